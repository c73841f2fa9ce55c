"""The integration snippets in README.md parse, and name hooks, inputs and options that exist."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from okrlint.cli import app
from okrlint.links import DEFAULT_BRANCH, REPOSITORY

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


def _git_tags() -> set[str]:
    """The tags this checkout has; none when git or the repository is not there (CI copies the tree)."""
    try:
        out = subprocess.run(["git", "tag", "--list"], cwd=REPO_ROOT, capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return set()
    return set(out.split())


def _refs_in_snippets() -> list[str]:
    """Every ref a snippet installs okrlint at: `rev:`, `uses: okrlint/okrlint@…`, `git+…@…`."""
    region = _region()
    return [*re.findall(r"^\s*rev:\s*(\S+)", region, re.M),
            *re.findall(rf"uses:\s*{ACTION_REPO}@(\S+)", region),
            *re.findall(rf"git\+https://github\.com/{ACTION_REPO}@([^\s\"']+)", region)]


def test_every_snippet_ref_is_one_that_resolves() -> None:
    """No tag exists before the first release, so snippets follow the default branch (a full
    commit SHA is the documented way to pin); a tag is fine once this repository has it."""
    refs = _refs_in_snippets()
    assert len(refs) == 3  # pre-commit, the workflow, GitLab's pip install
    tags = _git_tags()
    for ref in refs:
        assert ref == DEFAULT_BRANCH or re.fullmatch(r"[0-9a-f]{40}", ref) or ref in tags, ref
    assert "full commit SHA" in _region() and "git ls-remote" in _region()


def test_pre_commit_snippet_uses_the_hook_this_repo_defines() -> None:
    hooks = yaml.safe_load((REPO_ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (repo,) = _yaml_snippet("repos")["repos"]
    assert repo["repo"] == REPOSITORY == f"https://github.com/{ACTION_REPO}" and repo["rev"] == DEFAULT_BRANCH
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


def _action() -> dict:
    return yaml.safe_load((REPO_ROOT / "action.yml").read_text(encoding="utf-8"))


def test_workflow_snippet_uses_the_action_only() -> None:
    workflow = _yaml_snippet("jobs")
    steps = workflow["jobs"]["okrlint"]["steps"]
    assert [s["uses"] for s in steps] == ["actions/checkout@v4", f"{ACTION_REPO}@{DEFAULT_BRANCH}"]
    assert not any("run" in s for s in steps)  # okrlint runs once, inside the action
    ours = steps[1]
    assert set(ours["with"]) <= set(_action()["inputs"]) and ours["with"]["sarif"] is True
    assert workflow["jobs"]["okrlint"]["permissions"]["security-events"] == "write"


def test_action_runs_okrlint_once_in_its_own_venv_with_sarif_and_pip_cache() -> None:
    action = _action()
    assert action["runs"]["using"] == "composite"
    inputs = action["inputs"]
    assert (inputs["paths"]["default"], inputs["args"]["default"], inputs["sarif"]["default"], inputs["cache"]["default"]) == (
        ".", "", "false", "true")
    steps = action["runs"]["steps"]
    setup = next(s for s in steps if str(s.get("uses", "")).startswith("actions/setup-python@"))
    assert setup["with"]["update-environment"] is False  # the job's Python and PATH stay as they were
    cache = next(s for s in steps if str(s.get("uses", "")).startswith("actions/cache@"))
    assert cache["if"] == "${{ inputs.cache == 'true' }}" and "pip-cache.outputs.dir" in cache["with"]["path"]
    install = next(s for s in steps if s.get("id") == "install")
    assert '"$PYTHON" -m venv "$VENV"' in install["run"] and install["env"]["VENV"] == "${{ runner.temp }}/okrlint-venv"
    check_step = next(s for s in steps if s.get("id") == "check")
    # Inputs reach the script through the environment only: no `${{ }}` inside the shell text.
    assert "${{" not in check_step["run"] and check_step["env"]["OKRLINT_PATHS"] == "${{ inputs.paths }}"
    command = check_step["run"].strip().splitlines()[-1]
    assert command == '"$OKRLINT_BIN/okrlint" check $OKRLINT_PATHS --format github "$@" $OKRLINT_ARGS'
    assert 'set -- --also-output "sarif:$OKRLINT_SARIF"' in check_step["run"]
    upload = next(s for s in steps if str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif@"))
    assert "inputs.sarif == 'true'" in upload["if"] and upload["with"]["sarif_file"] == "${{ inputs.sarif-file }}"


def test_gitlab_snippet_reports_code_quality_and_junit() -> None:
    job = _yaml_snippet("okrlint")["okrlint"]
    (command,) = _okrlint_commands(job["script"])  # one run writes both reports
    outputs = dict(command[i + 1].split(":", 1) for i, arg in enumerate(command) if arg == "--also-output")
    assert job["artifacts"]["reports"] == {"codequality": outputs["gitlab"], "junit": outputs["junit"]}
    assert job["artifacts"]["when"] == "always"


def test_readme_commands_are_accepted_by_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every `okrlint …` line in the region parses as a real command line (run with --help)."""
    lines = [re.sub(r"\s+#.*$", "", line).strip() for body in [*_snippets("bash"), *_snippets("yaml")]
             for line in body.splitlines()]
    lines = [re.sub(r"^(- |run: )", "", line) for line in lines]
    commands = _okrlint_commands([line.split(" > ")[0] for line in lines])
    assert len(commands) >= 7
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
