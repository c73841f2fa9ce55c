"""`--format gitlab`: a GitLab Code Quality report (the `artifacts:reports:codequality` JSON)."""

from __future__ import annotations

import hashlib
from collections import Counter

from okrlint.findings import Finding, Severity
from okrlint.renderers import Report, json_array

SEVERITIES = {Severity.INFO: "info", Severity.WARNING: "minor", Severity.ERROR: "major"}


def identity(finding: Finding) -> tuple:
    """What a finding is about, not where it sits: file, rule, OKR element and its text.

    GitLab compares fingerprints between the merge request and its target branch, so a line
    number in them would turn every finding below an inserted line into "fixed" plus "new".
    A finding on no OKR element (a YAML error) is told apart by its message instead.
    """
    if finding.target or finding.text:
        return (finding.path, finding.code, finding.target, finding.text)
    return (finding.path, finding.code, finding.message)


def fingerprints(findings: list[Finding]) -> list[str]:
    """A stable id per finding; GitLab drops all but one of equal fingerprints, so two identical
    findings are told apart by how many equal ones came before them."""
    seen: Counter[tuple] = Counter()
    out = []
    for f in findings:
        key = identity(f)
        occurrence = seen[key]
        seen[key] += 1
        raw = "\0".join(map(str, (*key, occurrence)))
        out.append(hashlib.md5(raw.encode("utf-8"), usedforsecurity=False).hexdigest())
    return out


def issue(finding: Finding, fingerprint: str) -> dict:
    return {
        "type": "issue",
        "description": f"{finding.code} [{finding.rule}] {finding.message}",
        "check_name": finding.code,
        "fingerprint": fingerprint,
        "severity": SEVERITIES[finding.severity],
        "location": {"path": finding.path, "lines": {"begin": finding.line, "end": finding.span.end_line}},
    }


def render(report: Report) -> str:
    return json_array(issue(f, fp) for f, fp in zip(report.findings, fingerprints(report.findings))) + "\n"
