"""The JSON renderers' fast encoder writes exactly what json.dumps(…, ensure_ascii=False, indent=2) writes."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from okrlint import renderers
from okrlint.findings import Edit, Evidence, EvidenceSpan, Finding, Fix, RunSummary, Severity, Span, Suggestion
from okrlint.renderers import Report, finding_json, json_array, pretty_json
from okrlint.renderers import json as json_renderer

SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | st.text()
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
                      | st.dictionaries(st.integers() | st.none() | st.booleans(), inner, max_size=3), max_leaves=20)


@settings(max_examples=400, deadline=None)
@given(VALUES)
def test_pretty_json_is_json_dumps_with_indent(value):
    assert pretty_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_a_finding_with_control_characters_and_han_text_is_escaped_as_json_dumps_does():
    finding = {"path": "okrs/团队.okr.yaml", "line": 3, "text": "Запустить\x1b[31m \u2028 \"x\"", "evidence": None,
               "suggestion": {"template": None, "fix": {"edits": [], "description": "移动"}}, "score": 0.5}
    assert json_array([finding, {}], "  ") == json.dumps([finding, {}], ensure_ascii=False, indent=2).replace("\n", "\n  ")


TEXT = st.text(max_size=12)
SPANS = st.builds(Span, st.integers(1, 10**6), st.integers(1, 500), st.integers(1, 10**6), st.integers(1, 500), st.sampled_from(["", "Q1!C7"]))
EVIDENCE = st.none() | st.builds(Evidence, TEXT, st.lists(st.builds(EvidenceSpan, st.integers(0, 99), st.integers(0, 99), TEXT),
                                                          max_size=3).map(tuple))
FIX = st.none() | st.builds(Fix, TEXT, st.lists(st.builds(Edit, SPANS, TEXT), max_size=2).map(tuple))
FINDINGS = st.builds(Finding, path=TEXT, span=SPANS, code=TEXT, rule=TEXT, severity=st.sampled_from(list(Severity)), message=TEXT,
                     lang=st.sampled_from(["ru", "en", "zh"]), target=TEXT, text=TEXT, evidence=EVIDENCE,
                     suggestion=st.none() | st.builds(Suggestion, TEXT, FIX))


@settings(max_examples=300, deadline=None)
@given(FINDINGS, st.sampled_from(["", "  ", "    "]))
def test_a_finding_is_written_as_pretty_json_of_its_dict(finding, indent):
    assert finding_json(finding, indent) == pretty_json(finding.to_dict(), indent)


@settings(max_examples=60, deadline=None)
@given(st.lists(FINDINGS, max_size=5))
def test_the_streamed_json_report_is_json_dumps_of_the_findings(findings):
    report = Report(findings, RunSummary())
    expected = json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=2) + "\n"
    assert "".join(json_renderer.render_chunks(report)) == expected == json_renderer.render(report)


def test_a_long_report_comes_in_pieces_that_join_to_the_whole(monkeypatch):
    monkeypatch.setattr(renderers, "CHUNK", 500)
    findings = [Finding(f"okrs/团队{n}.okr.yaml", Span(n, 1, n, 9), "OKR201", "task-not-outcome", Severity.WARNING, "Запустить",
                        "ru", evidence=Evidence("task-verb", (EvidenceSpan(0, 9, "Запустить"),))) for n in range(1, 40)]
    report = Report(findings, RunSummary(), show_statistics=True)
    pieces = list(json_renderer.render_chunks(report))
    assert len(pieces) > 5
    assert json.loads("".join(pieces))["findings"] == [f.to_dict() for f in findings]


MOVE_FIX = st.builds(Fix, TEXT, st.lists(st.builds(Edit, SPANS, TEXT), min_size=1, max_size=4).map(tuple),
                     st.lists(st.integers(1, 99), min_size=1, max_size=3).map(tuple))
MOVED = st.builds(Finding, path=TEXT, span=SPANS, code=TEXT, rule=TEXT, severity=st.sampled_from(list(Severity)), message=TEXT,
                  lang=st.sampled_from(["ru", "en", "zh"]), target=TEXT, text=TEXT, evidence=EVIDENCE,
                  suggestion=st.builds(Suggestion, TEXT, MOVE_FIX))


@settings(max_examples=200, deadline=None)
@given(st.lists(MOVED, min_size=1, max_size=4), st.sampled_from(["", "  ", "    "]))
def test_a_suggestion_whose_fix_moves_lines_is_written_as_pretty_json_of_its_dict(findings, indent):
    """A move fix's suggestion is written in one template (FindingJson._suggestion), never kept: the same text as ever."""
    write = renderers.FindingJson()
    for finding in findings * 2:  # twice: nothing kept from the first time changes the second
        assert write(finding, indent) == pretty_json(finding.to_dict(), indent)


def test_a_move_fix_with_an_edit_of_another_type_is_written_as_json_dumps_writes_it():
    edits = (Edit(Span(3, 1, 4, 1), ""), Edit(Span(5, True, 5, 1.5), "    initiatives:\n"))  # type: ignore[arg-type]
    finding = Finding("a.okr.yaml", Span(3, 9, 3, 20), "OKR201", "task-not-outcome", Severity.WARNING, "m", "en",
                      suggestion=Suggestion("⟨metric⟩", Fix("Move", edits, (3,))))
    assert renderers.FindingJson()(finding, "  ") == json.dumps(finding.to_dict(), ensure_ascii=False, indent=2).replace("\n", "\n  ")
