"""A fact that answers early when its cue words are absent says what the full computation says.

Some facts and rule steps first ask whether any word of the text is in a word class they are about
(`Reading.names_class`: the text's classes, gathered once) and, when none is, answer at once
instead of walking the words or the clauses. Told the class is there, they take the full way; the
answers must be the same, over every title of the example OKRs and over texts written to have the
cue words, in ru/en/zh.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from okrlint.analysis import analyze
from okrlint.checks import reading as R
from okrlint.checks import text as T
from tests.test_reading_facts import _titles

WITH_CUES = {
    "en": ["Release notes are clear and concise", "Make reviews faster", "Faster checkout for returning buyers",
           "Onboarding feels intuitive", "Grow revenue significantly", "Docs are clear, so support is faster",
           "Work with vendors to make builds faster", "Support more people than last year", "Clear docs",
           "Latency below the industry median", "Roll out the protocol to all teams", "Reach the top 3 in the store",
           "Achieve 130% of the sales plan", "Become the number one tool"],
    "ru": ["Отчёт понятный и краткий", "Значительно сократить время ответа", "Работать более слаженно",
           "Более удобный онбординг продавцов", "Более 100 клиентов", "Ревью проходит по понятной структуре",
           "Быть более проактивными", "Документация понятна", "CPM ниже среднего по рынку",
           "Распространить практику на все регионы", "Войти в ТОП-100 компаний", "Выполнить план продаж на 95%"],
    "zh": ["文档清晰易懂", "大幅提升转化率", "审批流程清晰", "为尽快满足需求，调整招聘政策", "更快响应客户", "清晰的文档",
           "转化率高于行业平均", "推广到所有门店", "成为行业第一", "完成年度销售任务"],
}

# (what is asked of a Reading, the class whose absence answers it at once)
SHORTCUTS = [
    (lambda r: r.judged_state, "judged"),
    (lambda r: r.vague_adverb, "vague_adverbs"),  # and no comparative: the class there takes the full way too
    (lambda r: r.top, "rank_words"),
    (lambda r: r.plan_fulfilment, "plan"),
    (T._compared_with_a_reference, "reference"),
    (T._widened_to_an_end, "scope_to"),
]


def _told_the_class_is_there(analysis, cls: str) -> R.Reading:
    reading = R.Reading(analysis)
    for name, _ in R._EVERY_TEXT_FACTS:  # computed with the Reading: forgotten, to be asked again with the class
        del reading.__dict__[name]
    reading.__dict__["_classes_of_words"] = reading._classes_of_words | {cls}
    return reading


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
@pytest.mark.parametrize("ask, cls", SHORTCUTS, ids=[cls for _, cls in SHORTCUTS])
def test_a_shortcut_answers_as_the_full_way(lang, ask, cls):
    answers = set()
    for text in _titles(lang) + WITH_CUES[lang]:
        analysis = analyze(text, lang)
        answer = ask(R.Reading(analysis))
        assert answer == ask(_told_the_class_is_there(analysis, cls)), text
        answers.add(bool(answer))
    assert answers == {True, False}  # the texts take both ways


# Gates whose class test stands before a walk of the words (the answer is one of the words' own).
CLASS_GATES = [
    (lambda r: r.possess, "possess"),
    (lambda r: r.vague_object, "vague_objects"),
    (lambda r: r.beneficiary, "beneficiary"),
]
GATED_CUES = {
    "en": ["Hiring managers have interview guides", "Build relationships with partners", "Win back lapsed donors"],
    "ru": ["100% интересов имеют владельца", "Выстроить отношения с партнёрами", "Вернуть ушедших клиентов"],
    "zh": ["满足通用需求", "提升会员满意度", "每位员工都有导师"],
}


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
@pytest.mark.parametrize("ask, cls", CLASS_GATES, ids=[cls for _, cls in CLASS_GATES])
def test_a_class_gate_answers_as_the_full_way(lang, ask, cls):
    for text in _titles(lang) + WITH_CUES[lang] + GATED_CUES[lang]:
        analysis = analyze(text, lang)
        assert ask(R.Reading(analysis)) == ask(_told_the_class_is_there(analysis, cls)), text


# Facts that first look for the one word their walk needs ("в течение", 在, a word of denial, the first
# lemma of a "current level" phrase): a text with that word still takes the full way.
@pytest.mark.parametrize("lang, text, ask", [
    ("ru", "Ответ клиенту в течение 4 часов", lambda r: r.threshold),
    ("zh", "完成率在80%以上", lambda r: r.floor),
    ("ru", "Ни одного инцидента P1 за квартал", lambda r: r.zero_target),
    ("en", "No critical vulnerabilities in production", lambda r: r.zero_target),
    ("ru", "Отток не выше текущего уровня", lambda r: r.keeps_current_level),
    ("en", "Churn stays at the current level", lambda r: r.keeps_current_level),
    ("ru", "Клиенты получают ответ за 2 часа", lambda r: r.beneficiary),
    ("ru", "Доступна настройка отчётов", lambda r: r.end_state),
])
def test_a_word_gate_lets_the_text_with_the_word_through(lang, text, ask):
    assert ask(R.read(text, lang))


# Chinese `declarative` first asks whether the characters of the words after the first hold a cue of
# the passive (被, 不会, 受…) or of a changed state (能, 更, 不再…); told every cue is there, it takes
# the full way, with the same answers.
ZH_STATE_CUES = ["资源被正确清理", "加载时不会导致内存暴涨", "数据受保护", "商家能更快收到货款", "员工不再加班",
                 "客户随时可以查询订单", "团队更加高效", "用户愿意推荐我们"]


def test_zh_declarative_cue_test_answers_as_the_full_way(monkeypatch):
    texts = _titles("zh") + WITH_CUES["zh"] + GATED_CUES["zh"] + ZH_STATE_CUES
    short = [R.Reading(analyze(text, "zh")).declarative for text in texts]
    monkeypatch.setattr(R, "_names_any", lambda text, cues: True)
    assert [R.Reading(analyze(text, "zh")).declarative for text in texts] == short
    assert set(short) == {True, False}


class _Word:
    def __init__(self, text: str) -> None:
        self.text = text


def _clauses_the_long_way(words):
    clauses = [[]]
    for token in words:
        if token.text in (",", "，"):
            clauses.append([])
        else:
            clauses[-1].append(token)
    return [c for c in clauses if c]


@given(st.lists(st.sampled_from(["系统", ",", "，", "上线", "a", ""]), max_size=8))
def test_clauses_without_a_comma_are_the_walks_clauses(texts):
    words = [_Word(text) for text in texts]
    assert R._clauses(words) == _clauses_the_long_way(words)


def _zh_candidates_the_long_way(words, in_class):
    candidates = [t for t in words if R._predicate_like(t, words, "zh", words.index(t))]
    candidates = [t for t in candidates if t.pos is R.VERB or not in_class(t, "metric")]
    return [t for t in candidates if not R._zh_inside_a_name(words, words.index(t), in_class)]


ZH_LEAD_CUES = ["截止到6月底完成系统上线", "提升用户留存率", "研究spark查询iceberg元数据", "做一个自律的人", "be the best团队",
                "商品页访问到下单转化率", "活跃贡献者数量达到100", "系统运行时间保持在99.95%"]


def test_zh_candidates_are_the_long_ways():
    for text in _titles("zh") + WITH_CUES["zh"] + ZH_LEAD_CUES:
        words = R.Reading(analyze(text, "zh"))._words
        assert R._zh_candidates(words, R._in_class) == _zh_candidates_the_long_way(words, R._in_class), text


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
def test_tokens_of_a_text_are_all_unequal(lang):
    # what lets a walk's index stand for `words.index(token)` (Token.__eq__ compares offsets first)
    for text in _titles(lang) + WITH_CUES[lang]:
        tokens = analyze(text, lang).tokens
        assert len({(t.start, t.end) for t in tokens}) == len(tokens), text
