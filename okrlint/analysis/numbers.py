"""Numbers as written in OKRs: digit strings and number words in Russian, English, Chinese.

This module only turns a matched piece of text into a value; deciding whether that piece
is a quantity (and of what) is `quantities.py`'s job. Number words are a closed class, so
small tables are enough: Russian forms are spelled out per case, English words compose
with "hundred"/"thousand", Chinese numerals use the usual 十/百/千/万/亿 positional rules.
"""

from __future__ import annotations

import re

from okrlint.compiled_patterns import compile_pattern

# Thin spaces and NBSP are common thousands separators in Russian texts.
SEP_CHARS = " \u00a0\u202f\u2009"

# A digit number: "50 000", "1,000,000", "1.000.000", "3,5", "99.9", "42".
# A comma followed by exactly three digits is a thousands separator ("1,000"); a leading
# zero keeps it decimal ("0,125"). Dotted thousands need two groups so "1.000" stays 1.0.
DIGITS = (
    r"(?:[1-9]\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)(?:[.,]\d+)?"
    r"|[1-9]\d{0,2}(?:,\d{3})+(?!\d)(?:\.\d+)?"
    r"|[1-9]\d{0,2}(?:\.\d{3}){2,}(?![\d.])(?:,\d+)?"
    r"|\d+(?:[.,]\d+)?)"
)

_THOUSANDS_COMMA = compile_pattern(r"[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")
_THOUSANDS_DOT = compile_pattern(r"[1-9]\d{0,2}(?:\.\d{3}){2,}(?:,\d+)?")


def parse_digits(raw: str) -> float | None:
    """Value of a DIGITS match; None if it is not a number after all."""
    if raw.isascii() and raw.isdigit():
        return float(raw)  # most numbers are plain ASCII digits: what _parse_grouped comes to for them
    return _parse_grouped(raw)


def _parse_grouped(raw: str) -> float | None:
    """A number with separators: "50 000", "1,234.5", "1.234.567", "3,5"."""
    s = raw.translate(_DROP_SEPARATORS)
    if _THOUSANDS_COMMA.fullmatch(s):
        s = s.replace(",", "")
    elif _THOUSANDS_DOT.fullmatch(s):
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


_DROP_SEPARATORS = str.maketrans("", "", SEP_CHARS)

# --- Russian -------------------------------------------------------------------------------

_RU_IRREGULAR: dict[float, str] = {
    0: "ноль нуль ноля нуля нолю нулю нолём нулём нолем нулем",
    1: "один одна одно одного одной одному одним одну одни одних одними одною",
    1.5: "полтора полторы полутора",
    2: "два две двух двум двумя двое двоих",
    3: "три трёх трех трём трем тремя трое троих",
    4: "четыре четырёх четырех четырём четырем четырьмя четверо",
    8: "восемь восьми восемью восьмью",
    40: "сорок сорока",
    50: "пятьдесят пятидесяти пятьюдесятью",
    60: "шестьдесят шестидесяти шестьюдесятью",
    70: "семьдесят семидесяти семьюдесятью",
    80: "восемьдесят восьмидесяти восемьюдесятью",
    90: "девяносто девяноста",
    100: "сто ста",
    200: "двести двухсот двумстам двумястами двухстах",
    300: "триста трёхсот трехсот тремстам",
    400: "четыреста четырёхсот четырехсот четырёмстам",
    500: "пятьсот пятисот",
    600: "шестьсот шестисот",
    700: "семьсот семисот",
    800: "восемьсот восьмисот",
    900: "девятьсот девятисот",
    1000: "тысяча тысячи тысяч тысячу тысячей тысячам тысячами тысячах",
    1e6: "миллион миллиона миллионов миллиону миллионом миллионами миллионах",
    1e9: "миллиард миллиарда миллиардов миллиарду миллиардом миллиардами",
}

# Numerals in -ь decline alike: пять / пяти / пятью.
_RU_SOFT_STEMS = {
    5: "пят", 6: "шест", 7: "сем", 9: "девят", 10: "десят", 11: "одиннадцат",
    12: "двенадцат", 13: "тринадцат", 14: "четырнадцат", 15: "пятнадцат",
    16: "шестнадцат", 17: "семнадцат", 18: "восемнадцат", 19: "девятнадцат",
    20: "двадцат", 30: "тридцат",
}
_RU_COLLECTIVE = {5: "пятеро", 6: "шестеро", 7: "семеро", 10: "десятеро"}


def _ru_table() -> dict[str, float]:
    table: dict[str, float] = {}
    for value, forms in _RU_IRREGULAR.items():
        for form in forms.split():
            table[form] = float(value)
    for value, stem in _RU_SOFT_STEMS.items():
        for ending in ("ь", "и", "ью"):
            table[stem + ending] = float(value)
    for value, form in _RU_COLLECTIVE.items():
        table[form] = float(value)
    return table


RU_WORDS: dict[str, float] = _ru_table()

# --- English -------------------------------------------------------------------------------

EN_WORDS: dict[str, float] = {
    w: float(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
EN_WORDS.update(
    {w: float(10 * (i + 2)) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
)
EN_WORDS.update({"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "dozen": 12.0})

_SCALES = {1e3, 1e6, 1e9}


def _alternation(words: dict[str, float]) -> str:
    # Longest first so "двадцати" wins over "два".
    return "|".join(sorted(words, key=len, reverse=True))


RU_WORDS_RE = rf"(?<![\w-])(?:{_alternation(RU_WORDS)})(?:\s+(?:{_alternation(RU_WORDS)}))*(?![\w-])"
EN_WORDS_RE = (
    rf"(?<![\w-])(?:an?\s+(?=(?:dozen|hundred|thousand|million|billion)\b))?"
    rf"(?:{_alternation(EN_WORDS)})(?:(?:\s+and\s+|[\s-]+)(?:{_alternation(EN_WORDS)}))*(?![\w-])"
)


def compose(values: list[float], multiplicative_hundred: bool) -> float:
    """Sum a sequence of number-word values: "двести пять" → 205, "two hundred five" → 205."""
    total = 0.0
    current = 0.0
    for v in values:
        if v in _SCALES:
            total += max(current, 1.0) * v
            current = 0.0
        elif v == 100 and multiplicative_hundred:
            current = max(current, 1.0) * 100
        else:
            current += v
    return total + current


_WORD_SPLIT = compile_pattern(r"[\s-]+")


def parse_ru_words(raw: str) -> float:
    values = [RU_WORDS[w] for w in _WORD_SPLIT.split(raw.lower()) if w in RU_WORDS]
    return compose(values, multiplicative_hundred=False)


def parse_en_words(raw: str) -> float:
    words = [w for w in _WORD_SPLIT.split(raw.lower()) if w not in ("a", "an", "and")]
    return compose([EN_WORDS[w] for w in words if w in EN_WORDS], multiplicative_hundred=True)


# --- Chinese -------------------------------------------------------------------------------

ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG = {"万": 1e4, "亿": 1e8}

# A numeral must start with a digit character or 十 so "万一", "千万" (idioms) do not match.
ZH_NUM_RE = r"[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*"


def parse_zh(raw: str) -> float | None:
    """Value of a Chinese numeral: "二十五" → 25, "一千五百万" → 15000000, "两" → 2."""
    total = 0.0
    section = 0.0
    digit: float | None = None
    for ch in raw:
        if ch in ZH_DIGITS:
            digit = float(ZH_DIGITS[ch])
        elif ch in _ZH_UNITS:
            section += (1.0 if digit is None else digit) * _ZH_UNITS[ch]
            digit = None
        elif ch in _ZH_BIG:
            total = (total + section + (digit or 0.0)) * _ZH_BIG[ch]
            section, digit = 0.0, None
        else:
            return None
    return total + section + (digit or 0.0)


def parse_zh_or_digits(raw: str) -> float | None:
    """Chinese numeral or digits, as in 百分之三十 / 百分之30."""
    if raw and raw[0].isdigit():
        return parse_digits(raw)
    return parse_zh(raw)


# --- Multipliers ---------------------------------------------------------------------------

MULTIPLIERS: dict[str, float] = {
    "k": 1e3, "к": 1e3, "тыс": 1e3, "тысяч": 1e3, "тысяча": 1e3, "тысячи": 1e3, "тысячу": 1e3,
    "thousand": 1e3, "千": 1e3,
    "m": 1e6, "mm": 1e6, "mln": 1e6, "mn": 1e6, "million": 1e6, "млн": 1e6, "миллион": 1e6,
    "миллиона": 1e6, "миллионов": 1e6, "百万": 1e6,
    "b": 1e9, "bn": 1e9, "billion": 1e9, "млрд": 1e9, "миллиард": 1e9, "миллиарда": 1e9,
    "миллиардов": 1e9,
    "трлн": 1e12, "trillion": 1e12,
    "万": 1e4, "千万": 1e7, "亿": 1e8, "万亿": 1e12,
    "w": 1e4,  # "10W" in a Chinese text: 万 (quantities.py matches it only there)
}


def multiplier_value(raw: str) -> float:
    """Factor of a matched multiplier ("тыс.", "M", "万"); 1.0 when unknown."""
    key = raw.strip(SEP_CHARS + ".").lower()
    return MULTIPLIERS.get(key, 1.0)


# --- Word shape ----------------------------------------------------------------------------

_EN_NOT_PLURAL = frozenset("is was has its this us as plus thus yes less across always its its perhaps whereas does goes".split())
_RU_PLURALISH = compile_pattern(r"(?:ов|ев|ёв|ей|ок|ек|ёк|ий|ях|ам|ями|ами|ах|цы|ки|ты|ны|ры|ли|ии)$")


def looks_like_counted_noun(word: str) -> bool:
    """Does `word` read like the plural noun of a count ("customers", "клиентов")?

    Used where a bare number could also be a year or a placeholder letter ("2026 roadmap",
    "Launch X launched"): only a plural-looking noun makes it a count. A shape test is
    enough here and keeps morphology analyzers out of this module.
    """
    w = word.lower()
    if not w or not w[0].isalpha():
        return False
    if w.isascii():
        return len(w) > 2 and w.endswith("s") and not w.endswith("ss") and w not in _EN_NOT_PLURAL
    return bool(_RU_PLURALISH.search(w)) and not w.startswith("год")
