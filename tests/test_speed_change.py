"""find_change's shortcuts agree with its general path.

`find_change` reuses the links `find_quantities` found for the same text (and, with no baseline, the
adjacent pairs themselves), reads the quantities without copying them, and builds its Change with
`new_change`. Checked here against the general path (`_links` on a copy of the quantities, a Change
built by its dataclass) on generated texts.
"""

from __future__ import annotations

import dataclasses
import pickle
import random

import pytest

from okrlint.analysis import quantities as Q
from okrlint.analysis.facts import Change, Quantity, QuantityKind, new_change

_WORDS = {
    "en": ["Cut", "Raise", "latency", "churn", "from", "to", "by", "now", "current", "baseline", "vs", "->", "→", "of",
           "and", "hours", "days", "users", "NPS", "top", "$"],
    "ru": ["Снизить", "Поднять", "отток", "с", "до", "от", "сейчас", "текущий", "было", "->", "→", "и", "часов",
           "дней", "клиентов", "₽"],
    "zh": ["降低", "提升", "从", "到", "至", "为", "当前", "目前", "基线", "→", "小时", "天", "用户", "，"],
}
_NUMBERS = ["5", "12", "30%", "4.5", "2x", "100", "1 000", "3-5", "7 дней", "8 weeks", "90%", "$2m", "X%", "[N1]"]


def _text(rng: random.Random, lang: str) -> str:
    parts = []
    for _ in range(rng.randint(2, 9)):
        parts.append(rng.choice(_NUMBERS) if rng.random() < 0.35 else rng.choice(_WORDS[lang]))
    joiner = "" if lang == "zh" and rng.random() < 0.5 else " "
    return joiner.join(parts)


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
def test_change_from_found_links_is_the_general_one(lang: str) -> None:
    rng = random.Random(f"change-{lang}")
    changes = 0
    for _ in range(3000):
        text = _text(rng, lang)
        found = Q.find_quantities(text, lang)
        fast = Q.find_change(text, tuple(found), lang)  # right after find_quantities: its links are reused
        Q._last_found = Q._NOTHING_FOUND
        links = Q._links(text, list(found))
        general = Change(start=found[links[0][0]], end=found[links[0][1]]) if links else None
        assert fast == general, text
        assert Q.find_change(text, list(found), lang) == general, text  # nothing reused: the general path itself
        if fast is not None:
            changes += 1
            assert type(fast) is Change and fast.start is general.start and fast.end is general.end
    assert changes > 100  # the texts do exercise the shortcut


def test_new_change_is_a_change_in_every_respect() -> None:
    a = Quantity("12", 12.0, QuantityKind.PLAIN, None, 0, 2)
    b = Quantity("8 недель", 8.0, QuantityKind.DURATION, "week", 6, 14)
    built, written = new_change(a, b), Change(start=a, end=b)
    assert type(built) is Change
    assert built == written and hash(built) == hash(written) and repr(built) == repr(written)
    assert pickle.loads(pickle.dumps(built)) == written
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.start = b  # type: ignore[misc]
