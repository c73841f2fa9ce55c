"""Where okrlint keeps what it computes between runs: never the linted tree unless the project asks.

Kept apart from okrlint/index.py so that start-up code (compiled regexes, the lexicon) can find
the folder without importing the graph and the models.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

CACHE_ENV = "OKRLINT_CACHE_DIR"


def user_cache_dir() -> Path:
    """The per-user cache folder of the platform (`~/.cache/okrlint` on Linux)."""
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "okrlint" / "Cache"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "okrlint"


def tool_cache_dir() -> Path:
    """The folder for caches that do not belong to one project: `OKRLINT_CACHE_DIR`, else the user's."""
    return Path(os.environ[CACHE_ENV]) if os.environ.get(CACHE_ENV) else user_cache_dir()
