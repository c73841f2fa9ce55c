"""Tell which of the three supported languages a text is written in.

OKR texts mix scripts freely ("Снизить churn до 5%", "提升NPS到50分", "电梯 assisted
delivery"): product names and metrics stay in Latin letters whatever the language. So the
decision is by script, and Latin counts only when nothing else is there:

- the file's `lang:` hint wins when it is one of "ru", "en", "zh" ("zh-CN", "RU" are accepted);
- any Han character -> "zh", any Cyrillic letter -> "ru"; with both, the one with more letters
  (a Han character counts as one letter; ties go to "zh");
- otherwise "en", which is also the answer for empty or number-only text without a hint.
"""

from __future__ import annotations

import re

from okrlint.compiled_patterns import compile_pattern

__all__ = ["SUPPORTED", "detect_language", "script_of"]

SUPPORTED = ("ru", "en", "zh")

# Code point ranges per script; checked in order, so the common ranges come first.
_HAN_RANGES = (
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0x3400, 0x4DBF),  # Extension A
    (0xF900, 0xFAFF),  # Compatibility Ideographs
    (0x20000, 0x2FA1F),  # Extensions B..F and Compatibility Supplement
    (0x3007, 0x3007),  # 〇
)
_CYRILLIC_RANGES = ((0x0400, 0x052F), (0x1C80, 0x1C8F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F))
_LATIN_RANGES = (
    (0x0041, 0x005A),
    (0x0061, 0x007A),
    (0x00C0, 0x00D6),
    (0x00D8, 0x00F6),
    (0x00F8, 0x024F),
    (0x1E00, 0x1EFF),
    (0xFF21, 0xFF3A),  # full-width A-Z
    (0xFF41, 0xFF5A),  # full-width a-z
)


def script_of(ch: str) -> str:
    """The script of one character: "han", "cyrillic", "latin", "digit" or "other"."""
    if len(ch) != 1:
        return "other"
    code = ord(ch)
    if code < 0x80:  # ASCII fast path
        if ch.isalpha():
            return "latin"
        return "digit" if ch.isdigit() else "other"
    for name, ranges in (("han", _HAN_RANGES), ("cyrillic", _CYRILLIC_RANGES), ("latin", _LATIN_RANGES)):
        if any(lo <= code <= hi for lo, hi in ranges):
            return name
    return "digit" if ch.isdecimal() else "other"


def _char_class(ranges: tuple[tuple[int, int], ...]) -> re.Pattern[str]:
    # compile_pattern keeps the compiled program between runs: these classes cost ~3 ms to build cold
    return compile_pattern("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges) + "]")


# The same ranges as one character class each: counting with findall is one C loop per script, where
# a Python loop over the characters cost ~5% of a whole run (the ranges do not overlap).
_HAN = _char_class(_HAN_RANGES)
_CYRILLIC = _char_class(_CYRILLIC_RANGES)


def has_han(text: str) -> bool:
    """Whether the text has a Han character (one C scan)."""
    return _HAN.search(text) is not None


def detect_language(text: str, hint: str | None) -> str:
    """"ru", "en" or "zh" for one (normalised) OKR text; `hint` overrides when supported."""
    forced = _supported_hint(hint)
    if forced is not None:
        return forced
    if not text or text.isascii():
        return "en"
    han = len(_HAN.findall(text))
    cyrillic = len(_CYRILLIC.findall(text))
    if han or cyrillic:
        return "zh" if han >= cyrillic else "ru"
    return "en"


def _supported_hint(hint: str | None) -> str | None:
    """"ru", "RU", "ru-RU", "zh_CN" -> the primary language when it is supported."""
    if type(hint) is str and hint in SUPPORTED:
        return hint  # nearly always: a set's `lang:` as written ("ru"), asked ~20,000 times a 1,000-file run
    if not hint or not isinstance(hint, str):
        return None
    primary = hint.strip().lower().replace("_", "-").split("-", 1)[0]
    return primary if primary in SUPPORTED else None
