"""`--format text`: the rich terminal report, grouped by file, with a one-line summary."""

from __future__ import annotations

import io
from collections import Counter
from itertools import groupby

from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape
from rich.text import Text

from okrlint.findings import Finding, Severity
from okrlint.renderers import Report

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def print_report(report: Report, console: Console, quiet: bool = False) -> None:
    """The report grouped by file, statistics if asked, and a summary line; `quiet`: findings only."""
    if quiet:
        _print_quiet(report, console)
        return
    for path, group in groupby(report.findings, key=lambda f: f.path):
        console.print(Text(path or "(okrlint)", style="bold underline"))
        for finding in group:
            console.print(finding_line(finding), soft_wrap=True)
            for line in evidence_lines(finding):
                console.print(line, soft_wrap=True)
        console.print()
    if report.show_statistics:
        _print_statistics(report.findings, console)
    console.print(summary_line(report), highlight=False)


def _print_quiet(report: Report, console: Console) -> None:
    """`path: finding` a line, the statistics if asked, and nothing at all when clean."""
    for finding in report.findings:
        # Text, not markup: a file may be named `q[/x]y.okr.yaml` or `[red].okr.yaml`.
        console.print(Text.assemble(Text(f"{finding.path or '(okrlint)'}:"), " ", finding_line(finding)), soft_wrap=True)
    if report.show_statistics and report.findings:
        console.print()
        _print_statistics(report.findings, console)


def finding_line(finding: Finding) -> Text:
    line = Text("  ")
    line.append((finding.place + " ").ljust(8), style="dim")  # "7:12", or a spreadsheet cell "Q1!C7"
    line.append(finding.severity.value.ljust(8), style=STYLES[finding.severity])
    line.append(finding.code.ljust(7), style="bold")
    line.append(f" {finding.rule}".ljust(22), style="magenta")
    line.append(" " + finding.message)
    return line


EVIDENCE_INDENT = " " * 10  # under the message column's start, past "line:col"


def evidence_lines(finding: Finding) -> list[Text]:
    """The OKR text under its finding, the trigger words underlined and the reason named."""
    evidence = finding.evidence
    if evidence is None or not finding.text:
        return []
    quoted = Text(EVIDENCE_INDENT + "│ ", style="dim")
    quoted.append(finding.text)
    marks = Text(EVIDENCE_INDENT + "│ ", style="dim")
    at = 0
    for span in evidence.spans:
        if span.start < at:
            continue
        marks.append(" " * cell_len(finding.text[at:span.start]))
        marks.append("^" * max(cell_len(finding.text[span.start:span.end]), 1), style=STYLES[finding.severity])
        at = span.end
    marks.append(("" if at == 0 else " ") + evidence.reason, style="dim italic")
    return [quoted, marks]


def _print_statistics(findings: list[Finding], console: Console) -> None:
    counts = Counter((f.code, f.rule) for f in findings)
    for (code, rule), count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        console.print(f"{count:>5}  {escape(code):7} {escape(rule)}", highlight=False)
    console.print()


def summary_line(report: Report) -> str:
    s = report.summary
    by_severity = Counter(f.severity for f in report.findings)
    head = f"{_count(s.files, 'file')}, {_count(s.objectives, 'objective')}, {_count(s.key_results, 'key result')}: "
    if not report.findings:
        return head + "[green]no problems found[/]"
    parts = [f"[{STYLES[sev]}]{_count(by_severity[sev], sev.value)}[/]"
             for sev in (Severity.ERROR, Severity.WARNING, Severity.INFO) if by_severity[sev]]
    return head + ", ".join(parts)


def _count(number: int, noun: str) -> str:
    """"1 objective", "2 objectives", "0 key results"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def render(report: Report) -> str:
    """Plain text (no colour) for --output files."""
    buffer = io.StringIO()
    print_report(report, Console(file=buffer, no_color=True, width=200, force_terminal=False))
    return buffer.getvalue()
