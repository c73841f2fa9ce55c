"""The builders the hot paths use instead of a frozen dataclass's own __init__ make the very same objects."""

from __future__ import annotations

import dataclasses
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okrlint.findings import Span, new_span
from okrlint.graph import KeyResultNode, ObjectiveNode, new_objective_node
from okrlint.models import Loc, Text


@settings(max_examples=200, deadline=None)
@given(st.integers(-5, 10_000), st.integers(-5, 10_000), st.integers(-5, 10_000), st.integers(-5, 10_000),
       st.sampled_from(["", "Q1!C7", "A1"]))
def test_a_new_span_is_the_span_its_fields_make(line: int, column: int, end_line: int, end_column: int, cell: str) -> None:
    built, made = new_span(line, column, end_line, end_column, cell), Span(line, column, end_line, end_column, cell)
    assert type(built) is Span and built == made and hash(built) == hash(made) and repr(built) == repr(made)
    assert pickle.loads(pickle.dumps(built)) == made and dataclasses.replace(built, line=7) == dataclasses.replace(made, line=7)
    assert new_span(line, column, end_line, end_column) == Span(line, column, end_line, end_column)  # cell's default
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.line = 1  # type: ignore[misc]


def test_a_new_objective_node_is_the_node_its_fields_make() -> None:
    loc = Loc(line=3, column=5, end_line=3, end_column=20)
    title = Text(value="Grow ARR", loc=loc)
    krs = (KeyResultNode(Text(value="Grow ARR from $1M to $2M", loc=loc), "objectives[0].key_results[0]"),)
    fields = ("a.okr.yaml", "a", 0, "objectives[0]", loc, "top", title, None, "Ann", "Sales", "2026-Q1", "team", "en",
              ("NPS",), krs, False, {"fact": [1]})
    built, made = new_objective_node(*fields), ObjectiveNode(*fields)
    assert type(built) is ObjectiveNode and built == made and repr(built) == repr(made)
    assert [getattr(built, f.name) for f in dataclasses.fields(ObjectiveNode)] == list(fields)
    assert repr(pickle.loads(pickle.dumps(built))) == repr(made)  # (KR nodes compare by identity)
    defaults = new_objective_node(*fields[:15])
    assert defaults == ObjectiveNode(*fields[:15]) and defaults.analysable is True and defaults.facts == {}
    assert defaults.facts is not new_objective_node(*fields[:15]).facts  # a dict of its own, as the default factory gives
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.team = "x"  # type: ignore[misc]
