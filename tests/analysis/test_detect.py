"""detect_language(): the hint wins; otherwise Han -> zh, Cyrillic -> ru, else en."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from okrlint.analysis.detect import detect_language, script_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("提升NPS到50分", "zh"),
        ("电梯 assisted delivery", "zh"),
        ("aclgraph能力提前在A5验证", "zh"),
        ("招聘到崗4名設計師", "zh"),
        ("Снизить churn до 5%", "ru"),
        ("Увеличить NPS до 9", "ru"),
        ("Deploy to production 50+ times ещё", "ru"),
        ("Ёлка", "ru"),
        ("Launch the new onboarding flow", "en"),
        ("Grow ARR by 3x", "en"),
        ("Café opening in Zürich", "en"),
        ("", "en"),
        ("50%", "en"),
        ("2026-03-31", "en"),
        ("— ! ?", "en"),
        # both scripts: the one with more letters; a tie goes to zh
        ("Цель 目标", "ru"),
        ("目标目标目标目标 Цель", "zh"),
        ("目标 Ц", "zh"),
    ],
)
def test_detects_by_script(text: str, expected: str) -> None:
    assert detect_language(text, None) == expected


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("Launch the flow", "ru", "ru"),
        ("Снизить отток", "en", "en"),
        ("提升NPS", "ru", "ru"),
        ("Launch", "zh", "zh"),
        ("Launch", "RU", "ru"),
        ("Launch", "zh-CN", "zh"),
        ("Launch", "zh_TW", "zh"),
        ("Launch", " en ", "en"),
        ("", "ru", "ru"),
        ("50%", "zh", "zh"),
    ],
)
def test_supported_hint_overrides(text: str, hint: str, expected: str) -> None:
    assert detect_language(text, hint) == expected


@pytest.mark.parametrize("hint", ["de", "", "xx-YY", "english"])
def test_unsupported_hint_is_ignored(hint: str) -> None:
    assert detect_language("Снизить отток", hint) == "ru"
    assert detect_language("Grow ARR", hint) == "en"
    assert detect_language("", hint) == "en"


@pytest.mark.parametrize(
    ("ch", "expected"),
    [
        ("中", "han"),
        ("㐀", "han"),
        ("〇", "han"),
        ("𠀀", "han"),
        ("я", "cyrillic"),
        ("Ё", "cyrillic"),
        ("a", "latin"),
        ("Z", "latin"),
        ("é", "latin"),
        ("Ａ", "latin"),
        ("5", "digit"),
        ("٣", "digit"),
        ("%", "other"),
        (" ", "other"),
        ("あ", "other"),
        ("", "other"),
        ("ab", "other"),
    ],
)
def test_script_of(ch: str, expected: str) -> None:
    assert script_of(ch) == expected


@given(st.text(max_size=60), st.one_of(st.none(), st.text(max_size=6)))
def test_always_one_of_three(text: str, hint: str | None) -> None:
    assert detect_language(text, hint) in ("ru", "en", "zh")


def _by_counting_characters(text: str) -> str:
    """The definition: count Han and Cyrillic characters one by one with `script_of`."""
    han = sum(script_of(ch) == "han" for ch in text)
    cyrillic = sum(script_of(ch) == "cyrillic" for ch in text)
    return ("zh" if han >= cyrillic else "ru") if han or cyrillic else "en"


_MIXED = st.text(alphabet=st.sampled_from(
    [chr(c) for c in [*range(0x20, 0x7F), *range(0x400, 0x530), *range(0x4E00, 0x4E40)]]
    + ["〇", "\U00020000", "\U0002FA1F", "\u1c80", "\ua640", "\u3400", "\uf900", "Ａ", "\u2de0", "é"]), max_size=20)


@given(_MIXED)
def test_detection_equals_counting_each_character(text: str) -> None:
    assert detect_language(text, None) == _by_counting_characters(text)
