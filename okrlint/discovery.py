"""Which files a run lints: explicit files always; folders searched for OKR files."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass, field, replace
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath
from typing import Iterator

from okrlint.readers import FORMATS, is_okr_name, okr_suffixes

READABLE_EXTENSIONS = tuple(e for fmt in FORMATS for e in fmt.extensions)  # what `include:` globs may add
OKR_FOLDER = "okrs"
SKIPPED_DIRS = {"node_modules", "__pycache__", "venv"}  # besides hidden folders (.git, .venv, ...)
STDIN = "-"
_ABSENT = (errno.ENOENT, errno.ENOTDIR)  # stat errors that mean "no such path"; others are the loader's to report


@dataclass(frozen=True, slots=True)
class Target:
    """One thing to lint: a file path, or stdin; or a path found but refused, with the reason."""

    shown_as: str  # how findings name it
    path: Path | None  # None for stdin
    refused: str | None = None  # "unreadable-folder" or "outside-symlink": reported, never read
    detail: str = ""  # the OS's reason, or where a symlink points
    # the path with symlinks and `..` resolved, when discovery resolved it (to drop duplicates): the run needs it too
    resolved: Path | None = field(default=None, compare=False)

    @property
    def is_stdin(self) -> bool:
        return self.path is None and self.refused is None


@dataclass(slots=True)
class Discovery:
    """What the paths on the command line hold."""

    targets: list[Target] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # given paths that do not exist
    excluded: int = 0  # files named explicitly that --force-exclude dropped


def okr_stem(shown_as: str) -> str:
    """How other files refer to an OKR file in `parent:`: "okrs/sales.okr.yaml" (or .okr.md) → "sales"."""
    name = shown_as.replace("\\", "/").rsplit("/", 1)[-1]
    for suffix in okr_suffixes():
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def is_okr_file(path: Path) -> bool:
    """`*.okr.yaml`, `*.okr.md`, `OKR.md`, `*.okr.csv`... anywhere; YAML or Markdown under a folder named `okrs`."""
    return is_okr_name(path.name, OKR_FOLDER in (p.lower() for p in path.parent.parts))


def display_path(path: str | Path) -> str:
    """A path as reports show it: always valid UTF-8.

    A file name that is not UTF-8 reaches Python with surrogate escapes, which every UTF-8
    writer (SARIF, GitLab, --output) refuses; the undecodable bytes become U+FFFD instead.
    """
    text = path.as_posix() if isinstance(path, Path) else path
    return os.fsencode(text).decode("utf-8", "replace")


def _resolved(path: Path) -> Path:
    return _resolved_or_none(path) or Path(os.path.abspath(path))  # a symlink loop: the loader reports it; here the absolute path will do


def _resolved_or_none(path: Path) -> Path | None:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return None


def _matches(path: Path, patterns: list[str], root: Path | None) -> bool:
    if not patterns:
        return False
    try:
        relative = _resolved(path).relative_to(_resolved(root or Path.cwd()))
    except ValueError:
        relative = path
    posix = PurePosixPath(relative.as_posix())
    return any(fnmatch(str(posix), pat) or posix.match(pat) or fnmatch(path.name, pat) for pat in patterns)


def path_matches(path: str, patterns: list[str], root: Path | None) -> bool:
    """Whether a path as shown in findings matches one of the config's globs (relative to `root`)."""
    return _matches(Path(path), patterns, root)


def _exists(path: Path) -> bool:
    """True unless the path is surely absent; a path that cannot be inspected (ELOOP, EACCES) still goes to the loader."""
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno not in _ABSENT
    return True


def discover(paths: list[str], include: list[str], exclude: list[str], root: Path | None = None,
             force_exclude: bool = False) -> Discovery:
    """Targets to lint, de-duplicated in the order given, and the given paths that do not exist.

    An explicit file is linted whatever its name, and even when `exclude` matches it unless
    `force_exclude` (pre-commit names every file explicitly, so `exclude` would never apply).
    Folder walks stay inside the folder: a file symlink that points out of it is reported, not
    read, and a subfolder that cannot be read is reported, not skipped in silence.
    """
    found = Discovery()
    seen: set[Path] = set()
    for given in paths:
        if given == STDIN:
            if not any(t.is_stdin for t in found.targets):  # stdin can be read only once
                found.targets.append(Target(STDIN, None))
            continue
        path = Path(given)
        if os.path.isdir(path):  # unlike Path.is_dir, never raises (a name too long, say)
            files = sorted(_walk(path, include, exclude, root), key=lambda t: t.shown_as)
        elif not _exists(path):
            found.missing.append(display_path(given))
            continue
        elif force_exclude and _matches(path, exclude, root):
            found.excluded += 1
            continue
        else:
            files = [Target(display_path(path), path)]  # a FIFO or device too: the loader reports "not a regular file"
        for target in files:
            resolved = target.resolved or (_resolved_or_none(target.path) if target.path is not None else None)
            key = resolved or (Path(os.path.abspath(target.path)) if target.path is not None else Path(target.shown_as))
            if target.refused is not None or key not in seen:
                seen.add(key)
                found.targets.append(replace(target, resolved=resolved) if resolved not in (None, target.resolved) else target)
    return found


def okr_files_under(folder: Path, include: list[str], exclude: list[str], root: Path | None,
                    passed_over: set[str] | frozenset[str] = frozenset()) -> Iterator[Target]:
    """Every OKR file a run on `folder` would lint (the root index reads them all), but those in
    `passed_over` (POSIX paths relative to `folder`: the files the run linted, which the index
    drops anyway; looking at each, ~0.1 ms, was most of the serial end of a 1,000-file run)."""
    return _walk(folder, include, exclude, root, passed_over)


def _walk(folder: Path, include: list[str], exclude: list[str], root: Path | None,
          passed_over: set[str] | frozenset[str] = frozenset()) -> Iterator[Target]:
    inside = _resolved(folder)
    unreadable: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(folder, onerror=unreadable.append):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in SKIPPED_DIRS)
        real, resolved_folder = None, False  # the folder resolved, once for all its OKR files
        base = Path(dirpath)  # each file's path is a child of it: the folder's text is parsed once, not once a file
        under_okrs = OKR_FOLDER in (part.lower() for part in base.parts)  # is_okr_file's question, once a folder
        if passed_over:  # the folder relative to `folder` once; a file's path is then "{folder}/{name}"
            within = base.relative_to(folder).as_posix()
            prefix = "" if within == "." else within + "/"
        for name in filenames:
            if passed_over and prefix + name in passed_over:
                continue
            file = base / name
            if _matches(file, exclude, root):
                continue
            if is_okr_name(name, under_okrs) or (name.lower().endswith(READABLE_EXTENSIONS) and _matches(file, include, root)):
                if file.is_symlink():
                    yield _outside_symlink(file, inside) or Target(display_path(file), file)
                    continue
                if not resolved_folder:
                    real, resolved_folder = _resolved_or_none(base), True
                # a name that is no symlink resolves to itself in its folder resolved: one resolve a folder, not a file
                # (each resolve looks at every folder above: ~18 µs, 18 ms of a 1,000-file run's serial start)
                yield Target(display_path(file), file, resolved=real / name if real is not None else None)
    for error in unreadable:
        where = display_path(error.filename if error.filename is not None else folder)
        yield Target(where, None, refused="unreadable-folder", detail=error.strerror or str(error))


def _outside_symlink(file: Path, inside: Path) -> Target | None:
    """A symlink found in a walk whose target lies outside the walked folder, as a refused target."""
    target = _resolved(file)
    if target == inside or inside in target.parents:
        return None
    return Target(display_path(file), None, refused="outside-symlink", detail=display_path(target))
