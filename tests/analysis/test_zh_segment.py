"""zh_segment.cut gives exactly the words and flags of jieba.posseg's own cut (real jieba, real dictionaries)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from okrlint.analysis import zh_segment
from okrlint.analysis.zh import _pos_tokenizer, tokenize
from okrlint.analysis.zh_hmm import memoise_hmm
from tests.helpers import example_texts

TEXTS = ["平均响应时间从12小时缩短到5小时", "完成CRM系统上线", "举办3场培训", "客户留存率从80%提升到90%",
         "新增  100  家门店，到6月底", "系統可用性不低於99.9%", "做一个自律的人", "提升NPS到50+，上线4S店3D展示",
         "Q3前完成C++与C#的SDK发布.v2_beta", "采用率\r\n留存率\t转化率", "", " ", "a", "1", "的", "，，。"]


@pytest.fixture(scope="module")
def ours():
    return memoise_hmm(_pos_tokenizer())  # what zh.tokenize uses: our small dictionary, HMM memoised


@pytest.fixture(scope="module")
def jieba_own(ours):
    import jieba.posseg

    return jieba.posseg.POSTokenizer(ours.tokenizer)  # jieba's tagger over the same dictionary, nothing of ours


@pytest.fixture(scope="module")
def full_dictionary():
    """jieba's full dictionary (349k words, some with digits and Latin: "3D", "4S店"), both ways."""
    import jieba
    import jieba.posseg

    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return jieba.posseg.POSTokenizer(tokenizer)


def _jieba(tokenizer, text: str) -> list[tuple[str, str]]:
    return [(p.word, p.flag) for p in tokenizer.cut(text)]


def test_every_example_and_sample_text_is_cut_as_jieba_cuts_it(ours, jieba_own) -> None:
    texts = TEXTS + [text for text, _ in example_texts("examples/*zh/*.okr.yaml", min_chars=1)]
    assert len(texts) > 50
    for text in texts:
        assert zh_segment.cut(ours, text) == _jieba(jieba_own, text) == _jieba(ours, text), text


def test_words_and_flags_of_a_known_text(ours) -> None:
    # jieba's own flags: 场 is n here; zh.tokenize makes it a CLASSIFIER after the number (last test)
    assert zh_segment.cut(ours, "举办3场培训，完成CRM系统上线") == [
        ("举办", "v"), ("3", "m"), ("场", "n"), ("培训", "vn"), ("，", "x"), ("完成", "v"), ("CRM", "eng"),
        ("系统", "n"), ("上线", "v")]


# Characters that make jieba take each of its paths: dictionary words, single characters, runs its
# HMM must guess, digits and Latin inside a block, separators outside it, whitespace.
_HAN = "从到为提升缩短平均响应时间小时完成系统上线客户留存率转化采用举办场培训门店月底的了是在和与做个人自律新增家"
_ODD = "0123456789abcXYZ+#&._ \t\r\n，。%％-/()【】こ한é"
_WORDS = ["平均", "响应时间", "缩短", "提升", "客户", "留存率", "上线", "系统", "完成", "培训", "门店", "月底",
          "用户体验", "满意度", "转化率", "4S店", "3D", "CRM", "NPS", "50%", "12", "9.9", "v2"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=_HAN + _ODD, max_size=40))
def test_random_texts_are_cut_as_jieba_cuts_them(ours, jieba_own, text: str) -> None:
    assert zh_segment.cut(ours, text) == _jieba(jieba_own, text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_WORDS) | st.text(alphabet=_HAN + _ODD, min_size=1, max_size=3), max_size=12))
def test_texts_of_dictionary_words_are_cut_as_jieba_cuts_them(ours, jieba_own, parts: list[str]) -> None:
    text = "".join(parts)
    assert zh_segment.cut(ours, text) == _jieba(jieba_own, text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_WORDS) | st.text(alphabet=_HAN + _ODD, min_size=1, max_size=3), max_size=12))
def test_with_jiebas_full_dictionary_too(full_dictionary, parts: list[str]) -> None:
    text = "".join(parts)
    assert zh_segment.cut(full_dictionary, text) == _jieba(full_dictionary, text)


def test_a_tagger_without_jiebas_internals_is_used_through_its_own_cut(jieba_own) -> None:
    class Wrapped:  # exposes only the public cut, as a jieba of another shape might
        def cut(self, text: str):
            return jieba_own.cut(text)

    text = "平均响应时间从12小时缩短到5小时"
    assert zh_segment.cut(Wrapped(), text) == _jieba(jieba_own, text)  # type: ignore[arg-type]


def test_tokens_keep_their_offsets_and_parts_of_speech() -> None:
    tokens = tokenize("举办3场培训，完成CRM系统上线")
    assert [(t.text, t.pos.value, t.start, t.end) for t in tokens] == [
        ("举办", "VERB", 0, 2), ("3", "NUM", 2, 3), ("场", "CLASSIFIER", 3, 4), ("培训", "NOUN", 4, 6),
        ("，", "PUNCT", 6, 7), ("完成", "VERB", 7, 9), ("CRM", "X", 9, 12), ("系统", "NOUN", 12, 14),
        ("上线", "VERB", 14, 16)]


# Blocks that differ only in their digits or Latin letters share a memo entry (zh_segment._BLOCKS): each
# is cut as jieba cuts it all the same, whichever of them came first.
_SAME_SHAPES = ["平均响应时间从12小时缩短到5小时", "平均响应时间从98小时缩短到0小时", "平均响应时间从123小时缩短到5小时",
                "提升NPS到50", "提升CSAT到7", "提升abc到99", "完成CRM系统上线", "完成ERP系统上线", "完成erp系统上线",
                "客户留存率从80%提升到90%", "客户留存率从10%提升到1%", "v2版本上线", "V9版本上线", "x1y2z3上线"]


@pytest.mark.parametrize("first", [0, 5, 9])
def test_blocks_of_the_same_shape_are_each_cut_as_jieba_cuts_them(ours, jieba_own, first: int) -> None:
    zh_segment._BLOCKS.clear()
    for text in _SAME_SHAPES[first:] + _SAME_SHAPES[:first]:
        assert zh_segment.cut(ours, text) == _jieba(jieba_own, text), text
        assert zh_segment.cut(ours, text) == _jieba(jieba_own, text), text  # from the memo, as written


def test_with_latin_and_digit_words_in_the_dictionary_blocks_are_remembered_as_written(full_dictionary) -> None:
    """jieba's full dictionary has "4S店" and "3D": there "4S店" and "5S店" are cut differently."""
    for text in ["上线4S店", "上线5S店", "做3D展示", "做4D展示", "上线4S店"]:
        assert zh_segment.cut(full_dictionary, text) == _jieba(full_dictionary, text), text
    assert ("4S店", "n") in zh_segment.cut(full_dictionary, "上线4S店")
