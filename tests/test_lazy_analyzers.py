"""Analyzers load only when a file needs their language (pre-commit runs on every commit)."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.helpers import EXAMPLES, ROOT

PROBE = """
import sys
from okrlint.cli import app
try:
    app(["check", *sys.argv[1:], "--format", "json"])
except SystemExit:
    pass
print("\\n" + __import__("json").dumps(sorted(m for m in WATCHED if m in sys.modules)))
"""
WATCHED = ("pymorphy3", "jieba", "markdown_it", "openpyxl", "okrlint.analysis.ru", "okrlint.analysis.zh", "rich",
           "okrlint.views", "okrlint.commands.system_run", "okrlint.commands.starter")  # the other commands' code


def loaded_analyzers(*paths: str, watched: tuple[str, ...] = WATCHED, options: tuple[str, ...] = ()) -> list[str]:
    """What a cold run imports of `watched`: copies of `paths` outside any OKR root (no other file is
    read for the graph), with an empty cache folder (a cached file is not analysed at all)."""
    probe = f"WATCHED = {watched!r}\n" + PROBE
    with tempfile.TemporaryDirectory() as folder:
        copies = []
        for number, path in enumerate(map(Path, paths)):
            copy = Path(folder) / "okrs" / str(number) / path.name
            shutil.copytree(path, copy) if path.is_dir() else (copy.parent.mkdir(parents=True), shutil.copy(path, copy))
            copies.append(str(copy))
        proc = subprocess.run([sys.executable, "-c", probe, *copies, *options], cwd=folder, capture_output=True, text=True, timeout=120,
                              env={**os.environ, "OKRLINT_CACHE_DIR": str(Path(folder) / "cache"), "PYTHONPATH": str(ROOT)})
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_english_yaml_never_imports_pymorphy3_jieba_the_ru_zh_analyzers_or_other_format_parsers():
    """Nor rich (a JSON report prints nothing through it), nor the code of the other commands (tree, stats, init)."""
    assert loaded_analyzers(str(EXAMPLES / "en" / "bad.okr.yaml"), str(EXAMPLES / "en" / "good.okr.yaml")) == []


def test_a_run_without_the_result_cache_never_imports_it():
    """A pre-commit hook on one file with --no-cache needs no cache code (a run with the cache does)."""
    english, cache = str(EXAMPLES / "en" / "bad.okr.yaml"), ("okrlint.result_cache",)
    assert loaded_analyzers(english, watched=cache, options=("--no-cache",)) == []
    assert loaded_analyzers(english, watched=cache) == ["okrlint.result_cache"]


def test_the_cli_names_the_same_chinese_dictionary_variable_as_the_analyzer():
    from okrlint.analysis.zh import DICT_ENV
    from okrlint.cli import ZH_DICT_ENV

    assert ZH_DICT_ENV == DICT_ENV


def test_a_markdown_file_imports_markdown_it_and_nothing_else():
    assert loaded_analyzers(str(EXAMPLES / "en" / "team.okr.md")) == ["markdown_it"]


def test_each_language_loads_only_its_own_analyzer():
    assert loaded_analyzers(str(EXAMPLES / "ru" / "good.okr.yaml")) == ["okrlint.analysis.ru", "pymorphy3"]
    assert loaded_analyzers(str(EXAMPLES / "zh" / "good.okr.yaml")) == ["jieba", "okrlint.analysis.zh"]
    assert {"jieba", "pymorphy3"} <= set(loaded_analyzers(str(EXAMPLES), options=("--jobs", "1")))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent lints beside forked workers only")
def test_a_pooled_run_leaves_the_chinese_files_to_its_worker_so_the_parent_never_loads_jieba():
    """jieba's tables are loaded in one process (~0.1 CPU-s), not in the parent too, when the worker can take them all."""
    loaded = loaded_analyzers(str(EXAMPLES), options=("--jobs", "2"))
    assert "pymorphy3" in loaded and "jieba" not in loaded and "okrlint.analysis.zh" not in loaded


def test_identical_texts_are_analysed_once():
    from okrlint.analysis import analyze

    analyze.cache_clear()
    first = analyze("Снизить отток клиентов с 8% до 5%", "ru")
    again = analyze("Снизить отток клиентов с 8% до 5%", "ru")
    assert first is again
    assert analyze.memo.hits == 1 and analyze.memo.misses == 1


def test_the_analysis_memo_stays_within_its_bounds_across_many_texts():
    """Shared across files, the memo must not grow with the run: entries and characters are bounded."""
    from okrlint.analysis import analyze

    memo = analyze.memo
    analyze.cache_clear()
    for i in range(memo.max_entries + 50):
        analyze(f"Grow signups from {i} to {i + 10}", "en")
    assert len(memo) == memo.max_entries and memo.chars <= memo.max_chars
    long_text = "Grow signups from 10 to 20 " * 30
    for i in range(memo.max_chars // len(long_text) + 10):
        analyze(f"{i} {long_text}", "en")
    assert memo.chars <= memo.max_chars and len(memo) < memo.max_entries


def test_a_run_too_small_for_a_pool_never_imports_the_language_lanes_or_the_pool():
    """A one-file run (a pre-commit hook) pays for neither; a pooled run on Linux uses both."""
    english, pooled = str(EXAMPLES / "en" / "bad.okr.yaml"), ("okrlint.lanes", "multiprocessing")
    assert loaded_analyzers(english, watched=pooled, options=("--no-cache",)) == []
    if sys.platform.startswith("linux"):
        assert loaded_analyzers(str(EXAMPLES), watched=pooled, options=("--no-cache", "--jobs", "2")) == sorted(pooled)
