"""`okrlint init`: a commented `.okrlint.yaml` and a starter OKR file in the current folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from okrlint.commands import DocLang
from okrlint.commands.starter import CONFIG, Quarter, starter_okrs
from okrlint.config import CONFIG_NAMES

INIT_EPILOG = ("Examples:\n\n  okrlint init\n\n  okrlint init --lang ru\n\n"
               "Writes .okrlint.yaml and okrs/<year>-Q<n>.okr.yaml (the current quarter); existing files are never overwritten.")


def starter_files(lang: str, today: date) -> dict[Path, str]:
    """Relative path → content of every file `init` writes."""
    quarter = Quarter.of(today)
    return {
        Path(CONFIG_NAMES[0]): CONFIG[lang],
        Path("okrs") / f"{quarter.period}.okr.yaml": starter_okrs(lang, quarter),
    }


def init(
    lang: Annotated[DocLang, typer.Option("--lang", "-l", help="Language of the comments and the starter OKRs.")] = DocLang.en,
) -> None:
    """Start using okrlint here: write a commented .okrlint.yaml and a starter OKR file."""
    root = Path.cwd()
    files = starter_files(lang.value, date.today())
    # Another config spelling would be shadowed by the new file, so it blocks too.
    taken = [p for p in [*(Path(n) for n in CONFIG_NAMES), *files] if (root / p).exists()]
    if taken:
        Console(stderr=True, highlight=False).print(
            f"okrlint: error: {taken[0].as_posix()} already exists; okrlint init never overwrites files", markup=False, soft_wrap=True)
        raise typer.Exit(2)
    for relative, content in files.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(content, encoding="utf-8")
    created = " and ".join(p.as_posix() for p in files)
    print(f"Created {created}. Run `okrlint check` to lint them.")
