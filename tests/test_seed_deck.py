"""The expert verdicts of the «Эволюция OKR в компании» deck, reproduced by the rules.

examples/ru/seed-deck.okr.yaml holds the deck's OKRs; each verdict maps to findings:
«ЭТО НЕ OKR!!!» — the objective is a KPI with no "so what"; «Чтобы что?» — so-what objectives and
unmeasurable KRs; «Это же расфокус!» — a KR that keeps a level among unrelated ones; the
evolution slides — a slogan objective, a product launch as a KR, an activity counted per month.
"""

from tests.helpers import EXAMPLES, check_json

EXPECTED = [
    # «ЭТО НЕ OKR!!!»: Цель: Продать бронирований на 10 млн
    ("kpi-in-disguise", 6, 12), ("so-what", 6, 12),
    # «Чтобы что?»: Цель: Бустануть удержание клиентов
    ("kpi-in-disguise", 11, 12), ("so-what", 11, 12),
    ("unmeasurable", 13, 9),  # Улучшить адаптацию в продукте 7% — 7% чего? (the softer finding)
    ("unmeasurable", 15, 9),  # Улучшить долгосрочные отношения
    # «Чтобы что?»: Цель: ТОП-100 на Wildberries — a ranking is a business metric, not a change for anyone
    ("kpi-in-disguise", 17, 12), ("so-what", 17, 12),
    ("kpi-in-disguise", 22, 9),  # 100% карточек товара оформлено
    # «Это же расфокус!»: Удержать рост клиентов год к году
    ("unmeasurable", 29, 9), ("kpi-in-disguise", 29, 9),
    # «Выжить с новым подходом»: Развивать наш бизнес / Запустить новый продукт
    ("so-what", 34, 12), ("task-not-outcome", 37, 9),
    # «Осознание себя»: Опрашивать 20 клиентов в месяц
    ("task-not-outcome", 45, 9),
    # «Совместная фокусировка»: Пройдено 10 испытаний — a milestone, the rest are outcomes
    ("task-not-outcome", 52, 9),
]


def test_the_deck_verdicts_are_reproduced():
    run = check_json(EXAMPLES / "ru" / "seed-deck.okr.yaml", "--select", "OKR2")
    assert run.brief() == EXPECTED
    first = run.findings[1]
    assert first["message"].startswith("Чтобы что?") and first["lang"] == "ru"


def test_the_softer_finding_on_a_number_without_reference():
    run = check_json(EXAMPLES / "ru" / "seed-deck.okr.yaml", "--select", "unmeasurable")
    soft = [f for f in run.findings if f["line"] == 13]
    assert [f["severity"] for f in soft] == ["info"]
