"""The ru, zh and en analyzers freeze what is loaded when they are built (gc.freeze), so no later
full collection walks it. Each case runs in a fresh interpreter: in the test process the
analyzers are long built."""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.helpers import EXAMPLES, ROOT

PROBE = """
import gc, json, sys, weakref
from okrlint.analysis import analyze
from okrlint.cli import app

lang, first, second, okr_file = sys.argv[1:]
seen = {}


class Cycle:
    pass


cycle = Cycle()
cycle.self = cycle
garbage = weakref.ref(cycle)
del cycle  # unreachable, and no collection before the analyzer is built (as while the cli imports)

gc.disable()
frozen_before = gc.get_freeze_count()
analysis = analyze(first, lang)
gc.enable()
seen["frozen_by_building"] = gc.get_freeze_count() - frozen_before
seen["tokens"] = [[t.text, t.lemma, t.pos.name] for t in analysis.tokens]
seen["quantities"] = [[q.raw, q.value, q.kind.value] for q in analysis.quantities]
frozen = gc.get_freeze_count()
analyze(second, lang)
seen["frozen_by_second_text"] = gc.get_freeze_count() - frozen
gc.collect()
seen["garbage_kept_while_frozen"] = garbage() is not None


def run():
    try:
        app(["check", okr_file, "--format", "json", "--no-cache"])
    except SystemExit:
        pass
    return gc.get_freeze_count()


seen["frozen_after_runs"] = [run(), run()]  # a run unfreezes at its end: nothing stays frozen across runs
gc.collect()
seen["garbage_after_runs"] = garbage() is not None
print(json.dumps(seen, ensure_ascii=False))
"""


def probe(lang: str, first: str, second: str) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        proc = subprocess.run([sys.executable, "-c", PROBE, lang, first, second, str(EXAMPLES / lang / "good.okr.yaml")],
                              cwd=folder, capture_output=True, text=True, timeout=120,
                              env={**os.environ, "OKRLINT_CACHE_DIR": str(Path(folder) / "cache"), "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("lang", "first", "second", "tokens", "quantities"), [
    ("en", "Cut churn to 5%", "Hold 12 workshops",
     [["Cut", "cut", "VERB"], ["churn", "churn", "NOUN"], ["to", "to", "ADP"], ["5", "5", "NUM"], ["%", "%", "SYM"]],
     [["5%", 5.0, "percent"]]),
    ("ru", "Снизить отток клиентов до 5%", "Провести 12 встреч",
     [["Снизить", "снизить", "VERB"], ["отток", "отток", "NOUN"], ["клиентов", "клиент", "NOUN"], ["до", "до", "ADP"],
      ["5", "5", "NUM"], ["%", "%", "SYM"]],
     [["5%", 5.0, "percent"]]),
    ("zh", "将客户流失率降低到5%", "举办12场培训",
     [["将", "将", "ADV"], ["客户", "客户", "NOUN"], ["流失率", "流失率", "NOUN"], ["降低", "降低", "VERB"],
      ["到", "到", "ADP"], ["5", "5", "NUM"], ["%", "%", "SYM"]],
     [["5%", 5.0, "percent"]]),
])
def test_building_an_analyzer_freezes_once_and_a_run_leaves_nothing_frozen(lang, first, second, tokens, quantities):
    seen = probe(lang, first, second)
    assert seen["tokens"] == tokens  # the frozen analyzer still analyses
    assert seen["quantities"] == quantities
    assert seen["frozen_by_building"] > 1000  # the analyzer, its tables and the modules loaded so far
    assert seen["frozen_by_second_text"] == 0  # built once, frozen once
    assert seen["garbage_kept_while_frozen"]  # garbage caught by the freeze waits ...
    assert seen["frozen_after_runs"] == [0, 0]  # ... until a run ends and unfreezes everything,
    assert not seen["garbage_after_runs"]  # and is collected then: nothing leaks from one run to the next
