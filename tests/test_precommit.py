"""The pre-commit hook, run for real: `pre-commit run` with a user's config naming a committed copy
of okrlint builds okrlint into a hook venv (its dependencies from PyPI) and lints the user's
repository with it.

Not `pre-commit try-repo`: it makes a new store for every call, so each call built the hook venv
again (~20 s each). One store shared by the test processes builds it once; pre-commit locks its
store, so a second process waits for the first one's install and then reuses it."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
# The working tree is snapshotted and committed (not named directly): pre-commit clones a hook
# repository at a commit, which would leave out changes and files git does not track yet.
SNAPSHOT_IGNORE = shutil.ignore_patterns(".git", ".venv", "venv", "__pycache__", ".pytest_cache", ".hypothesis",
                                         "build", "dist", "*.egg-info", ".mypy_cache", ".ruff_cache")

BAD_OKRS = """\
objectives:
  - title: Customers trust our uptime
    key_results:
      - Raise availability from 99.5% to 99.9% by June 30
"""
GOOD_OKRS = """\
objectives:
  - title: Customers trust our uptime
    why: Outages are the top reason customers cancel
    key_results:
      - Raise availability from 99.5% to 99.9% by June 30
      - Cut paging incidents from 12 to 4 a month by June 30
"""
NOT_AN_OKR = "services: {web: {image: nginx}}\n"  # YAML outside okrs/: the hook must leave it alone

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit hooks need git, which is not installed")


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def _init_repo(path: Path) -> None:
    path.mkdir(parents=True)
    _git(path, "init", "-q")
    _git(path, "config", "user.email", "okrlint-tests@example.com")
    _git(path, "config", "user.name", "okrlint tests")
    _git(path, "config", "commit.gpgsign", "false")


@pytest.fixture(scope="session")
def shared_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder every test process of this run sees: the parent of the xdist workers' own folders."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextlib.contextmanager
def _only_one_process(lock_file: Path):
    """Hold an exclusive lock on `lock_file` (the others wait), where the platform has flock."""
    try:
        import fcntl
    except ImportError:  # not POSIX: each process makes its own copy, as it waits for nobody
        yield
        return
    with open(lock_file, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@pytest.fixture(scope="module")
def hook_env(shared_folder: Path) -> dict[str, str]:
    """One PRE_COMMIT_HOME for the run, so the hook's venv is built once."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PRE_COMMIT", "GIT_"))}
    env["PRE_COMMIT_HOME"] = str(shared_folder / "pre-commit-home")
    env.pop("NO_COLOR", None)
    return env


@pytest.fixture(scope="module")
def hook_repo(shared_folder: Path) -> Path:
    """A committed copy of the okrlint working tree, as pre-commit would clone it (made once per run:
    the store knows a hook repository by its path)."""
    snapshot = shared_folder / "okrlint-hook"
    with _only_one_process(shared_folder / "okrlint-hook.lock"):
        if not (snapshot / ".git").exists():
            shutil.rmtree(snapshot, ignore_errors=True)  # a copy a crashed process left half made
            shutil.copytree(REPO_ROOT, snapshot, ignore=SNAPSHOT_IGNORE)
            _git(snapshot, "init", "-q")
            _git(snapshot, "config", "user.email", "okrlint-tests@example.com")
            _git(snapshot, "config", "user.name", "okrlint tests")
            _git(snapshot, "add", "-A")
            _git(snapshot, "commit", "-q", "--no-verify", "-m", "snapshot")
    return snapshot


def _run_hook(hook_repo: Path, user_repo: Path, env: dict[str, str], *files: str) -> subprocess.CompletedProcess[str]:
    """`pre-commit run` in `user_repo`, whose config names the hook repository at its commit."""
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=hook_repo, check=True, capture_output=True, text=True)
    config = f"repos:\n  - repo: {hook_repo.as_posix()}\n    rev: {head.stdout.strip()}\n    hooks: [{{id: okrlint}}]\n"
    (user_repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    _git(user_repo, "add", "-A")
    which = ["--files", *files] if files else ["--all-files"]
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "okrlint", *which, "--color", "never"],
        cwd=user_repo, env=env, capture_output=True, text=True, timeout=900,
    )


def test_hook_fails_on_bad_okrs_and_passes_on_good_ones(tmp_path: Path, hook_repo: Path, hook_env: dict[str, str]) -> None:
    user_repo = tmp_path / "team"
    _init_repo(user_repo)
    (user_repo / "okrs").mkdir()
    (user_repo / "okrs" / "platform.yaml").write_text(BAD_OKRS, encoding="utf-8")
    (user_repo / "docker-compose.yaml").write_text(NOT_AN_OKR, encoding="utf-8")

    bad = _run_hook(hook_repo, user_repo, hook_env)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "okrlint" in bad.stdout and "Failed" in bad.stdout
    assert "okrs/platform.yaml" in bad.stdout and "OKR102" in bad.stdout
    assert "docker-compose.yaml" not in bad.stdout  # `files:` kept a non-OKR YAML file out

    # Two quarters of the same OKRs: the same KRs in two periods are no duplicate-kr.
    (user_repo / "okrs" / "platform.yaml").write_text("period: 2026-Q2\n" + GOOD_OKRS, encoding="utf-8")
    (user_repo / "q3.okr.yml").write_text("period: 2026-Q3\n" + GOOD_OKRS, encoding="utf-8")
    good = _run_hook(hook_repo, user_repo, hook_env)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout


COMPANY_OKRS = """\
objectives:
  - id: grow
    title: Become the cloud platform mid-size banks trust
    key_results:
      - Grow ARR from $10M to $15M
      - Raise NPS from 35 to 50
"""
# A changed child: one objective restates the parent's KR, another names a parent that does not exist.
CHILD_OKRS = """\
objectives:
  - title: Grow ARR from $10M to $15M
    parent: company#grow
    why: The board asked for it
    key_results:
      - Raise trial-to-paid conversion from 15% to 25% by June 30
      - Cut trial setup time from 3 days to 2 hours by June 30
  - title: Bank IT teams finish the security review in a week
    parent: company#grwo
    why: Security reviews stall most of our deals
    key_results:
      - Cut security review time from 6 weeks to 1 week by June 30
      - Raise the share of reviews passed first time from 40% to 80% by June 30
"""


def test_a_changed_child_is_checked_against_its_unchanged_parent(tmp_path: Path, hook_repo: Path, hook_env: dict[str, str]) -> None:
    """pre-commit passes only the changed file; the parent comes from the root index."""
    user_repo = tmp_path / "company"
    _init_repo(user_repo)
    (user_repo / "okrs").mkdir()
    (user_repo / "okrs" / "company.okr.yaml").write_text(COMPANY_OKRS, encoding="utf-8")
    _git(user_repo, "add", "-A")
    _git(user_repo, "commit", "-q", "--no-verify", "-m", "company OKRs")
    (user_repo / "okrs" / "team.okr.yaml").write_text(CHILD_OKRS, encoding="utf-8")
    env = {**hook_env, "OKRLINT_CACHE_DIR": str(tmp_path / "okrlint-cache")}

    run = _run_hook(hook_repo, user_repo, env, "okrs/team.okr.yaml")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "okrs/team.okr.yaml:2:12: warning OKR301 [cascaded-kpi]" in run.stdout  # the parent's KR, restated
    assert "okrs/team.okr.yaml:9:13: error OKR302 [unknown-parent]" in run.stdout and "did you mean company#grow?" in run.stdout
    assert "okrs/company.okr.yaml" not in run.stdout  # findings only for the file given
