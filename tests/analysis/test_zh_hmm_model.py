"""jieba.posseg's HMM model comes from one file in the user cache folder once a run has kept it."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from okrlint.analysis import zh_hmm_model

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json, sys
from okrlint.analysis import zh
tokens = zh.tokenize('让新用户首周留存率从20%提升到35%，完成CRM系统上线')
import jieba.posseg as posseg
tables = [sys.modules['jieba.posseg.' + name] for name in ('char_state_tab', 'prob_start', 'prob_trans', 'prob_emit')]
print(json.dumps({"tokens": [(t.text, t.lemma, t.pos.value, sorted(t.tags)) for t in tokens],
                  "from_file": [getattr(m, '__file__', None) is None for m in tables],
                  "same": [posseg.char_state_tab_P is tables[0].P, posseg.emit_P is tables[3].P],
                  "sizes": [len(m.P) for m in tables]}))
"""


def probe(xdg: Path) -> dict:
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={**os.environ, "XDG_CACHE_HOME": str(xdg), "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def kept(xdg: Path) -> list[Path]:
    return sorted((xdg / "okrlint").glob("jieba-hmm-*.marshal"))


def test_the_model_is_kept_by_the_first_run_and_read_by_the_next(tmp_path):
    first = probe(tmp_path)
    assert first["from_file"] == [False] * 4 and first["same"] == [True, True]  # jieba's own modules
    (written,) = kept(tmp_path)
    stamp = written.stat().st_mtime_ns
    second = probe(tmp_path)
    assert second["from_file"] == [True] * 4 and second["same"] == [True, True]
    assert second["tokens"] == first["tokens"] and second["sizes"] == first["sizes"]
    assert [p.stat().st_mtime_ns for p in kept(tmp_path)] == [stamp]  # read, not written again


@pytest.mark.parametrize("damage", [b"", b"\x00not marshal", marshal.dumps(({}, {}, {}, {})), marshal.dumps(({"a": 1},) * 3)])
def test_a_damaged_model_file_is_ignored_and_written_again(tmp_path, damage):
    expected = probe(tmp_path)
    (written,) = kept(tmp_path)
    written.write_bytes(damage)
    again = probe(tmp_path)
    assert again["from_file"] == [False] * 4 and again["tokens"] == expected["tokens"]
    assert len(written.read_bytes()) > 1_000_000  # written again whole


def test_tables_put_in_are_taken_out_when_the_import_fails(tmp_path, monkeypatch):
    path = tmp_path / "model.marshal"
    path.write_bytes(marshal.dumps(({"a": 1}, {"b": 2}, {"c": 3}, {"d": 4})))
    for name in ("jieba.posseg", *(f"jieba.posseg.{t}" for t in zh_hmm_model.TABLES)):
        monkeypatch.delitem(sys.modules, name, raising=False)
    assert zh_hmm_model.put_in_modules(path)
    assert sys.modules["jieba.posseg.prob_emit"].P == {"d": 4}
    zh_hmm_model.take_out_of_modules()
    assert not any(f"jieba.posseg.{t}" in sys.modules for t in zh_hmm_model.TABLES)
    assert zh_hmm_model.put_in_modules(None) is False
