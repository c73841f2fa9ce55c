"""`--format concise`: one finding a line, `path:line:col: severity CODE [rule] message`, then the summary line."""

from __future__ import annotations

from typing import Iterator

from okrlint.findings import Finding
from okrlint.renderers import CHUNK, Report
from okrlint.renderers.statistics import summary_line, table_lines


def finding_line(finding: Finding) -> str:
    # One finding must stay one line, or line-based tools (grep, editors' error parsers) split it.
    message = " ".join(finding.message.splitlines())
    return f"{finding.path}:{finding.line}:{finding.column}: {finding.severity.value} {finding.code} [{finding.rule}] {message}"


def render(report: Report) -> str:
    return "".join(render_chunks(report))


def render_chunks(report: Report) -> Iterator[str]:
    """The report in pieces of about CHUNK characters, the findings read once, front to back."""
    lines: list[str] = []
    size = 0
    for finding in report.findings:
        line = finding_line(finding) + "\n"
        lines.append(line)
        size += len(line)
        if size >= CHUNK:
            yield "".join(lines)
            lines, size = [], 0
    tail = []
    if report.show_statistics and report.findings:
        tail += ["", *table_lines(report.findings)]
    if report.show_summary:
        tail += ["", summary_line(report.summary, report.findings)] if report.findings else [summary_line(report.summary, report.findings)]
    yield "".join(lines) + "".join(line + "\n" for line in tail)
