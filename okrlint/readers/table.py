"""OKRs from a table: one row per key result, as spreadsheets and OKR tools export them.

Shared by the CSV/TSV and XLSX readers and by tables in Markdown. Column roles come from the
header row (okrlint/readers/columns.py, or the config's `columns:`). Rows are grouped into
objectives by the objective column: a row with an empty objective cell belongs to the objective
above it (merged cells and "ditto" layouts export that way), and a row that repeats an objective's
text joins it. Every text becomes a located node at its cell; a key result that cannot be placed
is reported, never dropped in silence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from okrlint.loader import Problem
from okrlint.readers import nodes
from okrlint.readers.columns import role_of
from okrlint.readers.nodes import Place

HEADER_SCAN_ROWS = 10  # a title row or two may sit above the header ("OKR Q1 2026")
# A cell costs the table readers about as much as 5 YAML nodes cost the YAML reader: a sheet may
# have `max_nodes / 5` non-empty cells (100,000 by default, 10,000 key results of ten columns).
CELL_COST = 5
KR_FIELDS = ("metric", "baseline", "target", "unit", "due", "owner", "score")
SET_FIELDS = ("period", "team")
_PERCENT = re.compile(r"^\s*(\d{1,3}(?:[.,]\d+)?)\s*%\s*$")
_NUMBER = re.compile(r"^\s*\d+(?:[.,]\d+)?\s*$")


@dataclass(frozen=True, slots=True)
class Cell:
    """A non-empty cell: its text as shown, where it is, and the YAML tag its value would have."""

    value: str
    place: Place
    tag: str = nodes.STR


Row = dict[int, Cell]  # column index (0-based) → cell; empty cells are absent


@dataclass(frozen=True, slots=True)
class Header:
    row: int  # index into the rows
    roles: dict[int, str]  # column index → role
    cells: dict[str, Cell]  # role → its header cell


def find_header(rows: list[Row], overrides: dict[str, str]) -> Header | None:
    """The first row (of the first few) that names a key-result or objective column."""
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        roles: dict[int, str] = {}
        cells: dict[str, Cell] = {}
        for column, cell in sorted(row.items()):
            role = role_of(cell.value, overrides) if cell.tag == nodes.STR else None
            if role is not None and role not in cells:  # the first column of a role wins
                roles[column], cells[role] = role, cell
        if "key-result" in cells or "objective" in cells:
            return Header(index, roles, cells)
    return None


OBJECTIVE_FIELDS = ("id", "parent")  # written on an objective's rows; the first one given wins


@dataclass(slots=True)
class _Objective:
    title: Cell
    owner: Cell | None = None
    fields: dict[str, Cell] = field(default_factory=dict)  # id, parent
    key_results: list[yaml.Node] = field(default_factory=list)


@dataclass(slots=True)
class TableReading:
    """Objectives read from the rows under a header, and the problems found on the way."""

    source: str
    objectives: list[_Objective] = field(default_factory=list)
    set_fields: dict[str, Cell] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def read(self, rows: list[Row], header: Header) -> None:
        by_title: dict[str, _Objective] = {}
        current: _Objective | None = None
        orphan_reported = False
        for row in rows[header.row + 1:]:
            cells = {role: row[column] for column, role in header.roles.items() if column in row}
            for name in SET_FIELDS:
                if name in cells and name not in self.set_fields:
                    self.set_fields[name] = cells[name]
            if (title := cells.get("objective")) is not None:
                key = " ".join(title.value.split()).casefold()
                current = by_title.get(key)
                if current is None:
                    current = by_title[key] = _Objective(title)
                    self.objectives.append(current)
            if current is not None:
                for name in OBJECTIVE_FIELDS:
                    if name in cells:
                        current.fields.setdefault(name, cells[name])
            kr = cells.get("key-result")
            if kr is None:
                if current is not None and title is not None and "owner" in cells:
                    current.owner = current.owner or cells["owner"]
                continue
            if current is None:
                if not orphan_reported:  # one located message: every later orphan has the same cause
                    self.problems.append(problem_at("table-kr-without-objective", kr.place, header=_column_name(header)))
                    orphan_reported = True
                continue
            current.key_results.append(key_result_node(self.source, kr, cells, header))

    def objective_nodes(self, header: Header) -> list[yaml.Node]:
        return [objective_node(self.source, o.title, o.owner, o.key_results, header, o.fields) for o in self.objectives]


def key_result_node(source: str, title: Cell, cells: dict[str, Cell], header: Header) -> yaml.Node:
    """A KR as a plain string when only its title is there, else a mapping with its fields."""
    fields = [(name, cells[name]) for name in KR_FIELDS if name in cells]
    if not fields:
        return nodes.scalar(source, title.value, title.place, title.tag)
    pairs = [_pair(source, "title", header.cells.get("key-result"), title)]
    pairs += [_pair(source, name, header.cells.get(name), score_cell(cell) if name == "score" else cell) for name, cell in fields]
    return nodes.mapping(source, pairs, title.place)


def objective_node(source: str, title: Cell, owner: Cell | None, key_results: list[yaml.Node],
                   header: Header | None, fields: dict[str, Cell] | None = None) -> yaml.Node:
    cells = header.cells if header is not None else {}
    pairs = [_pair(source, name, cells.get(name), cell) for name, cell in (fields or {}).items()]
    pairs.append(_pair(source, "title", cells.get("objective"), title))
    if owner is not None:
        pairs.append(_pair(source, "owner", cells.get("owner"), owner))
    pairs.append((nodes.scalar(source, "key_results", title.place), nodes.sequence(source, key_results, title.place)))
    return nodes.mapping(source, pairs, title.place)


def _pair(source: str, key: str, header_cell: Cell | None, cell: Cell) -> tuple[yaml.Node, yaml.Node]:
    """A key node placed at the column's header (so a problem with the key points there) and its value."""
    key_place = header_cell.place if header_cell is not None else cell.place
    return nodes.scalar(source, key, key_place), nodes.scalar(source, cell.value, cell.place, cell.tag)


def score_cell(cell: Cell) -> Cell:
    """A score cell as the schema reads it: "70%" → 0.7; a plain number stays a number; text stays text."""
    if (percent := _PERCENT.match(cell.value)) is not None:
        return Cell(str(float(percent[1].replace(",", ".")) / 100), cell.place, nodes.FLOAT)
    if _NUMBER.match(cell.value):
        return Cell(cell.value.strip().replace(",", "."), cell.place, nodes.FLOAT)
    return cell


def _column_name(header: Header) -> str:
    cell = header.cells.get("objective")
    return cell.value if cell is not None else "Objective"


def problem_at(kind: str, place: Place, severity: str = "error", **params: object) -> Problem:
    """A located problem for a reader (`kind` names a message in rules/invalid-okr.yaml)."""
    return Problem(kind, place.line, place.column, place.end_line, place.end_column, dict(params), severity, place.cell)


def set_node(source: str, rows: list[Row], overrides: dict[str, str], start: Place) -> tuple[yaml.Node | None, list[Problem]]:
    """One OKR set from a sheet's rows (a CSV file, a workbook sheet), or why it cannot be read."""
    header = find_header(rows, overrides)
    if header is None:
        return None, [problem_at("table-no-header", start, rows=HEADER_SCAN_ROWS)]
    for role, other, kind in (("key-result", "objective", "table-no-kr-column"), ("objective", "key-result", "table-no-objective-column")):
        if role not in header.cells:
            return None, [problem_at(kind, header.cells[other].place, header=header.cells[other].value)]
    reading = TableReading(source)
    reading.read(rows, header)
    pairs = [_pair(source, name, header.cells.get(name), reading.set_fields[name]) for name in SET_FIELDS if name in reading.set_fields]
    objectives_key = nodes.scalar(source, "objectives", header.cells["objective"].place)
    pairs.append((objectives_key, nodes.sequence(source, reading.objective_nodes(header), header.cells["objective"].place)))
    return nodes.mapping(source, pairs, start), reading.problems
