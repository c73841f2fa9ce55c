"""Per-file results of the file-local rules, cached by content (like ruff's cache).

The expensive part of a run is reading the wording: language analysis and the text rules. A file
whose content, okrlint, configuration and rule set are unchanged gives the same file-local
findings, so they are kept per file and reused. What is cached, per OKR set of the file:
- the file-local rules' findings before any filter (inline `# okrlint:` comments, per-file-ignores
  and baselines run on every run, so a directive is still marked used and the filters stay live);
- the facts cross-file rules derived from its wording (KeyResultNode.facts), so an unchanged file is
  not analysed again for them.
Cross-file rules (unknown-parent, duplicate-kr, …) always run again over the OKR graph: their
findings depend on other files (a parent), so they are never taken from the cache. The file is
still loaded and built (cheap next to the analysis): the graph, the summary counts, the loader's
problems and the suppressions come from it as on any run.

The key of a run's cache (one file per key) covers okrlint's version and its own files (a
development checkout changes code without a new version), the resolved configuration, the
active rules with their options, severities and messages, the Chinese dictionary chosen and the
analyzers' versions. Each entry is keyed by the file's resolved path and how it is shown, and
holds the SHA-256 of its bytes. It lives beside the root index (okrlint/index.py: OKRLINT_CACHE_DIR,
the root's `.okrlint_cache/`, or the user cache folder), never in a linted folder. A file or
entry that is corrupt, half written or of another shape is ignored; writes are atomic (a
temporary file renamed into place), so concurrent runs never read a partial file. Plugin rules
turn the cache off: their code cannot be fingerprinted.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from okrlint import __version__
from okrlint.config import Config
from okrlint.findings import Edit, Evidence, EvidenceSpan, Finding, Fix, Severity, Span, Suggestion
from okrlint.graph import ObjectiveNode
from okrlint.index import CACHE_ENV, cache_folder, read_cache_file, user_cache_dir, write_cache_file
from okrlint.registry import Rule, rules_dir

FORMAT = 1  # bump when an entry's shape changes
MAX_ENTRIES = 20_000  # files kept from earlier runs; this run's files are always kept
ANALYZER_DISTRIBUTIONS = ("pymorphy3", "pymorphy3-dicts-ru", "jieba")
ZH_DICT_ENV = "OKRLINT_ZH_DICT"  # okrlint.analysis.zh.DICT_ENV (not imported: an English run never loads it)


@dataclass(slots=True)
class CachedSet:
    """One OKR set's cached results: raw file-local findings and the facts of its graph nodes."""

    findings: list[Finding]
    facts: list[list[Any]]  # per objective node: [its facts, [each KR's facts]]


@dataclass(slots=True)
class ResultCache:
    """The cached results of one run key; `entries` from disk, `written` by this run."""

    path: Path | None  # None: the cache is off (--no-cache, plugin rules)
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    written: dict[str, dict[str, Any]] = field(default_factory=dict)
    hits: int = 0

    @classmethod
    def open(cls, folder: Path | None, config: Config, rules: list[Rule]) -> ResultCache:
        if folder is None or any(r.origin.startswith("plugin") for r in rules):
            return cls(None)
        path = folder / f"results-{run_key(config, rules)}.json"
        return cls(path, read_cache_file(path, FORMAT))

    def lookup(self, file_key: str | None, content: str | None, sets: int) -> list[CachedSet] | None:
        """The cached sets of a file whose content is unchanged; None on a miss or an unreadable entry."""
        if self.path is None or file_key is None or content is None:
            return None
        entry = self.entries.get(file_key)
        if entry is None or entry.get("sha256") != content:
            return None
        try:
            cached = [CachedSet([finding_from(f) for f in s["findings"]], list(s["facts"])) for s in entry["sets"]]
        except (KeyError, TypeError, ValueError, IndexError, AttributeError):
            return None  # not the shape this version writes: a miss, never a crash
        if len(cached) != sets:
            return None
        self.hits += 1
        self.written[file_key] = entry
        return cached

    def store(self, file_key: str | None, content: str | None, sets: list[tuple[list[Finding], list[ObjectiveNode]]]) -> None:
        if self.path is None or file_key is None or content is None:
            return
        self.written[file_key] = {"sha256": content, "sets": [
            {"findings": [finding_entry(f) for f in found], "facts": [_facts(n) for n in nodes]} for found, nodes in sets]}

    def save(self) -> None:
        """Write this run's entries and the most recent others; any failure leaves the next run to recompute."""
        if self.path is None or not self.written or self.hits == len(self.written) and len(self.written) == len(self.entries):
            return
        room = max(MAX_ENTRIES - len(self.written), 0)
        others = [(k, v) for k, v in self.entries.items() if k not in self.written][-room:] if room else []
        files = dict(others) | self.written  # this run's last: the newest survive the cap next time
        write_cache_file(self.path, FORMAT, files)


def results_folder(root: Path | None) -> Path:
    """Beside the root index: OKRLINT_CACHE_DIR, the root's `.okrlint_cache/`, or the user cache folder."""
    if root is not None:
        return cache_folder(root)
    return Path(os.environ[CACHE_ENV]) if os.environ.get(CACHE_ENV) else user_cache_dir()


def file_key(path: Path | None, shown_as: str) -> str | None:
    """An entry per file and per name it is shown by (findings carry that name); stdin is never cached."""
    if path is None:
        return None
    try:
        return f"{path.resolve()}\0{shown_as}"
    except (OSError, RuntimeError):
        return None


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


def run_key(config: Config, rules: list[Rule]) -> str:
    """Everything besides a file's text that its file-local findings depend on."""
    settings = {f.name: getattr(config, f.name) for f in fields(config) if f.name != "source"}
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


def finding_entry(f: Finding) -> list[Any]:
    span = f.span
    evidence = [f.evidence.reason, [[s.start, s.end, s.text] for s in f.evidence.spans]] if f.evidence else None
    suggestion = None
    if f.suggestion is not None:
        fix = f.suggestion.fix
        suggestion = [f.suggestion.template, None if fix is None else [fix.description, [
            [e.span.line, e.span.column, e.span.end_line, e.span.end_column, e.span.cell, e.text] for e in fix.edits]]]
    return [f.path, [span.line, span.column, span.end_line, span.end_column, span.cell], f.code, f.rule,
            f.severity.value, f.message, f.lang, f.target, f.text, evidence, suggestion]


def finding_from(raw: list[Any]) -> Finding:
    path, span, code, rule, severity, message, lang, target, text, evidence, suggestion = raw
    found_evidence = None
    if evidence is not None:
        reason, spans = evidence
        found_evidence = Evidence(str(reason), tuple(EvidenceSpan(int(a), int(b), str(t)) for a, b, t in spans))
    found_suggestion = None
    if suggestion is not None:
        template, fix = suggestion
        found_fix = None
        if fix is not None:
            description, edits = fix
            found_fix = Fix(str(description), tuple(Edit(Span(int(l), int(c), int(el), int(ec), str(cell)), str(t))
                                                    for l, c, el, ec, cell, t in edits))
        found_suggestion = Suggestion(str(template), found_fix)
    line, column, end_line, end_column, cell = span
    return Finding(path=str(path), span=Span(int(line), int(column), int(end_line), int(end_column), str(cell)),
                   code=str(code), rule=str(rule), severity=Severity(severity), message=str(message), lang=str(lang),
                   target=str(target), text=str(text), evidence=found_evidence, suggestion=found_suggestion)
