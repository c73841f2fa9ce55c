"""Counts under a report: the summary line, and `--statistics` (findings per rule) for every format."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from okrlint.finding_store import tally_of
from okrlint.findings import Finding, RunSummary, Severity

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)  # most severe first, as people read them


@dataclass(frozen=True, slots=True)
class RuleCount:
    """How many findings one rule produced."""

    code: str
    rule: str
    count: int


def rule_counts(findings: Iterable[Finding]) -> list[RuleCount]:
    """Findings per rule, most frequent first (then by code), as ruff's --statistics."""
    counts = tally_of(findings).by_rule
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [RuleCount(code, rule, count) for (code, rule), count in ranked]


def severity_counts(findings: Iterable[Finding]) -> dict[Severity, int]:
    """Findings per severity, only the severities that occur, most severe first."""
    # a list (one file's findings, under each file of the text report) is counted by severity alone:
    # a whole tally of it (rules, languages, paths) was ~1 µs a finding
    counts = Counter(finding.severity for finding in findings) if type(findings) is list else tally_of(findings).by_severity
    return {severity: counts[severity] for severity in SEVERITIES if counts[severity]}


def counted(number: int, noun: str) -> str:
    """"1 objective", "2 objectives", "0 key results"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def run_head(summary: RunSummary) -> str:
    """"7 files, 19 objectives, 66 key results" — what the run looked at."""
    return f"{counted(summary.files, 'file')}, {counted(summary.objectives, 'objective')}, {counted(summary.key_results, 'key result')}"


def findings_words(findings: Iterable[Finding]) -> str:
    """"52 warnings, 6 infos", or "no problems found"."""
    counts = severity_counts(findings)
    return ", ".join(counted(n, s.value) for s, n in counts.items()) if counts else "no problems found"


def summary_line(summary: RunSummary, findings: Iterable[Finding]) -> str:
    """The plain summary line: `7 files, 19 objectives, 66 key results: 52 warnings, 6 infos`."""
    return f"{run_head(summary)}: {findings_words(findings)}{baseline_note(summary)}"


def baseline_note(summary: RunSummary) -> str:
    """" (3 in the baseline, 1 stale baseline entry)" when a --baseline file was used."""
    parts = [f"{summary.baselined} in the baseline"] if summary.baselined else []
    if summary.stale_baseline:
        parts.append(f"{summary.stale_baseline} stale baseline {'entry' if summary.stale_baseline == 1 else 'entries'}")
    return f" ({', '.join(parts)})" if parts else ""


def table_lines(findings: Iterable[Finding]) -> list[str]:
    """`--statistics` as aligned text lines: count, code, rule."""
    return [f"{c.count:>5}  {c.code:7} {c.rule}" for c in rule_counts(findings)]


def as_dict(findings: Iterable[Finding]) -> dict:
    """`--statistics` for machine formats (JSON, SARIF)."""
    return {
        "total": tally_of(findings).total,
        "by_severity": {s.value: n for s, n in severity_counts(findings).items()},
        "by_rule": [{"code": c.code, "rule": c.rule, "count": c.count} for c in rule_counts(findings)],
    }
