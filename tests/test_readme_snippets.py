"""The integration snippets in README.md parse, and name hooks, inputs and options that exist."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from okrlint import __version__
from okrlint.cli import app

REPO_ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- integrations:start -->", "<!-- integrations:end -->"
FENCE = re.compile(r"```(\w+)\n(.*?)```", re.S)
ACTION_REPO = "okrlint/okrlint"


def _region() -> str:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split(START, 1)[1].split(END, 1)[0]


def _snippets(kind: str) -> list[str]:
    return [body for lang, body in FENCE.findall(_region()) if lang == kind]


def _yaml_snippet(key: str) -> dict:
    """The one YAML snippet whose top level has `key`."""
    found = [data for data in map(yaml.safe_load, _snippets("yaml")) if isinstance(data, dict) and key in data]
    assert len(found) == 1, f"expected one YAML snippet with `{key}`"
    return found[0]


def _okrlint_commands(lines: list[str]) -> list[list[str]]:
    return [shlex.split(line)[1:] for line in lines if line.startswith("okrlint ")]


def test_every_yaml_and_json_snippet_parses() -> None:
    assert len(_snippets("yaml")) >= 4
    for body in _snippets("yaml"):
        yaml.safe_load(body)
    for body in _snippets("json"):
        json.loads(body)


def test_pre_commit_snippet_uses_the_hook_this_repo_defines() -> None:
    hooks = yaml.safe_load((REPO_ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (repo,) = _yaml_snippet("repos")["repos"]
    assert repo["repo"] == f"https://github.com/{ACTION_REPO}" and repo["rev"] == f"v{__version__}"
    hook_ids = {hook["id"] for hook in hooks}
    assert [hook["id"] for hook in repo["hooks"]] == ["okrlint"] and "okrlint" in hook_ids
    (hook,) = hooks
    assert (hook["entry"], hook["language"], hook["require_serial"]) == ("okrlint check --force-exclude", "python", True)


@pytest.mark.parametrize(("path", "linted"), [
    ("q1.okr.yaml", True), ("team/Q1.OKR.YML", True), ("okrs/sales.yaml", True), ("plans/okrs/2026/h1.yml", True),
    ("docker-compose.yaml", False), ("okrs/README.md", False), ("notokrs/x.yaml", False), ("q1.okr.yaml.bak", False),
])
def test_hook_files_pattern_matches_what_okrlint_finds(path: str, linted: bool) -> None:
    (hook,) = yaml.safe_load((REPO_ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert bool(re.search(hook["files"], path)) is linted  # pre-commit applies `files` with re.search


def test_workflow_snippet_uses_only_inputs_the_action_has() -> None:
    action = yaml.safe_load((REPO_ROOT / "action.yml").read_text(encoding="utf-8"))
    workflow = _yaml_snippet("jobs")
    steps = workflow["jobs"]["okrlint"]["steps"]
    (ours,) = [s for s in steps if str(s.get("uses", "")).startswith(f"{ACTION_REPO}@")]
    assert ours["uses"] == f"{ACTION_REPO}@v{__version__}"
    assert set(ours["with"]) <= set(action["inputs"])
    (upload,) = [s for s in steps if str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif@")]
    (sarif_cmd,) = _okrlint_commands([s.get("run", "") for s in steps])
    assert sarif_cmd[sarif_cmd.index("--format") + 1] == "sarif"
    assert sarif_cmd[sarif_cmd.index("--output") + 1] == upload["with"]["sarif_file"]
    assert workflow["jobs"]["okrlint"]["permissions"]["security-events"] == "write"


def test_action_runs_okrlint_with_github_annotations() -> None:
    action = yaml.safe_load((REPO_ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert action["inputs"]["paths"]["default"] == "." and action["inputs"]["args"]["default"] == ""
    runs = [step.get("run", "") for step in action["runs"]["steps"]]
    assert 'python -m pip install --disable-pip-version-check --quiet "${{ github.action_path }}"' in runs
    assert "okrlint check $OKRLINT_PATHS --format github $OKRLINT_ARGS" in runs
    check_step = next(s for s in action["runs"]["steps"] if "okrlint check" in s.get("run", ""))
    assert check_step["env"] == {"OKRLINT_PATHS": "${{ inputs.paths }}", "OKRLINT_ARGS": "${{ inputs.args }}"}


def test_gitlab_snippet_reports_code_quality_and_junit() -> None:
    job = _yaml_snippet("okrlint")["okrlint"]
    commands = _okrlint_commands(job["script"])
    outputs = {cmd[cmd.index("--format") + 1]: cmd[cmd.index("--output") + 1] for cmd in commands if "--output" in cmd}
    assert job["artifacts"]["reports"] == {"codequality": outputs["gitlab"], "junit": outputs["junit"]}
    assert job["artifacts"]["when"] == "always"


def test_readme_commands_are_accepted_by_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every `okrlint …` line in the region parses as a real command line (run with --help)."""
    lines = [re.sub(r"\s+#.*$", "", line).strip() for body in [*_snippets("bash"), *_snippets("yaml")]
             for line in body.splitlines()]
    lines = [re.sub(r"^(- |run: )", "", line) for line in lines]
    commands = _okrlint_commands([line.split(" > ")[0] for line in lines])
    assert len(commands) >= 8
    monkeypatch.chdir(tmp_path)
    for args in commands:
        # --help after the options: click still parses them first and rejects any unknown one.
        result = CliRunner().invoke(app, [*args, "--help"])
        assert result.exit_code == 0, (args, result.output)


def test_vscode_settings_cover_the_files_okrlint_lints() -> None:
    (settings,) = [json.loads(body) for body in _snippets("json")]
    (globs,) = settings["yaml.schemas"].values()
    assert {"*.okr.yaml", "*.okr.yml", "okrs/**/*.yaml", "okrs/**/*.yml"} <= set(globs)
    assert any("# yaml-language-server: $schema=" in body for body in _snippets("yaml"))
