"""Findings as plain lists and back: how the result cache keeps them, a FindingStore spills them and a worker sends them.

Apart from okrlint/result_cache.py so that a run without the cache (`--no-cache`, one file in a
pre-commit hook) never imports the cache, and a spilled FindingStore reads its findings the
same way a cache replay does: strings interned, recurring evidence and suggestions shared.
"""

from __future__ import annotations

import marshal
from sys import intern
from typing import Any, Callable

from okrlint.findings import Edit, Evidence, EvidenceSpan, Finding, Fix, Severity, Span, Suggestion, new_span


def finding_entry(f: Finding) -> list[Any]:
    span = f.span
    evidence = _evidence_entry(f.evidence) if f.evidence else None
    suggestion = _suggestion_entry(f.suggestion) if f.suggestion is not None else None
    return [f.path, [span.line, span.column, span.end_line, span.end_column, span.cell], f.code, f.rule,
            f.severity.value, f.message, f.lang, f.target, f.text, evidence, suggestion]


def _evidence_entry(evidence: Evidence) -> list[Any]:
    return [evidence.reason, [[s.start, s.end, s.text] for s in evidence.spans]]


def _suggestion_entry(suggestion: Suggestion) -> list[Any]:
    fix = suggestion.fix
    return [suggestion.template, None if fix is None else [fix.description, [
        [e.span.line, e.span.column, e.span.end_line, e.span.end_column, e.span.cell, e.text] for e in fix.edits]]]


def finding_record(finding: Finding) -> list[Any]:
    """A finding whole as plain values: its cache entry and the lines its fix moves (kept for --fix).

    How a FindingStore spills findings, and how a worker sends them (pickling the dataclasses
    themselves cost each side ~3 times as much)."""
    fix = finding.suggestion.fix if finding.suggestion is not None else None
    return [*finding_entry(finding), list(fix.moves) if fix is not None and fix.moves else None]


def finding_from_record(record: list[Any]) -> Finding:
    """The finding `finding_record` gave, its strings and values shared as `finding_from` shares them.

    A suggestion whose fix moves lines is its finding's own (its edits name the finding's lines): it is
    built once, with its moves, and never looked up in nor kept among the shared values (~3,900 of a
    1,000-file run were one marshal key and one entry each, of the SHARED_VALUES_BOUND meant for the
    evidence and suggestions that recur)."""
    *entry, moves = record
    suggestion = entry[10]
    if moves is None or suggestion is None or suggestion[1] is None:
        return finding_from(entry)
    entry[10] = None
    finding = finding_from(entry)
    finding.suggestion = _suggestion_from(suggestion, tuple(moves))
    return finding


def finding_from(raw: list[Any]) -> Finding:
    """A finding from its cache entry, its strings shared (sys.intern): every finding of a file
    names the file, the findings on one KR quote the same text, and a run of 10,000 files holds
    ~160,000 findings, most with one of a few hundred codes, rules, targets, reasons, rewrite
    shapes and messages. Only the replayed findings are held this way; they are all kept to the
    end of the run (the report is sorted), so sharing is what keeps them small."""
    path, span, code, rule, severity, message, lang, target, text, evidence, suggestion = raw
    line, column, end_line, end_column, cell = span
    return Finding(path=intern(str(path)), span=new_span(int(line), int(column), int(end_line), int(end_column), str(cell)),
                   code=intern(str(code)), rule=intern(str(rule)), severity=_SEVERITIES.get(severity) or Severity(severity),
                   message=intern(str(message)), lang=intern(str(lang)), target=intern(str(target)), text=intern(str(text)),
                   evidence=None if evidence is None else _shared_value(_EVIDENCE, evidence, _evidence_from),
                   suggestion=None if suggestion is None else _shared_value(_SUGGESTION, suggestion, _suggestion_from))


def _evidence_from(evidence: Any) -> Evidence:
    reason, spans = evidence
    return Evidence(intern(str(reason)), tuple(EvidenceSpan(int(a), int(b), intern(str(t))) for a, b, t in spans))


def _suggestion_from(suggestion: Any, moves: tuple[int, ...] = ()) -> Suggestion:
    template, fix = suggestion
    found_fix = None
    if fix is not None:
        description, edits = fix
        found_fix = Fix(str(description), tuple(Edit(Span(int(l), int(c), int(el), int(ec), str(cell)), str(t))
                                                for l, c, el, ec, cell, t in edits), moves)
    return Suggestion(intern(str(template)), found_fix)


# Evidence and suggestions are frozen values that recur across findings (the same trigger words
# quoted, the same rewrite shape and fix): building them was ~40% of replaying a finding (~6 µs
# of ~15). Equal entries give one shared value per run, as index.shared_facts does for facts;
# the key is the entry's marshal bytes (exact types: 1, 1.0 and True stay apart). Bounded, and
# emptied at the end of a run (forget_shared_values).
SHARED_VALUES_BOUND = 20_000
_EVIDENCE, _SUGGESTION = b"e", b"s"
_shared_values: dict[bytes, Any] = {}


def _shared_value(kind: bytes, raw: Any, build: Callable[[Any], Any]) -> Any:
    try:
        key = kind + marshal.dumps(raw, 2)  # version 2: no back-references, so equal values give equal bytes
    except ValueError:  # not plain data: built as it is (and fails as it did)
        return build(raw)
    known = _shared_values.get(key)
    if known is None:
        known = build(raw)
        if len(_shared_values) < SHARED_VALUES_BOUND:
            _shared_values[key] = known
    return known


def forget_shared_values() -> None:
    """The end of a run: its findings' values are no longer shared with the next run's."""
    _shared_values.clear()


def share_strings(finding: Finding) -> Finding:
    """The finding with its own strings interned as `finding_from` does."""
    finding.path, finding.code, finding.rule = intern(finding.path), intern(finding.code), intern(finding.rule)
    finding.message, finding.lang = intern(finding.message), intern(finding.lang)
    finding.target, finding.text = intern(finding.target), intern(finding.text)
    return finding


def share_values(finding: Finding) -> Finding:
    """A finding made in this process, shared as `finding_from` shares what it reads: its strings
    interned, its evidence and suggestion the run's one value of each (kept by their cache entry's
    exact bytes). The JSON report writes a shared value once (renderers.FindingJson). A suggestion
    whose fix moves lines is left as it is: the shared values are the entries', which have no moves."""
    share_strings(finding)
    evidence, suggestion = finding.evidence, finding.suggestion
    if evidence is not None:
        finding.evidence = _shared_value(_EVIDENCE, _evidence_entry(evidence), lambda _: evidence)
    if suggestion is not None and (suggestion.fix is None or not suggestion.fix.moves):
        finding.suggestion = _shared_value(_SUGGESTION, _suggestion_entry(suggestion), lambda _: suggestion)
    return finding


_SEVERITIES = {s.value: s for s in Severity}  # Severity(value) is an enum call per finding; a wrong one still raises ValueError
