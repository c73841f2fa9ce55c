"""Output formats. Each renderer turns the same Report into text and knows nothing of rules.

A renderer module exposes `render(report: Report) -> str`. The rich `text` renderer also has
`print_report(report, console)` so it can colour a terminal.
"""

from __future__ import annotations

import importlib
import json as _json  # not `json`: importing the submodule renderers.json rebinds that name here
import math
from dataclasses import dataclass, field, replace
from json.encoder import encode_basestring  # C-accelerated; the same escaping as json.dumps(ensure_ascii=False)
from typing import Any, Callable, Iterable

from okrlint.findings import Evidence, EvidenceSpan, Finding, RuleDoc, RunSummary, Severity
from okrlint.sanitize import shown, shown_path

FORMATS = ("text", "concise", "json", "github", "sarif", "junit", "gitlab", "html")
HUMAN_FORMATS = ("text", "concise", "github", "junit")  # read by people or CI logs: user data is escaped


@dataclass(slots=True)
class Report:
    findings: list[Finding]
    summary: RunSummary
    rules: list[RuleDoc] = field(default_factory=list)  # every known rule (SARIF lists them)
    version: str = ""
    show_statistics: bool = False
    files: list[str] = field(default_factory=list)  # every linted file as shown, clean ones too (JUnit lists them)
    fail_on: Severity = Severity.WARNING  # findings at or above it fail the run (JUnit failures)
    show_summary: bool = True  # False under --quiet on a terminal: findings only
    system: dict | None = None  # the OKR system view (okrlint/views.py: tree and teams), for the HTML report


def renderer(name: str) -> Callable[[Report], str]:
    """The render function of a format (imported on demand, so unused formats cost nothing)."""
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; choose from {', '.join(FORMATS)}")
    return importlib.import_module(f"okrlint.renderers.{name}").render


def for_humans(report: Report) -> Report:
    """The report with every string from user files escaped (see okrlint.sanitize)."""
    findings = [
        replace(f, path=shown_path(f.path), span=replace(f.span, cell=shown(f.span.cell)), code=shown(f.code),
                rule=shown(f.rule), message=shown(f.message),
                target=shown(f.target), text=shown(f.text), evidence=_shown_evidence(f.evidence, f.text))
        for f in report.findings
    ]
    return replace(report, findings=findings, files=[shown_path(p) for p in report.files])


def _shown_evidence(evidence: Evidence | None, text: str) -> Evidence | None:
    """Evidence whose offsets point into the escaped text (an escape is longer than its character)."""
    if evidence is None:
        return None
    spans = tuple(EvidenceSpan(len(shown(text[:s.start])), len(shown(text[:s.end])), shown(s.text)) for s in evidence.spans)
    return Evidence(evidence.reason, spans)


def json_array(items: Iterable[dict], indent: str = "", end: str = "") -> str:
    """The text `json.dumps(list(items), indent=2)` gives at `indent` (and then `end`), built one item at a time.

    Dumping a whole report at once keeps every item's dict and the indenting encoder's pieces
    alive together: 80,000 findings peaked at ~500 MB. One at a time, only the output grows, and
    it is joined once (each `+` of the whole text would copy it again).
    """
    inner = indent + "  "
    parts = ["[\n"]
    for item in items:
        parts += (inner, pretty_json(item, inner), ",\n")
    if len(parts) == 1:
        return "[]" + end
    parts[-1] = "\n" + indent + "]" + end
    return "".join(parts)


def pretty_json(value: object, indent: str = "") -> str:
    """What `json.dumps(value, ensure_ascii=False, indent=2)` writes, at `indent`, character for character.

    json.dumps with an indent runs the pure-Python encoder (its C encoder has no indent): 1 s of
    a 12,000-finding report. Here strings go through the C string encoder and the rest is
    joined directly; anything unusual (a non-string key, a NaN, another type) is left to json.dumps.
    """
    scalar = _SCALARS.get(type(value))
    if scalar is not None:
        return scalar(value)
    inner = indent + "  "
    if type(value) is dict and all(type(k) is str for k in value):  # type: ignore[attr-defined]
        if not value:
            return "{}"
        items = [f"{inner}{encode_basestring(k)}: {_value(v, inner)}" for k, v in value.items()]  # type: ignore[attr-defined]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if type(value) in (list, tuple):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(inner + _value(v, inner) for v in value) + "\n" + indent + "]"  # type: ignore[attr-defined]
    return _json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)


def _value(value: object, indent: str) -> str:
    scalar = _SCALARS.get(type(value))
    return scalar(value) if scalar is not None else pretty_json(value, indent)


_SCALARS: dict[type, Callable[[Any], str]] = {
    str: encode_basestring, int: int.__repr__, type(None): lambda _: "null", bool: lambda v: "true" if v else "false",
    float: lambda v: float.__repr__(v) if math.isfinite(v) else _json.dumps(v),
}


def json_with_array(document: dict, placeholder: str, items: Iterable[dict]) -> str:
    """`document` as indented JSON, with the string `placeholder` replaced by the array of `items`."""
    text = _json.dumps(document, ensure_ascii=False, indent=2)
    marker = _json.dumps(placeholder)
    at = text.index(marker)
    line = text[text.rfind("\n", 0, at) + 1: at]
    indent = line[: len(line) - len(line.lstrip())]
    return "".join((text[:at], json_array(items, indent), text[at + len(marker):], "\n"))
