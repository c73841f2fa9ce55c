"""The four text rules in ru, en and zh, through the real analyzers and the real CLI.

Each case is an OKR written as a coach would see it, and the exact findings it must get:
("rule", "o") for the objective, ("rule", i) for key result i. Every file is laid out the same
way, so the objective title sits at line 2, column 12 and key result i at line 4 + i, column 9.
Near-misses — texts that look like a finding but are not — are as important as hits.
"""

import json

import pytest

from tests.helpers import check_json, write

TEXT_RULES = "task-not-outcome,unmeasurable,kpi-in-disguise,so-what"

CASES = {
    # --- Russian --------------------------------------------------------------------------
    "ru-back-office-good": ("ru", "Отдел продаж получает ответ юриста по договору за один день",
                            ["Снизить срок согласования договоров на 30%",
                             "Довести долю типовых договоров без правок юриста с 40% до 70% к 31 марта",
                             "Сократить число возвратов договоров на доработку вдвое"], []),
    "ru-tasks": ("ru", "Новые менеджеры закрывают первую сделку в первый месяц",
                 ["Подготовить 5 шаблонов коммерческих предложений", "Провести обучение для 20 менеджеров",
                  "Запуск нового продукта", "Регламент онбординга утверждён", "Поднять долю новичков с первой сделкой с 25% до 50%"],
                 [("task-not-outcome", 0), ("task-not-outcome", 1), ("task-not-outcome", 2), ("task-not-outcome", 3)]),
    "ru-customer-counts-are-outcomes": ("ru", "Малый бизнес выбирает наш эквайринг",
                                        ["Привлечь 300 новых клиентов малого бизнеса", "Подключить 120 магазинов к эквайрингу",
                                         "Снизить отток клиентов с 9% до 5%"], []),
    "ru-unmeasurable": ("ru", "Клиенты остаются с нами дольше",
                        ["Улучшить долгосрочные отношения", "Значительно повысить качество сервиса",
                         "Сократить время ответа поддержки с 4 часов до 1 часа"],
                        [("unmeasurable", 0), ("unmeasurable", 1)]),
    "ru-kpi": ("ru", "Продать бронирований на 10 млн",
               ["Сохранить NPS 9", "Выполнение плана продаж 92%", "100% карточек товара оформлено",
                "Поднять NPS с 7 до 9"],
               [("kpi-in-disguise", "o"), ("so-what", "o"), ("kpi-in-disguise", 0), ("kpi-in-disguise", 1),
                ("kpi-in-disguise", 2)]),
    "ru-so-what-activity": ("ru", "Внедрить CRM", ["Сократить время обработки заявки с 2 дней до 4 часов",
                                                   "Поднять конверсию заявок в продажу с 10% до 18%"],
                            [("so-what", "o")]),
    "ru-so-what-slogan": ("ru", "Развивать наш бизнес", ["Увеличить выручку с 3 до 4 млн рублей",
                                                         "Снизить отток клиентов с 9% до 5%"], [("so-what", "o")]),
    "ru-purpose-answers-so-what": ("ru", "Перевести бухгалтерию на электронный документооборот, чтобы закрывать месяц за 3 дня",
                                   ["Сократить закрытие месяца с 10 до 3 дней", "Снизить число ручных проводок с 400 до 50"], []),
    # --- English --------------------------------------------------------------------------
    "en-good": ("en", "Make onboarding effortless for new developers",
                ["Cut time to first deploy from 5 days to 1 day by end of Q2",
                 "Raise onboarding satisfaction from 6.1 to 8 out of 10", "Reduce onboarding tickets by 50%"], []),
    "en-tasks": ("en", "Customers find answers without waiting for support",
                 ["Launch the new help center", "Hold 10 customer workshops", "Write 30 knowledge base articles",
                  "SSO rolled out to all teams", "Launch the chatbot to reach 40% self-service resolution"],
                 [("task-not-outcome", 0), ("task-not-outcome", 1), ("task-not-outcome", 2), ("task-not-outcome", 3)]),
    "en-reach-is-an-outcome": ("en", "Readers come back to our blog every week",
                               ["Reach 10000 weekly readers", "Grow newsletter subscribers from 2k to 5k",
                                "Zero posts without a call to action"], []),
    "en-unmeasurable": ("en", "Customers love our support",
                        ["Improve customer experience", "Boost retention", "Raise CSAT from 78% to 90%"],
                        [("unmeasurable", 0), ("unmeasurable", 1)]),
    "en-kpi": ("en", "Revenue $10M",
               ["Maintain 99.9% uptime", "Keep refund rate below 2%", "Achieve 110% of the sales plan",
                "Raise uptime from 99.8% to 99.95%"],
               [("kpi-in-disguise", "o"), ("so-what", "o"), ("kpi-in-disguise", 0), ("kpi-in-disguise", 1),
                ("kpi-in-disguise", 2)]),
    "en-so-what-metric": ("en", "Increase MAU", ["Grow weekly active teams from 200 to 350",
                                                 "Raise day-30 retention from 22% to 30%"],
                          [("kpi-in-disguise", "o"), ("so-what", "o")]),
    "en-so-what-slogan": ("en", "Be the best", ["Raise NPS from 31 to 45", "Cut churn from 6% to 4%"], [("so-what", "o")]),
    "en-so-what-activity": ("en", "Migrate billing to Stripe", ["Cut failed payments from 3% to 1%",
                                                                "Reduce invoice disputes from 40 to 10 a month"],
                            [("so-what", "o")]),
    "en-purpose-answers-so-what": ("en", "Rebuild the checkout so that shoppers pay in one click",
                                   ["Raise checkout conversion from 2.1% to 3%", "Cut checkout time from 90 s to 20 s"], []),
    # --- Chinese --------------------------------------------------------------------------
    "zh-good": ("zh", "让新客户在第一周就感受到产品价值",
                ["新客户7日激活率从35%提升到60%", "首周工单数从每客户3.2张降到1张", "新客户首月续约意向评分从6分提升到8分"], []),
    "zh-tasks": ("zh", "让门店员工更快上手新收银系统",
                 ["完成CRM系统上线", "举办3场培训", "编写5篇操作手册", "新员工上手时间从5天缩短到2天"],
                 [("task-not-outcome", 0), ("task-not-outcome", 1), ("task-not-outcome", 2)]),
    "zh-unmeasurable": ("zh", "让客户愿意推荐我们", ["大幅提升用户体验", "加强团队协作", "净推荐值从20提升到40"],
                        [("unmeasurable", 0), ("unmeasurable", 1)]),
    "zh-kpi": ("zh", "销售额达到1000万", ["保持客户满意度", "计划完成率达到95%", "客户留存率从80%提升到90%"],
               [("kpi-in-disguise", "o"), ("so-what", "o"), ("kpi-in-disguise", 0), ("unmeasurable", 0),
                ("kpi-in-disguise", 1)]),
    "zh-so-what-activity": ("zh", "上线新系统", ["订单处理时间从2天缩短到4小时", "录入错误率从5%降到1%"], [("so-what", "o")]),
    "zh-traditional": ("zh", "新經銷商增加 30 家", ["客戶滿意度從80分提升到90分", "舉辦3場培訓"],
                       [("kpi-in-disguise", "o"), ("so-what", "o"), ("task-not-outcome", 1)]),
    "zh-people-and-harm": ("zh", "居民办证只跑一次", ["办证平均时长从5天缩短到1天", "市民投诉量下降三成", "编写办事指南"],
                           [("task-not-outcome", 2)]),
    "zh-vague-object-and-artifact": ("zh", "降低门诊患者候诊时间", ["满足通用需求", "操作手册", "候诊时间从40分钟降到15分钟"],
                                     [("task-not-outcome", 0), ("unmeasurable", 0), ("task-not-outcome", 1)]),
    "en-features-and-modifiers": ("en", "Reduce traffic fatalities in the city",
                                  ["Support Apple Pay and Google Pay", "Dark mode", "Hiring managers have interview guides",
                                   "Cut serious crashes from 120 to 80 a year"],
                                  [("task-not-outcome", 0), ("task-not-outcome", 1), ("task-not-outcome", 2)]),
    "ru-relationships-are-vague": ("ru", "Сделать проект удобным для новых контрибьюторов",
                                   ["Выстроить отношения с корпоративными партнёрами", "Шаблоны для типовых договоров",
                                    "Сократить время первого ответа на issue с 5 дней до 1"],
                                   [("unmeasurable", 0), ("task-not-outcome", 0), ("task-not-outcome", 1)]),
    "zh-purpose-answers-so-what": ("zh", "提供稳定的结算系统，以便商家当天收到货款",
                                   ["结算延迟从2天缩短到4小时", "结算差错率从0.5%降到0.1%"], []),
}


def okr_file(objective: str, krs: list[str]) -> str:
    lines = ["objectives:", f"  - title: {json.dumps(objective, ensure_ascii=False)}", "    key_results:"]
    lines += [f"      - {json.dumps(kr, ensure_ascii=False)}" for kr in krs]
    return "\n".join(lines) + "\n"


def expected_findings(expected: list[tuple[str, object]]) -> list[tuple[str, int, int]]:
    located = [(rule, 2, 12) if where == "o" else (rule, 4 + where, 9) for rule, where in expected]
    return sorted(located, key=lambda f: (f[1], f[2], f[0]))


@pytest.mark.parametrize("case", sorted(CASES))
def test_text_rules_give_exactly_the_expected_findings(tmp_path, case):
    lang, objective, krs, expected = CASES[case]
    run = check_json(write(tmp_path, f"{case}.okr.yaml", okr_file(objective, krs)), "--select", TEXT_RULES)
    got = sorted(run.brief(), key=lambda f: (f[1], f[2], f[0]))
    assert got == expected_findings(expected)
    assert {f["lang"] for f in run.findings} <= {lang}


def test_soft_unmeasurable_asks_what_the_number_is_of(tmp_path):
    text = okr_file("Бустануть удержание клиентов", ["Улучшить адаптацию в продукте 7%", "Снизить отток с 8% до 5%"])
    run = check_json(write(tmp_path, "t.okr.yaml", text), "--select", "unmeasurable")
    (finding,) = run.findings
    assert (finding["rule"], finding["line"], finding["column"], finding["severity"]) == ("unmeasurable", 4, 9, "info")
    assert "7%" in finding["message"] and "чего" in finding["message"]


def test_structured_target_makes_a_kr_measurable(tmp_path):
    text = ("objectives:\n  - title: Customers love our support\n    key_results:\n"
            "      - title: Cut first reply time\n        baseline: 9 hours\n        target: 2 hours\n"
            "      - Improve first reply time\n")
    run = check_json(write(tmp_path, "t.okr.yaml", text), "--select", "unmeasurable")
    assert run.brief() == [("unmeasurable", 7, 9)]


def test_why_answers_so_what(tmp_path):
    text = "objectives:\n  - title: Внедрить CRM\n    why: Менеджеры теряют 30% заявок, и клиенты уходят к конкурентам\n"
    assert check_json(write(tmp_path, "t.okr.yaml", text), "--select", "so-what").findings == []


def test_a_kr_that_repeats_a_listed_kpi(tmp_path):
    text = ("kpis:\n  - {name: Средний чек интернет-магазина, target: 2500 руб}\nobjectives:\n"
            "  - title: Крупные клиенты выбирают нас\n    key_results:\n      - Средний чек интернет-магазина 2400 рублей\n"
            "      - Поднять долю enterprise-продаж с 20% до 35%\n")
    run = check_json(write(tmp_path, "t.okr.yaml", text), "--select", "kpi-in-disguise")
    assert run.brief() == [("kpi-in-disguise", 6, 9)]
    assert "Средний чек интернет-магазина" in run.findings[0]["message"]


@pytest.mark.parametrize("lang,verb", [("ru", "Подготовить"), ("en", "Hold"), ("zh", "举办")])
def test_task_message_names_the_verb_and_asks_so_what_in_the_okr_language(tmp_path, lang, verb):
    kr = {"ru": "Подготовить 5 шаблонов", "en": "Hold 10 customer workshops", "zh": "举办3场培训"}[lang]
    title = {"ru": "Клиенты получают ответ за день", "en": "Customers get answers within a day", "zh": "让客户当天得到答复"}[lang]
    run = check_json(write(tmp_path, "t.okr.yaml", okr_file(title, [kr, kr])), "--select", "task-not-outcome")
    message = run.findings[0]["message"]
    assert verb in message
    assert {"ru": "Чтобы что?", "en": "so what?", "zh": "为了什么？"}[lang] in message
