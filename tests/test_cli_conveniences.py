"""What users of ruff and yamllint expect from the command line: progress on long runs, --show-files
and --show-settings, --color, help that reads right, honest suppression findings, a hint about
--lang, and a repository whose README and licence hold up."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from okrlint.cli import app
from okrlint.progress import wanted
from tests.helpers import ROOT, check_json, cli, cli_process, write

ONE_KR = "objectives:\n  - title: Make onboarding effortless for new developers\n    key_results:\n" \
         "      - Cut time to first deploy from 5 days to 1 day\n"
TASK_KR = "objectives:\n  - title: Make onboarding effortless\n    key_results:\n" \
          "      - Launch the new onboarding flow{comment}\n      - Cut time to first deploy from 5 days to 1 day\n"
ESC = re.compile(r"\x1b")


# -- progress ----------------------------------------------------------------------------------------

def test_progress_when_asked_is_plain_lines_on_stderr_off_a_terminal(tmp_path: Path) -> None:
    for number in range(20):
        write(tmp_path, f"okrs/team{number:02}.okr.yaml", ONE_KR)
    asked = cli_process("check", "okrs", "--select", "too-few-krs", "--progress", cwd=tmp_path)
    assert asked.code == 1
    assert asked.stderr.splitlines() == [f"okrlint: {n}/20 files checked" for n in range(2, 21, 2)]
    assert "files checked" not in asked.stdout
    quiet = cli_process("check", "okrs", "--select", "too-few-krs", cwd=tmp_path)  # a pipe: nothing by default
    assert quiet.code == 1 and quiet.stderr == ""


class _Terminal:
    def isatty(self) -> bool:
        return True


def test_progress_by_default_only_on_a_terminal_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    assert wanted(None, 3000, _Terminal()) is True
    assert wanted(None, 1, _Terminal()) is False  # one file has no progress to show
    assert wanted(False, 3000, _Terminal()) is False
    monkeypatch.setenv("CI", "true")
    assert wanted(None, 3000, _Terminal()) is False  # never in CI logs unless asked
    assert wanted(True, 3000, None) is True


def test_the_terminal_bar_counts_files_and_is_cleared_at_the_end() -> None:
    import io

    from rich.console import Console

    from okrlint.progress import Progress

    screen = io.StringIO()
    terminal = Console(file=screen, force_terminal=True, width=80, color_system=None)
    with Progress(3, terminal, live=True, delay=0) as progress:
        for name in ("a.okr.yaml", "b.okr.yaml", "c.okr.yaml"):
            progress.advance(name)
    shown = screen.getvalue()
    assert "okrlint" in shown and "3/3" in shown
    assert shown.endswith("\x1b[2K") or "\x1b[1A" in shown  # transient: the bar erases itself


# -- --show-files / --show-settings ------------------------------------------------------------------

def test_show_files_lists_what_would_be_linted_and_lints_nothing(tmp_path: Path) -> None:
    write(tmp_path, ".okrlint.yaml", 'exclude: ["okrs/archive/**"]\ninclude: ["plans/*.yaml"]\n')
    write(tmp_path, "okrs/sales.yaml", "objectives: [\n")  # broken: would be an error if linted
    write(tmp_path, "okrs/archive/old.yaml", ONE_KR)
    write(tmp_path, "plans/h1.yaml", ONE_KR)
    write(tmp_path, "notes.yaml", ONE_KR)
    run = cli("check", "--show-files", cwd=tmp_path)
    assert (run.code, run.stdout) == (0, "okrs/sales.yaml\nplans/h1.yaml\n")


def test_show_settings_prints_the_config_in_effect(tmp_path: Path) -> None:
    write(tmp_path, ".okrlint.yaml", "ignore: [so-what]\nlang: ru\ntoo-many-krs: {max: 4}\nseverity: {too-few-krs: info}\n")
    run = cli("check", "--show-settings", "--fail-on", "error", cwd=tmp_path)
    assert run.code == 0
    lines = run.stdout.splitlines()
    assert lines[0] == f"config-file: {tmp_path / '.okrlint.yaml'}"
    assert "- OKR102 too-few-krs (info)" in lines and not any("so-what" in line for line in lines if line.startswith("- OKR"))
    assert "ignore:" in lines and "- so-what" in lines
    assert "lang: ru" in lines and "fail-on: error" in lines
    at = lines.index("  too-many-krs:")
    assert lines[at + 1] == "    max: 4"


# -- colour ------------------------------------------------------------------------------------------

def test_color_never_beats_force_color_with_no_escape_code_at_all(tmp_path: Path) -> None:
    write(tmp_path, "t.okr.yaml", TASK_KR.format(comment=""))
    env = {"FORCE_COLOR": "1", "NO_COLOR": "", "TERM": "xterm-256color"}
    never = cli_process("check", "t.okr.yaml", "--color", "never", cwd=tmp_path, env=env)
    assert never.code == 1 and "OKR201" in never.stdout
    assert not ESC.search(never.stdout) and not ESC.search(never.stderr)  # not even bold or underline
    forced = cli_process("check", "t.okr.yaml", cwd=tmp_path, env=env)
    assert ESC.search(forced.stdout)


def test_color_always_beats_no_color_and_a_pipe(tmp_path: Path) -> None:
    write(tmp_path, "t.okr.yaml", TASK_KR.format(comment=""))
    always = cli_process("check", "t.okr.yaml", "--color", "always", cwd=tmp_path, env={"NO_COLOR": "1", "TERM": "xterm"})
    assert re.search(r"\x1b\[[0-9;]*33m", always.stdout)  # the warning in yellow
    auto = cli_process("check", "t.okr.yaml", cwd=tmp_path, env={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert not ESC.search(auto.stdout)  # auto: NO_COLOR before FORCE_COLOR


# -- help ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", [["check"], ["init"], ["rules"], []])
def test_help_shows_flags_as_flags(command: list[str]) -> None:
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "160", "NO_COLOR": "1"}, terminal_width=160)
    assert result.exit_code == 0
    assert "<bool>" not in result.stdout and "list[str]" not in result.stdout, result.stdout


def test_check_help_names_values_by_what_they_are() -> None:
    out = CliRunner().invoke(app, ["check", "--help"], env={"COLUMNS": "160", "NO_COLOR": "1"}, terminal_width=160).stdout
    assert re.search(r"--select\s+-s\s+RULES\s", out) and re.search(r"--also-output\s+FORMAT:FILE\s", out)
    assert re.search(r"\[paths\]\.\.\.", out, re.I) and re.search(r"--color\s+[\[<]auto\|always\|never", out)
    assert re.search(r"--exit-zero\s+Exit 0", out)  # a flag: nothing between the name and its help


# -- suppression comments: their own rule, OKR003 ---------------------------------------------------

@pytest.mark.parametrize(("lang", "start"), [
    ("en", "Unknown rule `unmeasurabel` in an `# okrlint:` comment"),
    ("ru", "Неизвестное правило `unmeasurabel` в комментарии `# okrlint:`"),
    ("zh", "`# okrlint:` 注释中有未知的规则 `unmeasurabel`"),
])
def test_a_misspelt_rule_in_a_comment_is_bad_suppression_okr003(tmp_path: Path, lang: str, start: str) -> None:
    comment = "  # okrlint: disable=unmeasurabel"
    path = write(tmp_path, "t.okr.yaml", TASK_KR.format(comment=comment))
    column = TASK_KR.splitlines()[3].index("{comment}") + comment.index("unmeasurabel") + 1
    run = check_json(path, "--select", "task-not-outcome", "--lang", lang)  # found whatever the selection
    assert [(f["code"], f["rule"], f["severity"], f["line"], f["column"]) for f in run.findings] == [
        ("OKR201", "task-not-outcome", "warning", 4, 9), ("OKR003", "bad-suppression", "warning", 4, column)]
    assert run.findings[1]["message"].startswith(start) and "unmeasurable" in run.findings[1]["message"]
    assert [f["rule"] for f in check_json(path, "--ignore", "bad-suppression,OKR2").findings] == []


def test_bad_suppression_takes_a_severity_and_shows_in_okrlint_rule(tmp_path: Path) -> None:
    write(tmp_path, ".okrlint.yaml", "severity: {bad-suppression: error}\n")
    path = write(tmp_path, "t.okr.yaml", TASK_KR.format(comment="  # okrlint: disable=nothing-like-it"))
    run = check_json(path, "--select", "OKR0", cwd=tmp_path)
    assert [(f["rule"], f["severity"]) for f in run.findings] == [("bad-suppression", "error")]
    page = cli("rule", "OKR003").stdout
    assert "OKR003 bad-suppression" in page and "okrlint: disable=task-not-outcom" in page


# -- the language hint ------------------------------------------------------------------------------

RU_TASK = "objectives:\n  - title: Клиенты сами проходят онбординг\n    key_results:\n" \
          "      - Провести 10 вебинаров для новых клиентов\n      - Поднять активацию с 20% до 35%\n"


@pytest.mark.parametrize(("env", "args", "hinted"), [
    ({"LANG": "en_US.UTF-8"}, (), True),
    ({"LANG": "en_US.UTF-8"}, ("--lang", "en"), False),   # the language was chosen
    ({"LANG": "ru_RU.UTF-8"}, (), False),                 # it is the user's own
    ({"LANG": "C.UTF-8"}, (), False),                     # the locale says nothing
    ({"LANG": "ru_RU.UTF-8", "LC_ALL": "en_GB.UTF-8"}, (), True),  # LC_ALL first, as POSIX
])
def test_a_hint_when_auto_picked_another_language_than_the_locale(tmp_path: Path, env: dict, args: tuple, hinted: bool) -> None:
    write(tmp_path, "t.okr.yaml", RU_TASK)
    run = cli_process("check", "t.okr.yaml", "--select", "task-not-outcome", *args, cwd=tmp_path,
                      env={"LC_ALL": "", "LC_MESSAGES": "", **env})
    assert run.code == 1
    hint = ("okrlint: some messages are in Russian, the language of their OKRs; `--lang en` (or `lang: en` in "
            ".okrlint.yaml) shows them all in English")
    assert (run.stderr.strip() == hint) if hinted else (run.stderr == "")
    json_run = cli_process("check", "t.okr.yaml", "--format", "json", cwd=tmp_path, env={"LC_ALL": "", **env})
    assert json_run.stderr == ""  # machine formats: no chatter


# -- the repository: licence, README set-up and paths ------------------------------------------------

def test_the_declared_licence_file_exists_and_is_mit() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n") and "Permission is hereby granted, free of charge" in text
    sdist = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"]["build"]["targets"]["sdist"]
    assert all((ROOT / name).exists() for name in sdist["include"])


def test_readme_names_no_path_outside_the_repository() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#]+)\)", readme)
    local = [link for link in links if not link.startswith(("http://", "https://"))]
    assert local and all((ROOT / link).exists() for link in local), local
    development = readme.split("## Development", 1)[1].split("```bash\n", 1)[1].split("```", 1)[0]
    scripts = re.findall(r"python (\S+\.py)", development)
    assert scripts and all((ROOT / script).is_file() for script in scripts), scripts
    assert "../" not in development
