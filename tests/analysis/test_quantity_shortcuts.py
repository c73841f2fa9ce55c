"""Short-cuts in analysis/quantities.py give what the patterns they stand in for give.

Each is compared with the regex it replaces or guards, run as before, on generated texts (numbers,
units, ranges, placeholders, Latin/Cyrillic/CJK mixes, the characters the patterns look at) and on
every example text.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okrlint.analysis import quantities as Q
from okrlint.analysis.normalize import normalize
from tests.helpers import example_texts

EXAMPLES = [text for text, _ in example_texts()] + [
    "Сократить время ответа с 12 до 8 часов", "激活率从20%提升到35%", "[N1] new leads, X% of Y, 收入****亿, x%",
    "Support 24/7, DAY 3 of the sprint, Day 10 standup at 10:00", "sprint\n3", "Windows 11, Next.js 15, PostgreSQL 16",
    "ISO 9001, стр. 5, No. 7, 第3期, 版本 2, #4260", "Выиграть Инди 500", "Standup at 10:00", "Support 24/7", "by Day 3", "一二三百分之三十，翻一番，一半，三成，七分之一",
]
EXAMPLES += [normalize(text) for text in EXAMPLES]

_NUMBERISH = st.text(
    alphabet="0123456789٣ .,:/-–%％$€₽[]_*NXYZХxnyday DAYSprintISOстр.No#№第版本期个月天年万亿千百分之一二两三十零〇半翻成倍"
    "abcsABQvT\n\t\u00a0\u202fсдоотчасвнеделиМлнтыс.",
    max_size=30,
)


def _spans(matches):
    return [(m.span(), m.lastgroup, m.group()) for m in matches]


def _core_agrees(text: str) -> None:
    for core in (Q._CORE_BASIC, Q._core_full()):
        assert _spans(Q._core_matches(text, core)) == _spans(core.finditer(text)), text


def _mask_agrees(text: str) -> None:
    unguarded = Q.date_spans(text) + [(m.start(), m.end()) for m in Q._SPECIAL_NON_QTY.finditer(text)]
    assert Q._mask(text, text.lower()) == unguarded, text


def _last_token_agrees(head: str) -> None:
    found = Q._LAST_TOKEN.search(head)
    expected = (found.start(), found.group()) if found else (len(head.rstrip("\n")) if head.endswith("\n") else len(head), "")
    assert Q._last_token(head) == expected, head


def _product_agrees(text: str) -> None:
    for start in range(len(text) + 1):
        assert Q._product_before(text, start) is (Q._PRODUCT_WORD.search(text, max(0, start - 30), start) is not None), (text, start)


def _all_agree(text: str) -> None:
    _core_agrees(text)
    _mask_agrees(text)
    for end in range(len(text) + 1):
        _last_token_agrees(text[:end])
    _product_agrees(text)


@settings(max_examples=600, deadline=None)
@given(_NUMBERISH)
def test_the_short_cuts_agree_with_the_patterns_on_generated_texts(text):
    _all_agree(text)


@pytest.mark.parametrize("text", EXAMPLES)
def test_the_short_cuts_agree_with_the_patterns_on_the_examples(text):
    _all_agree(text)


@settings(max_examples=600, deadline=None)
@given(st.text(max_size=20) | st.text(alphabet="激活率从第 \t\n\u3000\u2028\u00a0٣𝟘²ⅫKİ.Aa", max_size=12))
def test_the_last_token_agrees_with_its_pattern_on_any_characters(head):
    _last_token_agrees(head)  # every kind of space and digit Unicode has: the regex's \s and \d, as str's


def _label_before_the_long_way(text: str, start: int) -> bool:
    head = text[max(0, start - 16):start].rstrip(" \u00a0-:")
    word = Q._last_token(head)[1].lower()
    return head.endswith(Q._LABEL_MARKS) or bool(word) and (word in Q._LABEL_WORDS or (
        word.isalpha() and word.startswith(Q._LABEL_STEMS)))


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="第版本期№#激活率从提升到 \u00a0-:\nİKkr.NnOoSsprintдаэтп٣5", max_size=20) | st.text(max_size=20))
def test_a_label_before_a_number_is_told_as_the_long_way_tells_it(text):
    for start in range(len(text) + 1):
        assert Q._label_before(text, start) is _label_before_the_long_way(text, start), (text, start)


def test_no_other_mark_lowers_to_a_label_word_or_stem():
    """What the Chinese shortcut of _label_before rests on: the marks that lower to Latin or Cyrillic letters."""
    letters = set(Q._LATIN_CYRILLIC)
    odd = {chr(c) for c in range(0x110000)
           if not (chr(c) in letters or chr(c).isspace() or chr(c).isdecimal()) and letters & set(chr(c).lower())}
    assert odd == {"İ", "\u212a"}
    from_odd = {ch for mark in odd for ch in mark.lower()} | {"."}
    assert not any(set(word) <= from_odd for word in Q._LABEL_WORDS | set(Q._LABEL_STEMS))


@pytest.mark.parametrize(("head", "token"), [
    ("Launch sprint", (7, "sprint")), ("см. стр.", (4, "стр.")), ("ab..", (2, "..")), ("激活率从", (0, "激活率从")),
    ("sprint\n", (0, "sprint")), ("x 5", (3, "")), ("", (0, "")), ("\n", (0, "")),
])
def test_the_last_token_of_a_head(head, token):
    assert Q._last_token(head) == token


# find_change reuses what find_quantities read in the text for the links of the quantities it just gave.
_CHANGES = st.lists(st.sampled_from([
    "с ", "from ", "从", "до ", " to ", "到", "提升到", " → ", " -> ", "текущий: ", "baseline ", "vs ", "当前", "(", ")", ", ",
    "12", "8", "20%", "35%", "5 дней", "3 days", "2x", "X", "N", "[N1]", "one", "два", "三", "小时", " часов", " days", "$5", "недель",
]), max_size=10).map("".join)


def _change_agrees(text: str) -> None:
    for lang in ("ru", "en", "zh"):
        found = Q.find_quantities(text, lang)
        remembered = Q._last_found[1] is found
        links = Q._links(text, found)
        fresh = Q.Change(start=found[links[0][0]], end=found[links[0][1]]) if links else None
        Q.find_quantities(text, lang)  # find_change gets the earlier list: not the remembered one
        assert Q.find_change(text, found, lang) == fresh, (text, lang)
        found = Q.find_quantities(text, lang)
        assert Q.find_change(text, tuple(found), lang) == fresh, (text, lang)
        if remembered:
            assert Q._last_found[1] is found


@settings(max_examples=500, deadline=None)
@given(_CHANGES)
def test_a_change_from_the_remembered_links_is_the_change_found_afresh(text):
    _change_agrees(text)


@pytest.mark.parametrize("text", EXAMPLES + [
    "Снизить отток с 12% до 8% (текущий: 10%)", "95% (текущий: 75%), 20 дней vs 30 дней", "Grow NPS from 30 → 45, baseline 28",
    "从5天缩短到3天，当前4天", "с двух до 5 дней", "X → Y, currently 3", "Launch X, 5 → 7", "Ship X: from 3 to 5 days",
])
def test_a_change_from_the_remembered_links_is_the_change_found_afresh_in_the_examples(text):
    _change_agrees(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["nps", "csat", "top", "usd", "vs", "now", "score", "baseline", "$", "€", "текущ", "топ", "当前",
                                  "\u212a", "K", "no", "w", "s", " ", "1"]), max_size=8).map("".join))
def test_an_ascii_text_is_searched_for_the_ascii_hint_words_alone(text: str) -> None:
    """In an ASCII text the ASCII hint words' alternation finds a hint exactly where the full one does."""
    low = text.lower()
    if low.isascii():
        assert (Q._ANY_ASCII_HINT.search(low) is None) == (Q._ANY_HINT.search(low) is None)
