"""`okrlint convert`: the canonical YAML of a Markdown, CSV or XLSX file lints exactly like its source."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.helpers import EXAMPLES, check_json, cli, write


def _findings(path: Path) -> list[tuple[str, str, str]]:
    run = check_json(path, "--lang", "en")
    assert run.code in (0, 1), run.stdout
    return sorted((f["rule"], f["target"], f["text"]) for f in run.findings)


@pytest.mark.parametrize("example", ["en/team.okr.md", "ru/команда.okr.md", "zh/团队.okr.md",
                                     "en/team.okr.csv", "ru/продажи.okr.csv", "zh/销售.okr.csv"])
def test_converted_yaml_gives_the_findings_of_its_source(tmp_path: Path, example: str) -> None:
    source = EXAMPLES / example
    run = cli("convert", str(source), "--to", "yaml")
    assert run.code == 0, run.stderr
    converted = write(tmp_path, "converted.okr.yaml", run.stdout)
    expected = [f for f in _findings(source)]
    if example == "ru/команда.okr.md":  # its inline `<!-- okrlint: disable=… -->` stays behind in the Markdown
        expected += [("task-not-outcome", "objectives[2].key_results[1]", "Провести обучение для 25 менеджеров")]
    assert _findings(converted) == sorted(expected)


def test_a_workbook_becomes_one_document_per_sheet(tmp_path: Path) -> None:
    out = tmp_path / "roadmap.okr.yaml"
    run = cli("convert", str(EXAMPLES / "en" / "roadmap.okr.xlsx"), "--output", str(out))
    assert run.code == 0 and run.stdout == ""
    documents = list(yaml.safe_load_all(out.read_text(encoding="utf-8")))
    assert [len(d["objectives"]) for d in documents] == [1, 1]
    assert documents[0]["objectives"][0]["key_results"][0] == {
        "title": "Raise checkout availability from 99.5% to 99.95%", "target": "99.95%", "owner": "Sam", "score": 0.5}
    assert _findings(out) == _findings(EXAMPLES / "en" / "roadmap.okr.xlsx")


def test_never_overwrites_without_force_and_never_converts_a_file_with_errors(tmp_path: Path) -> None:
    source = write(tmp_path, "team.okr.md", "## O1: Customers stay\n\n- Raise NPS from 20 to 40\n- Cut churn from 8% to 5%\n")
    out = write(tmp_path, "team.okr.yaml", "keep me\n")
    refused = cli("convert", str(source), "-o", str(out))
    assert refused.code == 2 and "--force" in refused.stderr and out.read_text(encoding="utf-8") == "keep me\n"
    assert cli("convert", str(source), "-o", str(out), "--force").code == 0
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["objectives"][0]["title"] == "Customers stay"
    broken = write(tmp_path, "broken.okr.md", "- KR1: Cut churn from 8% to 5%\n")
    run = cli("convert", str(broken), "--to", "yaml")
    assert run.code == 1 and run.stdout == ""
    assert "broken.okr.md:1:8: OKR001 [invalid-okr]" in run.stderr and "was not converted" in run.stderr


def test_convert_is_listed_in_help() -> None:
    run = cli("--help")
    assert "convert" in run.stdout
