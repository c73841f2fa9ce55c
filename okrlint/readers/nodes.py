"""Located nodes for readers of formats other than YAML.

The schema builds OKR models from composed YAML nodes (mapping, sequence, scalar, each with a
start and end mark). A Markdown or spreadsheet reader builds the very same nodes, placed where
each text was written, so the schema, rules and renderers work unchanged. A place may carry a
`cell` label ("Q1!C7"): how a person names it when line and column are not what they see.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
TIMESTAMP = "tag:yaml.org,2002:timestamp"
MAP = "tag:yaml.org,2002:map"
SEQ = "tag:yaml.org,2002:seq"


@dataclass(frozen=True, slots=True)
class Place:
    """Where a text was written: 1-based line and column, end exclusive; `cell` for spreadsheets."""

    line: int
    column: int
    end_line: int
    end_column: int
    cell: str | None = None

    @classmethod
    def of_cell(cls, row: int, column: int, cell: str) -> Place:
        """A spreadsheet cell: the row as the line, the column number as the column."""
        return cls(row, column, row, column + 1, cell)


class LabelledMark(yaml.Mark):
    """A YAML mark that also names the place for people (`schema.loc_of` reads `cell`)."""

    def __init__(self, name: str, line: int, column: int, cell: str | None) -> None:
        super().__init__(name, 0, line, column, None, None)
        self.cell = cell


def _marks(source: str, place: Place) -> tuple[yaml.Mark, yaml.Mark]:
    start = LabelledMark(source, place.line - 1, place.column - 1, place.cell)
    end = LabelledMark(source, place.end_line - 1, place.end_column - 1, place.cell)
    return start, end


def scalar(source: str, value: str, place: Place, tag: str = STR) -> yaml.ScalarNode:
    start, end = _marks(source, place)
    return yaml.ScalarNode(tag, value, start, end)


def mapping(source: str, pairs: list[tuple[yaml.Node, yaml.Node]], place: Place) -> yaml.MappingNode:
    start, end = _marks(source, place)
    return yaml.MappingNode(MAP, pairs, start, end)


def sequence(source: str, items: list[yaml.Node], place: Place) -> yaml.SequenceNode:
    start, end = _marks(source, place)
    return yaml.SequenceNode(SEQ, items, start, end)


def spanning(first: Place, last: Place) -> Place:
    """From the start of `first` to the end of `last` (a set, an objective with its KRs)."""
    return Place(first.line, first.column, last.end_line, last.end_column, first.cell)
