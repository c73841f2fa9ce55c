"""The OKR system across files: objectives, their parent links, teams and levels.

The graph holds light nodes, not models: an objective's texts (which share the models' `Text`
objects), where it was written, its team, owner, period and level, and its KRs' titles and
owners. The engine adds each linted set as its file streams past and then lets the models go;
files of the OKR root that were not given come from the root index (okrlint/index.py) as the
same nodes. Cross-file rules and the views (`tree`, `stats`, the HTML report) read the graph,
never other files.

How an objective is named in `parent:` (as before): "<file-stem>#<id>", "#<id>" in the same
file, or a bare "<id>" when exactly one file defines it.

Levels (company → team → person), first that applies:
1. `level:` in the OKR set;
2. the config's `levels:` globs (`levels: {company: ["strategy/**"], person: ["people/**"]}`),
   matched against the path relative to the OKR root;
3. the path: a file stem or folder named `company` is the company level; a folder named
   `people` or `person` holds personal OKRs; everything else is a team.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import PurePosixPath
from typing import Any, Callable, Iterable, Iterator

from okrlint.models import Loc, OkrSet, Text

LEVELS = ("company", "team", "person")
COMPANY_NAMES = {"company", "компания", "公司"}
PERSON_FOLDERS = {"people", "person", "persons", "личные", "个人"}


def level_rank(level: str) -> int:
    """0 for the company, 1 for a team, 2 for a person: lower is higher in the system."""
    return LEVELS.index(level) if level in LEVELS else 1


@dataclass(frozen=True, slots=True)
class LevelRules:
    """How a file's level is told when its set does not say (`level:`)."""

    globs: dict[str, tuple[str, ...]] = field(default_factory=dict)  # level → globs relative to the root

    def level_of(self, declared: str | None, relative_path: str) -> str:
        if declared in LEVELS:
            return declared
        posix = PurePosixPath(relative_path.replace("\\", "/"))
        for level in LEVELS:
            if any(fnmatch(str(posix), g) or posix.match(g) for g in self.globs.get(level, ())):
                return level
        parts = [p.lower() for p in posix.parts]
        stem = parts[-1].split(".", 1)[0] if parts else ""
        if stem in COMPANY_NAMES or any(p in COMPANY_NAMES for p in parts[:-1]):
            return "company"
        if any(p in PERSON_FOLDERS for p in parts[:-1]):
            return "person"
        return "team"


@dataclass(eq=False, slots=True)
class KeyResultNode:
    """A key result as the graph keeps it: its title, path, owner and team."""

    title: Text
    path: str  # "objectives[0].key_results[2]"
    owner: str | None = None
    team: str | None = None
    analysable: bool = True  # within its file's analysis budget
    # Facts a cross-file rule derived from the wording, by rule name (JSON-able, cached in the root
    # index with the file's content hash, so an unchanged file is never analysed again for them).
    facts: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ObjectiveNode:
    """One objective of the OKR system, as cross-file rules and views see it."""

    file: str  # the path as reports show it
    stem: str
    document: int
    path: str  # "objectives[0]"
    loc: Loc
    id: str | None
    title: Text
    parent: Text | None
    owner: str | None
    team: str | None
    period: str | None
    level: str  # company | team | person
    lang: str | None
    kpis: tuple[str, ...]
    key_results: tuple[KeyResultNode, ...]
    analysable: bool = True  # the title is within its file's analysis budget
    facts: dict[str, Any] = field(default_factory=dict)  # like KeyResultNode.facts, for the title

    @property
    def key(self) -> str:
        """How reports name it: "<stem>#<id>", or "<file>:<line>" when it has no id."""
        return f"{self.stem}#{self.id}" if self.id else f"{self.file}:{self.loc.line}"


class _ObjectiveNodeUnderConstruction:
    """An ObjectiveNode being built by `new_objective_node`: its slots, writable, then it becomes an
    ObjectiveNode (as analysis.facts.new_token builds a Token): plain stores instead of the frozen
    dataclass's 17 object.__setattr__ calls, ~2.1 -> ~0.7 µs a node (a run builds each node twice:
    from its set, then light from its record)."""

    __slots__ = ObjectiveNode.__slots__  # the same layout, in the same order: what makes the change of class legal


_allocate = object.__new__


def new_objective_node(file: str, stem: str, document: int, path: str, loc: Loc, id: str | None, title: Text,
                       parent: Text | None, owner: str | None, team: str | None, period: str | None, level: str,
                       lang: str | None, kpis: tuple[str, ...], key_results: tuple[KeyResultNode, ...],
                       analysable: bool = True, facts: dict[str, Any] | None = None) -> ObjectiveNode:
    """`ObjectiveNode(...)` with the same arguments (by position), built faster; `facts` None is a new empty dict."""
    node = _allocate(_ObjectiveNodeUnderConstruction)
    node.file = file
    node.stem = stem
    node.document = document
    node.path = path
    node.loc = loc
    node.id = id
    node.title = title
    node.parent = parent
    node.owner = owner
    node.team = team
    node.period = period
    node.level = level
    node.lang = lang
    node.kpis = kpis
    node.key_results = key_results
    node.analysable = analysable
    node.facts = {} if facts is None else facts
    node.__class__ = ObjectiveNode  # type: ignore[assignment]
    return node  # type: ignore[return-value]


def nodes_of(okr_set: OkrSet, level: str, wording: OkrSet | None = None) -> list[ObjectiveNode]:
    """The graph nodes of one set; `wording` (the budgeted view) tells which texts may be analysed."""
    admitted: dict[str, set[str]] | None = None
    if wording is not None and wording is not okr_set:
        admitted = {o.path: {kr.path for kr in o.key_results} for o in wording.objectives}
    kpis = tuple(k.name.value for k in okr_set.kpis)
    team = okr_set.team.value if okr_set.team else None
    period = okr_set.period.value if okr_set.period else None
    nodes = []
    for objective in okr_set.objectives:
        kept = admitted.get(objective.path) if admitted is not None else None
        krs = tuple(
            KeyResultNode(kr.title, kr.path, kr.owner.value if kr.owner else None, kr.team.value if kr.team else None,
                          admitted is None or (kept is not None and kr.path in kept))
            for kr in objective.key_results
        )
        nodes.append(new_objective_node(
            okr_set.source, okr_set.stem, okr_set.document, objective.path, objective.loc,
            objective.id.value if objective.id else None, objective.title, objective.parent,
            (objective.owner or okr_set.owner).value if (objective.owner or okr_set.owner) else None,
            team, period, level, okr_set.lang, kpis, krs, admitted is None or kept is not None,
        ))
    return nodes


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a `parent:` reference names: one objective, several (ambiguous), or none."""

    found: ObjectiveNode | None
    candidates: int  # objectives the reference could mean
    suggestions: tuple[str, ...] = ()  # the closest known ids, for an unknown one


@dataclass(slots=True)
class OkrGraph:
    """Every objective of the run and of the OKR root, with parent links resolved on demand."""

    complete: bool = False  # every OKR file of the root is in the graph: an unknown parent is a mistake
    _nodes: list[ObjectiveNode] = field(default_factory=list)
    _by_key: dict[tuple[str, str], list[ObjectiveNode]] = field(default_factory=dict)
    _by_id: dict[str, list[ObjectiveNode]] = field(default_factory=dict)
    _children: dict[int, list[ObjectiveNode]] | None = None  # id(parent node) → children, built on first use
    _derived: dict[str, Any] = field(default_factory=dict)  # structures rules build once per run over all nodes

    def add(self, okr_set: OkrSet, level: str = "team", wording: OkrSet | None = None) -> list[ObjectiveNode]:
        nodes = nodes_of(okr_set, level, wording)
        self.add_nodes(nodes)
        return nodes

    def add_nodes(self, nodes: Iterable[ObjectiveNode]) -> None:
        for node in nodes:
            self._nodes.append(node)
            if node.id is not None:
                self._by_key.setdefault((node.stem, node.id), []).append(node)
                self._by_id.setdefault(node.id, []).append(node)
        self._children = None
        self._derived.clear()

    @property
    def nodes(self) -> list[ObjectiveNode]:
        return self._nodes

    def resolve(self, ref: str, child_stem: str) -> Resolution:
        stem, hashed, objective_id = ref.strip().rpartition("#")
        if not objective_id:
            return Resolution(None, 0, ())
        if stem:
            found = self._by_key.get((stem, objective_id), [])
        elif hashed:
            found = self._by_key.get((child_stem, objective_id), [])
        else:
            found = self._by_id.get(objective_id, [])
        if len(found) == 1:
            return Resolution(found[0], 1)
        return Resolution(None, len(found), () if found else self._suggestions(ref.strip(), stem or child_stem))

    def find_parent(self, ref: str, child_stem: str) -> ObjectiveNode | None:
        """The objective `parent:` names, when it names exactly one."""
        return self.resolve(ref, child_stem).found

    def parent_of(self, node: ObjectiveNode) -> ObjectiveNode | None:
        if node.parent is None:
            return None
        parents = self.derived("parents", lambda g: {})
        if id(node) not in parents:
            parents[id(node)] = self.find_parent(node.parent.value, node.stem)
        return parents[id(node)]

    def children_of(self, node: ObjectiveNode) -> list[ObjectiveNode]:
        if self._children is None:
            self._children = {}
            for child in self._nodes:
                if (parent := self.parent_of(child)) is not None:
                    self._children.setdefault(id(parent), []).append(child)
        return self._children.get(id(node), [])

    def loop_from(self, node: ObjectiveNode) -> list[ObjectiveNode]:
        """The objectives of the loop `node` is on (following `parent:`), or [] when its chain ends."""
        return self.derived("loops", _loops).get(id(node), [])

    def key_results_sharing_a_number(self, text: str, without_fact: str) -> list[tuple[ObjectiveNode, KeyResultNode]]:
        """The KRs of the system that write one of the numbers `text` writes and do not have the
        fact `without_fact` yet: the only ones that may share its target and still need reading."""
        name = f"numbers-without-{without_fact}"
        by_number = self._derived.get(name)  # asked once a KR of every cross-file rule: built on the first ask
        if by_number is None:
            by_number = self.derived(name, lambda g: _by_number(g, without_fact))
        if not by_number:  # every KR has the fact (a run that linted the whole system): nothing to read
            return []
        found: dict[int, tuple[ObjectiveNode, KeyResultNode]] = {}
        for number in numbers_of(text):
            for pair in by_number.get(number, ()):
                if without_fact not in pair[1].facts:
                    found.setdefault(id(pair[1]), pair)
        return list(found.values())

    def derived(self, name: str, build: Callable[[OkrGraph], Any]) -> Any:
        """A structure a rule derives from all nodes (e.g. KRs grouped by a fact), built once per graph."""
        if name not in self._derived:
            self._derived[name] = build(self)
        return self._derived[name]

    def levels(self) -> set[str]:
        return self.derived("levels", lambda g: {n.level for n in g.nodes})

    def teams(self) -> list[str]:
        return self.derived("teams", lambda g: sorted({n.team for n in g.nodes if n.team}))

    def in_files(self, files: set[str]) -> Iterator[ObjectiveNode]:
        return (n for n in self._nodes if n.file in files)

    def _suggestions(self, ref: str, stem: str) -> tuple[str, ...]:
        """The closest "<stem>#<id>" names to a reference that names nothing (among a bounded set of candidates)."""
        wanted = ref if "#" in ref and not ref.startswith("#") else f"{stem}#{ref.lstrip('#')}"
        wanted_stem, _, wanted_id = wanted.rpartition("#")
        names = sorted(f"{s}#{i}" for (s, i) in self._by_key)
        if len(names) > MAX_SUGGESTION_CANDIDATES:  # a large system: the same file, or the same id elsewhere
            names = [n for n in names if n.rpartition("#")[0] == wanted_stem or n.rpartition("#")[2] == wanted_id]
            names = names[:MAX_SUGGESTION_CANDIDATES]
        return tuple(difflib.get_close_matches(wanted, names, n=3, cutoff=0.6))


MAX_SUGGESTION_CANDIDATES = 2_000


def _by_number(graph: OkrGraph, without_fact: str) -> dict[str, list[tuple[ObjectiveNode, KeyResultNode]]]:
    by_number: dict[str, list[tuple[ObjectiveNode, KeyResultNode]]] = {}
    for node in graph.nodes:
        for kr in node.key_results:
            if without_fact not in kr.facts:
                for number in numbers_of(kr.title.value):
                    by_number.setdefault(number, []).append((node, kr))
    return by_number


def _loops(graph: OkrGraph) -> dict[int, list[ObjectiveNode]]:
    """Every node on a loop of `parent:` links → that loop, found in one pass over all chains."""
    done: set[int] = set()
    loops: dict[int, list[ObjectiveNode]] = {}
    for start in graph.nodes:
        path: list[ObjectiveNode] = []
        at: dict[int, int] = {}
        node: ObjectiveNode | None = start
        while node is not None and id(node) not in done and id(node) not in at:
            at[id(node)] = len(path)
            path.append(node)
            node = graph.parent_of(node)
        if node is not None and id(node) in at:  # the chain came back to a node of this walk
            loop = path[at[id(node)]:]
            for member in loop:
                loops[id(member)] = loop
        done.update(at)
    return loops


_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")


def numbers_of(text: str) -> set[str]:
    """The numbers a KR writes in digits ("15" of "$15M"): a KR with none of another's cannot share its target."""
    return {n.replace(",", ".") for n in _DIGITS.findall(text[:1000])}
