"""`--format gitlab`: a GitLab Code Quality report (the `artifacts:reports:codequality` JSON)."""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Iterable, Iterator

from okrlint.findings import Finding, Severity
from okrlint.renderers import Report, json_array_chunks, pretty_json

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


def fingerprints(findings: Iterable[Finding]) -> list[str]:
    """A stable id per finding; GitLab drops all but one of equal fingerprints, so two identical
    findings are told apart by how many equal ones came before them."""
    return [fingerprint for _, fingerprint in fingerprinted(findings)]


def fingerprinted(findings: Iterable[Finding]) -> Iterator[tuple[Finding, str]]:
    """Each finding with its fingerprint, as they come in report order (a file's findings together).

    An identity starts with the path, so only the current file's identities are counted."""
    seen: Counter[tuple] = Counter()
    counted_path: str | None = None
    for f in findings:
        if f.path != counted_path:
            seen.clear()  # a new file: no identity of the earlier ones can come again
        counted_path = f.path
        key = identity(f)
        occurrence = seen[key]
        seen[key] += 1
        raw = "\0".join(map(str, (*key, occurrence)))
        yield f, hashlib.md5(raw.encode("utf-8"), usedforsecurity=False).hexdigest()


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
    return "".join(render_chunks(report))


def render_chunks(report: Report) -> Iterable[str]:
    return json_array_chunks((issue(f, fp) for f, fp in fingerprinted(report.findings)), pretty_json, end="\n")
