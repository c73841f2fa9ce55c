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

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from okrlint.findings import Finding, RunSummary, Severity
from okrlint.renderers import Report
from okrlint.renderers.statistics import baseline_note, counted, findings_words, run_head, severity_counts, table_lines
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


def render(report: Report) -> str:
    """Plain text (no colour, no wrapping) for --output files."""
    buffer = io.StringIO()
    print_report(report, Console(file=buffer, no_color=True, color_system=None, width=200, force_terminal=False,
                                 highlight=False, soft_wrap=True))
    return buffer.getvalue()
