"""Structured suggestions (JSON `suggestion`, SARIF `fixes`) and `--fix` / `--diff` for safe fixes."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tests.helpers import check_json, cli, cli_process, write

SARIF_SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))

UNUSED = """objectives:
  - title: Make onboarding effortless for new developers
    key_results:
      # okrlint: disable-next-line=so-what
      - Cut time to first deploy from 5 days to 1 day  # okrlint: disable=unmeasurable -- agreed with PM
      - Launch the new flow  # okrlint: disable=task-not-outcome,unmeasurable
      - Raise onboarding satisfaction from 6 to 8
"""
FIXED = """objectives:
  - title: Make onboarding effortless for new developers
    key_results:
      - Cut time to first deploy from 5 days to 1 day
      - Launch the new flow  # okrlint: disable=task-not-outcome
      - Raise onboarding satisfaction from 6 to 8
"""


@pytest.mark.parametrize("lang,kr,template,description", [
    ("en", "Launch the new onboarding flow", "⟨Raise|Cut⟩ ⟨metric⟩ from ⟨A⟩ to ⟨B⟩ by ⟨date⟩",
     "Move the key result to the objective's initiatives:"),
    ("ru", "Запустить новую программу адаптации", "⟨Увеличить|Снизить⟩ ⟨метрика⟩ с ⟨A⟩ до ⟨B⟩ к ⟨дата⟩",
     "Перенести ключевой результат в initiatives: цели"),
    ("zh", "上线新手引导流程", "到⟨日期⟩，⟨指标⟩从⟨A⟩⟨提升|降低⟩到⟨B⟩", "把这个关键结果移到目标的 initiatives:"),
])
def test_a_task_kr_carries_the_shape_of_a_rewrite_and_the_move_in_its_language(tmp_path, lang, kr, template, description):
    text = f"objectives:\n  - title: Make onboarding effortless for new developers\n    key_results:\n      - {kr}\n" \
           "      - Raise onboarding satisfaction from 6 to 8\n"
    (finding,) = check_json(write(tmp_path, "t.okr.yaml", text), "--select", "task-not-outcome").findings
    assert finding["suggestion"] == {"template": template, "fix": {"description": description, "edits": [
        {"line": 4, "column": 1, "end_line": 5, "end_column": 1, "text": ""},
        {"line": 6, "column": 1, "end_line": 6, "end_column": 1, "text": "    initiatives:\n"},
        {"line": 6, "column": 1, "end_line": 6, "end_column": 1, "text": f"      - {kr}\n"}]}}


def test_findings_without_a_rewrite_shape_have_no_suggestion(tmp_path):
    text = "objectives:\n  - title: Make onboarding effortless for new developers\n    key_results: [Cut time from 5 to 1 day]\n"
    (finding,) = check_json(write(tmp_path, "t.okr.yaml", text), "--select", "too-few-krs").findings
    assert finding["suggestion"] is None


def test_unused_suppression_carries_a_safe_fix(tmp_path):
    findings = check_json(write(tmp_path, "t.okr.yaml", UNUSED)).findings
    fixes = [(f["line"], f["text"], f["suggestion"]["fix"]) for f in findings]
    assert fixes == [
        (4, "so-what", {"description": "Remove the `# okrlint:` comment",
                        "edits": [{"line": 4, "column": 1, "end_line": 5, "end_column": 1, "text": ""}]}),
        (5, "unmeasurable", {"description": "Remove the `# okrlint:` comment",
                             "edits": [{"line": 5, "column": 54, "end_line": 5, "end_column": 105, "text": ""}]}),
        (6, "unmeasurable", {"description": "Remove `unmeasurable` from the `# okrlint:` comment",
                             "edits": [{"line": 6, "column": 65, "end_line": 6, "end_column": 78, "text": ""}]}),
    ]


def test_diff_shows_the_fixes_and_changes_nothing(tmp_path):
    path = write(tmp_path, "t.okr.yaml", UNUSED)
    run = cli_process("check", "t.okr.yaml", "--diff", cwd=tmp_path)
    assert run.code == 1
    assert run.stdout.splitlines()[:2] == ["--- a/t.okr.yaml", "+++ b/t.okr.yaml"]
    assert "-      # okrlint: disable-next-line=so-what" in run.stdout
    assert "+      - Launch the new flow  # okrlint: disable=task-not-outcome" in run.stdout
    assert path.read_text(encoding="utf-8") == UNUSED
    clean = write(tmp_path, "clean.okr.yaml", FIXED)
    assert cli_process("check", str(clean), "--diff").code == 0


def test_fix_writes_the_safe_fixes_then_reports_what_is_left(tmp_path):
    path = write(tmp_path, "t.okr.yaml", UNUSED + "      - Write the onboarding guide  # draft\n")  # a comment: not moved
    run = cli_process("check", "t.okr.yaml", "--fix", "--format", "json", cwd=tmp_path)
    assert path.read_text(encoding="utf-8") == FIXED + "      - Write the onboarding guide  # draft\n"
    assert "fixed 3 findings in 1 file" in run.stderr
    assert run.code == 1 and run.brief() == [("task-not-outcome", 7, 9)]


def test_fix_keeps_crlf_line_ends_and_a_bom(tmp_path):
    path = tmp_path / "t.okr.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + UNUSED.replace("\n", "\r\n").encode("utf-8"))
    assert cli("check", str(path), "--fix").code == 0
    assert path.read_bytes() == b"\xef\xbb\xbf" + FIXED.replace("\n", "\r\n").encode("utf-8")


def test_fix_refuses_stdin_and_fix_with_diff(tmp_path):
    run = cli_process("check", "-", "--fix", stdin=UNUSED)
    assert run.code == 2 and "--fix cannot write back to stdin" in run.stderr
    run = cli_process("check", str(write(tmp_path, "t.okr.yaml", UNUSED)), "--fix", "--diff")
    assert run.code == 2 and "choose one" in run.stderr


def test_sarif_fixes_are_valid_replacements(tmp_path):
    write(tmp_path, "t.okr.yaml", UNUSED)
    run = cli("check", "t.okr.yaml", "--format", "sarif", cwd=tmp_path)
    log = json.loads(run.stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    fixes = [r["fixes"] for r in log["runs"][0]["results"]]
    assert fixes[2] == [{"description": {"text": "Remove `unmeasurable` from the `# okrlint:` comment"},
                         "artifactChanges": [{"artifactLocation": {"uri": "t.okr.yaml", "uriBaseId": "%SRCROOT%"},
                                              "replacements": [{"deletedRegion": {"startLine": 6, "startColumn": 65,
                                                                                  "endLine": 6, "endColumn": 78},
                                                                "insertedContent": {"text": ""}}]}]}]


def test_sarif_carries_the_rewrite_shape_as_a_property(tmp_path):
    text = "objectives:\n  - title: Make onboarding effortless for new developers\n    key_results:\n" \
           "      - Launch the new onboarding flow  # pilot first\n      - Raise onboarding satisfaction from 6 to 8\n"
    write(tmp_path, "t.okr.yaml", text)
    log = json.loads(cli("check", "t.okr.yaml", "--format", "sarif", cwd=tmp_path).stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    (result,) = log["runs"][0]["results"]
    assert result["properties"]["suggestion"] == "⟨Raise|Cut⟩ ⟨metric⟩ from ⟨A⟩ to ⟨B⟩ by ⟨date⟩"
    assert "fixes" not in result


def test_diff_escapes_control_characters_from_the_file(tmp_path):
    text = UNUSED.replace("Launch the new flow", "Launch the \x1b[31mnew\x1b[0m flow")
    write(tmp_path, "t.okr.yaml", text)
    run = cli_process("check", "t.okr.yaml", "--diff", cwd=tmp_path)
    assert "\x1b" not in run.stdout and "Launch the \\x1b[31mnew\\x1b[0m flow" in run.stdout
