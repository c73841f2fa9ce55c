"""The Markdown job summary okrlint appends to `$GITHUB_STEP_SUMMARY` under `--format github`.

Annotations stop at 10 of each kind per step; the summary page has room for the rest: the counts
by rule and by file, and every finding GitHub did not show as an annotation. Every string from
an OKR file goes through `sanitize.markdown_text`, so a file cannot add links, HTML or table
cells to the page.
"""

from __future__ import annotations

from collections import Counter

from okrlint.findings import Finding
from okrlint.renderers import Report
from okrlint.renderers.github import split_by_limit
from okrlint.renderers.statistics import SEVERITIES, rule_counts, summary_line
from okrlint.sanitize import markdown_text

MAX_ROWS = 500  # GitHub takes at most 1 MiB of summary per step; the log and SARIF have every finding


def render(report: Report) -> str:
    # A blank line first: the file may end in another step's paragraph. The summary line is
    # okrlint's own words and numbers, no user text.
    lines = ["", "## okrlint", "", f"**{summary_line(report.summary, report.findings)}**", ""]
    if report.findings:
        lines += _by_rule(report.findings) + _by_file(report.findings)
        _, rest = split_by_limit(report.findings)
        if rest:
            lines += _not_annotated(rest)
    return "\n".join(lines) + "\n"


def _by_rule(findings: list[Finding]) -> list[str]:
    rows = ["### Findings by rule", "", "| rule | findings |", "| --- | ---: |"]
    rows += [f"| {markdown_text(c.code)} {markdown_text(c.rule)} | {c.count} |" for c in rule_counts(findings)]
    return rows + [""]


def _by_file(findings: list[Finding]) -> list[str]:
    per_file: dict[str, Counter] = {}
    for finding in findings:
        per_file.setdefault(finding.path, Counter())[finding.severity] += 1
    rows = ["### Findings by file", "", "| file | " + " | ".join(s.value + "s" for s in SEVERITIES) + " |",
            "| --- |" + " ---: |" * len(SEVERITIES)]
    for path, counts in list(per_file.items())[:MAX_ROWS]:
        rows.append(f"| {markdown_text(path or '(okrlint)')} | " + " | ".join(str(counts[s]) for s in SEVERITIES) + " |")
    if len(per_file) > MAX_ROWS:
        rows.append(f"| … and {len(per_file) - MAX_ROWS} more files | " + " | ".join("" for _ in SEVERITIES) + " |")
    return rows + [""]


def _not_annotated(rest: list[Finding]) -> list[str]:
    rows = [f"### Not shown as annotations ({len(rest)})", "",
            "GitHub shows 10 annotations of each kind per step; these findings are in the log too.", "",
            "| location | severity | rule | message |", "| --- | --- | --- | --- |"]
    for finding in rest[:MAX_ROWS]:
        where = markdown_text(f"{finding.path}:{finding.line}:{finding.column}")
        rows.append(f"| {where} | {finding.severity.value} | {markdown_text(finding.code)} {markdown_text(finding.rule)} | "
                    f"{markdown_text(finding.message)} |")
    if len(rest) > MAX_ROWS:
        rows.append(f"| … and {len(rest) - MAX_ROWS} more | | | |")
    return rows + [""]
