"""Configuration: discovery upward, pyproject, precedence, options, severity overrides, errors."""

from tests.helpers import check_json, write

ONE_KR = "objectives:\n  - title: Make onboarding effortless\n    key_results: [Cut time to first deploy from 5 days to 1 day]\n"


def rules_of(run):
    return [f["rule"] for f in run.findings]


def test_okrlint_yaml_is_found_upward(tmp_path):
    write(tmp_path, ".okrlint.yaml", "ignore: [too-few-krs]\n")
    path = write(tmp_path, "deep/er/t.okr.yaml", ONE_KR)
    assert rules_of(check_json(path, "--select", "OKR1", cwd=tmp_path / "deep" / "er")) == []


def test_pyproject_table_is_used(tmp_path):
    write(tmp_path, "pyproject.toml", "[project]\nname='x'\n\n[tool.okrlint]\nseverity = { too-few-krs = 'error' }\n")
    run = check_json(write(tmp_path, "t.okr.yaml", ONE_KR), "--select", "too-few-krs", cwd=tmp_path)
    assert [(f["rule"], f["severity"]) for f in run.findings] == [("too-few-krs", "error")]


def test_okrlint_yaml_beats_pyproject_in_the_same_folder(tmp_path):
    write(tmp_path, "pyproject.toml", "[tool.okrlint]\nignore = []\n")
    write(tmp_path, ".okrlint.yaml", "ignore: [OKR102]\n")
    assert rules_of(check_json(write(tmp_path, "t.okr.yaml", ONE_KR), "--select", "OKR1", cwd=tmp_path)) == []


def test_nearer_config_wins(tmp_path):
    write(tmp_path, ".okrlint.yaml", "ignore: [too-few-krs]\n")
    write(tmp_path, "team/.okrlint.yaml", "lang: zh\n")
    run = check_json(write(tmp_path, "team/t.okr.yaml", ONE_KR), "--select", "OKR1", cwd=tmp_path / "team")
    assert [(f["rule"], f["lang"]) for f in run.findings] == [("too-few-krs", "zh")]


def test_command_line_overrides_the_file(tmp_path):
    write(tmp_path, ".okrlint.yaml", "select: [too-many-krs]\nlang: ru\n")
    path = write(tmp_path, "t.okr.yaml", ONE_KR)
    assert rules_of(check_json(path, cwd=tmp_path)) == []
    run = check_json(path, "--select", "too-few-krs", "--lang", "en", cwd=tmp_path)
    assert [(f["rule"], f["lang"]) for f in run.findings] == [("too-few-krs", "en")]


def test_explicit_config_flag(tmp_path):
    cfg = write(tmp_path, "ci.yaml", "too-few-krs: {min: 1}\n")
    assert rules_of(check_json(write(tmp_path, "t.okr.yaml", ONE_KR), "--select", "OKR1", "--config", str(cfg))) == []


def test_include_and_exclude_globs(tmp_path):
    write(tmp_path, ".okrlint.yaml", "include: ['plans/*.yaml']\nexclude: ['archive/**']\n")
    write(tmp_path, "plans/q1.yaml", ONE_KR)
    write(tmp_path, "archive/old.okr.yaml", ONE_KR)
    run = check_json(tmp_path, "--select", "too-few-krs", cwd=tmp_path)
    assert [f["path"].rsplit("/", 1)[-1] for f in run.findings] == ["q1.yaml"]


def test_bad_config_is_a_clear_error_with_exit_2(tmp_path):
    path = write(tmp_path, "t.okr.yaml", ONE_KR)
    cases = {
        "too-many-krs: {maximum: 4}\n": "too-many-krs has no option `maximum`",
        "too-many-krs: {max: four}\n": "too-many-krs.max must be a whole number",
        "ignore: [too-few-kr]\n": "unknown rule `too-few-kr`; did you mean `too-few-krs`?",
        "selct: [ALL]\n": "unknown setting `selct`; did you mean `select`?",
        "lang: fr\n": "lang must be one of auto, ru, en, zh",
        "select: [\n": "invalid YAML in the config file",
        "severity: {too-few-krs: fatal}\n": "must be one of error, warning, info",
    }
    for text, expected in cases.items():
        write(tmp_path, ".okrlint.yaml", text)
        run = check_json(path, cwd=tmp_path)
        assert run.code == 2, text
        assert expected in run.stderr.replace("\n", " "), (text, run.stderr)
