"""Project configuration: `.okrlint.yaml` (searched upward) or `[tool.okrlint]` in pyproject.toml.

    select: [ALL]                 # codes or names; ALL is every rule
    ignore: [too-few-krs]         # ALL here: every rule but the always-on invalid-okr, internal-error
    lang: auto                    # message language: ru | en | zh | auto
    include: ["**/*.okr.yaml"]    # extra globs to find OKR files in folders
    exclude: ["archive/**"]
    severity: {too-few-krs: info} # severity overrides
    fail-on: warning              # lowest severity that makes the exit code 1
    max-file-size: 5242880
    columns: {key-result: "Результат", objective: [Цель, Цель квартала]}  # spreadsheet headers by role
    levels: {company: ["strategy/**"], person: ["people/**"]}  # OKR levels by path (okrlint/graph.py)
    too-many-krs: {max: 4}        # per-rule options, by rule name, within the rule pack's `bounds:`
    o3k3: true                    # a rule name with true/false turns that rule on or off
    profile: google               # a bundled preset (rules/_profiles.yaml) under these settings
    extends: ../base.okrlint.yaml # another config file (or a profile name) under these settings
    extend-select: [no-deadline]  # add rules to the selection (opt-in rules are only ever named)
    per-file-ignores: {"archive/**": [ALL], "drafts/*.okr.yaml": [OKR2]}
    score-scale: 1                # scores are 0..1; 100 for 0..100
    jobs: 2                       # worker processes (okrlint/pool.py); default: the machine's cores; 1: none

Command-line flags override the file. Any mistake is a ConfigError (exit 2).
"""

from __future__ import annotations

import math
import os
import reprlib
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from okrlint.findings import Severity
from okrlint.loader import yaml_limit_problem
from okrlint.readers import COLUMN_ROLES
from okrlint.registry import Bound, Registry, Rule, closest, within

CONFIG_NAMES = (".okrlint.yaml", ".okrlint.yml")
MAX_FILE_SIZE_LIMIT = 1 << 30  # 1 GiB: far past any OKR file, and a bound on what one read may take
MAX_JOBS = 256  # worker processes (`jobs:`, `--jobs`): far past any machine's useful count
GENERAL_KEYS = ("select", "ignore", "lang", "include", "exclude", "severity", "fail-on", "max-file-size", "allow-no-files", "jobs",
                "extend-select", "per-file-ignores", "score-scale", "extends", "profile", "columns", "levels")
SCORE_SCALES = (1, 100)
MAX_EXTENDS_DEPTH = 10  # a chain of `extends:` longer than this is surely a mistake
MESSAGE_LANGS = ("auto", "ru", "en", "zh")


class ConfigError(Exception):
    """A configuration mistake, reported as one clear line with exit code 2."""


_short = reprlib.Repr()  # a value echoed in a message stays short, even an alias-expanded one
_short.maxstring, _short.maxother, _short.maxlist, _short.maxdict, _short.maxlevel = 60, 60, 6, 6, 3


@dataclass(slots=True)
class Config:
    """The settings in effect: the config file's, with the command line's on top."""

    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    lang: str = "auto"
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)  # rule name → severity
    fail_on: Severity = Severity.WARNING
    max_file_size: int = 5 * 1024 * 1024
    allow_no_files: bool = False  # a run that finds no OKR file is an error unless this is set
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)  # rule name → options
    extend_select: list[str] = field(default_factory=list)  # added to `select`; names opt-in rules too
    per_file_ignores: list[tuple[str, list[str]]] = field(default_factory=list)  # glob → rule names
    score_scale: int = 1  # `score:` values run 0..1, or 0..100
    columns: tuple[tuple[str, tuple[str, ...]], ...] = ()  # spreadsheet column role → header names
    levels: dict[str, list[str]] = field(default_factory=dict)  # company | team | person → path globs
    jobs: int | None = None  # worker processes; None: the machine's cores (--jobs wins); never changes the findings
    source: str | None = None  # the file it came from, for messages
    root: Path | None = None  # the folder of that file: globs are relative to it


def find_config_file(start: Path) -> Path | None:
    """The nearest `.okrlint.yaml`, or pyproject.toml with a [tool.okrlint] table, from `start` up."""
    for folder in [start, *start.parents]:
        for name in CONFIG_NAMES:
            candidate = folder / name
            if _is_config_file(candidate):
                return candidate
        pyproject = folder / "pyproject.toml"
        if _is_config_file(pyproject) and _pyproject_table(pyproject) is not None:
            return pyproject
    return None


def _is_config_file(candidate: Path) -> bool:
    """True for a regular file; False when nothing has that name; an error for anything else.

    A name that is there but cannot be used (a folder, a symlink loop, no permission) would
    otherwise be skipped, and the run would quietly use another config or the defaults.
    """
    try:
        os.lstat(candidate)
    except OSError:
        return False  # nothing by that name
    try:
        info = os.stat(candidate)
    except OSError as exc:
        raise ConfigError(f"{candidate}: cannot read the config file: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(info.st_mode):
        raise ConfigError(f"{candidate}: not a config file (it is a folder or a special file)")
    return True


def _pyproject_table(path: Path) -> dict[str, Any] | None:
    """The [tool.okrlint] table, or None; a broken pyproject.toml is an error only if it has that table."""
    try:
        text = path.read_text(encoding="utf-8-sig")  # editors on Windows may save a BOM, which TOML refuses
    except UnicodeDecodeError:
        return None  # not ours to judge: a [tool.okrlint] table in it could not be read by anyone
    except OSError as exc:  # it may hold [tool.okrlint]: falling back to the defaults would be silent
        raise ConfigError(f"{path}: cannot read it to look for [tool.okrlint]: {exc.strerror or exc}") from exc
    import tomllib  # here: most runs read no pyproject.toml, and importing the parser is ~2 ms of a cold run

    try:
        tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError):
        if "tool.okrlint" not in text:  # someone else's broken file; with our table in it, silence would be worse
            return None
    return _toml_table(path, text)


def _toml_table(path: Path, text: str) -> dict[str, Any] | None:
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    except RecursionError as exc:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from exc
    tool = data.get("tool")
    table = tool.get("okrlint") if isinstance(tool, dict) else None
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{path}: tool.okrlint must be a table of settings, got {_short.repr(table)}")
    return table


def read_config_file(path: Path) -> dict[str, Any]:
    """The raw settings mapping of a config file."""
    if path.is_dir():
        raise ConfigError(f"{path}: not a config file (it is a folder)")
    try:
        text = path.read_text(encoding="utf-8-sig")  # a BOM is not a mistake worth refusing the file for
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: the config file is not UTF-8 (byte 0x{exc.object[exc.start]:02X} at offset {exc.start}); save it as UTF-8") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file: {exc.strerror or exc}") from exc
    if path.name == "pyproject.toml":
        return _toml_table(path, text) or {}
    return _yaml_settings(path, text)


def _yaml_settings(path: Path, text: str) -> Any:
    """Parse a YAML config behind the loader's guards (depth, aliases), so it cannot crash the run."""
    try:
        if (problem := yaml_limit_problem(text)) is not None:
            what = problem.kind.replace("-", " ")
            raise ConfigError(f"{path}:{problem.line}:{problem.column}: the config file is refused ({what})")
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise ConfigError(f"{where}: invalid YAML in the config file: {exc.problem}") from exc
    except yaml.reader.ReaderError as exc:
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
        raise ConfigError(f"{path}: invalid YAML in the config file: character U+{code:04X} is not allowed") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: invalid YAML in the config file: {' '.join(str(exc).split())}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the config must be a mapping of settings, got a {type(data).__name__}")
    return data


def load_config(start: Path, registry: Registry, explicit: Path | None = None) -> Config:
    """The config for a run started in `start` (or from an explicit --config file)."""
    if explicit is not None and not explicit.exists():
        raise ConfigError(f"{explicit}: config file not found")
    path = explicit or find_config_file(start)
    if path is None:
        return Config()
    return build_config(layered_settings(path), registry, source=str(path), root=path.parent)


def layered_settings(path: Path) -> dict[str, Any]:
    """A config file's settings laid over what it `extends:` (files or profiles), recursively."""
    return _layered(path, read_config_file(path), chain=())


def _layered(path: Path, raw: dict[str, Any], chain: tuple[Path, ...]) -> dict[str, Any]:
    raw = {str(k).replace("_", "-"): v for k, v in raw.items()}
    chain = (*chain, _resolved(path))
    if len(chain) > MAX_EXTENDS_DEPTH:
        raise ConfigError(f"{path}: extends: more than {MAX_EXTENDS_DEPTH} configs deep; is there a loop?")
    bases = [f"profile:{name}" for name in _str_list(raw.pop("profile"), "profile", str(path))] if "profile" in raw else []
    bases += _str_list(raw.pop("extends"), "extends", str(path)) if "extends" in raw else []
    merged: dict[str, Any] = {}
    for base in bases:
        merged = merge_settings(merged, _base_settings(base, path, chain))
    return merge_settings(merged, raw)


def _base_settings(base: str, path: Path, chain: tuple[Path, ...]) -> dict[str, Any]:
    """The settings one `extends:` entry stands for: a bundled profile's, or another file's."""
    from okrlint.profiles import load_profiles

    profiles = load_profiles()
    name = base.removeprefix("profile:")
    if base.startswith("profile:") or (name in profiles and not (path.parent / base).exists()):
        if name not in profiles:
            raise ConfigError(f"{path}: unknown profile `{name}` (profiles: {', '.join(profiles)})"
                              f"{did_you_mean(name, list(profiles))}")
        return {str(k): v for k, v in profiles[name].settings.items()}
    target = path.parent / base
    if not target.is_file():
        raise ConfigError(f"{path}: extends: `{base}` is neither a config file nor a profile "
                          f"(profiles: {', '.join(profiles)})")
    if _resolved(target) in chain:
        raise ConfigError(f"{path}: extends: `{base}` extends itself (a loop)")
    return _layered(target, read_config_file(target), chain)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


MERGED_MAPPINGS = ("severity", "per-file-ignores")


def merge_settings(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """`over` laid on `base`, as ruff layers an `extend`ed config: a key in `over` wins, except that
    mappings (severity, per-file-ignores, a rule's options) merge key by key and the `ignore` and
    `extend-select` lists add up; a `select` in `over` starts the selection afresh, so it drops
    the `extend-select` of `base`."""
    merged = dict(base)
    over = {str(k).replace("_", "-"): v for k, v in over.items()}
    if "select" in over:
        merged.pop("extend-select", None)
    for key, value in over.items():
        old = merged.get(key)
        if key in ("extend-select", "ignore") and isinstance(old, list) and isinstance(value, list):
            merged[key] = old + value
        elif isinstance(old, dict) and isinstance(value, dict):
            merged[key] = {**old, **value}
        else:
            merged[key] = value
    return merged


def build_config(raw: dict[str, Any], registry: Registry, source: str | None = None, root: Path | None = None) -> Config:
    """Validate raw settings against the known keys and rules."""
    where = source or "config"
    config = Config(source=source, root=root)
    switched: list[tuple[str, bool]] = []  # rules turned on or off by `name: true|false`
    for key, value in raw.items():
        key = str(key).replace("_", "-")
        if key in ("select", "ignore", "extend-select"):
            rules = resolve_rule_list(_str_list(value, key, where), registry, f"{where}: {key}", selecting=key != "ignore")
            setattr(config, key.replace("-", "_"), rules)
        elif key == "per-file-ignores":
            config.per_file_ignores = _per_file_ignores(value, registry, where)
        elif key == "score-scale":
            if value not in SCORE_SCALES or isinstance(value, bool):
                raise ConfigError(f"{where}: score-scale must be 1 (scores 0..1) or 100 (scores 0..100), got {_short.repr(value)}")
            config.score_scale = int(value)
        elif key in ("extends", "profile"):
            raise ConfigError(f"{where}: {key} is only read from a config file")
        elif key in ("include", "exclude"):
            setattr(config, key, _str_list(value, key, where))
        elif key == "lang":
            config.lang = _choice(value, MESSAGE_LANGS, key, where)
        elif key == "fail-on":
            config.fail_on = Severity(_choice(value, tuple(s.value for s in Severity), key, where))
        elif key == "max-file-size":
            if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= MAX_FILE_SIZE_LIMIT:
                raise ConfigError(f"{where}: max-file-size must be a number of bytes from 1 to {MAX_FILE_SIZE_LIMIT} "
                                  f"(1 GiB), got {_short.repr(value)}")
            config.max_file_size = value
        elif key == "jobs":
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_JOBS:
                raise ConfigError(f"{where}: jobs must be a number of worker processes from 1 to {MAX_JOBS} "
                                  f"(1: lint in one process), got {_short.repr(value)}")
            config.jobs = value
        elif key == "allow-no-files":
            if not isinstance(value, bool):
                raise ConfigError(f"{where}: allow-no-files must be true or false, got {_short.repr(value)}")
            config.allow_no_files = value
        elif key == "levels":
            config.levels = _levels(value, where)
        elif key == "severity":
            config.severity = _severities(value, registry, where)
        elif key == "columns":
            config.columns = _columns(value, where)
        elif (rule := registry.find(key)) is not None and isinstance(value, bool):
            switched.append((rule.name, value))  # `o3k3: true`: applied after select/ignore are read
        elif (rule := registry.find(key)) is not None:
            config.rule_options[rule.name] = _rule_options(value, rule, where)
        else:
            raise ConfigError(f"{where}: unknown setting `{key}`{did_you_mean(key, [*GENERAL_KEYS, *registry.names])}")
    for name, on in switched:
        if on:
            config.extend_select.append(name)
            config.ignore = [n for n in config.ignore if n != name]
        else:
            config.ignore.append(name)
    return config


def _per_file_ignores(value: Any, registry: Registry, where: str) -> list[tuple[str, list[str]]]:
    """`{"archive/**": [ALL], "drafts/*": "OKR2,so-what"}` → [(glob, rule names or ALL)]."""
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: per-file-ignores must be a mapping of glob → rules, got {_short.repr(value)}")
    out = []
    for glob, rules in value.items():
        if not isinstance(glob, str) or not glob.strip():
            raise ConfigError(f"{where}: per-file-ignores: a glob must be text, got {_short.repr(glob)}")
        names = resolve_rule_list(_str_list(rules, f"per-file-ignores of {glob!r}", where), registry,
                                  f"{where}: per-file-ignores of {glob!r}")
        out.append((glob, names))
    return out


def did_you_mean(word: str, choices: list[str]) -> str:
    """"; did you mean `x`?" for the closest choice, or ""."""
    close = closest(word, choices)
    return f"; did you mean `{close}`?" if close else ""


def resolve_rule_list(items: list[str], registry: Registry, where: str, selecting: bool = False) -> list[str]:
    """Codes, names, code prefixes ("OKR2") or ALL → canonical entries; unknown ones are errors.

    `selecting`: a prefix selects the rules on by default under it, as ALL does; opt-in rules
    are selected by name or code.
    """
    resolved = []
    for item in items:
        item = item.strip()
        if item.upper() == "ALL":
            resolved.append("ALL")
        elif (names := registry.resolve(item, opt_in_by_prefix=not selecting)) is not None:
            resolved.extend(names)
        else:
            raise ConfigError(f"{where}: unknown rule `{item}`{did_you_mean(item, registry.names)}")
    return resolved


def _str_list(value: Any, key: str, where: str) -> list[str]:
    if isinstance(value, str):
        return [v for v in (p.strip() for p in value.split(",")) if v]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ConfigError(f"{where}: {key} must be a list of strings, got {_short.repr(value)}")


def _columns(value: Any, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`columns: {key-result: "Результат", objective: [Цель, Goal]}`: header names of spreadsheet columns by role."""
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: columns must be a mapping of role → header name(s), got {_short.repr(value)}")
    found = []
    for role, names in value.items():
        role = str(role).replace("_", "-")
        if role not in COLUMN_ROLES:
            raise ConfigError(f"{where}: columns: unknown role `{role}` (roles: {', '.join(COLUMN_ROLES)})"
                              f"{did_you_mean(role, list(COLUMN_ROLES))}")
        found.append((role, tuple(_str_list(names, f"columns.{role}", where))))
    return tuple(found)


def _choice(value: Any, allowed: tuple[str, ...], key: str, where: str) -> str:
    if value not in allowed:
        raise ConfigError(f"{where}: {key} must be one of {', '.join(allowed)}, got {_short.repr(value)}")
    return str(value)


def _levels(value: Any, where: str) -> dict[str, list[str]]:
    levels = ("company", "team", "person")
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: levels must map company | team | person to lists of path globs, got {_short.repr(value)}")
    out = {}
    for level, globs in value.items():
        if level not in levels:
            raise ConfigError(f"{where}: levels: unknown level `{level}` (levels: {', '.join(levels)}){did_you_mean(str(level), list(levels))}")
        out[level] = _str_list(globs, f"levels.{level}", where)
    return out


def _severities(value: Any, registry: Registry, where: str) -> dict[str, Severity]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: severity must be a mapping of rule → error|warning|info, got {_short.repr(value)}")
    out = {}
    for name, level in value.items():
        rule = registry.find(str(name))
        if rule is None:
            raise ConfigError(f"{where}: severity: unknown rule `{name}`{did_you_mean(str(name), registry.names)}")
        out[rule.name] = Severity(_choice(level, tuple(s.value for s in Severity), f"severity of {name}", where))
    return out


def _rule_options(value: Any, rule: Rule, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: options of {rule.name} must be a mapping, got {_short.repr(value)}")
    options = {}
    for key, option in value.items():
        if key not in rule.options:
            known = ", ".join(rule.options) or "none"
            raise ConfigError(f"{where}: {rule.name} has no option `{key}` (options: {known}){did_you_mean(str(key), list(rule.options))}")
        options[key] = _option_value(option, rule.options[key], rule.bounds.get(key), f"{where}: {rule.name}.{key}")
    return options


def _option_value(option: Any, default: Any, bound: Bound | None, what: str) -> Any:
    """`option` checked against the default's type and the rule's bounds; an int where a float is due is fine."""
    if isinstance(default, float) and isinstance(option, int) and not isinstance(option, bool):
        option = float(option)  # `min-overlap: 1` means 1.0
    if isinstance(default, bool) != isinstance(option, bool) or not isinstance(option, type(default)):
        kind = {int: "a whole number", float: "a number", bool: "true or false", str: "text"}.get(type(default), "a value")
        raise ConfigError(f"{what} must be {kind}, got {_short.repr(option)}")
    if isinstance(option, float) and not math.isfinite(option):
        raise ConfigError(f"{what} must be a finite number, got {_short.repr(option)}")
    if bound is not None and not within(option, bound):
        raise ConfigError(f"{what} must be {_bound_words(bound)}, got {_short.repr(option)}")
    return option


def _bound_words(bound: Bound) -> str:
    least, most = bound
    if least is not None and most is not None:
        return f"from {least:g} to {most:g}"
    return f"at least {least:g}" if least is not None else f"at most {most:g}"
