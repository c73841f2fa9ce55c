"""The JSON renderers' fast encoder writes exactly what json.dumps(…, ensure_ascii=False, indent=2) writes."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from okrlint.renderers import json_array, pretty_json

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
