"""`okrlint init` (a config and starter OKRs that lint clean) and `okrlint schema` (editor support)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from okrlint import schema as okr_schema
from okrlint.cli import app
from okrlint.commands.init_cmd import starter_files
from okrlint.commands.starter import Quarter
from okrlint.config import build_config
from okrlint.registry import load_registry

runner = CliRunner()
THIS_QUARTER = Quarter.of(date.today())
STARTER = Path("okrs") / f"{THIS_QUARTER.period}.okr.yaml"


@pytest.fixture()
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(("lang", "config_words", "okr_words"), [
    ("en", "# Which rules run", "Customers get their problem solved on their first contact with us"),
    ("ru", "# Какие правила включены", "Клиенты решают свой вопрос с первого обращения в поддержку"),
    ("zh", "# 启用哪些规则", "让客户第一次联系我们就解决问题"),
])
def test_init_writes_a_config_and_starter_okrs_that_lint_clean(workdir: Path, lang: str, config_words: str, okr_words: str) -> None:
    result = runner.invoke(app, ["init", "--lang", lang])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Created .okrlint.yaml and {STARTER.as_posix()}. Run `okrlint check` to lint them.\n"
    config_text = (workdir / ".okrlint.yaml").read_text(encoding="utf-8")
    okr_text = (workdir / STARTER).read_text(encoding="utf-8")
    assert config_words in config_text and okr_words in okr_text
    assert f"period: {THIS_QUARTER.period}\n" in okr_text and f"lang: {lang}\n" in okr_text
    assert THIS_QUARTER.deadline(lang) in okr_text

    config = build_config(yaml.safe_load(config_text), load_registry(), source=".okrlint.yaml")
    assert (config.select, config.ignore, config.lang, config.fail_on.value) == (["ALL"], [], "auto", "warning")

    # Every rule that exists, with the written config: not one finding.
    check = runner.invoke(app, ["check", "--format", "json"], env={"GITHUB_ACTIONS": None})
    assert (check.exit_code, json.loads(check.stdout)) == (0, []), check.output
    text = runner.invoke(app, ["check", "--format", "text", "--no-color"])
    assert "1 file, 2 objectives, 5 key results: no problems found" in text.stdout


def test_init_names_the_schema_in_the_starter_file_for_editors(workdir: Path, okr_schema_json: dict) -> None:
    assert runner.invoke(app, ["init"]).exit_code == 0
    first_line = (workdir / STARTER).read_text(encoding="utf-8").splitlines()[0]
    assert first_line == f"# yaml-language-server: $schema={okr_schema_json['$id']}"


def test_init_pre_commit_writes_a_hook_config_that_pre_commit_reads(workdir: Path) -> None:
    result = runner.invoke(app, ["init", "--pre-commit"])
    assert result.exit_code == 0, result.output
    assert result.stdout == (f"Created .okrlint.yaml, {STARTER.as_posix()} and .pre-commit-config.yaml. "
                             "Run `okrlint check` to lint them.\n")
    config = yaml.safe_load((workdir / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert config == {"repos": [{"repo": "https://github.com/okrlint/okrlint", "rev": "main", "hooks": [{"id": "okrlint"}]}]}
    hooks = yaml.safe_load((Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [hook["id"] for hook in hooks] == ["okrlint"]


def test_init_pre_commit_never_overwrites_a_hook_config(workdir: Path) -> None:
    (workdir / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    result = runner.invoke(app, ["init", "--pre-commit"])
    assert result.exit_code == 2
    assert "okrlint: error: .pre-commit-config.yaml already exists; okrlint init never overwrites files" in result.stderr
    assert not (workdir / ".okrlint.yaml").exists()


def test_starter_deadlines_follow_the_quarter() -> None:
    files = starter_files("ru", date(2026, 5, 10))
    assert list(files) == [Path(".okrlint.yaml"), Path("okrs/2026-Q2.okr.yaml")]
    okrs = files[Path("okrs/2026-Q2.okr.yaml")]
    assert "period: 2026-Q2\n" in okrs and "due: 2026-06-30\n" in okrs
    assert "Сократить число повторных обращений с 1400 до 700 в месяц к 30 июня" in okrs
    assert "12月31日前将首次联系解决率从62%提升到80%" in starter_files("zh", date(2025, 12, 31))[Path("okrs/2025-Q4.okr.yaml")]
    assert "by September 30" in starter_files("en", date(2027, 7, 1))[Path("okrs/2027-Q3.okr.yaml")]


@pytest.mark.parametrize("existing", [".okrlint.yaml", ".okrlint.yml", STARTER.as_posix()])
def test_init_never_overwrites(workdir: Path, existing: str) -> None:
    (workdir / existing).parent.mkdir(parents=True, exist_ok=True)
    (workdir / existing).write_text("mine\n", encoding="utf-8")
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 2
    assert f"okrlint: error: {existing} already exists; okrlint init never overwrites files" in result.stderr
    assert (workdir / existing).read_text(encoding="utf-8") == "mine\n"
    written = sorted(p.relative_to(workdir).as_posix() for p in workdir.rglob("*") if p.is_file())
    assert written == [existing]  # nothing else was written either


# -- okrlint schema --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def okr_schema_json() -> dict:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    return json.loads(result.stdout)


def test_schema_has_a_dialect_and_title(okr_schema_json: dict) -> None:
    # draft-07: the VS Code YAML extension does not fully support 2020-12
    assert okr_schema_json["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert okr_schema_json["$id"] == "https://raw.githubusercontent.com/okrlint/okrlint/main/docs/okr-file.schema.json"
    assert okr_schema_json["title"] == "okrlint OKR file"
    assert okr_schema_json["required"] == ["objectives"]
    jsonschema.Draft7Validator.check_schema(okr_schema_json)
    assert "$defs" not in json.dumps(okr_schema_json)  # 2019-09 and later only; draft-07 says `definitions`
    refs = {ref for ref in re.findall(r'"\$ref": "([^"]+)"', json.dumps(okr_schema_json))}
    assert refs and all(ref.startswith("#/definitions/") for ref in refs)


def test_the_committed_schema_is_what_okrlint_schema_prints(okr_schema_json: dict) -> None:
    committed = (Path(__file__).resolve().parent.parent / "docs" / "okr-file.schema.json").read_text(encoding="utf-8")
    assert json.loads(committed) == okr_schema_json, "run `python -m okrlint.docs`"


def test_schema_keys_match_what_okrlint_accepts(okr_schema_json: dict) -> None:
    defs = okr_schema_json["definitions"]
    assert set(okr_schema_json["properties"]) == set(okr_schema.SET_KEYS)
    assert set(defs["ObjectiveEntry"]["properties"]) == set(okr_schema.OBJECTIVE_KEYS)
    assert set(defs["KeyResultEntry"]["properties"]) == set(okr_schema.KR_KEYS)
    assert set(defs["KpiEntry"]["properties"]) == set(okr_schema.KPI_KEYS)
    assert all(d["additionalProperties"] is False for d in defs.values())
    assert okr_schema_json["additionalProperties"] is False


def _errors(schema: dict, text: str) -> list[str]:
    validator = jsonschema.Draft7Validator(schema)
    documents = [json.loads(json.dumps(d, default=str)) for d in yaml.safe_load_all(text)]  # YAML dates → strings
    return [message for d in documents for e in validator.iter_errors(d) for message in _leaf_messages(e)]


def _leaf_messages(error: jsonschema.ValidationError) -> list[str]:
    """The messages under an `anyOf` (a list of objectives is a list of unions), not just its own."""
    return [error.message, *(m for sub in error.context or [] for m in _leaf_messages(sub))]


def test_schema_accepts_the_readme_example_and_the_starter_files(okr_schema_json: dict) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    format_example = readme.split("## The OKR file format", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    assert "objectives:" in format_example
    assert _errors(okr_schema_json, format_example) == []
    for lang in ("en", "ru", "zh"):
        okrs = starter_files(lang, date(2026, 1, 1))[Path("okrs/2026-Q1.okr.yaml")]
        assert _errors(okr_schema_json, okrs) == []


@pytest.mark.parametrize(("text", "error"), [
    ("objectives:\n  - titel: Грow\n", "'title' is a required property"),
    ("objectives:\n  - title: x\n    key_results:\n      - {title: y, score: 200}\n", "200 is greater than the maximum of 100"),
    ("objectives:\n  - title:\n", "None is not of type 'string'"),
    ("team: Sales\n", "'objectives' is a required property"),
    ("objectives: []\nlang: de\n", "'de' is not one of ['ru', 'en', 'zh']"),
])
def test_schema_rejects_what_okrlint_reports(okr_schema_json: dict, text: str, error: str) -> None:
    # pydantic < 2.7 writes the bound as 1.0: either spelling is the same schema
    assert any(e == error or e.startswith(error + ".") for e in _errors(okr_schema_json, text))
