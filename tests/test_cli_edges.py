"""Edges of the command line found in review: odd file names, pre-commit, init, stdin, closed or
full streams, empty arguments. Each is a user mistake or a user's file, so each gets a clear
one-line answer (or a normal report), never a traceback or an "internal error"."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from okrlint.cli import _internal_error_hint
from tests.helpers import ROOT, cli, cli_process, write

ONE_KR = "objectives:\n  - title: Make onboarding effortless for new developers\n    key_results:\n" \
         "      - Cut time to first deploy from 5 days to 1 day\n"
TWO_OBJECTIVES = ONE_KR + "  - title: Customers trust our uptime\n    key_results:\n" \
                          "      - Raise availability from 99.5% to 99.9%\n      - Cut incidents from 12 to 4 a quarter\n"
FEW = ("--select", "too-few-krs")  # pinned, so rules added later do not change these counts


def no_crash(run) -> None:
    assert "internal error" not in run.stderr and "Traceback" not in run.stderr, run.stderr


def process(*args: str, cwd: Path, **popen) -> subprocess.CompletedProcess[str]:
    """`python -m okrlint ARGS` with the caller's choice of stdin/stdout (closed, /dev/full, ...)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
    popen.setdefault("stdout", subprocess.PIPE)
    return subprocess.run([sys.executable, "-m", "okrlint", *args], cwd=cwd, env=env, stderr=subprocess.PIPE,
                          text=True, encoding="utf-8", timeout=120, **popen)


# -- B1: --quiet prints paths as text, keeps --statistics, never shortens --output ----------------

def test_quiet_prints_file_names_that_look_like_markup(tmp_path: Path) -> None:
    write(tmp_path, "q[/x]y.okr.yaml", ONE_KR)  # a folder `q[` holding `x]y.okr.yaml`
    write(tmp_path, "[red]a.okr.yaml", ONE_KR)
    run = cli("check", "q[/x]y.okr.yaml", "[red]a.okr.yaml", "-q", *FEW, cwd=tmp_path)
    assert run.code == 1
    assert [line.split(":", 1)[0] for line in run.stdout.splitlines()] == ["[red]a.okr.yaml", "q[/x]y.okr.yaml"]


def test_quiet_with_statistics_prints_the_statistics(tmp_path: Path) -> None:
    write(tmp_path, "t.okr.yaml", ONE_KR)
    run = cli("check", "t.okr.yaml", "-q", "--statistics", "--no-color", *FEW, cwd=tmp_path)
    lines = run.stdout.splitlines()
    assert run.code == 1 and lines[0].startswith("t.okr.yaml:2:12: warning OKR102 [too-few-krs] ")
    assert "    1  OKR102  too-few-krs" in lines
    assert "1 file," not in run.stdout  # no summary line
    assert cli("check", str(ROOT / "examples/en/good.okr.yaml"), "-q", "--statistics").stdout == ""  # clean: nothing


def test_quiet_affects_only_the_terminal_not_the_output_file(tmp_path: Path) -> None:
    write(tmp_path, "t.okr.yaml", ONE_KR)
    run = cli("check", "t.okr.yaml", "-q", "-o", "report.txt", *FEW, cwd=tmp_path)
    assert (run.code, run.stdout) == (1, "")
    report = (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert "OKR102" in report and "1 file, 1 objective, 1 key result: 1 warning" in report


# -- B2: --force-exclude, and the pre-commit hook uses it ----------------------------------------

def test_force_exclude_applies_exclude_to_files_named_explicitly(tmp_path: Path) -> None:
    write(tmp_path, ".okrlint.yaml", 'exclude: ["archive/**"]\n')
    write(tmp_path, "archive/old.okr.yaml", ONE_KR)
    write(tmp_path, "now.okr.yaml", ONE_KR)
    named = cli("check", "archive/old.okr.yaml", "--format", "json", *FEW, cwd=tmp_path)
    assert [f["path"] for f in named.findings] == ["archive/old.okr.yaml"]  # without the flag it is linted
    forced = cli("check", "archive/old.okr.yaml", "now.okr.yaml", "--force-exclude", "--format", "json", *FEW, cwd=tmp_path)
    assert [f["path"] for f in forced.findings] == ["now.okr.yaml"]
    alone = cli("check", "archive/old.okr.yaml", "--force-exclude", "--no-color", cwd=tmp_path)
    assert alone.code == 0 and "0 files, 0 objectives, 0 key results: no problems found" in alone.stdout


def test_pre_commit_hook_applies_the_configs_exclude() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["entry"] == "okrlint check --force-exclude"


# -- B5: init checks every target first, and a read-only folder is a clear error -----------------

def test_init_with_a_file_named_okrs_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "okrs").write_text("mine\n", encoding="utf-8")
    run = cli_process("init", cwd=tmp_path)
    assert run.code == 2 and run.stderr.startswith("okrlint: error: okrs is in the way: it is not a folder")
    assert len(run.stderr.strip().splitlines()) == 1 and "--debug" not in run.stderr
    no_crash(run)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["okrs"]  # no .okrlint.yaml left behind
    assert (tmp_path / "okrs").read_text(encoding="utf-8") == "mine\n"


@pytest.fixture()
def read_only_folder(tmp_path: Path):
    """A folder nobody can write to: chmod, or for root (who ignores modes) the immutable flag."""
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    immutable = False
    if os.access(folder, os.W_OK) and shutil.which("chattr"):
        immutable = subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
    try:
        probe = folder / "probe"
        try:
            probe.write_text("")
        except OSError:
            yield folder
        else:
            probe.unlink()
            pytest.skip("cannot make a read-only folder here")
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(stat.S_IRWXU)


def test_init_in_a_read_only_folder_is_a_clear_error(read_only_folder: Path) -> None:
    run = cli_process("init", cwd=read_only_folder)
    no_crash(run)
    assert run.code == 2 and run.stderr.startswith("okrlint: error: cannot write the starter files: .okrlint.yaml: ")
    assert run.stderr.rstrip().endswith("nothing was written") and len(run.stderr.strip().splitlines()) == 1
    assert "--debug" not in run.stderr
    assert list(read_only_folder.iterdir()) == []


def test_only_check_suggests_debug_in_an_internal_error() -> None:
    assert "--debug" in _internal_error_hint(["check", "."])
    assert "--debug" not in _internal_error_hint(["init", "--lang", "ru"])
    assert "--debug" not in _internal_error_hint(["rule", "OKR101"])


# -- B6: file names that are not UTF-8 -------------------------------------------------------------

@pytest.fixture()
def latin1_named(tmp_path: Path) -> Path:
    try:
        with open(os.path.join(os.fsencode(tmp_path), b"\xff.okr.yaml"), "w", encoding="utf-8") as handle:
            handle.write(ONE_KR)
    except OSError:
        pytest.skip("this file system only takes UTF-8 names")
    return tmp_path


@pytest.mark.parametrize("fmt", ["sarif", "gitlab", "json", "junit", "text", "concise", "github"])
def test_non_utf8_file_names_are_shown_with_a_replacement_character(latin1_named: Path, fmt: str) -> None:
    run = cli_process("check", ".", "--format", fmt, *FEW, cwd=latin1_named)
    no_crash(run)
    assert run.code == 1 and run.stdout.strip()
    to_file = cli_process("check", ".", "--format", fmt, "-o", "report.out", *FEW, cwd=latin1_named)
    no_crash(to_file)
    assert to_file.code == 1


def test_non_utf8_file_is_still_read_from_its_real_name(latin1_named: Path) -> None:
    run = cli_process("check", ".", "--format", "json", "-o", "report.json", *FEW, cwd=latin1_named)
    assert run.code == 1
    findings = json.loads((latin1_named / "report.json").read_text(encoding="utf-8"))
    assert [(f["path"], f["rule"]) for f in findings] == [("\ufffd.okr.yaml", "too-few-krs")]


# -- B7, B11: stdin once; devices and FIFOs go to the loader ---------------------------------------

def test_stdin_named_twice_is_read_once() -> None:
    run = cli("check", "-", "-", "--format", "json", *FEW, stdin=ONE_KR)
    assert [(f["path"], f["rule"]) for f in run.findings] == [("-", "too-few-krs")]
    text = cli("check", "-", "-", "--no-color", *FEW, stdin=ONE_KR)
    assert "1 file, 1 objective, 1 key result: 1 warning" in text.stdout


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="needs /dev/null")
def test_a_device_is_not_a_regular_file_rather_than_missing() -> None:
    run = cli("check", "/dev/null", "--format", "json")
    assert run.code == 1
    (finding,) = run.findings
    assert (finding["path"], finding["rule"]) == ("/dev/null", "invalid-okr") and "not a regular file" in finding["message"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_named_like_an_okr_file_is_reported_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.okr.yaml")
    for given in ("pipe.okr.yaml", "."):
        run = cli("check", given, "--format", "json", cwd=tmp_path)
        assert [(f["path"], f["rule"]) for f in run.findings] == [("pipe.okr.yaml", "invalid-okr")]
    missing = cli("check", "nope.okr.yaml", cwd=tmp_path)
    assert missing.code == 2 and "no such file or folder: nope.okr.yaml" in missing.stderr


# -- B12: a full disk, a closed stdin, a bad OKRLINT_ZH_DICT ---------------------------------------

@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["json", "text"])
def test_a_full_disk_is_a_clear_error(tmp_path: Path, fmt: str) -> None:
    write(tmp_path, "t.okr.yaml", ONE_KR)
    with open("/dev/full", "w") as full:
        run = process("check", "t.okr.yaml", "--format", fmt, cwd=tmp_path, stdout=full)
    assert run.returncode == 2
    assert run.stderr == "okrlint: error: cannot write the report: No space left on device\n"


def test_a_closed_stdin_is_a_clear_error(tmp_path: Path) -> None:
    run = process("check", "-", cwd=tmp_path, preexec_fn=lambda: os.close(0))
    assert run.returncode == 2 and run.stderr == "okrlint: error: stdin is closed, so `-` has nothing to read\n"


def test_a_bad_zh_dictionary_setting_is_a_usage_error() -> None:
    zh = str(ROOT / "examples/zh/good.okr.yaml")
    run = cli_process("check", zh, env={"OKRLINT_ZH_DICT": "/nonexistent"})
    no_crash(run)
    assert run.code == 2 and run.stderr.startswith("okrlint: error: OKRLINT_ZH_DICT=/nonexistent: expected `small`, `full`")
    assert len(run.stderr.strip().splitlines()) == 1
    assert cli("check", zh, env={"OKRLINT_ZH_DICT": "small"}).code == 0


# -- B13: the summary counts in good English -------------------------------------------------------

def test_summary_pluralises(tmp_path: Path) -> None:
    write(tmp_path, "one.okr.yaml", ONE_KR)
    write(tmp_path, "two.okr.yaml", TWO_OBJECTIVES)
    assert "1 file, 1 objective, 1 key result: 1 warning\n" in cli("check", "one.okr.yaml", *FEW, "--no-color", cwd=tmp_path).stdout
    both = cli("check", ".", *FEW, "--no-color", cwd=tmp_path).stdout
    assert "2 files, 3 objectives, 4 key results: 2 warnings\n" in both


# -- B15: empty arguments, --stdin-filename without -, case, rule prefixes -------------------------

def test_an_empty_path_is_a_usage_error(tmp_path: Path) -> None:
    write(tmp_path, "t.okr.yaml", ONE_KR)
    run = cli("check", "", cwd=tmp_path)
    assert run.code == 2 and "empty path" in run.stderr and run.stdout == ""


def test_an_empty_selection_is_a_usage_error(tmp_path: Path) -> None:
    write(tmp_path, "t.okr.yaml", ONE_KR)
    for value in ("", " , "):
        run = cli("check", "t.okr.yaml", "--select", value, cwd=tmp_path)
        assert run.code == 2 and "--select is empty" in run.stderr and run.stdout == ""


def test_stdin_filename_needs_stdin(tmp_path: Path) -> None:
    write(tmp_path, "t.okr.yaml", ONE_KR)
    run = cli("check", "t.okr.yaml", "--stdin-filename", "q1.okr.yaml", cwd=tmp_path)
    assert run.code == 2 and "`-` is not among the paths" in run.stderr


def test_enum_options_ignore_case(tmp_path: Path) -> None:
    write(tmp_path, ".okrlint.yaml", "severity: {too-few-krs: info}\n")
    write(tmp_path, "t.okr.yaml", ONE_KR)
    assert cli("check", "t.okr.yaml", *FEW, cwd=tmp_path).code == 0
    assert cli("check", "t.okr.yaml", *FEW, "--fail-on", "INFO", cwd=tmp_path).code == 1
    assert cli("check", "t.okr.yaml", *FEW, "--format", "JSON", "--lang", "EN", cwd=tmp_path).findings[0]["lang"] == "en"


def test_rule_with_an_ambiguous_prefix_lists_the_matches() -> None:
    run = cli("rule", "OKR1")
    assert run.code == 2
    assert "OKR1 matches: OKR101 too-many-krs, OKR102 too-few-krs, OKR103 too-many-objectives" in run.stderr
    assert "OKR301" not in run.stderr
    assert "too-many matches: OKR101 too-many-krs, OKR103 too-many-objectives" in cli("rule", "too-many").stderr
    assert "OKR3 matches: OKR301 cascaded-kpi, OKR302 unknown-parent" in cli("rule", "OKR3").stderr
    assert cli("rule", "okr301").code == 0  # a code in any case is that rule


def test_discovery_hands_the_run_each_files_resolved_path_and_drops_the_same_file_found_twice(tmp_path):
    """The run resolves no path again (the root, the cache key and the index need it): discovery did, to drop duplicates."""
    from okrlint.discovery import Target, discover

    folder = tmp_path / "okrs"
    folder.mkdir()
    real = folder / "a.okr.yaml"
    real.write_text("objectives:\n  - title: Customers get answers the same day\n", encoding="utf-8")
    (folder / "b.okr.yaml").symlink_to(real)  # the same file under another name, inside the folder
    found = discover([str(folder), str(real), str(folder / ".." / "okrs" / "a.okr.yaml")], [], [], tmp_path)
    assert [t.path for t in found.targets] == [real]
    assert found.targets[0].resolved == real.resolve()
    assert found.targets[0] == Target(found.targets[0].shown_as, real)  # what it was resolved to is no part of its identity


def test_a_walk_resolves_each_folder_once_and_gives_every_file_the_path_resolve_gives(tmp_path):
    """Through a symlinked folder too; a symlinked file is resolved on its own."""
    from okrlint.discovery import discover

    real = tmp_path / "real" / "okrs"
    (real / "team").mkdir(parents=True)
    for name in ("a.okr.yaml", "team/b.okr.yaml"):
        (real / name).write_text("objectives:\n  - title: Customers get answers the same day\n", encoding="utf-8")
    (real / "team" / "c.okr.yaml").symlink_to(real / "a.okr.yaml")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    found = discover([str(tmp_path / "link" / "okrs")], [], [], tmp_path)
    assert [t.resolved for t in found.targets] == [t.path.resolve() for t in found.targets]
    assert [t.resolved for t in found.targets] == [real / "a.okr.yaml", real / "team" / "b.okr.yaml"]  # c is a again
