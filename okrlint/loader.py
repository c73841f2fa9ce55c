"""The only code that reads bytes and YAML.

It turns a file (or stdin bytes) into composed YAML nodes that keep their positions, or into
located problems. Guards against hostile input (size, encoding, depth, aliases) live here so
that nothing downstream ever sees a file that could crash or hang the run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

try:  # libyaml is ~10x faster; fall back to the pure-Python loader when it is missing
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class Problem:
    """A located problem with a file, reported under `invalid-okr`.

    `kind` picks the message template in rules/invalid-okr.yaml; `params` fill it.
    """

    kind: str
    line: int
    column: int
    end_line: int
    end_column: int
    params: dict = field(default_factory=dict)
    severity: str = "error"


@dataclass(slots=True)
class LoadedFile:
    """A file's text and YAML documents, or the problems that stopped it from loading."""

    path: str
    text: str = ""
    documents: list[yaml.Node] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int = 5 * 1024 * 1024


def read_path(path: Path, shown_as: str, limits: Limits = Limits()) -> LoadedFile:
    """Read one file from disk; unreadable files become problems, never exceptions."""
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            return _refused(shown_as, "too-large", size=size, limit=limits.max_bytes)
        data = path.read_bytes()
    except OSError as exc:
        return _refused(shown_as, "unreadable", reason=exc.strerror or str(exc))
    return load_bytes(data, shown_as, limits)


def load_bytes(data: bytes, shown_as: str, limits: Limits = Limits()) -> LoadedFile:
    """Decode and compose YAML from raw bytes (a file's content or stdin)."""
    if len(data) > limits.max_bytes:
        return _refused(shown_as, "too-large", size=len(data), limit=limits.max_bytes)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return _refused(shown_as, "encoding", position=exc.start)
    return compose_text(text, shown_as)


def compose_text(text: str, shown_as: str) -> LoadedFile:
    """Compose every `---` document of a YAML text into position-keeping nodes."""
    loaded = LoadedFile(path=shown_as, text=text)
    try:
        loaded.documents = [doc for doc in yaml.compose_all(text, Loader=_SafeLoader) if doc is not None]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        reason = " ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
        loaded.problems.append(Problem("yaml-syntax", line, column, line, column + 1, {"reason": reason}))
    except yaml.YAMLError as exc:
        loaded.problems.append(Problem("yaml-syntax", 1, 1, 1, 1, {"reason": str(exc)}))
    return loaded


def _refused(shown_as: str, kind: str, **params: object) -> LoadedFile:
    return LoadedFile(path=shown_as, problems=[Problem(kind, 1, 1, 1, 1, dict(params))])
