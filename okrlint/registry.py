"""Rules: their data (from rules/*.yaml) joined with their Python checks, found in one registry.

A built-in rule is one YAML file in the top-level `rules/` folder (shipped in the wheel as
`okrlint/_rules`): code, name, severity, summary, rationale, messages and word lists in ru/en/zh,
and good/bad examples. Its `check:` names the Python function that does the work
("okrlint.checks.counts:too_many_krs"). Third-party rules come from the entry-point group
`okrlint.rules`; each entry point loads a `Rule` (or a list of them).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Iterable, Literal

import yaml

from okrlint.findings import RuleDoc, Severity

Scope = Literal["set", "objective", "key_result"]
MESSAGE_LANGS = ("en", "ru", "zh")
ENTRY_POINT_GROUP = "okrlint.rules"

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


class RuleDataError(Exception):
    """A rule pack file is malformed (a bug in the rule, not in the user's OKRs)."""


@dataclass(slots=True)
class Rule:
    code: str
    name: str
    severity: Severity
    scope: Scope
    summary: dict[str, str]
    rationale: dict[str, str]
    messages: dict[str, dict[str, str]]  # message key → lang → template
    check: Callable[..., Iterable[Any]] | None
    options: dict[str, Any] = field(default_factory=dict)  # defaults
    lexicon: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # lang → list name → words
    examples: dict[str, list[dict[str, str]]] = field(default_factory=dict)  # "bad"/"good" → [{lang, okr, note}]
    languages: tuple[str, ...] = MESSAGE_LANGS
    origin: str = "builtin"

    def message(self, key: str, lang: str, params: dict[str, Any]) -> str:
        """Render a message in `lang`, falling back to English, never raising on a bad template."""
        variants = self.messages.get(key) or self.messages.get("default") or {}
        template = variants.get(lang) or variants.get("en") or self.summary.get("en", self.name)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template

    def doc(self, lang: str = "en") -> RuleDoc:
        return RuleDoc(
            code=self.code,
            name=self.name,
            severity=self.severity,
            summary=self.summary.get(lang) or self.summary.get("en", ""),
            rationale=self.rationale.get(lang) or self.rationale.get("en", ""),
        )


def rules_dir() -> Path:
    """Where the built-in rule pack lives: inside the wheel, or the repo's `rules/` in a checkout."""
    packaged = Path(__file__).parent / "_rules"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "rules"


def _resolve(ref: str | None) -> Callable[..., Iterable[Any]] | None:
    if not ref:
        return None
    module_name, _, attr = ref.partition(":")
    return getattr(importlib.import_module(module_name), attr)


def rule_from_data(data: dict[str, Any], origin: str) -> Rule:
    """Build a Rule from one rule pack mapping; raises RuleDataError with the file named."""
    try:
        return Rule(
            code=str(data["code"]),
            name=str(data["name"]),
            severity=Severity(data["severity"]),
            scope=data.get("scope", "set"),
            summary=dict(data["summary"]),
            rationale=dict(data["rationale"]),
            messages={k: dict(v) for k, v in (data.get("messages") or {}).items()},
            check=_resolve(data.get("check")),
            options=dict(data.get("options") or {}),
            lexicon={lang: dict(lists) for lang, lists in (data.get("lexicon") or {}).items()},
            examples={k: list(v) for k, v in (data.get("examples") or {}).items()},
            languages=tuple(data.get("languages") or MESSAGE_LANGS),
            origin=origin,
        )
    except (KeyError, TypeError, ValueError, ImportError, AttributeError) as exc:
        raise RuleDataError(f"{origin}: {type(exc).__name__}: {exc}") from exc


def load_rule_file(path: Path) -> Rule:
    with path.open(encoding="utf-8") as handle:
        return rule_from_data(yaml.load(handle, Loader=_Loader), origin=str(path))


@dataclass(slots=True)
class Registry:
    rules: list[Rule]
    plugin_errors: list[str] = field(default_factory=list)  # "name: reason" for plugins that failed to load

    def find(self, name_or_code: str) -> Rule | None:
        key = name_or_code.strip()
        for rule in self.rules:
            if key in (rule.name, rule.code) or key.upper() == rule.code:
                return rule
        return None

    @property
    def names(self) -> list[str]:
        return [r.name for r in self.rules]


def _plugin_rules() -> tuple[list[Rule], list[str]]:
    found: list[Rule] = []
    errors: list[str] = []
    for entry in metadata.entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = entry.load()
            loaded = loaded() if callable(loaded) and not isinstance(loaded, Rule) else loaded
            for rule in loaded if isinstance(loaded, (list, tuple)) else [loaded]:
                if not isinstance(rule, Rule):
                    raise TypeError(f"expected okrlint.registry.Rule, got {type(rule).__name__}")
                rule.origin = f"plugin {entry.name}"
                found.append(rule)
        except Exception as exc:  # a broken plugin must not take the run down
            errors.append(f"{entry.name}: {type(exc).__name__}: {exc}")
    return found, errors


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    """Built-in rules sorted by code, then plugins (a plugin cannot shadow a built-in code)."""
    builtin = sorted((load_rule_file(p) for p in rules_dir().glob("*.yaml")), key=lambda r: r.code)
    plugins, errors = _plugin_rules()
    taken = {r.code for r in builtin} | {r.name for r in builtin}
    for rule in plugins:
        if rule.code in taken or rule.name in taken:
            errors.append(f"{rule.origin}: rule {rule.code} {rule.name} clashes with a built-in rule and was skipped")
        else:
            builtin.append(rule)
            taken |= {rule.code, rule.name}
    return Registry(rules=builtin, plugin_errors=errors)
