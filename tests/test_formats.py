"""Every output format through the real CLI: exact content on small OKR files, and the same
findings as `--format json` on the bundled examples."""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest
from typer.testing import CliRunner

from okrlint.cli import app
from okrlint.discovery import is_okr_file
from okrlint.findings import Finding, RunSummary, Severity, Span
from okrlint.registry import load_registry
from okrlint.renderers import Report
from okrlint.renderers import github as github_format
from okrlint.renderers import gitlab as gitlab_format

REPO_ROOT = Path(__file__).resolve().parent.parent
SARIF_SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
FORMATS = ("concise", "github", "sarif", "junit", "gitlab")

RU_FILE, ZH_FILE, CLEAN_FILE = "okrs/юристы.okr.yaml", "okrs/增长,Q1.okr.yaml", "okrs/clean.okr.yaml"
OKR_FILES = {
    RU_FILE: """\
objectives:
  - title: Клиенты получают ответ юриста за один день
    key_results:
      - Сократить срок согласования договоров с 5 до 1 дня
""",
    # key_results written as a mapping: an invalid-okr error whose span covers three lines
    ZH_FILE: """\
objectives:
  - title: 让新客户在第一周就感受到产品价值
    key_results:
      first: 新客户7日激活率从35%提升到60%
      second: 首周工单数从每客户3.2张降到1张
""",
    CLEAN_FILE: """\
objectives:
  - title: Customers trust our uptime
    key_results:
      - Raise availability from 99.5% to 99.9% by June 30
      - Cut paging incidents from 12 to 4 a month by June 30
""",
}
# Message wording belongs to the rule packs (rules/*.yaml) and may be polished; the reports here
# are checked against the messages `--format json` gives for the same run, which start so:
MESSAGE_STARTS = ("У цели 1 ", "该目标只有 0 个", "objectives[0].key_results ")
# Pinned to the count rules, so rules added later do not change these exact reports.
SELECT = ["--select", "too-few-krs"]

runner = CliRunner()
GITHUB_LINE = re.compile(r"^::(?P<kind>error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


@pytest.fixture()
def okr_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, text in OKR_FILES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


@pytest.fixture()
def messages(okr_dir: Path) -> tuple[str, str, str]:
    """The Russian, Chinese and Chinese schema messages, in report order."""
    findings = json.loads(check("okrs", *SELECT, "--format", "json")[1])
    assert [(f["path"], f["line"], f["column"], f["code"]) for f in findings] == [
        (RU_FILE, 2, 12, "OKR102"), (ZH_FILE, 2, 12, "OKR102"), (ZH_FILE, 4, 7, "OKR001")]
    found = tuple(f["message"] for f in findings)
    assert all(m.startswith(start) for m, start in zip(found, MESSAGE_STARTS)), found
    return found  # type: ignore[return-value]


def check(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["check", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout


def github_props(props: str) -> dict[str, str]:
    return dict(pair.split("=", 1) for pair in props.split(","))


# -- exact reports on known files ------------------------------------------------------------


def test_concise_is_one_ruff_style_line_per_finding(okr_dir: Path, messages: tuple[str, str, str]) -> None:
    ru_message, zh_message, schema_message = messages
    code, out = check("okrs", *SELECT, "--format", "concise")
    assert code == 1
    assert out == (
        f"{RU_FILE}:2:12: warning OKR102 [too-few-krs] {ru_message}\n"
        f"{ZH_FILE}:2:12: warning OKR102 [too-few-krs] {zh_message}\n"
        f"{ZH_FILE}:4:7: error OKR001 [invalid-okr] {schema_message}\n"
        "\n"
        "3 files, 3 objectives, 3 key results: 1 error, 2 warnings\n"
    )


def test_github_annotations_escape_properties_and_drop_columns_on_multiline_spans(okr_dir: Path, messages: tuple[str, str, str]) -> None:
    ru_message, zh_message, schema_message = messages
    code, out = check("okrs", *SELECT, "--format", "github")
    assert code == 1
    zh_path = "okrs/增长%2CQ1.okr.yaml"  # the comma in the file name would end the property
    assert out.splitlines() == [  # errors first: GitHub shows only the first 10 annotations of a kind
        f"::error file={zh_path},line=4,endLine=6,title=OKR001 invalid-okr::{schema_message}",
        f"::warning file={RU_FILE},line=2,endLine=2,col=12,endColumn=54,title=OKR102 too-few-krs::{ru_message}",
        f"::warning file={zh_path},line=2,endLine=2,col=12,endColumn=28,title=OKR102 too-few-krs::{zh_message}",
        "okrlint: 3 findings (1 error, 2 warnings) in 2 files",
    ]
    for line in out.splitlines()[:-1]:
        props = github_props(GITHUB_LINE.match(line)["props"])
        assert ("col" in props) == (props["line"] == props["endLine"])


def test_github_summary_when_clean(okr_dir: Path) -> None:
    code, out = check(CLEAN_FILE, *SELECT, "--format", "github")
    assert (code, out) == (0, "okrlint: no findings in 1 file\n")


def test_github_escapes_workflow_command_data() -> None:
    assert github_format.escape_data("50%\r\nnext") == "50%25%0D%0Anext"
    assert github_format.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    finding = Finding("q1.okr.yaml", Span(3, 5, 3, 9), "OKR900", "demo", Severity.INFO, "from 5% to 10%,\nby May", "en")
    assert github_format.annotation(finding) == (
        "::notice file=q1.okr.yaml,line=3,endLine=3,col=5,endColumn=9,title=OKR900 demo::from 5%25 to 10%25,%0Aby May"
    )


def test_sarif_is_valid_and_keeps_every_rule_and_text(okr_dir: Path, messages: tuple[str, str, str]) -> None:
    ru_message, zh_message, schema_message = messages
    code, out = check("okrs", *SELECT, "--format", "sarif")
    assert code == 1
    log = json.loads(out)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    assert ru_message in out and zh_message in out and "\\u" not in out  # UTF-8, not escapes

    driver = log["runs"][0]["tool"]["driver"]
    assert (driver["name"], driver["version"], driver["informationUri"]) == ("okrlint", "0.1.0", "https://github.com/okrlint/okrlint")
    registry = load_registry()
    assert [r["id"] for r in driver["rules"]] == [r.code for r in registry.rules]
    too_few = driver["rules"][[r.code for r in registry.rules].index("OKR102")]
    assert too_few["name"] == "too-few-krs"
    assert too_few["shortDescription"]["text"] == registry.find("OKR102").summary["en"]
    assert too_few["fullDescription"]["text"] == too_few["help"]["text"] == registry.find("OKR102").rationale["en"]
    assert too_few["defaultConfiguration"]["level"] == "warning"

    results = log["runs"][0]["results"]
    assert [(r["ruleId"], r["level"], r["message"]["text"]) for r in results] == [
        ("OKR102", "warning", ru_message), ("OKR102", "warning", zh_message), ("OKR001", "error", schema_message)]
    assert all(driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    location = results[2]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "okrs/%E5%A2%9E%E9%95%BF%2CQ1.okr.yaml", "uriBaseId": "%SRCROOT%"}
    assert unquote(location["artifactLocation"]["uri"]) == ZH_FILE
    assert location["region"] == {"startLine": 4, "startColumn": 7, "endLine": 6, "endColumn": 1}


def test_junit_has_a_suite_per_file_and_a_passing_case_for_clean_files(okr_dir: Path, messages: tuple[str, str, str]) -> None:
    ru_message, zh_message, schema_message = messages
    code, out = check("okrs", *SELECT, "--format", "junit")
    assert code == 1
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(out.encode("utf-8"))
    assert root.tag == "testsuites" and (root.get("tests"), root.get("failures")) == ("4", "3")
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert list(suites) == [CLEAN_FILE, RU_FILE, ZH_FILE]

    (clean_case,) = suites[CLEAN_FILE].findall("testcase")
    assert clean_case.find("failure") is None and suites[CLEAN_FILE].get("failures") == "0"

    zh_cases = suites[ZH_FILE].findall("testcase")
    assert [c.get("name") for c in zh_cases] == ["OKR102 too-few-krs at 2:12", "OKR001 invalid-okr at 4:7"]
    assert all(c.get("classname") == ZH_FILE and c.get("file") == ZH_FILE for c in zh_cases)
    failures = [c.find("failure") for c in zh_cases]
    assert [(f.get("type"), f.get("message")) for f in failures] == [("warning", zh_message), ("error", schema_message)]
    assert failures[1].text == f"{ZH_FILE}:4:7: error OKR001 [invalid-okr] {schema_message}"
    (ru_case,) = suites[RU_FILE].findall("testcase")
    assert ru_case.find("failure").get("message") == ru_message


def test_gitlab_code_quality_report(okr_dir: Path, messages: tuple[str, str, str]) -> None:
    ru_message, zh_message, schema_message = messages
    code, out = check("okrs", *SELECT, "--format", "gitlab")
    assert code == 1
    assert ru_message in out and "\\u" not in out
    issues = json.loads(out)
    assert [{k: v for k, v in i.items() if k != "fingerprint"} for i in issues] == [
        {"type": "issue", "description": f"OKR102 [too-few-krs] {ru_message}", "check_name": "OKR102", "severity": "minor",
         "location": {"path": RU_FILE, "lines": {"begin": 2, "end": 2}}},
        {"type": "issue", "description": f"OKR102 [too-few-krs] {zh_message}", "check_name": "OKR102", "severity": "minor",
         "location": {"path": ZH_FILE, "lines": {"begin": 2, "end": 2}}},
        {"type": "issue", "description": f"OKR001 [invalid-okr] {schema_message}", "check_name": "OKR001", "severity": "major",
         "location": {"path": ZH_FILE, "lines": {"begin": 4, "end": 6}}},
    ]
    assert len({i["fingerprint"] for i in issues}) == 3
    again = json.loads(check("okrs", *SELECT, "--format", "gitlab")[1])
    assert [i["fingerprint"] for i in again] == [i["fingerprint"] for i in issues]  # stable between runs


def test_gitlab_fingerprints_differ_for_identical_findings() -> None:
    same = [Finding("a.okr.yaml", Span(1, 1, 1, 5), "OKR900", "demo", s, "same words", "en") for s in (Severity.ERROR, Severity.ERROR, Severity.INFO)]
    issues = json.loads(gitlab_format.render(Report(same, RunSummary(files=1))))
    assert len({i["fingerprint"] for i in issues}) == 3
    assert [i["severity"] for i in issues] == ["major", "major", "info"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_file_is_utf8(okr_dir: Path, messages: tuple[str, str, str], fmt: str) -> None:
    ru_message, zh_message, _ = messages
    code, out = check("okrs", *SELECT, "--format", fmt, "--output", "report.out")
    assert (code, out) == (1, "")
    written = (okr_dir / "report.out").read_bytes().decode("utf-8")
    assert written == check("okrs", *SELECT, "--format", fmt)[1]
    if fmt != "sarif":  # SARIF percent-encodes file URIs
        assert "增长" in written and "юристы" in written
    assert zh_message in written and ru_message in written


# -- the bundled examples: each format says what --format json says ------------------------------


def _examples(fmt: str) -> str:
    result = runner.invoke(app, ["check", "examples", "--format", fmt], env={"GITHUB_ACTIONS": None})
    assert result.exit_code in (0, 1, 2), result.output  # 2: a rule crashed; its finding is still reported
    return result.stdout


def _example_files() -> list[str]:
    return sorted(p.relative_to(REPO_ROOT).as_posix() for p in (REPO_ROOT / "examples").rglob("*") if p.is_file() and is_okr_file(p))


def test_examples_in_every_format(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO_ROOT)
    findings = json.loads(_examples("json"))
    if not _example_files():
        pytest.skip("examples/ holds no OKR files yet")

    *concise, blank, summary = _examples("concise").splitlines()
    assert concise == [f"{f['path']}:{f['line']}:{f['column']}: {f['severity']} {f['code']} [{f['rule']}] "
                       f"{' '.join(f['message'].splitlines())}" for f in findings]
    assert blank == "" and summary.startswith(f"{len(_example_files())} files, ")

    github = _examples("github").splitlines()
    by_severity = sorted(findings, key=lambda f: ["error", "warning", "info"].index(f["severity"]))
    annotations = [line for line in github if line.startswith("::")]
    assert len(annotations) == len(findings) and github[-1].startswith("okrlint: ")
    for line, finding in zip(annotations, by_severity):
        match = GITHUB_LINE.match(line)
        assert match, line
        props = github_props(match["props"])
        assert props["line"] == str(finding["line"]) and props["endLine"] == str(finding["end_line"])
        assert ("col" in props) == (finding["line"] == finding["end_line"])
        assert match["kind"] == {"error": "error", "warning": "warning", "info": "notice"}[finding["severity"]]
        assert github_format.escape_data(finding["message"]) == match["message"]

    sarif = json.loads(_examples("sarif"))
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(sarif)
    assert [r["message"]["text"] for r in sarif["runs"][0]["results"]] == [f["message"] for f in findings]

    junit = ET.fromstring(_examples("junit").encode("utf-8"))
    assert [s.get("name") for s in junit.findall("testsuite")] == _example_files()
    # infos never fail the run (--fail-on warning), so they are not failures, only system-out lines
    assert [f.get("message") for f in junit.iter("failure")] == [f["message"] for f in findings if f["severity"] != "info"]

    gitlab = json.loads(_examples("gitlab"))
    assert [i["location"]["path"] for i in gitlab] == [f["path"] for f in findings]
    assert len({i["fingerprint"] for i in gitlab}) == len(gitlab)


@pytest.mark.parametrize("baselined, stale", [(0, 0), (3, 1)])
def test_a_clean_text_report_printed_without_rich_is_what_rich_prints(baselined: int, stale: int) -> None:
    from okrlint.cli import _print_text
    from okrlint.color import ColorChoice
    from okrlint.renderers.text import render

    summary = RunSummary(files=1, objectives=2, key_results=5, baselined=baselined, stale_baseline=stale)
    report = Report([], summary, [], "0", False)
    with CliRunner().isolation() as streams:  # stdout captured: not a terminal
        _print_text(report, ColorChoice.never, quiet=False)
        sys.stdout.flush()
        printed = streams[0].getvalue().decode()
    assert printed == render(report) and printed.endswith(" found\n" if not baselined else " entry)\n")
