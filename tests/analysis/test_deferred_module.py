"""A module standing in for one not imported yet: imported at the first attribute read, never before."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from okrlint.analysis.deferred_module import DeferredModule, defer, undefer

ROOT = Path(__file__).resolve().parents[2]


def test_the_first_attribute_read_imports_the_module(tmp_path, monkeypatch):
    (tmp_path / "heavy_tables.py").write_text("LOADED = True\nTABLE = {'a': 1}\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    stand_in = defer("heavy_tables")
    try:
        assert isinstance(sys.modules["heavy_tables"], DeferredModule)
        assert stand_in.__spec__ is None and not hasattr(stand_in, "__file__")  # introspection imports nothing
        assert isinstance(sys.modules["heavy_tables"], DeferredModule)
        assert stand_in.TABLE == {"a": 1}  # imported now
        real = sys.modules["heavy_tables"]
        assert not isinstance(real, DeferredModule) and real.LOADED and stand_in.LOADED
        assert defer("heavy_tables") is None  # there already
    finally:
        sys.modules.pop("heavy_tables", None)


def test_a_stand_in_is_taken_out_when_its_import_failed():
    stand_in = defer("okrlint_no_such_module")
    undefer(stand_in)
    assert "okrlint_no_such_module" not in sys.modules


def run(code: str) -> str:
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_chinese_analysis_never_loads_jiebas_plain_hmm_and_a_plain_cut_still_gets_it():
    """jieba.finalseg's tables (~15 ms of a cold Chinese run) are for jieba's plain cut, which okrlint never makes."""
    text = "我们在上线新系统了吗哈哈，让老客户满意"
    ours = run("import sys, json\nfrom okrlint.analysis import zh\nzh.tokenize('完成CRM系统上线，让新用户首周留存率从20%提升到35%')\n"
               "loaded = 'jieba.finalseg.prob_emit' in sys.modules\nimport jieba\n"
               f"print(json.dumps([loaded, jieba.lcut({text!r}, HMM=True), list(jieba.finalseg.Force_Split_Words)]))")
    plain = run(f"import json, jieba\njieba.setLogLevel(60)\nprint(json.dumps([False, jieba.lcut({text!r}, HMM=True), []]))")
    assert ours == plain
