"""okrlint in CI: --statistics in every format, the GitHub job summary and annotation order, GitLab
fingerprints that survive moved lines, JUnit failures that follow --fail-on, SARIF help links."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.helpers import cli, write

# Twelve task KRs under one objective: 12 task-not-outcome warnings, more than GitHub annotates.
TASKS = ["Launch the new onboarding flow", "Hold 10 customer workshops", "Write 10 blog posts", "Hire two marketing managers",
         "Migrate the website to the new CMS", "Launch the partner portal", "Hold a pricing workshop",
         "Write the sales playbook", "Hire a support lead", "Launch the referral program",
         "Migrate billing to Stripe", "Write the onboarding guide"]
MANY = ("objectives:\n  - title: Customers finish onboarding on their own\n    key_results:\n"
        + "".join(f"      - {task}\n" for task in TASKS))
BROKEN = "objectives: [\n"
SELECT = ("--select", "task-not-outcome")


@pytest.fixture()
def many(tmp_path: Path) -> Path:
    write(tmp_path, "many.okr.yaml", MANY)
    write(tmp_path, "broken.okr.yaml", BROKEN)
    return tmp_path


# -- --statistics in every format ------------------------------------------------------------------

def test_statistics_in_json_is_an_object_beside_the_findings(many: Path) -> None:
    plain = cli("check", ".", *SELECT, "--format", "json", cwd=many)
    run = cli("check", ".", *SELECT, "--format", "json", "--statistics", cwd=many)
    report = json.loads(run.stdout)
    assert report["findings"] == json.loads(plain.stdout)
    assert report["statistics"] == {
        "total": 13, "by_severity": {"error": 1, "warning": 12},
        "by_rule": [{"code": "OKR201", "rule": "task-not-outcome", "count": 12}, {"code": "OKR001", "rule": "invalid-okr", "count": 1}],
    }


def test_statistics_in_sarif_is_a_run_property(many: Path) -> None:
    run = cli("check", ".", *SELECT, "--format", "sarif", "--statistics", cwd=many)
    properties = json.loads(run.stdout)["runs"][0]["properties"]
    assert properties["statistics"]["by_rule"][0] == {"code": "OKR201", "rule": "task-not-outcome", "count": 12}
    assert "properties" not in json.loads(cli("check", ".", *SELECT, "--format", "sarif", cwd=many).stdout)["runs"][0]


@pytest.mark.parametrize("fmt", ["text", "concise", "github"])
def test_statistics_table_in_the_human_formats(many: Path, fmt: str) -> None:
    lines = cli("check", ".", *SELECT, "--format", fmt, "--statistics", cwd=many).stdout.splitlines()
    assert lines.index("   12  OKR201  task-not-outcome") + 1 == lines.index("    1  OKR001  invalid-okr")


@pytest.mark.parametrize("fmt", ["junit", "gitlab"])
def test_statistics_go_to_stderr_where_the_report_has_no_room(many: Path, fmt: str) -> None:
    run = cli("check", ".", *SELECT, "--format", fmt, "--statistics", cwd=many)
    assert run.stderr.splitlines() == ["   12  OKR201  task-not-outcome", "    1  OKR001  invalid-okr"]
    assert run.stdout == cli("check", ".", *SELECT, "--format", fmt, cwd=many).stdout


# -- GitHub: errors first, the findings past 10 annotations in the log and the job summary ---------

def test_github_annotations_errors_first_and_the_rest_listed_in_the_log(many: Path) -> None:
    lines = cli("check", ".", *SELECT, "--format", "github", cwd=many).stdout.splitlines()
    assert lines[0].startswith("::error file=broken.okr.yaml,")
    assert [line.split(" ", 1)[0] for line in lines[1:13]] == ["::warning"] * 12
    assert lines[13] == ("okrlint: GitHub shows 10 annotations of each kind per step; "
                         "the other 2 findings (also in the job summary):")
    assert lines[14].startswith("many.okr.yaml:14:9: warning OKR201 [task-not-outcome] “Migrate…”")
    assert lines[15].startswith("many.okr.yaml:15:9: warning OKR201 [task-not-outcome] “Write…”")
    assert lines[16] == "okrlint: 13 findings (1 error, 12 warnings) in 2 files"


def test_github_job_summary_has_counts_and_the_findings_not_annotated(many: Path, tmp_path_factory) -> None:
    summary = tmp_path_factory.mktemp("gh") / "step_summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    run = cli("check", ".", *SELECT, cwd=many, env=env)  # --format auto is github under Actions
    assert run.code == 1 and run.stdout.startswith("::error ")
    page = summary.read_text(encoding="utf-8")
    assert page.startswith("earlier step\n\n## okrlint\n")  # appended, never overwritten
    assert "**2 files, 1 objective, 12 key results: 1 error, 12 warnings**" in page
    assert "| OKR201 task\\-not\\-outcome | 12 |" in page and "| OKR001 invalid\\-okr | 1 |" in page
    assert "| many\\.okr\\.yaml | 0 | 12 | 0 |" in page and "| broken\\.okr\\.yaml | 1 | 0 | 0 |" in page
    assert "### Not shown as annotations (2)" in page
    assert "| many\\.okr\\.yaml\\:14\\:9 | warning | OKR201 task\\-not\\-outcome | “Migrate…” is a task" in page


def test_github_job_summary_escapes_markdown_and_html_from_okr_files(tmp_path: Path, tmp_path_factory) -> None:
    name = "a|b<img src=x>.okr.yaml"
    write(tmp_path, name, "objectives:\n  - title: Customers finish onboarding\n    key_results:\n"
                          "      - \"[Launch](https://evil.example) <script>x</script> | flow\"\n"
                          "      - Raise activation from 20% to 35%\n")
    summary = tmp_path_factory.mktemp("gh") / "summary.md"
    run = cli("check", name, "--format", "github", "--select", "task-not-outcome", cwd=tmp_path,
              env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert run.code == 1
    page = summary.read_text(encoding="utf-8")
    assert "| a\\|b&lt;img src=x&gt;\\.okr\\.yaml | 0 | 1 | 0 |" in page
    assert "<img" not in page and "<script" not in page and "](" not in page


def test_no_job_summary_without_the_variable_or_in_other_formats(many: Path, tmp_path_factory) -> None:
    summary = tmp_path_factory.mktemp("gh") / "summary.md"
    cli("check", ".", *SELECT, "--format", "json", cwd=many, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert not summary.exists()


# -- GitLab: fingerprints that survive an inserted line --------------------------------------------

def test_gitlab_fingerprints_do_not_change_when_lines_move(tmp_path: Path) -> None:
    files = {
        "en.okr.yaml": MANY,
        "ru.okr.yaml": "objectives:\n  - title: Клиенты сами проходят онбординг\n    key_results:\n"
                       "      - Провести 10 вебинаров для новых клиентов\n      - Подготовить 5 шаблонов\n",
        "zh.okr.yaml": "objectives:\n  - title: 新客户能自己完成上手\n    key_results:\n      - 完成CRM系统上线\n      - 举办3场培训\n",
    }
    for name, text in files.items():
        write(tmp_path, name, text)
    before = json.loads(cli("check", ".", "--format", "gitlab", cwd=tmp_path).stdout)
    for name, text in files.items():
        write(tmp_path, name, "# reviewed by the OKR council\n" + text)
    after = json.loads(cli("check", ".", "--format", "gitlab", cwd=tmp_path).stdout)
    assert len(before) >= 15 and {i["location"]["path"] for i in before} == set(files)
    assert [i["location"]["lines"]["begin"] + 1 for i in before] == [i["location"]["lines"]["begin"] for i in after]
    assert [i["fingerprint"] for i in before] == [i["fingerprint"] for i in after]
    assert len({i["fingerprint"] for i in after}) == len(after)  # still one per finding


# -- JUnit: only findings at or above --fail-on fail ------------------------------------------------

def test_junit_failures_follow_fail_on_and_the_rest_are_system_out(tmp_path: Path) -> None:
    write(tmp_path, ".okrlint.yaml", "severity: {too-few-krs: info}\n")
    write(tmp_path, "t.okr.yaml", "objectives:\n  - title: Make onboarding effortless for new developers\n    key_results:\n"
                                  "      - Cut time to first deploy from 5 days to 1 day\n")
    run = cli("check", "t.okr.yaml", "--format", "junit", "--select", "too-few-krs", cwd=tmp_path)
    assert run.code == 0  # an info does not fail the run…
    root = ET.fromstring(run.stdout.encode("utf-8"))
    assert (root.get("tests"), root.get("failures")) == ("1", "0")  # …so it is no failing test either
    (suite,) = root.findall("testsuite")
    assert [c.get("name") for c in suite.findall("testcase")] == ["okrlint"] and suite.find(".//failure") is None
    assert suite.find("system-out").text.startswith("t.okr.yaml:2:12: info OKR102 [too-few-krs] ")
    failing = ET.fromstring(cli("check", "t.okr.yaml", "--format", "junit", "--select", "too-few-krs", "--fail-on", "info",
                                cwd=tmp_path).stdout.encode("utf-8"))
    assert failing.get("failures") == "1" and failing.find(".//system-out") is None


# -- SARIF: rule help links and Markdown help -------------------------------------------------------

def test_sarif_rules_link_their_page_and_carry_it_as_markdown(many: Path) -> None:
    driver = json.loads(cli("check", ".", *SELECT, "--format", "sarif", cwd=many).stdout)["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == "https://github.com/okrlint/okrlint"
    rule = next(r for r in driver["rules"] if r["id"] == "OKR201")
    assert rule["helpUri"] == "https://github.com/okrlint/okrlint/blob/main/docs/rules/task-not-outcome.md"
    page = (Path(__file__).resolve().parent.parent / "docs/rules/task-not-outcome.md").read_text(encoding="utf-8")
    assert rule["help"]["markdown"].startswith("# OKR201 task-not-outcome\n") and rule["help"]["markdown"].rstrip() in page
    for rule in driver["rules"]:  # every built-in rule has its page
        assert (Path(__file__).resolve().parent.parent / "docs/rules" / rule["helpUri"].rsplit("/", 1)[1]).is_file()


def test_also_output_writes_sarif_from_the_same_run(many: Path) -> None:
    run = cli("check", ".", *SELECT, "--format", "github", "--also-output", "sarif:out/okrlint.sarif", cwd=many)
    assert run.code == 2 and "cannot write the report to out/okrlint.sarif" in run.stderr  # no such folder: a clear error
    assert run.stdout.startswith("::error ")  # and the findings were still reported
    run = cli("check", ".", *SELECT, "--format", "github", "--also-output", "sarif:okrlint.sarif",
              "--also-output", "junit:junit.xml", cwd=many)
    assert run.code == 1 and run.stdout.startswith("::error ")
    results = json.loads((many / "okrlint.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    assert len(results) == 13 and ET.parse(many / "junit.xml").getroot().get("failures") == "13"
    bad = cli("check", ".", "--also-output", "pdf:x.pdf", cwd=many)
    assert bad.code == 2 and "--also-output pdf:x.pdf: expected FORMAT:FILE" in bad.stderr
