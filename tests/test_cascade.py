"""cascaded-kpi across files: a child objective that restates its parent's KR, KPI or objective."""

import pytest

from tests.helpers import check_json, write

PARENTS = {
    "ru": ("Крупные клиенты выбирают нас, а не конкурентов",
           ["Увеличить доход с 2 до 3 млн рублей", "Снизить отток крупных клиентов с 9% до 5%"]),
    "en": ("Become the cloud platform mid-size banks trust", ["Grow ARR from $10M to $15M", "Raise NPS from 35 to 50"]),
    "zh": ("让更多中小商家选择我们的收银系统", ["市场份额从8%提升至15%", "新增合作门店从200家到500家"]),
}
# A child that restates a parent KR (same metric as its own target), and one in its own terms.
CASCADED = {"ru": "Увеличить доход отдела до 1 млн рублей", "en": "Grow ARR from $10M to $15M", "zh": "提高收银系统市场占有率"}
OWN_TERMS = {"ru": "Клиенты получают коммерческое предложение в день запроса",
             "en": "Make the trial effortless for bank IT teams", "zh": "让门店店员半天就能学会用新收银系统"}
CHILD_KRS = {"ru": ["Сократить время подготовки КП с 3 дней до 4 часов", "Поднять конверсию КП с 20% до 30%"],
             "en": ["Raise trial-to-paid conversion from 15% to 25%", "Cut trial setup time from 3 days to 2 hours"],
             "zh": ["店员上手时间从3天缩短到半天", "开店首周工单数从每店5张降到1张"]}


def parent_file(lang: str) -> str:
    title, krs = PARENTS[lang]
    return (f"kpis:\n  - name: Средний чек\nobjectives:\n  - id: top\n    title: {title}\n    key_results:\n"
            + "".join(f"      - {kr}\n" for kr in krs))


def child_file(lang: str, title: str, parent: str = "company#top") -> str:
    return (f"objectives:\n  - title: {title}\n    parent: \"{parent}\"\n    key_results:\n"
            + "".join(f"      - {kr}\n" for kr in CHILD_KRS[lang]))


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_a_parent_kr_turned_into_a_child_objective(tmp_path, lang):
    write(tmp_path, "okrs/company.okr.yaml", parent_file(lang))
    write(tmp_path, "okrs/team.okr.yaml", child_file(lang, CASCADED[lang]))
    run = check_json(tmp_path, "--select", "cascaded-kpi")
    assert [(f["path"].rsplit("/", 1)[-1], f["rule"], f["line"], f["column"]) for f in run.findings] == [
        ("team.okr.yaml", "cascaded-kpi", 2, 12)]
    (finding,) = run.findings
    assert finding["lang"] == lang and finding["code"] == "OKR301"
    assert PARENTS[lang][1][0] in finding["message"]  # names the parent KR it restates


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_a_child_in_its_own_terms_passes(tmp_path, lang):
    write(tmp_path, "okrs/company.okr.yaml", parent_file(lang))
    write(tmp_path, "okrs/team.okr.yaml", child_file(lang, OWN_TERMS[lang]))
    assert check_json(tmp_path, "--select", "cascaded-kpi").findings == []


def test_a_copied_parent_objective(tmp_path):
    write(tmp_path, "okrs/company.okr.yaml", parent_file("en"))
    write(tmp_path, "okrs/team.okr.yaml", child_file("en", PARENTS["en"][0]))
    (finding,) = check_json(tmp_path, "--select", "cascaded-kpi").findings
    assert "copies its parent objective" in finding["message"]


def test_a_kpi_of_the_parent_set_cascaded(tmp_path):
    write(tmp_path, "okrs/company.okr.yaml", parent_file("ru"))
    write(tmp_path, "okrs/team.okr.yaml", child_file("ru", "Средний чек 55 тысяч рублей"))
    (finding,) = check_json(tmp_path, "--select", "cascaded-kpi").findings
    assert "KPI" in finding["message"] and "Средний чек" in finding["message"]


def test_references_in_the_same_file_and_by_global_id(tmp_path):
    same_file = parent_file("en") + "  - title: Grow ARR from $10M to $15M\n    parent: \"#top\"\n"
    run = check_json(write(tmp_path, "one.okr.yaml", same_file), "--select", "cascaded-kpi")
    assert run.brief() == [("cascaded-kpi", 9, 12)]
    write(tmp_path, "okrs/company.okr.yaml", parent_file("en"))
    write(tmp_path, "okrs/team.okr.yaml", child_file("en", CASCADED["en"], parent="top"))
    # "top" is now defined in two files (one.okr.yaml and company.okr.yaml): ambiguous, not guessed
    run = check_json(tmp_path / "okrs" / "team.okr.yaml", "--select", "cascaded-kpi")
    assert run.findings == []


def test_an_unknown_parent_is_not_an_error(tmp_path):
    """pre-commit passes only changed files: the parent may simply not be in this run."""
    run = check_json(write(tmp_path, "team.okr.yaml", child_file("en", CASCADED["en"])), "--select", "cascaded-kpi")
    assert run.findings == []


# The parent's key results copied down word for word under an objective of the child's own: the team
# adds no contribution of its own. One KR of its own among them is a contribution.
@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_key_results_copied_down_unchanged(tmp_path, lang):
    krs = PARENTS[lang][1]
    write(tmp_path, "okrs/company.okr.yaml", parent_file(lang))
    write(tmp_path, "okrs/team.okr.yaml", f"objectives:\n  - title: {OWN_TERMS[lang]}\n    parent: \"company#top\"\n"
                                          "    key_results:\n" + "".join(f"      - {kr}\n" for kr in krs))
    run = check_json(tmp_path, "--select", "cascaded-kpi")
    assert [(f["path"].rsplit("/", 1)[-1], f["line"], f["column"]) for f in run.findings] == [("team.okr.yaml", 2, 12)]
    assert krs[0] in run.findings[0]["message"]


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_one_key_result_of_its_own_is_a_contribution(tmp_path, lang):
    write(tmp_path, "okrs/company.okr.yaml", parent_file(lang))
    write(tmp_path, "okrs/team.okr.yaml", f"objectives:\n  - title: {OWN_TERMS[lang]}\n    parent: \"company#top\"\n"
                                          f"    key_results:\n      - {PARENTS[lang][1][0]}\n      - {CHILD_KRS[lang][0]}\n")
    assert check_json(tmp_path, "--select", "cascaded-kpi").findings == []


def _pair(tmp_path, parent_kr: str, child_title: str) -> list[tuple[str, str, int, int]]:
    """The cascaded-kpi findings when a parent objective has `parent_kr` and a child is titled `child_title`."""
    write(tmp_path, "okrs/company.okr.yaml", f"objectives:\n  - id: top\n    title: Parent\n    key_results:\n"
                                             f"      - \"{parent_kr}\"\n")
    write(tmp_path, "okrs/team.okr.yaml", f"objectives:\n  - title: \"{child_title}\"\n    parent: \"company#top\"\n"
                                          "    key_results:\n      - \"Own KR\"\n")
    run = check_json(tmp_path, "--select", "cascaded-kpi")
    return [(f["path"].rsplit("/", 1)[-1], f["rule"], f["line"], f["column"]) for f in run.findings]


# The same thing moved, whichever verb moves it, a clipped or derived word counting as the word
# ("deploy" / "deployment"); what is moved is no metric, so the metric-target reading does not apply.
MOVED_THE_SAME = {
    "en": ("Reduce manual deploy steps by half", "Minimize manual deployment steps"),
    "ru": ("Сократить число ручных шагов деплоя вдвое", "Минимизировать ручные шаги"),
    "zh": ("客服响应时长从8小时降到2小时", "缩短客服响应时长"),
}
# The parent KR whole inside a child objective that only adds scope or detail.
KR_INSIDE = {
    "en": ("Ship the loyalty points service", "Ship the loyalty points service to every region and load-test it"),
    "ru": ("Запустить сервис бонусных баллов",
           "Запустить сервис бонусных баллов во всех регионах и провести нагрузочное тестирование"),
    "zh": ("上线会员积分系统", "在全国门店上线会员积分系统并完成压测"),
}
# Near misses: two words of a short KR inside a child of its own; another measure of the same thing.
TWO_WORDS_INSIDE = {
    "en": ("Launch the app", "Nurses chart in half the time with the app we launch"),
    "ru": ("Запустить приложение", "Медсёстры заполняют карты вдвое быстрее в приложении, которое мы запустим"),
    "zh": ("上线应用", "护士用我们上线的应用把记录时间减半"),
}


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_the_same_thing_moved_with_another_verb(tmp_path, lang):
    assert _pair(tmp_path, *MOVED_THE_SAME[lang]) == [("team.okr.yaml", "cascaded-kpi", 2, 12)]


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_the_parent_kr_inside_a_wider_child(tmp_path, lang):
    assert _pair(tmp_path, *KR_INSIDE[lang]) == [("team.okr.yaml", "cascaded-kpi", 2, 12)]


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_two_words_of_a_short_kr_are_no_restatement(tmp_path, lang):
    assert _pair(tmp_path, *TWO_WORDS_INSIDE[lang]) == []


# When a thing is due says nothing of what it is: a parent KR shipped, carried down with a date.
@pytest.mark.parametrize("lang,parent_kr,child", [
    ("en", "Billing export shipped, reaching 20% adoption among admins", "Ship the billing export in early April"),
    ("ru", "Экспорт счетов запущен, им пользуются 20% крупных клиентов", "Запустить экспорт счетов в начале апреля"),
    ("zh", "账单导出功能上线，20%的大客户管理员使用", "4月初上线账单导出功能"),
])
def test_a_parent_kr_carried_down_with_a_date_restates_it(tmp_path, lang, parent_kr, child):
    assert _pair(tmp_path, parent_kr, child) == [("team.okr.yaml", "cascaded-kpi", 2, 12)]


def test_another_measure_of_the_same_thing_is_no_restatement(tmp_path):
    assert _pair(tmp_path, "Grow store count from 200 to 500", "Grow revenue per store") == []


@pytest.mark.parametrize(("a", "b", "same"), [
    ("tech", "technical", True),  # a clipping
    ("mature", "maturity", True),  # a derivation sharing its stem
    ("технический", "техника", False),  # a stem of 5 of 10 letters: too little of the word
    ("debt", "death", False),
    ("用户", "用户数", False),  # Chinese compounds must be equal
])
def test_one_word_in_two_forms(a, b, same):
    from okrlint.checks.cascade import same_word
    assert same_word(a, b) is same and same_word(b, a) is same


# Meeting a plan as the child objective: the parent's KPI carried down, whatever the parent says. A
# plan the team writes for itself is its own work, not a plan met.
PLAN_MET = {"en": "Hit the annual sales plan", "ru": "Выполнить годовой план продаж", "zh": "完成年度销售计划"}
PLAN_WRITTEN = {"en": "Write the hiring plan for next year", "ru": "Составить план найма на следующий год",
                "zh": "制定明年的招聘计划"}


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_meeting_a_plan_is_the_parents_kpi_carried_down(tmp_path, lang):
    write(tmp_path, "okrs/company.okr.yaml", parent_file(lang))
    write(tmp_path, "okrs/team.okr.yaml", child_file(lang, PLAN_MET[lang]))
    run = check_json(tmp_path, "--select", "cascaded-kpi")
    assert [(f["path"].rsplit("/", 1)[-1], f["rule"], f["line"], f["column"]) for f in run.findings] == [
        ("team.okr.yaml", "cascaded-kpi", 2, 12)]
    assert PARENTS[lang][0] in run.findings[0]["message"]


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_a_plan_of_the_teams_own_work_is_no_plan_met(tmp_path, lang):
    write(tmp_path, "okrs/company.okr.yaml", parent_file(lang))
    write(tmp_path, "okrs/team.okr.yaml", child_file(lang, PLAN_WRITTEN[lang]))
    assert check_json(tmp_path, "--select", "cascaded-kpi").findings == []


# A child objective that repeats half its parent objective (for a region) and carries a parent KR
# down whole (its team's note aside) beside one KR of its own: the parent's plan restated.
CARRIED = {
    "en": ("Mid-size banks trust our cloud platform for their core systems",
           ["Sign 5 new mid-size banks to the core banking package", "Raise NPS from 35 to 50"],
           "Mid-size banks trust our cloud platform in the northern region",
           ["Sign 5 new mid-size banks to the core banking package (northern team)",
            "Cut onboarding time for a new bank from 30 to 10 days"]),
    "ru": ("Средние банки доверяют нашей облачной платформе свои основные системы",
           ["Подписать 5 новых средних банков на пакет основных банковских систем", "Поднять NPS с 35 до 50"],
           "Средние банки северного региона доверяют нашей облачной платформе",
           ["Подписать 5 новых средних банков на пакет основных банковских систем (команда севера)",
            "Сократить подключение нового банка с 30 до 10 дней"]),
    "zh": ("中型银行放心把核心系统交给我们的云平台", ["签约5家中型银行使用核心银行套件", "NPS从35提升到50"],
           "北方区域的中型银行放心使用我们的云平台", ["签约5家中型银行使用核心银行套件（北方团队）", "新银行接入时间从30天缩短到10天"]),
}


def _carried_files(tmp_path, lang: str, child_krs: list[str]) -> None:
    parent_title, parent_krs, child_title, _ = CARRIED[lang]
    write(tmp_path, "okrs/company.okr.yaml", f"objectives:\n  - id: top\n    title: {parent_title}\n    key_results:\n"
                                             + "".join(f"      - {kr}\n" for kr in parent_krs))
    write(tmp_path, "okrs/team.okr.yaml", f"objectives:\n  - title: {child_title}\n    parent: \"company#top\"\n"
                                          "    key_results:\n" + "".join(f"      - {kr}\n" for kr in child_krs))


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_a_restated_objective_with_a_parent_kr_carried_down(tmp_path, lang):
    _carried_files(tmp_path, lang, CARRIED[lang][3])
    run = check_json(tmp_path, "--select", "cascaded-kpi")
    assert [(f["path"].rsplit("/", 1)[-1], f["rule"], f["line"], f["column"]) for f in run.findings] == [
        ("team.okr.yaml", "cascaded-kpi", 2, 12)]
    assert CARRIED[lang][1][0] in run.findings[0]["message"]  # names the KR carried down


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_a_restated_objective_with_key_results_of_its_own_passes(tmp_path, lang):
    _carried_files(tmp_path, lang, CARRIED[lang][3][1:])
    assert check_json(tmp_path, "--select", "cascaded-kpi").findings == []


# A child objective that says a parent KR in other words — each mostly what the other says, one phrase
# of two words shared in order — restates it; a customer segment both name is no restatement (above).
RESTATED_IN_OTHER_WORDS = {
    "en": ("Architecture program operating at maturity level 3+", "Mature the architecture program and core processes"),
    "ru": ("Программа архитектурного надзора на уровне зрелости 3+",
           "Вырастить программу архитектурного надзора, её процессы и команду"),
    "zh": ("架构治理体系成熟度达到3级", "让架构治理体系走向成熟"),
}


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_a_parent_kr_restated_in_other_words(tmp_path, lang):
    parent_kr, child_title = RESTATED_IN_OTHER_WORDS[lang]
    write(tmp_path, "okrs/company.okr.yaml", "objectives:\n  - id: top\n    title: Technology is run in a world-class way\n"
                                             f"    key_results:\n      - {parent_kr}\n      - Customer satisfaction above 96%\n")
    write(tmp_path, "okrs/team.okr.yaml", f"objectives:\n  - title: {child_title}\n    parent: \"company#top\"\n"
                                          "    key_results:\n      - Three processes documented and reviewed\n")
    run = check_json(tmp_path, "--select", "cascaded-kpi")
    assert [(f["path"].rsplit("/", 1)[-1], f["rule"], f["line"], f["column"]) for f in run.findings] == [
        ("team.okr.yaml", "cascaded-kpi", 2, 12)]


def test_facts_are_derived_ahead_only_where_a_parent_link_may_read_them():
    """prepare skips an objective with neither `parent:` nor `id:` (no link can reach it); the rule
    would derive any fact it reads on demand anyway."""
    from okrlint.checks.cascade import FACT, remember_texts
    from okrlint.graph import KeyResultNode, ObjectiveNode
    from okrlint.models import Loc, Text

    loc = Loc(line=1, column=1, end_line=1, end_column=2)

    def node(parent: str | None, id_: str | None) -> ObjectiveNode:
        kr = KeyResultNode(Text(value="Grow ARR from $10M to $15M", loc=loc), "objectives[0].key_results[0]")
        return ObjectiveNode(file="a.okr.yaml", stem="a", document=0, path="objectives[0]", loc=loc, id=id_,
                             title=Text(value="Grow ARR", loc=loc), parent=None if parent is None else Text(value=parent, loc=loc),
                             owner=None, team=None, period=None, level="team", lang="en", kpis=(), key_results=(kr,))

    flat, child, parent = node(None, None), node("company#top", None), node(None, "top")
    remember_texts([flat, child, parent], None)  # type: ignore[arg-type]
    assert FACT not in flat.facts and FACT not in flat.key_results[0].facts
    assert all(FACT in n.facts and FACT in n.key_results[0].facts for n in (child, parent))


# A note in brackets after a parent KR (an acronym, a scope aside) is not what the KR says: a child that
# restates the rest, with words of its own around it, still restates it. The note does not count toward the
# words a KR needs to be more than a coincidence inside a longer child.
@pytest.mark.parametrize("lang,parent_kr,child,expected", [
    ("en", "Grow use of the platform (SMAU)", "Grow use of the platform across all product teams in Europe",
     [("team.okr.yaml", "cascaded-kpi", 2, 12)]),
    ("ru", "Расширить использование платформы (SMAU)", "Расширить использование платформы во всех продуктовых командах",
     [("team.okr.yaml", "cascaded-kpi", 2, 12)]),
    ("zh", "上线平台数据导出功能（SMAU 与 DAU）", "上线平台数据导出功能，支持欧洲所有产品团队",
     [("team.okr.yaml", "cascaded-kpi", 2, 12)]),
    ("en", "Launch the app (iOS and Android, all regions)", "Nurses chart in half the time with the app we launch", []),
])
def test_a_note_in_brackets_is_not_what_the_parent_kr_says(tmp_path, lang, parent_kr, child, expected):
    assert _pair(tmp_path, parent_kr, child) == expected  # (the language is the texts' own)
