"""The safe structural fix for a task KR: `--diff` shows and `--fix` writes its move into the objective's `initiatives:`."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import jsonschema
import pytest

from okrlint.findings import Edit, Finding, Fix, Severity, Span, Suggestion
from okrlint.fixer import plan_fixes
from tests.helpers import check_json, cli, cli_process, write

SARIF_SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))

# Per language: two movable task KRs and one with a comment on its line (not moved) in the first
# objective, which has no initiatives; one task KR in the second, which has a block list of them.
OKRS = {
    "en": ("Make onboarding effortless for new developers", "Launch the new onboarding flow",
           "Raise onboarding satisfaction from 6 to 8", "'Write the onboarding guide'",
           "Launch the mentor program  # agreed with the PM", "Anna",
           "New customers see the value of the product in their first week",
           "Cut first-week tickets per customer from 3 to 1", "Launch the in-app tour", "Interview 10 new customers"),
    "ru": ("Новые разработчики быстро выходят на полную скорость", "Запустить новую программу адаптации",
           "Сократить время до первого деплоя с 5 до 1 дня", '"Написать руководство для новичков"',
           "Запустить программу наставников  # согласовано с PM", "Анна",
           "Новые клиенты видят ценность продукта в первую неделю",
           "Снизить число обращений в первую неделю с 3 до 1 на клиента", "Запустить интерактивный тур по продукту",
           "Опросить 10 новых клиентов"),
    "zh": ("让新开发者快速上手", "上线新手引导流程", "首次部署时间从5天缩短到1天", '"编写新手指南"',
           "上线导师计划  # 已与产品经理确认", "安娜", "让新客户在第一周就感受到产品价值", "首周工单数从每客户3张降到1张",
           "上线产品导览", "访谈10位新客户"),
}


def before(lang: str) -> str:
    title, task1, outcome, task2, kept, owner, title2, outcome2, task3, initiative = OKRS[lang]
    return (f"objectives:\n  - title: {title}\n    key_results:\n      - {task1}\n      - {outcome}\n      - {task2}\n"
            f"      - {kept}\n    owner: {owner}\n  - title: {title2}\n    key_results:\n      - {outcome2}\n"
            f"      - {task3}\n    initiatives:\n      - {initiative}\n")


def after(lang: str) -> str:
    title, task1, outcome, task2, kept, owner, title2, outcome2, task3, initiative = OKRS[lang]
    return (f"objectives:\n  - title: {title}\n    key_results:\n      - {outcome}\n      - {kept}\n"
            f"    initiatives:\n      - {task1}\n      - {task2}\n    owner: {owner}\n  - title: {title2}\n"
            f"    key_results:\n      - {outcome2}\n    initiatives:\n      - {initiative}\n      - {task3}\n")


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_diff_shows_the_moves_and_changes_nothing(tmp_path, lang):
    path = write(tmp_path, "t.okr.yaml", before(lang))
    run = cli_process("check", "t.okr.yaml", "--select", "task-not-outcome", "--diff", cwd=tmp_path)
    assert run.code == 1
    expected = difflib.unified_diff(before(lang).splitlines(keepends=True), after(lang).splitlines(keepends=True),
                                    "a/t.okr.yaml", "b/t.okr.yaml")
    assert run.stdout == "".join(expected)  # the diff of exactly what --fix writes
    assert path.read_text(encoding="utf-8") == before(lang)


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_fix_moves_every_movable_task_kr_then_reports_what_is_left(tmp_path, lang):
    path = write(tmp_path, "t.okr.yaml", before(lang))
    run = cli_process("check", "t.okr.yaml", "--select", "task-not-outcome", "--fix", "--format", "json", cwd=tmp_path)
    assert path.read_text(encoding="utf-8") == after(lang)
    assert "fixed 3 findings in 1 file" in run.stderr
    assert run.code == 1 and run.brief() == [("task-not-outcome", 5, 9)]  # the KR with a comment on its line
    relint = check_json(path)  # every rule: the fixed file is valid and reads as the same OKRs
    assert "invalid-okr" not in {f["rule"] for f in relint.findings}
    assert cli_process("check", "t.okr.yaml", "--select", "task-not-outcome", "--diff", cwd=tmp_path).code == 0


def test_fix_keeps_crlf_line_ends_and_a_bom(tmp_path):
    path = tmp_path / "t.okr.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + before("ru").replace("\n", "\r\n").encode("utf-8"))
    assert cli("check", str(path), "--select", "task-not-outcome", "--fix").code == 1
    assert path.read_bytes() == b"\xef\xbb\xbf" + after("ru").replace("\n", "\r\n").encode("utf-8")


def test_sarif_fixes_carry_the_move_and_are_valid(tmp_path):
    write(tmp_path, "t.okr.yaml", before("zh"))
    log = json.loads(cli("check", "t.okr.yaml", "--select", "task-not-outcome", "--format", "sarif", cwd=tmp_path).stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    results = log["runs"][0]["results"]
    assert ["fixes" in r for r in results] == [True, True, False, True]
    (fix,) = results[0]["fixes"]
    assert fix["description"] == {"text": "把这个关键结果移到目标的 initiatives:"}
    assert fix["artifactChanges"][0]["replacements"] == [
        {"deletedRegion": {"startLine": 4, "startColumn": 1, "endLine": 5, "endColumn": 1}, "insertedContent": {"text": ""}},
        {"deletedRegion": {"startLine": 8, "startColumn": 1, "endLine": 8, "endColumn": 1},
         "insertedContent": {"text": "    initiatives:\n"}},
        {"deletedRegion": {"startLine": 8, "startColumn": 1, "endLine": 8, "endColumn": 1},
         "insertedContent": {"text": "      - 上线新手引导流程\n"}},
    ]


@pytest.mark.parametrize("rule,kr,outcome", [
    ("binary-kr", "New onboarding policy approved", "Cut time to first deploy from 5 days to 1 day"),
    ("binary-kr", "Новый регламент согласования утверждён", "Сократить срок согласования договоров с 5 до 1 дня"),
    ("binary-kr", "新手引导系统上线", "首周工单数从每客户3张降到1张"),
    ("initiative-as-kr", "Hire a VP of Sales, launch the partner program, and publish the pricing page",
     "Grow ARR from $10M to $15M"),
])
def test_the_more_specific_rules_offer_the_move_when_selected(tmp_path, rule, kr, outcome):
    text = f"objectives:\n  - title: Make onboarding effortless\n    key_results:\n      - {kr}\n      - {outcome}\n"
    path = write(tmp_path, "t.okr.yaml", text)
    (finding,) = check_json(path, "--select", rule).findings
    assert (finding["rule"], finding["line"], finding["suggestion"]["fix"]["edits"][-1]["text"]) == (rule, 4, f"      - {kr}\n")
    assert cli("check", str(path), "--select", rule, "--fix").code == 0
    assert path.read_text(encoding="utf-8") == \
        f"objectives:\n  - title: Make onboarding effortless\n    key_results:\n      - {outcome}\n    initiatives:\n      - {kr}\n"


NEAR_MISSES = {
    "flow-list": "objectives:\n  - title: Make onboarding effortless\n    key_results: [Launch the new onboarding flow, "
                 "Raise onboarding satisfaction from 6 to 8]\n",
    "flow-objective": "objectives:\n  - {title: Make onboarding effortless, key_results: [Launch the new onboarding flow, "
                      "Raise onboarding satisfaction from 6 to 8]}\n",
    "comment": "objectives:\n  - title: Make onboarding effortless\n    key_results:\n"
               "      - Launch the new onboarding flow  # pilot\n      - Raise onboarding satisfaction from 6 to 8\n",
    "only-kr": "objectives:\n  - title: Make onboarding effortless\n    key_results:\n      - Launch the new onboarding flow\n",
    "directive-above": "objectives:\n  - title: Make onboarding effortless\n    key_results:\n"
                       "      # okrlint: disable-next-line=unmeasurable\n      - Launch the new onboarding flow\n"
                       "      - Raise onboarding satisfaction from 6 to 8\n",
    "anchor": "objectives:\n  - title: Make onboarding effortless\n    key_results:\n      - &task Launch the new onboarding flow\n"
              "      - Raise onboarding satisfaction from 6 to 8\n",
    "two-lines": "objectives:\n  - title: Make onboarding effortless\n    key_results:\n      - Launch the new\n        onboarding flow\n"
                 "      - Raise onboarding satisfaction from 6 to 8\n",
    "flow-initiatives": "objectives:\n  - title: Make onboarding effortless\n    key_results:\n      - Launch the new onboarding flow\n"
                        "      - Raise onboarding satisfaction from 6 to 8\n    initiatives: [Interview 10 new developers]\n",
    "invalid-file": "objectives:\n  - title: Make onboarding effortless\n    owners: Anna\n    key_results:\n"
                    "      - Launch the new onboarding flow\n      - Raise onboarding satisfaction from 6 to 8\n",
    "no-final-newline": "objectives:\n  - title: Make onboarding effortless\n    key_results:\n"
                        "      - Raise onboarding satisfaction from 6 to 8\n      - Launch the new onboarding flow",
    # a line break YAML counts and str.splitlines does not agree on, anywhere in the file (here a comment)
    "line-separator": "objectives:\n  - title: Make onboarding effortless\n    key_results:\n      - Launch the new onboarding flow\n"
                      "      - Raise onboarding satisfaction from 6 to 8\n# notes\u2028\n",
}


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_near_misses_keep_only_the_template(tmp_path, name):
    path = write(tmp_path, "t.okr.yaml", NEAR_MISSES[name])
    findings = [f for f in check_json(path, "--select", "task-not-outcome").findings if f["rule"] != "invalid-okr"]
    assert [(f["rule"], f["suggestion"]["fix"]) for f in findings] == [("task-not-outcome", None)]
    run = cli_process("check", str(path), "--select", "task-not-outcome", "--diff")
    assert (run.code, run.stdout) == (0, "")


@pytest.mark.parametrize("name,text", [
    ("t.okr.md", "# OKRs\n\n## O1: Make onboarding effortless\n\n- Launch the new onboarding flow\n"
                 "- Raise onboarding satisfaction from 6 to 8\n"),
    ("t.okr.csv", "objective,key result\nMake onboarding effortless,Launch the new onboarding flow\n"
                  "Make onboarding effortless,Raise onboarding satisfaction from 6 to 8\n"),
])
def test_other_formats_get_no_move(tmp_path, name, text):
    path = write(tmp_path, name, text)
    findings = check_json(path, "--select", "task-not-outcome").findings
    assert [(f["rule"], f["line"], f["suggestion"]["fix"]) for f in findings] == [("task-not-outcome", 5 if name.endswith("md") else 2, None)]
    assert cli_process("check", str(path), "--select", "task-not-outcome", "--diff").code == 0


def test_a_move_whose_result_reads_otherwise_is_dropped(tmp_path):
    """The parse-check: a fix that would leave a file reading as other OKRs is never shown or written."""
    text = "objectives:\n  - title: Make onboarding effortless\n    key_results:\n      - Launch the new onboarding flow\n" \
           "      - Raise onboarding satisfaction from 6 to 8\n"
    path = write(tmp_path, "t.okr.yaml", text)
    wrong_place = Fix("move", (Edit(Span(4, 1, 5, 1), ""), Edit(Span(6, 1, 6, 1), "  initiatives:\n  - Launch the new onboarding flow\n")),
                      moves=(4,))
    finding = Finding("t.okr.yaml", Span(4, 9, 4, 39), "OKR201", "task-not-outcome", Severity.WARNING, "", "en",
                      suggestion=Suggestion(fix=wrong_place))
    assert plan_fixes([finding], {"t.okr.yaml": path}) == []
    right = Fix("move", (Edit(Span(4, 1, 5, 1), ""), Edit(Span(6, 1, 6, 1), "    initiatives:\n      - Launch the new onboarding flow\n")),
                moves=(4,))
    finding.suggestion = Suggestion(fix=right)
    (planned,) = plan_fixes([finding], {"t.okr.yaml": path})
    assert planned.fixes == 1 and planned.after.endswith("    initiatives:\n      - Launch the new onboarding flow\n")


def test_an_objective_keeps_its_last_kr_when_every_kr_is_a_task(tmp_path):
    text = "objectives:\n  - title: Новые разработчики быстро выходят на полную скорость\n    key_results:\n" \
           "      - Запустить новую программу адаптации\n      - Написать руководство для новичков\n"
    path = write(tmp_path, "t.okr.yaml", text)
    findings = check_json(path, "--select", "task-not-outcome").findings
    assert [(f["line"], f["suggestion"]["fix"] is not None) for f in findings] == [(4, True), (5, False)]
    run = cli("check", str(path), "--select", "task-not-outcome", "--fix", "--format", "json")
    assert run.code == 1 and run.brief() == [("task-not-outcome", 4, 9)]
    assert path.read_text(encoding="utf-8") == "objectives:\n  - title: Новые разработчики быстро выходят на полную скорость\n" \
        "    key_results:\n      - Написать руководство для новичков\n    initiatives:\n      - Запустить новую программу адаптации\n"


def test_moves_follow_the_file_layout_across_documents(tmp_path):
    """Indentless lists and initiatives written before key_results, in a second `---` document."""
    text = ("objectives:\n- title: 让新开发者快速上手\n  key_results:\n  - 首次部署时间从5天缩短到1天\n---\nobjectives:\n"
            "- title: 让新客户在第一周就感受到产品价值\n  initiatives:\n  - 访谈10位新客户\n  key_results:\n  - 上线产品导览\n"
            "  - 首周工单数从每客户3张降到1张\n")
    path = write(tmp_path, "t.okr.yaml", text)
    run = cli("check", str(path), "--select", "task-not-outcome", "--fix")
    assert run.code == 0 and "fixed 1 finding in 1 file" in run.stderr
    assert path.read_text(encoding="utf-8") == text.replace("  - 访谈10位新客户\n", "  - 访谈10位新客户\n  - 上线产品导览\n", 1) \
        .replace("  key_results:\n  - 上线产品导览\n", "  key_results:\n", 1)
