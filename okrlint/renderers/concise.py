"""`--format concise`: one finding a line, `path:line:col: severity CODE [rule] message`, then the summary line."""

from __future__ import annotations

from okrlint.findings import Finding
from okrlint.renderers import Report
from okrlint.renderers.statistics import summary_line, table_lines


def finding_line(finding: Finding) -> str:
    # One finding must stay one line, or line-based tools (grep, editors' error parsers) split it.
    message = " ".join(finding.message.splitlines())
    return f"{finding.path}:{finding.line}:{finding.column}: {finding.severity.value} {finding.code} [{finding.rule}] {message}"


def render(report: Report) -> str:
    lines = [finding_line(f) for f in report.findings]
    if report.show_statistics and report.findings:
        lines += ["", *table_lines(report.findings)]
    if report.show_summary:
        lines += ["", summary_line(report.summary, report.findings)] if lines else [summary_line(report.summary, report.findings)]
    return "".join(line + "\n" for line in lines)
