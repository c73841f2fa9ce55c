"""Command-line conventions: colours (NO_COLOR / FORCE_COLOR), --version, --help with examples,
--fail-on, --exit-zero, --statistics, and --format auto under GitHub Actions."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from okrlint import __version__
from okrlint.cli import app

REPO_ROOT = Path(__file__).resolve().parent.parent
ONE_KR = """\
objectives:
  - title: Customers trust our uptime
    key_results:
      - Raise availability from 99.5% to 99.9% by June 30
  - title: Sales calls end with a clear next step
    key_results:
      - Raise call-to-meeting conversion from 12% to 25% by June 30
"""
BROKEN = "objectives:\n  - title: [not, text]\n"
ANSI = re.compile(r"\x1b\[([0-9;]*)m")
# SGR parameters that set a colour: 30–37, 90–97 (and background), 38;… / 48;… for 256/truecolour.
COLOUR_SGR = re.compile(r"(^|;)(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;|$)")
SELECT = ["--select", "too-few-krs"]  # pinned, so rules added later do not change these counts

runner = CliRunner()


@pytest.fixture()
def okrs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "team.okr.yaml").write_text(ONE_KR, encoding="utf-8")
    (tmp_path / "broken.okr.yaml").write_text(BROKEN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for name in ("GITHUB_ACTIONS", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def run(okrs: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The real program, so rich sees a real (non-terminal) stdout and the real environment."""
    clean = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "GITHUB_ACTIONS", "TERM", "COLORTERM")}
    clean["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-m", "okrlint", *args], cwd=okrs, env={**clean, "TERM": "xterm-256color", **env},
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def colour_codes(text: str) -> list[str]:
    return [params for params in ANSI.findall(text) if COLOUR_SGR.search(params)]


def test_plain_output_to_a_pipe(okrs: Path) -> None:
    result = run(okrs, "check", "team.okr.yaml", *SELECT)
    assert result.returncode == 1 and "OKR102" in result.stdout
    assert "\x1b[" not in result.stdout


def test_force_color_colours_a_pipe(okrs: Path) -> None:
    result = run(okrs, "check", "team.okr.yaml", *SELECT, FORCE_COLOR="1")
    assert colour_codes(result.stdout), result.stdout


@pytest.mark.parametrize(("args", "env"), [
    ((), {"NO_COLOR": "1", "FORCE_COLOR": "1"}),   # NO_COLOR wins over FORCE_COLOR
    (("--no-color",), {"FORCE_COLOR": "1"}),        # and so does --no-color
])
def test_no_color_beats_force_color(okrs: Path, args: tuple[str, ...], env: dict[str, str]) -> None:
    result = run(okrs, "check", "team.okr.yaml", *SELECT, *args, **env)
    assert result.returncode == 1 and "OKR102" in result.stdout
    assert colour_codes(result.stdout) == []


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.stdout) == (0, f"okrlint {__version__}\n")


@pytest.mark.parametrize("command", ["check", "rules", "rule", "schema", "init"])
def test_every_command_has_help_with_examples(command: str) -> None:
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 0
    assert "Examples:" in result.stdout and f"okrlint {command}" in result.stdout


def test_fail_on(okrs: Path) -> None:
    warnings_only = ["check", "team.okr.yaml", *SELECT, "--format", "concise"]
    assert runner.invoke(app, warnings_only).exit_code == 1  # default: warning
    assert runner.invoke(app, [*warnings_only, "--fail-on", "error"]).exit_code == 0
    assert runner.invoke(app, ["check", "broken.okr.yaml", "--fail-on", "error"]).exit_code == 1
    (okrs / ".okrlint.yaml").write_text("severity: {too-few-krs: info}\n", encoding="utf-8")
    assert runner.invoke(app, warnings_only).exit_code == 0
    assert runner.invoke(app, [*warnings_only, "--fail-on", "info"]).exit_code == 1


def test_exit_zero_still_reports(okrs: Path) -> None:
    result = runner.invoke(app, ["check", ".", *SELECT, "--format", "concise", "--exit-zero"])
    assert result.exit_code == 0
    *findings, blank, summary = result.stdout.splitlines()
    assert [line.split(" [", 1)[0] for line in findings] == [
        "broken.okr.yaml:2:12: error OKR001", "team.okr.yaml:2:12: warning OKR102", "team.okr.yaml:5:12: warning OKR102"]
    assert (blank, summary) == ("", "2 files, 2 objectives, 2 key results: 1 error, 2 warnings")


def test_statistics(okrs: Path) -> None:
    result = runner.invoke(app, ["check", ".", *SELECT, "--statistics", "--no-color"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert "    2  OKR102  too-few-krs" in lines and "    1  OKR001  invalid-okr" in lines
    assert lines.index("    2  OKR102  too-few-krs") < lines.index("    1  OKR001  invalid-okr")  # most frequent first
    assert "    2  OKR102" not in runner.invoke(app, ["check", ".", *SELECT, "--no-color"]).stdout


def test_format_auto_is_github_under_github_actions(okrs: Path) -> None:
    auto = runner.invoke(app, ["check", "team.okr.yaml", *SELECT], env={"GITHUB_ACTIONS": "true"})
    assert auto.stdout.startswith("::warning file=team.okr.yaml,line=2,endLine=2,col=12,")
    assert auto.stdout.endswith("okrlint: 2 findings (2 warnings) in 1 file\n")
    text = runner.invoke(app, ["check", "team.okr.yaml", *SELECT, "--format", "text"], env={"GITHUB_ACTIONS": "true"})
    assert "::warning" not in text.stdout and "OKR102" in text.stdout
    local = runner.invoke(app, ["check", "team.okr.yaml", *SELECT], env={"GITHUB_ACTIONS": "false"})
    assert "::warning" not in local.stdout
