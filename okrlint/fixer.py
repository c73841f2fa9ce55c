"""`--fix` and `--diff`: apply the safe structural fixes findings carry, or show them as a diff.

A fix is a list of edits by line and column (1-based, end exclusive, columns in code points as
PyYAML counts them). Edits of one file are applied from the end backwards, so earlier positions
stay valid; an edit that overlaps one already taken is skipped (the next run reports what is
left), and insertions at the same point keep the order they were taken in (a header before the
items under it). Before a file is shown or written it must load again, with okrlint's loader, to
the same OKRs less the KRs its fixes move into initiatives (okrlint/fix_check.py); if it does not,
those moves are dropped. okrlint writes into the linted tree only here, and only when the user
asked with --fix.
"""

from __future__ import annotations

import codecs
import difflib
from dataclasses import dataclass
from pathlib import Path

from okrlint.findings import Finding
from okrlint.sanitize import shown


@dataclass(slots=True)
class FixedFile:
    path: Path
    shown_as: str
    before: str
    after: str
    fixes: int  # findings whose fix was applied
    bom: bool = False  # written back as it was read

    def diff(self) -> str:
        """A unified diff for a terminal: text from the OKR file is escaped (no control characters reach it)."""
        lines = difflib.unified_diff(self.before.splitlines(keepends=True), self.after.splitlines(keepends=True),
                                     f"a/{self.shown_as}", f"b/{self.shown_as}", lineterm="\n")
        return "".join(_shown_line(line) for line in lines)


def _shown_line(line: str) -> str:
    body = line.removesuffix("\n")
    ending = "\n" if body != line else "\n\\ No newline at end of file\n"
    return shown(body.removesuffix("\r")) + ending


def plan_fixes(findings: list[Finding], paths: dict[str, Path]) -> list[FixedFile]:
    """The files the fixes of `findings` would change (`paths`: shown path → real path), unchanged ones left out."""
    by_file: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.suggestion is not None and finding.suggestion.fix is not None and finding.path in paths:
            by_file.setdefault(finding.path, []).append(finding)
    planned = []
    for shown_as, fixable in by_file.items():
        path = paths[shown_as]
        try:
            raw = path.read_bytes()
            before = raw.decode("utf-8-sig")  # bytes, not text mode: CRLF line ends stay as they are
        except (OSError, UnicodeDecodeError):
            continue  # the run reported why it could not read it
        after, applied = _checked(before, fixable, shown_as)
        if after != before:
            planned.append(FixedFile(path, shown_as, before, after, applied, raw.startswith(codecs.BOM_UTF8)))
    return planned


def _checked(before: str, fixable: list[Finding], shown_as: str) -> tuple[str, int]:
    """The fixed text and how many findings it fixes, once it loads to the OKRs the fixes promise."""
    after, applied = apply_edits(before, fixable)
    moving = [f for f in applied if f.suggestion is not None and f.suggestion.fix is not None and f.suggestion.fix.moves]
    if not moving:
        return after, len(applied)
    from okrlint.fix_check import same_okrs_after_moves  # only when a fix moves a KR
    moved = {line for f in moving for line in f.suggestion.fix.moves}  # type: ignore[union-attr]
    if same_okrs_after_moves(before, after, moved, shown_as):
        return after, len(applied)
    dropped = {id(f) for f in moving}
    after, applied = apply_edits(before, [f for f in fixable if id(f) not in dropped])  # never write a file that reads otherwise
    return after, len(applied)


def apply_edits(text: str, findings: list[Finding]) -> tuple[str, list[Finding]]:
    """`text` with the findings' fixes applied (identical edits once, overlapping ones skipped), and the findings fixed."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(line: int, column: int) -> int:
        if line > len(lines):
            return len(text)
        return min(starts[line - 1] + column - 1, starts[line])

    chosen: list[tuple[int, int, str]] = []
    applied: list[Finding] = []
    for finding in findings:
        assert finding.suggestion is not None and finding.suggestion.fix is not None
        ranges = [(offset(e.span.line, e.span.column), offset(e.span.end_line, e.span.end_column), e.text)
                  for e in finding.suggestion.fix.edits]
        fresh = [r for r in ranges if r not in chosen]
        if any(_overlaps(r, c) for r in fresh for c in chosen):
            continue
        chosen += fresh
        applied.append(finding)
    # From the end backwards; at one point the edit taken later goes first, so it ends up after.
    for _, (start, end, new) in sorted(enumerate(chosen), key=lambda e: (e[1][0], e[1][1], e[0]), reverse=True):
        text = text[:start] + new + text[end:]
    return text, applied


def _overlaps(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def write_fixes(planned: list[FixedFile]) -> None:
    for fixed in planned:
        fixed.path.write_bytes((codecs.BOM_UTF8 if fixed.bom else b"") + fixed.after.encode("utf-8"))


__all__ = ["FixedFile", "apply_edits", "plan_fixes", "write_fixes"]
