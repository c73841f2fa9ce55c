"""The XLSX reader: OKR workbooks, one OKR set per sheet that has an OKR header row.

An .xlsx file is a zip of XML parts, so its size on disk says little: before openpyxl sees it,
the zip's directory is checked (entries, total uncompressed size, compression ratio), and
openpyxl reads in read-only mode, streaming rows, within the loader's cell budget. Formulas are
never evaluated: a formula cell gives the value Excel cached when it saved the file (none if it
never did). Merged cells hold their value in the top-left cell, which the row grouping reads as
"the objective above". openpyxl is imported only here, when a workbook is read.
"""

from __future__ import annotations

import datetime
import io
import zipfile

from okrlint.loader import LoadedFile, Problem
from okrlint.readers import ReadSettings, nodes
from okrlint.readers.columns import overrides_of
from okrlint.readers.delimited import column_letters
from okrlint.readers.nodes import Place
from okrlint.readers.table import CELL_COST as TABLE_CELL_COST
from okrlint.readers.table import Cell, Row, problem_at, set_node

MAX_ENTRIES = 1_000  # parts in the zip; a workbook has tens
MAX_RATIO = 200  # uncompressed / compressed per part; XML compresses ~10x, zip bombs ~1000x
MAX_COLUMNS = 100  # columns read per row: OKR sheets use about ten
SAMPLE_ROWS = 50  # texts per sheet that tell the language of messages about the file
CELL_COST = 2 * TABLE_CELL_COST  # openpyxl parses each cell's XML: twice a CSV cell's cost (50,000 cells by default)
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # legacy .xls and password-protected workbooks


def read(data: bytes, shown_as: str, settings: ReadSettings) -> LoadedFile:
    loaded = LoadedFile(path=shown_as, directives=False)
    problem = _zip_problem(data, settings.limits.max_bytes * 10)
    if problem is not None:
        loaded.problems.append(problem)
        return loaded
    import openpyxl  # a few hundred milliseconds: only runs that read a workbook pay for it

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds on a broken workbook; all mean "cannot read it"
        loaded.problems.append(Problem("xlsx-unreadable", 1, 1, 1, 2, {"reason": f"{type(exc).__name__}: {exc}"[:300]}))
        return loaded
    try:
        _read_sheets(workbook, shown_as, settings, loaded)
    except Exception as exc:  # read-only mode parses sheets as rows are read: broken XML shows up here
        loaded.documents = []
        loaded.problems = [Problem("xlsx-unreadable", 1, 1, 1, 2, {"reason": f"{type(exc).__name__}: {exc}"[:300]})]
    finally:
        workbook.close()
    return loaded


def _zip_problem(data: bytes, max_uncompressed: int) -> Problem | None:
    if data.startswith(OLE_MAGIC):
        return Problem("xlsx-legacy", 1, 1, 1, 2)
    try:
        entries = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        return Problem("xlsx-unreadable", 1, 1, 1, 2, {"reason": str(exc)[:300]})
    total = sum(e.file_size for e in entries)
    ratio = max((e.file_size / max(e.compress_size, 1) for e in entries), default=0)
    if len(entries) > MAX_ENTRIES or total > max_uncompressed or ratio > MAX_RATIO:
        return Problem("xlsx-bomb", 1, 1, 1, 2, {"size": total, "limit": max_uncompressed, "entries": len(entries)})
    return None


def _read_sheets(workbook, shown_as: str, settings: ReadSettings, loaded: LoadedFile) -> None:
    overrides = overrides_of(settings.columns)
    budget = settings.limits.max_nodes // CELL_COST
    skipped: list[Problem] = []
    sample: list[str] = []
    for sheet in workbook.worksheets:
        rows, over, budget = _rows(sheet, settings, budget)
        sample += [c.value for row in rows[:SAMPLE_ROWS] for c in row.values() if c.tag == nodes.STR][:SAMPLE_ROWS]
        if over is not None:
            loaded.problems.append(over)
            break
        node, problems = set_node(shown_as, rows, overrides, Place(1, 1, 1, 2, _label(sheet.title, "A1")))
        if node is None and any(p.kind == "table-no-header" for p in problems):
            skipped += problems  # an instructions or chart sheet; reported only if no sheet has OKRs
            continue
        loaded.problems += problems
        if node is not None:
            loaded.documents.append(node)
    if not loaded.documents and not loaded.problems:
        loaded.problems += skipped[:1] or [Problem("empty-file", 1, 1, 1, 1)]
    loaded.text = "\n".join(sample)  # the language of messages about the file (never shown)


def _rows(sheet, settings: ReadSettings, budget: int) -> tuple[list[Row], Problem | None, int]:
    limits = settings.limits
    rows: list[Row] = []
    for values in sheet.iter_rows(max_col=MAX_COLUMNS):
        row: Row = {}
        for cell in values:
            value = getattr(cell, "value", None)
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            budget -= 1
            number, column = cell.row, cell.column
            place = Place.of_cell(number, column, _label(sheet.title, f"{column_letters(column)}{number}"))
            if budget < 0:
                return rows, problem_at("too-many-parts", place, limit=limits.max_nodes // CELL_COST), budget
            row[column - 1] = _cell(value, place, limits.max_text_chars)
        if row:
            rows.append(row)
    return rows, None, budget


def _cell(value: object, place: Place, max_chars: int) -> Cell:
    """A cell's cached value as text, tagged like the YAML scalar it would be."""
    if isinstance(value, bool):
        return Cell(str(value).lower(), place, nodes.BOOL)
    if isinstance(value, int):
        return Cell(str(value), place, nodes.INT)
    if isinstance(value, float):
        return Cell(repr(value) if not value.is_integer() else str(int(value)), place, nodes.FLOAT)
    if isinstance(value, (datetime.datetime, datetime.date)):
        return Cell(value.date().isoformat() if isinstance(value, datetime.datetime) else value.isoformat(), place, nodes.TIMESTAMP)
    return Cell(str(value).strip()[:max_chars], place)


def _label(sheet: str, cell: str) -> str:
    """"Q1!C7", or "'Team OKRs'!C7" for a sheet name with spaces, as Excel writes references."""
    quoted = sheet if sheet.replace("_", "").isalnum() else "'" + sheet.replace("'", "''") + "'"
    return f"{quoted}!{cell}"
