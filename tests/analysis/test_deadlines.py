"""Deadlines in ru / en / zh OKR texts (okrlint.analysis.deadlines / quantities.find_deadline)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okrlint.analysis import deadlines as D
from okrlint.analysis.deadlines import date_spans
from okrlint.analysis.quantities import find_deadline


@pytest.mark.parametrize(
    ("text", "lang", "raw", "iso"),
    [
        # exact dates
        ("Запустить биллинг 2026-03-31", "ru", "2026-03-31", "2026-03-31"),
        ("Go live on 2027/1/15", "en", "on 2027/1/15", "2027-01-15"),
        ("Сдать аудит 31.03.2026", "ru", "31.03.2026", "2026-03-31"),
        ("Сдать аудит до 15.09.26", "ru", "до 15.09.26", "2026-09-15"),
        ("Ship it 04/30/2026", "en", "04/30/2026", "2026-04-30"),
        ("Ship it 30/04/2026", "en", "30/04/2026", "2026-04-30"),
        ("Сдать 05/06/2026", "ru", "05/06/2026", "2026-06-05"),
        ("Выпустить релиз к 31 марта", "ru", "к 31 марта", None),
        ("Ship the billing export in early April", "en", "in early April", None),  # early/late as "start"/"end of"
        ("Close the books by late June", "en", "by late June", None),
        ("Выпустить релиз к 31 марта 2026 г.", "ru", "к 31 марта 2026 г.", "2026-03-31"),
        ("Подписать договор до 1 июля", "ru", "до 1 июля", None),
        ("Подписать договор до 1-го сентября 2026 года", "ru", "до 1-го сентября 2026 года", "2026-09-01"),
        ("Закрыть найм к 15.06", "ru", "к 15.06", None),
        ("Launch the beta by March 31", "en", "by March 31", None),
        ("Launch the beta by March 31st, 2026", "en", "by March 31st, 2026", "2026-03-31"),
        ("Launch the beta by 15 May 2026", "en", "by 15 May 2026", "2026-05-15"),
        ("Freeze scope by Sep 1", "en", "by Sep 1", None),
        ("Open the store by june 1", "en", "by june 1", None),
        ("6月30日前完成迁移", "zh", "6月30日前", None),
        ("10月1号之前上线", "zh", "10月1号之前", None),
        ("建立品牌认知（2026-09-30前）", "zh", "2026-09-30前", "2026-09-30"),
        ("2026/9/30之前完成迁移", "zh", "2026/9/30之前", "2026-09-30"),
        ("到2026年6月30日前完成", "zh", "到2026年6月30日前", "2026-06-30"),
        ("2026年3月31日完成验收", "zh", "2026年3月31日", "2026-03-31"),
        # ends of periods
        ("Снизить отток до 5% к концу Q2", "ru", "к концу Q2", None),
        ("Снизить отток до 5% к концу Q2 2026", "ru", "к концу Q2 2026", "2026-06-30"),
        ("Закрыть долги до конца месяца", "ru", "до конца месяца", None),
        ("Запустить пилот к концу квартала", "ru", "к концу квартала", None),
        ("Выйти в плюс до конца года", "ru", "до конца года", None),
        ("Выйти в плюс к концу 2026 года", "ru", "к концу 2026 года", "2026-12-31"),
        ("Hit $1M ARR by end of Q2", "en", "by end of Q2", None),
        ("Hit $1M ARR by the end of Q4 2026", "en", "by the end of Q4 2026", "2026-12-31"),
        ("Close the round by EOY", "en", "by EOY", None),
        ("Close the round by the end of the quarter", "en", "by the end of the quarter", None),
        ("Finish the audit by end of March 2026", "en", "by end of March 2026", "2026-03-31"),
        ("Finish the audit by the end of H1 2026", "en", "by the end of H1 2026", "2026-06-30"),
        ("到6月底完成招聘", "zh", "到6月底", None),
        ("年底前完成系统切换", "zh", "年底前", None),
        ("本季度末上线新版本", "zh", "本季度末", None),
        ("Q2末完成灰度", "zh", "Q2末", None),
        ("2026年底前实现盈利", "zh", "2026年底前", "2026-12-31"),
        ("在年底之前完成交付", "zh", "在年底之前", None),
        ("本月底发布", "zh", "本月底", None),
        # "done by then" after the KR is part of its deadline; a verb that goes on to say what is done is not
        ("客户满意度达到90%，9月底前完成", "zh", "9月底前完成", None),
        ("Customer satisfaction at 90%, done by the end of September", "en", "done by the end of September", None),
        ("Удовлетворённость клиентов (выполнить до конца сентября)", "ru", "выполнить до конца сентября", None),
        # periods
        ("Launch self-serve in Q3", "en", "in Q3", None),
        ("Запустить продукт в Q3", "ru", "в Q3", None),
        ("Выйти на рынок во 2 квартале", "ru", "во 2 квартале", None),
        ("Выйти на рынок в III квартале 2026 года", "ru", "в III квартале 2026 года", None),
        ("Отчитаться во втором полугодии", "ru", "во втором полугодии", None),
        ("Expand to Spain in the second half of 2026", "en", "in the second half of 2026", None),
        ("Grow revenue 15% this quarter", "en", "this quarter", None),
        ("Grow revenue 15% in the next quarter", "en", "in the next quarter", None),
        ("Grow revenue 15% in the next six months", "en", "in the next six months", None),
        ("Сделать это в течение квартала", "ru", "в течение квартала", None),
        ("Удвоить базу в этом году", "ru", "в этом году", None),
        ("Удвоить базу в ближайшие 3 месяца", "ru", "в ближайшие 3 месяца", None),
        ("Выйти на окупаемость в 2026 году", "ru", "в 2026 году", None),
        ("Reach profitability in 2027", "en", "in 2027", None),
        ("Break even by 2027", "en", "by 2027", None),
        ("Отчёт за 2025 год", "ru", "2025 год", None),
        ("上半年完成招聘", "zh", "上半年", None),
        ("第二季度完成交付", "zh", "第二季度", None),
        ("今年内完成上市", "zh", "今年内", None),
        ("未来6个月内完成", "zh", "未来6个月内", None),
        ("Plan headcount by FY27", "en", "by FY27", None),
        ("Запустить в марте", "ru", "в марте", None),
        ("Launch in March 2026", "en", "in March 2026", None),
    ],
)
def test_deadline(text: str, lang: str, raw: str, iso: str | None) -> None:
    deadline = find_deadline(text, lang)
    assert deadline is not None
    assert (deadline.raw, deadline.iso_date) == (raw, iso)
    assert text[deadline.start : deadline.end] == deadline.raw


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Снизить отток до 5%", "ru"),  # a target, not a time
        ("Grow MAU to 20k", "en"),
        ("Проводить 10 встреч в квартал", "ru"),  # per quarter
        ("Three demos a month", "en"),
        ("Employee of the year program", "en"),
        ("We’ve closed 20% of the Q2 plan", "en"),  # a bare quarter label
        ("Roadmap 2026 approved", "en"),  # a bare year label
        ("Привлечь до 2030 клиентов", "ru"),  # a count, not a year
        ("Reach 2000 users", "en"),
        ("2000+ stars on GitHub", "en"),  # a count of at least 2000, not a year
        ("环比12月增长", "zh"),  # a month as a comparison base
        ("三年内成为行业第一", "zh"),  # a duration
        ("3个月内回本", "zh"),
        ("Release 2 quarters of features", "en"),
        ("Закрыть 2 квартала подряд в плюс", "ru"),
        ("We may 2x the pipeline", "en"),  # "may" the verb
        ("周末值班", "zh"),
        ("Increase conversion by 3.5 points", "en"),
        ("Hire early-career engineers", "en"),  # "early" before no month
        ("Late payments down 50%", "en"),
        ("", "en"),
    ],
)
def test_no_deadline(text: str, lang: str) -> None:
    assert find_deadline(text, lang) is None


def test_first_deadline_wins() -> None:
    text = "Запустить пилот к 1 июля и масштабировать к концу года"
    deadline = find_deadline(text, "ru")
    assert deadline is not None and deadline.raw == "к 1 июля"


def test_invalid_calendar_date_has_no_iso() -> None:
    deadline = find_deadline("Close books by February 30, 2026", "en")
    assert deadline is not None and deadline.iso_date is None


def test_date_spans_cover_labels() -> None:
    text = "20% of Q2 pipeline, roadmap 2026, 31 марта, 12月"
    covered = {text[s:e] for s, e in date_spans(text)}
    assert {"Q2", "2026", "31 марта", "12月"} <= covered


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80), st.sampled_from(["ru", "en", "zh"]))
def test_property_never_raises(text: str, lang: str) -> None:
    deadline = find_deadline(text, lang)
    if deadline is not None:
        assert text[deadline.start : deadline.end] == deadline.raw
        assert deadline.iso_date is None or len(deadline.iso_date) == 10


_DATE_ALPHABET = "0123456789 .-/Qq H年月日底前末季度到к концу до 1 марта by end of the EOY in"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_DATE_ALPHABET, max_size=50), st.sampled_from(["ru", "en", "zh"]))
def test_property_date_like_strings(text: str, lang: str) -> None:
    deadline = find_deadline(text, lang)
    if deadline is not None:
        assert text[deadline.start : deadline.end] == deadline.raw


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="janfebmyquertholdcwkspgio-.0123456789 квартлгодмесяцнеяфпуб月年季未来接下今后2019q4fy’'/", max_size=24))
def test_the_two_trigger_searches_find_what_the_triggers_find(text: str) -> None:
    """A text with no date is told at two searches: they find something exactly where one pattern's trigger does."""
    from okrlint.analysis import deadlines

    low = text.lower()
    either = deadlines._ANY_WORD.search(low) is not None or deadlines._ANY_REGEX.search(low) is not None
    assert either == any(p.trigger.search(low) for p in deadlines._PATTERNS)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="janfebmyquertholdcwkspgiov-.0123456789 K\u212a", max_size=24))
def test_an_ascii_text_is_searched_for_the_ascii_trigger_words_alone(text: str) -> None:
    """In an ASCII text the ASCII words' alternation finds a trigger word exactly where the full one does."""
    from okrlint.analysis import deadlines

    low = text.lower()
    full = deadlines._ANY_WORD.search(low) is not None
    assert (deadlines._trigger_words(low).search(low) is not None) == full
    if low.isascii():
        assert deadlines._trigger_words(low) is deadlines._ANY_ASCII_WORD


def test_every_regex_trigger_says_what_it_needs() -> None:
    from okrlint.analysis import deadlines

    regex_triggers = {p.trigger.pattern for p in deadlines._PATTERNS if p.trigger not in deadlines._PLAIN_TRIGGERS}
    assert regex_triggers == set(deadlines._REGEX_TRIGGER_NEEDS)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789١٢ .,/-年月qhfyQ'’ \u00a0abc2019fy", max_size=16))
def test_a_text_without_what_the_regex_triggers_need_has_none_of_them(low: str) -> None:
    """The `in` tests before the regex triggers' search: where they say no, no regex trigger matches."""
    from okrlint.analysis import deadlines

    for trigger, needs in deadlines._REGEX_TRIGGER_NEEDS.items():
        if not any(needle in low for needle in needs):
            assert re.search(trigger, low) is None, (trigger, low)
    if not deadlines._may_have_regex_trigger(low):
        assert deadlines._ANY_REGEX.search(low) is None


_DATEISH = st.lists(st.sampled_from([
    "2026", "1999", "2005", "Q3", "3q", "H1", "FY26", "31.03", "31.03.2026", "2026-03-31", "3/31/2026", "2026年", "6月底", "12",
    " ", "to ", "by ", "до ", "к ", "from ", "с ", "клиентов", "customers", "года", "year", "end of", "march", "марта", "到", "前",
    "hours", "часов", "%", "sprint", "next", "3.5", "1.2.3",
]), max_size=8).map("".join)


@settings(max_examples=500, deadline=None)
@given(_DATEISH)
def test_a_text_with_no_trigger_word_is_matched_as_by_every_pattern(text):
    """Without a trigger word only the patterns with a trigger regex are tried: they find what all of them find."""
    every = list(D._matches(text))
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(D, "_REGEX_TRIGGERED", D._PATTERNS)
        assert list(D._matches(text)) == every, text
