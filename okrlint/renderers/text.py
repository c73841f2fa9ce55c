"""`--format text`: the terminal report, one block per finding, like ruff and modern compilers.

    examples/en/bad.okr.yaml:9:9: warning OKR201 [task-not-outcome] “Launch…” is a task, not an
        outcome: so what? Which number changes when it is done — write that …
        │ Launch the new onboarding flow
        │ ^^^^^^ task-verb

The header starts with `path:line:col:`, which terminals and editors open on click. On a terminal
every line is broken to its width at spaces (or between Chinese characters) with a hanging
indent; piped or written to a file, nothing is wrapped, so the output is the same at any width.
Each file ends with its counts, and the run with the summary line.
"""

from __future__ import annotations

import io
from itertools import groupby
from typing import Callable

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from okrlint.findings import Finding, RunSummary, Severity
from okrlint.renderers import Report
from okrlint.renderers.statistics import (baseline_note, counted, findings_words, run_head, severity_counts, summary_line,
                                          table_lines)
from okrlint.renderers.wrap import wrap_offsets

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
INDENT = "    "  # continuation lines of a message, and the quoted OKR text, hang under the header
GUTTER = INDENT + "│ "
RUN_PATH = "(okrlint)"  # findings about the run itself (a broken plugin) have no file


def print_report(report: Report, console: Console, quiet: bool = False, width: int | None = None) -> None:
    """Every finding block, per-file counts, statistics if asked, and the summary line.

    `width`: break lines to this many cells (a terminal); None leaves them whole (a pipe, a file).
    `quiet`: one header a finding (no OKR text, no counts), and nothing at all when clean.
    """
    if width is None and _prints_plain(console):
        _print_plain(report, console, quiet)
        return
    for path, group in groupby(report.findings, key=lambda f: f.path):
        findings = list(group)
        for finding in findings:
            for line in _broken(header(finding), width) if quiet else finding_block(finding, width):
                console.print(line)
        if not quiet:
            console.print(file_line(path, findings))
            console.print()
    if report.show_statistics and report.findings:
        if quiet:
            console.print()
        for line in table_lines(report.findings):
            console.print(Text(line))
        console.print()
    if not quiet:
        console.print(summary_text(report))


def finding_block(finding: Finding, width: int | None) -> list[Text]:
    """The header with the message, then the OKR text with the evidence underlined."""
    return _broken(header(finding), width) + quoted_text(finding, width)


def header(finding: Finding) -> Text:
    """`path:line:col: severity CODE [rule] message`, styled."""
    line = Text()
    line.append(f"{finding.path or RUN_PATH}:{finding.line}:{finding.column}:", style="bold")
    if finding.span.cell:
        line.append(f" {finding.span.cell}", style="bold")  # the spreadsheet cell a person looks for: "Q1!C7"
    line.append(" ")
    line.append(finding.severity.value, style=STYLES[finding.severity])
    line.append(" ")
    line.append(finding.code, style="bold")
    line.append(" ")
    line.append(f"[{finding.rule}]", style="magenta")
    line.append(" " + finding.message)
    return line


def _broken(text: Text, width: int | None) -> list[Text]:
    """`text` as lines of at most `width` cells, the later ones indented; whole when `width` is None."""
    if width is None:
        return [text]
    lines = []
    for number, (start, end) in enumerate(wrap_offsets(text.plain, width - len(INDENT), first_width=width)):
        piece = text[start:end]
        lines.append(piece if number == 0 else Text(INDENT) + piece)
    return lines


def quoted_text(finding: Finding, width: int | None) -> list[Text]:
    """The OKR text under its finding; with evidence, the trigger words underlined and the reason named."""
    text = finding.text
    if not text:
        return []
    evidence = finding.evidence
    room = None if width is None else max(width - cell_len(GUTTER), 1)
    segments = [(0, len(text))] if room is None else wrap_offsets(text, room)
    lines: list[Text] = []
    for number, (start, end) in enumerate(segments):
        lines.append(Text(GUTTER, style="dim") + Text(text[start:end]))
        if evidence is None:
            continue
        marks = _marks(finding, start, end)
        if number == len(segments) - 1:
            marks = _with_reason(marks, evidence.reason, room)
        if marks:
            lines += [Text(GUTTER, style="dim") + part for part in marks]
    return lines


def _marks(finding: Finding, start: int, end: int) -> list[Text]:
    """Carets under the evidence words that fall within text[start:end] (one line, or none)."""
    assert finding.evidence is not None
    text = finding.text
    line = Text()
    at = start
    for span in finding.evidence.spans:
        left, right = max(span.start, at), min(span.end, end)
        if left >= right:
            continue
        line.append(" " * cell_len(text[at:left]))
        line.append("^" * max(cell_len(text[left:right]), 1), style=STYLES[finding.severity])
        at = right
    return [line] if line.plain else []


def _with_reason(marks: list[Text], reason: str, room: int | None) -> list[Text]:
    """The reason after the last carets, or on a line of its own when it would not fit."""
    tag = Text(reason, style="dim italic")
    if not marks:
        return [tag]
    last = marks[-1]
    if room is not None and cell_len(last.plain) + 1 + cell_len(reason) > room:
        return [*marks, tag]
    return [*marks[:-1], last + Text(" ") + tag]


def file_line(path: str, findings: list[Finding]) -> Text:
    """`examples/en/bad.okr.yaml: 12 warnings, 1 info` under a file's findings."""
    line = Text(f"{path or RUN_PATH}: ", style="dim")
    _append_counts(line, findings)
    return line


def summary_text(report: Report) -> Text:
    """`7 files, 19 objectives, 66 key results: 52 warnings, 6 infos`, coloured by severity."""
    line = Text(run_head(report.summary) + ": ")
    if not report.findings:
        line.append(findings_words(report.findings), style="green")
    else:
        _append_counts(line, report.findings)
    line.append(baseline_note(report.summary))
    return line


def _append_counts(line: Text, findings: list[Finding]) -> None:
    for number, (severity, count) in enumerate(severity_counts(findings).items()):
        if number:
            line.append(", ")
        line.append(counted(count, severity.value), style=STYLES[severity])


# -- a console that neither colours nor wraps: the same lines as plain strings ----------------------
# rich builds each line as a styled Text, renders it into segments, writes and flushes it: ~0.7 ms a
# finding, 9 of 13 CPU-s of a 1,000-file run's 12,800-finding report piped to a file. Where the
# console would write only a line's characters, the lines are made as strings, each the `plain` of
# the Text the functions above make; a line that is not all printable characters (rich strips some
# control characters, expands tabs) is printed through rich instead, as the rest of the report is
# on a terminal.

def _prints_plain(console: Console) -> bool:
    """Whether `console.print(text)` writes a Text's plain characters and a newline, and nothing else.

    So it does when it neither colours (no colour system) nor wraps (soft wrap) and writes at once to
    its file: not quiet, not recording, not inside `with console:`, no live display hooked in, no
    legacy Windows console API."""
    return (console.color_system is None and console.soft_wrap and not console.quiet and not console.record
            and not console.is_jupyter and not console.legacy_windows and not getattr(console, "_render_hooks", True)
            and getattr(console, "_buffer_index", 1) == 0)


def _print_plain(report: Report, console: Console, quiet: bool) -> None:
    """`print_report` without a width on a console that prints plain (`_prints_plain`)."""
    out = _PlainLines(console)
    for path, group in groupby(report.findings, key=lambda f: f.path):
        findings = list(group)
        for finding in findings:
            out.block(_plain_block(finding, quiet), finding)
        if not quiet:
            out.line(f"{path or RUN_PATH}: {_plain_counts(findings)}", lambda p=path, fs=findings: [file_line(p, fs)])
            out.line("", list)
    if report.show_statistics and report.findings:
        if quiet:
            out.line("", list)
        for line in table_lines(report.findings):
            out.line(line, lambda text=line: [Text(text)])
        out.line("", list)
    if not quiet:
        out.line(summary_line(report.summary, report.findings), lambda: [summary_text(report)])
    out.flush()


class _PlainLines:
    """Lines to a console that prints plain, each written as a string when it is all printable characters.

    The plain lines are written a batch at a time: a write a line was ~37,000 writes for a
    12,800-finding report, each a system call when Python writes through (PYTHONUNBUFFERED, as CI
    runners set it)."""

    __slots__ = ("_console", "_write", "_batch")

    def __init__(self, console: Console) -> None:
        self._console = console
        self._write = console.file.write
        self._batch: list[str] = []

    def line(self, plain: str, styled: Callable[[], list[Text]]) -> None:
        """`plain` and a newline; else (a character rich might not write as it is) the lines `styled()` makes, through rich."""
        if plain.isprintable():
            self._batch.append(plain)
            if len(self._batch) >= LINES_A_WRITE:
                self._write_batch()
        else:
            self._write_batch()  # first: the lines stay in order
            for line in styled():
                self._console.print(line)

    def block(self, lines: list[str], finding: Finding) -> None:
        """A finding's plain lines (`_plain_block`): at once when all are printable, one check of them joined
        (per line, with a closure for each, was ~0.7 µs a finding); else each as `line` writes it."""
        if "".join(lines).isprintable():
            self._batch += lines
            if len(self._batch) >= LINES_A_WRITE:
                self._write_batch()
            return
        styled = (lambda: [header(finding)], lambda: quoted_text(finding, None)[:1], lambda: quoted_text(finding, None)[1:])
        for plain, lines_of in zip(lines, styled):
            self.line(plain, lines_of)

    def flush(self) -> None:
        self._write_batch()
        try:
            self._console.file.flush()
        except BrokenPipeError:
            self._console.on_broken_pipe()

    def _write_batch(self) -> None:
        if not self._batch:
            return
        text = "\n".join(self._batch) + "\n"
        self._batch.clear()
        try:
            self._write(text)
        except BrokenPipeError:
            self._console.on_broken_pipe()  # what rich does when its own write fails (the reader is gone)


LINES_A_WRITE = 1_000  # ~100 kB of report: few writes, and a report never held whole


def _plain_block(finding: Finding, quiet: bool) -> list[str]:
    """The plain lines of `finding_block` without a width (the header alone when quiet): header, OKR text, carets."""
    lines = [_plain_header(finding)]
    if not quiet and finding.text:
        lines.append(GUTTER + finding.text)
        if finding.evidence is not None:
            lines.append(GUTTER + _plain_marks(finding))
    return lines


def _plain_header(finding: Finding) -> str:
    """`header(finding).plain`."""
    cell = f" {finding.span.cell}" if finding.span.cell else ""
    return (f"{finding.path or RUN_PATH}:{finding.line}:{finding.column}:{cell} {finding.severity.value} {finding.code} "
            f"[{finding.rule}] {finding.message}")


def _plain_marks(finding: Finding) -> str:
    """The plain line under a whole OKR text: its carets (`_marks`) and the evidence's reason (`_with_reason`)."""
    assert finding.evidence is not None
    text, end = finding.text, len(finding.text)
    parts = []
    at = 0
    for span in finding.evidence.spans:
        left, right = max(span.start, at), min(span.end, end)
        if left >= right:
            continue
        parts += (" " * cell_len(text[at:left]), "^" * max(cell_len(text[left:right]), 1))
        at = right
    carets = "".join(parts)
    return f"{carets} {finding.evidence.reason}" if carets else finding.evidence.reason


def _plain_counts(findings: list[Finding]) -> str:
    """What `_append_counts` appends, as plain text."""
    return ", ".join(counted(count, severity.value) for severity, count in severity_counts(findings).items())


def render(report: Report) -> str:
    """Plain text (no colour, no wrapping) for --output files."""
    buffer = io.StringIO()
    print_report(report, Console(file=buffer, no_color=True, color_system=None, width=200, force_terminal=False,
                                 highlight=False, soft_wrap=True))
    return buffer.getvalue()
