"""Input formats as loader plug-ins: which reader turns a file's bytes into located nodes.

Every reader has the same shape, `read(data, shown_as, settings) -> LoadedFile`: the file's
bytes in, YAML-style nodes out (the lingua franca the schema builds models from), each node
carrying its line and column, or located problems. Nothing after the loader knows which format a
text came from. Readers are imported only when a file of their format is read, like flake8's
plug-ins, so a YAML-only run never pays for a Markdown or spreadsheet parser.

This module is data only (no parser imports): discovery and the loader both read it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:  # the loader imports this module; the reverse import happens only at call time
    from okrlint.loader import Limits, LoadedFile

# Spreadsheet column roles a config may name (`columns:`); see okrlint/readers/columns.py.
COLUMN_ROLES = ("objective", "key-result", "id", "parent", "owner", "team", "target", "baseline", "score", "due", "period",
                "metric", "unit")


@dataclass(frozen=True, slots=True)
class ReadSettings:
    """What a reader may be told by the run: the guards, and the config's column names."""

    limits: Limits
    columns: tuple[tuple[str, tuple[str, ...]], ...] = ()  # role → header names, from `columns:` in the config


@dataclass(frozen=True, slots=True)
class InputFormat:
    """One input format: how its files are named and where its reader lives."""

    name: str  # "yaml", "markdown", "table", "xlsx"
    reader: str  # "module:function", imported on first use
    extensions: tuple[str, ...]  # a file given explicitly with one of these is read by this reader
    okr_suffixes: tuple[str, ...] = ()  # found in folder walks anywhere ("*.okr.md")
    okr_names: tuple[str, ...] = ()  # whole file names found anywhere, in any case ("OKR.md")
    in_okr_folder: bool = False  # every file with one of `extensions` under a folder named okrs/


FORMATS: tuple[InputFormat, ...] = (
    InputFormat("yaml", "okrlint.loader:read_yaml", (".yaml", ".yml"), (".okr.yaml", ".okr.yml"), in_okr_folder=True),
    InputFormat("markdown", "okrlint.readers.markdown:read", (".md", ".markdown"), (".okr.md",), ("OKR.md", "OKRs.md"),
                in_okr_folder=True),
    InputFormat("table", "okrlint.readers.delimited:read", (".csv", ".tsv"), (".okr.csv", ".okr.tsv")),
    InputFormat("xlsx", "okrlint.readers.xlsx:read", (".xlsx", ".xlsm"), (".okr.xlsx",)),
)
DEFAULT = FORMATS[0]  # stdin and files with any other name are YAML, as they always were


def format_of(shown_as: str) -> InputFormat:
    """The format a file is read as, from its name (stdin is named by --stdin-filename)."""
    name = shown_as.replace("\\", "/").rpartition("/")[2]  # the name PurePath gives, ~20x faster (3 calls a file)
    if name in ("", "."):  # "folder/", "folder/.": PurePath drops the empty and "." parts
        name = PurePath(shown_as.replace("\\", "/")).name
    name = name.lower()
    for fmt in FORMATS:
        if name.endswith(fmt.extensions):
            return fmt
    return DEFAULT


def is_okr_name(name: str, under_okr_folder: bool) -> bool:
    """Whether a folder walk lints a file of this name (`*.okr.md`, `OKR.md`, YAML under okrs/...)."""
    lower = name.lower()
    for fmt in FORMATS:
        if lower.endswith(fmt.okr_suffixes) or lower in (n.lower() for n in fmt.okr_names):
            return True
        if under_okr_folder and fmt.in_okr_folder and lower.endswith(fmt.extensions):
            return True
    return False


def okr_suffixes() -> tuple[str, ...]:
    """Every `*.okr.*` suffix and plain extension, the longest first (for file stems)."""
    every = {s for fmt in FORMATS for s in (*fmt.okr_suffixes, *fmt.extensions)}
    return tuple(sorted(every, key=len, reverse=True))


def discovery_patterns() -> list[str]:
    """The patterns a folder walk uses, as a person reads them (for the "no OKR files" message)."""
    patterns = [f"*{s}" for fmt in FORMATS for s in fmt.okr_suffixes]
    patterns += [n for fmt in FORMATS for n in fmt.okr_names]
    folder = [f"*{e}" for fmt in FORMATS if fmt.in_okr_folder for e in fmt.extensions]
    return [*patterns, f"{'/'.join(folder)} under a folder named okrs/"]


def reader_of(fmt: InputFormat) -> Callable[[bytes, str, ReadSettings], LoadedFile]:
    """The reader function of a format, imported on first use."""
    module, _, function = fmt.reader.partition(":")
    return getattr(importlib.import_module(module), function)
