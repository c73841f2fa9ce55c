"""jieba's HMM pass, memoised per run of characters, says exactly what jieba says (real jieba)."""

from __future__ import annotations

from okrlint.analysis.zh import _pos_tokenizer, tokenize
from okrlint.analysis.zh_hmm import _HMM_PASS, memoise_hmm
from tests.helpers import example_texts

TEXTS = ["平均响应时间从12小时缩短到5小时", "平均响应时间从13小时缩短到6小时", "完成CRM系统上线", "举办3场培训",
         "客户留存率从80%提升到90%", "新增  100  家门店，到6月底", "系統可用性不低於99.9%", "做一个自律的人"]


def test_the_memoised_tagger_segments_and_tags_like_jieba_itself() -> None:
    import jieba.posseg

    ours = memoise_hmm(_pos_tokenizer())
    assert _HMM_PASS in vars(ours)  # the memo is in place
    plain = jieba.posseg.POSTokenizer(ours.tokenizer)  # same dictionary, no memo
    assert _HMM_PASS not in vars(plain)
    texts = TEXTS + [text for text, _ in example_texts("examples/*zh/*.okr.yaml", min_chars=1)]
    assert len(texts) > 50
    for _ in range(2):  # the second round is answered from the memo
        for text in texts:
            assert [(p.word, p.flag) for p in ours.cut(text)] == [(p.word, p.flag) for p in plain.cut(text)], text


def test_memoising_twice_keeps_one_memo() -> None:
    tokenizer = memoise_hmm(_pos_tokenizer())
    memoised = vars(tokenizer)[_HMM_PASS]
    assert memoise_hmm(tokenizer) is tokenizer and vars(tokenizer)[_HMM_PASS] is memoised


def test_texts_that_share_runs_keep_their_own_tokens() -> None:
    first = [(t.text, t.pos.value, t.start) for t in tokenize("平均响应时间从12小时缩短到5小时")]
    again = [(t.text, t.pos.value, t.start) for t in tokenize("客户平均响应时间从13小时缩短到6小时")]
    assert first[-4:] == [("缩短", "VERB", 11), ("到", "ADP", 13), ("5", "NUM", 14), ("小时", "NOUN", 15)]
    assert again[-4:] == [("缩短", "VERB", 13), ("到", "ADP", 15), ("6", "NUM", 16), ("小时", "NOUN", 17)]
