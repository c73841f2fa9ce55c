"""Deadlines and other dates in OKR texts, in Russian, English and Chinese.

Two jobs:
- `find_deadline` returns the first point or period the text commits to: "к 31 марта",
  "by end of Q2", "到6月底", "2026-03-31", "in Q3", "в 2026 году".
- `date_spans` returns every date-like span (deadlines plus bare labels such as "Q2",
  "31 марта", "12月", "2026年") so `quantities.py` does not report their numbers.

Decisions:
- A period needs a marker to be a deadline: a preposition ("in Q3", "в 2026 году"), an
  "end of" ("к концу квартала"), a year word ("2026年", "2026 году") or a Chinese suffix
  ("Q2末", "年底前"). A bare "Q2" or "2026" is a label: masked, not a deadline.
- `iso_date` is set only when an exact day is known, year included: a full date, or the end
  of a month / quarter / half / year whose year is written ("к концу Q2 2026" → 2026-06-30).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from okrlint.analysis.facts import Deadline
from okrlint.analysis.first_char import word_alternation
from okrlint.analysis.lazyre import lazy_compile
from okrlint.analysis.numbers import looks_like_counted_noun, parse_zh
from okrlint.compiled_patterns import compile_pattern

# --- Month names ---------------------------------------------------------------------------

_EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# "May" only capitalised: "may" is a modal verb.
_EN_MONTH_RE = (
    r"(?:january|february|march|april|(?-i:May|MAY)|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\.?"
)
_RU_MONTH_STEMS = (
    ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("ма", 5), ("июн", 6), ("июл", 7),
    ("август", 8), ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
)
# Genitive ("31 марта") and abbreviations ("31 дек.").
_RU_MONTH_GEN = (
    r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|янв\.|февр?\.|мар\.|апр\.|июн\.|июл\.|авг\.|сент?\.|окт\.|нояб?\.|дек\.)"
)
# Any case, for "в марте", "до марта", "к марту".
_RU_MONTH_ANY = (
    r"(?:январ[ьяею]|феврал[ьяею]|март[аеу]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]"
    r"|август[аеу]?|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею])"
)


def _month_number(name: str) -> int | None:
    key = name.lower().rstrip(".")
    if key in _EN_MONTHS:
        return _EN_MONTHS[key]
    for stem, number in _RU_MONTH_STEMS:
        if key.startswith(stem) and (stem != "ма" or len(key) <= 3):
            return number
    return None


# --- Building blocks -----------------------------------------------------------------------

_PREP = (
    r"(?:no\s+later\s+than|as\s+of|by|before|until|till|through|thru|in|during|within|for|at|on"
    r"|не\s+позднее|не\s+позже|в\s+течение|к|ко|до|по|в|во|на"
    r"|截至|截止到?|到|在|于|至)"
)
_END = (
    r"(?:(?:the\s+)?(?P<endw>end|close|start|beginning|middle|mid)\s*(?:of|-)\s*(?:the\s+)?|(?P<endw2>early|late)[\s-]+"
    r"|(?P<endr>конц[ауе]|окончани[юяие]|начал[ауе]|середин[еыу])\s+)"
)
_YEAR = r"(?:19|20)\d{2}"
# Chinese classifiers that count things (个, 人, 家, …): a number before one is a count, never a year.
_ZH_COUNTERS = "[个人家名位条篇次元单笔件台套场项款首本部期节张]"

_ZH_END = r"(?P<zend>底|末|终|初|中旬|上旬|下旬|结束前|结束|内|之内)"
_ZH_POST = r"(?P<post>\s*(?:之前|以前|前|为止|截止))"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_LB = r"(?<![A-Za-z0-9А-Яа-яЁё_])"  # a word start that still allows a Han character before
_LA = r"(?![A-Za-z0-9А-Яа-яЁё_])"
_ZH_SMALL = r"(?:[12]?\d|3[01]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"

_ORDINALS = {
    "перв": 1, "втор": 2, "трет": 3, "четв": 4, "first": 1, "1st": 1, "second": 2, "2nd": 2,
    "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


@dataclass(frozen=True, slots=True)
class _Pattern:
    """One kind of date. `regex` matches its core ("Q2 2026", "31 марта"); with `back`,
    a preposition / "end of" written just before the core is looked up separately, which
    keeps the scan fast (a pattern that starts with optional prepositions is slow in `re`).
    With `needs_marker` a match is a deadline only when it has a preposition, an "end of",
    a year word or a Chinese suffix; otherwise it is only masked."""

    regex: re.Pattern[str]
    # The regex runs only on texts where the trigger is found. Triggers are case-sensitive
    # and run on the lower-cased text: case-insensitive Unicode alternations are slow.
    trigger: re.Pattern[str]
    needs_marker: bool = False
    back: bool = True
    requires_prep: bool = False


def _c(pattern: str) -> re.Pattern[str]:
    # Compiled on first use: a pattern runs only when its cheap trigger matched (~9 ms at import).
    return lazy_compile(pattern, re.IGNORECASE)


_RU_MONTH_TRIGGER = ("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
_EN_MONTH_TRIGGER = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_PERIOD_TRIGGER = ("month", "quarter", "year", "week", "sprint", "half", "cycle", "месяц", "квартал", "год", "недел", "спринт", "полугод")


def _re(pattern: str | tuple[str, ...]) -> re.Pattern[str]:
    """A trigger from a regex or from plain substrings."""
    if isinstance(pattern, tuple):
        trigger = compile_pattern("|".join(map(re.escape, pattern)))
        _PLAIN_TRIGGERS[trigger] = pattern
        return trigger
    return compile_pattern(pattern)


_PLAIN_TRIGGERS: dict[re.Pattern[str], tuple[str, ...]] = {}  # a trigger made of plain substrings → those substrings

_PATTERNS: tuple[_Pattern, ...] = (
    # 2026-03-31, 2026/3/31, 2026.03.31 (and "2026-09-30前": the Chinese "before" belongs to the date)
    _Pattern(_c(rf"(?<![\d.])(?P<y>{_YEAR})[-/.](?P<m>0?[1-9]|1[0-2])[-/.](?P<d>{_DAY})(?![\d]){_ZH_POST}?"), _re(r"(?:19|20)\d\d[-/.]\d")),
    # 31.03.2026, 31/03/26 (en: 03/31/2026)
    _Pattern(_c(rf"(?<![\d.,/])(?P<d>\d{{1,2}})(?P<sep>[./])(?P<m>\d{{1,2}})(?P=sep)(?P<y>{_YEAR}|\d{{2}})(?![\d]|[.,/]\d)"),
             _re(r"\d[./]\d{1,2}[./]\d")),
    # к 31.03 (no year: needs a preposition, or it reads as a decimal)
    _Pattern(_c(rf"(?<![\d.,])(?P<d>{_DAY})\.(?P<m>0[1-9]|1[0-2])(?![\d.,]|\s?%)"), _re(r"\d\.\d"), requires_prep=True),
    # к 31 марта 2026 г.
    _Pattern(_c(rf"(?<![\d.,])(?P<d>{_DAY})(?:-?(?:го|е))?\s+(?P<mon>{_RU_MONTH_GEN})"
                rf"(?:\s+(?P<y>{_YEAR})(?:\s*(?:г\.|года|г{_LA}))?)?{_LA}"), _re(_RU_MONTH_TRIGGER)),
    # by March 31st, 2026
    _Pattern(_c(rf"{_LB}(?P<mon>{_EN_MONTH_RE})\s*(?P<d>{_DAY})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{_YEAR}))?{_LA}"),
             _re(_EN_MONTH_TRIGGER)),
    # by 31 March 2026
    _Pattern(_c(rf"(?<![\d.,])(?P<d>{_DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_EN_MONTH_RE})(?:,?\s+(?P<y>{_YEAR}))?{_LA}"),
             _re(_EN_MONTH_TRIGGER)),
    # 到2026年6月30日前, 6月底, 10月1号之前, 12月
    _Pattern(_c(rf"(?P<prep>截至|截止到?|到|在|于|至)?\s*(?:(?P<y>{_YEAR})\s*年\s*)?(?<![\d.])(?P<zm>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月"
                rf"(?:\s*(?P<zd>{_ZH_SMALL})\s*[日号])?(?P<zend>底|末|初|中旬|上旬|下旬)?{_ZH_POST}?"), _re(("月",)), back=False),
    # 2026年底前, 到2026年
    _Pattern(_c(rf"(?P<prep>截至|截止到?|到|在|于|至)?\s*(?P<y>{_YEAR})\s*(?P<yw>年度?)(?P<zend>底|末|终|内)?{_ZH_POST}?"),
             _re(r"\d\s*年"), back=False),
    # 本季度末, 年底前, 今年内, 上半年, 第二季度
    _Pattern(_c(rf"(?P<prep>截至|截止到?|到|在|于|至)?(?:今年|本年|明年)?"
                rf"(?:(?P<zper>(?:今|本|明|当)?年度?|(?:本|当|这个|下个?)?季度|(?:本|当|这个|下个?)?月|财年)"
                rf"{_ZH_END}|(?P<zhalf>上半年|下半年)|第?(?P<zq>[一二三四1-4])季度(?P<zend2>末|底|结束前|内)?)"
                rf"{_ZH_POST}?"), _re(("年", "月", "季")), back=False),
    # by end of Q2 2026, in Q3, 2019-Q4, Q2'26, Q2末, к концу Q2
    _Pattern(_c(rf"(?<![A-Za-z0-9])"
                rf"(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q|H(?P<h>[12])|(?P<h2>[12])H(?=[\s'’-]?(?:19|20)?\d{{2}}(?!\d)))"
                rf"(?:[\s-]?(?P<y>{_YEAR})|['’](?P<y2>\d{{2}}))?(?![A-Za-z0-9])(?P<zend>末|底|结束前|结束|内|之前|前)?"),
             _re(r"[qh][1-4]|[1-4][qh]"), needs_marker=True),
    # во 2 квартале, в III квартале 2026 года ("2 квартала" is a duration, not Q2)
    _Pattern(_c(rf"{_LB}(?:(?P<qn>[1-4])(?:-?(?:м|й|го|ом))?|(?-i:(?P<qr>I{{1,3}}|IV)))\s+(?P<quarter>квартал[еу]?|кв\.|quarter)"
                rf"(?:\s+(?P<y>{_YEAR})(?:\s*(?:г\.|года?|году))?)?{_LA}"), _re(("квартал", "кв.", "quarter")), needs_marker=True),
    # во втором полугодии, in the first quarter, second half of 2026
    _Pattern(_c(rf"{_LB}(?P<qo>перв|втор|трет|четв[её]рт|first|second|third|fourth|1st|2nd|3rd|4th)\w*\s+"
                rf"(?:(?P<quarter>квартал\w*|quarter)|(?P<half>полугоди\w*|half))"
                rf"(?:\s+(?:of\s+)?(?P<y>{_YEAR})(?:\s*(?:г\.|года?|году))?)?{_LA}"),
             _re(("квартал", "quarter", "half", "полугод")), needs_marker=True),
    # by the end of the quarter, this month, до конца года, в этом квартале
    _Pattern(_c(r"(?<![\w])(?P<rel>(?:the\s+)?(?:this|next|current|coming|following)\s+"
                r"|(?:этого|текущего|следующего|этом|текущем|следующем|этот|текущий|следующий|эту|текущую|следующую|этой|текущей|следующей)\s+)?"
                r"(?P<per>month|quarter|year|week|sprint|half-year|half|fiscal\s+year|cycle"
                rf"|месяц[аеу]?|квартал[аеу]?|год[аеу]?|недел[июея]|спринт[аеу]?|полугоди[яею]|финансового\s+года){_LA}"),
             _re(_PERIOD_TRIGGER), needs_marker=True),
    # EOY, by EOQ, year-end
    _Pattern(_c(rf"{_LB}(?P<eo>EO[YQMWDH]|EOFY|(?:year|quarter|month)-end){_LA}"), _re(("eo", "-end"))),
    # in the next six months, в ближайшие 3 месяца, 未来6个月内
    _Pattern(_c(rf"{_LB}(?:(?:in|over|within|during)\s+the\s+(?:next|coming|following)|в\s+ближайшие|за\s+ближайшие"
                r"|в\s+течение\s+(?:следующих|ближайших))\s+(?:[\w.,]+\s+)?"
                rf"(?:months?|weeks?|quarters?|years?|месяц\w*|недел\w*|квартал\w*|год\w*|лет){_LA}"),
             _re(("next", "coming", "following", "ближайш", "следующих")), back=False),
    _Pattern(_c(r"(?:未来|接下来|今后)\s*[\d一二两三四五六七八九十]+\s*个?(?:月|周|季度|年)内?"), _re(("未来", "接下来", "今后")), back=False),
    # в 2026 году, by 2026, к концу 2026 года, 2026 год; not "2000+ stars" (a count of at least 2000), not a
    # round 2000 or a number counted by a Chinese classifier ("新增注册用户 2000 个"): years take neither
    _Pattern(_c(rf"(?<![\w$€£¥₽.,])(?!(?:19|20)00(?!\d))(?P<y>{_YEAR})(?P<yw>\s*(?:г\.|года?|году|год{_LA}|year))?"
                rf"(?![\d%+]|[.,]\d|[^\W\d_]|\s*{_ZH_COUNTERS})"),
             _re(r"(?:19|20)\d\d"), needs_marker=True),
    # в марте, by March 2026, к концу марта
    _Pattern(_c(rf"{_LB}(?P<mon>{_RU_MONTH_ANY}|(?:january|february|march|april|(?-i:May)|june|july|august|september|october|november|december))"
                rf"(?:\s+(?P<y>{_YEAR}))?{_LA}"),
             _re(_RU_MONTH_TRIGGER + _EN_MONTH_TRIGGER),
             requires_prep=True),
    # FY26, FY2026
    _Pattern(_c(rf"{_LB}FY\s?['’]?(?P<fy>\d{{4}}|\d{{2}}){_LA}"), _re(r"fy\s?['’]?\d"), needs_marker=True),
)

# A preposition and/or "end of" right before a date core: "к концу ", "by the end of ", "в ".
_BACK = compile_pattern(rf"{_LB}(?:(?P<prep>{_PREP})\s*)?{_END}?(?:the\s+)?$", re.IGNORECASE)
_BACK_WINDOW = 40

# The last word of every _BACK match: a cheap test before running _BACK itself.
_BACK_LAST_WORDS = frozenset(
    "by before until till through thru in during within for at on than of the end close start beginning middle mid early late "
    "к ко до по в во на течение позднее позже конца концу конце окончанию окончания окончании начала началу начале "
    "середине середины середину".split()
)
_BACK_LAST_CHARS = frozenset("到在于至止-")


def _may_have_back(text: str, start: int) -> bool:
    head = text[max(0, start - _BACK_WINDOW) : start].rstrip()
    if not head:
        return False
    if head[-1] in _BACK_LAST_CHARS:
        return True
    last = head.rsplit(None, 1)[-1].lower()
    return last in _BACK_LAST_WORDS


_YEAR_BEFORE = compile_pattern(rf"(?<![\w.])({_YEAR})[-\s]?$")
_ZH_PRE_NUMERAL = compile_pattern(r"[\d一二两三四五六七八九十几个]$")
_UNIT_AFTER_YEAR = compile_pattern(
    r"\s*(?:%|％|[$€£₽¥]|тыс|млн|млрд|руб|k\b|m\b|x\b|раз"
    r"|(?:до|to|→|->|—|–|-|到|至)\s*[$€£¥₽]?(?!(?:19|20)\d{2}(?!\d))\d)",
    re.IGNORECASE,
)
_NEXT_WORD = compile_pattern(r"\s*([^\W\d_][\w-]*)")


# --- Matching ------------------------------------------------------------------------------


def _is_count_not_year(text: str, year_end: int) -> bool:
    """ "до 2030 клиентов", "by 2000 customers", "с 2000 до 3000": a number, not a year."""
    if _UNIT_AFTER_YEAR.match(text, year_end):
        return True
    word = _NEXT_WORD.match(text, year_end)
    return bool(word and looks_like_counted_noun(word.group(1)))


def _has_marker(g: dict[str, str | None]) -> bool:
    return any(g.get(k) for k in ("prep", "endw", "endw2", "endr", "zend", "zend2", "post", "yw", "rel", "eo"))


@lru_cache(maxsize=4096)
def _candidates(text: str) -> tuple[tuple[int, int, bool, dict[str, str | None]], ...]:
    """Every date-like span as (start, end, is_deadline, groups); memoised because the
    facade asks for the quantities (which mask dates) and the deadline of the same text."""
    return tuple(_matches(text))


def _matches(text: str) -> Iterator[tuple[int, int, bool, dict[str, str | None]]]:
    low = text.lower()
    patterns = _PATTERNS
    if _ANY_WORD is not None and _trigger_words(low).search(low) is None:
        if not _may_have_regex_trigger(low) or _ANY_REGEX.search(low) is None:
            return  # no pattern's trigger is in the text: most texts name no date
        # No trigger word stands in the text, only a trigger regex matched ("2026", "Q3", "31.03"): the
        # patterns a word triggers would each search the text for theirs in vain (~12 searches, ~4 µs).
        patterns = _REGEX_TRIGGERED
    for pattern in patterns:
        if not pattern.trigger.search(low):
            continue
        for m in pattern.regex.finditer(text):
            if m.end() == m.start():
                continue
            start, g = m.start(), m.groupdict()
            if "q" in g and (year_before := _YEAR_BEFORE.search(text, max(0, start - 6), start)):
                start, g["yb"] = year_before.start(), year_before.group(1)  # "2019-Q4"
            if pattern.back and _may_have_back(text, start):
                back = _BACK.search(text, max(0, start - _BACK_WINDOW), start)
                if back and back.start() < start:
                    start = back.start()
                    g.update(back.groupdict())
            if pattern.requires_prep and not g.get("prep"):
                continue
            if not _plausible(text, m, g, start):
                continue
            is_deadline = _has_marker(g) if pattern.needs_marker else _date_is_deadline(g)
            end = m.end()
            if is_deadline:
                start, end = _with_done_by(text, start, end, g)
            yield (*_trimmed(text, start, end), is_deadline, g)


# "…，9月底前完成", "（Q3结束前达成）", "…, done by the end of September", «(выполнить до конца сентября)»: "done by
# then" written after the KR belongs to its deadline; the verb orders nothing. Not "9月底前完成新版开发" or
# "Migration completed by Q3", where the verb is what the text says.
_ZH_DONE_BY = compile_pattern(r"\s*(?:完成|达成|实现|完毕)(?=[\s。．.；;，,、）)!！]*$)")
_DONE_BEFORE = compile_pattern(
    r"[(,;]\s*((?i:(?:to\s+be\s+)?(?:done|completed?|finished|delivered|achieved)|выполнить|сделать|завершить|выполнено"
    r"|сделано|завершено))\s+$")


def _with_done_by(text: str, start: int, end: int, g: dict[str, str | None]) -> tuple[int, int]:
    if (g.get("post") or g.get("zend") or g.get("zend2")) and text[:start].strip():  # "6月30日前完成" alone says what
        done_by = _ZH_DONE_BY.match(text, end)
        end = done_by.end() if done_by else end
    if g.get("prep") and start > 0 and text[start - 1].isspace():
        done = _DONE_BEFORE.search(text, max(0, start - 24), start)
        start = done.start(1) if done else start
    return start, end


_REGEX_TRIGGER_STARTS = r"[\dqhf]"  # what the regex triggers can start with (on the lower-cased text)


def _trigger_words(low: str) -> Any:
    """The alternation of the plain triggers to search `low` with: in an ASCII text only the ASCII words
    can stand, and their alternation alone (half the branches, tried at each character that can start
    one) is ~2x faster than the full one on an English KR (~1.4 µs of ~2.5 µs)."""
    return _ANY_ASCII_WORD if low.isascii() else _ANY_WORD


def _any_trigger(patterns: tuple[_Pattern, ...]) -> tuple[Any, Any, Any] | None:
    """Every pattern's trigger in two searches: a text where neither finds anything has no date, told at two
    searches instead of one a pattern. Only for triggers with the same flags and no groups, where the
    alternations find something exactly where one of them would; otherwise None (each is searched).

    The plain substrings go in one alternation with a branch per first character ("j(?:an|un|ul)|…"):
    when every branch starts with a literal, `re` skips in C to where one of those characters stands,
    while an alternation of the triggers as written was tried branch by branch at every character
    (~3x slower on a KR with no date). The regex triggers are a second, short alternation."""
    flags = {p.trigger.flags for p in patterns}
    if len(flags) != 1 or any(p.trigger.groups for p in patterns):
        return None
    flag = flags.pop()
    words = [word for p in patterns for word in _PLAIN_TRIGGERS.get(p.trigger, ())]
    regexes = dict.fromkeys(p.trigger.pattern for p in patterns if p.trigger not in _PLAIN_TRIGGERS)
    # The regex triggers all start with a digit or a letter of "q2", "h1", "fy26": a lookahead on that
    # character lets the engine pass every other character at one test instead of trying each branch
    # (~6 µs a Latin KR, the most of the date check). tests/analysis/test_core_starts.py checks it
    # lets through every character a trigger can start with.
    regex = "|".join(f"(?:{r})" for r in regexes)
    return (lazy_compile(word_alternation(words), flag),
            lazy_compile(f"(?={_REGEX_TRIGGER_STARTS})(?:{regex})" if regex else "(?!)", flag),
            lazy_compile(word_alternation([word for word in words if word.isascii()]), flag))


_ANY_WORD, _ANY_REGEX, _ANY_ASCII_WORD = _any_trigger(_PATTERNS) or (None, None, None)
_REGEX_TRIGGERED = tuple(p for p in _PATTERNS if p.trigger not in _PLAIN_TRIGGERS)  # in order, as _PATTERNS

# What each regex trigger cannot match without (tests/analysis/test_deadlines.py checks every one is here).
# A search of _ANY_REGEX tries its branches at every digit of a text (~20k instructions a KR with numbers);
# `in` tests take a few hundred each, and tell most texts with digits but no date.
_QUARTER_TRIGGER = r"[qh][1-4]|[1-4][qh]"
_REGEX_TRIGGER_NEEDS = {
    r"(?:19|20)\d\d[-/.]\d": ("19", "20"),
    r"\d[./]\d{1,2}[./]\d": (".", "/"),
    r"\d\.\d": (".",),
    r"\d\s*年": ("年",),
    _QUARTER_TRIGGER: tuple(pair for letter in "qh" for digit in "1234" for pair in (letter + digit, digit + letter)),
    r"(?:19|20)\d\d": ("19", "20"),
    r"fy\s?['’]?\d": ("fy",),
}
_REGEX_TRIGGER_NEEDED = tuple(dict.fromkeys(
    needle for trigger, needles in _REGEX_TRIGGER_NEEDS.items() if trigger != _QUARTER_TRIGGER for needle in needles))
_QUARTER_PAIRS = _REGEX_TRIGGER_NEEDS[_QUARTER_TRIGGER]


def _may_have_regex_trigger(low: str) -> bool:
    """False when no regex trigger can match in `low`: none of the strings they need is in it."""
    for needle in _REGEX_TRIGGER_NEEDED:
        if needle in low:
            return True
    if "q" not in low and "h" not in low:
        return False  # no "q1"…"4h" either: two tests instead of sixteen (most Cyrillic and Chinese texts)
    for pair in _QUARTER_PAIRS:
        if pair in low:
            return True
    return False


def _plausible(text: str, m: re.Match[str], g: dict[str, str | None], start: int) -> bool:
    """Filters a regex cannot express well."""
    if g.get("zper") and not g.get("prep") and _ZH_PRE_NUMERAL.search(text, 0, start):
        return False  # "三年内", "3个月内": a duration, not a date
    if "per" in g and not _period_is_anchored(g):
        return False  # "в год" (per year), "of the year": not a point in time
    if g.get("y") and "yw" in g and not g.get("yw") and _is_count_not_year(text, m.end("y")):
        return False
    if "zm" in g and not _zh_date_ok(g):
        return False
    return True


def _period_is_anchored(g: dict[str, str | None]) -> bool:
    """ "до конца года", "this quarter", "in the quarter", "в течение месяца" — not "в год"."""
    if g.get("endw") or g.get("endw2") or g.get("endr"):
        return True
    rel = (g.get("rel") or "").strip().lower()
    prep = " ".join((g.get("prep") or "").lower().split())
    if rel and rel != "the":
        return True
    if rel == "the":
        return bool(prep) and prep not in ("at", "on")
    return prep in ("в течение", "during", "within")


def _zh_date_ok(g: dict[str, str | None]) -> bool:
    # A bare numeral + 月 could be a month count written without 个; only accept month numbers.
    return _zh_int(g["zm"]) is not None and 1 <= (_zh_int(g["zm"]) or 0) <= 12


def _date_is_deadline(g: dict[str, str | None]) -> bool:
    """Dates with a day are deadlines; a bare zh month ("环比12月") needs a marker."""
    if g.get("zm") and not (g.get("zd") or g.get("y")):
        return _has_marker(g)
    if g.get("mon") and not g.get("d"):
        return bool(g.get("prep"))
    return True


def date_spans(text: str) -> list[tuple[int, int]]:
    """Spans of every date, period label and deadline in `text` (may overlap)."""
    return [(start, end) for start, end, _, _ in _candidates(text)]


def find_deadline(text: str, lang: str) -> Deadline | None:
    """The first deadline in `text`, or None."""
    best: tuple[int, int, dict[str, str | None]] | None = None
    for m_start, m_end, is_deadline, groups in _candidates(text):
        if not is_deadline:
            continue
        start, end = m_start, m_end
        if best is None or start < best[0] or (start == best[0] and end > best[1]):
            best = (start, end, groups)
    if best is None:
        return None
    start, end, groups = best
    return Deadline(raw=text[start:end], start=start, end=end, iso_date=_iso(groups, lang))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- ISO dates -----------------------------------------------------------------------------


def _zh_int(raw: str | None) -> int | None:
    if not raw:
        return None
    if raw.isdigit():
        return int(raw)
    value = parse_zh(raw)
    return int(value) if value is not None else None


def _year(g: dict[str, str | None]) -> int | None:
    for key in ("y", "yb"):
        raw = g.get(key)
        if raw:
            return int(raw) if len(raw) == 4 else 2000 + int(raw)  # "31.03.26"
    for key in ("y2", "fy"):
        raw = g.get(key)
        if raw:
            return int(raw) if len(raw) == 4 else 2000 + int(raw)
    return None


def _is_end(g: dict[str, str | None]) -> bool:
    word = (g.get("endw") or g.get("endw2") or g.get("endr") or "").lower()
    zend = g.get("zend") or g.get("zend2") or ""
    return word.startswith(("end", "close", "конц", "оконч")) or zend in ("底", "末", "终", "结束前", "结束")


def _quarter(g: dict[str, str | None]) -> int | None:
    for key in ("q", "q2", "qn"):
        if g.get(key):
            return int(g[key])  # type: ignore[arg-type]
    if g.get("qr"):
        return _ROMAN.get(g["qr"])  # type: ignore[arg-type]
    if g.get("qo"):
        return _ORDINALS.get(g["qo"].lower()[:4]) or _ORDINALS.get(g["qo"].lower())  # type: ignore[union-attr]
    if g.get("zq"):
        return _zh_int(g["zq"])
    return None


def _iso(g: dict[str, str | None], lang: str) -> str | None:
    try:
        return _iso_unchecked(g, lang)
    except (ValueError, TypeError, OverflowError):
        return None  # 31 February and the like: no exact date


def _last_day(year: int, month: int) -> str:
    """The month's last day, as an ISO date (the day before the next month's first; no calendar import)."""
    following = _dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - _dt.timedelta(days=1)).isoformat()


def _iso_unchecked(g: dict[str, str | None], lang: str) -> str | None:
    year = _year(g)
    if year is None:
        return None
    month = _month(g, lang)
    day = _zh_int(g.get("zd")) or (int(g["d"]) if g.get("d") else None)  # type: ignore[arg-type]
    if g.get("sep") == "/" and month and day and _month_first(day, month, lang):
        month, day = day, month  # en writes 03/31/2026
    if month and day:
        return _dt.date(year, month, day).isoformat()
    if not _is_end(g):
        return None
    if month:
        return _last_day(year, month)
    quarter = _quarter(g)
    if quarter and (g.get("q") or g.get("q2") or g.get("quarter") or g.get("zq")):
        last = 3 * quarter
        return _last_day(year, last)
    half = g.get("h") or g.get("h2") or (str(quarter) if g.get("half") else None)
    if half:
        return f"{year}-06-30" if half == "1" else f"{year}-12-31"
    return f"{year}-12-31"


def _month_first(first: int, second: int, lang: str) -> bool:
    """Is "a/b/yyyy" month-first? Whichever part exceeds 12 is the day; else en is m/d."""
    if first > 12:
        return False
    if second > 12:
        return True
    return lang == "en"


def _month(g: dict[str, str | None], lang: str) -> int | None:
    if g.get("m"):
        return int(g["m"])  # type: ignore[arg-type]
    if g.get("zm"):
        return _zh_int(g["zm"])
    if g.get("mon"):
        return _month_number(g["mon"])  # type: ignore[arg-type]
    return None
