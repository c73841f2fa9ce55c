"""Bodies of the `okrlint` sub-commands other than `check`; cli.py only wires them up."""

from __future__ import annotations

from enum import Enum


class DocLang(str, Enum):
    """The language of rule summaries, pages and starter files."""

    en = "en"
    ru = "ru"
    zh = "zh"
