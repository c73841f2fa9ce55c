"""Quantities and from→to changes in ru / en / zh OKR texts (okrlint.analysis.quantities)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okrlint.analysis.facts import QuantityKind as K
import okrlint.analysis.quantities as Q
from okrlint.analysis.quantities import find_change, find_quantities

Row = tuple[str, float | None, K, str | None]


def rows(text: str, lang: str) -> list[Row]:
    return [(q.raw, q.value, q.kind, q.unit) for q in find_quantities(text, lang)]


def check(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected


# --- Digits, separators, signs, ranges -----------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Довести базу до 50 000 подписчиков", "ru", [("50 000", 50000.0, K.COUNT, "подписчиков")]),
        ("Довести базу до 50\u00a0000 подписчиков", "ru", [("50\u00a0000", 50000.0, K.COUNT, "подписчиков")]),
        ("Собрать 1 000 000 ₽ пожертвований", "ru", [("1 000 000 ₽", 1e6, K.CURRENCY, "RUB")]),
        ("Sign 1,000 paying teams", "en", [("1,000", 1000.0, K.COUNT, "teams")]),
        ("Serve 2,500,000 requests a day", "en", [("2,500,000", 2.5e6, K.COUNT, "requests")]),
        ("Доля брака 3,5%", "ru", [("3,5%", 3.5, K.PERCENT, "%")]),
        ("Доля брака 0,125%", "ru", [("0,125%", 0.125, K.PERCENT, "%")]),
        ("Availability of 99.9% for the API", "en", [("99.9%", 99.9, K.PERCENT, "%")]),
        ("Cut refunds -20% and grow upsell +15%", "en", [("-20%", -20.0, K.PERCENT, "%"), ("+15%", 15.0, K.PERCENT, "%")]),
        ("Маржа в пределах +/- 5%", "ru", [("+/- 5%", 5.0, K.PERCENT, "%")]),
        ("Рост выручки 20–30% год к году", "ru", [("20–30%", 20.0, K.PERCENT, "%")]),
        ("Grow activation 10-15%", "en", [("10-15%", 10.0, K.PERCENT, "%")]),
        ("Increase conversion 20%-25%", "en", [("20%-25%", 20.0, K.PERCENT, "%")]),
        ("Scale throughput 3–4x", "en", [("3–4x", 3.0, K.RATIO, "x")]),
        ("提升留存20%~30%", "zh", [("20%~30%", 20.0, K.PERCENT, "%")]),
        ("Добиться 200+ отзывов", "ru", [("200+", 200.0, K.COUNT, "отзывов")]),
        ("2000+ stars on GitHub", "en", [("2000+ stars", 2000.0, K.SCORE, "star")]),  # not the year 2000
    ],
)
def test_digits(text: str, lang: str, expected: list[Row]) -> None:
    check(text, lang, expected)


# --- Percent and percentage points ---------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Конверсия 35%", "ru", [("35%", 35.0, K.PERCENT, "%")]),
        ("Конверсия 35 %", "ru", [("35 %", 35.0, K.PERCENT, "%")]),
        ("Снизить отток на 12 процентов", "ru", [("12 процентов", 12.0, K.PERCENT, "%")]),
        ("Lift retention by 7 percent", "en", [("7 percent", 7.0, K.PERCENT, "%")]),
        ("Lift retention by 7 per cent", "en", [("7 per cent", 7.0, K.PERCENT, "%")]),
        ("复购率达到百分之四十", "zh", [("百分之四十", 40.0, K.PERCENT, "%")]),
        ("复购率达到百分之12.5", "zh", [("百分之12.5", 12.5, K.PERCENT, "%")]),
        ("毛利率提升3个百分点", "zh", [("3个百分点", 3.0, K.PERCENT_POINTS, "pp")]),
        ("Маржа +2 п.п.", "ru", [("+2 п.п.", 2.0, K.PERCENT_POINTS, "pp")]),
        ("Маржа выше на 4 п. п.", "ru", [("4 п. п.", 4.0, K.PERCENT_POINTS, "pp")]),
        ("Рост на 3 процентных пункта", "ru", [("3 процентных пункта", 3.0, K.PERCENT_POINTS, "pp")]),
        ("Margin up 6 pp", "en", [("6 pp", 6.0, K.PERCENT_POINTS, "pp")]),
        ("Margin up 1.5 p.p.", "en", [("1.5 p.p.", 1.5, K.PERCENT_POINTS, "pp")]),
        ("Margin up 2 percentage points", "en", [("2 percentage points", 2.0, K.PERCENT_POINTS, "pp")]),
        ("Cut spread by 25 bps", "en", [("25 bps", 0.25, K.PERCENT_POINTS, "pp")]),
        ("一半的门店实现盈利", "zh", [("一半", 50.0, K.PERCENT, "%")]),
        ("Cut onboarding time in half", "en", [("half", 50.0, K.PERCENT, "%")]),
        ("Половина заказов через приложение", "ru", [("Половина", 50.0, K.PERCENT, "%")]),
        ("三分之一的用户使用新功能", "zh", [("三分之一", 33.33, K.PERCENT, "%")]),
    ],
)
def test_percent(text: str, lang: str, expected: list[Row]) -> None:
    check(text, lang, expected)


# --- Multipliers and currencies -------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Выручка 10 млн ₽", "ru", [("10 млн ₽", 1e7, K.CURRENCY, "RUB")]),
        ("Выручка 2,5 млрд руб.", "ru", [("2,5 млрд руб.", 2.5e9, K.CURRENCY, "RUB")]),
        ("Продать на 300 тыс. рублей", "ru", [("300 тыс. рублей", 3e5, K.CURRENCY, "RUB")]),
        ("Охват 40 тыс. человек", "ru", [("40 тыс.", 4e4, K.COUNT, "человек")]),
        ("Reach $10M ARR", "en", [("$10M", 1e7, K.CURRENCY, "USD")]),
        ("Close $2.5MM in bookings", "en", [("$2.5MM", 2.5e6, K.CURRENCY, "USD")]),
        ("Raise a $1B round", "en", [("$1B", 1e9, K.CURRENCY, "USD")]),
        ("Get 50k signups", "en", [("50k", 5e4, K.COUNT, "signups")]),
        ("Get 50K signups", "en", [("50K", 5e4, K.COUNT, "signups")]),
        ("Book 3 million dollars", "en", [("3 million dollars", 3e6, K.CURRENCY, "USD")]),
        ("Spend under 20 USD per lead", "en", [("20 USD", 20.0, K.CURRENCY, "USD")]),
        ("Budget €40k", "en", [("€40k", 4e4, K.CURRENCY, "EUR")]),
        ("Budget 15 EUR per seat", "en", [("15 EUR", 15.0, K.CURRENCY, "EUR")]),
        ("Cap at £7 per user", "en", [("£7", 7.0, K.CURRENCY, "GBP")]),
        ("Средний чек 1500 р.", "ru", [("1500 р.", 1500.0, K.CURRENCY, "RUB")]),
        ("销售额达到1000万元", "zh", [("1000万元", 1e7, K.CURRENCY, "CNY")]),
        ("GMV突破2.5亿", "zh", [("2.5亿", 2.5e8, K.PLAIN, None)]),
        ("公众号订阅破万", "zh", [("万", 1e4, K.PLAIN, None)]),  # a magnitude passed, no digit before it
        ("月流水过千万", "zh", [("千万", 1e7, K.PLAIN, None)]),
        ("日活破十万", "zh", [("十万", 1e5, K.PLAIN, None)]),  # a numeral: the core's
        ("通过万科的供应商审核", "zh", []),  # 过 in 通过, then a name
        ("新增用户1000万", "zh", [("1000万", 1e7, K.PLAIN, None)]),
        ("客单价提升到300人民币", "zh", [("300人民币", 300.0, K.CURRENCY, "CNY")]),
        ("海外收入500美元", "zh", [("500美元", 500.0, K.CURRENCY, "USD")]),
        ("成本控制在¥800以内", "zh", [("¥800", 800.0, K.CURRENCY, "CNY")]),
        ("招募3千名志愿者", "zh", [("3千名", 3000.0, K.COUNT, "名")]),
        ("周活跃用户10W", "zh", [("10W", 1e5, K.PLAIN, None)]),  # W is 万 in a Chinese text
        ("周活跃用户达到3w", "zh", [("3w", 3e4, K.PLAIN, None)]),
        ("Cut idle draw to 10W", "en", []),  # watts, glued like a code: no quantity in English
        ("待机功耗10Wh", "zh", []),
    ],
)
def test_money_and_multipliers(text: str, lang: str, expected: list[Row]) -> None:
    check(text, lang, expected)


# --- Ratios ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Сократить время сборки вдвое", "ru", [("вдвое", 2.0, K.RATIO, "x")]),
        ("Увеличить продажи втрое", "ru", [("втрое", 3.0, K.RATIO, "x")]),
        ("Ускорить ответ в 2 раза", "ru", [("2 раза", 2.0, K.RATIO, "x")]),
        ("Ускорить ответ в два раза", "ru", [("два раза", 2.0, K.RATIO, "x")]),
        ("Снизить затраты в 1,5 раза", "ru", [("1,5 раза", 1.5, K.RATIO, "x")]),
        ("Двукратный рост аудитории", "ru", [("Двукратный", 2.0, K.RATIO, "x")]),
        ("Тренироваться 3 раза в неделю", "ru", [("3 раза", 3.0, K.COUNT, "раз")]),
        ("Double weekly active users", "en", [("Double", 2.0, K.RATIO, "x")]),
        ("Triple partner revenue", "en", [("Triple", 3.0, K.RATIO, "x")]),
        ("Grow twice as fast as the market", "en", [("twice", 2.0, K.RATIO, "x")]),
        ("Grow pipeline 2x", "en", [("2x", 2.0, K.RATIO, "x")]),
        ("A 10X faster build", "en", [("10X", 10.0, K.RATIO, "x")]),
        ("Make search 3 times faster", "en", [("3 times", 3.0, K.RATIO, "x")]),
        ("Ship 40 times per quarter", "en", [("40 times", 40.0, K.COUNT, "times")]),
        ("A threefold increase in reviews", "en", [("threefold", 3.0, K.RATIO, "x")]),
        ("订单量达到两倍", "zh", [("两倍", 2.0, K.RATIO, "x")]),
        ("收入增长3倍", "zh", [("3倍", 3.0, K.RATIO, "x")]),
        ("营收翻一番", "zh", [("翻一番", 2.0, K.RATIO, "x")]),
        ("利润翻两番", "zh", [("翻两番", 4.0, K.RATIO, "x")]),
        ("Рост х2 к прошлому году", "ru", [("х2", 2.0, K.RATIO, "x")]),
    ],
)
def test_ratios(text: str, lang: str, expected: list[Row]) -> None:
    check(text, lang, expected)


# --- Number words ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Закрывать заявку за пять дней", "ru", [("пять дней", 5.0, K.DURATION, "day")]),
        ("Подключить десять партнёров", "ru", [("десять", 10.0, K.COUNT, "партнёров")]),
        ("Снизить отток с двадцати процентов", "ru", [("двадцати процентов", 20.0, K.PERCENT, "%")]),
        ("Провести двадцать пять интервью", "ru", [("двадцать пять", 25.0, K.COUNT, "интервью")]),
        ("Нанять двух аналитиков", "ru", [("двух", 2.0, K.COUNT, "аналитиков")]),
        ("Продать пять тысяч подписок", "ru", [("пять тысяч", 5000.0, K.COUNT, "подписок")]),
        ("Ни одного критического инцидента", "ru", [("одного", 0.0, K.COUNT, "критического")]),
        ("Хотя бы один пилотный клиент", "ru", [("один", 1.0, K.COUNT, "пилотный")]),
        ("Ответ юриста за один день", "ru", [("один день", 1.0, K.DURATION, "day")]),
        ("Закрыть сделки семью звонками", "ru", [("семью", 7.0, K.COUNT, "звонками")]),  # seven governs the instrumental plural
        ("Release within five days", "en", [("five days", 5.0, K.DURATION, "day")]),
        ("Hit twenty percent adoption", "en", [("twenty percent", 20.0, K.PERCENT, "%")]),
        ("Run a dozen customer workshops", "en", [("a dozen", 12.0, K.COUNT, "customer")]),
        ("Onboard twenty-five design partners", "en", [("twenty-five", 25.0, K.COUNT, "design")]),
        ("Publish one hundred posts", "en", [("one hundred", 100.0, K.COUNT, "posts")]),
        ("At least one reference customer", "en", [("one", 1.0, K.COUNT, "reference")]),
        ("Zero sev-1 outages", "en", [("Zero", 0.0, K.COUNT, "sev-1")]),
        ("响应时间缩短到三十天", "zh", [("三十天", 30.0, K.DURATION, "day")]),
        ("覆盖二十五个城市", "zh", [("二十五个", 25.0, K.COUNT, "个")]),
        ("开拓两个新渠道", "zh", [("两个", 2.0, K.COUNT, "个")]),
        ("至少举办一场发布会", "zh", [("一场", 1.0, K.COUNT, "场")]),
        ("全年零安全事故", "zh", [("零", 0.0, K.COUNT, "安全")]),
        # a Chinese numeral with 千/万/亿 is a number with nothing after it
        ("注册用户突破一万", "zh", [("一万", 10000.0, K.PLAIN, None)]),
        ("月活跃用户达到三十万", "zh", [("三十万", 300000.0, K.PLAIN, None)]),
        ("付费用户达到两千", "zh", [("两千", 2000.0, K.PLAIN, None)]),
    ],
)
def test_number_words(text: str, lang: str, expected: list[Row]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("One of our priorities is hiring", "en"),  # "one of": a pronoun
        ("Build a one-stop portal", "en"),
        ("Launch one new landing page", "en"),  # "one" + noun reads as an article
        ("Открыть один новый офис", "ru"),
        ("Построить платформу с нуля", "ru"),
        ("统一数据口径", "zh"),
        ("进一步提升一线员工效率", "zh"),
        ("打造一个高可用平台", "zh"),  # 一个 = "a"
        ("十分重要的客户体验", "zh"),  # 十分 = "very"
        ("千万不要放弃早期用户", "zh"),  # 千万 = "by all means"
        ("Double down on enterprise customers", "en"),  # commit harder, no factor of two
        ("万一上线失败要能回滚", "zh"),  # 万一 = "in case"
        ("一次性解决四大问题", "zh"),
        ("Deliver results in the second half", "en"),
        ("Отчёт во второй половине года", "ru"),
        ("Свозить семью в отпуск", "ru"),  # «семью»: the family, not seven
        ("Перевезти семью в новый дом", "ru"),
        ("上半年完成招聘", "zh"),
    ],
)
def test_words_that_are_not_quantities(text: str, lang: str) -> None:
    assert rows(text, lang) == []


# --- Durations, scores, counts --------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Согласование за 3 дня", "ru", [("3 дня", 3.0, K.DURATION, "day")]),
        ("Закрывать тикет за 1 день", "ru", [("1 день", 1.0, K.DURATION, "day")]),
        ("Ответ в течение 2 часов", "ru", [("2 часов", 2.0, K.DURATION, "hour")]),
        ("Загрузка страницы за 900 мс", "ru", [("900 мс", 900.0, K.DURATION, "ms")]),
        ("Время ответа 15 секунд", "ru", [("15 секунд", 15.0, K.DURATION, "second")]),
        ("Онбординг за 30 минут", "ru", [("30 минут", 30.0, K.DURATION, "minute")]),
        ("Релизный цикл 2 недели", "ru", [("2 недели", 2.0, K.DURATION, "week")]),
        ("Окупаемость 18 месяцев", "ru", [("18 месяцев", 18.0, K.DURATION, "month")]),
        ("Срок 10 рабочих дней", "ru", [("10 рабочих дней", 10.0, K.DURATION, "day")]),
        ("Reply within 4 hours", "en", [("4 hours", 4.0, K.DURATION, "hour")]),
        ("Page load under 300ms", "en", [("300ms", 300.0, K.DURATION, "ms")]),
        ("p95 under 250 ms", "en", [("250 ms", 250.0, K.DURATION, "ms")]),
        ("Build in 45 min", "en", [("45 min", 45.0, K.DURATION, "minute")]),
        ("Cold start below 2 sec", "en", [("2 sec", 2.0, K.DURATION, "second")]),
        ("Refund in 5 business days", "en", [("5 business days", 5.0, K.DURATION, "day")]),
        ("Resolve incidents in 24h", "en", [("24h", 24.0, K.DURATION, "hour")]),
        ("Run a 30-day pilot", "en", [("30-day", 30.0, K.DURATION, "day")]),
        ("Hire in 6 weeks", "en", [("6 weeks", 6.0, K.DURATION, "week")]),
        ("Payback within 9 months", "en", [("9 months", 9.0, K.DURATION, "month")]),
        ("工单在2小时内响应", "zh", [("2小时", 2.0, K.DURATION, "hour")]),
        ("审批耗时不超过5分钟", "zh", [("5分钟", 5.0, K.DURATION, "minute")]),
        ("接口在30秒内返回", "zh", [("30秒", 30.0, K.DURATION, "second")]),
        ("交付周期缩短到7天", "zh", [("7天", 7.0, K.DURATION, "day")]),
        ("每2周发布一次", "zh", [("2周", 2.0, K.DURATION, "week")]),
        ("3个月内回本", "zh", [("3个月", 3.0, K.DURATION, "month")]),
        ("半年内上线", "zh", [("半", 6.0, K.DURATION, "month")]),
    ],
)
def test_durations(text: str, lang: str, expected: list[Row]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("NPS 60 у новых клиентов", "ru", [("60", 60.0, K.SCORE, "nps")]),
        ("Поднять NPS до 45", "ru", [("45", 45.0, K.SCORE, "nps")]),
        ("Оценка 4,7 в сторе", "ru", [("4,7", 4.7, K.SCORE, "оценка")]),
        ("Средняя оценка 4.6/5", "ru", [("4.6/5", 4.6, K.SCORE, "/5")]),
        ("Удовлетворённость 8/10", "ru", [("8/10", 8.0, K.SCORE, "/10")]),
        ("Оценка курса 9 баллов", "ru", [("9 баллов", 9.0, K.SCORE, "point")]),
        ("Keep an NPS of 70", "en", [("70", 70.0, K.SCORE, "nps")]),
        ("Net Promoter Score (NPS) above 40", "en", [("40", 40.0, K.SCORE, "nps")]),
        ("CSAT 4.8 on support chats", "en", [("4.8", 4.8, K.SCORE, "csat")]),
        ("Rated 4.5 stars in the store", "en", [("4.5 stars", 4.5, K.SCORE, "star")]),
        ("Raise NPS by 10 points", "en", [("10 points", 10.0, K.SCORE, "point")]),
        ("Reach the 90th percentile of speed", "en", [("90th percentile", 90.0, K.SCORE, "percentile")]),
        ("员工满意度达到85分", "zh", [("85分", 85.0, K.SCORE, "point")]),
        ("App评分4.8星", "zh", [("4.8星", 4.8, K.SCORE, "star")]),
        ("Attendees rate the workshop 4 out of 5", "en", [("4 out of 5", 4.0, K.SCORE, "/5")]),
        ("Клиенты оценивают сервис на 4 из 5", "ru", [("4 из 5", 4.0, K.SCORE, "/5")]),
        ("Hire 3 out of 5 candidates", "en", [("3", 3.0, K.PLAIN, None), ("5", 5.0, K.COUNT, "candidates")]),
        ("Swim 2 or more times weekly", "en", [("2 or more times", 2.0, K.COUNT, "times")]),
        ("Бегать 3 и более раз в неделю", "ru", [("3 и более раз", 3.0, K.COUNT, "раз")]),
    ],
)
def test_scores(text: str, lang: str, expected: list[Row]) -> None:
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Закрыть 1000 сделок", "ru", [("1000", 1000.0, K.COUNT, "сделок")]),
        ("Привлечь 20 клиентов", "ru", [("20", 20.0, K.COUNT, "клиентов")]),
        ("Вывести 15 товаров в топ", "ru", [("15", 15.0, K.COUNT, "товаров")]),
        ("Запустить 3 новых сервиса", "ru", [("3", 3.0, K.COUNT, "сервиса")]),
        ("Написать 12 AI-сценариев", "ru", [("12", 12.0, K.COUNT, "ai-сценариев")]),
        ("Run 10 workshops", "en", [("10", 10.0, K.COUNT, "workshops")]),
        ("Hire 3 new engineers", "en", [("3", 3.0, K.COUNT, "engineers")]),
        ("Sign 8 enterprise logos", "en", [("8", 8.0, K.COUNT, "enterprise")]),
        ("Reach 2000 subscribers", "en", [("2000", 2000.0, K.COUNT, "subscribers")]),
        ("Cut incidents to 1 per month", "en", [("1", 1.0, K.PLAIN, None)]),
        ("举办3场培训", "zh", [("3场", 3.0, K.COUNT, "场")]),
        ("签约 12 家 渠道商", "zh", [("12 家", 12.0, K.COUNT, "家")]),
        ("招聘5名工程师", "zh", [("5名", 5.0, K.COUNT, "名")]),
        ("发布8篇技术文章", "zh", [("8篇", 8.0, K.COUNT, "篇")]),
        ("新增100万用户", "zh", [("100万用户", 1e6, K.COUNT, "用户")]),
        ("每月锻炼12次", "zh", [("12次", 12.0, K.COUNT, "次")]),
        ("Войти в ТОП-10 маркетплейса", "ru", [("ТОП-10", 10.0, K.PLAIN, "top")]),
        ("Be a top 3 vendor", "en", [("top 3", 3.0, K.PLAIN, "top")]),
        ("Качество 14/20 по чек-листу", "ru", [("14/20", 14.0, K.PLAIN, "/20")]),
        ("Доход $3000/мес", "ru", [("$3000", 3000.0, K.CURRENCY, "USD")]),
    ],
)
def test_counts_and_others(text: str, lang: str, expected: list[Row]) -> None:
    check(text, lang, expected)


# --- Placeholders ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Привлечь [N1] клиентов", "ru", [("[N1]", None, K.COUNT, "клиентов")]),
        ("Выручка [N] млн", "ru", [("[N] млн", None, K.PLAIN, None)]),
        ("Конверсия X%", "ru", [("X%", None, K.PERCENT, "%")]),
        ("Конверсия N%", "ru", [("N%", None, K.PERCENT, "%")]),
        ("Retention XX%", "en", [("XX%", None, K.PERCENT, "%")]),
        ("Grow to [X] teams", "en", [("[X]", None, K.COUNT, "teams")]),
        ("Reach [$N] in net new ARR", "en", [("[$N]", None, K.CURRENCY, "USD")]),
        ("Close $N in renewals", "en", [("$N", None, K.CURRENCY, "USD")]),
        ("Подключить N клиентов", "ru", [("N", None, K.COUNT, "клиентов")]),
        ("Onboard X customers", "en", [("X", None, K.COUNT, "customers")]),
        ("月活超过X万", "zh", [("X万", None, K.PLAIN, None)]),
        ("Land [_N2_] logos", "en", [("[_N2_]", None, K.COUNT, "logos")]),
        # a number withheld on purpose: the note stands for it
        (r"Grow revenue \[withheld: internal number\]", "en", [(r"\[withheld: internal number\]", None, K.PLAIN, None)]),
        ("Grow WAU (confidential)", "en", [("(confidential)", None, K.PLAIN, None)]),
        ("Выручка [цифра скрыта]", "ru", [("[цифра скрыта]", None, K.PLAIN, None)]),
        ("转化率【内部指标】", "zh", [("【内部指标】", None, K.PLAIN, None)]),
    ],
)
def test_placeholders(text: str, lang: str, expected: list[Row]) -> None:
    found = find_quantities(text, lang)
    assert [(q.raw, q.value, q.kind, q.unit) for q in found] == expected
    assert all(q.placeholder for q in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Launch Y to all regions", "en"),  # a product named Y
        ("Product X launched in beta", "en"),
        ("Запустить X в регионах", "ru"),
    ],
)
def test_letters_that_are_names(text: str, lang: str) -> None:
    assert rows(text, lang) == []


# --- Not quantities -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Roadmap 2026 approved", "en"),
        ("Стратегия на 2027 год", "ru"),
        ("Release by 2026-03-31", "en"),
        ("Сдать отчёт 31.03.2026", "ru"),
        ("Отчёт к 31 марта", "ru"),
        ("Launch in Q2", "en"),
        ("Plan for H1", "en"),
        ("Close FY26 books", "en"),
        ("6月底前上线", "zh"),
        ("环比12月有所改善", "zh"),
        ("2026年完成改造", "zh"),
        ("Migrate to GPT-4", "en"),
        ("验证A5芯片", "zh"),
        ("Поддержка 4G и 5G", "ru"),
        ("Ship v2.0 of the SDK", "en"),
        ("Upgrade to version 3.1", "en"),
        ("Обновить до v19", "ru"),
        ("Stable on day 0", "en"),
        ("Publish the internal metrics guide (draft)", "en"),  # a bracket that withholds nothing
        ("Обновить регламент (внутренний документ)", "ru"),
        ("整理内部文档（草稿）", "zh"),
        ("Support 24/7", "en"),
        ("Daily sync at 10:00", "en"),
        ("Certify ISO 9001", "en"),
        ("Finish sprint 3 scope", "en"),
        ("Take 1st place", "en"),
        ("Завершить 2-й этап", "ru"),
        ("Close issues #4512 and #4513", "en"),
        ("第3阶段交付", "zh"),
        ("Track P95 latency", "en"),
        ("3D printing lab", "en"),
        ("Fix 192.168.0.1 routing", "en"),
        ("Miss less than 2026", "en"),  # a bare year-shaped number stays a year
        ("Migrate the site to Node.js 20", "en"),  # a version of a product written as only names are
        ("Upgrade to PostgreSQL 16", "en"),
        ("Ship macOS 14 support", "en"),
        ("Перейти на PostgreSQL 16", "ru"),
        ("掌握Next.js 15 的服务端渲染", "zh"),
    ],
)
def test_not_quantities(text: str, lang: str) -> None:
    assert rows(text, lang) == []


def test_deadline_numbers_are_not_quantities() -> None:
    check("Привлечь 40 клиентов к 1 июля 2026", "ru", [("40", 40.0, K.COUNT, "клиентов")])
    check("Ship 3 features by March 31", "en", [("3", 3.0, K.COUNT, "features")])
    check("到6月30日前签约5家客户", "zh", [("5家", 5.0, K.COUNT, "家")])
    check("Grow revenue 20% in the next six months", "en", [("20%", 20.0, K.PERCENT, "%")])


def test_year_shaped_counts_are_kept() -> None:
    check("Привлечь 2000 клиентов в 2026 году", "ru", [("2000", 2000.0, K.COUNT, "клиентов")])
    check("Grow from 1900 to 2400 members", "en", [("1900", 1900.0, K.COUNT, "members"), ("2400", 2400.0, K.COUNT, "members")])


# --- Changes --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("Поднять конверсию с 20% до 35%", "ru", ("20%", 20.0), ("35%", 35.0)),
        ("Сократить цикл сделки от 90 до 60 дней", "ru", ("90", 90.0), ("60 дней", 60.0)),
        ("Сократить онбординг с 12 до 8 недель", "ru", ("12", 12.0), ("8 недель", 8.0)),
        ("Увеличить выручку с 5 до 10 млн ₽", "ru", ("5", 5e6), ("10 млн ₽", 1e7)),
        ("Move activation from 20% to 35%", "en", ("20%", 20.0), ("35%", 35.0)),
        ("Reduce churn from 8% to 5%", "en", ("8%", 8.0), ("5%", 5.0)),
        ("Grow MRR from $40k to $90k", "en", ("$40k", 4e4), ("$90k", 9e4)),
        ("Lower TTFB from 800ms to 200ms", "en", ("800ms", 800.0), ("200ms", 200.0)),
        ("Raise NPS from 30 to 45", "en", ("30", 30.0), ("45", 45.0)),
        ("Activation 20% → 35%", "en", ("20%", 20.0), ("35%", 35.0)),
        ("Activation 20%->35%", "en", ("20%", 20.0), ("35%", 35.0)),
        ("Доля онлайн-заявок X% → Y%", "ru", ("X%", None), ("Y%", None)),
        ("Доля онлайн-заявок с X% до Y%", "ru", ("X%", None), ("Y%", None)),
        ("Латентность X → Y", "ru", ("X", None), ("Y", None)),
        ("留存率从20%提升到35%", "zh", ("20%", 20.0), ("35%", 35.0)),
        ("合格率由80%提高至90%", "zh", ("80%", 80.0), ("90%", 90.0)),
        ("交付周期从90天缩短到60天", "zh", ("90天", 90.0), ("60天", 60.0)),
        ("Достичь 90% покрытия тестами (текущий: 70%)", "ru", ("70%", 70.0), ("90%", 90.0)),
        ("Reach 500 stores (baseline: 320)", "en", ("320", 320.0), ("500", 500.0)),
    ],
)
def test_change(text: str, lang: str, start: tuple[str, float | None], end: tuple[str, float | None]) -> None:
    quantities = find_quantities(text, lang)
    change = find_change(text, quantities, lang)
    assert change is not None
    assert (change.start.raw, change.start.value) == start
    assert (change.end.raw, change.end.value) == end
    assert change.start.kind == change.end.kind


def test_change_shares_unit_backwards() -> None:
    quantities = find_quantities("Сократить цикл сделки от 90 до 60 дней", "ru")
    assert [(q.kind, q.unit) for q in quantities] == [(K.DURATION, "day"), (K.DURATION, "day")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Снизить отток до 5%", "ru"),
        ("Grow activation to 35%", "en"),
        ("Increase retention by 10% to 35% of users", "en"),  # no "from"
        ("Рост 20–30% за квартал", "ru"),  # a range, not a move
        ("留存率提升到35%", "zh"),
        ("Конверсия «заявка → выдача» 40%", "ru"),  # an arrow between words
        ("No numbers at all", "en"),
    ],
)
def test_no_change(text: str, lang: str) -> None:
    assert find_change(text, find_quantities(text, lang), lang) is None


# --- Mixed scripts, offsets, robustness, speed -----------------------------------------------

def test_mixed_scripts() -> None:
    check("Снизить churn до 5% и MTTR до 30 min", "ru", [("5%", 5.0, K.PERCENT, "%"), ("30 min", 30.0, K.DURATION, "minute")])
    check("提升NPS到50", "zh", [("50", 50.0, K.SCORE, "nps")])
    check("Поднять MRR с $2.5M до $4M", "ru", [("$2.5M", 2.5e6, K.CURRENCY, "USD"), ("$4M", 4e6, K.CURRENCY, "USD")])


def test_offsets_and_order() -> None:
    text = "Поднять NPS с 30 до 45, выручку на 10 млн ₽ и закрыть 20 сделок за 3 дня к концу Q2"
    found = find_quantities(text, "ru")
    assert [q.raw for q in found] == ["30", "45", "10 млн ₽", "20", "3 дня"]
    for q in found:
        assert text[q.start : q.end] == q.raw
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@pytest.mark.parametrize(
    "text",
    ["", " ", "%", "$", "[N", "N]", "→", "—-–", "１２３％", "٣٠٪", "\x00\x01", "🙂 10 🙂", "x" * 500, "9" * 400,
     "[[[]]]", "1,", ",1", "1..2", "0/0", "百分之", "分之", "翻番", "半", "İstanbul 5%", "ß" * 10],
)
def test_odd_strings_do_not_raise(text: str) -> None:
    for lang in ("ru", "en", "zh"):
        found = find_quantities(text, lang)
        for q in found:
            assert text[q.start : q.end] == q.raw
        find_change(text, found, lang)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80), st.sampled_from(["ru", "en", "zh"]))
def test_property_never_raises(text: str, lang: str) -> None:
    found = find_quantities(text, lang)
    assert all(text[q.start : q.end] == q.raw for q in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    change = find_change(text, found, lang)
    assert change is None or (change.start in found and change.end in found)


_OKR_ALPHABET = "0123456789 ,.%$₽€-–→/+xXN[]千万亿个天月年Q2кдомлнрубспаз"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_OKR_ALPHABET, max_size=60), st.sampled_from(["ru", "en", "zh"]))
def test_property_okr_like_strings(text: str, lang: str) -> None:
    found = find_quantities(text, lang)
    assert all(text[q.start : q.end] == q.raw for q in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


_SPEED_TEXTS = [
    ("Сократить срок согласования договора с 12 до 8 дней к концу Q2 2026", "ru"),
    ("Увеличить выручку enterprise-сегмента на 25% до 40 млн ₽", "ru"),
    ("Increase weekly active teams from 1,200 to 2,000 by the end of the quarter", "en"),
    ("Cut p95 latency below 200ms for 99.9% of requests", "en"),
    ("在2026年6月30日前将留存率从20%提升到35%，覆盖二十五个城市", "zh"),
    ("举办3场培训，满意度达到90分", "zh"),
    ("Запустить новый продукт", "ru"),
    ("Make onboarding effortless for new developers", "en"),
]


_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev.yaml"  # ../shared beside the repo


@pytest.mark.skipif(not _CORPUS.exists(), reason="shared corpus not available")
def test_corpus_smoke() -> None:
    yaml = pytest.importorskip("yaml")
    items = yaml.safe_load(_CORPUS.read_text(encoding="utf-8"))
    for item in items:
        lang = item.get("lang", "en")
        for text in [item.get("objective") or "", *(item.get("key_results") or [])]:
            found = find_quantities(text, lang)
            assert all(text[q.start : q.end] == q.raw for q in found)
            find_change(text, found, lang)


@pytest.mark.parametrize("text,value", [("预约就诊比例达到七成", 70.0), ("诉讼案件数量下降三成", 30.0), ("回款率提升到9成", 90.0)])
def test_zh_tenths_are_percents(text, value):
    (q,) = find_quantities(text, "zh")
    assert (q.kind, q.value, q.unit) == (K.PERCENT, value, "%")


@pytest.mark.parametrize("text", ["成功率提升", "降低成本", "团队成员", "完成率达标"])
def test_zh_words_with_cheng_are_not_tenths(text):
    assert [q for q in find_quantities(text, "zh") if q.kind is K.PERCENT] == []


def test_ppm_is_a_rate_and_moves():
    text = "出厂不良率从800ppm降到300ppm"
    quantities = find_quantities(text, "zh")
    assert [(q.value, q.unit) for q in quantities] == [(800.0, "ppm"), (300.0, "ppm")]
    assert find_change(text, quantities, "zh") is not None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789", min_size=1, max_size=30))
def test_plain_digits_take_the_short_way_to_the_same_value(raw):
    from okrlint.analysis.numbers import _parse_grouped, parse_digits

    assert parse_digits(raw) == _parse_grouped(raw) == float(raw)


@pytest.mark.parametrize("raw,value", [("50 000", 50000.0), ("1,234.5", 1234.5), ("1.234.567", 1234567.0), ("3,5", 3.5),
                                       ("007", 7.0), ("٣", 3.0)])
def test_numbers_with_separators_or_other_digits_still_take_the_long_way(raw, value):
    from okrlint.analysis.numbers import parse_digits

    assert parse_digits(raw) == value


@pytest.mark.parametrize(("text", "lang", "raw"), [
    ("NPS 70 by Q3", "en", "70"),  # a metric in capitals keeps its number
    ("DAU 5000", "en", "5000"),
    ("Release Vue 3 app to 20 schools", "en", "20"),
    ("Привлечь 100 подписчиков на iOS", "ru", "100"),
    ("完成Vue官方教程 (100%)", "zh", "100%"),
])
def test_a_number_after_a_product_name_is_kept_when_it_counts(text: str, lang: str, raw: str) -> None:
    assert raw in [q.raw for q in find_quantities(text, lang)]


# --- The windows before a number, looked at in the text lowered once ---------------------------


def _window_has_reference(text: str, start: int, size: int, hints) -> bool:
    """The window cut out and lowered on its own, as before."""
    return hints.search(text[max(0, start - size):start].lower()) is not None


_WINDOW_HINTS = [Q._CUR_HINTS, Q._SCORE_HINTS, Q._TOP_HINTS, Q._BASELINE_HINTS]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["USD", "usd", "Rub", "NPS", "Score", "ТОП", "Топ", "top", "Текущ", "СЕЙЧАС", "VS",
                                 "当前", "基线", "人民币", "$", "€", "İ", "ΣΑΣ", "Σ", "ß", "ﬁ", " ", "-", "5", "x"]),
                max_size=12).map("".join))
def test_a_window_is_looked_at_as_if_cut_out_and_lowered(text: str) -> None:
    """Texts with characters that lower to two ("İ") or by what follows them (a Greek final sigma)."""
    for primed_by_the_core in (False, True):  # as find_quantities asks (its _core lowered the text) and on its own
        if primed_by_the_core:
            Q._core(text, text.lower())
        for hints in _WINDOW_HINTS:
            for size in (4, 8, 20, 40):
                for start in range(len(text) + 1):
                    assert Q._window_has(text, start, size, hints) is _window_has_reference(text, start, size, hints), \
                        (text, start, size)


def test_a_window_is_looked_at_in_the_text_it_is_asked_about() -> None:
    """The lowered text is kept for the last text only: a window of another text lowers that one."""
    assert Q._window_has("Raise NPS to 50", 13, 40, Q._SCORE_HINTS)
    assert not Q._window_has("Raise revenue to 50", 17, 40, Q._SCORE_HINTS)
    assert Q._window_has("Raise NPS to 50", 13, 40, Q._SCORE_HINTS)
    assert not Q._window_has("Raise NPS to 50", 13, 3, Q._SCORE_HINTS)  # the window is the 3 characters "to "


# A year is never a round 2000 and never counted by a Chinese classifier: beside a real year, the target
# stays a count.
@pytest.mark.parametrize("text,lang,raw,year", [
    ("Reach 2000 paying users by 2026", "en", "2000", "by 2026"),
    ("Набрать 2000 пользователей к 2026 году", "ru", "2000", "к 2026 году"),
    ("2026 年完成 2000 个客户签约", "zh", "2000 个", "2026 年"),
    ("新增注册用户 2000 个", "zh", "2000 个", None),
])
def test_a_count_beside_a_year_is_no_year(text, lang, raw, year):
    from okrlint.analysis import analyze

    analysis = analyze(text, lang)
    assert [(q.raw, q.kind) for q in analysis.quantities] == [(raw, K.COUNT)]
    assert (analysis.deadline.raw if analysis.deadline else None) == year


# 首 after a number counts songs or poems ("500首歌"); 首次, 首月 ("the first …") count nothing.
@pytest.mark.parametrize("text,counts", [
    ("新增300首收藏曲目", [("300首", "首")]),
    ("为 3 首诗谱曲", [("3 首", "首")]),
    ("首次响应时间缩短到2小时", []),
])
def test_shou_after_a_number_is_a_classifier(text, counts):
    found = [(q.raw, q.unit) for q in find_quantities(text, "zh") if q.kind is K.COUNT]
    assert found == counts


@pytest.mark.parametrize("text,expected", [
    ("Grow revenue to $2m", [("$2m", "currency", 2_000_000.0)]),
    ("Raise £5m", [("£5m", "currency", 5_000_000.0)]),
    ("Load in 2m", []),  # minutes or metres: no amount of money before it
    ("P95 under 1m30s", [("1m30s", "duration", 1.0)]),
    ("Cut build time to 1h30m", [("1h30m", "duration", 1.0)]),
    ("Increase 30-day retention", []),  # the window of the metric, not a target
    ("Raise 30-day retention from 20% to 30%", [("20%", "percent", 20.0), ("30%", "percent", 30.0)]),
    ("a 7-day delay", [("7-day", "duration", 7.0)]),
    ("Reduce latency from Xmin to Ymin", [("Xmin", "duration", None), ("Ymin", "duration", None)]),
])
def test_short_forms_windows_and_glued_placeholders(text, expected):
    found = [(q.raw, q.kind.value, q.value) for q in find_quantities(text, "en")]
    assert found == expected


@pytest.mark.parametrize("text,expected", [
    ("提升7日留存率", []),
    ("7天内完成", [("7天", "duration", 7.0)]),
])
def test_zh_metric_windows(text, expected):
    assert [(q.raw, q.kind.value, q.value) for q in find_quantities(text, "zh")] == expected


@pytest.mark.parametrize("text,value", [
    ("3m page views on the blog", 3_000_000.0),
    ("Reach 1.2m paying users", 1_200_000.0),
    ("2.5m monthly visitors", 2_500_000.0),
])
def test_a_lower_case_m_before_people_or_events_counted_is_millions(text: str, value: float) -> None:
    assert [q.value for q in find_quantities(text, "en")] == [value]


@pytest.mark.parametrize("text", ["Cut build time to 3m", "Run 3m in under a minute"])
def test_a_lower_case_m_elsewhere_stays_no_million(text: str) -> None:
    assert all(q.value != 3_000_000.0 for q in find_quantities(text, "en"))


@pytest.mark.parametrize("lang,text,raw,unit", [
    ("en", "Answer every ticket within a day", "a day", "day"),
    ("en", "Resolve tickets in under an hour", "an hour", "hour"),
    ("en", "Review within a business day", "a business day", "day"),
    ("ru", "Отвечать на обращения в течение часа", "часа", "hour"),
    ("ru", "Ответ менее чем за сутки", "сутки", "day"),
    ("ru", "Онбординг занимает меньше недели", "недели", "week"),
    # a bound the other way is as checkable: nobody waits longer than one unit
    ("ru", "Никто не ждёт доступа больше суток", "суток", "day"),
    ("ru", "Сессия длится дольше часа", "часа", "hour"),
])
def test_one_unit_of_time_after_a_bound_is_a_duration_of_one(lang, text, raw, unit):
    found = [(q.raw, q.kind, q.value, q.unit) for q in find_quantities(text, lang)]
    assert found == [(raw, K.DURATION, 1.0, unit)]


@pytest.mark.parametrize("lang,text", [("en", "Meet the team once a day"), ("ru", "Созваниваться раз в день"),
                                       ("en", "Ship a day earlier than planned")])
def test_a_unit_of_time_without_a_bound_is_no_duration(lang, text):
    assert find_quantities(text, lang) == []


@pytest.mark.parametrize("lang,text", [("en", "Hire engineers within a quarter"),
                                       ("ru", "Поддержка отвечает арендаторам в течение квартала")])
def test_a_bound_on_a_long_period_is_when_the_work_happens(lang, text):
    assert find_quantities(text, lang) == []
