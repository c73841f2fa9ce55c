"""Where okrlint keeps what it computes between runs: never the linted tree unless the project asks.

Kept apart from okrlint/index.py so that start-up code (compiled regexes, the lexicon) can find
the folder without importing the graph and the models.
"""

from __future__ import annotations

import marshal
import os
import sys
import types
from pathlib import Path
from typing import IO, Any, Callable

CACHE_ENV = "OKRLINT_CACHE_DIR"
PROJECT_CACHE = ".okrlint_cache"


def user_cache_dir() -> Path:
    """The per-user cache folder of the platform (`~/.cache/okrlint` on Linux)."""
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "okrlint" / "Cache"
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # the XDG spec: a relative path is invalid and ignored (it could name the linted tree)
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "okrlint"


def private_cache_dir() -> Path | None:
    """The per-user folder for start-up caches (compiled regexes, the parsed rule pack), as jieba's tables use.

    Like Python's `__pycache__`, they hold okrlint's own code and data, never results: they are
    used whatever `--no-cache` and `OKRLINT_CACHE_DIR` say (those are about the results of a
    project). None when the folder is the shared temporary folder (a file there could be planted).
    """
    folder = user_cache_dir()
    try:
        if os.path.realpath(folder) in {os.path.realpath(candidate) for candidate in _temporary_folders()}:
            return None
    except (OSError, ValueError):
        return None
    return folder


def _temporary_folders() -> list[str]:
    """Every folder `tempfile.gettempdir()` could answer with (its environment variables, then the
    platform's usual ones), without importing tempfile (and random) on every run or probing each by
    writing a file: a cache folder that is any of them is shared, whichever one is in use."""
    folders = [os.environ[name] for name in ("TMPDIR", "TEMP", "TMP") if os.environ.get(name)]
    if sys.platform == "win32":
        import tempfile  # Windows' own folders (%SystemRoot%\Temp …): rare enough to pay the import

        return [*folders, tempfile.gettempdir()]
    return [*folders, "/tmp", "/var/tmp", "/usr/tmp"]


def read_marshal(path: Path) -> Any:
    """What a marshal cache file holds; None when it is missing, corrupt or half written."""
    try:
        with open(path, "rb") as handle:  # marshal.load(handle) would read it in tiny pieces
            return marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write_marshal(path: Path, data: Any) -> None:
    """Write a marshal cache file atomically; a value marshal cannot write, a read-only or full disk is ignored."""
    try:
        blob = marshal.dumps(data)
    except ValueError:  # the next run recomputes it
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    write_atomically(path, lambda out: out.write(blob), binary=True)


# Compiled code kept between runs is only good for the Python that compiled it: marshal's code
# format and the compiler's output change with the version and -O.
PYTHON_BUILD = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-O{sys.flags.optimize}"


def code_cache_file(stem: str, version: int) -> Path | None:
    """The per-user file of compiled code named `stem` for this Python; None when there is no safe folder."""
    folder = private_cache_dir()
    return None if folder is None else folder / f"{stem}-{version}-{PYTHON_BUILD}.marshal"


def read_code_map(path: Path | None) -> dict[str, types.CodeType]:
    """Source text -> its compiled code, as kept in `path`; empty when missing, corrupt or foreign."""
    data = None if path is None else read_marshal(path)
    if not isinstance(data, dict):
        return {}
    return {key: value for key, value in data.items() if isinstance(key, str) and isinstance(value, types.CodeType)}


def write_code_map(path: Path, codes: dict[str, types.CodeType], used: set[str], limit: int) -> None:
    """Keep `codes` in `path`; past `limit` entries only the `used` ones (what this process asked for),
    so code nobody asks for any more (an older okrlint's, a test's) does not crowd out the new."""
    write_marshal(path, codes if len(codes) <= limit else {source: codes[source] for source in used if source in codes})


def write_atomically(path: Path, write: Callable[[IO[Any]], Any], binary: bool = False) -> None:
    """Write a cache file through a temporary file renamed into place, so a reader never sees half of
    one; a read-only home or a full disk is ignored (the next run recomputes what it cannot read)."""
    import tempfile

    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.stem.split('-')[0]}-", suffix=".tmp", dir=path.parent)
        try:
            with (os.fdopen(handle, "wb") if binary else os.fdopen(handle, "w", encoding="utf-8")) as out:
                write(out)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, ValueError):
        pass


def ensure_cache_folder(folder: Path) -> None:
    """Create the cache folder; a project's `.okrlint_cache/` gets a `.gitignore` so nothing in it is committed."""
    folder.mkdir(parents=True, exist_ok=True)
    if folder.name == PROJECT_CACHE and not (folder / ".gitignore").exists():
        (folder / ".gitignore").write_text("# okrlint's caches: never committed\n*\n", encoding="utf-8")


def write_in_cache_folder(path: Path, write: Callable[[IO[Any]], Any]) -> None:
    """Write a cache file atomically into its (created) cache folder; failures are ignored."""
    try:
        ensure_cache_folder(path.parent)
    except OSError:
        return
    write_atomically(path, write)


def read_cache_file(path: Path, version: int, kind: type = dict) -> dict[str, Any]:
    """The `files` of an okrlint cache file of this shape version and okrlint version; {} for anything else.

    Each file's entry is a `kind`: a dict, or (the root index) the entry's own JSON text."""
    import json

    from okrlint import __version__

    try:
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict) or data.get("format") != version or data.get("okrlint") != __version__:
        return {}
    files = data.get("files")
    return {k: v for k, v in files.items() if isinstance(k, str) and isinstance(v, kind)} if isinstance(files, dict) else {}


def write_cache_file(path: Path, version: int, files: dict[str, Any], **extra: Any) -> None:
    """Write a cache file atomically (temp file + rename); a read-only home or a full disk is ignored."""
    import json

    from okrlint import __version__

    try:
        data = json.dumps({"format": version, "okrlint": __version__, **extra, "files": files}, ensure_ascii=False,
                          separators=(",", ":"))
    except ValueError:  # a circular or non-JSON entry: nothing is written
        return
    write_in_cache_folder(path, lambda out: out.write(data))
