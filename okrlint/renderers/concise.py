"""`--format concise`: one finding per line, `path:line:col: CODE [rule] message`, like ruff's."""

from __future__ import annotations

from okrlint.findings import Finding
from okrlint.renderers import Report


def finding_line(finding: Finding) -> str:
    # One finding must stay one line, or line-based tools (grep, editors' error parsers) split it.
    message = " ".join(finding.message.splitlines())
    return f"{finding.path}:{finding.line}:{finding.column}: {finding.code} [{finding.rule}] {message}"


def render(report: Report) -> str:
    return "".join(finding_line(f) + "\n" for f in report.findings)
