"""The run behind `okrlint tree` and `okrlint stats`: lint the paths, keep the graph."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import typer
from rich.console import Console
from rich.text import Text

from okrlint.config import ConfigError, load_config
from okrlint.discovery import discover
from okrlint.engine import LintResult, lint
from okrlint.registry import RuleDataError, load_registry
from okrlint.sanitize import shown


@dataclass(slots=True)
class SystemRun:
    result: LintResult
    files: set[str]  # the linted files as findings name them


def lint_system(paths: list[str], config_path: Path | None, lang: str | None, no_cache: bool) -> SystemRun:
    """Lint `paths` with the project config and the graph kept; a usage mistake exits 2 with one line."""
    try:
        registry = load_registry()
        config = load_config(Path.cwd(), registry, explicit=config_path)
        if lang is not None:
            config.lang = lang
        found = discover(paths, config.include, config.exclude, config.root)
        if found.missing:
            raise ConfigError(f"no such file or folder: {', '.join(found.missing)}")
        targets = [t for t in found.targets if t.path is not None or t.refused is not None]  # no stdin here
        if not targets:
            raise ConfigError(f"no OKR files found in {', '.join(paths)}")
    except (ConfigError, RuleDataError) as exc:
        Console(stderr=True, highlight=False).print(Text.assemble(("okrlint: error: ", "bold red"), shown(str(exc))))
        raise typer.Exit(2) from exc
    result = lint(targets, config, registry, use_cache=not no_cache, whole_tree=all(os.path.isdir(p) for p in paths),
                  keep_graph=True)
    return SystemRun(result, {t.shown_as for t in targets})
