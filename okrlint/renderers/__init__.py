"""Output formats. Each renderer turns the same Report into text and knows nothing of rules.

A renderer module exposes `render(report: Report) -> str`. The rich `text` renderer also has
`print_report(report, console)` so it can colour a terminal. The formats that stream (json,
sarif, gitlab, concise) also have `render_chunks(report)`: the same text in pieces, so a large
report is never one string.

The contract: `report.findings` is in report order and may be read more than once; it may be a
FindingStore (okrlint/finding_store.py) that holds a large run's findings in a temporary file,
so a renderer that streams reads it once, front to back, and takes counts from
`finding_store.tally_of` (the statistics helpers do) rather than from a list. A format that
needs the findings in another order (github: most severe first; junit) sorts its own copy.
"""

from __future__ import annotations

import importlib
import json as _json  # not `json`: importing the submodule renderers.json rebinds that name here
import math
from dataclasses import dataclass, field, replace
from json.encoder import encode_basestring  # C-accelerated; the same escaping as json.dumps(ensure_ascii=False)
from typing import Any, Callable, Iterable, Iterator, TypeVar

from okrlint.finding_store import FindingStore, FindingView, tally_of
from okrlint.findings import Edit, Evidence, EvidenceSpan, Finding, Fix, RuleDoc, RunSummary, Severity, Suggestion
from okrlint.sanitize import shown, shown_path

FORMATS = ("text", "concise", "json", "github", "sarif", "junit", "gitlab", "html")
HUMAN_FORMATS = ("text", "concise", "github", "junit")  # read by people or CI logs: user data is escaped
T = TypeVar("T")


Findings = list[Finding] | FindingStore | FindingView  # in report order, readable more than once


@dataclass(slots=True)
class Report:
    """What every renderer takes: the findings, their summary, the rules' docs and the run's options."""

    findings: Findings
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


def chunk_renderer(name: str) -> Callable[[Report], Iterable[str]]:
    """The format's text in pieces to write as they are made (`render_chunks`), or its whole text as one piece."""
    render = renderer(name)
    return getattr(importlib.import_module(f"okrlint.renderers.{name}"), "render_chunks", lambda report: (render(report),))


def for_humans(report: Report) -> Report:
    """The report with every string from user files escaped (see okrlint.sanitize)."""
    findings: Findings
    if isinstance(report.findings, list):
        findings = [_shown_finding(f) for f in report.findings]
    else:  # escaped as they are read
        findings = FindingView(report.findings, _shown_finding, tally_of(report.findings).renamed(shown, shown_path))
    return replace(report, findings=findings, files=[shown_path(p) for p in report.files])


def _shown_finding(f: Finding) -> Finding:
    if _shown_as_is(f):
        return f  # nearly every finding: escaping would copy it (and its span and evidence) unchanged
    return replace(f, path=shown_path(f.path), span=replace(f.span, cell=shown(f.span.cell)), code=shown(f.code),
                   rule=shown(f.rule), message=shown(f.message),
                   target=shown(f.target), text=shown(f.text), evidence=_shown_evidence(f.evidence, f.text))


def _shown_as_is(f: Finding) -> bool:
    """Whether escaping leaves the finding as it is: all its strings safe (one scan of them joined), its path
    not starting with `:`."""
    path, cell, code, rule, message, target, text = f.path, f.span.cell, f.code, f.rule, f.message, f.target, f.text
    # the fields' types checked one by one, not by a generator over a list (~0.5 µs a finding)
    if not (type(path) is str and type(cell) is str and type(code) is str and type(rule) is str and type(message) is str
            and type(target) is str and type(text) is str) or path.startswith(":"):
        return False  # escaped field by field, as ever (and any error raised as it was)
    parts = [path, cell, code, rule, message, target, text]
    if f.evidence is not None:
        for span in f.evidence.spans:
            if type(span.text) is not str:
                return False
            parts.append(span.text)
    joined = "".join(parts)
    # Every character `shown` escapes (controls, line and paragraph separators, bidi formatting) is one
    # str.isprintable rejects: a printable text is shown as it is, and isprintable scans ~2x faster than the regex
    return joined.isprintable() or shown(joined) == joined


def _shown_evidence(evidence: Evidence | None, text: str) -> Evidence | None:
    """Evidence whose offsets point into the escaped text (an escape is longer than its character)."""
    if evidence is None:
        return None
    spans = tuple(EvidenceSpan(len(shown(text[:s.start])), len(shown(text[:s.end])), shown(s.text)) for s in evidence.spans)
    return Evidence(evidence.reason, spans)


CHUNK = 1 << 20  # characters: streamed reports are written in pieces of about this size


def json_array(items: Iterable[dict], indent: str = "", end: str = "") -> str:
    """The text `json.dumps(list(items), indent=2)` gives at `indent` (and then `end`), built one item at a time."""
    return "".join(json_array_chunks(items, pretty_json, indent, end))


def json_array_chunks(items: Iterable[T], write: Callable[[T, str], str], indent: str = "", end: str = "") -> Iterator[str]:
    """`json_array`'s text in pieces of about CHUNK characters, each item written by `write(item, its indent)`.

    A whole report at once keeps every item's dict and the indenting encoder's pieces alive
    together (80,000 findings peaked at ~500 MB), and a joined report is one more copy of it: a
    streamed report holds one piece at a time.
    """
    inner = indent + "  "
    parts: list[str] = []
    size = 0
    for item in items:
        text = write(item, inner)
        parts += (",\n" if parts or size else "[\n", inner, text)
        size += len(text)
        if size >= CHUNK:
            yield "".join(parts)
            parts, size = [], 1  # size > 0: the array has begun
    if not parts and not size:
        yield "[]" + end
        return
    parts.append("\n" + indent + "]" + end)
    yield "".join(parts)


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
    kind = type(value)
    if kind is dict:
        if not value:
            return "{}"
        scalars, keys = _SCALARS, _KEYS
        if len(keys) >= _KEYS_BOUND:
            keys.clear()
        items = []
        for k, v in value.items():  # type: ignore[attr-defined]
            key = keys.get(k) if type(k) is str else None
            if key is None:
                if type(k) is not str:
                    return _json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)  # json.dumps decides
                key = keys[k] = encode_basestring(k)
            scalar = scalars.get(type(v))  # `_value` written out: ~400,000 values in a 12,800-finding SARIF log
            items.append(f"{inner}{key}: {scalar(v) if scalar is not None else pretty_json(v, inner)}")
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        scalars = _SCALARS
        items = []
        for v in value:  # type: ignore[attr-defined]
            scalar = scalars.get(type(v))
            items.append(inner + (scalar(v) if scalar is not None else pretty_json(v, inner)))
        return "[\n" + ",\n".join(items) + "\n" + indent + "]"
    return _json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)


# Each dict key as JSON, the first time it is written: the keys of a SARIF or GitLab report are a few
# dozen names, written ~200,000 times. Bounded: emptied when full (keys may come from user data).
_KEYS: dict[str, str] = {}
_KEYS_BOUND = 4096


def _value(value: object, indent: str) -> str:
    scalar = _SCALARS.get(type(value))
    return scalar(value) if scalar is not None else pretty_json(value, indent)


_SCALARS: dict[type, Callable[[Any], str]] = {
    str: encode_basestring, int: int.__repr__, type(None): lambda _: "null", bool: lambda v: "true" if v else "false",
    float: lambda v: float.__repr__(v) if math.isfinite(v) else _json.dumps(v),
}


def json_with_array(document: dict, placeholder: str, items: Iterable[dict]) -> str:
    """`document` as indented JSON, with the string `placeholder` replaced by the array of `items`."""
    return "".join(json_with_array_chunks(document, placeholder, items, pretty_json))


def json_with_array_chunks(document: dict, placeholder: str, items: Iterable[T], write: Callable[[T, str], str]) -> Iterator[str]:
    """`json_with_array`'s text in pieces, each item written by `write(item, its indent)`."""
    text = _json.dumps(document, ensure_ascii=False, indent=2)
    marker = _json.dumps(placeholder)
    at = text.index(marker)
    line = text[text.rfind("\n", 0, at) + 1: at]
    indent = line[: len(line) - len(line.lstrip())]
    yield text[:at]
    yield from json_array_chunks(items, write, indent)
    yield text[at + len(marker):] + "\n"


def finding_json(finding: Finding, indent: str = "") -> str:
    """`pretty_json(finding.to_dict(), indent)`, written field by field: the JSON report's inner loop.

    12,800 findings took ~0.2-0.4 s through the generic encoder (a dict per finding, then a walk
    over it); this writes the same characters without the dicts. A test compares the two.
    """
    return FindingJson()(finding, indent)


class FindingJson:
    """`finding_json` for the findings of one report, which share their evidence and suggestions.

    A worker's findings arrive with equal evidence and suggestions as one object each
    (finding_records.finding_from), ~2,500 of them among 12,800 findings of a 1,000-file run: each
    object's JSON is written once, and kept by identity (exact; the object is held with it). The
    fields are one %-format of a template per indent: ~10 µs a finding became ~4 (run at the end
    of a large run, on no other core).
    """

    def __init__(self) -> None:
        self._written: dict[int, tuple[object, str, str]] = {}  # id → (the object, its indent, its JSON)
        self._templates: dict[str, tuple[str, str]] = {}  # indent → (whole, open)
        # each string as JSON: paths, codes, rules, messages and texts recur across findings
        self._encoded: dict[str, str] = _Encoded()

    def __call__(self, finding: Finding, indent: str = "") -> str:
        span = finding.span
        line, column, end_line, end_column = span.line, span.column, span.end_line, span.end_column
        if not (type(line) is int and type(column) is int and type(end_line) is int and type(end_column) is int):
            return _generic_finding_json(finding, indent)  # a number of another type: json.dumps decides how it looks
        inner = indent + "  "
        cell = span.cell
        # without a cell (nearly always) the template closes the object too: no second copy of the text
        templates = self._templates.get(indent) or self._templates.setdefault(indent, _finding_templates(indent))
        try:
            encoded = self._encoded
            if len(encoded) >= _WRITTEN_BOUND:
                encoded.clear()
            text = templates[bool(cell)] % (
                encoded[finding.path], line, column, end_line, end_column, encoded[finding.code], encoded[finding.rule],
                encoded[finding.severity.value], encoded[finding.message], encoded[finding.lang], encoded[finding.target],
                encoded[finding.text], self._part(finding.evidence, inner, _evidence_json), self._suggestion(finding.suggestion, inner))
        except TypeError:  # a text field that is no string
            return _generic_finding_json(finding, indent)
        if cell:
            return "".join((text, ",\n", inner, '"cell": ', _scalar(cell, inner), "\n", indent, "}"))
        return text

    def _suggestion(self, suggestion: Suggestion | None, indent: str) -> str:
        """A suggestion's JSON; one whose fix moves lines is its finding's own (never shared), so it is not kept."""
        if suggestion is None:
            return "null"
        fix = suggestion.fix
        if fix is None or not fix.moves:
            return self._part(suggestion, indent, _suggestion_json)
        # ~3,900 of a 1,000-file run, each written once: keeping them cost more than it saved
        values = _edit_values(fix.edits) if fix.edits and type(suggestion.template) is str and type(fix.description) is str else None
        if values is None:
            return _suggestion_json(suggestion, indent)
        encoded = self._encoded  # the template and the description are a few strings, written ~3,900 times
        return _fixed_suggestion_template(indent, len(fix.edits)) % (
            encoded[suggestion.template] if suggestion.template else "null", encoded[fix.description], *values)

    def _part(self, value: Any, indent: str, write: Callable[[Any, str], str]) -> str:
        if value is None:
            return "null"
        known = self._written.get(id(value))
        if known is not None and known[0] is value and known[1] == indent:
            return known[2]
        text = write(value, indent)
        if len(self._written) >= _WRITTEN_BOUND:
            self._written.clear()
        self._written[id(value)] = (value, indent, text)
        return text


class _Encoded(dict):
    """A string's JSON, made the first time it is asked for (a string key that is no str raises TypeError)."""

    def __missing__(self, text: str) -> str:
        if type(text) is not str:  # an equal str subclass or another type: never taken for the str's JSON
            raise TypeError(type(text).__name__)
        self[text] = encoded = encode_basestring(text)
        return encoded


_WRITTEN_BOUND = 20_000  # as many as finding_records shares: one report's evidence and suggestions


def _finding_templates(indent: str) -> tuple[str, str]:
    """A finding's JSON with a %-field for each value: whole (no `cell`), and open before its closing brace (for the `cell`)."""
    inner = indent + "  "
    names = ("path", "line", "column", "end_line", "end_column", "code", "rule", "severity", "message", "lang", "target",
             "text", "evidence", "suggestion")
    numbers = {"line", "column", "end_line", "end_column"}
    open_ = "{\n" + inner + (",\n" + inner).join(f'"{name}": {"%d" if name in numbers else "%s"}' for name in names)
    return open_ + "\n" + indent + "}", open_


def _generic_finding_json(finding: Finding, indent: str) -> str:
    inner = indent + "  "
    span = finding.span
    head = ",\n" + inner
    fields = (("path", finding.path), ("line", span.line), ("column", span.column), ("end_line", span.end_line),
              ("end_column", span.end_column), ("code", finding.code), ("rule", finding.rule),
              ("severity", finding.severity.value), ("message", finding.message), ("lang", finding.lang),
              ("target", finding.target), ("text", finding.text))
    parts = ["{\n", inner, head.join([f'"{name}": {_scalar(value, inner)}' for name, value in fields]),
             head, '"evidence": ', "null" if finding.evidence is None else _evidence_json(finding.evidence, inner),
             head, '"suggestion": ', "null" if finding.suggestion is None else _suggestion_json(finding.suggestion, inner)]
    if span.cell:
        parts += (head, '"cell": ', _scalar(span.cell, inner))
    parts += ("\n", indent, "}")
    return "".join(parts)


def _scalar(value: object, indent: str) -> str:
    """`_value` with its two common cases first (a field of a finding is nearly always a str or an int)."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is int:
        return int.__repr__(value)  # type: ignore[arg-type]
    return _value(value, indent)


def _suggestion_json(suggestion: Suggestion, indent: str) -> str:
    """`pretty_json(suggestion.to_dict(), indent)`."""
    inner = indent + "  "
    fix = suggestion.fix
    if fix is not None and fix.edits:
        values = _edit_values(fix.edits)
        if values is not None:  # the whole suggestion one %-format: a move fix's was ~4.5 µs as nested templates, ~2 µs so
            return _fixed_suggestion_template(indent, len(fix.edits)) % (
                _scalar(suggestion.template or None, inner), _scalar(fix.description, inner + "  "), *values)
    return _suggestion_template(indent) % (_scalar(suggestion.template or None, inner), "null" if fix is None else _fix_json(fix, inner))


def _edit_values(edits: tuple[Edit, ...]) -> list[Any] | None:
    """Each edit's line, column, end line, end column and text as JSON, in order; None when one is not ints and a string."""
    values: list[Any] = []
    for edit in edits:
        span, text = edit.span, edit.text
        line, column, end_line, end_column = span.line, span.column, span.end_line, span.end_column
        if not (type(line) is int and type(column) is int and type(end_line) is int and type(end_column) is int
                and type(text) is str):
            return None  # written as pretty_json writes it (_fix_json)
        values += (line, column, end_line, end_column, encode_basestring(text))
    return values


_fixed_suggestion_templates: dict[tuple[str, int], str] = {}


def _fixed_suggestion_template(indent: str, edits: int) -> str:
    """A suggestion at `indent` whose fix has `edits` edits: %s for its template's JSON, %s for the fix's
    description, then each edit's four %d and its text's %s (what _suggestion_json and _fix_json write)."""
    template = _fixed_suggestion_templates.get((indent, edits))
    if template is None:
        head, row, tail = _records_templates("description", "edits", _EDIT_FIELDS, indent + "  ")
        fix = head + ",\n".join([row] * edits) + tail
        # the suggestion's own fields substituted by themselves: its template's %s stays, the fix goes in as written
        template = _fixed_suggestion_templates[(indent, edits)] = _suggestion_template(indent) % ("%s", fix)
    return template


def _fix_json(fix: Fix, indent: str) -> str:
    """`pretty_json(fix.to_dict(), indent)`."""
    edits = fix.edits
    if not edits:
        return pretty_json(fix.to_dict(), indent)
    head, row, tail = _records_templates("description", "edits", _EDIT_FIELDS, indent)
    rows = []
    for edit in edits:  # each row one %-format: a move fix's three edits were most of its finding's JSON
        span, text = edit.span, edit.text
        line, column, end_line, end_column = span.line, span.column, span.end_line, span.end_column
        if not (type(line) is int and type(column) is int and type(end_line) is int and type(end_column) is int
                and type(text) is str):  # another type: written as pretty_json writes it
            records = [(e.span.line, e.span.column, e.span.end_line, e.span.end_column, e.text) for e in edits]
            return _with_records(("description", fix.description), "edits", _EDIT_FIELDS, records, indent)
        rows.append(row % (line, column, end_line, end_column, encode_basestring(text)))
    return "".join((head % _scalar(fix.description, indent + "  "), ",\n".join(rows), tail))


def _evidence_json(evidence: Evidence, indent: str) -> str:
    """`pretty_json(evidence.to_dict(), indent)`."""
    spans = evidence.spans
    if not spans:
        return pretty_json(evidence.to_dict(), indent)
    head, row, tail = _records_templates("reason", "spans", _SPAN_FIELDS, indent)
    rows = []
    for span in spans:
        start, end, text = span.start, span.end, span.text
        if not (type(start) is int and type(end) is int and type(text) is str):  # as in _fix_json
            records = [(s.start, s.end, s.text) for s in spans]
            return _with_records(("reason", evidence.reason), "spans", _SPAN_FIELDS, records, indent)
        rows.append(row % (start, end, encode_basestring(text)))
    return "".join((head % _scalar(evidence.reason, indent + "  "), ",\n".join(rows), tail))


_EDIT_FIELDS = ("line", "column", "end_line", "end_column", "text")
_SPAN_FIELDS = ("start", "end", "text")
_suggestion_templates: dict[str, str] = {}
_records_template_sets: dict[tuple[str, str, tuple[str, ...], str], tuple[str, str, str]] = {}


def _suggestion_template(indent: str) -> str:
    """A suggestion at `indent`: %s for its template's JSON and for its fix's."""
    template = _suggestion_templates.get(indent)
    if template is None:
        inner = indent + "  "
        template = _suggestion_templates[indent] = "".join(("{\n", inner, '"template": %s,\n', inner, '"fix": %s\n',
                                                             indent, "}"))
    return template


def _records_templates(first: str, name: str, fields: tuple[str, ...], indent: str) -> tuple[str, str, str]:
    """What `_with_records` writes around its rows (the head with %s for `first`'s value, the tail), and one row's template."""
    key = (first, name, fields, indent)
    templates = _records_template_sets.get(key)
    if templates is None:
        inner = indent + "  "
        head = "".join(("{\n", inner, f'"{first}": %s,\n', inner, f'"{name}": [\n'))
        templates = _records_template_sets[key] = (head, _record_template(fields, inner + "  "), "".join(("\n", inner, "]\n", indent, "}")))
    return templates


def _with_records(first: tuple[str, Any], name: str, fields: tuple[str, ...], records: list[tuple[Any, ...]], indent: str) -> str:
    """`pretty_json({first: …, name: [{…}, …]}, indent)` for a scalar and a non-empty list of flat records of `fields`.

    A record of numbers then a text (every edit and evidence span okrlint makes) is one %-format
    of a template: a move fix's edits were ~3 of the ~10 µs of its finding's JSON."""
    inner = indent + "  "
    item = inner + "  "
    field_indent = item + "  "
    rows = []
    for values in records:
        *numbers, text = values
        if type(text) is str and all(type(n) is int for n in numbers):
            rows.append(_record_template(fields, item) % (*numbers, encode_basestring(text)))
        else:  # another type: written as pretty_json writes it
            rows.append("".join((item, "{\n", field_indent,
                                 (",\n" + field_indent).join(f'"{n}": {_scalar(v, field_indent)}' for n, v in zip(fields, values)),
                                 "\n", item, "}")))
    return "".join(("{\n", inner, f'"{first[0]}": ', _scalar(first[1], inner), ",\n", inner, f'"{name}": [\n',
                    ",\n".join(rows), "\n", inner, "]\n", indent, "}"))


_record_templates: dict[tuple[tuple[str, ...], str], str] = {}


def _record_template(fields: tuple[str, ...], item: str) -> str:
    """A record at indent `item`: %d for each number field, %s for the last (a text, as JSON)."""
    template = _record_templates.get((fields, item))
    if template is None:
        field_indent = item + "  "
        parts = [f'"{name}": %d' for name in fields[:-1]] + [f'"{fields[-1]}": %s']
        template = _record_templates[(fields, item)] = "".join((item, "{\n", field_indent, (",\n" + field_indent).join(parts),
                                                               "\n", item, "}"))
    return template
