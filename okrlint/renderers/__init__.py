"""Output formats. Each renderer turns the same Report into text and knows nothing of rules.

A renderer module exposes `render(report: Report) -> str`. The rich `text` renderer also has
`print_report(report, console)` so it can colour a terminal.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field, replace
from typing import Callable

from okrlint.findings import Evidence, EvidenceSpan, Finding, RuleDoc, RunSummary
from okrlint.sanitize import shown, shown_path

FORMATS = ("text", "concise", "json", "github", "sarif", "junit", "gitlab")
HUMAN_FORMATS = ("text", "concise", "github", "junit")  # read by people or CI logs: user data is escaped


@dataclass(slots=True)
class Report:
    findings: list[Finding]
    summary: RunSummary
    rules: list[RuleDoc] = field(default_factory=list)  # every known rule (SARIF lists them)
    version: str = ""
    show_statistics: bool = False
    files: list[str] = field(default_factory=list)  # every linted file as shown, clean ones too (JUnit lists them)


def renderer(name: str) -> Callable[[Report], str]:
    """The render function of a format (imported on demand, so unused formats cost nothing)."""
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; choose from {', '.join(FORMATS)}")
    return importlib.import_module(f"okrlint.renderers.{name}").render


def for_humans(report: Report) -> Report:
    """The report with every string from user files escaped (see okrlint.sanitize)."""
    findings = [
        Finding(path=shown_path(f.path), span=f.span, code=shown(f.code), rule=shown(f.rule), severity=f.severity,
                message=shown(f.message), lang=f.lang, target=shown(f.target), text=shown(f.text),
                evidence=_shown_evidence(f.evidence, f.text))
        for f in report.findings
    ]
    return replace(report, findings=findings, files=[shown_path(p) for p in report.files])


def _shown_evidence(evidence: Evidence | None, text: str) -> Evidence | None:
    """Evidence whose offsets point into the escaped text (an escape is longer than its character)."""
    if evidence is None:
        return None
    spans = tuple(EvidenceSpan(len(shown(text[:s.start])), len(shown(text[:s.end])), shown(s.text)) for s in evidence.spans)
    return Evidence(evidence.reason, spans)
