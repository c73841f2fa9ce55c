"""Token's written-out __init__ (faster than the generated one) must stay the dataclass it describes."""

from __future__ import annotations

import dataclasses
import inspect
import pickle

import pytest

from okrlint.analysis import Pos, Quantity, TextAnalysis, Token, VerbForm, analyze


def test_init_takes_every_field_in_order_with_the_fields_defaults() -> None:
    parameters = list(inspect.signature(Token.__init__).parameters.values())[1:]
    fields = dataclasses.fields(Token)
    assert [p.name for p in parameters] == [f.name for f in fields]
    for parameter, field in zip(parameters, fields):
        default = field.default if field.default is not dataclasses.MISSING else inspect.Parameter.empty
        assert parameter.default is default, field.name


@pytest.mark.parametrize("text,lang", [("Launch the billing dashboard", "en"), ("Поднять активацию с 20% до 35%", "ru"),
                                       ("完成客服系统上线", "zh")])
def test_tokens_stay_frozen_values(text: str, lang: str) -> None:
    for token in analyze(text, lang).tokens:
        with pytest.raises(dataclasses.FrozenInstanceError):
            token.lemma = "x"  # type: ignore[misc]
        copy = dataclasses.replace(token)
        assert copy == token and hash(copy) == hash(token) and copy.classes == token.classes
        assert pickle.loads(pickle.dumps(token)) == token
        assert dataclasses.replace(token, start=token.start + 1) != token


def test_keywords_and_defaults() -> None:
    token = Token(text="Launch", lemma="launch", pos=Pos.VERB, lang="en", start=0, end=6, verb_form=VerbForm.IMPERATIVE)
    assert (token.aspect, token.verb_family, token.tags, token.classes) == (None, None, frozenset(), frozenset())
    assert repr(token) == ("Token(text='Launch', lemma='launch', pos=<Pos.VERB: 'VERB'>, lang='en', start=0, end=6, "
                           "verb_form=<VerbForm.IMPERATIVE: 'imper'>, aspect=None, verb_family=None, tags=frozenset())")


@pytest.mark.parametrize("cls", [Quantity, TextAnalysis])
def test_written_out_inits_take_the_init_fields_in_order_with_their_defaults(cls: type) -> None:
    """Quantity's generated __init__ and TextAnalysis's written-out one take the init fields in order, with their defaults."""
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = [f for f in dataclasses.fields(cls) if f.init]
    assert [p.name for p in parameters] == [f.name for f in fields]
    for parameter, field in zip(parameters, fields):
        default = field.default if field.default is not dataclasses.MISSING else inspect.Parameter.empty
        assert parameter.default is default, field.name
    assert [f.name for f in dataclasses.fields(cls) if not f.init] == ([] if cls is Quantity else ["words", "lowered"])


@pytest.mark.parametrize("text,lang", [("Поднять активацию с 20% до 35% к 31 марта", "ru"),
                                       ("Cut churn from 8% to 5% by end of Q2", "en"), ("到6月底客户满意度从80%提升到90%", "zh")])
def test_analyses_and_quantities_stay_frozen_values(text: str, lang: str) -> None:
    analysis = analyze(text, lang)
    assert analysis.quantities and analysis.change is not None and analysis.deadline is not None
    for value in (analysis, *analysis.quantities):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, dataclasses.fields(value)[0].name, "x")
        copy = dataclasses.replace(value)
        assert copy == value and hash(copy) == hash(value) and repr(copy) == repr(value)
        assert pickle.loads(pickle.dumps(value)) == value
    fresh = TextAnalysis(text=text, normalized=analysis.normalized, lang=lang, tokens=analysis.tokens)
    assert (fresh.quantities, fresh.change, fresh.deadline, fresh.work_item, fresh.unfinished, fresh.question) == (
        (), None, None, False, False, False)
    assert fresh.words == analysis.words and fresh.lowered == analysis.normalized.lower()
    first = analysis.quantities[0]
    assert Quantity(first.raw, first.value, first.kind, first.unit, first.start, first.end) == first
    assert dataclasses.replace(first, value=1.0) != first
