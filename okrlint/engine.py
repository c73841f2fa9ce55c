"""The run: files → loader → models → graph → rules → filters → findings.

The run streams: each file is loaded, built, added to the OKR graph (light nodes, see
okrlint/graph.py) and checked by the file-local rules, then its models are let go, so memory
does not grow with the files' models. Rules marked `cross-file` read the graph: they run at the
end, once the OKR root's other files have been added from the root index (okrlint/index.py), so a
run on one changed file still sees its parent. Findings are only ever about the files given.
Rules that read wording see only the texts within the file's analysis budget. A rule that
raises becomes an `internal-error` finding; it never stops the run. A file whose bytes, config
and rules are unchanged takes its file-local findings from the result cache
(okrlint/result_cache.py); the filters and the cross-file rules run on every run.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import traceback
from collections import Counter
from pathlib import Path
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from okrlint.analysis.detect import detect_language, has_han
from okrlint.budget import TextBudget
from okrlint.checks.base import CheckContext, Clue, Hit
from okrlint.config import Config
from okrlint.discovery import Target, path_matches
from okrlint.finding_store import FindingStore, tally_of
from okrlint.findings import Edit, Evidence, EvidenceSpan, Finding, Fix, RunSummary, Severity, Span, Suggestion, new_span
from okrlint.graph import LevelRules, ObjectiveNode, OkrGraph, nodes_of
from okrlint.finding_records import (finding_from, finding_from_record, finding_record, forget_shared_values, share_strings,
                                     share_values)
from okrlint.index import RootIndex, content_digest, forget_shared_facts, node_dicts, nodes_from_dicts, root_of
from okrlint.loader import Limits, LoadedFile, Problem, load_bytes, read_path
from okrlint.readers import DEFAULT, format_of
from okrlint.models import Loc, OkrSet
from okrlint.pool import WorkerLost, in_order, start_method, workers_for
from okrlint.registry import Registry, Rule, localized
from okrlint.schema import build_sets
from okrlint.suppress import Entry, Suppressions, UnknownRule, parse_suppressions

if TYPE_CHECKING:
    from okrlint.baseline import Baseline
    from okrlint.result_cache import CachedSet, PlainFile, ResultCache

INVALID = "invalid-okr"
INTERNAL = "internal-error"
BAD_SUPPRESSION = "bad-suppression"
UNUSED = "unused-suppression"
ALWAYS_ON = (INVALID, INTERNAL)  # like ruff's syntax errors: a file okrlint cannot read is always news
# A misspelt suppression is news whatever rules are selected (`--select OKR2` names the rules it
# suppresses); unlike the always-on rules it can be ignored by name.
SELECTED_ANYWAY = (*ALWAYS_ON, BAD_SUPPRESSION)
# A rule pack with this message offers, on its KR findings, the fix that moves a one-line task KR
# into the objective's `initiatives:` (okrlint/initiative_move.py); the message describes the fix.
MOVE_FIX = "fix-move-to-initiatives"


@dataclass(slots=True)
class LintResult:
    """What a run found: its findings, their summary, the OKR systems it built and any tracebacks."""

    # sorted by Finding.sort_key; a FindingStore read in that order when the run was asked to stream
    findings: list[Finding] | FindingStore = field(default_factory=list)
    summary: RunSummary = field(default_factory=RunSummary)
    systems: list[OkrGraph] = field(default_factory=list)  # one OKR system per root the linted files are in
    tracebacks: list[str] = field(default_factory=list)  # shown with --debug

    @property
    def internal_errors(self) -> int:
        return tally_of(self.findings).of_rule(INTERNAL)


_UNSET: Any = object()


@dataclass(slots=True)
class _System:
    """One OKR root (or the files outside any root): its graph, its index, the files linted in it."""

    graph: OkrGraph
    index: RootIndex | None
    linted: set[str] = field(default_factory=set)  # root-relative paths the index must not read again
    digests: list[tuple[str, str | None]] = field(default_factory=list)  # each linted file: (as shown, SHA-256 of its bytes)
    fingerprint: Any = _UNSET  # of the whole system, once its graph is complete (see _fingerprint)


@dataclass(slots=True)
class _File:
    """One loaded file: its OKR sets, problems, directives and composed YAML documents."""

    loaded: LoadedFile
    sets: list[OkrSet]
    problems: list[Problem]
    suppressions: Suppressions
    documents: list[Any]  # a YAML file's composed documents, for the move fixes (okrlint/initiative_move.py); else []


@dataclass(slots=True)
class _Directives:
    """A file's `# okrlint:` directives, kept to the end of the run to tell which silenced nothing."""

    path: str
    lang: str
    suppressions: Suppressions
    unjudged: set[str]  # rules that did not see all of the file (analysis budget): no verdict on them


def active_rules(registry: Registry, config: Config) -> list[Rule]:
    """Selected minus ignored; ALL works on either side, and the always-on rules stay on.

    ALL selects every rule but the opt-in ones (`opt-in: true` in their pack), which run only
    when named, by select, extend-select or a profile.
    """
    selected, ignored = set(config.select) | set(config.extend_select), set(config.ignore)
    chosen = [r for r in registry.rules
              if r.name in selected or r.name in SELECTED_ANYWAY or ("ALL" in selected and not r.opt_in)]
    return [r for r in chosen if r.name in ALWAYS_ON or not ({"ALL", r.name} & ignored)]


def lint(targets: list[Target], config: Config, registry: Registry, read_stdin: Callable[[], bytes] | None = None,
         baseline: Baseline | None = None, on_file: Callable[[str], None] | None = None, use_cache: bool = True,
         whole_tree: bool = False, keep_graph: bool = False, jobs: int = 1, stream: bool = False) -> LintResult:
    """Lint `targets`; findings are only ever about them, whatever the graph holds besides.

    Each file belongs to the OKR system of its root (okrlint/index.py); files of different roots
    never see each other. `whole_tree`: the paths given are folders, so without an OKR root (no
    git, no config) they are still the whole OKR system. `keep_graph`: build the root index even
    when no cross-file rule runs (the `tree` and `stats` views and the HTML report need it).
    `on_file` hears each file's name once it is done (a progress display); `baseline` is the
    last filter. `jobs`: worker processes allowed for the files the result cache does not answer
    (okrlint/pool.py: a pool only when there are enough of them); the report is the same with any.
    `stream`: the findings come as a FindingStore (okrlint/finding_store.py: past a bound they wait
    in a temporary file, not in memory) instead of a list; the caller closes it. Either way they
    are in report order.
    """
    rules = active_rules(registry, config)
    with _gc_paused():
        results = _result_cache(targets, config, rules, {}) if use_cache else NO_RESULT_CACHE
    run = _Run(config, registry, rules, results, use_cache)
    run.result.findings = found = FindingStore()
    for plugin_error in registry.plugin_errors:
        name, _, error = plugin_error.partition(": ")
        run.result.findings.append(_file_finding(run.internal, "plugin-failed", "", {"plugin": name, "error": error}, config))
    want_graph = bool(run.cross_file_rules) or keep_graph
    gc.freeze()  # see _gc_paused: what the caches read is long-lived; gc.unfreeze() at the end of the run
    plans = [_plan(run, target, want_graph, look_ahead=jobs > 1) for target in targets]
    pooled = [p for p in plans if not p.hit and p.target.path is not None and p.target.refused is None]
    workers = workers_for(jobs, len(pooled))
    outcomes = _pooled(run, pooled, workers) if workers > 1 else None
    try:
        for plan in plans:
            run.result.summary.files += 1
            system = run.system_of(plan.root)
            system.digests.append((plan.target.shown_as, plan.content))
            if outcomes is not None and plan.pooled:
                _merge(run, plan, system, next(outcomes))
            else:
                _lint_here(run, plan, system, read_stdin)
            gc.freeze()  # what the file left (nodes, findings) lives to the end of the run: no collection walks it again
            if on_file is not None:
                on_file(plan.target.shown_as)
    finally:
        if outcomes is not None:
            outcomes.close()  # stops the pool (also on Ctrl-C: what has not started is cancelled)
            _stop_worker()
    del plans, pooled  # the file loop's: the cross-file rules need none of it
    result = run.result
    for system in run.systems.values():
        _complete_graph(system, whole_tree, result.tracebacks)
    result.systems = [s.graph for s in run.systems.values()]
    for linted in run.linted_sets:
        result.findings += _cross_file_findings(run, linted)
    for system in run.systems.values():
        if system.index is not None:
            system.index.save()  # after the rules: the facts they derived are cached with the nodes
    results.save()
    forget_shared_facts()
    forget_shared_values()
    gc.unfreeze()
    if (unused := registry.find(UNUSED)) is not None and unused in rules:
        result.findings += _unused_suppressions(unused, run.directives, {r.name for r in rules}, config)
    if baseline is not None:  # last of the filters: it sees what the run would otherwise report
        applied = baseline.apply(list(found.in_found_order()))
        found.close()
        result.findings = found = FindingStore()
        found += applied.kept
        result.summary.baselined, result.summary.stale_baseline = applied.matched, applied.stale
    if not stream:
        result.findings = list(found)  # in report order
        found.close()
    return result


@dataclass(slots=True)
class _LintedSet:
    """A linted set as the cross-file rules see it: light (the nodes are the graph's, the head no model)."""

    head: _SetHead
    nodes: list[ObjectiveNode]
    suppressions: Suppressions
    system: _System
    cache_key: str | None  # its key in the result cache's graph file (plain files only)
    records: list[dict[str, Any]] | None = None  # a detached file's nodes as node_dicts: its outcome sends them


@dataclass(frozen=True, slots=True)
class _SetHead:
    """A set's own fields, kept to the end of the run instead of a model (10,000 shells were ~11 MB)."""

    source: str
    stem: str
    document: int
    lang: str | None

    def shell(self) -> OkrSet:
        """The set without its objectives, as the cross-file rules see it (built when they run on it)."""
        return _shell().model_copy(update={"source": self.source, "stem": self.stem, "document": self.document,
                                           "lang": self.lang})


@dataclass(slots=True)
class _Run:
    """What one run shares across its files: settings, rules, caches, and what it has found so far."""

    config: Config
    registry: Registry
    rules: list[Rule]
    results: ResultCache | _NoResultCache
    use_cache: bool
    result: LintResult = field(default_factory=LintResult)
    systems: dict[Path | None, _System] = field(default_factory=dict)
    roots: dict[Path, Path | None] = field(default_factory=dict)  # folder → its OKR root, for this run
    linted_sets: list[_LintedSet] = field(default_factory=list)
    directives: list[_Directives] = field(default_factory=list)

    @property
    def local_rules(self) -> list[Rule]:
        return [r for r in self.rules if not r.cross_file]

    @property
    def cross_file_rules(self) -> list[Rule]:
        return [r for r in self.rules if r.cross_file]

    @property
    def invalid(self) -> Rule | None:
        return self.registry.find(INVALID)

    @property
    def internal(self) -> Rule | None:
        return self.registry.find(INTERNAL)

    def system_of(self, root: Path | None) -> _System:
        if root not in self.systems:
            with _gc_paused():
                index = RootIndex.open(root, self.config, self.use_cache) if root is not None else None
                self.systems[root] = _System(OkrGraph(), index)
            gc.freeze()
        return self.systems[root]


@dataclass(slots=True)
class _Plan:
    """One target before it is linted: its root, its cache key and content hash, whether a worker lints it."""

    target: Target
    root: Path | None
    key: str | None
    content: str | None
    hit: bool  # the result cache holds it as a plain file (looked up ahead only when a pool may be used)
    pooled: bool = False
    resolved: Path | None = None  # the target's path resolved (None for stdin, or when it cannot be)


def _plan(run: _Run, target: Target, want_graph: bool, look_ahead: bool) -> _Plan:
    readable = target.refused is None and target.path is not None
    resolved = (target.resolved or _resolved(target.path)) if readable else None  # once: the root, the cache key and the index all need it
    content = content_digest(target.path, run.config.max_file_size) if readable and run.use_cache else None
    key = _file_key(target, resolved) if readable and run.results.path is not None else None
    hit = look_ahead and run.results.has_plain(key, content)
    return _Plan(target, root_of(target, run.roots, resolved) if want_graph else None, key, content, hit, resolved=resolved)


def _resolved(path: Path | None) -> Path | None:
    """The path with symlinks and `..` resolved; None when it cannot be (each user then tries again and says why)."""
    try:
        return path.resolve() if path is not None else None
    except (OSError, RuntimeError):
        return None


def _lint_here(run: _Run, plan: _Plan, system: _System, read_stdin: Callable[[], bytes] | None) -> None:
    """One file in this process: replayed from the result cache when it can be, else linted."""
    target, key, content = plan.target, plan.key, plan.content
    if system.index is not None and target.path is not None and plan.resolved is not None:
        system.index.relative(target.path, plan.resolved)  # resolved once, by _plan: the index need not resolve it again
    cached = run.results.lookup(key, content)
    plain = _plain_sets(cached.plain, target.shown_as) if cached is not None and cached.plain is not None else None
    if plain is not None:  # same bytes, same run key, no directives: nothing to parse, build or analyse
        _replay(run, plan, system, cached.plain, plain)  # type: ignore[union-attr]
    else:
        _lint_file(run, target, key, content, system, cached.sets if cached is not None else None, read_stdin)


@dataclass(slots=True)
class _Outcome:
    """What a worker sends back for one file: all the run needs of it, and nothing heavy (no models)."""

    findings: list[Finding]
    sets: list[tuple[str, str, int, str | None, list[dict[str, Any]]]]  # each set's source, stem, document, lang, nodes
    suppressions: Suppressions
    directives: list[_Directives]
    objectives: int
    key_results: int
    tracebacks: list[str]
    crash: str | None = None  # a failure outside the rules' guard: the traceback
    arrived: bool = False  # unpickled from a worker (its findings made by finding_from_record), not made in this process

    # From a worker the findings travel as plain records: pickling ~13 findings a file as
    # dataclasses (spans, evidence, suggestions, fixes) was ~0.2 ms of the worker's and ~0.25 ms
    # of the parent's CPU per file; as records ~0.05 and ~0.1. Outcomes made in the parent are never pickled.
    # Their strings are interned first: a batch's pickle then holds each path, message, code and
    # text once (pickle's memo is by identity), a third smaller, and is read back ~30% faster.
    def __getstate__(self) -> tuple[Any, ...]:
        return ([finding_record(share_strings(f)) for f in self.findings], self.sets, self.suppressions, self.directives,
                self.objectives, self.key_results, self.tracebacks, self.crash)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        records, self.sets, self.suppressions, self.directives, self.objectives, self.key_results, self.tracebacks, self.crash = state
        self.findings = [finding_from_record(r) for r in records]
        self.arrived = True


_worker_run: _Run | None = None  # in a worker process (and the parent while it lints beside one): its settings and rules


def _pooled(run: _Run, plans: list[_Plan], workers: int) -> Iterator[Any]:
    """The outcomes of `plans`, linted by `workers` processes, in the order of `plans`."""
    for plan in plans:
        plan.pooled = True
    lint_here = start_method() == "fork" and len(plans) <= LINT_HERE_UP_TO  # see LINT_HERE_UP_TO
    tasks = [(p.target, p.key, p.content, p.root, p.resolved) for p in plans]
    settings = (run.config, run.registry, run.results.path, run.use_cache)
    if not lint_here:  # which worker takes a batch is the pool's choice: lanes would not change who lints what
        return in_order(_lint_detached, tasks, workers, _start_worker, settings)
    from okrlint.lanes import in_plan_order, lane_of, lane_order, left_to_workers  # a pooled run's only: a one-file run never imports it

    lanes = [lane_of(p.target.path) for p in plans]
    order = lane_order(lanes)
    outcomes = in_order(_lint_detached, [tasks[n] for n in order], workers, _start_worker, settings, lint_here=True,
                        lanes=[lanes[n] for n in order], left=left_to_workers(lanes, workers))
    return in_plan_order(outcomes, order)


# The parent lints beside its workers (one worker fewer), loading the analyzers of the files it
# meets, mostly one language's (okrlint/lanes.py): each process loads its own, in parallel (all
# three loaded in the parent before the fork, for the workers to share, were ~0.3 CPU-s on the
# run's serial path). Not on a large run: there the parent only merges, and keeps no analyzer
# (~110 MB for all three) beside the graph of every file (~20 MB a 1,000 files) to the end; at
# 10,000 files a parent with them peaked at 354 instead of 308 MiB.
LINT_HERE_UP_TO = 4_000


def _start_worker(config: Config, registry: Registry, results: Path | None, use_cache: bool) -> None:
    global _worker_run
    _worker_run = _Run(config, registry, active_rules(registry, config), _results_in(results), use_cache)


def _stop_worker() -> None:
    """The parent has linted as a worker (pool.in_order: lint_here): the run it linted with goes."""
    global _worker_run
    _worker_run = None


def _lint_detached(task: tuple[Target, str | None, str | None, Path | None, Path | None]) -> _Outcome:
    """In a worker: lint one file on its own (file-local rules need no other file), and say what was found."""
    target, key, content, root, resolved = task
    run = _worker_run
    assert run is not None, "a worker lints only after _start_worker"
    run.result, run.linted_sets, run.directives = LintResult(), [], []
    try:
        cached = run.results.lookup(key, content)
        index = RootIndex.open(root, run.config, use_cache=False) if root is not None else None
        if index is not None and target.path is not None:
            index.relative(target.path, resolved)  # resolved once, by the parent
        suppressions = _lint_file(run, target, key, content, _System(OkrGraph(), index), cached.sets if cached is not None else None,
                                  None, detached=True)
    except Exception:  # a bug outside the rules' guard: the file is reported, the run goes on
        return _Outcome([], [], Suppressions(), [], 0, 0, [], crash=f"{target.shown_as}:\n{traceback.format_exc()}")
    sets = [(s.head.source, s.head.stem, s.head.document, s.head.lang, s.records if s.records is not None else node_dicts(s.nodes))
            for s in run.linted_sets]
    summary = run.result.summary
    gc.freeze()  # as the parent does after each file: what the file left in the memos is not walked again
    return _Outcome(run.result.findings, sets, suppressions, run.directives, summary.objectives, summary.key_results,
                    run.result.tracebacks)


def _merge(run: _Run, plan: _Plan, system: _System, outcome: _Outcome | WorkerLost) -> None:
    """A worker's outcome for one file, taken into the run as if the file had been linted here."""
    target, result = plan.target, run.result
    if isinstance(outcome, WorkerLost) or outcome.crash is not None:
        error = outcome.error if isinstance(outcome, WorkerLost) else outcome.crash.strip().splitlines()[-1]  # type: ignore[union-attr]
        result.tracebacks.append(outcome.crash if isinstance(outcome, _Outcome) and outcome.crash else f"{target.shown_as}: {error}")
        result.findings.append(_file_finding(run.internal, "worker-crashed", target.shown_as, {"error": error}, run.config))
        return
    plain = not outcome.suppressions.entries() and not outcome.suppressions.unknown
    file_nodes: list[ObjectiveNode] = []
    for number, (source, stem, document, lang, dicts) in enumerate(outcome.sets):
        nodes = nodes_from_dicts(dicts, target.shown_as) or []
        head = _SetHead(source, stem, document, lang)
        system.graph.add_nodes(nodes)
        file_nodes += nodes
        run.linted_sets.append(_LintedSet(head, nodes, outcome.suppressions, system, _set_key(plan.key, number) if plain else None))
    _record(system, target, plan.content, file_nodes, plan.resolved)
    result.summary.objectives += outcome.objectives
    result.summary.key_results += outcome.key_results
    # kept to the end of the run: shared, as replayed ones are (a worker's came shared through finding_from_record)
    result.findings += outcome.findings if outcome.arrived else [share_values(f) for f in outcome.findings]
    result.tracebacks += outcome.tracebacks
    run.directives += outcome.directives


def _lint_file(run: _Run, target: Target, key: str | None, content: str | None, system: _System,
               cached: list[CachedSet] | None, read_stdin: Callable[[], bytes] | None, detached: bool = False) -> Suppressions:
    """Load, build, check and filter one file (file-local rules from the cache when its raw results are there).

    Returns the file's inline directives (a worker sends them back with its findings). `detached`:
    linted for an outcome (_lint_detached), whose nodes go to the run's graph as records, read
    back once where it is merged: no light nodes, graph or index entry are made here for them."""
    config, result = run.config, run.result
    invalid, internal = run.invalid, run.internal
    with _gc_paused():
        file = _load(target, config, run.registry, read_stdin)
    if cached is not None and len(cached) != len(file.sets):
        cached = None
    index = system.index
    budget = TextBudget()
    found = [_problem_finding(invalid, p, file.loaded, config) for p in file.problems]
    if (bad_suppression := next((r for r in run.rules if r.name == BAD_SUPPRESSION), None)) is not None:
        found += [_problem_finding(bad_suppression, p, file.loaded, config) for p in _unknown_rule_problems(file)]
    plain = not file.suppressions.entries() and not file.suppressions.unknown
    file_nodes: list[ObjectiveNode] = []
    computed: list[tuple[list[Finding], list[ObjectiveNode]]] = []
    built: list[tuple[OkrSet, list[ObjectiveNode]]] = []
    crashes = len(result.tracebacks)
    objectives = key_results = 0
    for number, okr_set in enumerate(file.sets):
        objectives += len(okr_set.objectives)
        key_results += okr_set.key_result_count
        wording = budget.view(okr_set)
        level = index.level_of(okr_set.level, target.path) if index else LevelRules().level_of(okr_set.level, target.shown_as)
        nodes = nodes_of(okr_set, level, wording)  # on the models' texts while the file's own rules run
        if cached is not None:  # same bytes, same run key: the file-local findings and derived facts are known
            found += cached[number].findings
            _restore_facts(nodes, cached[number].facts)
        else:
            local = _run_rules(run.local_rules, okr_set, wording, system.graph, config, internal, result.tracebacks)
            found += local + _prepare(run.cross_file_rules, okr_set, nodes, system.graph, config, internal, result.tracebacks)
            computed.append((local, nodes))
        records = node_dicts(nodes)
        light = nodes if detached else _light(records, nodes, target.shown_as)  # what the graph keeps to the end of the run
        if not detached:
            system.graph.add_nodes(light)
        file_nodes += light
        head = _SetHead(okr_set.source, okr_set.stem, okr_set.document, okr_set.lang)
        built.append((head, light))
        run.linted_sets.append(_LintedSet(head, light, file.suppressions, system, _set_key(key, number) if plain else None,
                                          records if detached else None))
    result.summary.objectives += objectives
    result.summary.key_results += key_results
    if not detached:
        _record(system, target, content, file_nodes)
    if (over := budget.problem()) is not None:
        found.append(_problem_finding(invalid, over, file.loaded, config))
    kept = _with_move_fixes(_filtered(_most_specific(found, run.rules), file.suppressions, config), file, run.rules)
    result.findings += kept
    if len(result.tracebacks) == crashes:  # a crash is news on every run: never cached
        if plain:
            run.results.store_plain(key, content, kept, built, objectives, key_results)
        elif cached is None:
            run.results.store_sets(key, content, computed)
    if file.suppressions.entries():
        unjudged = {r.name for r in run.rules if r.reads_text} if over is not None else set()
        lang = message_lang(config, file.loaded.text[:2000], None)
        run.directives.append(_Directives(file.loaded.path, lang, file.suppressions, unjudged))
    return file.suppressions


def _light(records: list[dict[str, Any]], nodes: list[ObjectiveNode], shown: str) -> list[ObjectiveNode]:
    """`nodes` with light texts (no models), from their `records` (node_dicts): a 10,000-file graph of model texts took hundreds of MB.

    The very nodes a cache replay or a worker's outcome gives, so every run sees the same graph."""
    return nodes_from_dicts(records, shown) or nodes


def _plain_sets(plain: PlainFile, shown: str) -> list[tuple[_SetHead, list[ObjectiveNode]]] | None:
    """A plain entry's sets as heads and graph nodes; None when its nodes are not of this version's shape."""
    sets = []
    for cached in plain.sets:
        nodes = nodes_from_dicts(cached.nodes, shown)
        if nodes is None:
            return None
        sets.append((_SetHead(cached.source, cached.stem, cached.document, cached.lang), nodes))
    return sets


@cache
def _shell() -> OkrSet:
    """An empty set to copy shells from (model_construct looks up every field's default on each call: slow)."""
    return OkrSet.model_construct(source="", loc=Loc.model_construct(line=1, column=1, end_line=1, end_column=1))


def _replay(run: _Run, plan: _Plan, system: _System, plain: PlainFile, sets: list[tuple[_SetHead, list[ObjectiveNode]]]) -> None:
    """A plain file whose bytes are unchanged: its findings and graph nodes from the result cache."""
    target, key, content = plan.target, plan.key, plan.content
    run.result.summary.objectives += plain.objectives
    run.result.summary.key_results += plain.key_results
    file_nodes: list[ObjectiveNode] = []
    for number, (head, nodes) in enumerate(sets):
        system.graph.add_nodes(nodes)
        file_nodes += nodes
        run.linted_sets.append(_LintedSet(head, nodes, Suppressions(), system, _set_key(key, number)))
    _record(system, target, content, file_nodes, plan.resolved)
    run.result.findings += plain.findings


def _record(system: _System, target: Target, content: str | None, nodes: list[ObjectiveNode], resolved: Path | None = None) -> None:
    """A linted file's nodes go into its root's index; the graph will not read it from there again."""
    index = system.index
    if index is not None and target.path is not None and (relative := index.relative(target.path, resolved)) is not None:
        system.linted.add(relative)
        index.record(target.path, content, nodes)


def _set_key(key: str | None, number: int) -> str | None:
    return None if key is None else f"{key}\0{number}"


def _cross_file_findings(run: _Run, linted: _LintedSet) -> list[Finding]:
    """The cross-file rules' findings on one linted set, filtered; from the cache while the OKR system is unchanged."""
    system, results = linted.system, run.results
    if system.fingerprint is _UNSET:
        system.fingerprint = _fingerprint(system)
    fingerprint = system.fingerprint  # type: ignore[assignment]
    if linted.cache_key is not None and (entries := results.cross_file(fingerprint, linted.cache_key)) is not None:
        try:
            return [finding_from(entry) for entry in entries]
        except (TypeError, ValueError):
            pass  # not this version's shape: run the rules
    crashes = len(run.result.tracebacks)
    found = _run_graph_rules(run.cross_file_rules, linted.head.shell(), linted.nodes, system.graph, run.config, run.internal,
                             run.result.tracebacks)
    kept = _filtered(found, linted.suppressions, run.config)
    if linted.cache_key is not None and len(run.result.tracebacks) == crashes:
        results.store_cross(fingerprint, linted.cache_key, kept)  # type: ignore[arg-type]
    return kept


def _fingerprint(system: _System) -> str | None:
    """What every file of an OKR system is (SHA-256 of its bytes), where the run stands, whether the graph is whole.

    Cross-file findings depend on nothing else (the run key covers the configuration and rules);
    None when a linted file could not be hashed (stdin, an unreadable file).
    """
    if any(content is None for _, content in system.digests):
        return None
    others = system.index.digests() if system.index is not None else []
    parts = [os.getcwd(), system.graph.complete, sorted(system.digests), others]  # type: ignore[type-var]
    blob = json.dumps(parts, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


def _result_cache(targets: list[Target], config: Config, rules: list[Rule], roots: dict[Path, Path | None]) -> ResultCache:
    """The result cache beside the root index of the first file (OKRLINT_CACHE_DIR, `.okrlint_cache/`, the user's)."""
    from okrlint.result_cache import ResultCache, results_folder

    first = next((t for t in targets if t.path is not None and t.refused is None), None)
    if first is None:
        return ResultCache(None)
    return ResultCache.open(results_folder(root_of(first, roots)), config, rules)


class _NoResultCache:
    """The result cache of a run without one (`--no-cache`): it holds nothing and keeps nothing.

    Not a ResultCache(None), so that such a run (a pre-commit hook on one file) never imports
    okrlint/result_cache.py and what it brings (~4M instructions of a cold one-file run)."""

    path = None

    def lookup(self, file_key: str | None, content: str | None) -> None:
        return None

    def has_plain(self, file_key: str | None, content: str | None) -> bool:
        return False

    def store_plain(self, *entry: Any) -> None:
        pass

    def store_sets(self, *entry: Any) -> None:
        pass

    def cross_file(self, fingerprint: str | None, set_key: str) -> None:
        return None

    def store_cross(self, *entry: Any) -> None:
        pass

    def save(self) -> None:
        pass


NO_RESULT_CACHE = _NoResultCache()


def _results_in(folder: Path | None) -> ResultCache | _NoResultCache:
    """A worker's view of the parent's result cache (a folder, or none)."""
    if folder is None:
        return NO_RESULT_CACHE
    from okrlint.result_cache import ResultCache

    return ResultCache(folder)


def _file_key(target: Target, resolved: Path | None) -> str | None:
    from okrlint.result_cache import file_key  # loaded already: the run has a result cache

    return file_key(target.path, target.shown_as, resolved)


def _restore_facts(nodes: list[ObjectiveNode], facts: list[list[Any]]) -> None:
    from okrlint.result_cache import restore_facts  # loaded already: the facts came from the result cache

    restore_facts(nodes, facts)


def _unused_suppressions(rule: Rule, directives: list[_Directives], ran: set[str], config: Config) -> list[Finding]:
    """Once every rule has run: the directives that silenced nothing, through the same filters."""
    findings: list[Finding] = []
    for file in directives:
        found = _unused_findings(rule, file, ran, config)
        findings += [f for f in found if not file.suppressions.silences(f, by_name_only=True) and not _ignored_for_file(f, config)]
    return findings


def _most_specific(findings: list[Finding], rules: list[Rule]) -> list[Finding]:
    """One element, one finding: drop what a more specific rule's finding on it supersedes."""
    superseding = {r.name: r.supersedes for r in rules if r.supersedes}
    if not superseding:
        return findings
    replaced: set[tuple[str, str, str, str]] = set()  # (path, target, superseded rule, reason)
    for finding in findings:
        for rule, reasons in superseding.get(finding.rule, {}).items():
            replaced |= {(finding.path, finding.target, rule, reason) for reason in reasons}
    if not replaced:
        return findings
    return [f for f in findings if f.evidence is None or (f.path, f.target, f.rule, f.evidence.reason) not in replaced]


def _filtered(findings: list[Finding], suppressions: Suppressions, config: Config) -> list[Finding]:
    """The filters stage for one file: inline `# okrlint:` directives, then the config's per-file-ignores."""
    kept = [f for f in findings if not suppressions.silences(f)]
    return [f for f in kept if not _ignored_for_file(f, config)]


def _ignored_for_file(finding: Finding, config: Config) -> bool:
    if not config.per_file_ignores or finding.rule in ALWAYS_ON or not finding.path:
        return False
    return any((finding.rule in names or "ALL" in names) and path_matches(finding.path, [glob], config.root)
               for glob, names in config.per_file_ignores)


def _unused_findings(rule: Rule, file: _Directives, ran: set[str], config: Config) -> list[Finding]:
    """Directive entries that silenced nothing, about rules that ran on the whole file (like ruff's RUF100).

    An entry naming a rule that did not run (not selected, ignored) is left alone: another
    config, or CI with another profile, may well need it.
    """
    unused = []
    for entry in file.suppressions.entries():
        if entry.used or UNUSED in entry.rules or INTERNAL in entry.rules:
            continue
        named = set(entry.rules) - {"*"}
        if not named <= ran or named & file.unjudged or ("*" in entry.rules and file.unjudged):
            continue
        unused.append(entry)
    per_directive = Counter(e.directive for e in unused)
    # When every name of a directive silences nothing, the fix removes the whole comment.
    return [_unused_finding(rule, e, file, config, whole=per_directive[e.directive] == e.names_in_directive) for e in unused]


def _unused_finding(rule: Rule, entry: Entry, file: _Directives, config: Config, whole: bool) -> Finding:
    key = "bare" if "*" in entry.rules else "default"
    span = entry.directive_span if whole else entry.name_span
    fix = Fix(rule.message("fix-comment" if whole else "fix-name", file.lang, {"name": entry.written}), (Edit(Span(*span), ""),))
    return Finding(path=file.path, span=Span(entry.line, entry.column, entry.line, entry.end_column), code=rule.code,
                   rule=rule.name, severity=_severity(rule, config), lang=file.lang, target="", text=entry.written,
                   message=rule.message(key, file.lang, {"name": entry.written}), suggestion=Suggestion(fix=fix))


def _with_move_fixes(findings: list[Finding], file: _File, rules: list[Rule]) -> list[Finding]:
    """Findings about a task KR in a YAML file carry the move into initiatives, where it is safe.

    Not in a file okrlint could not read whole (a problem, e.g. over the element limit): the
    parse-check of --fix could not tell its OKRs stayed the same.
    """
    movers = {r.name: r for r in rules if MOVE_FIX in r.messages}
    loaded = file.loaded
    if file.problems or format_of(loaded.path) is not DEFAULT or not any(f.rule in movers for f in findings):
        return findings  # Markdown and spreadsheets too: only YAML text edits are known to be safe
    from okrlint.initiative_move import attach_moves  # only for a YAML file with a KR the move may be for
    return attach_moves(findings, loaded.text, set(movers), lambda f: movers[f.rule].message(MOVE_FIX, f.lang, {}),
                        file.documents)


def _complete_graph(system: _System, whole_tree: bool, tracebacks: list[str]) -> None:
    """Add the root's other files from the index; the graph is complete when that worked."""
    graph, index = system.graph, system.index
    if index is None:
        graph.complete = whole_tree
        return
    try:
        graph.add_nodes(index.other_nodes(system.linted))
        graph.complete = True
    except Exception:  # an index that cannot be read leaves cross-file rules with what the run has; never a crash
        tracebacks.append(f"root index of {index.root}:\n{traceback.format_exc()}")
        graph.complete = False


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Build a file's nodes and models without the cyclic collector.

    A large file allocates hundreds of thousands of objects, and each generation-2 pass walks
    them all again: with the collector on, building 70,000 KRs took 4 s instead of 0.7 s. Nodes
    and models hold no reference cycles, so reference counting frees them just the same. For the
    same reason the run freezes (gc.freeze) what the index and result caches read: a 1,000-file
    cache is millions of dicts and lists, and each full collection walked them all again (0.9 of
    4.3 CPU-s of a run with nothing changed).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _load(target: Target, config: Config, registry: Registry, read_stdin: Callable[[], bytes] | None) -> _File:
    limits = Limits(max_bytes=config.max_file_size)
    if target.refused is not None:
        loaded = _refused_target(target)
    elif target.path is None:
        loaded = load_bytes(read_stdin() if read_stdin else b"", target.shown_as, limits, config.columns)
    else:
        loaded = read_path(target.path, target.shown_as, limits, config.columns)
    problems = list(loaded.problems)
    sets: list[OkrSet] = []
    if not problems and not loaded.documents:
        problems.append(Problem("empty-file", 1, 1, 1, 1))
    if loaded.documents:
        built = build_sets(loaded.documents, target.shown_as)
        sets, problems = built.sets, problems + built.problems
    # the located nodes are not needed once the models are built, but for a YAML file's move fixes
    documents = loaded.documents if format_of(loaded.path) is DEFAULT else []
    loaded.documents = []
    suppressions = parse_suppressions(loaded.text, registry) if loaded.directives else Suppressions()
    return _File(loaded, sets, problems, suppressions, documents)


def _refused_target(target: Target) -> LoadedFile:
    """A path discovery found but will not read: an unreadable folder, a symlink out of the tree."""
    if target.refused == "outside-symlink":
        problem = Problem("outside-symlink", 1, 1, 1, 1, {"target": target.detail}, severity="warning")
    else:
        problem = Problem("unreadable-folder", 1, 1, 1, 1, {"reason": target.detail})
    return LoadedFile(path=target.shown_as, problems=[problem])


def _unknown_rule_problems(file: _File) -> list[Problem]:
    """A misspelt name in `# okrlint: disable=…` silences nothing, so say so at the name."""
    return [_unknown_rule_problem(u) for u in file.suppressions.unknown]


def _unknown_rule_problem(unknown: UnknownRule) -> Problem:
    kind = "unknown-rule-hint" if unknown.suggestion else "unknown-rule"
    end = unknown.column + len(unknown.name)
    params = {"name": unknown.name, "suggestion": unknown.suggestion or ""}
    return Problem(kind, unknown.line, unknown.column, unknown.line, end, params)


def _run_rules(rules: list[Rule], okr_set: OkrSet, wording: OkrSet, graph: OkrGraph, config: Config,
               internal: Rule | None, tracebacks: list[str]) -> list[Finding]:
    """Each rule over one set; rules that read wording get `wording`, the set within the budget."""
    findings: list[Finding] = []
    for rule in (r for r in rules if r.check is not None):
        seen = wording if rule.reads_text else okr_set
        ctx = CheckContext(okr_set=seen, options=_options(rule, config), graph=graph, score_scale=config.score_scale)
        findings += _guarded(rule, okr_set.source, "", config, internal, tracebacks,
                             lambda: [_hit_finding(rule, hit, okr_set, config) for hit in _hits(rule, seen, ctx)])
    return findings


def _run_graph_rules(rules: list[Rule], shell: OkrSet, nodes: list[ObjectiveNode], graph: OkrGraph, config: Config,
                     internal: Rule | None, tracebacks: list[str]) -> list[Finding]:
    """Cross-file rules over one linted set's graph nodes; `shell` is the set without its objectives."""
    findings: list[Finding] = []
    for rule in (r for r in rules if r.check is not None):
        ctx = CheckContext(okr_set=shell, options=_options(rule, config), graph=graph)
        findings += _guarded(rule, shell.source, "", config, internal, tracebacks,
                             lambda: [_hit_finding(rule, hit, shell, config) for hit in _graph_hits(rule, nodes, ctx)])
    return findings


def _prepare(rules: list[Rule], okr_set: OkrSet, nodes: list[ObjectiveNode], graph: OkrGraph, config: Config,
             internal: Rule | None, tracebacks: list[str]) -> list[Finding]:
    """Cross-file rules derive their facts of one set while its analyses are fresh."""
    findings: list[Finding] = []
    for rule in (r for r in rules if r.prepare is not None):
        readable = [n for n in nodes if n.analysable] if rule.reads_text else nodes
        ctx = CheckContext(okr_set=okr_set, options=_options(rule, config), graph=graph)
        findings += _guarded(rule, okr_set.source, " (prepare)", config, internal, tracebacks,
                             lambda: rule.prepare(readable, ctx) or [])  # type: ignore[misc]
    return findings


def _options(rule: Rule, config: Config) -> dict:
    return {**rule.options, **config.rule_options.get(rule.name, {})}


def _guarded(rule: Rule, source: str, stage: str, config: Config, internal: Rule | None, tracebacks: list[str],
             run: Callable[[], list[Finding]]) -> list[Finding]:
    """What `run` finds for one rule; a crash becomes an internal-error finding, and the run goes on."""
    try:
        return run()
    except Exception as exc:
        tracebacks.append(f"{rule.name}{stage} on {source}:\n{traceback.format_exc()}")
        error = f"{type(exc).__name__}: {exc}"
        return [_file_finding(internal, "rule-crashed", source, {"rule": rule.name, "error": error}, config)]


def _graph_hits(rule: Rule, nodes: list[ObjectiveNode], ctx: CheckContext) -> Iterable[Hit]:
    """Rules that read wording see only nodes (and KRs) within their file's analysis budget."""
    check = rule.check
    assert check is not None
    readable = [n for n in nodes if n.analysable] if rule.reads_text else nodes
    if rule.scope == "set":
        yield from check(readable, ctx)
    elif rule.scope == "objective":
        for node in readable:
            yield from check(node, ctx)
    elif rule.scope == "key_result":
        for node in readable:
            for kr in node.key_results:
                if kr.analysable or not rule.reads_text:
                    yield from check(kr, node, ctx)


def _hits(rule: Rule, okr_set: OkrSet, ctx: CheckContext) -> Iterable[Hit]:
    check = rule.check
    assert check is not None
    if rule.scope == "set":
        yield from check(okr_set, ctx)
    elif rule.scope == "objective":
        for objective in okr_set.objectives:
            yield from check(objective, ctx)
    elif rule.scope == "key_result":
        for objective in okr_set.objectives:
            for kr in objective.key_results:
                yield from check(kr, objective, ctx)


def message_lang(config: Config, text: str, hint: str | None) -> str:
    """--lang auto speaks the language of the OKR text the finding is about."""
    if config.lang != "auto":
        return config.lang
    return detect_language(text, hint) if text.strip() else (hint or "en")


def _severity(rule: Rule, config: Config, hit: Hit | None = None) -> Severity:
    """A configured override wins; else the hit's own verdict (a softer finding); else the default."""
    if rule.name in config.severity:
        return config.severity[rule.name]
    return Severity(hit.severity) if hit is not None and hit.severity else rule.severity


def _hit_finding(rule: Rule, hit: Hit, okr_set: OkrSet, config: Config) -> Finding:
    text = hit.text.value if hit.text is not None else ""
    lang = message_lang(config, text, okr_set.lang)
    loc = hit.loc
    return Finding(
        path=okr_set.source,
        span=new_span(loc.line, loc.column, loc.end_line, loc.end_column, loc.cell or ""),
        code=rule.code,
        rule=rule.name,
        severity=_severity(rule, config, hit),
        message=rule.message(hit.message, lang, hit.params),
        lang=lang,
        target=hit.target,
        text=text,
        evidence=evidence_of(hit.clue, text) if hit.clue is not None else None,
        suggestion=_suggestion(rule, hit.message, lang, hit.fix),
    )


def _suggestion(rule: Rule, key: str, lang: str, fix: Fix | None) -> Suggestion | None:
    template = rule.suggestion(key, lang)
    return Suggestion(template, fix) if template or fix is not None else None


def evidence_of(clue: Clue, text: str) -> Evidence:
    """The clue's words as spans of the OKR text as written, found left to right.

    Analysis works on a normalised text (labels, markdown and notes stripped), so each word is
    looked up in the original; a word not found there (rare: a rewritten number) is left out.
    """
    found_at: dict[tuple[int, int], None] = {}  # (start, end) of each word found: a span is its place in the text
    folded: Any = _UNFOLDED  # the casefolded text (or None), made only when a word is not found as written
    simplified: str | None = None  # the text in Simplified characters, made only when a Han word is not found
    at = 0
    for word in clue.words:
        if not word:
            continue
        found = text.find(word, at)
        if found < 0:
            if folded is _UNFOLDED:
                folded = _casefolded(text)
            if folded is not None:
                found = folded.find(word.casefold(), at)
        if found < 0:
            found = text.find(word)  # out of order: the trigger sits before an earlier one
        if found < 0 and has_han(word):
            if simplified is None:
                simplified = _simplified(text)
            found = simplified.find(word)  # Traditional Chinese is read in Simplified, one character for one
        if found >= 0:
            at = found + len(word)
            found_at[found, at] = None
    places = sorted(found_at) if len(found_at) > 1 else found_at
    return Evidence(clue.reason, tuple(EvidenceSpan(start, end, text[start:end]) for start, end in places))


_UNFOLDED: Any = object()  # evidence_of's mark for a casefolded text not made yet


def _simplified(text: str) -> str:
    """The text in Simplified characters with the same offsets (a Han word is found only in a Chinese text,
    whose analyzer is loaded already)."""
    from okrlint.analysis.zh import as_simplified
    return as_simplified(text)


def _casefolded(text: str) -> str | None:
    """The text casefolded, when that keeps every offset (no "ß" → "ss"); else None."""
    folded = text.casefold()
    return folded if len(folded) == len(text) else None


def _problem_finding(rule: Rule | None, problem: Problem, loaded: LoadedFile, config: Config) -> Finding:
    """A loader problem (or a bad suppression comment) as a finding of `rule`, at the rule's severity unless softer."""
    assert rule is not None, "the invalid-okr rule pack is missing"
    lang = message_lang(config, loaded.text[:2000], None)
    params = {k: _type_word(rule, v, lang) if k in ("expected", "got") else v for k, v in problem.params.items()}
    severity = Severity(problem.severity) if problem.severity != "error" else _severity(rule, config)
    return Finding(
        path=loaded.path,
        span=Span(problem.line, problem.column, problem.end_line, problem.end_column, problem.cell or ""),
        code=rule.code,
        rule=rule.name,
        severity=severity,
        message=rule.message(problem.kind, lang, params),
        lang=lang,
        target="",
    )


def problem_finding(rule: Rule | None, problem: Problem, loaded: LoadedFile, config: Config) -> Finding:
    """The `invalid-okr` finding of a loader or schema problem (`okrlint convert` shows them too)."""
    return _problem_finding(rule, problem, loaded, config)


def _type_word(rule: Rule, word: str, lang: str) -> str:
    """A YAML type name ("mapping") in the message language, from the rule's `type-…` messages."""
    variants = rule.messages.get(f"type-{word}")
    return localized(variants, lang) if variants else word


def _file_finding(rule: Rule | None, key: str, path: str, params: dict, config: Config) -> Finding:
    assert rule is not None, "the internal-error rule pack is missing"
    lang = config.lang if config.lang != "auto" else "en"
    return Finding(path=path, span=Span(1, 1, 1, 1), code=rule.code, rule=rule.name, severity=Severity.ERROR,
                   message=rule.message(key, lang, params), lang=lang)


def exit_code(result: LintResult, fail_on: Severity, exit_zero: bool = False) -> int:
    """Like ruff: 2 on internal errors, 1 when findings at or above `fail_on`, else 0."""
    if result.internal_errors:
        return 2
    if exit_zero:
        return 0
    return 1 if any(severity.rank >= fail_on.rank for severity in tally_of(result.findings).by_severity) else 0
