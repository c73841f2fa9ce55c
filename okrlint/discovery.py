"""Which files a run lints: explicit files always; folders searched for OKR files."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

OKR_SUFFIXES = (".okr.yaml", ".okr.yml")
YAML_SUFFIXES = (".yaml", ".yml")
OKR_FOLDER = "okrs"
SKIPPED_DIRS = {"node_modules", "__pycache__", "venv"}  # besides hidden folders (.git, .venv, ...)
STDIN = "-"
_ABSENT = (errno.ENOENT, errno.ENOTDIR)  # stat errors that mean "no such path"; others are the loader's to report


@dataclass(frozen=True, slots=True)
class Target:
    """One thing to lint: a file path, or stdin."""

    shown_as: str  # how findings name it
    path: Path | None  # None for stdin


def okr_stem(shown_as: str) -> str:
    """How other files refer to an OKR file in `parent:`: "okrs/sales.okr.yaml" → "sales"."""
    name = shown_as.replace("\\", "/").rsplit("/", 1)[-1]
    for suffix in (*OKR_SUFFIXES, *YAML_SUFFIXES):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def is_okr_file(path: Path) -> bool:
    """`*.okr.yaml` anywhere, or any YAML file under a folder named `okrs`."""
    name = path.name.lower()
    if name.endswith(OKR_SUFFIXES):
        return True
    return name.endswith(YAML_SUFFIXES) and OKR_FOLDER in (p.lower() for p in path.parent.parts)


def display_path(path: str | Path) -> str:
    """A path as reports show it: always valid UTF-8.

    A file name that is not UTF-8 reaches Python with surrogate escapes, which every UTF-8
    writer (SARIF, GitLab, --output) refuses; the undecodable bytes become U+FFFD instead.
    """
    text = path.as_posix() if isinstance(path, Path) else path
    return os.fsencode(text).decode("utf-8", "replace")


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop: the loader reports it; here the absolute path will do
        return Path(os.path.abspath(path))


def _matches(path: Path, patterns: list[str], root: Path | None) -> bool:
    if not patterns:
        return False
    try:
        relative = _resolved(path).relative_to(_resolved(root or Path.cwd()))
    except ValueError:
        relative = path
    posix = PurePosixPath(relative.as_posix())
    return any(fnmatch(str(posix), pat) or posix.match(pat) or fnmatch(path.name, pat) for pat in patterns)


def _exists(path: Path) -> bool:
    """True unless the path is surely absent; a path that cannot be inspected (ELOOP, EACCES) still goes to the loader."""
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno not in _ABSENT
    return True


def discover(paths: list[str], include: list[str], exclude: list[str], root: Path | None = None,
             force_exclude: bool = False) -> tuple[list[Target], list[str]]:
    """Targets to lint, de-duplicated in the order given, and the given paths that do not exist.

    An explicit file is linted whatever its name, and even when `exclude` matches it unless
    `force_exclude` (pre-commit names every file explicitly, so `exclude` would never apply).
    """
    targets: list[Target] = []
    missing: list[str] = []
    seen: set[Path] = set()
    for given in paths:
        if given == STDIN:
            if not any(t.path is None for t in targets):  # stdin can be read only once
                targets.append(Target(STDIN, None))
            continue
        path = Path(given)
        if os.path.isdir(path):  # unlike Path.is_dir, never raises (a name too long, say)
            found = sorted(_walk(path, include, exclude, root))
        elif not _exists(path):
            missing.append(display_path(given))
            continue
        elif force_exclude and _matches(path, exclude, root):
            continue
        else:
            found = [path]  # a FIFO or device too: the loader reports "not a regular file"
        for file in found:
            key = _resolved(file)
            if key not in seen:
                seen.add(key)
                targets.append(Target(display_path(file), file))
    return targets, missing


def _walk(folder: Path, include: list[str], exclude: list[str], root: Path | None):
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in SKIPPED_DIRS)
        for name in filenames:
            file = Path(dirpath) / name
            if _matches(file, exclude, root):
                continue
            if is_okr_file(file) or (name.lower().endswith(YAML_SUFFIXES) and _matches(file, include, root)):
                yield file
