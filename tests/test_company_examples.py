"""examples/company-{ru,en,zh}: one company each (its own OKR root), where each graph rule fires on one
case, and the company and one team file are clean; the `tree` and `stats` views of them."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.helpers import EXAMPLES, check_json, cli

GRAPH_RULES = "cascaded-kpi,unknown-parent,alignment-cycle,orphan-objective,unfocused,duplicate-kr"
EXPECTED = {
    "en": [("sales.okr.yaml", "cascaded-kpi", 8, 12), ("sales.okr.yaml", "unknown-parent", 14, 13),
           ("sales.okr.yaml", "duplicate-kr", 17, 9), ("support.okr.yaml", "unfocused", 9, 12),
           ("support.okr.yaml", "alignment-cycle", 10, 13), ("support.okr.yaml", "orphan-objective", 15, 12),
           ("support.okr.yaml", "duplicate-kr", 18, 9)],
    "ru": [("sales.okr.yaml", "cascaded-kpi", 8, 12), ("sales.okr.yaml", "unknown-parent", 14, 13),
           ("sales.okr.yaml", "duplicate-kr", 17, 9), ("service.okr.yaml", "unfocused", 10, 12),
           ("service.okr.yaml", "alignment-cycle", 11, 13), ("service.okr.yaml", "orphan-objective", 17, 12),
           ("service.okr.yaml", "duplicate-kr", 20, 9)],
    "zh": [("sales.okr.yaml", "cascaded-kpi", 8, 12), ("sales.okr.yaml", "unknown-parent", 14, 13),
           ("sales.okr.yaml", "duplicate-kr", 17, 9), ("service.okr.yaml", "unfocused", 9, 12),
           ("service.okr.yaml", "alignment-cycle", 10, 13), ("service.okr.yaml", "orphan-objective", 15, 12),
           ("service.okr.yaml", "duplicate-kr", 18, 9)],
}
CLEAN = {"en": "onboarding.okr.yaml", "ru": "legal.okr.yaml", "zh": "training.okr.yaml"}


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_each_graph_rule_fires_on_its_case(lang):
    run = check_json(EXAMPLES / f"company-{lang}", "--select", GRAPH_RULES)
    assert [(f["path"].rsplit("/", 1)[-1], f["rule"], f["line"], f["column"]) for f in run.findings] == EXPECTED[lang]
    assert {f["lang"] for f in run.findings} == {lang}


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_the_company_and_one_team_are_clean_even_linted_alone(lang):
    """Linted alone (as pre-commit would), the clean team still resolves its parents from the root index."""
    folder = EXAMPLES / f"company-{lang}"
    run = check_json(folder / CLEAN[lang], "--extend-select", "orphan-objective")
    assert run.findings == [] and run.code == 0
    assert check_json(folder / "company.okr.yaml", "--extend-select", "orphan-objective").findings == []


def test_companies_are_separate_okr_systems():
    """Each company folder has its own `.okrlint.yaml`: `company#grow` of one never answers another."""
    run = check_json(EXAMPLES, "--select", "unknown-parent")
    assert sorted(f["path"].split("/")[-2] for f in run.findings) == ["company-en", "company-ru", "company-zh"]


def test_tree_shows_levels_teams_alignment_and_marks():
    run = cli("tree", str(EXAMPLES / "company-en"), "--no-color", env={"COLUMNS": "200"})
    assert run.code == 0
    lines = run.stdout.splitlines()
    assert lines[0] == "OKR system" and lines[1].endswith("Company · Leadership")
    at = next(i for i, line in enumerate(lines) if "Make the trial effortless for bank IT teams" in line)
    assert "[Onboarding]" in lines[at] and "— Priya Raman" in lines[at]  # a child of another team, under its parent
    assert "Bank IT teams get value from our platform in their first month" in lines[at - 3]
    assert any("Grow ARR from $10M to $15M  [Sales]" in line and "▲ cascaded-kpi" in line for line in lines)
    assert any("Regional banks hear about us" in line and "↑ company#trsut  ✖ unknown-parent" in line for line in lines)


def test_tree_json_counts_match_the_findings():
    data = json.loads(cli("tree", str(EXAMPLES / "company-ru"), "--format", "json").stdout)
    findings = check_json(EXAMPLES / "company-ru").findings

    def count(objective: dict) -> int:
        return (len(objective["findings"]) + sum(len(kr["findings"]) for kr in objective["key_results"])
                + sum(count(c) for c in objective["children"]))

    assert sum(count(o) for g in data["groups"] for o in g["objectives"]) + len(data["file_findings"]) == len(findings)
    assert [(g["level"], g["team"]) for g in data["groups"]] == [("company", "Правление"), ("team", "Клиентский сервис"),
                                                                   ("team", "Продажи")]


def test_stats_per_team_in_json_csv_and_a_table():
    rows = json.loads(cli("stats", str(EXAMPLES / "company-zh"), "--format", "json").stdout)
    by_team = {r["team"]: r for r in rows}
    assert by_team["培训部"] == {"team": "培训部", "objectives": 1, "key_results": 2, "clean_key_results": 2,
                                 "findings": {}, "quality": 1.0}
    assert by_team["销售部"]["findings"] == {"cascaded-kpi": 1, "duplicate-kr": 1, "kpi-in-disguise": 1, "so-what": 1,
                                             "unknown-parent": 1}
    assert by_team["销售部"]["quality"] == 0.75  # 3 of 4 KRs without a finding
    table = list(csv.reader(io.StringIO(cli("stats", str(EXAMPLES / "company-zh"), "--format", "csv").stdout)))
    assert table[0] == ["team", "objectives", "key_results", "clean_key_results", "quality", "rule", "findings"]
    assert ["销售部", "2", "4", "3", "0.75", "", "5"] in table
    text = cli("stats", str(EXAMPLES / "company-zh"), "--no-color").stdout
    assert "OKR quality by team" in text and "培训部" in text and "100%" in text


def test_views_escape_okr_text_and_missing_paths_exit_2(tmp_path):
    (tmp_path / "a.okr.yaml").write_text("team: \"[bold]x\\u001b[31m\"\nobjectives:\n  - title: \"[red]boom[/red]\"\n"
                                         "    key_results: [\"Grow ARR from $1M to $2M\", \"Raise NPS from 30 to 50\"]\n",
                                         encoding="utf-8")
    out = cli("tree", str(tmp_path), "--no-color").stdout
    assert "[red]boom[/red]" in out and "[bold]x\\x1b[31m" in out and "\x1b" not in out
    assert cli("stats", str(tmp_path / "nope")).code == 2


def test_the_readme_quotes_the_examples_summary_line():
    from tests.helpers import ROOT, cli_process

    summary = cli_process("check", "examples/").stdout.strip().splitlines()[-1]
    assert summary.startswith("26 files")
    assert f"\n{summary}\n" in ROOT.joinpath("README.md").read_text(encoding="utf-8")


def test_the_readme_shows_the_real_tree():
    from tests.helpers import ROOT

    readme = ROOT.joinpath("README.md").read_text(encoding="utf-8")
    quoted = readme.split("$ okrlint tree examples/company-en/\n", 1)[1].split("\n```", 1)[0]
    run = cli("tree", "examples/company-en/", "--no-color", cwd=ROOT, env={"COLUMNS": "130"})
    assert run.stdout.rstrip() == quoted
