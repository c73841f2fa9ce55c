"""Shared pieces of the real-OKR accuracy corpus: texts are located in their sources, never stored here.

The manifest (manifest.yaml) names, for every item, its source and where each objective and KR
text sits in that source document (character offset, line, column, length) with a hash of the
text, plus the labels two independent labellers agreed on. The texts themselves belong to their
authors and stay outside the project: `rebuild.py` cuts them out of a local copy of the sources
and checks every hash.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

SOURCE_HEADER = "# source: "  # first line of a saved source document; the document follows
KR_RULES = ("task-not-outcome", "unmeasurable", "kpi-in-disguise")
OBJECTIVE_RULES = ("so-what", "kpi-in-disguise", "too-many-krs")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def document_of(saved: Path) -> tuple[str, str]:
    """(source string, document text) of a saved source file."""
    raw = saved.read_text(encoding="utf-8")
    first, _, rest = raw.partition("\n")
    if not first.startswith(SOURCE_HEADER):
        raise ValueError(f"{saved}: the first line must be `{SOURCE_HEADER}<source>`")
    return first[len(SOURCE_HEADER):].strip(), rest


def locate(document: str, text: str) -> dict[str, Any]:
    """Where `text` first occurs in `document`: offset, 1-based line and column, length, hash."""
    offset = document.find(text)
    if offset < 0:
        raise ValueError(f"text not found in its source: {text[:60]!r}")
    line = document.count("\n", 0, offset) + 1
    column = offset - (document.rfind("\n", 0, offset) + 1) + 1
    return {"offset": offset, "line": line, "column": column, "chars": len(text), "sha": text_hash(text)}


def cut(document: str, where: dict[str, Any]) -> str:
    """The text a location names; raises when the document is not the one the manifest was made from."""
    text = document[where["offset"]: where["offset"] + where["chars"]]
    if text_hash(text) != where["sha"]:
        raise ValueError(f"hash mismatch at line {where['line']}, column {where['column']}: the source differs")
    return text
