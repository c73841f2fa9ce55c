"""The Markdown reader: OKRs where teams already write them (`OKR.md`, `*.okr.md`, handbook pages).

okrlint/readers/markdown_blocks.py gives the block structure (markdown-it-py, CommonMark with
source maps). The layouts read:

    ## O1: Make onboarding effortless          an objective: a labelled heading, bold line,
    Owner: @anna                                paragraph or list item; unlabelled headings
    - KR1: Cut time to first deploy from 5      when the document labels none
      days to 1 — @bob                          key results: a list under it, labelled lines,
    | Key result | Owner | Target |             or a table with a key-result column
    - **O2: …**                                 top-level items with nested KR lists
      - Raise … from 20% to 35%

Labels, emphasis around them and trailing owner handles are kept apart from the text; every
text keeps the line and column where it was written. What cannot be placed safely (a KR before
any objective, a list item beside objectives that is neither) is one located `invalid-okr`
finding that says what was expected, never a guess that drops key results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from okrlint.loader import LoadedFile, Problem, compose_text, decode, merge_conflict
from okrlint.readers import ReadSettings, nodes
from okrlint.readers.columns import overrides_of
from okrlint.readers.labels import Reading, read_line, split_handles
from okrlint.readers.located import Located
from okrlint.readers.markdown_blocks import Block, Item, parse_blocks
from okrlint.readers.nodes import Place
from okrlint.readers.table import Cell, TableReading, find_header, key_result_node, problem_at, score_cell

# A Markdown line costs markdown-it and this reader about as much as 25 YAML nodes cost the YAML
# reader, so a file may have `max_nodes / 25` lines and table cells (20,000 by default; a long
# handbook page has a few thousand). That keeps the worst legal file to seconds, as for YAML.
PART_COST = 25
FRONT_MATTER_KEYS = ("period", "team", "owner", "lang")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)


def read(data: bytes, shown_as: str, settings: ReadSettings) -> LoadedFile:
    text, problem = decode(data, shown_as)
    loaded = LoadedFile(path=shown_as, text=text)
    if problem is None:
        problem = merge_conflict(text) or _size_problem(text, settings.limits.max_nodes // PART_COST)
    if problem is not None:
        loaded.problems.append(problem)
        return loaded
    front, body, problems = _front_matter(text, shown_as, settings)
    document = _Document(shown_as, body.split("\n"), overrides_of(settings.columns), settings.limits.max_text_chars)
    document.read(parse_blocks(body, document.lines))
    node = document.set_node(front)
    loaded.problems = problems + document.problems
    if node is not None:
        loaded.documents.append(node)
    elif not loaded.problems:
        loaded.problems.append(Problem("md-no-objectives", 1, 1, 1, 2))
    return loaded


def _size_problem(text: str, limit: int) -> Problem | None:
    """Lines and table cells are what markdown-it spends its time on: refuse a file with too many."""
    parts = 0
    for number, line in enumerate(text.split("\n"), start=1):
        parts += 1 + line.count("|")
        if parts > limit:
            return Problem("too-many-parts", number, 1, number, 2, {"limit": limit})
    return None


def _front_matter(text: str, shown_as: str, settings: ReadSettings) -> tuple[dict[str, yaml.Node], str, list[Problem]]:
    """`period`, `team`, `owner`, `lang` from a YAML front matter block; its lines become blank for the parser."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text, []
    blank = "\n" * match.group(0).count("\n")
    # A blank line in place of the opening `---`: the YAML's lines are then the file's lines.
    loaded = compose_text("\n" + (match.group(1) or ""), shown_as, settings.limits)
    problems = [p for p in loaded.problems if p.kind not in ("empty-file", "only-comments")]
    fields: dict[str, yaml.Node] = {}
    for document in loaded.documents[:1]:
        if isinstance(document, yaml.MappingNode):
            fields = {k.value: v for k, v in document.value
                      if isinstance(k, yaml.ScalarNode) and k.value in FRONT_MATTER_KEYS and isinstance(v, yaml.ScalarNode)}
    return fields, blank + text[match.end():], problems


# -- reading OKRs from blocks ---------------------------------------------------------------------

@dataclass(slots=True)
class _Objective:
    title: Located
    origin: str  # heading | paragraph | item | table
    owner: Located | None = None
    why: Located | None = None
    links: dict[str, Located] = field(default_factory=dict)  # `ID:` and `Parent:` lines: the objective in the OKR graph
    key_results: list[yaml.Node] = field(default_factory=list)
    node: yaml.Node | None = None  # objectives read from a table are built there


@dataclass(slots=True)
class _Document:
    source: str
    lines: list[str]
    overrides: dict[str, str]
    max_text_chars: int
    objectives: list[_Objective] = field(default_factory=list)
    kpis: list[Located] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    current: _Objective | None = None
    section: str = ""  # "kpis" or "other" while such a section lasts
    labelled: bool = False  # the document labels its objectives ("O1:", "Цель:"): only labels start one
    reported: set[str] = field(default_factory=set)

    def read(self, blocks: list[Block]) -> None:
        self.labelled = any(read_line(line).kind == "objective" for line in _first_lines(blocks))
        self.blocks(blocks)

    def blocks(self, blocks: list[Block]) -> None:
        owns_list = _owning_a_list(blocks)
        for index, block in enumerate(blocks):
            if block.kind == "heading":
                self.heading(block, owns_list[index])
            elif block.kind == "paragraph":
                self.paragraph(block, owns_list[index])
            elif block.kind == "list":
                self.list(block)
            elif block.kind == "table":
                self.table(block)

    # -- headings and paragraphs ---------------------------------------------------------
    def heading(self, block: Block, owns_list: bool) -> None:
        reading = read_line(block.lines[0])
        if reading.kind == "objective" and reading.text is not None:
            self.open(reading.text, "heading")
        elif reading.kind == "kr" and reading.text is not None:
            self.add_kr(reading.text, [])
        elif reading.kind == "kr-section":
            self.section = ""
        elif not self.labelled and reading.kind in ("plain", "bold") and owns_list and reading.text is not None:
            self.open(reading.text, "heading")
        else:
            self.current = None
            self.section = {"kpi-section": "kpis", "other-section": "other"}.get(reading.kind, "")

    def paragraph(self, block: Block, owns_list: bool) -> None:
        for reading in _pieces(block.lines):
            if reading.kind == "objective" and reading.text is not None:
                self.open(reading.text, "paragraph")
            elif reading.kind == "kr" and reading.text is not None:
                self.add_kr(reading.text, [])
            elif reading.kind == "field" and self.current is not None:
                self.objective_field(reading)
            elif reading.kind == "bold" and not self.labelled and owns_list and reading.text is not None:
                self.open(reading.text, "paragraph")
            elif reading.kind in ("kpi-section", "other-section"):
                self.current = None
                self.section = "kpis" if reading.kind == "kpi-section" else "other"
            elif reading.kind in ("kr-section", "objective-section"):
                self.section = ""

    # -- lists ---------------------------------------------------------------------------
    def list(self, block: Block) -> None:
        if self.section == "kpis":
            self.kpis += [item.text for item in block.items if item.text is not None and item.text.value]
            return
        if self.section == "other":
            return
        if self.current is not None and self.current.origin != "item":
            for item in block.items:  # a list under an objective heading or line: its key results
                self.kr_item(item)
            return
        for item in block.items:  # a list of objectives, each with its key results nested
            self.objective_item(item)

    def kr_item(self, item: Item) -> None:
        if item.text is None:
            return
        reading = read_line(item.text)
        if reading.kind == "objective" and reading.text is not None:
            self.open(reading.text, "item")
            self.nested_krs(item)
        elif reading.kind == "field":
            self.objective_field(reading)
        elif reading.kind not in ("kr-section", "objective-section", "kpi-section", "other-section"):
            self.add_kr(reading.text if reading.kind in ("kr", "plain") and reading.text else item.text, _details(item))

    def objective_item(self, item: Item) -> None:
        if item.text is None:
            return
        reading = read_line(item.text)
        nested = any(b.kind == "list" for b in item.children)
        if reading.kind == "kr" and reading.text is not None:
            self.add_kr(reading.text, _details(item))
        elif reading.kind == "field" and self.current is not None:
            self.objective_field(reading)
        elif (reading.kind == "objective" or nested) and reading.text is not None:
            self.open(reading.text, "item")
            self.nested_krs(item)
        elif reading.kind in ("plain", "bold"):
            self.report("md-loose-item", item.text.place)

    def nested_krs(self, item: Item) -> None:
        for block in item.children:
            if block.kind == "list":
                for child in block.items:
                    self.kr_item_of_objective(child)
            elif block.kind == "table":
                self.table(block)

    def kr_item_of_objective(self, item: Item) -> None:
        if item.text is None:
            return
        reading = read_line(item.text)
        if reading.kind == "field":
            self.objective_field(reading)
        elif reading.kind not in ("kr-section", "objective-section", "kpi-section", "other-section"):
            self.add_kr(reading.text if reading.kind in ("kr", "plain") and reading.text else item.text, _details(item))
        else:  # "Key results:" as an item, with the KRs nested under it
            for block in item.children:
                if block.kind == "list":
                    for child in block.items:
                        self.kr_item_of_objective(child)

    # -- tables --------------------------------------------------------------------------
    def table(self, block: Block) -> None:
        if self.section == "other" or not block.rows:
            return
        rows = [{i: Cell(c.value, c.place) for i, c in enumerate(row) if c.value} for row in block.rows]
        header = find_header(rows[:1], self.overrides)
        if header is None or "key-result" not in header.cells:
            if self.current is not None and not self.current.key_results and header is None:
                self.report("md-table-without-kr-column", block.rows[0][0].place if block.rows[0] else Place(1, 1, 1, 2))
            return
        if "objective" in header.cells:  # a whole OKR table: one row per key result
            reading = TableReading(self.source)
            reading.read(rows, header)
            self.problems += reading.problems
            for drafted, node in zip(reading.objectives, reading.objective_nodes(header)):
                title = Located(drafted.title.value, ((0, drafted.title.place.line, drafted.title.place.column),))
                self.objectives.append(_Objective(title, "table", node=node))
            self.current = None
            return
        if self.current is None:
            self.report("md-kr-outside-objective", rows[1][min(rows[1])].place if len(rows) > 1 and rows[1] else header.cells["key-result"].place)
            return
        for row in rows[1:]:
            cells = {role: row[column] for column, role in header.roles.items() if column in row}
            if "key-result" in cells:
                self.current.key_results.append(key_result_node(self.source, cells["key-result"], cells, header))

    # -- building ------------------------------------------------------------------------
    def open(self, title: Located, origin: str) -> None:
        title, owner = split_handles(title)
        self.current = _Objective(self.checked(title), origin, owner=owner)
        self.objectives.append(self.current)
        self.section = ""

    def add_kr(self, text: Located, details: list[Reading]) -> None:
        if self.current is None:
            self.report("md-kr-outside-objective", text.place)
            return
        text, owner = split_handles(text)
        fields = {r.field: r.text for r in details
                  if r.kind == "field" and r.field in ("metric", "baseline", "target", "unit", "due", "owner", "score")
                  and r.text is not None}
        if owner is not None:
            fields.setdefault("owner", owner)
        initiatives = [r.text for r in details if r.kind != "field" and r.text is not None and r.text.value]
        self.current.key_results.append(self.kr_node(self.checked(text), fields, initiatives))

    def objective_field(self, reading: Reading) -> None:
        if self.current is None or reading.text is None:
            return
        if reading.field == "owner":
            self.current.owner = reading.text
        elif reading.field == "why":
            self.current.why = reading.text
        elif reading.field in ("id", "parent"):
            self.current.links.setdefault(reading.field, reading.text)

    def checked(self, text: Located) -> Located:
        if len(text.value) > self.max_text_chars:
            self.report("text-truncated", text.place, length=len(text.value), limit=self.max_text_chars)
            return text.trimmed(0, self.max_text_chars)
        return text

    def report(self, kind: str, place: Place, **params: object) -> None:
        """One located problem per kind: later ones have the same cause and fix."""
        if kind not in self.reported:
            self.reported.add(kind)
            self.problems.append(problem_at(kind, place, **params))

    def kr_node(self, title: Located, fields: dict[str, Located], initiatives: list[Located]) -> yaml.Node:
        if not fields and not initiatives:
            return self.scalar(title)
        pairs = [(self.scalar_at("title", title), self.scalar(title))]
        pairs += [(self.scalar_at(name, value), self.scalar(value)) for name, value in fields.items()
                  if name in ("metric", "baseline", "target", "unit", "due", "owner")]
        if "score" in fields:
            score = fields["score"]
            cell = score_cell(Cell(score.value, score.place))  # "70%" → 0.7, as in spreadsheets
            pairs.append((self.scalar_at("score", score), nodes.scalar(self.source, cell.value, score.place, cell.tag)))
        if initiatives:
            items = [self.scalar(i) for i in initiatives]
            pairs.append((self.scalar_at("initiatives", initiatives[0]), nodes.sequence(self.source, items, initiatives[0].place)))
        return nodes.mapping(self.source, pairs, title.place)

    def scalar(self, text: Located) -> yaml.Node:
        return nodes.scalar(self.source, text.value, text.place)

    def scalar_at(self, value: str, text: Located) -> yaml.Node:
        return nodes.scalar(self.source, value, text.place)

    def objective_node(self, objective: _Objective) -> yaml.Node:
        if objective.node is not None:
            return objective.node
        place = objective.title.place
        pairs = [(self.scalar_at(name, value), self.scalar(value)) for name, value in objective.links.items()]
        pairs.append((self.scalar_at("title", objective.title), self.scalar(objective.title)))
        for name, value in (("owner", objective.owner), ("why", objective.why)):
            if value is not None:
                pairs.append((self.scalar_at(name, value), self.scalar(value)))
        pairs.append((self.scalar_at("key_results", objective.title),
                      nodes.sequence(self.source, objective.key_results, place)))
        return nodes.mapping(self.source, pairs, place)

    def set_node(self, front: dict[str, yaml.Node]) -> yaml.Node | None:
        if not self.objectives:
            return None
        start = Place(1, 1, 1, 2)
        pairs = [(nodes.scalar(self.source, key, Place(v.start_mark.line + 1, 1, v.start_mark.line + 1, 2)), v)
                 for key, v in front.items()]
        if self.kpis:
            items = [self.scalar(k) for k in self.kpis]
            pairs.append((self.scalar_at("kpis", self.kpis[0]), nodes.sequence(self.source, items, self.kpis[0].place)))
        first = self.objectives[0].title
        pairs.append((self.scalar_at("objectives", first),
                      nodes.sequence(self.source, [self.objective_node(o) for o in self.objectives], first.place)))
        return nodes.mapping(self.source, pairs, start)


def _pieces(lines: list[Located]) -> list[Reading]:
    """A paragraph's lines as readings: a labelled line starts a piece, unlabelled lines continue it."""
    readings: list[Reading] = []
    group: list[Located] = []

    def flush() -> None:
        if group:
            readings.append(read_line(Located.joined([(l.value, *l.pieces[0][1:]) for l in group])))

    for line in lines:
        if group and read_line(line).kind == "plain":
            group.append(line)
            continue
        flush()
        group = [line]
    flush()
    return readings


def _details(item: Item) -> list[Reading]:
    """The nested items of a key result: `Owner: …`, `Target: …` fields, or initiatives."""
    return [read_line(child.text) for block in item.children if block.kind == "list"
            for child in block.items if child.text is not None]


def _owning_a_list(blocks: list[Block]) -> list[bool]:
    """For each block, whether a list or a table (of key results) follows it before the next heading.

    One pass from the end, so a document of many paragraphs costs linear time.
    """
    owns = [False] * len(blocks)
    found = False
    for index in range(len(blocks) - 1, -1, -1):
        owns[index] = found
        block = blocks[index]
        if block.kind in ("list", "table"):
            found = True
        elif block.kind == "heading" and read_line(block.lines[0]).kind != "kr-section":
            found = False
    return owns


def _first_lines(blocks: list[Block]) -> list[Located]:
    """Every heading, paragraph line and list item text, nested ones too (iteratively)."""
    found: list[Located] = []
    pending = list(blocks)
    while pending:
        block = pending.pop()
        found += block.lines
        for item in block.items:
            if item.text is not None:
                found.append(item.text)
            pending += item.children
    return found
