"""Tests for the Russian analyzer (real pymorphy3, no mocks)."""

from __future__ import annotations

import re

import pymorphy3
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okrlint.analysis import ru
from okrlint.analysis.facts import Aspect, Pos, Token, VerbForm

INF, FIN, IMP = VerbForm.INFINITIVE, VerbForm.FINITE, VerbForm.IMPERATIVE
PART, GER, ACT = VerbForm.PARTICIPLE, VerbForm.GERUND, VerbForm.ACTION_NOUN
PERF, IMPF = Aspect.PERFECTIVE, Aspect.IMPERFECTIVE


def words(text: str) -> list[Token]:
    return [t for t in ru.tokenize(text) if t.pos not in (Pos.PUNCT, Pos.SYM)]


def token(text: str, word: str) -> Token:
    """The first token of `text` whose surface form is `word`."""
    return next(t for t in ru.tokenize(text) if t.text == word)


def facts(t: Token) -> tuple:
    return (t.lemma, t.pos, t.verb_form, t.aspect, t.verb_family)


# --- whole phrases -----------------------------------------------------------------------


def test_infinitive_with_count() -> None:
    toks = ru.tokenize("Подготовить 5 шаблонов")
    assert [(t.text, t.start, t.end) for t in toks] == [
        ("Подготовить", 0, 11),
        ("5", 12, 13),
        ("шаблонов", 14, 22),
    ]
    assert facts(toks[0]) == ("подготовить", Pos.VERB, INF, PERF, "подготовить")
    assert (toks[1].pos, toks[1].lang, toks[1].lemma) == (Pos.NUM, "", "5")
    assert facts(toks[2]) == ("шаблон", Pos.NOUN, None, None, None)


def test_infinitive_with_action_noun_object() -> None:
    toks = ru.tokenize("Провести обучение для 20 менеджеров")
    assert facts(toks[0]) == ("провести", Pos.VERB, INF, PERF, "провести")
    assert facts(toks[1]) == ("обучение", Pos.NOUN, ACT, PERF, "обучить")
    assert (toks[2].lemma, toks[2].pos) == ("для", Pos.ADP)
    assert (toks[3].text, toks[3].pos) == ("20", Pos.NUM)
    assert (toks[4].lemma, toks[4].pos, toks[4].start, toks[4].end) == ("менеджер", Pos.NOUN, 25, 35)


def test_action_noun_heading() -> None:
    toks = ru.tokenize("Запуск нового продукта")
    assert facts(toks[0]) == ("запуск", Pos.NOUN, ACT, PERF, "запустить")
    assert (toks[1].lemma, toks[1].pos) == ("новый", Pos.ADJ)
    assert facts(toks[2]) == ("продукт", Pos.NOUN, None, None, None)


def test_first_person_future_is_finite() -> None:
    toks = ru.tokenize("Запустим пилот")
    assert facts(toks[0]) == ("запустить", Pos.VERB, FIN, PERF, "запустить")
    assert {"VERB", "1per", "futr", "indc"} <= toks[0].tags


def test_launch_family_is_shared() -> None:
    cases = [
        ("Запуск пилота", "Запуск"),
        ("Запустить пилот", "Запустить"),
        ("Запустим пилот", "Запустим"),
        ("Пилот запущен", "запущен"),
        ("Запустите пилот", "Запустите"),
    ]
    families = {token(text, w).verb_family for text, w in cases}
    assert families == {"запустить"}


def test_latin_subject_and_short_participle() -> None:
    toks = ru.tokenize("CRM внедрена")
    assert (toks[0].text, toks[0].lemma, toks[0].pos, toks[0].lang) == ("CRM", "crm", Pos.X, "en")
    assert facts(toks[1]) == ("внедрить", Pos.VERB, PART, PERF, "внедрить")
    assert "PRTS" in toks[1].tags


def test_percent_and_neuter_participle() -> None:
    toks = ru.tokenize("100% карточек товара оформлено")
    assert [(t.text, t.pos) for t in toks[:2]] == [("100", Pos.NUM), ("%", Pos.SYM)]
    assert (toks[1].start, toks[1].end) == (3, 4)
    assert toks[2].lemma == "карточка" and toks[2].verb_form is None
    assert facts(toks[4]) == ("оформить", Pos.VERB, PART, PERF, "оформить")


def test_reduce_approval_time() -> None:
    toks = words("Снизить срок согласования договоров на 30%")
    assert [t.lemma for t in toks] == ["снизить", "срок", "согласование", "договор", "на", "30"]
    assert facts(toks[2]) == ("согласование", Pos.NOUN, ACT, PERF, "согласовать")
    assert toks[3].verb_form is None  # "договор" is a contract, not "договорить"


def test_outcome_sentence_has_finite_verb() -> None:
    toks = ru.tokenize("Клиенты получают ответ юриста за один день")
    assert facts(toks[0]) == ("клиент", Pos.NOUN, None, None, None)
    assert facts(toks[1]) == ("получать", Pos.VERB, FIN, IMPF, "получать")
    assert facts(toks[2]) == ("ответ", Pos.NOUN, None, None, None)
    assert (toks[5].lemma, toks[5].pos) == ("один", Pos.NUM)
    assert (toks[6].lemma, toks[6].start, toks[6].end) == ("день", 38, 42)


def test_mixed_script_kr() -> None:
    toks = ru.tokenize("Снизить churn до 5% к концу Q2")
    assert [(t.text, t.lang, t.pos) for t in toks] == [
        ("Снизить", "ru", Pos.VERB),
        ("churn", "en", Pos.X),
        ("до", "ru", Pos.ADP),
        ("5", "", Pos.NUM),
        ("%", "", Pos.SYM),
        ("к", "ru", Pos.ADP),
        ("концу", "ru", Pos.NOUN),
        ("Q2", "en", Pos.X),
    ]
    assert toks[6].lemma == "конец"


def test_latin_words_are_lowercased_lemmas() -> None:
    toks = ru.tokenize("Показать 5 major Features")
    assert [(t.lemma, t.lang, t.pos) for t in toks[2:]] == [
        ("major", "en", Pos.X),
        ("features", "en", Pos.X),
    ]
    assert toks[3].text == "Features"


def test_latin_abbreviation_with_score() -> None:
    assert [(t.text, t.lang) for t in ru.tokenize("Увеличить NPS до 9")] == [
        ("Увеличить", "ru"), ("NPS", "en"), ("до", "ru"), ("9", ""),
    ]


# --- verb forms and aspect ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Сократить сроки", "Сократить", ("сократить", Pos.VERB, INF, PERF, "сократить")),
        ("Держать уровень", "Держать", ("держать", Pos.VERB, INF, IMPF, "держать")),
        ("Все отделы входят в план", "входят", ("входить", Pos.VERB, FIN, IMPF, "входить")),
        ("Выручка выросла", "выросла", ("вырасти", Pos.VERB, FIN, PERF, "вырасти")),
        ("Сделайте отчёт", "Сделайте", ("сделать", Pos.VERB, IMP, PERF, "сделать")),
        ("Запустите пилот", "Запустите", ("запустить", Pos.VERB, IMP, PERF, "запустить")),
        ("Регламент утверждён", "утверждён", ("утвердить", Pos.VERB, PART, PERF, "утвердить")),
        ("Сайт запущен", "запущен", ("запустить", Pos.VERB, PART, PERF, "запустить")),
        ("Запущенный сайт", "Запущенный", ("запустить", Pos.VERB, PART, PERF, "запустить")),
        ("Запуская продукт", "Запуская", ("запускать", Pos.VERB, GER, IMPF, "запускать")),
        ("Стать лидером рынка", "Стать", ("стать", Pos.VERB, INF, PERF, "стать")),
        ("Готово. Стать лидером", "Стать", ("стать", Pos.VERB, INF, PERF, "стать")),
    ],
)
def test_verb_forms(text: str, word: str, expected: tuple) -> None:
    assert facts(token(text, word)) == expected


def test_participle_keeps_grammemes() -> None:
    t = token("Договор подписан", "подписан")
    assert {"PRTS", "perf", "pssv", "masc", "sing"} <= t.tags
    assert isinstance(t.tags, frozenset)


# --- nouns of action -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("noun", "verb"),
    [
        ("запуск", "запустить"),
        ("перезапуск", "перезапустить"),
        ("выпуск", "выпустить"),
        ("внедрение", "внедрить"),
        ("проведение", "провести"),
        ("приобретение", "приобрести"),
        ("выполнение", "выполнить"),
        ("обучение", "обучить"),
        ("создание", "создать"),
        ("согласование", "согласовать"),
        ("тестирование", "тестировать"),
        ("снижение", "снизить"),
        ("сокращение", "сократить"),
        ("упрощение", "упростить"),
        ("повышение", "повысить"),
        ("утверждение", "утвердить"),
        ("привлечение", "привлечь"),
        ("продвижение", "продвинуть"),
        ("оформление", "оформить"),
        ("обновление", "обновить"),
        ("построение", "построить"),
        ("рассмотрение", "рассмотреть"),
        ("развитие", "развить"),
        ("принятие", "принять"),
        ("подготовка", "подготовить"),
        ("разработка", "разработать"),
        ("доработка", "доработать"),
        ("настройка", "настроить"),
        ("закупка", "закупить"),
        ("поставка", "поставить"),
        ("проверка", "проверить"),
        ("маркировка", "маркировать"),
        ("упаковка", "упаковать"),
        ("оптимизация", "оптимизировать"),
        ("автоматизация", "автоматизировать"),
        ("организация", "организовать"),
        ("миграция", "мигрировать"),
        ("интеграция", "интегрировать"),
        ("идентификация", "идентифицировать"),
        ("коррекция", "корректировать"),
        ("цифровизация", "цифровизировать"),
        ("оплата", "оплатить"),
        ("замена", "заменить"),
        ("опрос", "опросить"),
        ("найм", "нанять"),
        ("наём", "нанять"),
        ("рост", "расти"),
        ("продажа", "продать"),
        ("анализ", "проанализировать"),
        ("сборка", "собрать"),
    ],
)
def test_action_verb(noun: str, verb: str) -> None:
    assert ru.action_verb(noun) == verb


@pytest.mark.parametrize(
    "noun",
    ["внедрение", "проведение", "подготовка", "оптимизация", "запуск", "снижение", "оплата", "развитие"],
)
def test_common_action_nouns_come_from_rules_not_the_table(noun: str) -> None:
    assert noun not in ru._action_table()
    assert ru.action_verb(noun) is not None


@pytest.mark.parametrize(
    "noun",
    [
        "здание",  # no verb at all
        "знание",  # knowledge, though "знать" exists
        "задание",
        "приложение",  # an app
        "предложение",
        "решение",  # a solution or a decision, counted like a thing
        "выручка",  # revenue, not "выручить"
        "сделка",
        "полка",  # too short a stem to be "полить"
        "точка",
        "карточка",
        "ответ",
        "договор",
        "план",
        "проект",
        "охват",
        "сегмент",
        "клиент",
        "система",
        "конверсия",
        "лояльность",
    ],
)
def test_not_action_nouns(noun: str) -> None:
    assert ru.action_verb(noun) is None


def test_action_noun_in_oblique_case_and_plural() -> None:
    t = token("Доля внедрений выросла", "внедрений")
    assert facts(t) == ("внедрение", Pos.NOUN, ACT, PERF, "внедрить")
    assert "plur" in t.tags


def test_near_miss_in_context() -> None:
    t = token("Переезд в новое здание", "здание")
    assert facts(t) == ("здание", Pos.NOUN, None, None, None)
    assert facts(token("Переезд в новое здание", "Переезд"))[2:] == (ACT, PERF, "переехать")


def test_table_verbs_are_known_infinitives() -> None:
    morph = pymorphy3.MorphAnalyzer()
    for noun, verb in ru._action_table().items():
        if verb is None:
            continue
        parses = morph.parse(verb)
        infinitives = {p.normal_form.replace("ё", "е") for p in parses if p.tag.POS == "INFN"}
        assert morph.word_is_known(verb) and verb in infinitives, (noun, verb)


# --- numbers, symbols, punctuation ---------------------------------------------------------


def test_number_words_are_num() -> None:
    toks = words("Сократить в пять раз, до десяти дней, вдвое быстрее, для двух команд, 3 млн, тысяч")
    num = {t.text: t.lemma for t in toks if t.pos is Pos.NUM}
    assert num == {
        "пять": "пять",
        "десяти": "десять",
        "вдвое": "вдвое",
        "двух": "два",
        "3": "3",
        "млн": "млн",
        "тысяч": "тысяча",
    }
    assert all(t.lang == "ru" for t in toks if t.pos is Pos.NUM and not t.text.isdigit())


def test_digits_groups_and_decimals() -> None:
    toks = ru.tokenize("50 000 ₽, 3,5% и 1.5x за 2-х недель")
    assert [(t.text, t.pos) for t in toks] == [
        ("50", Pos.NUM),
        ("000", Pos.NUM),
        ("₽", Pos.SYM),
        (",", Pos.PUNCT),
        ("3,5", Pos.NUM),
        ("%", Pos.SYM),
        ("и", Pos.CONJ),
        ("1.5", Pos.NUM),
        ("x", Pos.X),
        ("за", Pos.ADP),
        ("2-х", Pos.NUM),
        ("недель", Pos.NOUN),
    ]
    assert toks[10].lemma == "2"
    assert all(t.lang == "" for t in toks if t.pos in (Pos.NUM, Pos.SYM, Pos.PUNCT))


def test_symbols_and_punctuation() -> None:
    toks = ru.tokenize("$5K MRR — «Сбер» + №1 (x2) → 100%!")
    kinds = {t.text: t.pos for t in toks}
    for sym in ("$", "+", "№", "→", "%"):
        assert kinds[sym] is Pos.SYM, sym
    for punct in ("—", "«", "»", "(", ")", "!"):
        assert kinds[punct] is Pos.PUNCT, punct
    assert kinds["5"] is Pos.NUM and kinds["K"] is Pos.X


# --- hyphens, ё, capitals, look-alike letters ------------------------------------------------


def test_hyphenated_words() -> None:
    toks = ru.tokenize("ТОП-100 клиентов бэк-офиса по-новому, кол-во B2B-клиентов")
    assert [(t.text, t.lemma, t.pos) for t in toks] == [
        ("ТОП", "топ", Pos.NOUN),
        ("-", "-", Pos.PUNCT),
        ("100", "100", Pos.NUM),
        ("клиентов", "клиент", Pos.NOUN),
        ("бэк-офиса", "бэк-офис", Pos.NOUN),
        ("по-новому", "по-новому", Pos.ADV),
        (",", ",", Pos.PUNCT),
        ("кол-во", "количество", Pos.NOUN),
        ("B2B", "b2b", Pos.X),
        ("-", "-", Pos.PUNCT),
        ("клиентов", "клиент", Pos.NOUN),
    ]


@pytest.mark.parametrize("text,word,lemma", [
    ("Провести ревью архитектуры", "ревью", "ревью"),  # pymorphy3: a form of "ревить"
    ("Повысить качество код-ревью", "код-ревью", "код-ревью"),  # and so the compound
    ("Показать демо клиентам", "демо", "демо"),  # a participle
    ("Ускорить деплой", "деплой", "деплой"),  # an adjective
    ("Получить апрув безопасности", "апрув", "апрув"),  # a gerund
])
def test_borrowed_work_nouns_are_nouns(text: str, word: str, lemma: str) -> None:
    assert (token(text, word).lemma, token(text, word).pos) == (lemma, Pos.NOUN)


def test_yo_is_e_in_lemmas_only() -> None:
    toks = ru.tokenize("Наём утверждён, всё ещё")
    assert [t.text for t in toks] == ["Наём", "утверждён", ",", "всё", "ещё"]
    assert [t.lemma for t in toks] == ["наем", "утвердить", ",", "все", "еще"]
    assert facts(toks[0]) == ("наем", Pos.NOUN, ACT, PERF, "нанять")
    assert facts(toks[1]) == ("утвердить", Pos.VERB, PART, PERF, "утвердить")


def test_capitalised_first_word_is_not_a_name() -> None:
    assert facts(token("Роман с клиентом", "Роман")) == ("роман", Pos.NOUN, None, None, None)
    assert token("Лиды из рекламы", "Лиды").lemma == "лид"
    # Mid-sentence a capitalised surname stays a name.
    assert token("Отчёт подписал Иванов", "Иванов").pos is Pos.PROPN


def test_all_caps_prefers_abbreviation() -> None:
    t = token("Внедрить ПО и ИТ-систему", "ПО")
    assert (t.lemma, t.pos) == ("по", Pos.NOUN)
    assert "Abbr" in t.tags
    assert token("Внедрить ПО и ИТ-систему", "ИТ-систему").lemma == "ит-система"


def test_all_means_every() -> None:
    t = token("все клиенты получают ответ", "все")
    assert (t.lemma, t.pos) == ("весь", Pos.DET)


def test_latin_lookalike_letters_in_russian_word() -> None:
    text = "Cнизить затраты"  # the first letter is Latin C
    toks = ru.tokenize(text)
    assert (toks[0].text, toks[0].lang) == ("Cнизить", "ru")
    assert facts(toks[0]) == ("снизить", Pos.VERB, INF, PERF, "снизить")


def test_cyrillic_lookalike_letters_in_english_word() -> None:
    toks = ru.tokenize("Рост Sаles pipeline")  # the а in Sales is Cyrillic
    assert [(t.text, t.lang, t.lemma) for t in toks[1:]] == [
        ("Sаles", "en", "sales"),
        ("pipeline", "en", "pipeline"),
    ]


def test_real_mixed_words_are_split_by_script() -> None:
    toks = ru.tokenize("CRMка")
    assert [(t.text, t.lang) for t in toks] == [("CRM", "en"), ("ка", "ru")]


def test_stress_marks_are_ignored() -> None:
    t = ru.tokenize("Запу\u0301стить пилот")[0]
    assert (t.text, t.lemma, t.end) == ("Запу\u0301стить", "запустить", 10)


# --- invariants ---------------------------------------------------------------------------

SAMPLES = [
    "Запуск нового продукта к 31 марта 2026 года",
    "Снизить срок согласования договоров с 10 до 5 дней",
    "NPS ≥ 60; отток клиентов — не выше 3% в месяц",
    "Увеличить долю повторных покупок до 35%, ТОП-10 SKU",
    "Обеспечить 99,9% аптайма сервиса «Личный кабинет»",
    "Провести 12 интервью с клиентами сегмента B2B-enterprise",
    "  двойные  пробелы\tи\nперевод строки ",
    "",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_offsets_lemmas_and_langs(text: str) -> None:
    toks = ru.tokenize(text)
    for t in toks:
        assert text[t.start : t.end] == t.text
        assert t.lemma == t.lemma.lower()
        assert "ё" not in t.lemma
        assert t.lang in ("ru", "en", "")
        assert not t.text.isspace()
    starts = [t.start for t in toks]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(toks, toks[1:]))


def test_verb_family_only_on_verbs_and_action_nouns() -> None:
    for text in SAMPLES:
        for t in ru.tokenize(text):
            if t.verb_family is not None:
                assert t.pos is Pos.VERB or t.verb_form is ACT, t
            if t.pos is Pos.VERB:
                assert t.verb_family, t
                assert t.verb_family.endswith(("ть", "ти", "чь", "ться", "тись", "чься")), t


@pytest.mark.parametrize("text,word,lemma", [
    ("Закрыть 20 тикетов", "тикетов", "тикет"),
    ("Собрать 10 дашбордов", "дашбордов", "дашборд"),
])
def test_a_counted_borrowed_noun_is_no_short_adjective(text: str, word: str, lemma: str) -> None:
    """pymorphy3 offers a short form of "тикетовый"; relative adjectives in -овый have none in use."""
    assert (token(text, word).lemma, token(text, word).pos) == (lemma, Pos.NOUN)


def test_a_short_adjective_with_no_noun_reading_stays_one() -> None:
    assert token("Строг и суров", "суров").pos is Pos.ADJ


_REFERENCE_TOKEN = re.compile("|".join(ru._TOKEN_BRANCHES[kind] for kind in ("num", "cyr", "lat", "other", "char")))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("аЖё9-'’ .,x\n\t\u00a0_%") + ["бэк-офис", "из-за", "2-х", "5-й", "3,5", "e-mail", "B2B",
                                                                     "Q2", "churn", "中", "ج", "\u0301", "-", "a-б"]),
                max_size=12).map("".join))
def test_the_lexer_cuts_as_its_branches_in_their_first_order(text: str) -> None:
    """The lexer tries a Cyrillic word first, after a lookahead that passes white space: the same cuts."""
    expected = [(m.lastgroup, m.span()) for m in _REFERENCE_TOKEN.finditer(text)]
    assert [(m.lastgroup, m.span()) for m in ru._TOKEN_RE.finditer(text)] == expected
