"""`okrlint rules` (every rule at a glance) and `okrlint rule NAME` (one rule's page)."""

from __future__ import annotations

import difflib
import json
from enum import Enum
from typing import Annotated

import typer

from okrlint.commands import DocLang
from okrlint.registry import Registry, Rule, load_registry
from okrlint.sanitize import shown

RULES_EPILOG = "Examples:\n\n  okrlint rules\n\n  okrlint rules --lang ru\n\n  okrlint rules --format json"
RULE_EPILOG = "Examples:\n\n  okrlint rule too-many-krs\n\n  okrlint rule OKR102 --lang zh"


class ListFormat(str, Enum):
    table = "table"
    json = "json"


def _summary(rule: Rule, lang: str) -> str:
    return rule.summary.get(lang) or rule.summary.get("en", "")


def rule_entry(rule: Rule, lang: str, profiles: list[str] | None = None) -> dict:
    """One rule in `okrlint rules --format json`; `profiles`: where it is on ("default" = no profile)."""
    return {"code": rule.code, "name": rule.name, "severity": rule.severity.value, "scope": rule.scope,
            "summary": _summary(rule, lang), "languages": list(rule.languages), "options": rule.options,
            "profiles": profiles if profiles is not None else []}


def profiles_by_rule(registry: Registry) -> dict[str, list[str]]:
    """Rule name → the presets that turn it on: "default" (no config at all) and each bundled profile."""
    from okrlint.config import Config, build_config
    from okrlint.engine import active_rules
    from okrlint.profiles import load_profiles

    presets = {"default": Config()} | {name: build_config(p.settings, registry, source=f"profile {name}")
                                       for name, p in load_profiles().items()}
    on: dict[str, list[str]] = {r.name: [] for r in registry.rules}
    for preset, config in presets.items():
        for rule in active_rules(registry, config):
            on[rule.name].append(preset)
    return on


def rules(
    lang: Annotated[DocLang, typer.Option("--lang", "-l", help="Language of the summaries.")] = DocLang.en,
    list_format: Annotated[ListFormat, typer.Option("--format", "-f", help="A table for people, or JSON for tools.")] = ListFormat.table,
) -> None:
    """List every rule: code, name, default severity, what it finds, languages, and the profiles that turn it on."""
    # rich's table, tree and text load only when this command runs, not on every `okrlint check`.
    from rich.console import Console
    from rich.table import Table

    registry = load_registry()
    profiles = profiles_by_rule(registry)
    if list_format is ListFormat.json:
        print(json.dumps([rule_entry(r, lang.value, profiles[r.name]) for r in registry.rules], ensure_ascii=False, indent=2))
        return
    table = Table()
    for header in ("code", "name", "severity"):
        table.add_column(header, no_wrap=True)
    table.add_column("what it finds", overflow="fold")  # fold: CJK text has no spaces to wrap at
    table.add_column("languages", no_wrap=True)
    table.add_column("on in", overflow="fold")
    for rule in registry.rules:
        table.add_row(rule.code, rule.name, rule.severity.value, _summary(rule, lang.value), ", ".join(rule.languages),
                      ", ".join(profiles[rule.name]))
    Console(highlight=False).print(table)


def _did_you_mean(key: str, registry: Registry) -> str:
    choices = [*registry.names, *(r.code for r in registry.rules)]
    close = difflib.get_close_matches(key, choices, n=1, cutoff=0.5) or difflib.get_close_matches(key.upper(), choices, n=1, cutoff=0.5)
    return f"; did you mean `{close[0]}`?" if close else "; `okrlint rules` lists them all"


def _prefix_matches(key: str, registry: Registry) -> list[Rule]:
    """Rules a code prefix (OKR1) or a name prefix (too-many) stands for."""
    key = key.strip()
    if not key:
        return []
    return [r for r in registry.rules if r.code.startswith(key.upper()) or r.name.startswith(key.lower())]


def _not_one_rule(name: str, registry: Registry) -> str:
    """Why `name` picks no single rule: several match it, or none (with a "did you mean")."""
    matches = _prefix_matches(name, registry)
    if len(matches) > 1:
        listed = ", ".join(f"{r.code} {r.name}" for r in matches)
        return f"{name} matches: {listed}; name one of them"
    return f"unknown rule `{name}`{_did_you_mean(name, registry)}"


def rule(
    name: Annotated[str, typer.Argument(help="A rule name (too-many-krs) or code (OKR101).", show_default=False)],
    lang: Annotated[DocLang, typer.Option("--lang", "-l", help="Language of the page and of the examples shown.")] = DocLang.en,
) -> None:
    """Explain one rule: why it matters, its options and defaults, bad and good examples."""
    # Imported here: markdown-it costs every other command (check above all) a tenth of a second.
    from rich.console import Console
    from rich.markdown import Markdown

    from okrlint.docs import rule_markdown

    registry = load_registry()
    found = registry.find(name)
    if found is None and len(matches := _prefix_matches(name, registry)) == 1:
        found = matches[0]  # a prefix that names one rule (OKR3, cascaded) is as good as its full code
    if found is None:
        Console(stderr=True, highlight=False).print(f"okrlint: error: {shown(_not_one_rule(name, registry))}", markup=False, soft_wrap=True)
        raise typer.Exit(2)
    Console().print(Markdown(rule_markdown(found, lang.value, lang.value)))
