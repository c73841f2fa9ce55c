"""How the `okrlint` process ends: as `sys.exit` would, without the interpreter's teardown (okrlint/launch.py: end)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.helpers import EXAMPLES, ROOT, check_json


def ended(code: str, tmp_path) -> subprocess.CompletedProcess:
    """Run `code` in a fresh Python with okrlint importable."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)


def test_the_exit_code_the_buffered_output_and_the_atexit_handlers_are_kept(tmp_path):
    run = ended("import atexit; from okrlint.launch import end\n"
                "atexit.register(print, 'handler ran')\n"
                "print('report', end=' '); end(3)", tmp_path)
    assert (run.returncode, run.stdout, run.stderr) == (3, "report handler ran\n", "")


def test_a_code_that_is_no_number_and_a_running_thread_get_the_ordinary_exit(tmp_path):
    text = ended("from okrlint.launch import end; end('cannot go on')", tmp_path)
    assert (text.returncode, text.stderr) == (1, "cannot go on\n")
    thread = ended("import threading, time; from okrlint.launch import end\n"
                   "threading.Thread(target=lambda: (time.sleep(0.2), print('thread done'))).start()\n"
                   "end(0)", tmp_path)
    assert (thread.returncode, thread.stdout) == (0, "thread done\n")  # the ordinary exit waits for it


def test_a_whole_run_reports_everything_and_writes_its_start_up_caches(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    bad = EXAMPLES / "en" / "bad.okr.yaml"
    proc = subprocess.run([sys.executable, "-m", "okrlint", "check", str(bad), "--no-cache", "--format", "json"],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, cwd=tmp_path)
    assert proc.returncode == 1 and proc.stderr == ""
    assert json.loads(proc.stdout) == check_json(bad, "--no-cache", cwd=tmp_path).findings
    kept = {path.name.split("-")[0] for path in (tmp_path / "cache" / "okrlint").iterdir()}
    assert {"regex", "dataclass"} <= kept, kept  # written by their atexit handlers
