"""Edges of configuration and inline comments: option bounds, ALL in ignore, BOMs, reasons after a
directive, unknown rule names in comments, and rule packs that name an unknown scope."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from okrlint.registry import RuleDataError, load_rule_file, rules_dir
from tests.helpers import ROOT, check_json, cli, cli_process, write

SIX_OBJECTIVES = "objectives:\n" + "".join(
    f"  - title: Objective number {n} makes customers happier\n    key_results: [Raise NPS from {n} to {n + 10}, Cut churn from 9% to 5%]\n"
    for n in range(1, 7)
)
ONE_KR = "objectives:\n  - title: Make onboarding effortless{same}\n    key_results: [Cut time to first deploy from 5 days to 1 day]\n"
TASK_KR = "objectives:\n  - title: Make onboarding effortless\n    key_results:\n      - Launch the new onboarding flow{same}\n      - Cut time to first deploy from 5 days to 1 day\n"


def config_error(tmp_path: Path, config: str) -> str:
    """Lint one file under `config`; the run must stop with exit 2 and one line on stderr."""
    write(tmp_path, ".okrlint.yaml", config)
    write(tmp_path, "t.okr.yaml", ONE_KR.format(same=""))
    run = cli("check", "t.okr.yaml", cwd=tmp_path)
    assert run.code == 2 and run.stdout == "" and "Traceback" not in run.stderr, run.stderr
    return " ".join(run.stderr.split())


# -- B3: option bounds come from the rule packs -------------------------------------------------

@pytest.mark.parametrize("config, expected", [
    ("too-many-objectives: {max: -5}\n", "too-many-objectives.max must be at least 1, got -5"),
    ("too-many-objectives: {max: -1}\n", "too-many-objectives.max must be at least 1, got -1"),
    ("too-many-objectives: {max: 0}\n", "too-many-objectives.max must be at least 1, got 0"),
    ("too-many-krs: {max: 0}\n", "too-many-krs.max must be at least 1, got 0"),
    ("too-few-krs: {min: -2}\n", "too-few-krs.min must be at least 0, got -2"),
    ("cascaded-kpi: {min-overlap: 1.5}\n", "cascaded-kpi.min-overlap must be from 0 to 1, got 1.5"),
    ("cascaded-kpi: {min-overlap: -0.1}\n", "cascaded-kpi.min-overlap must be from 0 to 1, got -0.1"),
])
def test_an_option_outside_its_bounds_is_a_config_error(tmp_path: Path, config: str, expected: str) -> None:
    assert expected in config_error(tmp_path, config)


def test_a_negative_limit_exits_2_as_a_config_error_not_an_internal_error(tmp_path: Path) -> None:
    write(tmp_path, ".okrlint.yaml", "too-many-objectives: {max: -5}\n")
    write(tmp_path, "t.okr.yaml", SIX_OBJECTIVES)
    run = cli_process("check", "t.okr.yaml", cwd=tmp_path)
    assert run.code == 2 and "internal-error" not in run.stdout
    assert run.stderr.strip().endswith(".okrlint.yaml: too-many-objectives.max must be at least 1, got -5")


def test_the_smallest_allowed_limit_points_at_the_first_objective_past_it(tmp_path: Path) -> None:
    write(tmp_path, ".okrlint.yaml", "too-many-objectives: {max: 1}\n")
    run = check_json(write(tmp_path, "t.okr.yaml", SIX_OBJECTIVES), "--select", "too-many-objectives", cwd=tmp_path)
    assert [(f["rule"], f["line"], f["target"]) for f in run.findings] == [("too-many-objectives", 4, "objectives[1]")]


def test_too_few_krs_min_zero_is_allowed_and_turns_the_rule_quiet(tmp_path: Path) -> None:
    write(tmp_path, ".okrlint.yaml", "too-few-krs: {min: 0}\n")
    run = check_json(write(tmp_path, "t.okr.yaml", ONE_KR.format(same="")), "--select", "too-few-krs", cwd=tmp_path)
    assert run.code == 0 and run.findings == []


# -- B4: an int where a float is the default; no NaN or infinity --------------------------------

@pytest.mark.parametrize("value", ["1", "0", "1.0"])
def test_min_overlap_accepts_an_int_or_a_float_within_bounds(tmp_path: Path, value: str) -> None:
    write(tmp_path, ".okrlint.yaml", f"cascaded-kpi: {{min-overlap: {value}}}\n")
    run = check_json(write(tmp_path, "t.okr.yaml", ONE_KR.format(same="")), "--select", "cascaded-kpi", cwd=tmp_path)
    assert run.code == 0 and run.findings == []


@pytest.mark.parametrize("value, shown", [(".nan", "nan"), (".inf", "inf"), ("-.inf", "-inf")])
def test_min_overlap_refuses_nan_and_infinity(tmp_path: Path, value: str, shown: str) -> None:
    expected = f"cascaded-kpi.min-overlap must be a finite number, got {shown}"
    assert expected in config_error(tmp_path, f"cascaded-kpi: {{min-overlap: {value}}}\n")


def test_a_float_where_an_int_is_due_and_a_bool_for_a_number_are_still_refused(tmp_path: Path) -> None:
    assert "too-many-krs.max must be a whole number, got 4.5" in config_error(tmp_path, "too-many-krs: {max: 4.5}\n")
    assert "cascaded-kpi.min-overlap must be a number, got True" in config_error(tmp_path, "cascaded-kpi: {min-overlap: true}\n")


def test_bounds_are_checked_in_pyproject_toml_too(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", "[tool.okrlint.cascaded-kpi]\nmin-overlap = nan\n")
    write(tmp_path, "t.okr.yaml", ONE_KR.format(same=""))
    run = cli("check", "t.okr.yaml", cwd=tmp_path)
    assert run.code == 2 and "cascaded-kpi.min-overlap must be a finite number, got nan" in run.stderr


def test_rule_pages_show_the_allowed_range() -> None:
    run = cli("rule", "too-many-objectives", cwd=ROOT, env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert run.code == 0 and "allowed" in run.stdout and "≥ 1" in run.stdout


# -- B8: reasons, code prefixes and unknown names in suppression comments ------------------------

def task_findings(tmp_path: Path, same: str, *extra: str) -> list[tuple[str, int, int]]:
    return check_json(write(tmp_path, "t.okr.yaml", TASK_KR.format(same=same)), "--select", "task-not-outcome", *extra).brief()


@pytest.mark.parametrize("comment", [
    "  # okrlint: disable=task-not-outcome -- agreed with PM",
    "  # okrlint: disable=task-not-outcome--agreed with PM",
    "  # okrlint: disable=task-not-outcome agreed with PM on 2026-01-10",
    "  # okrlint: disable=task-not-outcome, unmeasurable  -- согласовано с PM",
    "  # okrlint: disable=OKR2 -- the whole text family",
    "  # okrlint: disable=okr201",
    "  # okrlint: disable -- agreed with PM",
])
def test_a_directive_with_a_reason_or_a_code_prefix_silences_the_line(tmp_path: Path, comment: str) -> None:
    assert task_findings(tmp_path, comment) == []


def test_a_code_prefix_silences_only_its_family(tmp_path: Path) -> None:
    text = "objectives:\n  - title: Make onboarding effortless  # okrlint: disable=OKR2\n    key_results: [Launch the new onboarding flow]\n"
    run = check_json(write(tmp_path, "t.okr.yaml", text), "--select", "OKR1,OKR2")
    assert run.brief() == [("too-few-krs", 2, 12), ("task-not-outcome", 3, 19)]


def test_disable_file_with_a_prefix_and_a_reason(tmp_path: Path) -> None:
    text = "# okrlint: disable-file=OKR2 -- drafts, judged at review\n" + TASK_KR.format(same="")
    assert check_json(write(tmp_path, "t.okr.yaml", text), "--select", "OKR2").findings == []


def test_an_unknown_rule_in_a_comment_is_a_warning_at_the_name_with_a_hint(tmp_path: Path) -> None:
    comment = "  # okrlint: disable=task-not-outcom -- agreed with PM"
    run = check_json(write(tmp_path, "t.okr.yaml", TASK_KR.format(same=comment)), "--select", "task-not-outcome", "--lang", "en")
    unknown = next({k: v for k, v in f.items() if k != "path"} for f in run.findings if f["rule"] == "bad-suppression")
    column = TASK_KR.splitlines()[3].index("{same}") + comment.index("task-not-outcom") + 1
    assert unknown == {
        "line": 4, "column": column, "end_line": 4, "end_column": column + len("task-not-outcom"), "code": "OKR003",
        "rule": "bad-suppression", "severity": "warning", "lang": "en", "target": "", "text": "", "evidence": None, "suggestion": None,
        "message": "Unknown rule `task-not-outcom` in an `# okrlint:` comment; it silences nothing. Did you mean `task-not-outcome`?",
    }
    assert [f["rule"] for f in run.findings] == ["task-not-outcome", "bad-suppression"]  # nothing was silenced
    assert run.code == 1


@pytest.mark.parametrize("lang, expected", [
    ("en", "Unknown rule `no-such-rule` in an `# okrlint:` comment; it silences nothing (see `okrlint rules`)"),
    ("ru", "Неизвестное правило `no-such-rule` в комментарии `# okrlint:`; это имя ничего не отключает (список: `okrlint rules`)"),
    ("zh", "`# okrlint:` 注释中有未知的规则 `no-such-rule`；它不会屏蔽任何检查（参见 `okrlint rules`）"),
])
def test_an_unknown_rule_in_a_comment_speaks_every_language(tmp_path: Path, lang: str, expected: str) -> None:
    path = write(tmp_path, "t.okr.yaml", "# okrlint: disable-file=no-such-rule\n" + ONE_KR.format(same=""))
    run = check_json(path, "--select", "OKR2", "--lang", lang)
    assert [(f["rule"], f["severity"], f["line"], f["column"], f["message"]) for f in run.findings] == [
        ("bad-suppression", "warning", 1, 25, expected)]


def test_a_known_name_beside_an_unknown_one_still_works(tmp_path: Path) -> None:
    comment = "  # okrlint: disable=task-not-outcome,unmeasurabel"
    run = check_json(write(tmp_path, "t.okr.yaml", TASK_KR.format(same=comment)), "--select", "OKR2", "--lang", "en")
    assert [(f["rule"], f["message"].split(";")[0]) for f in run.findings] == [
        ("bad-suppression", "Unknown rule `unmeasurabel` in an `# okrlint:` comment")]


def test_a_misspelt_directive_is_not_a_bare_disable(tmp_path: Path) -> None:
    # "disable-nextline" once read as a bare `disable` (every rule on this line) followed by junk
    assert task_findings(tmp_path, "  # okrlint: disable-nextline=unmeasurable") == [("task-not-outcome", 4, 9)]


# -- B9: ALL in ignore ----------------------------------------------------------------------------

def test_ignore_all_on_the_command_line_ignores_every_rule_but_the_always_on_ones(tmp_path: Path) -> None:
    write(tmp_path, "t.okr.yaml", TASK_KR.format(same=""))
    write(tmp_path, "broken.okr.yaml", "objectives: [\n")
    run = cli("check", ".", "--format", "json", "--ignore", "ALL", cwd=tmp_path)
    assert [(f["path"], f["rule"]) for f in run.findings] == [("broken.okr.yaml", "invalid-okr")]


def test_ignore_all_in_the_config(tmp_path: Path) -> None:
    write(tmp_path, ".okrlint.yaml", "ignore: [ALL]\n")
    run = check_json(write(tmp_path, "t.okr.yaml", TASK_KR.format(same="")), cwd=tmp_path)
    assert run.code == 0 and run.findings == []


# -- B15: a BOM in pyproject.toml or .okrlint.yaml -------------------------------------------------

def test_a_bom_in_pyproject_toml_is_not_invalid_toml(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_bytes("\ufeff[tool.okrlint]\nignore = ['too-few-krs']\n".encode("utf-8"))
    run = check_json(write(tmp_path, "t.okr.yaml", ONE_KR.format(same="")), "--select", "OKR1", cwd=tmp_path)
    assert run.code == 0 and run.findings == []


def test_a_bom_in_okrlint_yaml_is_fine(tmp_path: Path) -> None:
    (tmp_path / ".okrlint.yaml").write_bytes("\ufeffignore: [too-few-krs]\n".encode("utf-8"))
    run = check_json(write(tmp_path, "t.okr.yaml", ONE_KR.format(same="")), "--select", "OKR1", cwd=tmp_path)
    assert run.code == 0 and run.findings == []


# -- F3: YAML type names come from the rule pack ------------------------------------------------

@pytest.mark.parametrize("lang, expected", [
    ("en", "objectives must be a list, got a mapping"),
    ("ru", "objectives: ожидается список, а здесь отображение"),
    ("zh", "objectives 应当是 列表，实际是 映射"),
])
def test_schema_messages_name_yaml_types_in_the_message_language(tmp_path: Path, lang: str, expected: str) -> None:
    run = check_json(write(tmp_path, "t.okr.yaml", "objectives: {title: x}\n"), "--lang", lang)
    assert expected in [f["message"] for f in run.findings]


# -- B14: rule packs name a known scope ---------------------------------------------------------

def test_every_builtin_rule_pack_has_a_known_scope() -> None:
    scopes = {p.stem: load_rule_file(p).scope for p in rules_dir().glob("*.yaml") if not p.name.startswith("_")}
    assert scopes["invalid-okr"] == scopes["internal-error"] == "file"
    assert set(scopes.values()) <= {"file", "set", "objective", "key_result"}


@pytest.mark.parametrize("extra, expected", [
    ("scope: objectiv\n", "unknown scope 'objectiv' (allowed: file, set, objective, key_result)"),
    ("scope: objective\noptions: {max: 5}\nbounds: {max: [6, null]}\n", "the default of `max` (5) is outside its bounds"),
    ("scope: objective\noptions: {max: 5}\nbounds: {maxx: [1, null]}\n", "bounds name `maxx`, which is not an option"),
    ("scope: objective\noptions: {max: 5}\nbounds: {max: 1}\n", "bounds of `max` must be [least, most] numbers or null"),
])
def test_a_malformed_rule_pack_is_a_rule_data_error_naming_the_file(tmp_path: Path, extra: str, expected: str) -> None:
    pack = write(tmp_path, "bad-rule.yaml", "code: XYZ1\nname: bad-rule\nseverity: warning\n"
                 "summary: {en: x}\nrationale: {en: x}\n" + extra)
    with pytest.raises(RuleDataError) as caught:
        load_rule_file(pack)
    assert str(caught.value).startswith(str(pack)) and expected in str(caught.value)


PLUGIN = '''\
from okrlint.findings import Severity
from okrlint.registry import Rule

RULE = Rule(code="XYZ200", name="wrong-scope", severity=Severity.WARNING, scope="objectives",
            summary={"en": "x"}, rationale={"en": "x"}, messages={}, check=lambda objective, ctx: iter(()))
'''


def test_a_plugin_rule_with_an_unknown_scope_is_reported_not_silently_skipped(tmp_path: Path) -> None:
    (tmp_path / "scope_plugin.py").write_text(PLUGIN, encoding="utf-8")
    dist_info = tmp_path / "scope_plugin-0.1.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: scope-plugin\nVersion: 0.1\n", encoding="utf-8")
    (dist_info / "entry_points.txt").write_text("[okrlint.rules]\nwrong = scope_plugin:RULE\n", encoding="utf-8")
    okr = write(tmp_path, "t.okr.yaml", TASK_KR.format(same=""))
    env = {"PYTHONPATH": os.pathsep.join([str(ROOT), str(tmp_path)])}
    run = cli_process("check", str(okr), "--format", "json", "--select", "OKR1", "--lang", "en", env=env)
    assert run.code == 2
    assert [f["message"] for f in run.findings if f["rule"] == "internal-error"] == [
        "Plugin wrong could not be loaded and was skipped: "
        "ValueError: unknown scope 'objectives' (allowed: file, set, objective, key_result)"]
