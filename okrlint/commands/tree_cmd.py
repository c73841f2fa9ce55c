"""`okrlint tree`: the OKR system as a tree — levels and teams, objectives, key results, findings."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from okrlint.commands import DocLang
from okrlint.sanitize import shown

if TYPE_CHECKING:
    from rich.text import Text
    from rich.tree import Tree

TREE_EPILOG = "Examples:\n\n  okrlint tree examples/company-en/\n\n  okrlint tree okrs/ --format json"
MARKS = {"error": ("✖", "bold red"), "warning": ("▲", "yellow"), "info": ("●", "cyan")}
LEVEL_NAMES = {"company": "Company", "team": "Team", "person": "Person"}


class TreeFormat(str, Enum):
    text = "text"
    json = "json"


def tree(
    paths: Annotated[Optional[list[str]], typer.Argument(help="OKR files or folders. Default: the current folder.", show_default=False)] = None,
    tree_format: Annotated[TreeFormat, typer.Option("--format", "-f", help="A rich tree for people, or JSON for tools.")] = TreeFormat.text,
    lang: Annotated[Optional[DocLang], typer.Option("--lang", "-l", help="Language of the findings' messages (default: each OKR's own).")] = None,
    config_path: Annotated[Optional[Path], typer.Option("--config", "-c", help="Use this config file.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Read every OKR file of the root instead of the cached index.")] = False,
    no_color: Annotated[bool, typer.Option("--no-color", help="Plain text without colours.")] = False,
) -> None:
    """Show the OKR system: company → teams → objectives → key results, with owners and a mark per finding."""
    # rich's table, tree and text load only when this command runs, not on every `okrlint check`.
    from rich.console import Console

    from okrlint.commands.system_run import lint_system
    from okrlint.views import system_tree

    run = lint_system(paths or ["."], config_path, lang.value if lang else None, no_cache)
    data = system_tree(run.result.systems, run.files, run.result.findings)
    if tree_format is TreeFormat.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    Console(no_color=no_color or None, highlight=False).print(render_tree(data))


def render_tree(data: dict[str, Any]) -> Tree:
    """The tree for a terminal; every OKR text goes in as Text (never markup) and escaped."""
    from rich.text import Text
    from rich.tree import Tree

    root = Tree(Text("OKR system", style="bold"))
    for group in data["groups"]:
        label = Text(LEVEL_NAMES.get(group["level"], group["level"]), style="bold magenta")
        label.append(" · " + (shown(group["team"]) if group["team"] != "—" else "(no team)"), style="bold")
        branch = root.add(label)
        for objective in group["objectives"]:
            _objective(branch, objective, group["team"])
    if data["file_findings"]:
        files = root.add(Text("Files", style="bold"))
        for f in data["file_findings"]:
            files.add(Text.assemble(_marks([f]), shown(f"{f['path']}:{f['line']}  {f['rule']}: {f['message']}")))
    return root


def _objective(branch: Tree, objective: dict[str, Any], group_team: str) -> None:
    from rich.text import Text

    label = Text.assemble(("◎ ", "bold"), (shown(objective["title"]), "bold"))
    if objective["team"] and objective["team"] != group_team:  # a child of another team
        label.append(f"  [{shown(objective['team'])}]", style="magenta")
    if objective["owner"]:
        label.append(f"  — {shown(objective['owner'])}", style="dim")
    if objective["parent"] and not objective["parent_title"]:
        label.append(f"  ↑ {shown(objective['parent'])}", style="dim")
    label.append(_marks(objective["findings"]))
    node = branch.add(label)
    for kr in objective["key_results"]:
        kr_label = Text.assemble(("KR ", "dim"), shown(kr["title"]))
        if kr["owner"] or kr["team"]:
            kr_label.append(f"  — {shown(kr['owner'] or kr['team'])}", style="dim")
        kr_label.append(_marks(kr["findings"]))
        node.add(kr_label)
    for child in objective["children"]:
        _objective(node, child, group_team)


def _marks(findings: list[dict[str, Any]]) -> Text:
    """One mark per finding: ▲ so-what, ✖ unknown-parent …"""
    from rich.text import Text

    text = Text()
    for f in findings:
        mark, style = MARKS.get(f["severity"], ("●", "cyan"))
        text.append(f"  {mark} {shown(f['rule'])}", style=style)
    return text
