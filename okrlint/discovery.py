"""Which files a run lints: explicit files always; folders searched for OKR files."""

from __future__ import annotations

import os
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

OKR_SUFFIXES = (".okr.yaml", ".okr.yml")
YAML_SUFFIXES = (".yaml", ".yml")
OKR_FOLDER = "okrs"
SKIPPED_DIRS = {"node_modules", "__pycache__", "venv"}  # besides hidden folders (.git, .venv, ...)
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Target:
    """One thing to lint: a file path, or stdin."""

    shown_as: str  # how findings name it
    path: Path | None  # None for stdin


def is_okr_file(path: Path) -> bool:
    """`*.okr.yaml` anywhere, or any YAML file under a folder named `okrs`."""
    name = path.name.lower()
    if name.endswith(OKR_SUFFIXES):
        return True
    return name.endswith(YAML_SUFFIXES) and OKR_FOLDER in (p.lower() for p in path.parent.parts)


def _matches(path: Path, patterns: list[str], root: Path | None) -> bool:
    if not patterns:
        return False
    try:
        relative = path.resolve().relative_to((root or Path.cwd()).resolve())
    except ValueError:
        relative = path
    posix = PurePosixPath(relative.as_posix())
    return any(fnmatch(str(posix), pat) or posix.match(pat) or fnmatch(path.name, pat) for pat in patterns)


def discover(paths: list[str], include: list[str], exclude: list[str], root: Path | None = None) -> tuple[list[Target], list[str]]:
    """Targets to lint, sorted and de-duplicated, and the given paths that do not exist."""
    targets: list[Target] = []
    missing: list[str] = []
    seen: set[Path] = set()
    for given in paths:
        if given == STDIN:
            targets.append(Target(STDIN, None))
            continue
        path = Path(given)
        if path.is_file():
            found = [path]  # an explicit file is always linted, whatever its name
        elif path.is_dir():
            found = sorted(_walk(path, include, exclude, root))
        else:
            missing.append(given)
            continue
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                targets.append(Target(_shown(file), file))
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


def _shown(path: Path) -> str:
    return path.as_posix()
