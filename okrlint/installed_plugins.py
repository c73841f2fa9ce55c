"""The entry points of an entry-point group, without importlib.metadata when nothing installed offers one.

`importlib.metadata` reads every installed distribution's metadata to answer (and costs ~12 ms
to import, with email, zipfile and csv, where nothing else needs it: typer 0.29's option
coercion through pydantic does); almost every run finds no plugin.
So the verdict "no distribution offers this group" is kept in the per-user start-up cache folder
(`cache_dirs.private_cache_dir`), keyed by what an install, an uninstall or an edit changes:

- `sys.path` and each of its folders' modification time (a new `*.dist-info` folder changes it),
- each distribution found last time: its metadata folder's and its `entry_points.txt`'s stat,
- the import finders on `sys.meta_path` (one of them could offer distributions of its own).

Only stat calls check the key: no folder is listed, no file opened but the cache's own. When
any of it differs, or some distribution offers the group, importlib.metadata answers as before.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from okrlint.cache_dirs import private_cache_dir, read_marshal, write_marshal

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

FORMAT = 1  # bump when what the cache file holds changes
# `okrlint` and `python -m okrlint` see different import paths, as do several virtual environments
MAX_INSTALLS = 8


def entry_points(group: str) -> list[EntryPoint]:
    """`importlib.metadata.entry_points(group=group)`, as a list; [] from the cache when nothing changed."""
    path = _cache_file(group)
    kept = _kept(path)
    where = _install_state()
    if _folders_unchanged(kept.get(where)):
        return []
    from importlib import metadata

    found = list(metadata.entry_points(group=group))
    if path is not None and not found and (distributions := _distribution_states(metadata)) is not None:
        kept.pop(where, None)
        kept[where] = distributions  # the newest last: the oldest go first
        write_marshal(path, (FORMAT, dict(list(kept.items())[-MAX_INSTALLS:])))
    return found


def _cache_file(group: str) -> Path | None:
    folder = private_cache_dir()
    return None if folder is None else folder / f"no-entry-points-{group}.marshal"


def _kept(path: Path | None) -> dict[Any, Any]:
    """Install state → the distributions' folder states, for each install known to offer nothing."""
    kept = None if path is None else read_marshal(path)
    if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == FORMAT and isinstance(kept[1], dict):
        return kept[1]
    return {}


def _folders_unchanged(distributions: Any) -> bool:
    return isinstance(distributions, list) and all(
        isinstance(state, tuple) and len(state) == 3 and _folder_state(state[0]) == state for state in distributions)


def _install_state() -> tuple[Any, ...]:
    """Where distributions are looked for: the path's folders (with their modification times) and the finders."""
    folders = []
    for entry in sys.path:
        folder = os.path.abspath(entry or ".")  # "" is the current folder
        try:
            folders.append((folder, os.stat(folder).st_mtime_ns))
        except (OSError, ValueError):
            folders.append((folder, None))
    finders = tuple(f"{type(finder).__module__}.{type(finder).__qualname__}" for finder in sys.meta_path)
    return (tuple(folders), finders)


def _folder_state(folder: Any) -> tuple[str, Any, Any] | None:
    """A distribution's metadata folder and its entry_points.txt: (path, folder mtime, file size and mtime)."""
    if not isinstance(folder, str):
        return None
    try:
        folder_time = os.stat(folder).st_mtime_ns
    except (OSError, ValueError):
        return (folder, None, None)
    try:
        info = os.stat(os.path.join(folder, "entry_points.txt"))
        return (folder, folder_time, (info.st_size, info.st_mtime_ns))
    except (OSError, ValueError):
        return (folder, folder_time, None)


def _distribution_states(metadata: Any) -> list[tuple[str, Any, Any]] | None:
    """Each installed distribution's metadata folder state; None when one is not a plain folder (not keyable)."""
    states = []
    for distribution in metadata.distributions():
        folder = getattr(distribution, "_path", None)  # PathDistribution's metadata folder
        if folder is None:
            return None
        state = _folder_state(str(folder))
        if state is None:
            return None
        states.append(state)
    return sorted(states)
