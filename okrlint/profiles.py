"""Bundled config presets (`profile: google`), kept as data in rules/_profiles.yaml.

A profile is a named mapping of ordinary config settings plus a summary in ru/en/zh. The config
loader lays a project's own settings over it exactly as over a file named in `extends:`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import yaml

from okrlint.registry import RuleDataError, rules_dir

PROFILES_FILE = "_profiles.yaml"


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    summary: dict[str, str]
    settings: dict[str, Any]


@lru_cache(maxsize=1)
def load_profiles() -> dict[str, Profile]:
    """Every bundled profile by name, in the order of the file."""
    path = rules_dir() / PROFILES_FILE
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    try:
        return {str(name): Profile(str(name), dict(entry["summary"]), dict(entry.get("settings") or {}))
                for name, entry in data.items()}
    except (KeyError, TypeError, ValueError) as exc:
        raise RuleDataError(f"{path}: {type(exc).__name__}: {exc}") from exc
