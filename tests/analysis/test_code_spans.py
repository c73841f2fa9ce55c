"""A code span names one made thing: its content is one token, never words of the language."""

from __future__ import annotations

import pytest

from okrlint.analysis import analyze
from okrlint.analysis.facts import Pos


@pytest.mark.parametrize("text,name,written", [
    ("планировщик вызывает `sync_orders` каждые 5 минут", "sync_orders", "sync_orders"),
    ("`report.py` saves the report as JSON", "report.py", "report.py"),
    ("`make lint` 无报错通过", "make lint", "make lint"),
    ("`docs/usage.md` с тремя примерами", "docs/usage.md", "docs/usage.md"),
    # a Traditional Chinese text is read in its Simplified copy, as its other words are
    ("`報表.py` 支持匯出 JSON", "报表.py", "報表.py"),
])
def test_a_code_span_is_one_named_made_thing(text, name, written):
    analysis = analyze(text)
    named = [t for t in analysis.tokens if "code" in t.classes]
    assert [(t.text, t.pos, "artifacts" in t.classes) for t in named] == [(name, Pos.PROPN, True)]
    assert analysis.normalized[named[0].start:named[0].end] == written
    # the words inside are gone: "orders" is no count of orders, "make" no order to make
    assert not any(t.start > named[0].start and t.end <= named[0].end for t in analysis.tokens if t is not named[0])


@pytest.mark.parametrize("text", ["no code here", "`KR-1.2`: Grow revenue", "a lone ` backtick", "````", "`` ``"])
def test_texts_without_a_kept_code_span_are_read_as_before(text):
    assert not any("code" in t.classes for t in analyze(text).tokens)
