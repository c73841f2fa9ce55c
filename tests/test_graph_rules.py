"""The rules on the OKR system across files: unknown-parent, alignment-cycle, orphan-objective,
unfocused, duplicate-kr — through the real CLI, in ru, en and zh."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import EXAMPLES, check_json, cli, write

COMPANY = {
    "ru": ("Крупные клиенты выбирают нас, а не конкурентов",
           ["Увеличить доход с 2 до 3 млн рублей", "Снизить отток крупных клиентов с 9% до 5%"]),
    "en": ("Mid-size banks choose our cloud platform", ["Grow ARR from $10M to $15M", "Raise NPS from 35 to 50"]),
    "zh": ("让更多中小商家选择我们的收银系统", ["市场份额从8%提升至15%", "新增合作门店从200家到500家"]),
}
TEAM = {
    "ru": ("Клиенты получают коммерческое предложение в день запроса",
           ["Сократить время подготовки КП с 3 дней до 4 часов", "Поднять конверсию КП в сделку с 20% до 30%"]),
    "en": ("Make the trial effortless for bank IT teams",
           ["Raise trial-to-paid conversion from 15% to 25%", "Cut trial setup time from 3 days to 2 hours"]),
    "zh": ("让门店店员半天就能学会用新收银系统", ["店员上手时间从3天缩短到半天", "开店首周工单数从每店5张降到1张"]),
}
LANGS = ["ru", "en", "zh"]


def okr_set(title: str, krs: list[str], *, id: str | None = None, parent: str | None = None, head: str = "") -> str:
    lines = [head + "objectives:", f"  - title: {title}"]
    if id:
        lines.append(f"    id: {id}")
    if parent:
        lines.append(f'    parent: "{parent}"')
    lines.append("    key_results:")
    lines += [f"      - {kr}" for kr in krs]
    return "\n".join(lines) + "\n"


def repo(tmp_path: Path) -> Path:
    """A folder that is an OKR root (a git repository)."""
    (tmp_path / ".git").mkdir(exist_ok=True)
    return tmp_path


def located(run) -> list[tuple[str, str, int, int]]:
    return [(f["path"].rsplit("/", 1)[-1], f["rule"], f["line"], f["column"]) for f in run.findings]


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OKRLINT_CACHE_DIR", str(tmp_path_factory.mktemp("okrlint-cache")))


# -- unknown-parent ----------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_a_misspelt_parent_is_reported_with_the_closest_ids(tmp_path, lang):
    write(tmp_path, "okrs/company.okr.yaml", okr_set(*COMPANY[lang], id="grow"))
    write(tmp_path, "okrs/team.okr.yaml", okr_set(*TEAM[lang], parent="compnay#grwo"))
    run = check_json(tmp_path, "--select", "unknown-parent")
    assert located(run) == [("team.okr.yaml", "unknown-parent", 3, 13)]
    (finding,) = run.findings
    assert finding["code"] == "OKR302" and finding["severity"] == "error" and finding["lang"] == lang
    assert "company#grow" in finding["message"] and "compnay#grwo" in finding["message"]


def test_a_correct_parent_and_an_ambiguous_bare_id(tmp_path):
    write(tmp_path, "okrs/company.okr.yaml", okr_set(*COMPANY["en"], id="grow"))
    write(tmp_path, "okrs/team.okr.yaml", okr_set(*TEAM["en"], parent="company#grow"))
    assert check_json(tmp_path, "--select", "unknown-parent").findings == []
    write(tmp_path, "okrs/sales.okr.yaml", okr_set(*COMPANY["en"], id="grow"))
    write(tmp_path, "okrs/team.okr.yaml", okr_set(*TEAM["en"], parent="grow"))
    (finding,) = check_json(tmp_path, "--select", "unknown-parent").findings
    assert "ambiguous: 2 files define this id" in finding["message"]


def test_one_file_outside_any_root_cannot_tell_a_missing_parent(tmp_path):
    """Without git or a config there is no OKR root: one file alone is not the whole system."""
    child = write(tmp_path, "team.okr.yaml", okr_set(*TEAM["en"], parent="company#grow"))
    assert check_json(child, "--select", "unknown-parent").findings == []


def test_one_changed_file_is_checked_against_the_root_index(tmp_path):
    root = repo(tmp_path)
    write(root, "okrs/company.okr.yaml", okr_set(*COMPANY["en"], id="grow"))
    child = write(root, "okrs/team.okr.yaml", okr_set("Grow ARR from $10M to $15M", TEAM["en"][1], parent="company#grow"))
    write(root, "okrs/other.okr.yaml", okr_set(*TEAM["ru"], parent="company#nope"))  # not given: never reported
    run = check_json(child, "--select", "unknown-parent,cascaded-kpi")
    assert located(run) == [("team.okr.yaml", "cascaded-kpi", 2, 12)]
    write(root, "okrs/team.okr.yaml", okr_set(*TEAM["en"], parent="company#grwo"))
    assert located(check_json(child, "--select", "unknown-parent")) == [("team.okr.yaml", "unknown-parent", 3, 13)]


# -- alignment-cycle ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_a_loop_of_parents_is_named(tmp_path, lang):
    write(tmp_path, "okrs/company.okr.yaml", okr_set(*COMPANY[lang], id="grow", parent="team#offer"))
    write(tmp_path, "okrs/team.okr.yaml", okr_set(*TEAM[lang], id="offer", parent="company#grow"))
    run = check_json(tmp_path, "--select", "alignment-cycle")
    assert located(run) == [("company.okr.yaml", "alignment-cycle", 4, 13), ("team.okr.yaml", "alignment-cycle", 4, 13)]
    assert all(f["code"] == "OKR303" and f["lang"] == lang for f in run.findings)
    assert "company#grow → team#offer → company#grow" in run.findings[0]["message"]


def test_a_chain_that_ends_is_no_loop_and_a_self_link_is(tmp_path):
    write(tmp_path, "okrs/company.okr.yaml", okr_set(*COMPANY["en"], id="grow"))
    write(tmp_path, "okrs/team.okr.yaml", okr_set(*TEAM["en"], id="offer", parent="company#grow"))
    assert check_json(tmp_path, "--select", "alignment-cycle").findings == []
    write(tmp_path, "okrs/company.okr.yaml", okr_set(*COMPANY["en"], id="grow", parent="#grow"))
    (finding,) = check_json(tmp_path, "--select", "alignment-cycle").findings
    assert "company#grow → company#grow" in finding["message"]


# -- orphan-objective --------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_an_orphan_team_objective_when_selected(tmp_path, lang):
    write(tmp_path, "okrs/company.okr.yaml", okr_set(*COMPANY[lang], id="grow"))
    write(tmp_path, "okrs/team.okr.yaml", okr_set(*TEAM[lang]))
    assert check_json(tmp_path, "--select", "ALL").brief().count(("orphan-objective", 2, 12)) == 0  # off by default
    run = check_json(tmp_path, "--select", "orphan-objective")
    assert located(run) == [("team.okr.yaml", "orphan-objective", 2, 12)]
    assert run.findings[0]["severity"] == "info" and run.findings[0]["lang"] == lang


def test_levels_from_the_key_the_config_and_the_folders(tmp_path):
    # Without a company level, a standalone team objective is no orphan.
    write(tmp_path, "okrs/sales.okr.yaml", okr_set(*COMPANY["en"], id="grow"))
    write(tmp_path, "okrs/team.okr.yaml", okr_set(*TEAM["en"]))
    assert check_json(tmp_path, "--select", "orphan-objective").findings == []
    write(tmp_path, "okrs/sales.okr.yaml", okr_set(*COMPANY["en"], id="grow", head="level: company\n"))
    assert len(check_json(tmp_path, "--select", "orphan-objective").findings) == 1
    write(tmp_path, "okrs/sales.okr.yaml", okr_set(*COMPANY["en"], id="grow"))
    write(tmp_path, ".okrlint.yaml", "levels: {company: ['okrs/sales.okr.yaml']}\n")
    assert len(check_json(tmp_path, "--select", "orphan-objective", cwd=tmp_path).findings) == 1
    write(tmp_path, "okrs/people/anna.okr.yaml", okr_set(*TEAM["en"]))  # a person under a company: two orphans now
    run = check_json(tmp_path, "--select", "orphan-objective", cwd=tmp_path)
    assert [f["message"].split(":")[0] for f in run.findings] == [
        "This personal objective supports no team or company objective", "This team objective supports no company objective"]


def test_a_bad_levels_setting_is_a_config_error(tmp_path):
    write(tmp_path, ".okrlint.yaml", "levels: {division: ['x/**']}\n")
    write(tmp_path, "a.okr.yaml", okr_set(*TEAM["en"]))
    run = cli("check", "a.okr.yaml", cwd=tmp_path)
    assert run.code == 2 and "unknown level `division`" in run.stderr


# -- unfocused ---------------------------------------------------------------------------------

BOOST = """\
team: Клиентский сервис
objectives:
  - title: Бустануть удержание клиентов
    key_results:
      - Улучшить адаптацию в продукте 7% (Цель продукта)
      - Увеличить количество долгосрочных лидов до 58% (Цель маркетинга)
      - Улучшить долгосрочные отношения (Цель клиентского сервиса)
"""
UNFOCUSED = {
    "ru": BOOST,
    "en": ("team: Customer Success\nobjectives:\n  - title: Customers stay with us for years\n    key_results:\n"
           "      - Raise activation in the product from 40% to 55% (Product goal)\n"
           "      - Grow long-term leads from 30% to 58% (Marketing goal)\n"
           "      - Cut first response time from 4 hours to 1 hour\n"),
    "zh": ("team: 客服部\nobjectives:\n  - title: 让老客户愿意长期留下来\n    key_results:\n"
           "      - 新用户激活率从40%提升到55%（产品部目标）\n      - 长期线索占比从30%提升到58%（市场部目标）\n"
           "      - 首次响应时间从4小时缩短到1小时\n"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_key_results_of_other_teams(tmp_path, lang):
    run = check_json(write(tmp_path, "cs.okr.yaml", UNFOCUSED[lang]), "--select", "unfocused")
    assert run.brief() == [("unfocused", 3, 12)]
    (finding,) = run.findings
    assert finding["code"] == "OKR305" and finding["lang"] == lang


def test_the_deck_boost_retention_verdict(tmp_path):
    """«Бустануть удержание клиентов» with the deck's own labels: three teams' goals, the own team's among them."""
    (finding,) = check_json(write(tmp_path, "cs.okr.yaml", BOOST), "--select", "unfocused").findings
    assert finding["message"].startswith("Это же расфокус!")
    assert "(продукта, маркетинга)" in finding["message"]  # "клиентского сервиса" is the objective's own team


def test_near_misses_one_other_team_or_the_own_team(tmp_path):
    one_label = BOOST.replace(" (Цель маркетинга)", "").replace(" (Цель клиентского сервиса)", "")
    assert check_json(write(tmp_path, "a.okr.yaml", one_label), "--select", "unfocused").findings == []
    own = BOOST.replace("(Цель продукта)", "(Цель клиентского сервиса)").replace("(Цель маркетинга)", "(цель клиентского сервиса)")
    assert check_json(write(tmp_path, "a.okr.yaml", own), "--select", "unfocused").findings == []
    note = BOOST.replace("(Цель продукта)", "(по данным CRM)").replace("(Цель маркетинга)", "(см. дашборд)")
    assert check_json(write(tmp_path, "a.okr.yaml", note), "--select", "unfocused").findings == []


def test_team_and_owner_fields_on_key_results(tmp_path):
    """An `owner:` that is another set's `team:` names a team; the other sets come from the root index."""
    repo(tmp_path)
    write(tmp_path, "okrs/marketing.okr.yaml", "team: Marketing\n" + okr_set(*COMPANY["en"]))
    write(tmp_path, "okrs/product.okr.yaml", "team: Product\n" + okr_set(*TEAM["en"]))
    support = ("team: Support\nobjectives:\n  - title: Customers stay with us for years\n    key_results:\n"
               "      - {title: Raise activation from 40% to 55%, owner: Product}\n"
               "      - {title: Grow long-term leads from 30% to 58%, team: Marketing}\n"
               "      - {title: Cut first response time from 4 hours to 1 hour, owner: Maria Lopez}\n")
    write(tmp_path, "okrs/support.okr.yaml", support)
    run = check_json(tmp_path / "okrs" / "support.okr.yaml", "--select", "unfocused")
    assert run.brief() == [("unfocused", 3, 12)] and "(Product, Marketing)" in run.findings[0]["message"]


def test_the_deck_bank_verdict_with_directions_on(tmp_path):
    """«Это же расфокус!»: the bank's KRs share no subject with the objective or each other."""
    config = write(tmp_path, "conf/.okrlint.yaml", "unfocused: {directions: true}\n")
    run = check_json(EXAMPLES / "ru" / "seed-deck.okr.yaml", "--select", "unfocused", "--config", str(config))
    assert (("unfocused", 24, 12)) in run.brief()  # Создание бесшовной среды для пользователей банка
    assert ("unfocused", 11, 12) in run.brief()  # Бустануть удержание клиентов, its labels stripped in this copy
    assert ("unfocused", 48, 12) not in run.brief()  # «Выиграть Инди 500», the deck's good example: pit stops shared
    assert check_json(EXAMPLES / "ru" / "seed-deck.okr.yaml", "--select", "unfocused").findings == []  # off by default


# -- duplicate-kr ------------------------------------------------------------------------------

DUPLICATES = {
    "ru": ("Увеличить выручку с 2 до 3 млн рублей", "Выручка 3 млн рублей"),
    "en": ("Grow ARR from $10M to $15M", "ARR reaches $15M by Q4"),
    "zh": ("市场份额从8%提升至15%", "市场占有率达到15%"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_same_key_result_in_two_teams(tmp_path, lang):
    first, second = DUPLICATES[lang]
    write(tmp_path, "okrs/sales.okr.yaml", "team: Sales\n" + okr_set(COMPANY[lang][0], [first, COMPANY[lang][1][1]]))
    write(tmp_path, "okrs/growth.okr.yaml", "team: Growth\n" + okr_set(TEAM[lang][0], [second, TEAM[lang][1][1]]))
    run = check_json(tmp_path, "--select", "duplicate-kr")
    assert located(run) == [("growth.okr.yaml", "duplicate-kr", 5, 9), ("sales.okr.yaml", "duplicate-kr", 5, 9)]
    assert run.findings[0]["code"] == "OKR306" and run.findings[0]["lang"] == lang
    assert first in run.findings[0]["message"] and "Sales" in run.findings[0]["message"]


def test_near_misses_other_target_other_segment_other_period_or_a_parent_delegating(tmp_path):
    write(tmp_path, "okrs/sales.okr.yaml", okr_set(COMPANY["en"][0], ["Grow ARR from $10M to $15M"], id="grow"))
    write(tmp_path, "okrs/growth.okr.yaml", okr_set(TEAM["en"][0], ["Grow ARR from $10M to $20M"]))
    assert check_json(tmp_path, "--select", "duplicate-kr").findings == []
    write(tmp_path, "okrs/growth.okr.yaml", okr_set(TEAM["en"][0], ["ARR reaches $15M"], parent="sales#grow"))
    assert check_json(tmp_path, "--select", "duplicate-kr").findings == []  # a child owning its parent's KR
    write(tmp_path, "okrs/sales.okr.yaml", okr_set(COMPANY["en"][0], ["Raise NPS of Leeds customers from 30 to 50"]))
    write(tmp_path, "okrs/growth.okr.yaml", okr_set(TEAM["en"][0], ["Raise NPS of Porto customers from 30 to 50"]))
    assert check_json(tmp_path, "--select", "duplicate-kr").findings == []  # the same metric of other customers
    write(tmp_path, "okrs/sales.okr.yaml", "period: 2026-Q1\n" + okr_set(COMPANY["en"][0], ["Grow ARR from $10M to $15M"]))
    write(tmp_path, "okrs/growth.okr.yaml", "period: 2026-Q2\n" + okr_set(TEAM["en"][0], ["ARR reaches $15M"]))
    assert check_json(tmp_path, "--select", "duplicate-kr").findings == []


def test_periods_are_compared_folded_and_a_set_without_one_meets_every_period(tmp_path):
    """duplicate-kr folds each objective's period once (overlap._period): " 2026-q1" is 2026-Q1, no period
    compares with any, and a KR of another quarter earlier in the group is passed over for the next one."""
    write(tmp_path, "okrs/a.okr.yaml", "period: 2026-Q2\nteam: A\n" + okr_set(COMPANY["en"][0], ["Grow ARR from $10M to $15M"]))
    write(tmp_path, "okrs/b.okr.yaml", "period: ' 2026-q1'\nteam: B\n" + okr_set(TEAM["en"][0], ["ARR reaches $15M"]))
    write(tmp_path, "okrs/c.okr.yaml", "period: 2026-Q1\nteam: C\n" + okr_set(TEAM["en"][0], ["ARR reaches $15M by Q4"]))
    run = check_json(tmp_path, "--select", "duplicate-kr")
    assert [f[0] for f in located(run)] == ["b.okr.yaml", "c.okr.yaml"]
    assert "“ARR reaches $15M by Q4”" in run.findings[0]["message"] and "(C)" in run.findings[0]["message"]  # not A's of Q2
    write(tmp_path, "okrs/a.okr.yaml", "team: A\n" + okr_set(COMPANY["en"][0], ["Grow ARR from $10M to $15M"]))
    assert [f[0] for f in located(check_json(tmp_path, "--select", "duplicate-kr"))] == ["a.okr.yaml", "b.okr.yaml", "c.okr.yaml"]


def test_a_loop_through_many_files_is_named_by_its_ends(tmp_path):
    for i in range(40):
        write(tmp_path, f"okrs/t{i}.okr.yaml", okr_set(f"Team {i} customers get answers the same day", TEAM["en"][1],
                                                       id="o", parent=f"t{(i + 1) % 40}#o"))
    run = check_json(tmp_path, "--select", "alignment-cycle")
    assert len(run.findings) == 40
    first = next(f for f in run.findings if f["path"].endswith("/t0.okr.yaml"))
    assert first["message"].endswith("t0#o → t1#o → t2#o → t3#o → t4#o → t5#o → … (35 more) → t0#o")


@pytest.mark.parametrize("lang", LANGS)
def test_one_objective_written_twice_is_no_overlap_but_two_teams_are(tmp_path, lang):
    """A CSV export beside its YAML restates the same objective of the same team: one owner."""
    first, second = DUPLICATES[lang]
    write(tmp_path, "okrs/sales.okr.yaml", "team: Sales\n" + okr_set(COMPANY[lang][0], [first, COMPANY[lang][1][1]]))
    write(tmp_path, "okrs/sales-copy.okr.yaml", "team: Sales\n" + okr_set(COMPANY[lang][0], [second, TEAM[lang][1][1]]))
    assert check_json(tmp_path, "--select", "duplicate-kr").findings == []
    write(tmp_path, "okrs/sales-copy.okr.yaml", "team: Growth\n" + okr_set(COMPANY[lang][0], [second, TEAM[lang][1][1]]))
    assert [f[1:] for f in located(check_json(tmp_path, "--select", "duplicate-kr"))] == [("duplicate-kr", 5, 9)] * 2


@pytest.mark.parametrize("lang", LANGS)
def test_unfocused_derives_its_team_facts_while_the_file_streams(lang, monkeypatch):
    """`prepare` keeps each KR's team label and team keys in the node's facts, so the end of a large
    run (the parent process, with the whole graph in memory) analyses no text and loads no analyzer."""
    import yaml

    from okrlint.checks import focus
    from okrlint.checks.base import CheckContext
    from okrlint.graph import KeyResultNode, ObjectiveNode, OkrGraph
    from okrlint.models import Loc, Text
    from okrlint.registry import load_registry

    data = yaml.safe_load(UNFOCUSED[lang])
    objective_data = data["objectives"][0]
    loc = Loc(line=3, column=12, end_line=3, end_column=40)
    krs = tuple(KeyResultNode(title=Text(value=kr, loc=loc), path=f"objectives[0].key_results[{i}]")
                for i, kr in enumerate(objective_data["key_results"]))
    objective = ObjectiveNode(file="cs.okr.yaml", stem="cs", document=0, path="objectives[0]", loc=loc, id=None,
                              title=Text(value=objective_data["title"], loc=loc), parent=None, owner=None,
                              team=data["team"], period=None, level="team", lang=lang, kpis=(), key_results=krs)
    ctx = CheckContext(okr_set=None, options=dict(load_registry().find("unfocused").options), graph=OkrGraph())
    focus.remember_teams([objective], ctx)
    assert all(focus.FACT in kr.facts for kr in krs) and focus.FACT in objective.facts

    def no_analysis(text, lang=None):
        raise AssertionError(f"analysed at the end of the run: {text!r}")

    monkeypatch.setattr(focus, "analyze", no_analysis)
    focus._lemmas.cache_clear()  # as in the parent of a pooled run, which never analysed these texts
    (hit,) = focus.unfocused(objective, ctx)
    assert (hit.message, hit.params["count"], hit.loc.line) == ("teams", 2, 3)
