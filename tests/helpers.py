"""Shared helpers for tests: run the real CLI on real files and read its JSON findings."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import typer.testing
from typer.testing import CliRunner

from okrlint.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def findings(self) -> list[dict]:
        return json.loads(self.stdout)

    def brief(self) -> list[tuple[str, int, int]]:
        """(rule, line, column) of every finding, in report order."""
        return [(f["rule"], f["line"], f["column"]) for f in self.findings]


def _build_command_once() -> None:
    """typer builds the click command from the app's signatures on every `CliRunner.invoke` (~20 ms
    of annotation evaluation, half of a small in-process check); the command is the same each time,
    so build it once per test process. (A typer without `testing._get_command` just stays slower.)"""
    build = getattr(typer.testing, "_get_command", None)
    if build is None or getattr(build, "okrlint_memo", False):
        return
    built: dict[int, object] = {}

    def build_once(typer_app):  # type: ignore[no-untyped-def]
        if id(typer_app) not in built:
            built[id(typer_app)] = build(typer_app)
        return built[id(typer_app)]

    build_once.okrlint_memo = True  # type: ignore[attr-defined]
    typer.testing._get_command = build_once  # type: ignore[attr-defined]


_build_command_once()


def cli(*args: str, cwd: Path | None = None, stdin: str | None = None, env: dict[str, str] | None = None) -> Run:
    """Run `okrlint ARGS` in-process (fast); cwd is changed for the call."""
    runner = CliRunner()
    old = Path.cwd()
    os.chdir(cwd or old)
    try:
        result = runner.invoke(app, list(args), input=stdin, env=env, catch_exceptions=False)
    finally:
        os.chdir(old)
    return Run(result.exit_code, result.stdout, result.stderr)


def cli_process(*args: str, cwd: Path | None = None, stdin: str | None = None, env: dict[str, str] | None = None) -> Run:
    """Run `python -m okrlint ARGS` as a real process (exit codes, stdout/stderr as users see them)."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", **(env or {})}
    proc = subprocess.run([sys.executable, "-m", "okrlint", *args], cwd=cwd or ROOT, input=stdin, capture_output=True,
                          text=True, encoding="utf-8", env=full_env, timeout=120)
    return Run(proc.returncode, proc.stdout, proc.stderr)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def check_json(path: Path, *extra: str, cwd: Path | None = None) -> Run:
    return cli("check", str(path), "--format", "json", *extra, cwd=cwd)


def alias_bomb(key_prefix: str = "", root: str = "objectives") -> str:
    """A "billion laughs" YAML: nine levels of nine aliases, 10^9 strings if anything expanded it."""
    lines = [f'{key_prefix}a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 9):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        lines.append(f"{key_prefix}{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + f"\n{root}: *i\n"


def example_texts(pattern: str = "examples/**/*.okr.yaml", min_chars: int = 4) -> list[tuple[str, str]]:
    """Every string of the example OKR files matching `pattern`, with its folder's language (examples/<x>-en/ → en)."""
    import yaml

    texts = []
    for path in sorted(ROOT.glob(pattern)):
        lang = path.parent.name.rsplit("-", 1)[-1]
        stack: list = list(yaml.safe_load_all(path.read_text(encoding="utf-8")))
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, str) and len(item) >= min_chars:
                texts.append((item, lang))
    return texts


def check_bad_examples(tmp_path: Path) -> list:
    """`okrlint check --no-cache` (a subprocess) of the bad example of every language copied under
    `tmp_path`, with cache folders of the test's own; the JSON findings."""
    for lang in ("en", "ru", "zh"):
        target = tmp_path / "okrs" / f"{lang}.okr.yaml"
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(EXAMPLES / lang / "bad.okr.yaml", target)
    run = cli_process("check", "okrs", "--no-cache", "--format", "json", cwd=tmp_path,
                      env={"XDG_CACHE_HOME": str(tmp_path / "xdg"), "OKRLINT_CACHE_DIR": str(tmp_path / "results")})
    assert run.stderr == ""
    return run.findings
