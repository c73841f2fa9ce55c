"""Token's written-out __init__ (faster than the generated one) must stay the dataclass it describes."""

from __future__ import annotations

import dataclasses
import inspect
import pickle

import pytest

from okrlint.analysis import Pos, Token, VerbForm, analyze


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
