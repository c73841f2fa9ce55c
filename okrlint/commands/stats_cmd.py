"""`okrlint stats`: per team, objectives, KRs, findings by rule, and the share of clean KRs."""

from __future__ import annotations

import csv
import io
import json
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from okrlint.sanitize import shown

if TYPE_CHECKING:
    from rich.table import Table

STATS_EPILOG = "Examples:\n\n  okrlint stats examples/company-ru/\n\n  okrlint stats okrs/ --format csv > quality.csv"


class StatsFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def stats(
    paths: Annotated[Optional[list[str]], typer.Argument(help="OKR files or folders. Default: the current folder.", show_default=False)] = None,
    stats_format: Annotated[StatsFormat, typer.Option("--format", "-f", help="A rich table, JSON or CSV.")] = StatsFormat.table,
    config_path: Annotated[Optional[Path], typer.Option("--config", "-c", help="Use this config file.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Read every OKR file of the root instead of the cached index.")] = False,
    no_color: Annotated[bool, typer.Option("--no-color", help="Plain text without colours.")] = False,
) -> None:
    """Quality per team: objectives, key results, findings by rule, share of KRs without findings."""
    # rich's table, tree and text load only when this command runs, not on every `okrlint check`.
    from rich.console import Console

    from okrlint.commands.system_run import lint_system
    from okrlint.views import team_stats

    run = lint_system(paths or ["."], config_path, None, no_cache)
    rows = team_stats(run.result.systems, run.files, run.result.findings)
    if stats_format is StatsFormat.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif stats_format is StatsFormat.csv:
        print(stats_csv(rows), end="")
    else:
        Console(no_color=no_color or None, highlight=False).print(stats_table(rows))


def stats_csv(rows: list[dict[str, Any]]) -> str:
    """One line per team and rule ("" rule: the team's totals), so a spreadsheet can pivot it."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["team", "objectives", "key_results", "clean_key_results", "quality", "rule", "findings"])
    for row in rows:
        base = [_cell(row["team"]), row["objectives"], row["key_results"], row["clean_key_results"],
                "" if row["quality"] is None else row["quality"]]
        writer.writerow([*base, "", sum(row["findings"].values())])
        for rule, count in row["findings"].items():
            writer.writerow([*base, rule, count])
    return out.getvalue()


def _cell(value: str) -> str:
    """A team name that a spreadsheet would run as a formula ("=HYPERLINK(…)") is quoted as text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def stats_table(rows: list[dict[str, Any]]) -> Table:
    from rich.table import Table
    from rich.text import Text

    table = Table(title="OKR quality by team")
    for header, justify in (("team", "left"), ("objectives", "right"), ("key results", "right"),
                            ("quality", "right"), ("findings by rule", "left")):
        table.add_column(header, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for row in rows:
        quality = "—" if row["quality"] is None else f"{row['quality']:.0%}"
        style = "green" if (row["quality"] or 0) >= 0.8 else "yellow" if (row["quality"] or 0) >= 0.5 else "red"
        findings = ", ".join(f"{rule} {count}" for rule, count in row["findings"].items()) or "—"
        table.add_row(Text(shown(row["team"])), str(row["objectives"]), str(row["key_results"]),
                      Text(quality, style=style), Text(findings))
    return table
