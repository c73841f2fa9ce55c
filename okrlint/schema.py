"""Build OKR models from YAML nodes, turning every schema mistake into a located Problem.

Pydantic holds the shape; this module walks the composed nodes itself so that each problem
points at the offending node and reads in plain words ("key_results must be a list, got a
string") instead of a validation dump. What it hands pydantic is therefore already valid, so the
models are made without a second validation (`models.checked`).
"""

from __future__ import annotations

import difflib
import math
from dataclasses import dataclass, field
from typing import Callable

import yaml

from okrlint.discovery import okr_stem
from okrlint.loader import Problem
from okrlint.models import KeyResult, Kpi, Loc, Objective, OkrSet, Text, checked

STR_TAG = "tag:yaml.org,2002:str"
NULL_TAG = "tag:yaml.org,2002:null"
BOOL_TAG = "tag:yaml.org,2002:bool"
# Scalars that are plainly numbers or dates may stand for text in metric fields ("target: 60").
NUMERIC_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp"}

SET_KEYS = ("period", "team", "owner", "level", "lang", "bonus", "kpis", "objectives")
OBJECTIVE_KEYS = ("id", "title", "why", "parent", "type", "owner", "score", "note", "bonus", "key_results", "initiatives")
KR_KEYS = ("title", "metric", "baseline", "target", "unit", "due", "owner", "team", "score", "weight", "note", "initiatives")
KPI_KEYS = ("name", "target", "unit", "owner")
LANGS = ("ru", "en", "zh")
LEVELS = ("company", "team", "person")
OBJECTIVE_TYPES = ("aspirational", "committed")


def loc_of(node: yaml.Node) -> Loc:
    start, end = node.start_mark, node.end_mark
    return checked(Loc, line=start.line + 1, column=start.column + 1, end_line=end.line + 1, end_column=end.column + 1,
                   cell=getattr(start, "cell", None))  # readers of spreadsheets label their marks


def kind_name(node: yaml.Node) -> str:
    """How a node reads to a person: "a list", "a mapping", "a number"..."""
    if isinstance(node, yaml.MappingNode):
        return "mapping"
    if isinstance(node, yaml.SequenceNode):
        return "list"
    return {
        STR_TAG: "string",
        NULL_TAG: "null",
        BOOL_TAG: "boolean",
        "tag:yaml.org,2002:int": "number",
        "tag:yaml.org,2002:float": "number",
        "tag:yaml.org,2002:timestamp": "date",
    }.get(node.tag, "value")


@dataclass(slots=True)
class SchemaResult:
    """The OKR sets built from a file's documents, and the located problems met on the way."""

    sets: list[OkrSet] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


MAX_ELEMENTS_PER_FILE = 10_000  # objectives, KRs and KPIs built into models; real files have hundreds


@dataclass(slots=True)
class _Builder:
    """Builds one file's models, counting its elements against the per-file limit."""

    source: str
    problems: list[Problem] = field(default_factory=list)
    max_elements: int = MAX_ELEMENTS_PER_FILE
    built: int = 0
    unbuilt: int = 0
    first_unbuilt: yaml.Node | None = None

    # -- the per-file bound on models ------------------------------------------------------
    def admit(self, node: yaml.Node, inside: int = 0) -> bool:
        """Whether one more element (with `inside` elements in it) may still become a model."""
        if not self.unbuilt and self.built < self.max_elements:
            self.built += 1
            return True
        self.unbuilt += 1 + inside  # once one is refused, all later ones are: the models stay a prefix
        self.first_unbuilt = self.first_unbuilt or node
        return False

    def unbuilt_problem(self) -> None:
        if self.first_unbuilt is not None:
            self.problem("too-many-elements", self.first_unbuilt, severity="warning",
                         built=self.built, skipped=self.unbuilt, limit=self.max_elements)

    # -- reporting -----------------------------------------------------------------------
    def problem(self, kind: str, node: yaml.Node, severity: str = "error", **params: object) -> None:
        loc = loc_of(node)
        self.problems.append(Problem(kind, loc.line, loc.column, loc.end_line, loc.end_column, params, severity, loc.cell))

    def problems_at(self, node: yaml.Node) -> bool:
        """True when a problem was already reported inside this node (do not pile a second one on)."""
        start, end = node.start_mark.line + 1, node.end_mark.line + 1
        return any(start <= p.line <= end for p in self.problems)

    # -- generic pieces ------------------------------------------------------------------
    def mapping(self, node: yaml.Node, where: str, allowed: tuple[str, ...]) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        """Keys of a mapping node → (key node, value node); reports duplicates and unknown keys."""
        if not isinstance(node, yaml.MappingNode):
            self.problem("wrong-type", node, field=where, expected="mapping", got=kind_name(node))
            return None
        entries: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in self.with_merges(node):
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str):
                self.problem("wrong-type", key_node, field=f"a key in {where}", expected="string", got=kind_name(key_node))
                continue
            if key in entries:
                self.problem("duplicate-key", key_node, key=key, first_line=entries[key][0].start_mark.line + 1)
            elif key.startswith(EXTENSION_PREFIX):
                continue  # an extension field (docker-compose style), e.g. to hold `&anchors` for merges
            elif key not in allowed:
                self.unknown_key(key_node, key, where, allowed)
                continue
            entries[key] = (key_node, value_node)
        return entries

    def with_merges(self, node: yaml.MappingNode) -> list[tuple[yaml.Node, yaml.Node]]:
        """The mapping's pairs with YAML 1.1 merge keys (`<<: *defaults`) expanded.

        Keys written in the mapping win over merged ones, and an earlier mapping in a `<<: [*a, *b]`
        list wins over a later one. Merged pairs keep the nodes (and so the lines) where they were
        written under the anchor. Depth and alias expansion were bounded by the loader.
        """
        written = [(k, v) for k, v in node.value if not _is_merge_key(k)]
        merged: list[tuple[yaml.Node, yaml.Node]] = []
        for key_node, value_node in node.value:
            if not _is_merge_key(key_node):
                continue
            sources = value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
            for source in sources:
                if isinstance(source, yaml.MappingNode):
                    merged += self.with_merges(source)
                else:
                    self.problem("bad-merge", source, got=kind_name(source))
        taken = {k.value for k, _ in written if isinstance(k, yaml.ScalarNode)}
        pairs = list(written)
        for key_node, value_node in merged:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key not in taken:
                taken.add(key)
                pairs.append((key_node, value_node))
        return pairs

    def unknown_key(self, key_node: yaml.Node, key: str, where: str, allowed: tuple[str, ...]) -> None:
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        if close:
            self.problem("unknown-key-hint", key_node, key=key, where=where, suggestion=close[0])
        else:
            self.problem("unknown-key", key_node, key=key, where=where, allowed=", ".join(allowed))

    def text(self, node: yaml.Node | None, field_name: str, *, numbers_ok: bool = False) -> Text | None:
        """A scalar that stands for text; other shapes are problems (None returned)."""
        if node is None:
            return None
        if isinstance(node, yaml.ScalarNode):
            if node.tag == STR_TAG:
                if not node.value.strip():
                    self.problem("empty-text", node, field=field_name)
                    return None
                return checked(Text, value=node.value, loc=loc_of(node))
            if node.tag == NULL_TAG:
                self.problem("null-text", node, field=field_name)
                return None
            if numbers_ok and node.tag in NUMERIC_TAGS:
                return checked(Text, value=node.value, loc=loc_of(node))
            # `title: 2026` or `title: yes` is almost always a missing pair of quotes.
            self.problem("non-string-text", node, field=field_name, value=node.value, got=kind_name(node))
            return None
        self.problem("wrong-type", node, field=field_name, expected="string", got=kind_name(node))
        return None

    def sequence(self, node: yaml.Node, field_name: str) -> list[yaml.Node]:
        if isinstance(node, yaml.SequenceNode):
            return list(node.value)
        if isinstance(node, yaml.ScalarNode) and node.tag == NULL_TAG:
            return []
        self.problem("wrong-type", node, field=field_name, expected="list", got=kind_name(node))
        return []

    def choice(self, node: yaml.Node | None, field_name: str, allowed: tuple[str, ...]) -> str | None:
        value = self.text(node, field_name)
        if value is None or node is None:
            return None
        if value.value not in allowed:
            self.problem("bad-choice", node, field=field_name, value=value.value, allowed=" | ".join(allowed))
            return None
        return value.value

    # -- the OKR shapes ------------------------------------------------------------------
    def okr_set(self, doc: yaml.Node, index: int) -> OkrSet | None:
        if not isinstance(doc, yaml.MappingNode):
            self.problem("not-a-mapping", doc, got=kind_name(doc))
            return None
        entries = self.mapping(doc, "the OKR set", SET_KEYS)
        if entries is None:
            return None
        get = _getter(entries)
        objectives_node = get("objectives")
        if objectives_node is None:
            self.problem("missing-field", doc, field="objectives", where="the OKR set")
        objectives = [
            o
            for i, n in enumerate(self.sequence(objectives_node, "objectives") if objectives_node is not None else [])
            if self.admit(n, _kr_count(n)) and (o := self.objective(n, i)) is not None
        ]
        if objectives_node is not None and not objectives and not self.problems_at(objectives_node):
            self.problem("no-objectives", objectives_node, severity="warning")  # `objectives: []` lints nothing
        self.check_unique_ids(objectives)
        kpi_nodes = self.sequence(get("kpis"), "kpis") if get("kpis") is not None else []
        kpis = [k for n in kpi_nodes if self.admit(n) and (k := self.kpi(n)) is not None]
        return checked(
            OkrSet,
            source=self.source,
            stem=okr_stem(self.source),
            document=index,
            period=self.text(get("period"), "period", numbers_ok=True),
            team=self.text(get("team"), "team"),
            owner=self.text(get("owner"), "owner"),
            level=self.choice(get("level"), "level", LEVELS),  # type: ignore[arg-type]
            lang=self.choice(get("lang"), "lang", LANGS),  # type: ignore[arg-type]
            bonus=self.flag_or_text(get("bonus"), "bonus"),
            kpis=kpis,
            objectives=objectives,
            loc=loc_of(doc),
        )

    def objective(self, node: yaml.Node, index: int) -> Objective | None:
        path = f"objectives[{index}]"
        if isinstance(node, yaml.ScalarNode) and node.tag == STR_TAG:
            self.problem("objective-is-string", node, path=path)
            return None
        entries = self.mapping(node, path, OBJECTIVE_KEYS)
        if entries is None:
            return None
        get = _getter(entries)
        title = self.text(get("title"), f"{path}.title")
        if title is None and get("title") is None:
            self.problem("missing-field", node, field="title", where=path)
        krs_node = get("key_results")
        krs = []
        if krs_node is not None:
            for i, kr_node in enumerate(self.sequence(krs_node, f"{path}.key_results")):
                if not self.admit(kr_node):
                    continue
                kr = self.key_result(kr_node, f"{path}.key_results[{i}]")
                if kr is not None:
                    krs.append(kr)
        if title is None:  # reported above; its key results were still checked
            return None
        return checked(
            Objective,
            id=self.text(get("id"), f"{path}.id"),
            title=title,
            why=self.text(get("why"), f"{path}.why"),
            parent=self.text(get("parent"), f"{path}.parent"),
            type=self.choice(get("type"), f"{path}.type", OBJECTIVE_TYPES),  # type: ignore[arg-type]
            owner=self.text(get("owner"), f"{path}.owner"),
            score=self.number(get("score"), f"{path}.score", "bad-score"),
            score_loc=_loc_or_none(get("score")),
            note=self.text(get("note"), f"{path}.note"),
            bonus=self.flag_or_text(get("bonus"), f"{path}.bonus"),
            key_results=krs,
            initiatives=self.initiatives(get("initiatives"), path),
            loc=loc_of(node),
            path=path,
        )

    def initiatives(self, node: yaml.Node | None, path: str) -> list[Text]:
        """The tasks under an objective or a key result: a list of texts."""
        if node is None:
            return []
        return [t for i, n in enumerate(self.sequence(node, f"{path}.initiatives"))
                if (t := self.text(n, f"{path}.initiatives[{i}]")) is not None]

    def key_result(self, node: yaml.Node, path: str) -> KeyResult | None:
        if isinstance(node, yaml.ScalarNode):  # the common short form: a plain string is a KR
            title = self.text(node, path)
            # the KR is where its title is: the title's Loc (frozen) serves both, one model fewer a KR
            return None if title is None else checked(KeyResult, title=title, loc=title.loc, path=path)
        entries = self.mapping(node, path, KR_KEYS)
        if entries is None:
            return None
        get = _getter(entries)
        title = self.text(get("title"), f"{path}.title")
        if title is None:
            if get("title") is None:
                self.problem("missing-field", node, field="title", where=path)
            return None
        fields = {name: self.text(get(name), f"{path}.{name}", numbers_ok=True) for name in ("metric", "baseline", "target", "unit", "due", "owner", "team")}
        fields["note"] = self.text(get("note"), f"{path}.note")
        initiatives = self.initiatives(get("initiatives"), path)
        return checked(
            KeyResult,
            title=title,
            score=self.number(get("score"), f"{path}.score", "bad-score"),
            score_loc=_loc_or_none(get("score")),
            weight=self.number(get("weight"), f"{path}.weight", "bad-weight"),
            weight_loc=_loc_or_none(get("weight")),
            initiatives=initiatives,
            loc=loc_of(node),
            path=path,
            **fields,
        )

    def number(self, node: yaml.Node | None, field_name: str, kind: str) -> float | None:
        """A score or weight: a finite number (its range is for the grading rules to judge)."""
        if node is None:
            return None
        try:
            value = float(node.value) if isinstance(node, yaml.ScalarNode) and node.tag in NUMERIC_TAGS - {TIMESTAMP_TAG} else None
        except ValueError:
            value = None
        if value is None or not math.isfinite(value) or value < 0:
            self.problem(kind, node, field=field_name, value=getattr(node, "value", kind_name(node)))
            return None
        return value

    def flag_or_text(self, node: yaml.Node | None, field_name: str) -> Text | None:
        """`bonus: true` or `bonus: "10% of the quarterly bonus"`; `false` is the same as leaving it out."""
        if isinstance(node, yaml.ScalarNode) and node.tag == BOOL_TAG:
            return checked(Text, value=node.value, loc=loc_of(node)) if node.value.lower() in ("true", "yes", "on") else None
        return self.text(node, field_name, numbers_ok=True)

    def kpi(self, node: yaml.Node) -> Kpi | None:
        if isinstance(node, yaml.ScalarNode):
            name = self.text(node, "kpis[]")
            return None if name is None else checked(Kpi, name=name, loc=loc_of(node))
        entries = self.mapping(node, "a KPI", KPI_KEYS)
        if entries is None:
            return None
        get = _getter(entries)
        name = self.text(get("name"), "kpis[].name")
        if name is None:
            if get("name") is None:
                self.problem("missing-field", node, field="name", where="a KPI")
            return None
        return checked(Kpi, name=name, target=self.text(get("target"), "kpis[].target", numbers_ok=True),
                       owner=self.text(get("owner"), "kpis[].owner"), loc=loc_of(node))

    def check_unique_ids(self, objectives: list[Objective]) -> None:
        seen: dict[str, Text] = {}
        for objective in objectives:
            if objective.id is None:
                continue
            if objective.id.value in seen:
                first = seen[objective.id.value]
                self.problems.append(
                    Problem("duplicate-id", objective.id.loc.line, objective.id.loc.column, objective.id.loc.end_line,
                            objective.id.loc.end_column, {"id": objective.id.value, "first_line": first.loc.line},
                            cell=objective.id.loc.cell)
                )
            else:
                seen[objective.id.value] = objective.id


TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
MERGE_TAG = "tag:yaml.org,2002:merge"


def _loc_or_none(node: yaml.Node | None) -> Loc | None:
    return loc_of(node) if node is not None else None
EXTENSION_PREFIX = "x-"  # keys okrlint ignores on purpose


def _is_merge_key(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == MERGE_TAG


def _getter(entries: dict[str, tuple[yaml.Node, yaml.Node]]) -> Callable[[str], yaml.Node | None]:
    return lambda key: entries[key][1] if key in entries else None


def _kr_count(objective_node: yaml.Node) -> int:
    """How many KRs an objective node holds, without building them (for the unbuilt count)."""
    if isinstance(objective_node, yaml.MappingNode):
        for key, value in objective_node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "key_results" and isinstance(value, yaml.SequenceNode):
                return len(value.value)
    return 0


def build_sets(documents: list[yaml.Node], source: str, max_elements: int = MAX_ELEMENTS_PER_FILE) -> SchemaResult:
    """Every `---` document of a file becomes one OkrSet (or problems), up to `max_elements` elements."""
    builder = _Builder(source=source, max_elements=max_elements)
    sets = [s for i, doc in enumerate(documents) if (s := builder.okr_set(doc, i)) is not None]
    builder.unbuilt_problem()
    problems = sorted(builder.problems, key=lambda p: (p.line, p.column))
    return SchemaResult(sets=sets, problems=problems)
