"""Where okrlint keeps what it computes between runs: never the linted tree unless the project asks.

Kept apart from okrlint/index.py so that start-up code (compiled regexes, the lexicon) can find
the folder without importing the graph and the models.
"""

from __future__ import annotations

import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

CACHE_ENV = "OKRLINT_CACHE_DIR"


def user_cache_dir() -> Path:
    """The per-user cache folder of the platform (`~/.cache/okrlint` on Linux)."""
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "okrlint" / "Cache"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "okrlint"


def private_cache_dir() -> Path | None:
    """The per-user folder for start-up caches (compiled regexes, the parsed rule pack), as jieba's tables use.

    Like Python's `__pycache__`, they hold okrlint's own code and data, never results: they are
    used whatever `--no-cache` and `OKRLINT_CACHE_DIR` say (those are about the results of a
    project). None when the folder is the shared temporary folder (a file there could be planted).
    """
    folder = user_cache_dir()
    try:
        if os.path.realpath(folder) == os.path.realpath(tempfile.gettempdir()):
            return None
    except (OSError, ValueError):
        return None
    return folder


def read_marshal(path: Path) -> Any:
    """What a marshal cache file holds; None when it is missing, corrupt or half written."""
    try:
        with open(path, "rb") as handle:  # marshal.load(handle) would read it in tiny pieces
            return marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write_marshal(path: Path, data: Any) -> None:
    """Write a marshal cache file atomically (temp file + rename); a read-only or full disk is ignored."""
    try:
        blob = marshal.dumps(data)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.stem.split('-')[0]}-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(blob)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, ValueError):  # ValueError: a value marshal cannot write; the next run recomputes it
        pass
