"""A Reading computes each fact when a rule first reads it; what it says must not depend on that.

Through the real analyzers (pymorphy3, jieba), over every title of the example OKRs in ru/en/zh.
"""

from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
import yaml

from okrlint.analysis import analyze
from okrlint.checks.reading import FIELDS, Lead, Reading, read

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
DERIVED = ("has_number", "hundred_percent")


def _titles(lang: str) -> list[str]:
    titles = []
    for path in sorted((EXAMPLES / lang).glob("*.okr.yaml")) + sorted((EXAMPLES / f"company-{lang}").rglob("*.okr.yaml")):
        for document in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            for objective in (document or {}).get("objectives") or []:
                titles.append(objective["title"])
                titles += [kr if isinstance(kr, str) else kr["title"] for kr in objective.get("key_results") or []]
    return titles


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
def test_facts_do_not_depend_on_the_order_they_are_read_in(lang):
    titles = _titles(lang)
    assert len(titles) > 30
    for title in titles:
        analysis = analyze(title, lang)
        forward, backward = Reading(analysis), Reading(analysis)
        names = list(FIELDS) + list(DERIVED)
        assert [getattr(forward, n) for n in names] == [getattr(backward, n) for n in reversed(names)][::-1], title


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
def test_a_reading_is_a_value_compared_hashed_and_pickled_by_its_facts(lang):
    for title in _titles(lang):
        analysis = analyze(title, lang)
        reading = Reading(analysis)
        fresh = Reading(analysis)
        assert reading == fresh and hash(reading) == hash(fresh)
        copied = pickle.loads(pickle.dumps(reading))
        assert copied == reading
        assert [getattr(copied, n) for n in FIELDS] == [getattr(reading, n) for n in FIELDS]
    assert read("Launch the billing dashboard", "en") != read("Raise activation from 20% to 35% by June 30", "en")


def test_a_reading_cannot_be_changed():
    reading = read("Raise activation from 20% to 35% by June 30", "en")
    with pytest.raises(FrozenInstanceError):
        reading.metric = False  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        reading.lead = Lead.TASK  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del reading.lead
    assert reading.metric is True and reading.lead is Lead.INCREASE


def test_a_fact_is_computed_when_first_read_and_kept():
    reading = Reading(analyze("Провести 12 встреч по теме поддержки", "ru"))
    assert "object_is_artifact" not in vars(reading)  # not read yet: not computed
    assert reading.object_is_artifact is True
    assert vars(reading)["object_is_artifact"] is True  # kept: read again without computing


@pytest.mark.parametrize("lang,text,lead,lead_word,metric,completion,has_number,object_is_artifact", [
    ("en", "Raise activation from 20% to 35% by June 30", Lead.INCREASE, "Raise", True, False, True, False),
    ("ru", "Поднять активацию с 20% до 35% к 30 июня", Lead.INCREASE, "Поднять", True, False, True, False),
    ("zh", "6月30日前将激活率从20%提升到35%", Lead.INCREASE, "提升", True, False, True, False),
    ("en", "Launch the billing dashboard", Lead.TASK, "Launch", False, False, False, True),
    ("ru", "Провести 12 встреч по теме поддержки", Lead.TASK, "Провести", False, False, True, True),
    ("zh", "完成客服系统上线", Lead.TASK, "完成", False, True, False, True),
])
def test_facts_of_a_metric_move_and_of_a_task(lang, text, lead, lead_word, metric, completion, has_number,
                                              object_is_artifact):
    reading = read(text, lang)
    assert (reading.lead, reading.lead_token.text, reading.metric, reading.completion, reading.has_number,
            reading.object_is_artifact) == (lead, lead_word, metric, completion, has_number, object_is_artifact)
    assert repr(reading).startswith("Reading(analysis=") and all(f"{name}=" in repr(reading) for name in FIELDS)
