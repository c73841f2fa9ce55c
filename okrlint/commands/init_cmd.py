"""`okrlint init`: a commented `.okrlint.yaml` and a starter OKR file in the current folder."""

from __future__ import annotations

import contextlib
import os
from datetime import date
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from okrlint.commands import DocLang
from okrlint.config import CONFIG_NAMES
from okrlint.links import DEFAULT_BRANCH, REPOSITORY, SCHEMA_URL
from okrlint.sanitize import shown

INIT_EPILOG = ("Examples:\n\n  okrlint init\n\n  okrlint init --lang ru --pre-commit\n\n"
               "Writes .okrlint.yaml and okrs/<year>-Q<n>.okr.yaml (the current quarter), and with --pre-commit "
               ".pre-commit-config.yaml; existing files are never overwritten.")

# The first line of a starter OKR file: the VS Code YAML extension (and other editors using the
# yaml-language-server) completes and checks the file against okrlint's schema.
MODELINE = f"# yaml-language-server: $schema={SCHEMA_URL}\n"
PRE_COMMIT_FILE = Path(".pre-commit-config.yaml")
PRE_COMMIT_CONFIG = f"""\
# Lint OKR files on every commit: `pip install pre-commit && pre-commit install`.
# okrlint has no release tags yet: `pre-commit autoupdate --freeze` pins `rev` to a commit SHA.
repos:
  - repo: {REPOSITORY}
    rev: {DEFAULT_BRANCH}
    hooks:
      - id: okrlint
"""


def starter_files(lang: str, today: date, pre_commit: bool = False) -> dict[Path, str]:
    """Relative path → content of every file `init` writes."""
    from okrlint.commands.starter import CONFIG, Quarter, starter_okrs  # the starter texts: only `init` needs them

    quarter = Quarter.of(today)
    files = {
        Path(CONFIG_NAMES[0]): CONFIG[lang],
        Path("okrs") / f"{quarter.period}.okr.yaml": MODELINE + starter_okrs(lang, quarter),
    }
    if pre_commit:
        files[PRE_COMMIT_FILE] = PRE_COMMIT_CONFIG
    return files


def blocked(root: Path, files: list[Path]) -> str | None:
    """Why `init` cannot write `files` under `root`, or None; every file is checked before any is written."""
    # Another config spelling would be shadowed by the new file, so it blocks too.
    for relative in [*(Path(n) for n in CONFIG_NAMES), *files]:
        if os.path.lexists(root / relative):  # lexists: a dangling symlink would be written through
            return f"{relative.as_posix()} already exists; okrlint init never overwrites files"
    for relative in files:
        for folder in reversed(relative.parents[:-1]):  # okrs/ before okrs/sub/; not "." itself
            if os.path.lexists(root / folder) and not (root / folder).is_dir():
                return f"{folder.as_posix()} is in the way: it is not a folder, and {relative.as_posix()} goes inside it"
    return None


def write_new(root: Path, files: dict[Path, str]) -> None:
    """Create every file (and its folders) or, on an OSError, none: what was made is removed again."""
    made: list[Path] = []
    try:
        for relative, content in files.items():
            for folder in reversed((root / relative).parents):
                if not folder.exists():
                    folder.mkdir()
                    made.append(folder)
            with (root / relative).open("x", encoding="utf-8") as handle:  # "x": never overwrite, even a file made meanwhile
                made.append(root / relative)
                handle.write(content)
    except OSError:
        for path in reversed(made):
            with contextlib.suppress(OSError):
                if path.is_dir():
                    path.rmdir()
                else:
                    path.unlink()
        raise


def _fail(message: str) -> NoReturn:
    from rich.console import Console

    Console(stderr=True, highlight=False).print(f"okrlint: error: {shown(message)}", markup=False, soft_wrap=True)
    raise typer.Exit(2)


def init(
    lang: Annotated[DocLang, typer.Option("--lang", "-l", case_sensitive=False, help="Language of the comments and the starter OKRs.")] = DocLang.en,
    pre_commit: Annotated[bool, typer.Option("--pre-commit", help="Also write a .pre-commit-config.yaml that runs okrlint on every commit.")] = False,
) -> None:
    """Start using okrlint here: write a commented .okrlint.yaml and a starter OKR file."""
    files = starter_files(lang.value, date.today(), pre_commit)
    root = Path(".")  # relative, so that messages name files as the user sees them
    if (reason := blocked(root, list(files))) is not None:
        _fail(reason)
    try:
        write_new(root, files)
    except OSError as exc:  # a read-only folder, a full disk: the user's to fix, not an internal error
        where = f"{Path(exc.filename).as_posix()}: " if isinstance(exc.filename, str) else ""
        _fail(f"cannot write the starter files: {where}{exc.strerror or exc}; nothing was written")
    names = [p.as_posix() for p in files]
    created = ", ".join(names[:-1]) + " and " + names[-1]
    print(f"Created {created}. Run `okrlint check` to lint them.")
