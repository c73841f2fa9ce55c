"""The CLI contract: JSON output, exit codes, discovery, stdin, broken files among good ones."""

import json

from tests.helpers import check_json, cli, cli_process, write

CONTRACT_KEYS = {"path", "line", "column", "end_line", "end_column", "code", "rule", "severity", "message", "lang", "target"}
GOOD = "objectives:\n  - title: Make onboarding effortless for new developers\n    key_results:\n" \
       "      - Cut time to first deploy from 5 days to 1 day\n      - Raise onboarding satisfaction from 6 to 8\n"


def test_json_contract_on_examples():
    run = cli_process("check", "examples/", "--format", "json")
    assert run.code == 1
    findings = json.loads(run.stdout)
    assert findings, "the bad examples must produce findings"
    for f in findings:
        assert CONTRACT_KEYS <= f.keys()
        assert isinstance(f["line"], int) and f["line"] >= 1 and f["column"] >= 1
        assert (f["end_line"], f["end_column"]) >= (f["line"], f["column"])
        assert f["severity"] in ("error", "warning", "info") and f["lang"] in ("ru", "en", "zh")
        assert f["code"].startswith("OKR") and f["rule"] == f["rule"].lower()
    assert not any(f["path"].endswith("good.okr.yaml") for f in findings)
    by_lang = {f["lang"] for f in findings}
    assert by_lang == {"ru", "en", "zh"}  # --lang auto: each message in its OKR's language
    assert any("Чтобы что?" in f["message"] for f in findings) and any("为了什么" in f["message"] for f in findings)


def test_good_examples_are_clean_and_exit_zero():
    for lang in ("ru", "en", "zh"):
        run = cli_process("check", f"examples/{lang}/good.okr.yaml")
        assert run.code == 0, run.stdout
        assert "no problems found" in run.stdout


def test_broken_file_among_good_ones_gives_one_located_invalid_okr(tmp_path):
    write(tmp_path, "a.okr.yaml", GOOD)
    write(tmp_path, "b.okr.yaml", "objectives:\n  - title: [unclosed\n")
    write(tmp_path, "c.okr.yaml", GOOD)
    run = check_json(tmp_path, "--ignore", "duplicate-kr")  # a.okr.yaml and c.okr.yaml share every KR
    assert run.code == 1
    (finding,) = run.findings
    assert (finding["rule"], finding["code"], finding["severity"]) == ("invalid-okr", "OKR001", "error")
    assert finding["path"].endswith("b.okr.yaml") and finding["line"] == 3
    assert "YAML syntax error" in finding["message"]


def test_exit_codes(tmp_path):
    good = write(tmp_path, "good.okr.yaml", GOOD)
    bad = write(tmp_path, "bad.okr.yaml", "objectives:\n  - title: Make onboarding effortless\n")
    assert cli_process("check", str(good)).code == 0
    assert cli_process("check", str(bad)).code == 1
    assert cli_process("check", str(bad), "--exit-zero").code == 0
    assert cli_process("check", str(bad), "--fail-on", "error").code == 0
    missing = cli_process("check", str(tmp_path / "nope.okr.yaml"))
    assert missing.code == 2 and "no such file or folder" in missing.stderr
    unknown = cli_process("check", str(good), "--select", "too-many-kr")
    assert unknown.code == 2 and "did you mean `too-many-krs`" in unknown.stderr
    assert "Traceback" not in missing.stderr + unknown.stderr
    assert cli_process("check", str(good), "--format", "yaml").code == 2


def test_folders_find_okr_files_and_okrs_folders_but_explicit_files_always_count(tmp_path):
    write(tmp_path, "team.okr.yml", "objectives:\n  - title: A\n")
    write(tmp_path, "okrs/q1.yaml", "objectives:\n  - title: B\n")
    write(tmp_path, "config/other.yaml", "objectives:\n  - title: C\n")
    write(tmp_path, ".hidden/x.okr.yaml", "objectives:\n  - title: D\n")
    run = check_json(tmp_path, "--select", "too-few-krs")
    assert sorted(f["path"].rsplit("/", 1)[-1] for f in run.findings) == ["q1.yaml", "team.okr.yml"]
    explicit = check_json(tmp_path / "config/other.yaml", "--select", "too-few-krs")
    assert [f["rule"] for f in explicit.findings] == ["too-few-krs"]


def test_stdin_is_linted_under_the_given_name():
    run = cli("check", "-", "--format", "json", "--select", "too-few-krs", "--stdin-filename", "q1.okr.yaml",
              stdin="objectives:\n  - title: Make onboarding effortless\n")
    assert run.code == 1
    assert [(f["path"], f["rule"], f["line"]) for f in run.findings] == [("q1.okr.yaml", "too-few-krs", 2)]


def test_text_report_groups_by_file_and_summarises(tmp_path):
    write(tmp_path, "t.okr.yaml", "objectives:\n  - title: Make onboarding effortless\n")
    run = cli_process("check", str(tmp_path), "--select", "too-few-krs")
    assert "t.okr.yaml" in run.stdout
    assert "2:12" in run.stdout and "OKR102" in run.stdout and "too-few-krs" in run.stdout
    assert "1 file, 1 objective, 0 key results: 1 warning" in run.stdout
    quiet = cli_process("check", str(tmp_path / "t.okr.yaml"), "--select", "too-few-krs", "--quiet")
    assert "key results:" not in quiet.stdout and "too-few-krs" in quiet.stdout


def test_message_language_can_be_forced(tmp_path):
    path = write(tmp_path, "t.okr.yaml", "objectives:\n  - title: Клиенты получают ответ юриста за один день\n")
    for lang, word in (("en", "key result"), ("zh", "关键结果"), ("ru", "ключевых результатов")):
        run = check_json(path, "--select", "too-few-krs", "--lang", lang)
        assert run.findings[0]["lang"] == lang and word in run.findings[0]["message"]


def test_python_dash_m_and_version():
    run = cli_process("--version")
    assert run.code == 0 and run.stdout.startswith("okrlint ")


def test_oversized_stdin_is_refused_without_reading_it_all(tmp_path):
    write(tmp_path, ".okrlint.yaml", "max-file-size: 1000\n")
    run = cli_process("check", "-", "--format", "json", cwd=tmp_path, stdin="objectives: []\n" + "#" * 5000 + "\n")
    assert run.code == 1
    (finding,) = json.loads(run.stdout)
    assert finding["rule"] == "invalid-okr" and "too large" in finding["message"]
