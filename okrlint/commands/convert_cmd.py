"""`okrlint convert`: the canonical YAML of OKRs read from Markdown, CSV/TSV, XLSX (or YAML).

For a team that wants to move its OKRs into YAML: the file goes through the same loader and
schema as `okrlint check`, so what is written is exactly what okrlint read. A file with errors
is not converted (the errors are shown, as `check` would show them); warnings are shown and the
YAML is still written. Nothing is overwritten without --force.
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
import yaml

from okrlint.config import ConfigError, load_config
from okrlint.discovery import display_path
from okrlint.engine import INVALID, problem_finding
from okrlint.lazy_console import LazyConsole
from okrlint.loader import Limits, read_path
from okrlint.models import KeyResult, Objective, OkrSet
from okrlint.registry import RuleDataError, load_registry
from okrlint.sanitize import shown, shown_path
from okrlint.schema import build_sets

if TYPE_CHECKING:
    from rich.console import Console

CONVERT_EPILOG = ("Examples:\n\n  okrlint convert OKR.md --to yaml\n\n"
                  "  okrlint convert team.okr.xlsx --output okrs/team.okr.yaml\n\n"
                  "Writes to stdout unless --output is given; an existing --output file needs --force.")


class TargetFormat(str, Enum):
    yaml = "yaml"


_err = LazyConsole(lambda: _stderr_console())  # rich loads only when convert has something to say


def _stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def convert(
    file: Annotated[Path, typer.Argument(help="The OKR file to convert (Markdown, CSV/TSV, XLSX or YAML).", show_default=False)],
    to: Annotated[TargetFormat, typer.Option("--to", case_sensitive=False, help="The format to write.")] = TargetFormat.yaml,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite --output if it exists.")] = False,
) -> None:
    """Write the canonical YAML of an OKR file okrlint can read (Markdown, CSV/TSV, XLSX)."""
    if output is not None and os.path.lexists(output) and not force:
        _fail(f"{display_path(output)} already exists; pass --force to overwrite it")
    if not file.is_file():
        _fail(f"no such file: {display_path(file)}")
    try:
        registry = load_registry()
        config = load_config(Path.cwd(), registry)
    except (ConfigError, RuleDataError) as exc:
        _fail(str(exc))
    shown_as = display_path(file)
    loaded = read_path(file, shown_as, Limits(max_bytes=config.max_file_size), config.columns)
    built = build_sets(loaded.documents, shown_as) if loaded.documents else None
    problems = loaded.problems + (built.problems if built is not None else [])
    invalid = registry.find(INVALID)
    for problem in problems:
        finding = problem_finding(invalid, problem, loaded, config)
        _err.print(f"{shown_path(finding.path)}:{finding.place}: {finding.code} [{finding.rule}] {shown(finding.message)}",
                   markup=False, soft_wrap=True)
    if built is None or not built.sets or any(p.severity == "error" for p in problems):
        _fail(f"{shown_as} was not converted: fix the errors above first", code=1)
    text = canonical_yaml(built.sets, shown_as)
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(f"cannot write {display_path(output)}: {exc.strerror or exc}")
    _err.print(f"okrlint: wrote {shown(display_path(output))}", markup=False)


def canonical_yaml(sets: list[OkrSet], source: str) -> str:
    """The OKR sets as YAML in the documented file format, one `---` document per set."""
    documents = [_okr_set(s) for s in sets]
    body = yaml.safe_dump_all(documents, allow_unicode=True, sort_keys=False, width=120, explicit_start=len(documents) > 1)
    return f"# Converted from {source.replace(chr(10), ' ')} by `okrlint convert`.\n{body}"


def _okr_set(okr_set: OkrSet) -> dict:
    data: dict = {name: getattr(okr_set, name).value for name in ("period", "team", "owner") if getattr(okr_set, name)}
    if okr_set.lang:
        data["lang"] = okr_set.lang
    if okr_set.kpis:
        data["kpis"] = [k.name.value if k.target is None else {"name": k.name.value, "target": k.target.value} for k in okr_set.kpis]
    data["objectives"] = [_objective(o) for o in okr_set.objectives]
    return data


def _objective(objective: Objective) -> dict:
    data: dict = {}
    for name in ("id", "title", "why", "parent", "type", "owner"):
        value = getattr(objective, name)
        if value is not None:
            data[name] = value if isinstance(value, str) else value.value
    data["key_results"] = [_key_result(kr) for kr in objective.key_results]
    return data


def _key_result(kr: KeyResult) -> str | dict:
    data: dict = {"title": kr.title.value}
    for name in ("metric", "baseline", "target", "unit", "due", "owner"):
        value = getattr(kr, name)
        if value is not None:
            data[name] = value.value
    if kr.score is not None:
        data["score"] = kr.score
    if kr.initiatives:
        data["initiatives"] = [i.value for i in kr.initiatives]
    return kr.title.value if len(data) == 1 else data  # the short form, as people write it


def _fail(message: str, code: int = 2) -> None:
    _err.print(f"okrlint: error: {shown(message)}", markup=False, soft_wrap=True)
    raise typer.Exit(code)
