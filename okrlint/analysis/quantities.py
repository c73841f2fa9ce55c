"""Quantities, from→to changes and deadlines in one normalised OKR text.

    find_quantities("Сократить срок с 12 до 8 недель к концу Q2", "ru")
        -> [Quantity("12", 12.0, DURATION, "week"), Quantity("8 недель", 8.0, DURATION, "week")]

How it works: one regex finds number cores (digits, number words, Chinese numerals,
placeholders such as "[N1]" / "X%"); for each core we look at the few characters after it
(range, multiplier, unit, counted noun) and before it (currency, sign, "NPS", "в ... раза").
Dates and period labels (from `deadlines.date_spans`) are masked first, so "31 марта",
"Q2", "2026" or "6月底" never become quantities.

Decisions a rule author should know:
- A dash range ("20–30%", "4–5x") is ONE quantity whose value is the lower bound.
- "от 3 до 5" / "from 5 to 2 days" are TWO quantities; a unit written only on the second is
  copied to the first, and `find_change` reports them as a Change.
- Number words ("пять", "twenty", "三十") count only with a unit or a counted noun; "one" /
  "один" / "一" + noun (an article in disguise) needs "at least" / "хотя бы" / "至少". A Chinese
  numeral that opens with a digit and holds 千/万/亿 ("一万", "三十万") counts alone.
- Not quantities: years, dates, quarters, ordinals ("1st", "2-й", "第3"), versions ("v2.0"),
  model and code names ("GPT-4", "A5", "4G", "P95"), labels ("day 0", "sprint 3",
  "ISO 9001", "#4260"), times of day ("10:00") and "24/7".
- COUNT's unit is the next word lower-cased (a modifier like "new"/"новых" is skipped); in
  Chinese it is the classifier ("场", "个") or a common noun ("用户").
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from okrlint.analysis import numbers as nums
from okrlint.analysis.first_char import alternation_by_first_char, can_start, word_alternation
from okrlint.analysis.lazyre import lazy_compile
from okrlint.analysis.deadlines import date_spans, find_deadline
from okrlint.analysis.title_words import CAPITALISED_SMALL_WORD, TITLE_SMALL_WORDS
from okrlint.analysis.one_unit_bounds import one_unit_bounds
from okrlint.analysis.facts import Change, Quantity, QuantityKind, new_change, new_quantity, plain_members
from okrlint.compiled_patterns import compile_pattern

__all__ = ["find_quantities", "find_change", "find_deadline", "is_withheld_number"]

K = plain_members(QuantityKind)  # K.PLAIN is QuantityKind.PLAIN, read without the enum's slow attribute hook

# --- Core: where a number starts -----------------------------------------------------------

_LETTER = "A-Za-zА-Яа-яЁё"
_NOTE_TEXT = r"[^\[\]()（）【】\n]{0,30}?"
_HIDDEN_NUMBER_NOTE = (
    rf"\\?[\[(（【]{_NOTE_TEXT}(?i:redacted|confidential|withheld|undisclosed|not disclosed"
    r"|internal (?:metric|target|number|figure)s?|скрыт\w*|засекречен\w*|конфиденциальн\w*|не разглаша\w*"
    rf"|内部指标|内部数据|内部目标|保密|脱敏){_NOTE_TEXT}\\?[\])）】]"
)
_PLACEHOLDER = (
    r"\[\s*_?\$?(?-i:[NXYZ])(?:_?\d{1,2}|<sub>\d{1,2}</sub>)?_?\s*\](?:\[n?\d+\])?"
    rf"|(?<![{_LETTER}0-9_-])(?-i:N_?\d{{1,2}}|[NXYХ]{{1,3}})(?![{_LETTER}0-9_-])"
    # glued to a unit of time or size: "from Xmin to Ymin", "Xms", "Yh"
    rf"|(?<![{_LETTER}0-9_-])(?-i:[NXY])(?=(?:ms|min|mins|sec|hrs?|h|d|k|K|M|MB|GB)(?![{_LETTER}0-9_-]))"
    # A redacted or not-yet-written number before a unit: "收入****亿", "超过*亿", "发文 x 篇", "x%".
    r"|(?<![A-Za-z0-9_*])(?:\*{1,4}|(?-i:x))(?=\s?[%％万亿千百个篇次场家名人位条项款])"
    # A note that the number is withheld: "[redacted: internal figure]", "(confidential)", «[цифра скрыта]», 【内部指标】
    rf"|{_HIDDEN_NUMBER_NOTE}"
)
_RATIO_WORDS = {
    "вдвое": 2, "втрое": 3, "вчетверо": 4, "впятеро": 5, "вшестеро": 6, "всемеро": 7,
    "ввосьмеро": 8, "вдевятеро": 9, "вдесятеро": 10, "двукратн": 2, "трехкратн": 3,
    "трёхкратн": 3, "четырехкратн": 4, "четырёхкратн": 4, "пятикратн": 5, "десятикратн": 10,
    "полуторакратн": 1.5, "double": 2, "doubled": 2, "doubling": 2, "triple": 3, "tripled": 3,
    "tripling": 3, "quadruple": 4, "quadrupled": 4, "twice": 2, "thrice": 3, "twofold": 2,
    "threefold": 3, "fourfold": 4, "fivefold": 5, "tenfold": 10,
}
_RATIO_RE = (
    r"(?<![\w-])(?:(?:двукратн|трехкратн|трёхкратн|четырехкратн|четырёхкратн|пятикратн|десятикратн|полуторакратн)\w*"
    r"|вдвое|втрое|вчетверо|впятеро|вшестеро|всемеро|ввосьмеро|вдевятеро|вдесятеро"
    r"|double[ds]?|doubling|triple[ds]?|tripling|quadrupled?|twice|thrice|twofold|threefold|fourfold|fivefold|tenfold)"
    r"(?![\w-])"
)
_HALF_RE = r"(?<![\w-])(?:half|половин\w*|полчаса|полгода|полдня)(?![\w-])"
_ZH_HALF_RE = r"一半|(?<![上下前后多])半(?=个?月|个?小时|天|年)"

_BASIC_PARTS = (
    rf"(?P<zhpct>百分之(?P<zhpctn>{nums.DIGITS}|{nums.ZH_NUM_RE}))",
    # 七成 = 70%, 三成 = 30% (not 成功, 成本, 成员…)
    r"(?P<cheng>(?P<chengn>[一二两三四五六七八九]|\d)成(?![功本员立为果长熟效交品绩型]))",
    rf"(?P<zhfrac>(?P<zhden>\d+|{nums.ZH_NUM_RE})分之(?P<zhnum>\d+|{nums.ZH_NUM_RE}))",
    r"(?P<fan>翻(?P<fann>[一两二三四五])番|翻番|翻倍)",
    rf"(?P<zhhalf>{_ZH_HALF_RE})",
    rf"(?P<ph>{_PLACEHOLDER})",
    rf"(?P<dig>{nums.DIGITS})",
)
_WORD_PARTS = (
    rf"(?P<half>{_HALF_RE})",
    rf"(?P<ratio>{_RATIO_RE})",
    rf"(?P<ruw>{nums.RU_WORDS_RE})",
    rf"(?P<enw>{nums.EN_WORDS_RE})",
)
# The characters a core can start with (tests/analysis/test_core_starts.py derives them from the
# patterns and checks they cover every way a match begins). Scanning a text, the regex engine tried
# every branch of the core at every character; a lookahead on the first character lets it skip
# the characters no number starts with, ~5x faster, with the same matches.
_BASIC_STARTS = r"[\d\[\\(（【*NXYХx零〇一二两三四五六七八九十百翻半]"
_FULL_STARTS = r"[\d\[\\(（【*NXYХx零〇一二两三四五六七八九十百翻半abdefhmnoqstzвдмнопстчш]"  # case-insensitive

# Number words make the regex slow (long case-insensitive alternations), so the full core
# runs only on texts that contain such a word; the basic one handles everything else.
_CORE_BASIC = lazy_compile(rf"(?={_BASIC_STARTS})(?:" + "|".join((*_BASIC_PARTS, rf"(?P<zh>{nums.ZH_NUM_RE})")) + ")")


@lru_cache(maxsize=1)
def _core_full() -> re.Pattern[str]:
    # Compiled on first use: ~15 ms of start-up that most runs (no number words) never need.
    return compile_pattern(
        rf"(?={_FULL_STARTS})(?:" + "|".join((*_BASIC_PARTS[:4], _WORD_PARTS[0], *_BASIC_PARTS[4:], *_WORD_PARTS[1:],
                                              rf"(?P<zh>{nums.ZH_NUM_RE})")) + ")",
        re.IGNORECASE,
    )


_LOWER_WORD = lazy_compile(r"[a-zа-яё]+")
_NUMBER_WORDS = frozenset(nums.RU_WORDS) | frozenset(nums.EN_WORDS) | frozenset(_RATIO_WORDS) | {
    "doubles", "triples", "quadruple", "half", "полчаса", "полгода", "полдня",
}
# Stems of number words (any ending): a substring test each, ~4x cheaper than a search of their alternation
_NUMBER_STEMS = ("половин", "кратн", "double", "tripl")


def _has_number_stem(low: str) -> bool:
    for stem in _NUMBER_STEMS:  # a loop, not any(…): a generator costs as much as the tests
        if stem in low:
            return True
    return False


def _core(text: str, low: str) -> re.Pattern[str]:
    """The core regex for `text` (`low`: it lowered): with number words only when the text has one."""
    global _lowered
    _lowered = text, low if len(low) == len(text) else None, None  # for the windows before its numbers (_window_has)
    words = _LOWER_WORD.findall(low)  # (one scan: a search first found a word in nearly every Latin or Cyrillic text)
    if not words:
        return _CORE_BASIC  # no Latin or Cyrillic letter (most Chinese texts): no number word
    if not _NUMBER_WORDS.isdisjoint(words) or _has_number_stem(low):
        return _core_full()
    return _CORE_BASIC


# --- After the number ----------------------------------------------------------------------

_SP = r"[ \u00a0\u202f\u2009]"
_NL = r"(?![a-zа-яё])"  # end of a Latin/Cyrillic word (case-insensitive patterns)

_RANGE = lazy_compile(rf"(?P<pct>%|％)?{_SP}?(?:[-–—~～]|至){_SP}?(?P<n2>{nums.DIGITS})")
_MULT_ATTACHED = lazy_compile(r"(?:MM|bn|[kKкКMB])(?![A-Za-zА-Яа-яЁё])")
# The characters these (case-sensitive) patterns and _RU_CASE_ENDING can start with: most numbers are
# followed by none of them, and a set lookup is cheaper than a regex call that fails
# (tests/analysis/test_core_starts.py derives them from the patterns).
_RANGE_STARTS = frozenset("%％ \u00a0\u202f\u2009-–—~～至")
_RANGE_DASHES = frozenset("-–—~～至")  # what joins the two numbers of a range (_RANGE, after its optional space)
_MULT_ATTACHED_STARTS = frozenset("MbkKкКB")
# Chinese writes 万 as a Latin W after digits ("日活10W", "10w+"): only in a Chinese text, where "10W"
# is hardly ever watts in an OKR
_ZH_WAN_LETTER = lazy_compile(r"[wW](?![A-Za-z])")
_MULT_WORDS = (rf"тыс\.|тыс{_NL}|тысяч[аиу]?{_NL}|млн\.?|миллион(?:а|ов)?{_NL}|млрд\.?|миллиард(?:а|ов)?{_NL}"
               rf"|трлн\.?|thousand{_NL}|million{_NL}|billion{_NL}|trillion{_NL}|mln{_NL}|bn{_NL}")
_MULT_CJK = "万亿|千万|百万|万|亿|千(?!克|米|瓦)"
_MULT_SPACED = lazy_compile(rf"{_SP}?(?:{_MULT_WORDS})|{_MULT_CJK}", re.IGNORECASE)
# The characters a spaced multiplier, a glued unit and an ordinal ending can start with (after the
# space, for the multiplier): most numbers are followed by none of them, and a lookup per character
# is cheaper than a regex call that fails (test_core_starts.py derives them from the patterns).
_MULT_SPACED_STARTS = "[тмtmb万亿千百]"
_UNIT_ATTACHED_STARTS = "[xх×mhdspkgtкмгт]"
_ORDINAL_AFTER_STARTS = r"[snrt\-йгеямюоыиа]"
_SP_CHARS = frozenset(" \u00a0\u202f\u2009")
_UNIT_ATTACHED = lazy_compile(
    r"(?P<ratio>[xх×](?![a-zа-яё]))|(?P<ms>(?-i:ms)(?![a-z]))|(?P<hour>(?-i:h|hrs?)(?![a-z]))"
    r"|(?P<day>(?-i:d)(?![a-z]))|(?P<second>(?-i:s)(?![a-z]))|(?P<minute>(?-i:min)(?![a-z]))"
    r"|(?P<ppm>ppm|ppb)(?![a-z])|(?P<size>(?-i:[KMGTP]i?B|[kmgtp]b)(?:/s|ps)?|[кмгт]б)(?![a-zа-яё])",
    re.IGNORECASE,
)
# Each unit after the characters it can start with (case-insensitive, as the pattern): a branch that
# starts with a group is otherwise entered after every number and each of its spellings tried,
# case-folded; with the lookahead the engine skips it at one character test (~2.5x faster a call).
# tests/analysis/test_core_starts.py derives the characters from the branches.
_UNIT_PARTS = (
    (r"[pп个百]", rf"(?P<pp>п\.{_SP}?п\.?|пп\.?{_NL}|процентн\w*\s+пункт\w*|p\.{_SP}?p\.?|ppts?{_NL}|pp{_NL}|percentage[\s-]+points?{_NL}|个百分点|百分点)"),
    (r"[bб个基]", rf"(?P<bp>б\.{_SP}?п\.?|bps?{_NL}|basis\s+points?{_NL}|базисн\w*\s+пункт\w*|个基点|基点)"),
    (r"[%pп％]", rf"(?P<pct>%|％|процент\w*|percent(?:age)?{_NL}|per\s?cent{_NL}|pct{_NL})"),
    (r"[rр₽]", rf"(?P<RUB>₽|руб(?:л[ьяей]\w*)?\.?|р\.(?![а-яё])|RUB{_NL})"),
    (r"[\$duд美]", rf"(?P<USD>\$|USD{_NL}|долл\w*\.?|dollars?{_NL}|美元|美金)"),
    (r"[eе€欧]", rf"(?P<EUR>€|EUR{_NL}|евро{_NL}|euros?{_NL}|欧元)"),
    (r"[gp£ф英]", rf"(?P<GBP>£|GBP{_NL}|фунт\w*|pounds?\s+sterling{_NL}|英镑)"),
    (r"[cry¥ю人元块]", rf"(?P<CNY>元|块钱?|人民币|CNY{_NL}|RMB{_NL}|юан\w*|yuan{_NL}|¥)"),
    (r"[mм毫]", rf"(?P<ms>мс{_NL}|миллисекунд\w*|milliseconds?{_NL}|ms{_NL}|毫秒)"),
    (r"[sс秒]", rf"(?P<second>сек(?:унд\w*|\.)?{_NL}|seconds?{_NL}|secs?{_NL}|秒钟?)"),
    (r"[mм分]", rf"(?P<minute>мин(?:ут\w*|\.)?{_NL}|minutes?{_NL}|mins?{_NL}|分钟)"),
    (r"[hч个小钟]", rf"(?P<hour>час(?:а|ов)?{_NL}|ч\.?{_NL}|hours?{_NL}|hrs?{_NL}|个?小时|个?钟头)"),
    (r"[bcdwдкрс个天工日]", rf"(?P<day>(?:рабоч\w+\s+|календарн\w+\s+)?(?:дн(?:ей|я|и)|день|сут(?:ок|ки)){_NL}"
     rf"|(?:business\s+|working\s+|calendar\s+)?days?{_NL}|个?工作日|天|日(?=内|之内))"),
    (r"[wн个周星]", rf"(?P<week>недел[ьиюяе]\w*|нед\.|weeks?{_NL}|wks?{_NL}|个?星期|周(?!年|末))"),
    (r"[mм个]", rf"(?P<month>месяц(?:а|ев)?{_NL}|мес\.?{_NL}|months?{_NL}|个月)"),
    (r"[qк个]", rf"(?P<quarter>квартал(?:а|ов){_NL}|quarters{_NL}|个季度)"),
    (r"[yгл年]", rf"(?P<year>год(?:а|ов)?{_NL}|лет{_NL}|years?{_NL}|yrs?{_NL}|年(?![底末初中度内前]))"),
    (r"[sз星]", rf"(?P<star>stars?{_NL}|звезд\w*|星(?!期))"),
    (r"[pбо分]", rf"(?P<point>балл\w*|points?{_NL}|очк\w*|分(?![钟之]))"),
    (r"[\-f倍]", rf"(?P<ratio>倍|-?fold{_NL})"),
    (r"[р]", rf"(?P<raz>раз(?:а)?{_NL})"),
    (r"[t]", rf"(?P<times>times{_NL})"),
    (r"[nprst\s]", rf"(?P<percentile>(?:th|st|nd|rd)?\s?percentile{_NL})"),
    (r"[gkmptгкмт]", rf"(?P<size>(?-i:[KMGTP]i?B)(?:/s|ps)?{_NL}|[кмгт]б{_NL})"),
)
_UNIT_STARTS = r"[\$%\-bcdefghkmnpqrstuwy£¥бгдезклмнопрстфчю€₽个人倍元分周块基天小工年日星欧毫百秒美英钟％\s]"
_UNIT = lazy_compile(rf"{_SP}?(?={_UNIT_STARTS})(?:" + "|".join(f"(?={starts}){unit}" for starts, unit in _UNIT_PARTS) + ")",
                     re.IGNORECASE)
# _UNIT without its 24 lookaheads: per character, the alternation of only the units that can start
# there (_unit_at). The lookaheads alone were most of a failing _UNIT call (~9k instructions).
_UNITS_AT = alternation_by_first_char(_UNIT_STARTS, _UNIT_PARTS, re.IGNORECASE)
_MULT_SPACED_AT = can_start(_MULT_SPACED_STARTS, re.IGNORECASE)
_UNIT_ATTACHED_AT = can_start(_UNIT_ATTACHED_STARTS, re.IGNORECASE)
_ORDINAL_AFTER_AT = can_start(_ORDINAL_AFTER_STARTS, re.IGNORECASE)
_DURATIONS = {"ms", "second", "minute", "hour", "day", "week", "month", "quarter", "year"}
_CURRENCIES = {"RUB", "USD", "EUR", "GBP", "CNY"}

_COMPARATIVE = lazy_compile(
    r"\s+(?:more|less|faster|slower|higher|lower|bigger|smaller|better|cheaper|larger|greater|fewer|quicker|as)\b",
    re.IGNORECASE,
)
_NEXT_WORD = lazy_compile(rf"(?:{_SP}+|-)(?P<w>[{_LETTER}][\w'’]*(?:-[\w'’]+)*)")
_ZH_COUNTED_WORDS = (
    r"人次|个(?!百分点)|場|场|次(?!性)|家|名|位|份|篇|条|條|项|項|款|台|套|章|门|節|节|本|件|类|類|座|种|種"
    r"|人|所|支|张|張|间|間|户|戶|单|單|笔|筆|批|期|轮|輪|组|組|处|處|部|页|頁|辆|架|棵|只|颗"
    r"|首(?![次月页頁日周週年批届屆位个個家款])"  # 500首歌 (songs); not 首次, 首月: "first" 
    r"|用户|用戶|客户|客戶|会员|會員|粉丝|订单|門店|门店|员工|員工|学员|读者|线索|商家|城市|企业"
)
_ZH_COUNTED = lazy_compile(rf"{_SP}?(?P<cl>{_ZH_COUNTED_WORDS})")
# The characters a counted word starts with (test_core_starts derives them from _ZH_COUNTED_WORDS): after
# a number in a Latin or Cyrillic text, a set lookup instead of a regex call that fails.
_ZH_COUNTED_STARTS = frozenset("人个場场次家名位份篇条條项項款台套章门節节本件类類座种種所支张張间間户戶单單笔筆批期轮輪组組处處部页頁辆架棵只颗首用客会會粉订門员員学读线商城企")


def _zh_counted_at(text: str, p: int) -> re.Match[str] | None:
    """`_ZH_COUNTED.match(text, p)`, called only when the character after an optional space can start it."""
    char = text[p:p + 1]
    if char in _SP_CHARS:
        char = text[p + 1:p + 2]
    return _ZH_COUNTED.match(text, p) if char in _ZH_COUNTED_STARTS else None
_ORDINAL_AFTER = lazy_compile(r"(?:st|nd|rd|th)(?![a-z])|-?(?:й|го|е|я|м|ю|ой|ый|ий|ая|ое|ого|ому|ым|ом)(?![а-яё])", re.IGNORECASE)
_RU_CASE_ENDING = lazy_compile(r"-(?:ти|х|ух|ёх|ех|ми|и)(?![а-яё])", re.IGNORECASE)
_FRACTION = lazy_compile(rf"/{_SP}?(?P<den>\d+(?:[.,]\d+)?)(?![\d/])")
_PER_PERIOD = lazy_compile(r"/\s?(?:quarter|month|mo|week|wk|day|year|yr|мес\w*|месяц\w*|нед\w*|день|год|квартал|月|周|年|天)", re.IGNORECASE)
_STOPWORDS = frozenset(
    """
    and or of to in on at by for from with without per than vs the a an is are was were be been will would should
    can could may must has have had it its this that these those as into over under within across each every more less
    fewer higher lower above below plus minus while when where which who after before during until till so if then we
    our us they their you your i my he she his her not no yet also only up down out about through via percent times
    и или в во на с со к ко до от по за из у о об при для через без над под между а но не ни же ли что как чем то это
    также еще ещё уже более менее больше меньше выше ниже раз раза процентов процента
    """.split()
)
_MODIFIERS = frozenset(
    "new more additional extra active unique other paying новых новые новый новая новое дополнительных дополнительные "
    "активных активные уникальных ещё".split()
)

# --- Before the number ---------------------------------------------------------------------

_CUR_PREFIX = lazy_compile(r"(?:US\$|\$|€|£|¥|₽|(?:USD|EUR|GBP|RUB|CNY|RMB)\s?|人民币\s?)$")
_CUR_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "₽": "RUB"}
_SCORE_PREFIX = lazy_compile(
    r"(?<![A-Za-z])(?P<metric>e?NPS|CSAT|CES|ESAT|CSI|рейтинг\w*|оценк\w*|rating|score)[)\]]?\s*"
    r"(?:(?:of|at|to|from|is|до|с|от|на\s+уровне|не\s+ниже|не\s+менее|at\s+least|above|over|выше|более"
    r"|≥|>=|>|<|≤|=|:|—|–|-|达到|达|提升至|提升到|提高到|提高至|至|到|为)\s*)*$",
    re.IGNORECASE,
)
# A number right after one of these is a label: "sprint 3", "ISO 9001", "этап 2", "第3".
_LABEL_WORDS = frozenset(
    "day sprint phase stage step level tier version release wave round season iteration chapter section part "
    "item page gen generation series iso rfc soc pci wcag web ios android windows python java react node php "
    "ubuntu html kr okr no. стр. п. ст. гост день".split()
)
_LABEL_STEMS = (
    "этап", "фаз", "шаг", "уровен", "уровн", "верси", "релиз", "волн", "раунд", "сезон", "итераци", "глав",
    "раздел", "пункт", "стать", "тип", "модел", "поколени", "класс", "корпус", "спринт",
)
_LABEL_STEM_STARTS = frozenset(stem[0] for stem in _LABEL_STEMS)  # a Chinese word starts with none: one lookup, not 21 prefixes
_LABEL_MARKS = ("№", "#", "第", "版本")
_LAST_TOKEN = lazy_compile(r"(?:[A-Za-zА-Яа-яЁё]+\.?|[^\sA-Za-zА-Яа-яЁё\d]+)$")  # what _last_token finds
_LATIN_CYRILLIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюяЁё"


def _last_token(head: str) -> tuple[int, str]:
    """Where the last word of `head` starts, and the word ("" when none): the match of `_LAST_TOKEN.search(head)`.

    A word is a run of Latin/Cyrillic letters (with a dot after it: "стр.", "No.") or a run of other
    marks ("第", "#", "版本"). Searched with the regex, a run was tried from each of its letters, each
    time to the end: a few µs a number. Here the run is found from the end.
    """
    end = len(head)
    if head.endswith("\n"):
        end -= 1  # "$" also matches before a newline at the end
    stop = end - 1 if head.endswith(".", 0, end) else end
    letters_start = len(head[:stop].rstrip(_LATIN_CYRILLIC))
    if letters_start < stop:
        return letters_start, head[letters_start:end]
    # the run of other marks at the end, matched from the end of the head turned around (one regex call:
    # a Chinese head is such a run, and a call a character cost ~1k instructions each)
    other_start = end - _OTHER_MARKS.match(head[end - 1::-1]).end() if end else end
    return (other_start, head[other_start:end]) if other_start < end else (end, "")


_OTHER_MARKS = lazy_compile(r"[^\sA-Za-zА-Яа-яЁё\d]*")  # `\s` and `\d` are str.isspace and str.isdecimal
_TOP_PREFIX = lazy_compile(r"(?<![A-Za-zА-Яа-яЁё])(?:top|топ)\s*-?\s*$", re.IGNORECASE)
_RU_V = lazy_compile(r"(?<![А-Яа-яЁё])в\s*$", re.IGNORECASE)
_ORDINAL_BEFORE = lazy_compile(r"(?:first|second|1st|2nd|перв\w*|втор\w*|the\s+other)\s+$", re.IGNORECASE)
_BOUND_BEFORE = lazy_compile(
    r"(?:at\s+least|only|exactly|more\s+than|minimum(?:\s+of)?|хотя\s+бы|не\s+менее|минимум|как\s+минимум|ровно"
    r"|только|более|свыше|至少|最少|不少于|不低于|超过|多于|≥|>=)",
    re.IGNORECASE,
)
_NI = lazy_compile(r"(?<![А-Яа-яЁё])ни\s+$", re.IGNORECASE)
_CONNECTOR_AFTER = lazy_compile(r"\s*(?:до|to|→|->|=>|到|至)\s*", re.IGNORECASE)

# --- Changes -------------------------------------------------------------------------------

_ARROW = lazy_compile(r"\s*(?:→|->|=>|⟶|➝|➔|—>|-->)\s*")
_TO = lazy_compile(r"\s*(?:до|to)\s*", re.IGNORECASE)
_ZH_TO = lazy_compile(r"\s*[\u4e00-\u9fff]{0,4}?(?:到|至|为)\s*")
_FROM = lazy_compile(r"(?:(?<![\w])(?:с|со|от|from)\s+|从\s*|由\s*)$", re.IGNORECASE)
_BASELINE = lazy_compile(
    r"(?:текущ\w*|сейчас|было|baseline|current(?:ly)?|today|now|vs\.?|当前|目前|现在|基线)\s*(?:[:：—–-]|is|at|of)?\s*$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Cand:
    """A quantity under construction."""

    start: int
    end: int
    value: float | None
    kind: QuantityKind = K.PLAIN
    unit: str | None = None
    placeholder: bool = False
    mult: float = 1.0
    weak: bool = False  # kept only when it is one side of a from→to pair


# --- Public API ----------------------------------------------------------------------------


def find_quantities(text: str, lang: str) -> list[Quantity]:
    """All quantities in `text`, in order of appearance, non-overlapping."""
    if not text:
        return []
    low = text.lower()
    core = _core(text, low)
    masked = _mask(text, low)
    cands: list[_Cand] = []
    last_end = 0
    for m in _core_matches(text, core):
        if m.start() < last_end or masked and _overlaps(masked, m.start(), m.end()):
            continue
        cand = _from_digits(text, m, lang) if m.lastgroup == "dig" else _build(text, m, lang)  # most are digits: no dispatch call
        if cand is not None and cand.start >= last_end:
            cands.append(cand)
            last_end = cand.end
    global _last_found
    # found apart from the core: "a 24:59 5K" (a clock face that is a duration), "粉丝破万" (a level passed)
    apart = _race_times(text) if ":" in text else []
    if lang == "zh" and ("破" in text or "过" in text):
        apart = apart + _zh_passed_magnitudes(text, cands)
    elif lang in ("en", "ru"):
        apart = apart + one_unit_bounds(text, low, lang)  # "within a day", «в течение часа»
    if apart:
        cands = [c for c in cands if not any(q.start < c.end and c.start < q.end for q in apart)]
    if not cands:  # no number (most texts that are not key results): nothing to link
        _last_found = (text, apart, [], []) if not apart else _NOTHING_FOUND
        return apart
    adjacent, baselines = _link_parts(text, cands)
    links = _with_baselines(cands, adjacent, baselines) if baselines else adjacent  # read only below
    linked = {i for pair in links for i in pair}
    for a, b in links:
        _share_unit(cands[a], cands[b])
    found = [_freeze(text, c) for i, c in enumerate(cands) if not c.weak or i in linked]
    if apart:
        found = sorted(found + apart, key=operator.attrgetter("start"))
        _last_found = _NOTHING_FOUND  # find_change links them afresh
        return found
    # find_change is asked next about these very quantities: what its links depend on apart from their
    # kinds and units (which sharing a unit may have changed) is kept, while every candidate was kept.
    _last_found = (text, found, adjacent, baselines) if len(found) == len(cands) else _NOTHING_FOUND
    return found


# A magnitude passed with no digit before it: "破万" (past ten thousand), "过亿", "破千万".
_ZH_PASSED = lazy_compile(
    r"(?:破|(?<![通经不度错难路看走])过)(千万|百万|[百千万亿])(?![零〇一二两三四五六七八九十百千万亿\d])")  # not 通过, 经过…
_ZH_MAGNITUDES = {"百": 1e2, "千": 1e3, "万": 1e4, "百万": 1e6, "千万": 1e7, "亿": 1e8}


def _zh_passed_magnitudes(text: str, cands: Sequence[_Cand]) -> list[Quantity]:
    """"粉丝破万", "GMV过亿", "销量破千": one of a magnitude, the level passed (a number written as
    "突破1万" is found by the core already; a magnitude with a numeral, "破十万", too)."""
    found = []
    for m in _ZH_PASSED.finditer(text):
        start, end = m.start(1), m.end(1)
        if not any(c.start < end and start < c.end for c in cands):
            found.append(new_quantity(m.group(1), _ZH_MAGNITUDES[m.group(1)], K.PLAIN, None, start, end, False))
    return found


def _race_times(text: str) -> list[Quantity]:
    from okrlint.analysis.race_times import race_times  # here: only a text with a ":" needs it, not every cold run

    return race_times(text)


def find_change(text: str, quantities: Sequence[Quantity], lang: str) -> Change | None:
    """The first explicit from→to move between two of `quantities`, or None."""
    qs = quantities  # read only (indexed, measured, compared): no copy
    last_text, last_found, adjacent, baselines = _last_found
    if last_text is text and len(qs) == len(last_found) and all(map(operator.is_, qs, last_found)):
        # the same text and quantities find_quantities just gave; with no baseline the links are the adjacent
        # pairs themselves (only the first is read: no copy of the list)
        links = _with_baselines(qs, adjacent, baselines) if baselines else adjacent
    else:
        links = _links(text, qs)
    if not links:
        return None
    a, b = links[0]
    return new_change(qs[a], qs[b])


# --- Masking -------------------------------------------------------------------------------


def _mask(text: str, low: str) -> list[tuple[int, int]]:
    spans = date_spans(text)
    # Each of "24/7", "10:00" and "day 0" has its "/", ":" or "day" (any case): most texts have none
    # of them, and scanning a text for the pattern cost more than the rest of its masking.
    if "/" in text or ":" in text or "day" in low:
        spans.extend((m.start(), m.end()) for m in _SPECIAL_NON_QTY.finditer(text))
    return spans


# "24/7", "day 0", "10:00"; they start with a digit or "day" (the lookahead skips every other character, as the cores')
_SPECIAL_STARTS = r"[\dd]"
_SPECIAL_NON_QTY = lazy_compile(rf"(?={_SPECIAL_STARTS})(?:(?<!\d)24\s?/\s?7(?!\d)|(?<![\w])day\s+\d+|\d{{1,2}}:\d{{2}}(?!\d))",
                                re.IGNORECASE)


def _core_matches(text: str, core: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """What `core.finditer(text)` yields. For the basic core, tried only where a number can start: the
    engine cannot skip ahead past a lookahead, so a scan called the whole pattern at every character,
    while a search for a starting character skips ahead in C. (No core match is empty.)"""
    if core is not _CORE_BASIC:
        yield from core.finditer(text)
        return
    next_start, match, match_digit, plain_digits = _BASIC_START.search, _CORE_BASIC.match, _CORE_DIGIT.match, _PLAIN_DIGITS.match
    pos = 0
    while (start := next_start(text, pos)) is not None:
        at = start.start()
        found = (plain_digits(text, at) or match_digit(text, at)) if text[at].isdecimal() else match(text, at)
        if found is None:
            pos = at + 1
        else:
            yield found
            pos = found.end()


_BASIC_START = lazy_compile(_BASIC_STARTS)
# The branches of the basic core that can start with a digit (`\d`: str.isdecimal), in its order: at a digit
# the others fail, and trying them first cost as much as the match itself (test_core_starts checks both).
_DIGIT_PARTS = (_BASIC_PARTS[1], _BASIC_PARTS[2], _BASIC_PARTS[6])
_CORE_DIGIT = lazy_compile("(?:" + "|".join(_DIGIT_PARTS) + ")")
# Most numbers are a run of digits with no separator, 成 or 分 after it: _CORE_DIGIT then matches the run
# as "dig", after trying 七成, 三分之一 and three grouped forms (~4x the cost of this one test). The
# lookahead leaves to _CORE_DIGIT every run that one of those could extend (test_quantities_speed_invariants).
_PLAIN_DIGITS = lazy_compile(r"(?P<dig>\d+)(?![\d成分.,]|[ \u00a0\u202f\u2009]\d)")


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


# --- Building one quantity -----------------------------------------------------------------


def _build(text: str, m: re.Match[str], lang: str) -> _Cand | None:
    kind = m.lastgroup
    if kind == "dig":
        return _from_digits(text, m, lang)
    if kind == "ph":
        return _from_placeholder(text, m)
    if kind in ("ruw", "enw"):
        return _from_words(text, m)
    if kind == "zh":
        return _from_zh(text, m)
    if kind == "ratio":
        word = m.group().lower()
        if word.startswith("doubl") and text[m.end():m.end() + 5].lower() == " down":
            return None  # "Double down on enterprise": commit harder, no factor of two
        value = next(v for k, v in _RATIO_WORDS.items() if word.startswith(k))
        return _Cand(m.start(), m.end(), float(value), K.RATIO, "x")
    if kind in ("half", "zhhalf"):
        return _from_half(text, m)
    return _from_zh_special(m)


def _from_zh_special(m: re.Match[str]) -> _Cand | None:
    kind = m.lastgroup  # by name: a match of _CORE_DIGIT has no group of the branches that cannot start with a digit
    if kind == "cheng":
        tenths = nums.parse_zh_or_digits(m.group("chengn"))
        return None if tenths is None else _Cand(m.start(), m.end(), 10.0 * tenths, K.PERCENT, "%")
    if kind == "zhpct":
        value = nums.parse_zh_or_digits(m.group("zhpctn"))
        return None if value is None else _Cand(m.start(), m.end(), value, K.PERCENT, "%")
    if kind == "zhfrac":
        den = nums.parse_zh_or_digits(m.group("zhden"))
        num = nums.parse_zh_or_digits(m.group("zhnum"))
        if not den or num is None:
            return None
        return _Cand(m.start(), m.end(), round(100 * num / den, 2), K.PERCENT, "%")
    # 翻一番 doubles, 翻两番 quadruples.
    times = nums.parse_zh(m.group("fann")) if m.group("fann") else 1
    return _Cand(m.start(), m.end(), float(2 ** int(times or 1)), K.RATIO, "x")


def _from_half(text: str, m: re.Match[str]) -> _Cand | None:
    word = m.group().lower()
    if _ORDINAL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None  # "second half", "во второй половине": a period
    fixed = {"полчаса": (0.5, "hour"), "полгода": (6.0, "month"), "полдня": (0.5, "day")}
    if word in fixed:
        value, unit = fixed[word]
        return _Cand(m.start(), m.end(), value, K.DURATION, unit)
    if word == "半":
        nxt = text[m.end() : m.end() + 3]
        if nxt.startswith(("月", "个月")):
            return _Cand(m.start(), m.end(), 0.5, K.DURATION, "month")
        if nxt.startswith("年"):
            return _Cand(m.start(), m.end(), 6.0, K.DURATION, "month")
        if nxt.startswith("天"):
            return _Cand(m.start(), m.end(), 0.5, K.DURATION, "day")
        return _Cand(m.start(), m.end(), 0.5, K.DURATION, "hour")
    if word == "half":
        dur = re.match(r"\s+an?\s+(hour|day|year)\b", text[m.end() :], re.IGNORECASE)
        if dur:
            unit = dur.group(1).lower()
            value, unit = (6.0, "month") if unit == "year" else (0.5, unit)
            return _Cand(m.start(), m.end(), value, K.DURATION, unit)
    return _Cand(m.start(), m.end(), 50.0, K.PERCENT, "%")


def _from_digits(text: str, m: re.Match[str], lang: str = "") -> _Cand | None:
    start, end = m.span()
    prev = text[start - 1] if start else ""
    ratio_prefix = False
    if prev and prev.isalpha() and not ("\u3400" <= prev <= "\u9fff" or "\uf900" <= prev <= "\ufaff"):  # _is_letter(prev)
        # "x2" / "х2" is a ratio; any other letter glued on makes a name: "A5", "Q2", "v19".
        if prev.lower() in "xх×" and not (start >= 2 and _is_letter(text[start - 2])):
            ratio_prefix = True
        else:
            return None
    elif prev == "×":
        ratio_prefix = True
    elif prev and (prev in "#№@/" or (prev in ".," and start >= 2 and text[start - 2].isdigit())):
        return None
    elif prev == "-" and start >= 2 and _is_letter(text[start - 2]):
        if not _TOP_PREFIX.search(text, max(0, start - 6), start):
            return None  # "GPT-4", "COVID-19"
    if text.startswith(".", end) and end + 1 < len(text) and text[end + 1].isdigit():
        return None  # "1.2.3", an address or a version
    ordinal = _ORDINAL_AFTER.match(text, end) if _ORDINAL_AFTER_AT[text[end:end + 1]] else None
    if ordinal and not _unit_at(text, ordinal.start()):
        return None  # "1st", "2-й"
    value = nums.parse_digits(m.group())
    if value is None:
        return None
    cand = _Cand(start, end, value)
    case_ending = _RU_CASE_ENDING.match(text, end) if text.startswith("-", end) else None
    if case_ending:
        cand.end = case_ending.end()  # "5-ти", "2-х"
    if ratio_prefix:
        cand.start -= 1
        cand.kind, cand.unit = K.RATIO, "x"
        return cand
    if not _suffix(text, cand, digits=True, lang=lang):
        return None
    _prefix(text, cand)
    if cand.kind in (K.PLAIN, K.COUNT) and _label_before(text, cand.start):
        return None  # "sprint 3", "ISO 9001", "第3"
    if cand.kind is K.PLAIN and _name_before(text, cand.start):
        return None  # "Выиграть Инди 500", "Fortune 500", "Windows 11": part of a name
    if cand.kind in (K.PLAIN, K.COUNT) and _product_before(text, cand.start):
        return None  # "Next.js 15", "PostgreSQL 16", "macOS 14": a version of a named product
    return cand


_PRODUCT_WORD = lazy_compile(r"(?<![A-Za-z0-9.])([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z]+)+|[A-Za-z]*[a-z][A-Z][A-Za-z]*) ?$")


def _product_before(text: str, start: int) -> bool:
    """A product name written as only names are, right before the number: a dot inside ("Next.js",
    "Node.js", "ASP.NET") or a capital after a small letter ("PostgreSQL", "macOS", "iOS"). Metrics
    are words or capitals ("NPS 70", "DAU 5000"), so they stay quantities."""
    if _ASCII_LETTERS.isdisjoint(text[start - 3 if start > 3 else 0 : start]):
        return False  # the name's last letter would be one of these: before a space, a newline or both
    lo = start - 30 if start > 30 else 0  # `max(0, …)`, without a call of the builtin (~1k instructions)
    window = text[lo:start]
    if "." not in window and window.islower():
        return False  # a name needs a dot or a capital (A-Z) in the window: most texts' words before a number have neither
    return _PRODUCT_WORD.search(text, lo, start) is not None


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _name_before(text: str, start: int) -> bool:
    """A capitalised word (not the first of the text, not an acronym) right before a bare number. Not
    in a title, where every word is capitalised: "Drive MRARR From 12 To 25", "At Least 10000 Members"
    and "Less Than Target 4" bound or move a number, as they do in lower case."""
    lo = start - 24 if start > 24 else 0
    head = text[lo:start]
    if not head.endswith(" "):
        return False
    token_start, word = _last_token(head.rstrip())
    if not word or token_start == 0 and lo == 0:
        return False
    if not (len(word) > 1 and word[0].isupper() and word[1:].islower() and word.isalpha()):
        return False
    return word.lower() not in TITLE_SMALL_WORDS and CAPITALISED_SMALL_WORD.search(text) is None


_HIDDEN_NOTE = lazy_compile(_HIDDEN_NUMBER_NOTE)


def is_withheld_number(quantity: Quantity) -> bool:
    """A note that stands for a number kept out of this copy on purpose: "[redacted]", "(confidential)"."""
    return quantity.placeholder and _HIDDEN_NOTE.fullmatch(quantity.raw) is not None


def _from_placeholder(text: str, m: re.Match[str]) -> _Cand | None:
    cand = _Cand(m.start(), m.end(), None, placeholder=True)
    if _HIDDEN_NOTE.fullmatch(m.group()):
        return cand  # the note stands for the number itself: no unit or multiplier follows it
    bracketed = m.group().startswith("[")
    if not _suffix(text, cand, digits=False):
        return None
    _prefix(text, cand)
    if "$" in m.group():
        cand.kind, cand.unit = K.CURRENCY, "USD"
    if bracketed or cand.mult != 1.0 or cand.kind not in (K.PLAIN, K.COUNT):
        return cand
    if cand.kind == K.COUNT and (nums.looks_like_counted_noun(cand.unit or "") or _is_cjk((cand.unit or " ")[0])):
        return cand
    # A bare "X" is usually a name ("Launch X to ..."); keep it only inside "X → Y".
    cand.weak = True
    cand.kind, cand.unit, cand.end = K.PLAIN, None, m.end()
    return cand


def _from_words(text: str, m: re.Match[str]) -> _Cand | None:
    raw = m.group()
    if raw[:1].isupper() and _inside_a_name(text, m.start(), m.end()):
        return None  # "deploy it as part of the Zero Trust program", "partner with Two Sigma": a name, no number
    value = nums.parse_ru_words(raw) if m.lastgroup == "ruw" else nums.parse_en_words(raw)
    if _NI.search(text, max(0, m.start() - 4), m.start()) and value == 1:
        value = 0.0  # "ни одного инцидента"
    if raw.lower() == "семью" and not _PLURAL_INSTRUMENTAL_NEXT.match(text, m.end()):
        return None  # «Свозить семью в отпуск»: the family; seven governs a plural instrumental («семью днями»)
    cand = _Cand(m.start(), m.end(), value)
    if not _suffix(text, cand, digits=False):
        return None
    _prefix(text, cand)
    return _accept_spelled(text, cand)


# The word after «семью» when it is the numeral: a plural instrumental noun or adjective («семью днями», «семью новыми»).
_PLURAL_INSTRUMENTAL_NEXT = lazy_compile(r"\s+[а-яё]+(?:ами|ями|ыми|ими|мя)\b", re.IGNORECASE)


_WORD_BEFORE = lazy_compile(r"([^\W\d_]+)[ \t]+$")
_WORD_AFTER = lazy_compile(r"[ \t]+([^\W\d_]+)")


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """A capitalised number word inside a sentence written in lower case, with a capitalised word after
    it, begins a name ("the Zero Trust program"); in a title ("Reach Zero Critical Bugs") every word
    is capitalised, and the word before it is too."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    after = _WORD_AFTER.match(text, end)
    return before is not None and before.group(1)[:1].islower() and after is not None and after.group(1)[:1].isupper()


def _from_zh(text: str, m: re.Match[str]) -> _Cand | None:
    start = m.start()
    if start and text[start - 1] in "第周星礼":
        return None  # 第三 (ordinal), 周一 / 星期一 (weekday)
    raw = m.group()
    if raw == "十" and text.startswith("分", m.end()) and not text.startswith("分钟", m.end()):
        return None  # 十分 = "very"
    if text.startswith("分", m.end()) and not text.startswith("分钟", m.end()):
        return None  # 三分 is ambiguous (score, 三分之一)
    value = nums.parse_zh(raw)
    if value is None:
        return None
    cand = _Cand(start, m.end(), value)
    if not _suffix(text, cand, digits=False):
        return None
    _prefix(text, cand)
    if value == 0 and cand.kind == K.PLAIN:
        return _zero_noun(text, cand)  # 零事故, 零投诉
    if cand.kind == K.PLAIN and _zh_magnitude(raw):
        return cand  # "用户破一万", "突破十万": a digit with 万/亿/千 is a number with no unit after it
    return _accept_spelled(text, cand)


def _zh_magnitude(raw: str) -> bool:
    """A Chinese numeral that opens with a digit and holds 千, 万 or 亿 ("一万", "两千", "三十万"): a number
    even with nothing after it, unlike a bare "三" or "一" (an article in disguise). Not 千万 or 万一
    ("by all means", "in case"): those open with no digit."""
    return len(raw) >= 2 and (raw[0] in nums.ZH_DIGITS or raw[0] == "十") and raw[0] not in "零〇" \
        and any(ch in raw for ch in "千万亿")


_RU_VERBISH = lazy_compile(r"(?:ть|ться|ти|чь|ешь|ем|ете)$")
_ZH_ZERO_NOT = frozenset("售件部食钱星散碎下点基距花工度")


def _zero_noun(text: str, cand: _Cand) -> _Cand | None:
    nxt = text[cand.end : cand.end + 2]
    if len(nxt) < 2 or not all(_is_cjk(c) for c in nxt) or nxt[0] in _ZH_ZERO_NOT:
        return None
    cand.kind, cand.unit = K.COUNT, nxt
    return cand


def _accept_spelled(text: str, cand: _Cand) -> _Cand | None:
    """Number words need a unit; "one"/"один"/"一" + noun also needs "at least" & co."""
    if cand.kind == K.PLAIN:
        if _CONNECTOR_AFTER.match(text, cand.end):
            cand.weak = True
            return cand
        return None
    if cand.kind == K.COUNT and _RU_VERBISH.search(cand.unit or ""):
        return None  # "с нуля построить": the next word is a verb, not a counted noun
    if cand.kind == K.COUNT and cand.value == 1:
        if not _BOUND_BEFORE.search(text, max(0, cand.start - 14), cand.start):
            return None
    return cand


# --- Suffix and prefix ---------------------------------------------------------------------


def _suffix(text: str, cand: _Cand, digits: bool, lang: str = "") -> bool:
    """Extend `cand` over a range, multiplier and unit after it. False: not a quantity."""
    p = cand.end
    nxt = text[p:p + 1]  # the character at p ("" at the end), cut out once for the many tests on it
    if nxt == "+":
        p += 1  # "50+"
    elif nxt == " " and text[p + 1:p + 2] in _OR_MORE_STARTS and (more := _OR_MORE.match(text, p)):
        p = more.end()  # "2 or more times", "5 и более раз": a lower bound written out, like "50+"
    elif digits or cand.placeholder:
        # after a space only a dash can open a range ("20 – 30"): most numbers are followed by a space and a word
        rng = _RANGE.match(text, p) if nxt in _RANGE_STARTS and (nxt not in _SP_CHARS or text[p + 1:p + 2] in _RANGE_DASHES) \
            else None
        if rng and (not rng.group("pct") or text.startswith(("%", "％"), rng.end())):
            p = rng.end()  # "20–30%", "4–5x": one quantity, value = lower bound
    nxt = text[p:p + 1]
    mult = (_MULT_ATTACHED.match(text, p) if nxt in _MULT_ATTACHED_STARTS else None) \
        or _mult_spaced_at(text, p) \
        or (_MONEY_MILLIONS.match(text, p) if nxt == "m" and text[cand.start - 1:cand.start] in _MONEY_SIGNS else None) \
        or (_COUNTED_MILLIONS.match(text, p) if nxt == "m" and digits else None) \
        or (_ZH_WAN_LETTER.match(text, p) if digits and lang == "zh" and nxt in "wW" else None)
    if mult:
        cand.mult = nums.multiplier_value(mult.group())
        if cand.value is not None:
            cand.value *= cand.mult
        p = mult.end()
        nxt = text[p:p + 1]
    cand.end = p
    if digits and nxt in _ZH_WINDOW_UNITS and _ZH_WINDOW.match(text, p):
        cand.weak = True  # "7日留存率", "30天活跃用户": the window a metric is counted over
    compound = _COMPOUND_DURATION.match(text, p) if nxt in ("h", "m") and digits else None
    if compound is not None:  # "1m30s", "1h30m": one duration, counted in its larger unit
        cand.kind, cand.unit, cand.end = K.DURATION, "hour" if compound.group(1) == "h" else "minute", compound.end()
        return True
    attached = (digits or cand.placeholder) and _UNIT_ATTACHED_AT[nxt]
    unit = (_UNIT_ATTACHED.match(text, p) if attached else None) or _unit_at(text, p)
    if unit is None and nxt == "-":
        unit = _unit_at(text, p + 1)  # "30-day", "5-star"
        if unit and unit.lastgroup not in _DURATIONS | {"star", "point", "ratio"}:
            unit = None
        if unit and unit.lastgroup in _DURATIONS and _WINDOW_OF.match(text, unit.end()):
            cand.weak = True  # "30-day retention", "rolling 90-day active": the window a metric is counted over
    if unit is not None:
        return _apply_unit(text, cand, unit)
    if digits and nxt == "/":
        return _fraction(text, cand)
    if digits and nxt == " " and text[p + 1:p + 2] in _OUT_OF_STARTS and (out_of := _OUT_OF.match(text, p)):
        den = nums.parse_digits(out_of.group("den"))  # "4 out of 5", «4 из 5»: a score on a scale
        if den is not None and cand.value is not None and cand.value <= den and den in (5, 7, 10, 100):
            cand.kind, cand.unit, cand.end = K.SCORE, f"/{out_of.group('den')}", out_of.end()
            return True
    if digits and nxt and nxt.isalpha() and not ("\u3400" <= nxt <= "\u9fff" or "\uf900" <= nxt <= "\ufaff"):
        measure = _GLUED_MEASURE.match(text, p) if nxt in _GLUED_MEASURE_STARTS else None
        if measure is not None:  # "80kg", "5км": a measure written glued, as "80 kg" is counted
            cand.kind, cand.unit, cand.end = K.COUNT, measure.group().lower(), measure.end()
            return True
        return False  # "4G", "3D", "2FA": a code, not a number (a letter: _is_letter, without two calls)
    if digits and nxt == "-" and p + 1 < len(text) and _is_letter(text[p + 1]):
        return False  # "4-шаговый мастер", "3-step wizard", "2-factor login": part of a word, not a count
    _count(text, cand)
    return True


# Units of mass, distance and volume glued to their number ("80kg", "5km", «5км»): a measure, not a code
# such as "4G" or "2FA". Single letters (g, m, l) stay codes: "5G" is a network, "3m" months or minutes.
_GLUED_MEASURE = lazy_compile(r"(?:kg|km|lbs?|cm|mm|ml|kcal|mi|кг|км|см|мм|мл|ккал)(?![A-Za-zА-Яа-яЁё])")
_GLUED_MEASURE_STARTS = frozenset("klcmксм")
_OUT_OF = lazy_compile(r" (?:out of|из) (?P<den>\d+)(?![\d.,])(?! ?[^\W\d_])")  # not "3 out of 5 candidates"
_OR_MORE = lazy_compile(r" (?i:or more|or fewer|or less|or above|or higher|и более|или более|и больше|или больше)(?= )")
# The character after the space each of these two can go on with (test_core_starts derives them): most numbers
# are followed by another word, told at a set lookup instead of a regex call that fails.
_OUT_OF_STARTS = frozenset("oи")
_OR_MORE_STARTS = frozenset("oOиИ")
# "$2m", "£1.5m": a lower-case m after an amount of money is millions (elsewhere it may be minutes or metres)
_MONEY_SIGNS = frozenset("$€£")
_MONEY_MILLIONS = lazy_compile(r"m(?![A-Za-z0-9])")
# "3m page views", "2.5m monthly visitors": a lower-case m before people or events counted is millions too
_COUNTED_MILLIONS = lazy_compile(
    r"m(?= (?:(?:monthly|daily|weekly|new|active|unique|total|organic|paying|page|app|web) )*"
    r"(?:views?|pageviews?|visitors?|visits?|users?|downloads?|sign-?ups?|impressions?|readers?|subscribers?|installs?"
    r"|requests?|sessions?|listeners?|players?|customers?|members?|followers?|streams?|plays?|clicks?|events?)\b)")
_COMPOUND_DURATION = lazy_compile(r"(?:(h)\d{1,2}m?|(m)\d{1,2}s)(?![A-Za-z0-9])")
_ZH_WINDOW_UNITS = frozenset("日天周月")
_ZH_WINDOW = lazy_compile(r"[日天周月](?:留存|活跃|复购|回购|激活|存活)")
# Words a hyphenated duration can be the window of ("30-day retention", "rolling 90-day active"), unlike
# a duration that is itself the amount ("a 7-day delay").
_WINDOW_OF = lazy_compile(
    r" (?i:active|retention|retained|retain|rolling|average|avg|moving|trailing|churn|return|returning|repeat|cohort|window)\b")


def _unit_at(text: str, p: int) -> re.Match[str] | None:
    """What `_UNIT.match(text, p)` finds (the same unit: `lastgroup` and `end()`), trying only the units
    that can start where they would.

    After a space, only there: _UNIT would then also try the units at the space itself, but only the
    percentile can start with one ("\\s?percentile"), and it matches there only when "percentile"
    follows the space, where it (or a unit before it) has already matched.
    """
    if text[p:p + 1] in _SP_CHARS:
        p += 1
    units = _UNITS_AT[text[p:p + 1]]
    return units.match(text, p) if units is not None else None


def _mult_spaced_at(text: str, p: int) -> re.Match[str] | None:
    """`_MULT_SPACED.match(text, p)`, called only when the character after an optional space can start it."""
    char = text[p:p + 1]
    if char in _SP_CHARS:
        char = text[p + 1:p + 2]
    return _MULT_SPACED.match(text, p) if _MULT_SPACED_AT[char] else None


def _apply_unit(text: str, cand: _Cand, unit: re.Match[str]) -> bool:
    name = unit.lastgroup or ""
    cand.end = unit.end()
    if name == "pct":
        cand.kind, cand.unit = K.PERCENT, "%"
    elif name == "pp":
        cand.kind, cand.unit = K.PERCENT_POINTS, "pp"
    elif name == "bp":
        cand.kind, cand.unit = K.PERCENT_POINTS, "pp"
        if cand.value is not None:
            cand.value /= 100  # 50 bps = 0.5 pp
    elif name in _CURRENCIES:
        cand.kind, cand.unit = K.CURRENCY, name
    elif name in _DURATIONS:
        cand.kind, cand.unit = K.DURATION, name
    elif name == "ppm":  # defects per million: a rate, like a percent
        cand.kind, cand.unit = K.PERCENT, unit.group().lower()
    elif name in ("star", "point", "percentile"):
        cand.kind, cand.unit = K.SCORE, name
    elif name == "ratio":
        cand.kind, cand.unit = K.RATIO, "x"
    elif name == "size":  # "1TB", "500 GB", "10 МБ": an amount of data, counted in bytes
        cand.kind, cand.unit = K.COUNT, "byte"
    elif name == "raz":
        in_times = _RU_V.search(text, max(0, cand.start - 3), cand.start)
        cand.kind, cand.unit = (K.RATIO, "x") if in_times else (K.COUNT, "раз")
    elif name == "times":
        comparative = _COMPARATIVE.match(text, cand.end)
        cand.kind, cand.unit = (K.RATIO, "x") if comparative else (K.COUNT, "times")
    return True


def _fraction(text: str, cand: _Cand) -> bool:
    """ "4.5/5", "8/10" → SCORE; "$2000/мес", "20/quarter" → a rate, unit kept."""
    if _PER_PERIOD.match(text, cand.end):
        return True
    frac = _FRACTION.match(text, cand.end)
    if frac is None:
        return True
    den = nums.parse_digits(frac.group("den"))
    if den is None or cand.value is None or cand.value > den:
        return True
    cand.end = frac.end()
    cand.kind = K.SCORE if den in (5, 10, 100) else K.PLAIN
    cand.unit = f"/{frac.group('den')}"
    return True


def _count(text: str, cand: _Cand) -> None:
    """A counted noun after the number: "1000 сделок", "10 workshops", "3场"."""
    zh = _zh_counted_at(text, cand.end)
    if zh:
        cand.kind, cand.unit, cand.end = K.COUNT, zh.group("cl"), zh.end()
        return
    word = _NEXT_WORD.match(text, cand.end)
    if word and word.group("w").lower() in _MODIFIERS:
        word = _NEXT_WORD.match(text, word.end()) or word
    if word is None:
        return
    unit = word.group("w").lower().strip("'’-")
    if unit in _STOPWORDS or unit.endswith("ly"):
        return
    cand.kind, cand.unit = K.COUNT, unit


def _prefix(text: str, cand: _Cand) -> None:
    """Currency symbol, sign, score metric, "top" before the number."""
    if not _text_hinted(text):
        _sign(text, cand)  # no currency, "top" or score word anywhere: no window before a number has one
        return
    lo = cand.start - 8 if cand.start > 8 else 0
    cur = _CUR_PREFIX.search(text, lo, cand.start) if _window_has(text, cand.start, 8, _CUR_HINTS) else None
    if cur and cand.kind != K.PERCENT:
        symbol = cur.group().strip()
        cand.start = cur.start()
        cand.kind = K.CURRENCY
        cand.unit = _currency_code(symbol)
    _sign(text, cand)
    if cand.kind in (K.PLAIN, K.COUNT):
        top = _TOP_PREFIX.search(text, lo, cand.start) if _window_has(text, cand.start, 8, _TOP_HINTS) else None
        if top:
            cand.start, cand.kind, cand.unit = top.start(), K.PLAIN, "top"
            return
    if cand.kind == K.PLAIN:
        score = None
        if _window_has(text, cand.start, 40, _SCORE_HINTS):
            score = _SCORE_PREFIX.search(text, max(0, cand.start - 40), cand.start)
        if score:
            cand.kind, cand.unit = K.SCORE, score.group("metric").lower()


def _label_before(text: str, start: int) -> bool:
    head = text[start - 16 if start > 16 else 0 : start].rstrip(" \u00a0-:")
    if head.endswith(_LABEL_MARKS):
        return True
    if head and _is_cjk(head[-1]):
        # The last token is then a run of marks that are neither letters, digits nor spaces ("激活率从"), and no
        # such run lowers to a label word or stem: only "İ" and the Kelvin sign lower to Latin or Cyrillic
        # letters ("i̇", "k"), and no label word is made of those and dots (test_quantity_shortcuts checks it).
        return False
    word = _last_token(head)[1].lower()
    if not word:
        return False
    return word in _LABEL_WORDS or (word[0] in _LABEL_STEM_STARTS and word.isalpha() and word.startswith(_LABEL_STEMS))


def _text_hinted(text: str) -> bool:
    """Whether any word of the hints patterns stands in `text` at all, asked once a text: most have none,
    and then none of their windows has one (a window lowered on its own is the same characters as that
    part of the text lowered: see _window_has)."""
    global _lowered
    text_seen, low, hinted = _lowered
    if text_seen is not text:  # find_quantities lowered it in _core: only a caller of its own gets here
        low = text.lower()
        if len(low) != len(text):
            low = None  # "İ" lowers to two characters: offsets differ, lower the window itself
        hinted = None
    if hinted is None:
        lowered = text.lower() if low is None else low
        hinted = (_ANY_ASCII_HINT if lowered.isascii() else _ANY_HINT).search(lowered) is not None
        _lowered = text, low, hinted
    return hinted


def _window_has(text: str, start: int, size: int, hints: re.Pattern[str]) -> bool:
    """Cheap test that guards a costlier backwards regex search."""
    if not _text_hinted(text):
        return False
    low = _lowered[1]
    lo = start - size if start > size else 0
    if low is None:
        return hints.search(text[lo:start].lower()) is not None
    # The same characters as the window lowered on its own (each lowered to one; only a Greek final
    # sigma depends on what follows it, and no hint has Greek): the hints are plain words, so
    # searching between the window's bounds finds what searching the window does.
    return hints.search(low, lo, start) is not None


# The last text a window was looked at in: the text, it lowered once (None where that moves offsets) and
# whether it holds any hint word at all (None: not asked yet)
_lowered: tuple[str | None, str | None, bool | None] = (None, None, None)
_HINT_WORDS: list[str] = []  # the words of every hints pattern


def _hints(*words: str) -> re.Pattern[str]:
    _HINT_WORDS.extend(words)
    return compile_pattern("|".join(map(re.escape, words)))


_CUR_HINTS = _hints("$", "€", "£", "¥", "₽", "usd", "eur", "gbp", "rub", "cny", "rmb", "人民币")
_SCORE_HINTS = _hints("nps", "csat", "ces", "esat", "csi", "рейтинг", "оценк", "rating", "score")
_TOP_HINTS = _hints("top", "топ")
_BASELINE_HINTS = _hints("текущ", "сейчас", "было", "baseline", "current", "today", "now", "vs", "当前", "目前", "现在", "基线")
# Any word of the four: a text without one skips them all. A branch per first character, as the date
# triggers: tried at a character, one branch instead of each word in turn (~30% faster a search).
_ANY_HINT = lazy_compile(word_alternation(_HINT_WORDS))
# The same for an ASCII text, where only the ASCII words can stand: the alternation of all 35 words is
# tried at each character that can start one of them, ~2 µs of an English KR; of the 20 ASCII ones, ~1.
_ANY_ASCII_HINT = lazy_compile(word_alternation([word for word in _HINT_WORDS if word.isascii()]))


def _currency_code(symbol: str) -> str:
    for code in _CURRENCIES:
        if code in symbol:
            return code
    if symbol == "RMB" or symbol.startswith("人民币"):
        return "CNY"
    return _CUR_SYMBOLS.get(symbol[-1:], "USD")


def _sign(text: str, cand: _Cand) -> None:
    s = cand.start
    lo = s - 4 if s > 4 else 0
    head = text[lo:s]
    if head.rstrip().endswith("+/-"):
        cand.start = lo + head.rindex("+/-")  # "+/- 25%"
        return
    if s == 0 or text[s - 1] not in "+-−±":
        return
    before = text[s - 2] if s >= 2 else " "
    if before.isalnum() or before in "%)":
        return  # "15-20" is a range, "KR-1" a label
    if text[s - 1] in "-−" and cand.value is not None:
        cand.value = -cand.value
    cand.start = s - 1


# --- Links (from→to) -----------------------------------------------------------------------


def _links(text: str, qs: Sequence[_Cand | Quantity]) -> list[tuple[int, int]]:
    """Index pairs (from, to): "с A до B", "from A to B", "A → B", "从A提升到B", baselines."""
    return _with_baselines(qs, *_link_parts(text, qs))


def _link_parts(text: str, qs: Sequence[_Cand | Quantity]) -> tuple[list[tuple[int, int]], list[int]]:
    """What the links read in the text (it depends only on where the quantities are): the adjacent
    from→to pairs, and the quantities with a baseline word before them."""
    pairs: list[tuple[int, int]] = []
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        between = text[a.end : b.start]
        if _ARROW.fullmatch(between):
            pairs.append((i, i + 1))
        elif (_TO.fullmatch(between) or _ZH_TO.fullmatch(between) or _TO.fullmatch(_after_unit_word(a, between))) \
                and _FROM.search(text, a.start - 6 if a.start > 6 else 0, a.start):
            pairs.append((i, i + 1))
    baselines = [j for j, q in enumerate(qs) if j and _window_has(text, q.start, 20, _BASELINE_HINTS)
                 and _BASELINE.search(text, q.start - 20 if q.start > 20 else 0, q.start)] if _text_hinted(text) else []
    return pairs, baselines


def _after_unit_word(a: _Cand | Quantity, between: str) -> str:
    """What is between two numbers after the first one's counted unit: "from 80 kg to 72 kg" links as
    "from 80 to 72 kg" does (the unit is the word after the number, not part of its span)."""
    if a.kind is not K.COUNT or not a.unit:
        return between
    rest = between.lstrip()
    return rest[len(a.unit):] if rest[:len(a.unit)].lower() == a.unit else between


def _with_baselines(qs: Sequence[_Cand | Quantity], adjacent: list[tuple[int, int]], baselines: list[int]) -> list[tuple[int, int]]:
    """The adjacent pairs, then each baseline not in a pair yet linked to its target (which depends on kinds and units)."""
    pairs = list(adjacent)
    for j in baselines:
        if not any(j in p for p in pairs):
            target = _baseline_target(qs, j)
            if target is not None:
                pairs.append((j, target))
    return pairs


_NOTHING_FOUND: tuple[str | None, list[Quantity], list[tuple[int, int]], list[int]] = (None, [], [], [])
_last_found = _NOTHING_FOUND  # (text, its quantities, their link parts) of the last find_quantities


def _baseline_target(qs: Sequence[_Cand | Quantity], j: int) -> int | None:
    """ "95% (текущий: 75%)": the target is the nearest earlier quantity, same kind preferred."""
    earlier = range(j - 1, -1, -1)
    same = [i for i in earlier if qs[i].kind == qs[j].kind and qs[i].unit == qs[j].unit]
    return same[0] if same else j - 1


def _share_unit(a: _Cand, b: _Cand) -> None:
    """ "с 12 до 8 недель": the first number takes the unit written only on the second."""
    src, dst = (b, a) if a.kind == K.PLAIN and b.kind != K.PLAIN else (a, b)
    if dst.kind != K.PLAIN or src.kind == K.PLAIN:
        return
    dst.kind, dst.unit = src.kind, src.unit
    if dst.mult == 1.0 and src.mult != 1.0 and dst.value is not None:
        dst.value *= src.mult
        dst.mult = src.mult


# --- Helpers -------------------------------------------------------------------------------


def _is_letter(ch: str) -> bool:
    return ch.isalpha() and not _is_cjk(ch)


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _freeze(text: str, c: _Cand) -> Quantity:
    value = c.value
    if value is not None and not (type(value) is float and value.is_integer()):  # a whole float rounds to itself
        # (round(…, 6) goes through a decimal string: ~3k instructions)
        value = round(value, 6)
    return new_quantity(text[c.start : c.end], value, c.kind, c.unit, c.start, c.end, c.placeholder)
