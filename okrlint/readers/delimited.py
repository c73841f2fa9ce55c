"""The CSV/TSV reader: OKR sheets exported from Google Sheets, Notion, Excel or an OKR tool.

Encodings as spreadsheets save them: UTF-8 (with or without a BOM), UTF-16 with a BOM (Excel's
"Unicode text"), and, for files that are not UTF-8, Windows Cyrillic (cp1251) or GB18030 by the
loader's guess. The delimiter is `,`, `;` (Excel in Russian locales) or a tab, whichever the first
rows use most; `.tsv` is always tab. A cell's place is its row (the line) and column number, and
its name ("C7") is what the text report shows.
"""

from __future__ import annotations

import csv
import io

from okrlint.loader import LoadedFile, Problem, decode, guess_encoding, merge_conflict
from okrlint.readers import ReadSettings
from okrlint.readers.columns import overrides_of
from okrlint.readers.nodes import Place
from okrlint.readers.table import CELL_COST, Cell, Row, problem_at, set_node

DELIMITERS = (",", ";", "\t")
SNIFF_LINES = 10


def read(data: bytes, shown_as: str, settings: ReadSettings) -> LoadedFile:
    text, problem = _decoded(data, shown_as)
    loaded = LoadedFile(path=shown_as, text=text, directives=False)
    problem = problem or merge_conflict(text)
    if problem is not None:
        loaded.problems.append(problem)
        return loaded
    if not text.strip():
        loaded.problems.append(Problem("empty-file", 1, 1, 1, 1))
        return loaded
    rows, problems = _rows(text, _delimiter(text, shown_as), settings)
    node, more = set_node(shown_as, rows, overrides_of(settings.columns), Place(1, 1, 1, 2, "A1"))
    loaded.problems = problems + more
    if node is not None and not any(p.severity == "error" for p in problems):
        loaded.documents.append(node)
    return loaded


def _decoded(data: bytes, shown_as: str) -> tuple[str, Problem | None]:
    """UTF-8/16/32 as the loader reads them; a spreadsheet saved in a legacy code page is read in it."""
    text, problem = decode(data, shown_as)
    if problem is None or problem.kind != "encoding":
        return text, problem
    _, codec = guess_encoding(data)
    return data.decode(codec, errors="replace"), None


def _delimiter(text: str, shown_as: str) -> str:
    if shown_as.lower().endswith(".tsv"):
        return "\t"
    sample = [line for line in text.split("\n", SNIFF_LINES * 4)[: SNIFF_LINES * 4] if line.strip()][:SNIFF_LINES]
    counts = {d: sum(line.count(d) for line in sample) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties go to the earlier one: `,`
    return best if counts[best] else ","


def _rows(text: str, delimiter: str, settings: ReadSettings) -> tuple[list[Row], list[Problem]]:
    """Every record as cells placed at (record number, column number); bounded by the loader's limits."""
    limits = settings.limits
    rows: list[Row] = []
    problems: list[Problem] = []
    cells, max_cells = 0, limits.max_nodes // CELL_COST
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    try:
        for number, record in enumerate(reader, start=1):
            row: Row = {}
            for column, value in enumerate(record):
                value = value.strip()
                if not value:
                    continue
                cells += 1
                place = Place.of_cell(number, column + 1, f"{column_letters(column + 1)}{number}")
                if cells > max_cells:
                    return rows, [problem_at("too-many-parts", place, limit=max_cells)]
                if len(value) > limits.max_text_chars:
                    if not any(p.kind == "text-truncated" for p in problems):
                        problems.append(problem_at("text-truncated", place, severity="warning", length=len(value),
                                                   limit=limits.max_text_chars))
                    value = value[: limits.max_text_chars]
                row[column] = Cell(value, place)
            rows.append(row)
    except csv.Error as exc:  # a field over csv's size limit, a NUL that slipped through
        line = number + 1
        return rows, [Problem("csv-syntax", line, 1, line, 2, {"reason": str(exc)}, cell=f"A{line}")]
    return rows, problems


def column_letters(number: int) -> str:
    """1 → "A", 27 → "AA": how spreadsheets name a column."""
    letters = ""
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters

