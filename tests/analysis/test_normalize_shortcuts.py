"""normalize's short-cuts (a cheap test before a regex or a translation) give what the full steps give.

Each reference below is the step as it was written before its short-cut: the regexes and maps of
okrlint.analysis.normalize run unconditionally. Hypothesis texts are drawn from the characters the
patterns look at, so the short-cuts are tried on both sides of their conditions.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import okrlint.analysis.normalize as N

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# What the steps look at: spaces and invisible characters, the code sentinels, punctuation the tidy-up
# removes, report arrows, mentions, work marks, labels, and ordinary letters in three scripts.
_ALPHABET = st.sampled_from(
    list(" \u00a0\u3000\t\r\n\v\f\u200b\ufeff\u00ad\ue000\ue001.。．;；,，:：!！、-–—=>⇒@`#[]✅☑✔()（）*_~?？")
    + ["commit", "commit 1211796", "PR #12", "pull request #3", "KR1:", "=>", "@dev", "`x`", "Grow", "сделок",
       "提升", "a", "Z", "1", "50%", "  ", " - ", "&amp;", "<b>"]
)
_TEXTS = st.lists(_ALPHABET, max_size=14).map("".join)


def _reference_head(text: str) -> str:
    """normalize's first step before the short-cut: NFC, then the character map, then the code id label."""
    import unicodedata

    return N._CODE_ID_LABEL.sub("", unicodedata.normalize("NFC", text).translate(N._CHAR_MAP))


def _head(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFC", text)
    if N._HAS_MAPPED.search(text):
        text = text.translate(N._CHAR_MAP)
    if "`" in text:
        text = N._CODE_ID_LABEL.sub("", text)
    return text


def _reference_tidy(text: str) -> str:
    text = text.translate(N._SPACE_MAP)
    text = N._MULTISPACE.sub(" ", text).strip()
    text = N._SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = N._TRAILING.sub("", text)
    return N._LEADING.sub("", text)


def _reference_report(text: str) -> str:
    stripped = N._RESULT_REPORT.sub("", text)
    return stripped if stripped.strip() else text


def _reference_work_item(text: str) -> bool:
    return N._WORK_ITEM.search(N._CODE_ID_LABEL.sub("", text, count=1)) is not None


def _reference_owner_tag(text: str) -> str | None:
    match = N._OWNER_TAG.match(text) or N._OWNER_BEFORE_CLAUSE.match(text)
    if match is None:
        return None
    owner = match.group("owner").strip()
    if len(owner.split()) == 1 and owner.isupper() and owner not in N._ROLE_ACRONYMS:
        return None
    return text[match.end() :]


def _reference_zh_team(text: str) -> str | None:
    match = N._ZH_TEAM.match(text)
    return None if match is None else text[match.end() :]


def _reference_unfinished(text: str) -> bool:
    return N._UNFINISHED.search(_reference_stated(N._TRAILING_MENTIONS.sub("", text[-200:]))[-40:]) is not None


def _reference_stated(text: str) -> str:
    return N._TRAILING_NOTE.sub("", text.rstrip(" \t*_")).rstrip(" \t*_")


def _assert_shortcuts_keep_the_full_steps(text: str) -> None:
    assert _head(text) == _reference_head(text)
    assert N._tidy(text) == _reference_tidy(text)
    assert N._strip_result_report(text) == _reference_report(text)
    assert N.is_work_item(text) == _reference_work_item(text)
    assert N.is_unfinished(text) == _reference_unfinished(text)
    assert N._without_a_trailing_note(text) == _reference_stated(text)
    assert N._strip_owner_tag(text) == _reference_owner_tag(text)
    assert N._strip_zh_team(text) == _reference_zh_team(text)


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_shortcuts_give_the_full_steps_result(text: str) -> None:
    _assert_shortcuts_keep_the_full_steps(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["CEO", "VP", "Sales", "Global", "Channels", ",", " ", ":", "：", "Grow", "grow", "the",
                                 "物业", "培训机构", "部", "Q1", "提升", "(Ops)", "Директор", "по", "продажам"]),
                max_size=10).map("".join))
def test_owner_and_team_shortcuts(text: str) -> None:
    assert N._strip_owner_tag(text) == _reference_owner_tag(text)
    assert N._strip_zh_team(text) == _reference_zh_team(text)


def _example_texts() -> list[str]:
    texts: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            texts.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in sorted(EXAMPLES.rglob("*.yaml")):
        try:
            walk(yaml.safe_load(path.read_text(encoding="utf-8")))
        except yaml.YAMLError:
            continue  # the examples of invalid OKRs
    return texts


@pytest.mark.parametrize("text", _example_texts()[:400])
def test_shortcuts_on_the_example_texts(text: str) -> None:
    _assert_shortcuts_keep_the_full_steps(text)


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("KR1: Grow revenue 20% => 50% completed", "Grow revenue 20%"),
        ("Снизить отток\u00a0до 5% ;", "Снизить отток до 5%"),
        ("提升NPS到50 ，", "提升NPS到50"),
        ("`KR-1.2`: Ship the billing page —", "Ship the billing page"),
        ("Grow  revenue\tby 20% .", "Grow revenue by 20%"),
    ],
)
def test_normalize_with_the_shortcuts(text: str, normalized: str) -> None:
    assert N.normalize(text) == normalized


@pytest.mark.parametrize(
    ("text", "work_item", "unfinished"),
    [
        ("- [x] Ship the billing page", False, False),  # a ticked box says it is done, not that it is work
        ("✅ First paying customers", False, False),
        ("`billing.py` — Stripe webhooks", True, False),
        ("Finish commit 1211796 review", True, False),
        ("Land PR #12 in main", True, False),
        ("По всем заявкам, где клиент отложил оплату,", False, True),
        ("使得： @张三 @李四", False, True),
        ("Grow revenue 20%", False, False),
    ],
)
def test_work_item_and_unfinished(text: str, work_item: bool, unfinished: bool) -> None:
    assert N.is_work_item(text) is work_item
    assert N.is_unfinished(text) is unfinished


def test_the_trailing_ends_are_what_the_pattern_ends_with() -> None:
    # every character of _TRAILING's class that is not whitespace, and the dashes of its second branch
    klass = re.search(r"\[\\s(.*?)\]", N._TRAILING.pattern)
    assert klass is not None
    assert set(klass.group(1)) | set("-–—") == set(N._TRAILING_ENDS)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["P", "p", "P1", "p0", "PX", "P4", "@mira", "@?", " - ", " | ", "—", " ", "  ", "0.60",
                                 "1.0", "Fix", "crash", "bugs", "Ship", "提升", "сделок", "Reduce", "`x`"]),
                max_size=10).map("".join))
def test_the_priority_step_runs_whenever_it_can_change_the_text(text: str) -> None:
    """normalize skips `_strip_priority` unless the text opens with P, p or @ or has a "P": elsewhere
    the step returns the text as it is."""
    if not (text[:1] in ("P", "p", "@") or "P" in text):
        assert N._strip_priority(text) == text


# The owner words of _LABEL and _OWNER_TAG take their runs of letters possessively (a letter given back
# could never be followed by what follows an owner word): the same matches as the patterns written
# without it, on texts made of owner words, labels, separators and their neighbours.
_NOT_POSSESSIVE = {N._LABEL: re.compile(N._LABEL.pattern.replace("*+", "*").replace("++", "+"), N._LABEL.flags),
                   N._OWNER_TAG: re.compile(N._OWNER_TAG.pattern.replace("*+", "*").replace("++", "+"), N._OWNER_TAG.flags)}
_OWNER_PIECES = ["Anna", "Петрова", "VP", "CEO", "Sr", "Director", "of", "for", "and", "&", "и", "по", "продажам",
                 "Sales-Ops", "R&D", "A/B", "O'Neil", "Ops.", "C++", "Директор", "KR", "kr", "KR1", "Objective", "O",
                 "о", "О", "Цель", "задача", "Key", "results", "目标", "关键结果", "1", "2.3", "一", ",", " ", "  ", ":", "：",
                 "-", " - ", "(Ops)", "(", ")", ".", "#", "№", "|", "、", "Grow", "Сократить", "время", "x", "_", "’"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_OWNER_PIECES), max_size=12).map("".join))
def test_possessive_owner_words_match_as_before(text: str) -> None:
    for pattern, before in _NOT_POSSESSIVE.items():
        now, then = pattern.match(text), before.match(text)
        assert (now and (now.span(), now.groupdict())) == (then and (then.span(), then.groupdict())), text


@pytest.mark.parametrize("text", _example_texts()[:400])
def test_possessive_owner_words_on_the_example_texts(text: str) -> None:
    for pattern, before in _NOT_POSSESSIVE.items():
        now, then = pattern.match(text), before.match(text)
        assert (now and (now.span(), now.groupdict())) == (then and (then.span(), then.groupdict()))
