"""Rules: their data (from rules/*.yaml) joined with their Python checks, found in one registry.

A built-in rule is one YAML file in the top-level `rules/` folder (shipped in the wheel as
`okrlint/_rules`): code, name, severity, summary, rationale, messages and word lists in ru/en/zh,
and good/bad examples. Its `check:` names the Python function that does the work
("okrlint.checks.counts:too_many_krs"). Third-party rules come from the entry-point group
`okrlint.rules`; each entry point loads a `Rule` (or a list of them).
"""

from __future__ import annotations

import difflib
import hashlib
import importlib
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Literal, Mapping, get_args

import yaml

from okrlint.cache_dirs import private_cache_dir, read_marshal, write_marshal
from okrlint.compiled_patterns import compile_pattern
from okrlint.findings import RuleDoc, Severity
from okrlint.installed_plugins import entry_points
from okrlint.links import rule_page_url

Scope = Literal["file", "set", "objective", "key_result"]  # "file": findings the engine makes itself
SCOPES: tuple[str, ...] = get_args(Scope)
Bound = tuple[float | None, float | None]  # (least, most) an option may be; None = unbounded
MESSAGE_LANGS = ("en", "ru", "zh")
ENTRY_POINT_GROUP = "okrlint.rules"
RULE_PACK_FORMAT = 1  # bump when what the rule pack cache keeps changes

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


class RuleDataError(Exception):
    """A rule pack file is malformed (a bug in the rule, not in the user's OKRs)."""


@dataclass(slots=True)
class Rule:
    """One rule: its pack data (code, messages, options, examples) and the Python check that finds it."""

    code: str
    name: str
    severity: Severity
    scope: Scope
    summary: dict[str, str]
    rationale: dict[str, str]
    messages: dict[str, dict[str, str]]  # message key → lang → template
    check: Callable[..., Iterable[Any]] | None
    options: dict[str, Any] = field(default_factory=dict)  # defaults
    bounds: dict[str, Bound] = field(default_factory=dict)  # option → (least, most) a numeric value may be
    examples: dict[str, list[dict[str, str]]] = field(default_factory=dict)  # "bad"/"good" → [{lang, okr, note}]
    languages: tuple[str, ...] = MESSAGE_LANGS
    origin: str = "builtin"
    reasons: dict[str, dict[str, str]] = field(default_factory=dict)  # evidence reason code → lang → the cue
    reads_text: bool = False  # analyses OKR wording: runs only on texts within the file's analysis budget
    cross_file: bool = False  # reads the OKR graph: runs after every file has been indexed
    opt_in: bool = False  # off unless named (select, extend-select, a profile): ALL leaves it off
    # rule name → evidence reasons: on the same OKR element, this rule's finding replaces that
    # rule's finding with one of those reasons (one KR, one finding: the more specific one)
    supersedes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    suggestions: dict[str, dict[str, str]] = field(default_factory=dict)  # message key → lang → a rewrite shape
    # Cross-file rules: called per linted set while it streams (its wording's analysis is still
    # memoised) to derive facts the check compares at the end; see KeyResultNode.facts.
    prepare: Callable[..., None] | None = None

    def message(self, key: str, lang: str, params: dict[str, Any]) -> str:
        """Render a message in `lang`, falling back to English, never raising on a bad template."""
        variants = self.messages.get(key) or self.messages.get("default") or {}
        template = localized(variants, lang) or localized(self.summary, "en") or self.name
        if "|" in template:  # a plural choice has one; ~16,000 messages of a 1,000-file run, few with one
            template = _PLURAL.sub(lambda m: plural_form(params.get(m.group(1)), m.group(2).split("|"), lang), template)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template

    def suggestion(self, key: str, lang: str) -> str:
        """The rewrite shape for a message key (or the rule's default one) in `lang`; "" when none."""
        variants = self.suggestions.get(key) or self.suggestions.get("default") or {}
        return localized(variants, lang)

    def doc(self, lang: str = "en") -> RuleDoc:
        return RuleDoc(
            code=self.code,
            name=self.name,
            severity=self.severity,
            summary=localized(self.summary, lang),
            rationale=localized(self.rationale, lang),
            help_uri="" if self.origin.startswith("plugin ") else rule_page_url(self.name),  # plugins have no page here
        )


def localized(texts: Mapping[str, str], lang: str) -> str:
    """The text in `lang`, else in English, else in any language; "" when there is none."""
    return texts.get(lang) or texts.get("en") or next(iter(texts.values()), "")


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice a mistyped `word` most likely meant, for "did you mean" hints."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


# "{count|ключевой результат|ключевых результата|ключевых результатов}" picks the form for count.
_PLURAL = compile_pattern(r"\{(\w+)\|([^{}]*)\}")


def plural_form(number: Any, forms: list[str], lang: str) -> str:
    """The plural form of a word for a number: ru has one/few/many, en one/other, zh one form."""
    try:
        n = abs(int(number))
    except (TypeError, ValueError):
        return forms[-1]
    if lang == "ru" and len(forms) >= 3:
        if n % 10 == 1 and n % 100 != 11:
            return forms[0]
        return forms[1] if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else forms[2]
    return forms[0] if n == 1 or len(forms) == 1 else forms[1]


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
        options = dict(data.get("options") or {})
        return Rule(
            code=str(data["code"]),
            name=str(data["name"]),
            severity=Severity(data["severity"]),
            scope=check_scope(data.get("scope", "set")),
            summary=dict(data["summary"]),
            rationale=dict(data["rationale"]),
            messages={k: dict(v) for k, v in (data.get("messages") or {}).items()},
            check=_resolve(data.get("check")),
            options=options,
            bounds=_bounds(data.get("bounds") or {}, options),
            examples={k: list(v) for k, v in (data.get("examples") or {}).items()},
            languages=tuple(data.get("languages") or MESSAGE_LANGS),
            origin=origin,
            reasons={k: dict(v) for k, v in (data.get("reasons") or {}).items()},
            reads_text=_flag(data, "reads-text"),
            cross_file=_flag(data, "cross-file"),
            # `enabled-by-default: false` (orphan-objective) is the same as `opt-in: true`: never through ALL
            opt_in=_flag(data, "opt-in") or not _flag(data, "enabled-by-default", default=True),
            supersedes={str(k): tuple(str(r) for r in v) for k, v in (data.get("supersedes") or {}).items()},
            suggestions={k: dict(v) for k, v in (data.get("suggestions") or {}).items()},
            prepare=_resolve(data.get("prepare")),  # type: ignore[arg-type]
        )
    except (KeyError, TypeError, ValueError, ImportError, AttributeError) as exc:
        raise RuleDataError(f"{origin}: {type(exc).__name__}: {exc}") from exc


def _flag(data: dict[str, Any], key: str, default: bool = False) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise ValueError(f"`{key}` must be true or false, got {value!r}")
    return value


def check_scope(scope: Any) -> Scope:
    """A known scope, or ValueError: an unknown one would make the engine skip the rule silently."""
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r} (allowed: {', '.join(SCOPES)})")
    return scope


def _bounds(raw: dict[str, Any], options: dict[str, Any]) -> dict[str, Bound]:
    """`bounds: {max: [1, null]}` → {"max": (1, None)}, checked against the options' defaults."""
    bounds: dict[str, Bound] = {}
    for name, pair in raw.items():
        if name not in options:
            raise ValueError(f"bounds name `{name}`, which is not an option")
        if not isinstance(pair, list) or len(pair) != 2 or not all(_is_limit(v) for v in pair):
            raise ValueError(f"bounds of `{name}` must be [least, most] numbers or null, got {pair!r}")
        least, most = pair
        bounds[name] = (least, most)
        if not _is_number(options[name]) or not within(options[name], bounds[name]):
            raise ValueError(f"the default of `{name}` ({options[name]!r}) is outside its bounds {pair!r}")
    return bounds


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _is_limit(value: Any) -> bool:
    return value is None or _is_number(value)


def within(value: float, bound: Bound) -> bool:
    least, most = bound
    return (least is None or value >= least) and (most is None or value <= most)


def load_rule_file(path: Path) -> Rule:
    return rule_from_data(_parse_rule_file(path), origin=str(path))


def _parse_rule_file(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_Loader)


@dataclass(slots=True)
class Registry:
    """Every known rule, built-in by code then plugins, and the plugins that failed to load."""

    rules: list[Rule]
    plugin_errors: list[str] = field(default_factory=list)  # "name: reason" for plugins that failed to load

    def find(self, name_or_code: str) -> Rule | None:
        key = name_or_code.strip()
        for rule in self.rules:
            if key in (rule.name, rule.code) or key.upper() == rule.code:
                return rule
        return None

    def resolve(self, item: str, opt_in_by_prefix: bool = True) -> list[str] | None:
        """Rule names for a name, a code or a code prefix ("OKR2"); None when nothing matches.

        `opt_in_by_prefix=False` (for selecting): a prefix, like ALL, leaves opt-in rules out;
        they are selected by their own name or code.
        """
        if (rule := self.find(item)) is not None:
            return [rule.name]
        prefix = item.strip().upper()
        matched = [r for r in self.rules if prefix.startswith("OKR") and r.code.startswith(prefix)]
        chosen = [r.name for r in matched if opt_in_by_prefix or not r.opt_in]
        return (chosen or None) if matched else None

    @property
    def names(self) -> list[str]:
        return [r.name for r in self.rules]


def _plugin_rules() -> tuple[list[Rule], list[str]]:
    found: list[Rule] = []
    errors: list[str] = []
    for entry in entry_points(ENTRY_POINT_GROUP):
        try:
            loaded = entry.load()
            loaded = loaded() if callable(loaded) and not isinstance(loaded, Rule) else loaded
            for rule in loaded if isinstance(loaded, (list, tuple)) else [loaded]:
                if not isinstance(rule, Rule):
                    raise TypeError(f"expected okrlint.registry.Rule, got {type(rule).__name__}")
                check_scope(rule.scope)
                rule.origin = f"plugin {entry.name}"
                found.append(rule)
        except Exception as exc:  # a broken plugin must not take the run down
            errors.append(f"{entry.name}: {type(exc).__name__}: {exc}")
    return found, errors


def _rule_pack(files: list[Path]) -> list[Any] | None:
    """The parsed rule files from the tool cache when none of them changed; None to parse them."""
    path = _rule_pack_cache(files)
    data = None if path is None else read_marshal(path)
    return data if isinstance(data, list) and len(data) == len(files) else None


def _rule_pack_cache(files: list[Path]) -> Path | None:
    """Named after each rule file's path, size and modification time (as the result cache keys okrlint's code)."""
    folder = private_cache_dir()
    if folder is None:
        return None
    key = hashlib.sha256(f"{RULE_PACK_FORMAT}\0{yaml.__version__}".encode())
    try:
        for path in files:
            info = path.stat()
            key.update(f"\0{path}\0{info.st_size}\0{info.st_mtime_ns}".encode("utf-8", "surrogatepass"))
    except OSError:
        return None
    return folder / f"rules-{key.hexdigest()[:24]}.marshal"


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    """Built-in rules sorted by code, then plugins (a plugin cannot shadow a built-in code)."""
    # Files starting with "_" hold shared data (the lexicon), not rules.
    files = sorted(p for p in rules_dir().glob("*.yaml") if not p.name.startswith("_"))
    # Parsing the 30-odd YAML files is ~20 ms of every start: the parsed data is kept (marshal, ~1 ms to read).
    parsed = _rule_pack(files)
    if parsed is None:
        parsed = [_parse_rule_file(p) for p in files]
        if (cache := _rule_pack_cache(files)) is not None:
            write_marshal(cache, parsed)  # a value marshal cannot write (a YAML date) leaves it unwritten
    builtin = sorted((rule_from_data(data, origin=str(p)) for p, data in zip(files, parsed)), key=lambda r: r.code)
    plugins, errors = _plugin_rules()
    taken = {r.code for r in builtin} | {r.name for r in builtin}
    for rule in plugins:
        if rule.code in taken or rule.name in taken:
            errors.append(f"{rule.origin}: rule {rule.code} {rule.name} clashes with a built-in rule and was skipped")
        else:
            builtin.append(rule)
            taken |= {rule.code, rule.name}
    return Registry(rules=builtin, plugin_errors=errors)
