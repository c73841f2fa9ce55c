"""A bound on one unit of time written without a numeral: "within a day", "in under an hour",
«в течение часа», «менее чем за сутки».

English says "a day" and Russian puts the unit alone after the bound («в течение дня»), where
Chinese writes the numeral ("一天内", found by the core). The bound makes the unit a span of time
of one: a service level as checkable as "within 1 day". Without a bound word the unit names a
period, not a span ("once a day", «раз в день»), and nothing is found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from okrlint.analysis.facts import Quantity, QuantityKind, new_quantity
from okrlint.analysis.lazyre import lazy_compile

# The unit as the quantity's unit name, by the word written after the bound
# (up to a week: "within a quarter", «в течение года» name the period the work happens in, not a limit)
_EN_UNITS = {"minute": "minute", "hour": "hour", "day": "day", "business day": "day", "working day": "day",
             "week": "week"}
# Russian puts the unit in the genitive after most bounds («в течение часа») and in the accusative after
# «за» («менее чем за час»)
_RU_GENITIVE_UNITS = {"минуты": "minute", "часа": "hour", "дня": "day", "суток": "day", "рабочего дня": "day",
                      "недели": "week"}
_RU_ACCUSATIVE_UNITS = {"минуту": "minute", "час": "hour", "день": "day", "сутки": "day", "рабочий день": "day",
                        "неделю": "week"}
_RU_UNITS = _RU_GENITIVE_UNITS | _RU_ACCUSATIVE_UNITS

_EN_BOUNDS = ("within", "under", "less than", "no more than", "at most", "no longer than")
# (a bound either way: "Nobody waits more than a day", «Никто не ждёт больше суток» is as checkable as "within a day")
_RU_GENITIVE_BOUNDS = ("в течение", "не более", "не больше", "не дольше", "меньше", "менее", "больше", "более", "дольше")
_RU_ACCUSATIVE_BOUNDS = ("менее чем за", "меньше чем за", "быстрее чем за", "не дольше чем за")


def _words(options: Iterable[str]) -> str:
    """An alternation of phrases, longest first, each space any run of white space."""
    return "|".join(o.replace(" ", r"\s+") for o in sorted(options, key=len, reverse=True))


_EN = lazy_compile(rf"(?<![A-Za-z])(?:in\s+)?(?:{_words(_EN_BOUNDS)})\s+(?P<q>an?\s+(?P<unit>{_words(_EN_UNITS)}))(?![A-Za-z])",
                   re.IGNORECASE)
_RU_GENITIVE = lazy_compile(rf"(?<![А-Яа-яЁё])(?:{_words(_RU_GENITIVE_BOUNDS)})\s+(?P<q>(?P<unit>{_words(_RU_GENITIVE_UNITS)}))"
                            r"(?![А-Яа-яЁё])", re.IGNORECASE)
_RU_ACCUSATIVE = lazy_compile(rf"(?<![А-Яа-яЁё])(?:{_words(_RU_ACCUSATIVE_BOUNDS)})\s+(?P<q>(?P<unit>{_words(_RU_ACCUSATIVE_UNITS)}))"
                              r"(?![А-Яа-яЁё])", re.IGNORECASE)


def one_unit_bounds(text: str, low: str, lang: str) -> list[Quantity]:
    """Each unit of time after a bound word, as a DURATION of 1 in that unit (`low`: the text lower-cased)."""
    if lang == "en" and any(bound in low for bound in _EN_BOUNDS):
        patterns, units = (_EN,), _EN_UNITS
    elif lang == "ru" and (any(bound in low for bound in _RU_GENITIVE_BOUNDS) or "чем за" in low):
        patterns, units = (_RU_GENITIVE, _RU_ACCUSATIVE), _RU_UNITS
    else:
        return []  # no bound word (nearly every text): no search
    found = [new_quantity(m.group("q"), 1.0, QuantityKind.DURATION, units[" ".join(m.group("unit").lower().split())],
                          m.start("q"), m.end("q"), False)
             for pattern in patterns for m in pattern.finditer(text)]
    return sorted(found, key=lambda q: q.start) if len(patterns) > 1 else found
