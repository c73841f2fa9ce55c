"""The faster HMM pass gives jieba's own answer, ties and dead ends included (real jieba, its real model)."""

from __future__ import annotations

import random
import re
import types

import pytest

from okrlint.analysis import zh_viterbi
from okrlint.analysis.zh import _pos_tokenizer
from okrlint.analysis.zh_hmm import _HMM_PASS, memoise_hmm
from tests.helpers import example_texts


@pytest.fixture(scope="module")
def posseg():
    _pos_tokenizer()  # jieba.posseg imported as okrlint imports it (its model from okrlint's cache file)
    import jieba.posseg

    return jieba.posseg


def model(posseg) -> tuple:
    return posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P


def han_runs() -> list[str]:
    """Every run of Han characters in the examples, whole and as the windows jieba may meet of it."""
    runs = set()
    for text, _ in example_texts("examples/**/*.okr.yaml", min_chars=1):
        for run in re.findall(r"[\u4e00-\u9fff]+", text):
            runs.update(run[i:j] for i in range(len(run)) for j in range(i + 1, min(len(run), i + 6) + 1))
    return sorted(runs)


def test_every_run_of_the_examples_gets_jiebas_probability_and_route(posseg) -> None:
    from jieba.posseg.viterbi import viterbi as jiebas

    runs = han_runs()
    assert len(runs) > 1000
    for run in runs:
        assert zh_viterbi.viterbi(run, *model(posseg)) == jiebas(run, *model(posseg)), run


def test_random_runs_rare_characters_and_other_scripts_get_jiebas_answer(posseg) -> None:
    from jieba.posseg.viterbi import viterbi as jiebas

    rng = random.Random(20261206)
    known = sorted(posseg.char_state_tab_P)
    runs = ["".join(rng.choice(known) for _ in range(rng.randint(1, 12))) for _ in range(600)]
    # characters the model has no states for (every state is tried), Latin letters, digits, punctuation
    runs += ["".join(chr(rng.randint(0x4E00, 0x9FFF)) for _ in range(rng.randint(1, 6))) for _ in range(200)]
    runs += ["a", "Q3", "。", "x", "龘龘", "的的的的的", "一一一一一一一一"]
    for run in runs:
        assert zh_viterbi.viterbi(run, *model(posseg)) == jiebas(run, *model(posseg)), run


def test_equal_sums_take_the_greatest_previous_state_and_a_dead_end_fails_as_in_jieba() -> None:
    from jieba.posseg.viterbi import viterbi as jiebas

    # a toy model: ("S", "x") and ("S", "z") start and emit alike and both lead to ("S", "x") alike, so the
    # second "a" has two best previous states (jieba's max takes the greater, ("S", "z")); ("B", "y") leads nowhere
    states = {"a": (("S", "x"), ("S", "z")), "b": (("B", "y"),)}
    start = {("S", "x"): -1.0, ("S", "z"): -1.0, ("B", "y"): -3.0}
    trans = {("S", "x"): {("S", "x"): -0.5}, ("S", "z"): {("S", "x"): -0.5}, ("B", "y"): {}}
    emit = {("S", "x"): {"a": -1.0}, ("S", "z"): {"a": -1.0}, ("B", "y"): {"b": -1.0}}
    for obs in ("aa", "aaa", "ab", "a", "b"):
        assert zh_viterbi.viterbi(obs, states, start, trans, emit) == jiebas(obs, states, start, trans, emit), obs
    assert zh_viterbi.viterbi("aa", states, start, trans, emit)[1] == [("S", "z"), ("S", "x")]
    for viterbi in (zh_viterbi.viterbi, jiebas):  # no state after "b" leads anywhere: both fail alike
        with pytest.raises(ValueError):
            viterbi("ba", states, start, trans, emit)


def test_the_pass_yields_the_pairs_jiebas_own_pass_yields(posseg) -> None:
    ours = zh_viterbi.hmm_pass_for(posseg, "0.42.1")
    plain = posseg.POSTokenizer(_pos_tokenizer().tokenizer)
    assert ours is not None and _HMM_PASS not in vars(plain)
    for run in han_runs()[:400] + ["从", "缩短到", "龘龘龘"]:
        assert [(p.word, p.flag) for p in ours(run)] == [(p.word, p.flag) for p in getattr(plain, _HMM_PASS)(run)], run


def test_another_jieba_keeps_its_own_pass(posseg) -> None:
    assert zh_viterbi.hmm_pass_for(posseg, "0.43.0") is None
    assert zh_viterbi.hmm_pass_for(types.SimpleNamespace(pair=posseg.pair), "0.42.1") is None  # no model tables


def test_the_memoised_tokenizer_runs_the_faster_pass(posseg, monkeypatch) -> None:
    calls = []
    plain_viterbi = zh_viterbi.viterbi
    monkeypatch.setattr(zh_viterbi, "viterbi", lambda *args: calls.append(args[0]) or plain_viterbi(*args))
    tokenizer = memoise_hmm(posseg.POSTokenizer(_pos_tokenizer().tokenizer))
    assert [(p.word, p.flag) for p in tokenizer.cut("龘龘龘")] and calls == ["龘龘龘"]
