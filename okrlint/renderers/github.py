"""`--format github`: GitHub Actions workflow commands, so findings show up as annotations.

GitHub shows only 10 annotations of each kind per step, so a plain summary line closes the
report for the job log.
"""

from __future__ import annotations

from collections import Counter

from okrlint.findings import Finding, Severity
from okrlint.renderers import Report

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


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


def summary_line(report: Report) -> str:
    findings = report.findings
    if not findings:
        files = report.summary.files
        return f"okrlint: no findings in {files} file{'s' if files != 1 else ''}"
    counts = Counter(f.severity for f in findings)
    parts = ", ".join(f"{counts[s]} {s.value}{'s' if counts[s] != 1 else ''}" for s in Severity if counts[s])
    files = len({f.path for f in findings})
    return (f"okrlint: {len(findings)} finding{'s' if len(findings) != 1 else ''} ({parts}) "
            f"in {files} file{'s' if files != 1 else ''}")


def render(report: Report) -> str:
    return "".join(annotation(f) + "\n" for f in report.findings) + summary_line(report) + "\n"
