"""The root index: every OKR file of the OKR root as graph nodes, cached by content.

pre-commit passes only the changed files, yet a changed child must still be checked against its
parent. A file's OKR root is the nearest folder above it that holds `.git` or an okrlint config
file (`.okrlint.yaml`): one OKR system; a monorepo marks each company or product with a config. Every OKR file under it that the run was not given is read for its graph
nodes only (loader and schema, no language analysis, no rules, no findings), and the nodes are
cached per file with the file's size, modification time and SHA-256, so the next run reads an
unchanged file's nodes from the cache without opening the file. The cache also keeps the facts
cross-file rules derived from a file's wording (KeyResultNode.facts, e.g. duplicate-kr's
metric and target of each KR), so an unchanged file is never analysed again for them; a result
cache can key on the same hashes.

Where the cache lives (okrlint never writes into the linted tree unless asked):
- `$OKRLINT_CACHE_DIR` when set;
- `.okrlint_cache/` in the OKR root when that folder exists (created by the user; okrlint puts a
  `.gitignore` in it so its files are never committed);
- otherwise the user cache folder (`$XDG_CACHE_HOME/okrlint`, `~/.cache/okrlint`,
  `%LOCALAPPDATA%\\okrlint\\Cache`).
`--no-cache` reads every file. A cache file that is corrupt, from another okrlint version or
half written is ignored; writes go to a temporary file renamed into place, so concurrent runs
never see a partial file (the last writer wins).
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from sys import intern
from typing import Any, BinaryIO, Iterable, Iterator

from okrlint import __version__
from okrlint.cache_dirs import (  # noqa: F401  (CACHE_ENV, user_cache_dir and the cache files are used from here too)
    CACHE_ENV, PROJECT_CACHE, ensure_cache_folder, read_cache_file, user_cache_dir, write_cache_file, write_in_cache_folder)
from okrlint.config import Config
from okrlint.discovery import Target, display_path, okr_files_under
from okrlint.graph import KeyResultNode, LevelRules, ObjectiveNode, new_objective_node, nodes_of
from okrlint.loader import Limits, read_path
from okrlint.models import Loc, Text, checked
from okrlint.schema import build_sets

ROOT_MARKERS = (".git", ".okrlint.yaml", ".okrlint.yml")
# bump when the node shape changes (4: SHA-256 of the bytes; 5: each entry a JSON text of its own;
# 6: a header line, then a line per file: read line by line, each entry kept as its UTF-8 bytes;
# 7: cascaded-kpi's facts of a text, cached with its node, name its topic and its named words;
# 8: and whether it is a plan's fulfilment; 9: and its phrases of two content words)
FORMAT = 9


def root_of(target: Target, seen: dict[Path, Path | None] | None = None, resolved: Path | None = None) -> Path | None:
    """The OKR root of a file: the nearest folder above it with `.git` or an okrlint config file.

    `seen` remembers the answer per folder for one run (files of a folder share their root);
    `resolved`: the target's path already resolved.
    """
    if target.path is None or target.refused is not None:
        return None
    try:
        start = resolved or target.path.resolve()
        # a target discovery resolved is a file (a folder given is walked): no stat (~10 ms of a 1,000-file run's start)
        folder = start.parent if target.resolved is not None else start if start.is_dir() else start.parent
    except (OSError, RuntimeError):
        return None
    seen = {} if seen is None else seen
    if folder not in seen:
        seen[folder] = next((f for f in (folder, *folder.parents) if any(os.path.lexists(f / m) for m in ROOT_MARKERS)), None)
    return seen[folder]


def cache_folder(root: Path) -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    project = root / PROJECT_CACHE
    return project if project.is_dir() else user_cache_dir()


@dataclass(slots=True)
class _Written:
    """One file's entry for the next run: its nodes, and whether the cache already says all this."""

    size: int
    mtime_ns: int
    sha256: str
    nodes: list[ObjectiveNode]
    known: bool = False  # the cache file holds this very entry
    facts: int = 0  # facts its KRs had when read from the cache

    def entry(self) -> dict[str, Any]:
        return _entry(self.size, self.mtime_ns, self.sha256, self.nodes)

    def changed(self) -> bool:
        return not self.known or _facts(self.nodes) != self.facts


def _facts(nodes: list[ObjectiveNode]) -> int:
    return sum(len(node.facts) + sum(len(kr.facts) for kr in node.key_results) for node in nodes)


@dataclass(slots=True)
class RootIndex:
    """The OKR files of one root, their graph nodes and what is known of their content."""

    root: Path
    config: Config
    levels: LevelRules
    cache_path: Path | None  # None with --no-cache
    # (root-relative path,) → its cached entry, read from the file, parsed and taken out when the file comes up:
    # a 10,000-file root parsed whole into dicts at once took hundreds of MB; read whole as one JSON
    # text, ~250 MB at its peak; held as bytes per entry, ~50 MB (see EntryFile)
    entries: EntryFile = field(default_factory=lambda: EntryFile(None, FORMAT))
    stale: bool = False  # the cache file holds entries this run did not use (files gone, or changed)
    written: dict[str, _Written] = field(default_factory=dict)  # the entries of this run, by root-relative path
    files_read: int = 0  # files this run had to open (not in the cache, or changed)
    _relative: dict[Path, str | None] = field(default_factory=dict)

    @classmethod
    def open(cls, root: Path, config: Config, use_cache: bool = True) -> RootIndex:
        levels = LevelRules({k: tuple(v) for k, v in config.levels.items()})
        path = cache_folder(root) / f"index-{_cache_key(root, config)}.json" if use_cache else None
        index = cls(root, config, levels, path)
        if path is not None:
            index.entries = EntryFile(path, FORMAT)
        return index

    def relative(self, path: Path, resolved: Path | None = None) -> str | None:
        """`path` relative to the root (POSIX), or None when it lies outside (resolved once per path, unless given)."""
        if path not in self._relative:
            try:
                self._relative[path] = (resolved or path.resolve()).relative_to(self.root).as_posix()
            except (ValueError, OSError, RuntimeError):
                self._relative[path] = None
        return self._relative[path]

    def level_of(self, declared: str | None, path: Path | None) -> str:
        relative = self.relative(path) if path is not None else None
        return self.levels.level_of(declared, relative or (path.as_posix() if path else ""))

    def record(self, path: Path, digest: str | None, nodes: list[ObjectiveNode]) -> None:
        """A linted file's nodes, so the next run on other files need not read it; `digest`: content_digest of its bytes."""
        relative = self.relative(path)
        if relative is None:
            return
        if self.cache_path is None:  # --no-cache: no entry is saved, so its size and time are never read
            self.written[relative] = _Written(0, 0, digest or "", nodes)  # one system call a file fewer in the parent's merge
            return
        try:
            info = path.stat()
        except OSError:
            return
        digest = digest or ""
        cached = parsed_entry(self.entries.pop((relative,)))
        same = cached is not None and (cached.get("size"), cached.get("mtime_ns"), cached.get("sha256")) == (info.st_size, info.st_mtime_ns, digest)
        self.stale |= cached is not None and not same
        self.written[relative] = _Written(info.st_size, info.st_mtime_ns, digest, nodes, same, _facts(nodes) if same else 0)

    def other_nodes(self, linted: set[str]) -> Iterator[ObjectiveNode]:
        """The nodes of every OKR file of the root that is not in `linted` (root-relative paths)."""
        config = self.config
        nested: dict[Path, bool] = {}  # folder → inside another OKR root (its own `.git` or config)
        for target in okr_files_under(self.root, config.include, config.exclude, self.root, passed_over=linted):
            if target.path is None or target.refused is not None or self._nested(target.path.parent, nested):
                continue
            try:  # the walk started at the resolved root, so its paths are under it as written
                relative = target.path.relative_to(self.root).as_posix()
            except ValueError:
                continue
            if relative in linted or relative in self.written:
                continue
            yield from self._file_nodes(target.path, relative)

    def _nested(self, folder: Path, seen: dict[Path, bool]) -> bool:
        known = seen.get(folder)  # first: asked once per file, and the root's parents are a tuple of paths to build
        if known is not None:
            return known
        if folder == self.root or folder in self.root.parents:
            seen[folder] = False
        else:
            seen[folder] = any(os.path.lexists(folder / m) for m in ROOT_MARKERS) or self._nested(folder.parent, seen)
        return seen[folder]

    def _file_nodes(self, path: Path, relative: str) -> list[ObjectiveNode]:
        shown = display_path(os.path.relpath(path))
        try:
            info = path.stat()
        except OSError:
            return []
        cached = parsed_entry(self.entries.pop((relative,)))
        if cached is not None and cached.get("size") == info.st_size and cached.get("mtime_ns") == info.st_mtime_ns:
            nodes = _nodes_from(cached, shown)
            if nodes is not None:
                self.written[relative] = _Written(info.st_size, info.st_mtime_ns, str(cached.get("sha256", "")), nodes,
                                                  True, _facts(nodes))
                return nodes
        self.stale |= cached is not None
        self.files_read += 1
        loaded = read_path(path, shown, Limits(max_bytes=self.config.max_file_size))
        nodes = []
        if loaded.documents:
            for okr_set in build_sets(loaded.documents, shown).sets:
                nodes += nodes_of(okr_set, self.levels.level_of(okr_set.level, relative))
        self.written[relative] = _Written(info.st_size, info.st_mtime_ns, content_digest(path, self.config.max_file_size) or "", nodes)
        return nodes

    def digests(self) -> list[tuple[str, str]]:
        """(root-relative path, SHA-256 of its bytes) of every file in the graph: what the OKR system is made of."""
        return sorted((relative, written.sha256) for relative, written in self.written.items())

    def save(self) -> None:
        """Write the entries of this run (files gone from the root drop out); failures are ignored.

        Called after the cross-file rules, so facts they derived (KeyResultNode.facts) are kept.
        """
        unused = len(self.entries)
        self.entries.close()  # before the file is replaced (Windows renames no open file)
        if self.cache_path is None:
            return
        if not unused and not self.stale and not any(w.changed() for w in self.written.values()):
            return  # the cache already says all this (every entry was used, none changed)
        lines = (cache_line((relative,), written.entry()) for relative, written in self.written.items())
        write_cache_lines(self.cache_path, FORMAT, lines, root=str(self.root))


class EntryFile:
    """The entries of a line cache file (see read_cache_lines), each read from the file when asked for.

    Only each entry's keys and where it lies are held: the entries of a 10,000-file root index
    held as bytes were ~50 MB to the end of the run, and the memory they gave back, scattered
    between the nodes built meanwhile, stayed with the process. The file stays open until
    close() (a concurrent run replaces it by a rename, so this run still reads its own); a file
    that cannot be read, or of another shape, has no entries.
    """

    def __init__(self, path: Path | None, version: int) -> None:
        self._where: dict[tuple[str, ...], tuple[int, int]] = {}  # keys → (offset, size) of the entry's JSON
        self._handle: BinaryIO | None = None
        if path is None:
            return
        try:
            handle = path.open("rb")
        except OSError:
            return
        try:
            header = json.loads(handle.readline())
            if isinstance(header, dict) and header.get("format") == version and header.get("okrlint") == __version__:
                self._where = _entry_places(handle)
        except (OSError, ValueError, RecursionError):  # unreadable, no header
            self._where = {}
        if self._where:
            self._handle = handle
        else:
            handle.close()

    def __len__(self) -> int:
        return len(self._where)

    def keys(self) -> list[tuple[str, ...]]:
        return list(self._where)

    def get(self, keys: tuple[str, ...]) -> bytes | None:
        """The entry's JSON (UTF-8 bytes), or None when there is none or it cannot be read."""
        where = self._where.get(keys)
        if where is None or self._handle is None:
            return None
        try:
            self._handle.seek(where[0])
            return self._handle.read(where[1])
        except (OSError, ValueError):
            return None

    def pop(self, keys: tuple[str, ...]) -> bytes | None:
        """`get`, and the entry is no longer there (it has been used)."""
        entry = self.get(keys)
        self._where.pop(keys, None)
        if not self._where:
            self.close()
        return entry

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        self._where = {}


def _entry_places(handle: BinaryIO) -> dict[tuple[str, ...], tuple[int, int]]:
    """Keys → (offset, size) of each line's entry, read a line at a time; a damaged line is left out."""
    places: dict[tuple[str, ...], tuple[int, int]] = {}
    offset = handle.tell()
    while line := handle.readline():
        start = offset
        offset += len(line)
        body = line.rstrip(b"\n")
        tab = body.rfind(b"\t")
        if tab < 0:
            continue
        try:
            parsed = tuple(json.loads(key) for key in body[:tab].split(b"\t"))
        except (ValueError, RecursionError):
            continue
        if parsed and all(isinstance(key, str) for key in parsed):
            places[parsed] = (start + tab + 1, len(body) - tab - 1)
    return places


def read_cache_lines(path: Path, version: int) -> list[tuple[tuple[str, ...], bytes]]:
    """(keys, the entry's JSON as UTF-8 bytes) of each line of a line cache file of this shape and okrlint version.

    The file is a header line, then a line per entry: its keys as JSON strings and the entry's
    JSON, separated by tabs (JSON text holds no raw tab or newline). It is read a line at a time
    and each entry kept as bytes, to be parsed when it is needed: a 10,000-file root read whole as
    one JSON text peaked at ~250 MB. A damaged line is left out (its file is read again); a file
    of another shape gives nothing.
    """
    found: list[tuple[tuple[str, ...], bytes]] = []
    try:
        with path.open("rb") as handle:
            header = json.loads(handle.readline())
            if not isinstance(header, dict) or header.get("format") != version or header.get("okrlint") != __version__:
                return []
            for line in handle:
                *keys, entry = line.rstrip(b"\n").split(b"\t")
                try:
                    parsed = tuple(json.loads(key) for key in keys)
                except (ValueError, RecursionError):
                    continue
                if parsed and all(isinstance(key, str) for key in parsed):
                    found.append((parsed, entry))
    except (OSError, ValueError, RecursionError):  # missing, unreadable, no header
        return []
    return found


def cache_line(keys: tuple[str, ...], entry: Any) -> str:
    """One line of a line cache file: the keys, then the entry as compact JSON."""
    return "\t".join((*(json.dumps(key, ensure_ascii=False) for key in keys),
                       json.dumps(entry, ensure_ascii=False, separators=(",", ":")))) + "\n"


def write_cache_lines(path: Path, version: int, lines: Iterable[str], **extra: Any) -> None:
    """Write a line cache file a line at a time, atomically (temp file + rename); failures are ignored."""
    header = json.dumps({"format": version, "okrlint": __version__, **extra}, ensure_ascii=False) + "\n"
    write_in_cache_folder(path, lambda out: (out.write(header), out.writelines(lines)))



def _cache_key(root: Path, config: Config) -> str:
    """One cache file per root and per setting that changes the nodes."""
    settings = json.dumps([str(root), FORMAT, __version__, config.levels, config.include, config.exclude, config.max_file_size],
                          sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(settings.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def parsed_entry(entry: bytes | None, kind: type = dict) -> Any:
    """A line cache entry's JSON when it is a `kind` (a root index entry: a dict; a set's cross-file
    findings: a list); None when it is missing, damaged or of another shape."""
    if entry is None:
        return None
    try:
        parsed = json.loads(entry)
    except (ValueError, RecursionError):
        return None
    return parsed if isinstance(parsed, kind) else None


def content_digest(path: Path | None, limit: int) -> str | None:
    """SHA-256 of the file's bytes (all of them: a spreadsheet's text is only a sample), read before it is loaded.

    None for stdin, an unreadable file or one over the size limit (the loader reports those).
    """
    if path is None:
        return None
    sha = hashlib.sha256()
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would block; the loader says what it is
            return None
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                sha.update(chunk)
                if handle.tell() > limit:
                    return None
    except (OSError, ValueError):
        return None
    return sha.hexdigest()


def _entry(size: int, mtime_ns: int, sha256: str, nodes: list[ObjectiveNode]) -> dict[str, Any]:
    return {"size": size, "mtime_ns": mtime_ns, "sha256": sha256, "nodes": node_dicts(nodes)}


def node_dicts(nodes: list[ObjectiveNode]) -> list[dict[str, Any]]:
    """Graph nodes as JSON-able dicts (the root index's and the result cache's shape)."""
    return [_node_dict(n) for n in nodes]


def _loc(loc: Loc | _LazyLoc) -> list:
    """[line, column, end line, end column] and, for a spreadsheet, the cell (a finding from the cache names it too)."""
    where: list = [loc.line, loc.column, loc.end_line, loc.end_column]
    return where + [loc.cell] if getattr(loc, "cell", None) else where


def _text(text: Text | _CachedText | None) -> list | None:
    if isinstance(text, _CachedText):
        return [text.value, text._where]
    return None if text is None else [text.value, _loc(text.loc)]


def _node_dict(node: ObjectiveNode) -> dict[str, Any]:
    return {
        "stem": node.stem, "document": node.document, "path": node.path, "loc": _loc(node.loc), "id": node.id,
        "title": _text(node.title), "parent": _text(node.parent), "owner": node.owner, "team": node.team,
        "period": node.period, "level": node.level, "lang": node.lang, "kpis": list(node.kpis),
        "krs": [[_text(kr.title), kr.path, kr.owner, kr.team, kr.analysable, kr.facts] for kr in node.key_results],
        "analysable": node.analysable, "facts": node.facts,
    }


def _as_loc(raw: Any) -> Loc:
    line, column, end_line, end_column = raw[:4]  # unpacked, then each made a number: no generator (~0.5 µs a Loc)
    line, column, end_line, end_column = int(line), int(column), int(end_line), int(end_column)
    cell = str(raw[4]) if len(raw) > 4 else None
    return checked(Loc, line=line, column=column, end_line=end_line, end_column=end_column, cell=cell)  # as model_construct, faster


class _LazyLoc:
    """An objective's location from the index: line and column as numbers, no model."""

    __slots__ = ("line", "column", "end_line", "end_column", "cell")

    def __init__(self, raw: list) -> None:
        line, column, end_line, end_column = raw[:4]  # unpacked, then each made a number: no generator a node
        self.line, self.column, self.end_line, self.end_column = int(line), int(column), int(end_line), int(end_column)
        self.cell = str(raw[4]) if len(raw) > 4 else None


class _CachedText:
    """A text read from the index: its value now, its location (a model) only if asked for."""

    __slots__ = ("value", "_where")

    def __init__(self, value: str, where: list) -> None:
        self.value = value
        self._where = where

    @property
    def loc(self) -> Loc:
        return _as_loc(self._where)

    def __str__(self) -> str:
        return self.value


def _as_text(raw: Any) -> Text | None:
    """Texts of files the run did not lint are read, not reported on: building models for them is waste."""
    return None if raw is None else _CachedText(str(raw[0]), raw[1])  # type: ignore[return-value]


def _nodes_from(entry: dict[str, Any], shown: str) -> list[ObjectiveNode] | None:
    """Nodes from a cached entry; None when the entry is not the shape this version writes."""
    return nodes_from_dicts(entry.get("nodes"), shown)


def nodes_from_dicts(raws: Any, shown: str) -> list[ObjectiveNode] | None:
    """Nodes from `node_dicts` (light texts: no models); None when they are not the shape this version writes."""
    try:
        nodes = []
        for raw in raws:
            krs = tuple(KeyResultNode(_as_text(t), _shared(p), _shared(o), _shared(tm), bool(a), shared_facts(f))  # type: ignore[arg-type]
                        for t, p, o, tm, a, f in raw["krs"])
            nodes.append(new_objective_node(  # ObjectiveNode's fields, in order
                shown, intern(str(raw["stem"])), int(raw["document"]), intern(str(raw["path"])),
                _LazyLoc(raw["loc"]), raw["id"], _as_text(raw["title"]),  # type: ignore[arg-type]
                _as_text(raw["parent"]), _shared(raw["owner"]), _shared(raw["team"]),
                _shared(raw["period"]), intern(str(raw["level"])), _shared(raw["lang"]),
                tuple(str(k) for k in raw["kpis"]), krs, bool(raw["analysable"]), shared_facts(raw["facts"]),
            ))
        return nodes
    except (KeyError, TypeError, ValueError, IndexError, AttributeError):
        return None


def _shared(value: Any) -> Any:
    """A string as the one copy the process keeps (sys.intern): paths such as "objectives[0].key_results[2]",
    teams, periods and languages repeat across thousands of nodes; anything else as it is."""
    return intern(value) if type(value) is str else value


# Facts are the larger part of a node read back: at 10,000 files ~130,000 objectives and KRs
# held ~180 MB of decoded dicts, lists and strings. KRs written alike have equal facts (the same
# words, metrics and lead; the same duplicate key), and the rules only read a fact (one that
# derives a fact stores a new value), so equal values read back are kept once: a node's own
# facts dict is its own, the values in it may be shared. The memo is bounded (a value past the
# bound is kept as read) and emptied at the end of a run (forget_shared_facts).
SHARED_FACTS_BOUND = 50_000
_shared_facts: dict[bytes, Any] = {}


def shared_facts(facts: Any) -> dict[str, Any]:
    """`dict(facts)` whose values are the first equal value read this run, when there was one."""
    shared: dict[str, Any] = {}
    for name, value in (facts if type(facts) is dict else dict(facts)).items():  # a dict read as it is: no copy
        try:
            key = marshal.dumps(value, 2)  # version 2: no back-references, so equal values give equal bytes
        except ValueError:  # not plain data: kept as it is
            shared[name] = value
            continue
        known = _shared_facts.get(key)
        if known is None:
            if len(_shared_facts) < SHARED_FACTS_BOUND:
                _shared_facts[key] = value
            known = value
        shared[name] = known
    return shared


def forget_shared_facts() -> None:
    """The end of a run: its values are no longer shared with the next run's."""
    _shared_facts.clear()
