"""Adopting okrlint on a repo that already has OKRs: baselines, extends, per-file-ignores,
profiles and unused suppression comments — all through the real CLI."""

from __future__ import annotations

import json

import pytest

from tests.helpers import check_json, cli, cli_process, write

BAD = """objectives:
  - title: Make onboarding effortless for new developers
    key_results:
      - Launch the new onboarding flow
      - Raise onboarding satisfaction from 6 to 8
"""


# -- baseline ---------------------------------------------------------------------------------
def test_baseline_round_trip(tmp_path):
    okr = write(tmp_path, "okrs/team.okr.yaml", BAD)
    written = cli_process("check", "okrs", "--write-baseline", "baseline.json", cwd=tmp_path)
    assert written.code == 0 and "recorded 1 finding in baseline.json" in written.stderr
    entries = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))["findings"]
    assert entries == [{"path": "okrs/team.okr.yaml", "rule": "task-not-outcome", "code": "OKR201",
                        "target": "objectives[0].key_results[0]", "text": "Launch the new onboarding flow", "count": 1}]
    assert cli_process("check", "okrs", "--baseline", "baseline.json", cwd=tmp_path).code == 0
    okr.write_text("# Q3 OKRs of the onboarding team\n\nperiod: 2026-Q3\n" + BAD, encoding="utf-8")  # lines above
    clean = cli_process("check", "okrs", "--baseline", "baseline.json", cwd=tmp_path)
    assert clean.code == 0 and "no problems found (1 in the baseline)" in clean.stdout
    okr.write_text(okr.read_text(encoding="utf-8") + "      - Write the onboarding guide\n", encoding="utf-8")
    new = cli_process("check", "okrs", "--baseline", "baseline.json", "--format", "json", cwd=tmp_path)
    assert new.code == 1
    assert [(f["rule"], f["line"], f["column"], f["text"]) for f in new.findings] == [
        ("task-not-outcome", 9, 9, "Write the onboarding guide")]


def test_baseline_counts_stale_entries_and_a_rewrite_drops_them(tmp_path):
    okr = write(tmp_path, "okrs/team.okr.yaml", BAD)
    assert cli("check", "okrs", "--write-baseline", "baseline.json", cwd=tmp_path).code == 0
    okr.write_text(BAD.replace("Launch the new onboarding flow", "Cut time to first deploy from 5 days to 1 day"), encoding="utf-8")
    run = cli("check", "okrs", "--baseline", "baseline.json", cwd=tmp_path, env={"NO_COLOR": "1"})
    assert run.code == 0 and "no problems found (1 stale baseline entry)" in run.stdout
    assert cli("check", "okrs", "--write-baseline", "baseline.json", cwd=tmp_path).code == 0
    assert json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))["findings"] == []


def test_baseline_matches_from_another_folder(tmp_path):
    write(tmp_path, "okrs/team.okr.yaml", BAD)
    (tmp_path / "ci").mkdir()
    assert cli("check", "okrs", "--write-baseline", "ci/baseline.json", cwd=tmp_path).code == 0
    assert cli("check", "team.okr.yaml", "--baseline", "../ci/baseline.json", cwd=tmp_path / "okrs").code == 0


def test_an_edited_kr_is_a_new_finding(tmp_path):
    okr = write(tmp_path, "okrs/team.okr.yaml", BAD)
    assert cli("check", "okrs", "--write-baseline", "baseline.json", cwd=tmp_path).code == 0
    okr.write_text(BAD.replace("Launch the new onboarding flow", "Launch the new signup flow"), encoding="utf-8")
    run = cli("check", "okrs", "--baseline", "baseline.json", "--format", "json", cwd=tmp_path)
    assert run.code == 1 and run.brief() == [("task-not-outcome", 4, 9)]


@pytest.mark.parametrize("content,message", [
    (None, "baseline file not found"),
    ("{not json", "not a baseline file (invalid JSON"),
    ('{"okrlint-baseline": 1, "findings": [{"path": "a"}]}', "findings[0] needs text fields path, rule, target, text"),
    ('{"findings": []}', "not an okrlint baseline"),
])
def test_a_bad_baseline_file_is_one_clear_error(tmp_path, content, message):
    write(tmp_path, "okrs/team.okr.yaml", BAD)
    if content is not None:
        write(tmp_path, "baseline.json", content)
    run = cli_process("check", "okrs", "--baseline", "baseline.json", cwd=tmp_path)
    assert run.code == 2 and message in run.stderr and "Traceback" not in run.stderr


# -- per-file-ignores and extends --------------------------------------------------------------
def test_per_file_ignores(tmp_path):
    write(tmp_path, "okrs/drafts/next.okr.yaml", BAD)
    write(tmp_path, "okrs/team.okr.yaml", BAD)
    write(tmp_path, ".okrlint.yaml", 'per-file-ignores:\n  "okrs/drafts/*": [task-not-outcome]\n')
    run = check_json(tmp_path / "okrs", cwd=tmp_path)
    assert [(f["path"].split("okrs/")[1], f["rule"]) for f in run.findings] == [("team.okr.yaml", "task-not-outcome")]


def test_per_file_ignores_never_hide_a_broken_file(tmp_path):
    write(tmp_path, "okrs/drafts/next.okr.yaml", "objectives:\n  - title: [unclosed\n")
    write(tmp_path, ".okrlint.yaml", 'per-file-ignores: {"okrs/drafts/*": [ALL]}\n')
    assert [f["rule"] for f in check_json(tmp_path / "okrs", cwd=tmp_path).findings] == ["invalid-okr"]


def test_extends_a_file_and_lays_own_settings_over_it(tmp_path):
    write(tmp_path, "base.okrlint.yaml", "ignore: [task-not-outcome]\nseverity: {too-few-krs: info}\ntoo-many-krs: {max: 3}\n")
    write(tmp_path, "team/.okrlint.yaml", "extends: ../base.okrlint.yaml\nseverity: {so-what: info}\n")
    write(tmp_path, "team/okrs/a.okr.yaml", BAD.replace("      - Raise onboarding satisfaction from 6 to 8\n", ""))
    run = check_json(tmp_path / "team" / "okrs", cwd=tmp_path / "team")
    assert [(f["rule"], f["severity"]) for f in run.findings] == [("too-few-krs", "info")]


@pytest.mark.parametrize("config,message", [
    ("extends: nothing-here.yaml\n", "extends: `nothing-here.yaml` is neither a config file nor a profile"),
    ("extends: .okrlint.yaml\n", "extends itself (a loop)"),
    ("profile: gogle\n", "unknown profile `gogle`"),
    ("per-file-ignores: [a]\n", "per-file-ignores must be a mapping of glob → rules"),
    ('per-file-ignores: {"a/*": [no-such-rule]}\n', "unknown rule `no-such-rule`"),
    ("score-scale: 10\n", "score-scale must be 1 (scores 0..1) or 100 (scores 0..100), got 10"),
])
def test_config_mistakes_are_clear_errors(tmp_path, config, message):
    write(tmp_path, ".okrlint.yaml", config)
    write(tmp_path, "a.okr.yaml", BAD)
    run = cli_process("check", "a.okr.yaml", cwd=tmp_path)
    assert run.code == 2 and message in run.stderr and "Traceback" not in run.stderr


# -- profiles ----------------------------------------------------------------------------------
def test_profile_cascade_turns_off_cascaded_kpi(tmp_path):
    text = ("objectives:\n  - id: grow\n    title: Become the cloud platform mid-size banks trust\n"
            "    key_results: [Grow ARR from $10M to $15M, Raise NPS from 35 to 50]\n"
            "  - title: Grow ARR from $10M to $15M\n    parent: \"#grow\"\n"
            "    key_results: [Raise trial-to-paid conversion from 15% to 25%, Cut sales cycle from 90 to 60 days]\n")
    write(tmp_path, "a.okr.yaml", text)
    assert "cascaded-kpi" in {f["rule"] for f in check_json(tmp_path / "a.okr.yaml", cwd=tmp_path).findings}
    write(tmp_path, ".okrlint.yaml", "profile: cascade\n")
    assert "cascaded-kpi" not in {f["rule"] for f in check_json(tmp_path / "a.okr.yaml", cwd=tmp_path).findings}


def test_profile_google_owners_and_grading(tmp_path):
    text = ("period: 2026-Q2\nobjectives:\n  - title: Customers can rely on checkout during peak sales\n    type: committed\n"
            "    key_results:\n      - {title: Raise checkout availability from 99.5% to 99.95%, score: 0.8}\n"
            "      - {title: Reduce p95 checkout latency from 1200 ms to 400 ms, score: 1}\n")
    write(tmp_path, ".okrlint.yaml", "profile: google\n")
    run = check_json(write(tmp_path, "a.okr.yaml", text), cwd=tmp_path)
    assert [(f["rule"], f["severity"], f["line"]) for f in run.findings] == [("missing-owner", "warning", 3),
                                                                              ("committed-missed", "error", 3)]


def test_profile_startup_keeps_output_krs_as_info_and_own_settings_win(tmp_path):
    write(tmp_path, ".okrlint.yaml", "profile: startup\nseverity: {too-few-krs: error}\nno-deadline: false\n")
    run = check_json(write(tmp_path, "a.okr.yaml", BAD), cwd=tmp_path)
    assert [(f["rule"], f["severity"]) for f in run.findings] == [("task-not-outcome", "info")]


def test_rules_lists_the_profiles_that_turn_each_rule_on():
    listed = {r["name"]: r["profiles"] for r in json.loads(cli("rules", "--format", "json").stdout)}
    assert listed["cascaded-kpi"] == ["default", "balanced", "google", "startup"]
    assert listed["no-deadline"] == ["balanced", "google", "startup"]
    assert listed["binary-kr"] == listed["initiative-as-kr"] == ["balanced", "google"]
    assert listed["missing-owner"] == ["google"] and listed["o3k3"] == []
    table = cli("rules", env={"COLUMNS": "250", "NO_COLOR": "1"}).stdout
    row = next(line for line in table.splitlines() if " OKR210 " in line)
    assert "balanced, google, startup" in row


# -- unused-suppression ------------------------------------------------------------------------
@pytest.mark.parametrize("kr,message", [
    ("Cut time to first deploy from 5 days to 1 day", "`unmeasurable` in this `# okrlint:` comment silences nothing here"),
    ("Сократить срок согласования договоров с 5 до 1 дня", "`unmeasurable` в этом комментарии `# okrlint:` здесь ничего не подавляет"),
    ("新客户7日激活率从35%提升到60%", "此 `# okrlint:` 注释中的 `unmeasurable` 在这里没有屏蔽任何问题"),
])
def test_unused_suppression_in_three_languages(tmp_path, kr, message):
    text = f"objectives:\n  - title: Make onboarding effortless\n    key_results:\n      - {kr}  # okrlint: disable=unmeasurable\n"
    text += "      - Raise onboarding satisfaction from 6 to 8\n"
    run = check_json(write(tmp_path, "t.okr.yaml", text), "--select", "OKR004,unmeasurable")
    column = len(f"      - {kr}  # okrlint: disable=") + 1
    assert run.brief() == [("unused-suppression", 4, column)]
    assert run.findings[0]["message"].startswith(message)


def test_a_used_directive_and_one_for_a_rule_that_did_not_run_are_fine(tmp_path):
    text = BAD.replace("flow\n", "flow  # okrlint: disable=task-not-outcome,so-what\n")
    run = check_json(write(tmp_path, "t.okr.yaml", text), "--select", "OKR004,task-not-outcome")
    assert run.findings == []  # task-not-outcome was silenced; so-what did not run, so no verdict on it
    run = check_json(tmp_path / "t.okr.yaml", "--select", "OKR004,task-not-outcome,so-what")
    assert run.brief() == [("unused-suppression", 4, 77)]


def test_a_bare_directive_that_silences_nothing(tmp_path):
    text = BAD.replace("from 6 to 8\n", "from 6 to 8  # okrlint: disable\n")
    run = check_json(write(tmp_path, "t.okr.yaml", text))
    assert run.brief() == [("task-not-outcome", 4, 9), ("unused-suppression", 5, 52)]
    text = text.replace("      - Raise", "      # okrlint: disable-next-line=unused-suppression -- kept on purpose\n      - Raise")
    assert check_json(write(tmp_path, "t.okr.yaml", text)).brief() == [("task-not-outcome", 4, 9)]


def test_extends_names_a_profile_and_select_on_the_command_line_replaces_its_additions(tmp_path):
    write(tmp_path, ".okrlint.yaml", "extends: balanced\n")
    write(tmp_path, "a.okr.yaml", BAD.replace("from 6 to 8", "from 6 to 8 by end of Q2"))
    # one action is not a list (initiative-as-kr stays quiet); the first KR has no time bound
    assert check_json(tmp_path / "a.okr.yaml", cwd=tmp_path).brief() == [("task-not-outcome", 4, 9), ("no-deadline", 4, 9)]
    only = check_json(tmp_path / "a.okr.yaml", "--select", "task-not-outcome", cwd=tmp_path)
    assert [f["rule"] for f in only.findings] == ["task-not-outcome"]


def test_the_readme_config_example_is_a_valid_config(tmp_path):
    """The block of newer keys in README's Configuration section builds (its `extends:` file provided)."""
    from okrlint.config import load_config
    from okrlint.registry import load_registry
    from tests.helpers import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("More keys, as in the linters people know:", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    write(tmp_path, "okrlint-base.yaml", "ignore: [too-few-krs]\n")
    write(tmp_path, "team/.okrlint.yaml", block)
    config = load_config(tmp_path / "team", load_registry())
    assert "o3k3" in config.extend_select and "missing-owner" in config.extend_select  # from `google`
    assert config.ignore == ["too-few-krs"] and config.score_scale == 100
    assert [glob for glob, _ in config.per_file_ignores] == ["okrs/archive/**", "okrs/drafts/*.okr.yaml"]


def test_layered_ignore_adds_up_and_a_select_starts_afresh(tmp_path):
    """`profile: cascade` (ignore cascaded-kpi) under `ignore: [too-few-krs]` ignores both; a file's
    own `select:` drops what the profile added with extend-select."""
    from okrlint.config import load_config
    from okrlint.registry import load_registry

    write(tmp_path, ".okrlint.yaml", "profile: cascade\nignore: [too-few-krs]\n")
    assert load_config(tmp_path, load_registry()).ignore == ["cascaded-kpi", "too-few-krs"]
    write(tmp_path, ".okrlint.yaml", "profile: google\nselect: [task-not-outcome]\n")
    config = load_config(tmp_path, load_registry())
    assert (config.select, config.extend_select) == (["task-not-outcome"], [])
