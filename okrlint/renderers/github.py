"""`--format github`: GitHub Actions workflow commands, so findings show up as annotations.

Annotations come most severe first, because GitHub shows only the first 10 of each kind per
step. The findings past that limit follow in the log as plain `path:line:col:` lines (they are
also in the job summary, see github_summary.py), then a summary line closes the report.
"""

from __future__ import annotations

from okrlint.findings import Finding, Severity
from okrlint.renderers import Report
from okrlint.renderers.concise import finding_line
from okrlint.renderers.statistics import counted, findings_words, table_lines

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
ANNOTATIONS_SHOWN = 10  # GitHub's limit per kind (error, warning, notice) and step


def escape_data(value: str) -> str:
    """The message part of a workflow command (after `::`)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A `key=value` property: `:` and `,` would end it early."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    span = finding.span
    props: list[tuple[str, str]] = []
    if finding.path:  # findings about the run itself (a broken plugin) have no file
        props += [("file", finding.path), ("line", str(span.line)), ("endLine", str(span.end_line))]
        # GitHub rejects col/endColumn on a span that covers several lines.
        if span.line == span.end_line:
            props += [("col", str(span.column)), ("endColumn", str(span.end_column))]
    props.append(("title", f"{finding.code} {finding.rule}"))
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    return f"::{COMMANDS[finding.severity]} {joined}::{escape_data(finding.message)}"


def most_severe_first(findings: list[Finding]) -> list[Finding]:
    """Errors, then warnings, then infos; in file order within each (the sort is stable)."""
    return sorted(findings, key=lambda f: -f.severity.rank)


def split_by_limit(findings: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """(annotations GitHub shows, the rest): the first ANNOTATIONS_SHOWN of each severity."""
    shown: list[Finding] = []
    rest: list[Finding] = []
    seen: dict[Severity, int] = {}
    for finding in most_severe_first(findings):
        seen[finding.severity] = seen.get(finding.severity, 0) + 1
        (shown if seen[finding.severity] <= ANNOTATIONS_SHOWN else rest).append(finding)
    return shown, rest


def summary_line(report: Report) -> str:
    findings = report.findings
    files = report.summary.files
    if not findings:
        return f"okrlint: no findings in {counted(files, 'file')}"
    with_findings = len({f.path for f in findings})
    return f"okrlint: {counted(len(findings), 'finding')} ({findings_words(findings)}) in {counted(with_findings, 'file')}"


def render(report: Report) -> str:
    ordered = most_severe_first(report.findings)
    _, rest = split_by_limit(report.findings)
    lines = [annotation(f) for f in ordered]
    if rest:
        lines.append(f"okrlint: GitHub shows {ANNOTATIONS_SHOWN} annotations of each kind per step; "
                     f"the other {counted(len(rest), 'finding')} (also in the job summary):")
        lines += [finding_line(f) for f in rest]
    if report.show_statistics and report.findings:
        lines += table_lines(report.findings)
    lines.append(summary_line(report))
    return "".join(line + "\n" for line in lines)
