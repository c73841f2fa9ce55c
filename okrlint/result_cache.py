"""Per-file results, cached by content (like ruff's cache).

The expensive part of a run is reading the wording: language analysis and the text rules. A file
whose bytes, okrlint, configuration and rule set are unchanged gives the same file-local findings,
so they are kept per file and reused. There are two kinds of entry:
- a *plain* file (no `# okrlint:` directive, by far the most common): its file-local findings
  after the filters (per-file-ignores) and the fixes, its graph nodes (with the facts cross-file
  rules derived from its wording) and its counts. A hit is neither parsed nor built: the run
  reads the entry, puts the nodes in the OKR graph and goes on.
- a file with directives: the file-local rules' findings before any filter, and the facts of its
  nodes. The file is still loaded and built, so its directives are filtered (and marked used)
  afresh on every run.
Cross-file rules (unknown-parent, duplicate-kr, …) depend on other files (a parent). Their
findings on a plain file are kept in `graph.lines` under a fingerprint of the whole OKR system (the
SHA-256 of every file of the root, the current folder, whether the root was read whole): when any
file of the system changes, the fingerprint does, and they run again over the graph.

The key of a run's cache (one folder per key) covers okrlint's version and its own files (a
development checkout changes code without a new version), the resolved configuration, the
active rules with their options, severities and messages, the Chinese dictionary chosen and the
analyzers' versions. Each file has its own small entry file (so a run holds only the entry of the
file at hand, and writes only what changed), named after the file's resolved path and how it is
shown, holding the SHA-256 of its bytes. The cache lives beside the root index (okrlint/index.py:
OKRLINT_CACHE_DIR, the root's `.okrlint_cache/`, or the user cache folder), never in a linted
folder. A file or entry that is corrupt, half written or of another shape is ignored; writes are
atomic (a temporary file renamed into place), so concurrent runs never read a partial file. It is
JSON, never pickle: a repo could ship a forged `.okrlint_cache/`. Plugin rules turn the cache
off: their code cannot be fingerprinted.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field, fields
from pathlib import Path
from itertools import chain
from typing import IO, Any, Callable, Iterable, Iterator

from okrlint import __version__
from okrlint.config import Config
from okrlint.findings import Finding
from okrlint.finding_records import finding_entry, finding_from, forget_shared_values, share_strings  # noqa: F401  (used from here too)
from okrlint.graph import ObjectiveNode
from okrlint.index import (CACHE_ENV, EntryFile, cache_folder, cache_line, content_digest, ensure_cache_folder,
                           node_dicts, parsed_entry, read_cache_file, user_cache_dir, write_cache_file, write_cache_lines)
from okrlint.registry import Rule, rules_dir

__all__ = ["ResultCache", "CachedFile", "CachedSet", "PlainFile", "content_digest", "file_key", "results_folder", "run_key"]

FORMAT = 2  # bump when an entry's shape changes (2: one file per entry, plain entries, graph.json)
KEPT_RUN_KEYS = 8  # folders of earlier run keys kept (a development checkout makes a new key per edit)
GRAPH_FILE = "graph.lines"  # a line per set: fingerprint, set key, its cross-file findings (okrlint.index.EntryFile)
ANALYZER_DISTRIBUTIONS = ("pymorphy3", "pymorphy3-dicts-ru", "jieba")
ZH_DICT_ENV = "OKRLINT_ZH_DICT"  # okrlint.analysis.zh.DICT_ENV (not imported: an English run never loads it)


@dataclass(slots=True)
class CachedSet:
    """One OKR set's cached results: raw file-local findings and the facts of its graph nodes."""

    findings: list[Finding]
    facts: list[list[Any]]  # per objective node: [its facts, [each KR's facts]]


@dataclass(slots=True)
class PlainSet:
    """What the graph needs of one OKR set of a plain file: the set's own fields and its nodes (as dicts)."""

    source: str
    stem: str
    document: int
    lang: str | None
    nodes: list[dict[str, Any]]


@dataclass(slots=True)
class PlainFile:
    """A file without directives: its findings after the filters, its sets' nodes, its counts."""

    findings: list[Finding]
    sets: list[PlainSet]
    objectives: int
    key_results: int


@dataclass(slots=True)
class CachedFile:
    """A hit: either a plain file (nothing to parse) or the raw per-set results of a file with directives."""

    plain: PlainFile | None = None
    sets: list[CachedSet] | None = None


@dataclass(slots=True)
class ResultCache:
    """The cached results of one run key: a folder of per-file entries and `graph.lines`."""

    folder: Path | None  # None: the cache is off (--no-cache, plugin rules)
    hits: int = 0
    stored: int = 0
    _graph: EntryFile | None = None  # graph file: (fingerprint, set key) → findings' JSON, opened on first use
    # what this run found, as the graph file's lines, in a temporary file until save() (at 10,000
    # files the cross-file findings of every set held as entries were tens of MB)
    _cross_lines: IO[str] | None = None
    _cross_keys: set[tuple[str, str]] = field(default_factory=set)  # (fingerprint, set key) of those lines

    @property
    def path(self) -> Path | None:
        return self.folder

    @classmethod
    def open(cls, folder: Path | None, config: Config, rules: list[Rule]) -> ResultCache:
        if folder is None or any(r.origin.startswith("plugin") for r in rules):
            return cls(None)
        return cls(folder / f"results-{run_key(config, rules)}")

    def lookup(self, file_key: str | None, content: str | None) -> CachedFile | None:
        """The cached results of a file whose bytes are unchanged; None on a miss or an unreadable entry."""
        if self.folder is None or file_key is None or content is None:
            return None
        entry = read_cache_file(self._entry_path(file_key), FORMAT).get(file_key)
        if entry is None or entry.get("sha256") != content:
            return None
        try:
            if (plain := entry.get("plain")) is not None:
                found = CachedFile(plain=PlainFile(
                    [finding_from(f) for f in plain["findings"]],
                    [PlainSet(str(s[0]), str(s[1]), int(s[2]), None if s[3] is None else str(s[3]), list(s[4]))
                     for s in plain["sets"]],
                    int(plain["objectives"]), int(plain["key_results"])))
            else:
                found = CachedFile(sets=[CachedSet([finding_from(f) for f in s["findings"]], list(s["facts"]))
                                         for s in entry["sets"]])
        except (KeyError, TypeError, ValueError, IndexError, AttributeError):
            return None  # not the shape this version writes: a miss, never a crash
        self.hits += 1
        return found

    def has_plain(self, file_key: str | None, content: str | None) -> bool:
        """Whether a plain entry for these bytes seems to be there: a look ahead, so a glance at the
        entry's bytes, not a parse (lookup parses it and decides; a wrong guess costs only speed)."""
        if self.folder is None or file_key is None or content is None:
            return False
        try:
            with open(self._entry_path(file_key), "rb") as handle:
                raw = handle.read()
        except OSError:
            return False
        return f'"sha256":"{content}"'.encode() in raw and b'"plain":{' in raw

    def store_sets(self, file_key: str | None, content: str | None,
                   sets: list[tuple[list[Finding], list[ObjectiveNode]]]) -> None:
        """A file with directives: each set's raw file-local findings and its nodes' facts."""
        self._write(file_key, content, {"sets": [
            {"findings": [finding_entry(f) for f in found], "facts": [_facts(n) for n in nodes]} for found, nodes in sets]})

    def store_plain(self, file_key: str | None, content: str | None, findings: list[Finding],
                    sets: list[tuple[Any, list[ObjectiveNode]]], objectives: int, key_results: int) -> None:
        """A plain file: its filtered file-local findings, and each set (an OkrSet or its shell) with its nodes."""
        self._write(file_key, content, {"plain": {
            "findings": [finding_entry(f) for f in findings],
            "sets": [[s.source, s.stem, s.document, s.lang, node_dicts(nodes)] for s, nodes in sets],
            "objectives": objectives, "key_results": key_results}})

    def cross_file(self, fingerprint: str | None, set_key: str) -> list[Any] | None:
        """The cross-file findings (entries) cached for one set of this OKR system; None when the system changed."""
        if fingerprint is None or (graph := self._graph_file()) is None:
            return None
        return parsed_entry(graph.get((fingerprint, set_key)), list)

    def _graph_file(self) -> EntryFile | None:
        """The graph file's entries, each read when its set comes up (okrlint.index.EntryFile)."""
        if self.folder is None:
            return None
        if self._graph is None:
            self._graph = EntryFile(self.folder / GRAPH_FILE, FORMAT)
        return self._graph

    def _cached_cross(self, fingerprint: str) -> Iterator[tuple[str, bytes]]:
        """(set key, its findings' JSON) of every set the graph file holds for this OKR system."""
        graph = self._graph_file()
        for keys in graph.keys() if graph is not None else ():
            if len(keys) == 2 and keys[0] == fingerprint and (raw := graph.get(keys)) is not None:
                yield keys[1], raw

    def store_cross(self, fingerprint: str | None, set_key: str | None, findings: list[Finding]) -> None:
        if self.folder is None or fingerprint is None or set_key is None:
            return
        if self._cross_lines is None:
            import tempfile  # only a run whose OKR system changed

            # surrogatepass: a file name that is not UTF-8 reaches write_cache_lines, which ignores the failure as before
            self._cross_lines = tempfile.TemporaryFile("w+", encoding="utf-8", errors="surrogatepass", prefix="okrlint-graph-")
        self._cross_lines.write(cache_line((fingerprint, set_key), [finding_entry(f) for f in findings]))
        self._cross_keys.add((fingerprint, set_key))

    def save(self) -> None:
        """Write the graph file when this run found cross-file findings it did not have; failures are ignored."""
        if self.folder is None or self._cross_lines is None:
            self._close_graph()
            return
        self._cross_lines.seek(0)
        systems = {fingerprint for fingerprint, _ in self._cross_keys}  # earlier systems are stale
        kept = (_cross_line(fp, set_key, found) for fp in sorted(systems) for set_key, found in self._cached_cross(fp)
                if (fp, set_key) not in self._cross_keys)
        write_cache_lines(self.folder / GRAPH_FILE, FORMAT, _then(chain(self._cross_lines, kept), self._close_graph))
        self._close_graph()  # also when the write failed part way

    def _close_graph(self) -> None:
        """Close the graph file and this run's lines (before the new graph file is renamed into place)."""
        if self._graph is not None:
            self._graph.close()
        if self._cross_lines is not None:
            self._cross_lines.close()
            self._cross_lines = None
        self._cross_keys = set()

    def _entry_path(self, file_key: str) -> Path:
        assert self.folder is not None
        name = hashlib.sha256(file_key.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        return self.folder / name[:2] / f"{name}.json"

    def _write(self, file_key: str | None, content: str | None, entry: dict[str, Any]) -> None:
        if self.folder is None or file_key is None or content is None:
            return
        if self.stored == 0:
            _first_write(self.folder)
        self.stored += 1
        write_cache_file(self._entry_path(file_key), FORMAT, {file_key: {"sha256": content, **entry}})


def _then(lines: Iterable[str], done: Callable[[], None]) -> Iterator[str]:
    """`lines`, then `done()` before the file written from them is renamed into place (Windows renames no open file)."""
    yield from lines
    done()


def _cross_line(fingerprint: str, set_key: str, found: bytes | list[Any]) -> str:
    """A set's line in the graph file; an entry read from the file is written back as it was."""
    if isinstance(found, bytes):
        return "\t".join((json.dumps(fingerprint), json.dumps(set_key, ensure_ascii=False), found.decode("utf-8"))) + "\n"
    return cache_line((fingerprint, set_key), found)


def _first_write(folder: Path) -> None:
    """Before a run's first entry: the cache folder (with its `.gitignore`), and old run keys' folders pruned."""
    try:
        ensure_cache_folder(folder.parent)
        if folder.is_dir():
            return
        others = sorted((p for p in folder.parent.glob("results-*") if p != folder),
                        key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in others[KEPT_RUN_KEYS - 1:]:
            shutil.rmtree(stale, ignore_errors=True) if stale.is_dir() else stale.unlink(missing_ok=True)
    except OSError:  # the next run recomputes what it cannot read
        pass


def results_folder(root: Path | None) -> Path:
    """Beside the root index: OKRLINT_CACHE_DIR, the root's `.okrlint_cache/`, or the user cache folder."""
    if root is not None:
        return cache_folder(root)
    return Path(os.environ[CACHE_ENV]) if os.environ.get(CACHE_ENV) else user_cache_dir()


def file_key(path: Path | None, shown_as: str, resolved: Path | None = None) -> str | None:
    """An entry per file and per name it is shown by (findings carry that name); stdin is never cached.

    `resolved`: the path already resolved."""
    if path is None:
        return None
    try:
        return f"{resolved or path.resolve()}\0{shown_as}"
    except (OSError, RuntimeError):
        return None


def run_key(config: Config, rules: list[Rule]) -> str:
    """Everything besides a file's text that its file-local findings depend on."""
    settings = {f.name: getattr(config, f.name) for f in fields(config) if f.name not in ("source", "jobs")}  # jobs: same findings
    active = [[r.code, r.name, r.severity.value, r.scope, r.options, config.rule_options.get(r.name, {}), r.messages,
               r.suggestions, r.reasons, r.reads_text, r.cross_file, r.supersedes, _name(r.check), _name(r.prepare)]
              for r in rules]
    parts = [FORMAT, __version__, code_fingerprint(), _analyzer_versions(), os.environ.get(ZH_DICT_ENV, ""), settings, active]
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def _name(function: Any) -> str:
    """Which function a rule runs (a check swapped in, by a test or an embedding tool, changes the key)."""
    return f"{getattr(function, '__module__', '')}:{getattr(function, '__qualname__', '')}" if function else ""


def code_fingerprint() -> str:
    """Size and modification time of okrlint's own files and rule packs: a checkout's edit changes the key."""
    package = Path(__file__).parent
    stats: list[str] = []
    for folder in (package, rules_dir()):
        for current, dirs, names in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(names):
                if name.endswith((".py", ".yaml", ".txt", ".tsv", ".json")):
                    try:
                        info = os.stat(os.path.join(current, name))
                    except OSError:
                        continue
                    stats.append(f"{os.path.relpath(os.path.join(current, name), folder)}:{info.st_size}:{info.st_mtime_ns}")
    return hashlib.sha256("\n".join(stats).encode("utf-8", "surrogatepass")).hexdigest()


def _analyzer_versions() -> list[str]:
    from importlib import metadata  # already loaded by pydantic; asked only when a cache is used

    versions = []
    for name in ANALYZER_DISTRIBUTIONS:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=")
    return versions


def _facts(node: ObjectiveNode) -> list[Any]:
    return [node.facts, [kr.facts for kr in node.key_results]]


def restore_facts(nodes: list[ObjectiveNode], facts: list[list[Any]]) -> None:
    """Put a cached set's facts back on its freshly built nodes (same text, same nodes, same order)."""
    for node, (node_facts, kr_facts) in zip(nodes, facts):
        node.facts.update(node_facts)
        for kr, cached in zip(node.key_results, kr_facts):
            kr.facts.update(cached)
