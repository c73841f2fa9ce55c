"""The findings of a run wait in a FindingStore (a large run's in a temporary file) and come out in report order.

A small SPILL_AFTER makes every run here spill, so the temporary file is what the reports are read from.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from okrlint import finding_store
from okrlint.config import load_config
from okrlint.discovery import discover
from okrlint.engine import lint
from okrlint.finding_store import FindingStore, tally_of
from okrlint.findings import Edit, Fix, Span, Suggestion
from okrlint.registry import load_registry
from tests.helpers import EXAMPLES, cli, write

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the in-process check relies on forked workers")
FORMATS = ["json", "text", "concise", "sarif", "github", "junit", "gitlab"]

# A folder of three languages with a file that fails to load in the middle, and a cross-file
# finding (unknown-parent) that sorts between two file-local findings of its file.
FILES = {
    "okrs/a-ru.okr.yaml": "objectives:\n  - title: Улучшить качество поддержки\n    key_results:\n"
                          "      - Провести 5 встреч с клиентами\n      - Сократить время ответа с 8 до 2 часов к 30 июня\n",
    "okrs/b-broken.okr.yaml": "objectives:\n  - title: Customers get answers the same day\n"
                              "    key_results: [Cut response time from 8 to 2 hours\n",
    "okrs/c-zh.okr.yaml": "objectives:\n  - title: 提升客服体验\n    key_results:\n      - 完成客服系统上线\n"
                          "      - 平均响应时间从8小时缩短到2小时\n",
    "okrs/d-en.okr.yaml": "objectives:\n  - title: Launch the new onboarding flow\n    parent: company#growth\n"
                          "    key_results:\n      - Improve onboarding\n      - Raise activation from 20% to 35% by June 30\n",
}
EXPECTED = [
    ("okrs/a-ru.okr.yaml", "task-not-outcome", 4, 9),
    ("okrs/b-broken.okr.yaml", "invalid-okr", 4, 1),
    ("okrs/c-zh.okr.yaml", "task-not-outcome", 4, 9),
    ("okrs/d-en.okr.yaml", "so-what", 2, 12),
    ("okrs/d-en.okr.yaml", "unknown-parent", 3, 13),  # cross-file: found after the file loop, reported in its place
    ("okrs/d-en.okr.yaml", "unmeasurable", 5, 9),
]


def folder(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    for name, text in FILES.items():
        write(tmp_path, name, text)
    return tmp_path


def placed(stdout: str) -> list[tuple[str, str, int, int]]:
    import json

    return [(f["path"], f["rule"], f["line"], f["column"]) for f in json.loads(stdout)]


@pytest.fixture
def spilling(monkeypatch):
    """Every store spills after two findings."""
    monkeypatch.setattr(finding_store, "SPILL_AFTER", 2)


def test_a_spilled_run_reports_the_exact_findings_in_report_order(tmp_path, spilling, monkeypatch):
    monkeypatch.setenv("OKRLINT_CACHE_DIR", str(tmp_path / "cache"))
    run = cli("check", "okrs", "--no-cache", "--format", "json", "--jobs", "1", cwd=folder(tmp_path))
    assert run.code == 1
    assert placed(run.stdout) == EXPECTED
    assert '"message": "YAML syntax error' in run.stdout  # the broken file is reported, the files after it are linted


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_the_same_spilled_or_held(tmp_path, monkeypatch, fmt):
    monkeypatch.setenv("OKRLINT_CACHE_DIR", str(tmp_path / "cache"))
    root = folder(tmp_path)
    held = cli("check", "okrs", "--no-cache", "--format", fmt, "--statistics", "--jobs", "1", cwd=root)
    monkeypatch.setattr(finding_store, "SPILL_AFTER", 1)
    spilled = cli("check", "okrs", "--no-cache", "--format", fmt, "--statistics", "--jobs", "1", cwd=root)
    assert (spilled.code, spilled.stdout, spilled.stderr) == (held.code, held.stdout, held.stderr)
    assert "unknown-parent" in held.stdout or "OKR302" in held.stdout


def test_the_cache_replays_the_same_report_through_the_store(tmp_path, spilling, monkeypatch):
    monkeypatch.setenv("OKRLINT_CACHE_DIR", str(tmp_path / "cache"))
    root = folder(tmp_path)
    filled = cli("check", "okrs", "--format", "json", "--jobs", "1", cwd=root)
    replayed = cli("check", "okrs", "--format", "json", "--jobs", "1", cwd=root)
    assert any((tmp_path / "cache").glob("results-*/*/*.json"))  # the second run had entries to replay
    assert placed(filled.stdout) == placed(replayed.stdout) == EXPECTED
    assert replayed.stdout == filled.stdout


@linux_only
def test_workers_and_the_store_keep_the_order(tmp_path, spilling, monkeypatch):
    """Two forked workers (enough files for a pool), a store that spills after 2 findings."""
    monkeypatch.setenv("OKRLINT_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / ".git").mkdir()
    for copy in range(8):
        for name, text in FILES.items():
            write(tmp_path, name.replace("okrs/", f"okrs/copy{copy}/"), text)
    one = cli("check", "okrs", "--no-cache", "--jobs", "1", "--format", "json", cwd=tmp_path)
    two = cli("check", "okrs", "--no-cache", "--jobs", "2", "--format", "json", cwd=tmp_path)
    assert one.stdout == two.stdout and one.code == two.code == 1
    first = [found for found in placed(two.stdout) if found[0].startswith("okrs/copy0/")]
    assert first == [(path.replace("okrs/", "okrs/copy0/"), *rest) for path, *rest in EXPECTED]


def real_findings():
    """The findings of the examples (every language and format), as the engine lists them."""
    registry = load_registry()
    config = load_config(EXAMPLES, registry)
    targets = discover([str(EXAMPLES)], config.include, config.exclude, config.root).targets
    return lint(targets, config, registry, use_cache=False).findings


def test_the_store_reads_back_what_a_whole_sort_gives(tmp_path):
    findings = real_findings()
    assert len(findings) > 100
    rng = random.Random(7)
    shuffled = findings[:]
    rng.shuffle(shuffled)  # in found order, findings of one path come in several groups, out of order
    store = FindingStore(spill_after=5)
    at = 0
    while at < len(shuffled):
        size = rng.randint(1, 9)
        store += shuffled[at:at + size]
        at += size
    try:
        assert list(store) == sorted(shuffled, key=lambda f: f.sort_key())
        assert list(store) == list(store)  # read again: the same
        assert list(store.in_found_order()) == shuffled
        assert len(store) == len(findings) and tally_of(store).by_rule == tally_of(findings).by_rule
        assert tally_of(store).paths == {f.path for f in findings}
    finally:
        store.close()
    assert not store and list(store) == []


def test_a_fix_with_moves_comes_back_whole_from_the_file():
    finding = next(f for f in real_findings() if f.rule == "task-not-outcome")
    fix = Fix("move it", (Edit(Span(4, 1, 5, 1, ""), ""),), moves=(4, 5))
    moved = type(finding)(**{**{name: getattr(finding, name) for name in finding.__slots__},
                            "suggestion": Suggestion("Raise X from A to B", fix)})
    store = FindingStore(spill_after=0)
    store.append(moved)
    try:
        assert list(store) == [moved]
    finally:
        store.close()


def test_a_store_closed_at_the_end_of_the_process_closes_its_file_and_leaves_the_findings_to_the_exit():
    """okrlint/launch.py ends the process right after the report: freeing what it holds would be wasted work."""
    findings = real_findings()[:10]
    store = FindingStore(spill_after=3)
    store += findings[:4]  # spilled to the temporary file
    store += findings[4:6]  # held
    spilled = store._file
    assert spilled is not None
    store.close(free=False)
    assert spilled.closed and store._file is None
    assert len(store) == 6  # nothing freed one by one



def test_findings_made_in_process_share_their_evidence_and_suggestions_with_those_read_back():
    """What the parent lints itself is shared as a worker's findings are (finding_from), so the JSON
    report writes each value once; a fix that moves lines keeps its own suggestion."""
    from dataclasses import replace

    from okrlint.finding_records import finding_from_record, finding_record, forget_shared_values, share_values

    findings = [f for f in real_findings() if f.evidence is not None and f.suggestion is not None]
    assert findings
    try:
        read_back = [finding_from_record(finding_record(f)) for f in findings]
        made_here = [share_values(replace(f)) for f in findings]  # equal values, other objects
        assert made_here == findings
        assert all(a.evidence is b.evidence for a, b in zip(made_here, read_back))
        plain = [(a, b) for a, b in zip(made_here, read_back) if a.suggestion.fix is None or not a.suggestion.fix.moves]
        assert plain and all(a.suggestion is b.suggestion for a, b in plain)
        fix = Fix("move it", (Edit(Span(4, 1, 5, 1, ""), ""),), moves=(4, 5))
        moving = replace(findings[0], suggestion=Suggestion(findings[0].suggestion.template, fix))
        assert share_values(moving).suggestion.fix.moves == (4, 5)
    finally:
        forget_shared_values()


def test_a_fix_with_moves_read_back_from_a_record_is_whole_and_not_kept_among_the_shared_values():
    """A worker's move fix is its finding's own: rebuilt with its moves, equal to what was sent, and
    leaving the table of shared values to the evidence and suggestions that recur."""
    from dataclasses import replace

    from okrlint import finding_records
    from okrlint.finding_records import finding_from_record, finding_record, forget_shared_values

    finding = next(f for f in real_findings() if f.rule == "task-not-outcome")
    edits = (Edit(Span(4, 1, 5, 1, ""), ""), Edit(Span(9, 1, 9, 1, ""), "    initiatives:\n"))
    moving = replace(finding, suggestion=Suggestion("Raise X from A to B", Fix("move it", edits, moves=(4,))))
    unfixed = replace(finding, suggestion=Suggestion("Raise X from A to B"))
    forget_shared_values()
    try:
        back = [finding_from_record(finding_record(f)) for f in (moving, unfixed, moving)]
        assert back == [moving, unfixed, moving]
        assert back[0].suggestion.fix.moves == (4,) and back[0].suggestion is not back[2].suggestion
        kept = list(finding_records._shared_values.values())
        assert back[1].suggestion in kept and not any(getattr(v, "fix", None) is not None for v in kept)
    finally:
        forget_shared_values()


def test_the_severities_of_a_list_are_counted_as_its_tally_counts_them():
    """The text report's line under each file counts a list of findings by severity alone (statistics.severity_counts)."""
    from okrlint.findings import Finding, Severity, Span
    from okrlint.renderers.statistics import severity_counts

    def finding(severity: Severity) -> Finding:
        return Finding("a.okr.yaml", Span(1, 1, 1, 2), "OKR201", "task-not-outcome", severity, "m", "en")

    for severities in ([], [Severity.INFO], [Severity.WARNING, Severity.ERROR, Severity.WARNING, Severity.INFO]):
        found = [finding(s) for s in severities]
        store = FindingStore()
        store += found
        assert severity_counts(found) == severity_counts(store)
        assert list(severity_counts(found)) == [s for s in (Severity.ERROR, Severity.WARNING, Severity.INFO) if s in severities]
