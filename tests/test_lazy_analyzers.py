"""Analyzers load only when a file needs their language (pre-commit runs on every commit)."""

import json
import subprocess
import sys

from tests.helpers import EXAMPLES, ROOT

PROBE = """
import sys
from okrlint.cli import app
try:
    app(["check", *sys.argv[1:], "--format", "json"])
except SystemExit:
    pass
print("\\n" + __import__("json").dumps(sorted(m for m in ("pymorphy3", "jieba") if m in sys.modules)))
"""


def loaded_analyzers(*paths: str) -> list[str]:
    proc = subprocess.run([sys.executable, "-c", PROBE, *paths], cwd=ROOT, capture_output=True, text=True, timeout=120)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_english_files_never_import_pymorphy3_or_jieba():
    assert loaded_analyzers(str(EXAMPLES / "en")) == []


def test_each_language_loads_only_its_own_analyzer():
    assert loaded_analyzers(str(EXAMPLES / "ru" / "good.okr.yaml")) == ["pymorphy3"]
    assert loaded_analyzers(str(EXAMPLES / "zh" / "good.okr.yaml")) == ["jieba"]
    assert loaded_analyzers(str(EXAMPLES)) == ["jieba", "pymorphy3"]


def test_identical_texts_are_analysed_once():
    from okrlint.analysis import analyze

    analyze.cache_clear()
    first = analyze("Снизить отток клиентов с 8% до 5%", "ru")
    again = analyze("Снизить отток клиентов с 8% до 5%", "ru")
    assert first is again
    assert analyze.cache_info().hits == 1 and analyze.cache_info().misses == 1
