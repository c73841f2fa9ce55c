"""The README's set-up commands (a venv, install and run, test) are the ones CI runs."""

import re

from tests.helpers import ROOT


def setup_commands() -> list[str]:
    section = ROOT.joinpath("README.md").read_text(encoding="utf-8").split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", section)


def test_readme_starts_with_a_venv_and_two_setup_commands():
    venv, install, tests = setup_commands()
    # Debian and Ubuntu refuse `pip install` into the system Python (PEP 668): a venv comes first.
    assert venv == "python3 -m venv .venv && . .venv/bin/activate"
    assert install == "pip install . && okrlint check examples/"
    assert "pytest" in tests


def test_ci_runs_exactly_the_readme_test_command():
    _, _, tests = setup_commands()
    ci_lines = [line.strip() for line in ROOT.joinpath(".ci", "run").read_text().splitlines()]
    assert tests in ci_lines
