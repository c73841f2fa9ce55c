"""`--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers."""

from __future__ import annotations

from functools import lru_cache
from pathlib import PurePosixPath
from typing import Iterator
from urllib.parse import quote

from okrlint.findings import Finding, Fix, RuleDoc, Severity
from okrlint.links import REPOSITORY
from okrlint.renderers import Report, json_with_array_chunks, pretty_json

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = REPOSITORY
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> dict[str, str]:
    """A relative path stays relative to the checkout (%SRCROOT%); an absolute one becomes file://."""
    return dict(_artifact_uri(path))  # a dict of its own: the caller may change it


@lru_cache(maxsize=4096)
def _artifact_uri(path: str) -> dict[str, str]:
    """`artifact_uri`, once a path (a file's findings and fixes name it ~15 times; a PurePosixPath and a quote were ~35 µs)."""
    posix = PurePosixPath(path)
    if posix.is_absolute():
        return {"uri": "file://" + quote(str(posix))}
    return {"uri": quote(str(posix)), "uriBaseId": "%SRCROOT%"}


def rule_descriptor(rule: RuleDoc) -> dict:
    descriptor = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.rationale or rule.summary},
        "help": {"text": rule.rationale or rule.summary, **({"markdown": rule.help_markdown} if rule.help_markdown else {})},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["okr"]},
    }
    if rule.help_uri:
        descriptor["helpUri"] = rule.help_uri
    return descriptor


def result(finding: Finding, rule_index: dict[str, int]) -> dict:
    entry: dict = {"ruleId": finding.code}
    if finding.code in rule_index:
        entry["ruleIndex"] = rule_index[finding.code]
    entry["level"] = LEVELS[finding.severity]
    entry["message"] = {"text": finding.message}
    if finding.path:  # a finding about the run itself (a broken plugin) has no file
        span = finding.span
        region: dict = {"startLine": span.line, "startColumn": span.column, "endLine": span.end_line, "endColumn": span.end_column}
        if span.cell:  # a spreadsheet: the row is the line, the column number the column; people read the cell
            region["properties"] = {"cell": span.cell}
        entry["locations"] = [{"physicalLocation": {"artifactLocation": artifact_uri(finding.path), "region": region}}]
    if finding.evidence is not None:  # why, in OKR terms, and the trigger words (offsets into `text`)
        entry["properties"] = {"evidence": finding.evidence.to_dict(), "text": finding.text}
    suggestion = finding.suggestion
    if suggestion is not None and suggestion.template:  # a shape to fill in, not an edit: a property
        entry.setdefault("properties", {})["suggestion"] = suggestion.template
    if suggestion is not None and suggestion.fix is not None and finding.path:
        entry["fixes"] = [sarif_fix(suggestion.fix, finding.path)]
    return entry


def sarif_fix(fix: Fix, path: str) -> dict:
    """A safe fix as SARIF's `fixes`: replacements of regions of the one file the finding is in."""
    replacements = [{"deletedRegion": {"startLine": e.span.line, "startColumn": e.span.column,
                                       "endLine": e.span.end_line, "endColumn": e.span.end_column},
                     "insertedContent": {"text": e.text}} for e in fix.edits]
    return {"description": {"text": fix.description},
            "artifactChanges": [{"artifactLocation": artifact_uri(path), "replacements": replacements}]}


def render(report: Report) -> str:
    return "".join(render_chunks(report))


def render_chunks(report: Report) -> Iterator[str]:
    rule_index = {rule.code: i for i, rule in enumerate(report.rules)}
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "okrlint",
                "version": report.version,
                "informationUri": INFORMATION_URI,
                "rules": [rule_descriptor(rule) for rule in report.rules],
            }},
            # PyYAML counts columns in code points, not SARIF's default UTF-16 units.
            "columnKind": "unicodeCodePoints",
            "results": _RESULTS,
        }],
    }
    if report.show_statistics:  # a run property, as SARIF keeps tool-specific data
        from okrlint.renderers.statistics import as_dict

        log["runs"][0]["properties"] = {"statistics": as_dict(report.findings)}
    return json_with_array_chunks(log, _RESULTS, (result(f, rule_index) for f in report.findings), pretty_json)


_RESULTS = "\x00results"  # where the results go; no real string in the log is like it
