"""`--jobs N` and `jobs:`: worker processes lint the files, and the report is the same as with one process."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import EXAMPLES, ROOT, cli, cli_process, write

BROKEN = "objectives:\n  - title: Customers get answers the same day\n    key_results: [Cut response time from 8 to 2 hours\n"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the in-process checks rely on forked workers")


def corpus(tmp_path: Path, copies: int = 3) -> Path:
    """The ru/en/zh examples (YAML, Markdown, CSV, XLSX; one OKR system per company) `copies` times, outside any root."""
    folder = tmp_path / "okrs"
    for number in range(copies):
        shutil.copytree(EXAMPLES, folder / f"copy{number}", ignore=shutil.ignore_patterns("*.py"))
    return folder


@pytest.mark.parametrize("fmt", ["json", "text", "sarif"])
def test_two_workers_report_byte_for_byte_what_one_process_reports(tmp_path, fmt):
    folder = corpus(tmp_path)
    one = cli_process("check", "okrs", "--no-cache", "--jobs", "1", "--format", fmt, cwd=tmp_path)
    two = cli_process("check", "okrs", "--no-cache", "--jobs", "2", "--format", fmt, cwd=tmp_path)
    assert one.code == two.code == 1 and one.stderr == two.stderr == ""
    assert two.stdout == one.stdout
    assert all(f"copy2/{lang}/" in one.stdout for lang in ("ru", "en", "zh"))  # every language, every copy


PIDS: list[Path] = []  # where `recording` writes (forked workers inherit this module as the test left it)


def recording(task):
    """engine._lint_detached, noting which process ran it (module level: the pool pickles it by name)."""
    from okrlint import engine

    with open(PIDS[0], "a", encoding="utf-8") as out:
        out.write(f"{os.getpid()}\n")
    return engine.lint_detached_unrecorded(task)


@linux_only
@pytest.mark.parametrize("jobs", [2, 3])
def test_the_files_are_linted_in_worker_processes_and_in_the_parent_beside_them(tmp_path, monkeypatch, jobs):
    from okrlint import engine

    folder = corpus(tmp_path, copies=jobs - 1)
    monkeypatch.setattr(sys.modules[__name__], "PIDS", [tmp_path / "pids"])
    monkeypatch.setattr(engine, "lint_detached_unrecorded", engine._lint_detached, raising=False)
    monkeypatch.setattr(engine, "_lint_detached", recording)
    pooled = cli("check", str(folder), "--no-cache", "--jobs", str(jobs), "--format", "json", cwd=tmp_path)
    linted_by = (tmp_path / "pids").read_text(encoding="utf-8").split()
    # the parent lints the files no worker has started while it waits for the next one in order
    assert len(set(linted_by) - {str(os.getpid())}) == jobs - 1
    monkeypatch.setattr(engine, "_lint_detached", engine.lint_detached_unrecorded)
    assert cli("check", str(folder), "--no-cache", "--jobs", "1", "--format", "json", cwd=tmp_path).stdout == pooled.stdout


def numbered(number: int) -> int:
    """A worker's work in the pool tests: item 5 ends the worker that gets it, as a segfault would."""
    if number == 5 and os.getpid() != PARENT[0]:
        os._exit(70)
    return number * 10


PARENT: list[int] = [0]


@linux_only
def test_a_worker_that_dies_while_the_parent_lints_beside_it_costs_at_most_its_own_item(monkeypatch):
    from okrlint.pool import WorkerLost, in_order

    monkeypatch.setattr(sys.modules[__name__], "PARENT", [os.getpid()])
    results = list(in_order(numbered, list(range(40)), 2, lambda: None, (), lint_here=True))
    assert [r for n, r in enumerate(results) if n != 5] == [n * 10 for n in range(40) if n != 5]
    assert results[5] == 50 or isinstance(results[5], WorkerLost)  # 50: the parent took it before the worker did


@pytest.mark.parametrize("items, workers", [(1, 2), (7, 2), (40, 2), (1000, 2), (1000, 3), (17, 4)])
def test_the_items_travel_to_the_workers_in_consecutive_batches_of_bounded_size(items, workers):
    from okrlint.pool import BATCH_ITEMS, BATCHES_PER_WORKER, batches_for

    batches = batches_for(items, workers)
    assert [number for batch in batches for number in batch] == list(range(items))  # each item once, in order
    assert all(0 < len(batch) <= BATCH_ITEMS for batch in batches)
    assert len(batches) >= min(items, workers * BATCHES_PER_WORKER)  # every process gets a share
    sizes = [len(batch) for batch in batches]
    assert sizes == sorted(sizes, reverse=True) and sizes[-1] == 1  # smaller towards the end: the processes finish together


@linux_only
def test_a_worker_that_dies_in_a_batch_loses_only_its_own_item(monkeypatch):
    from okrlint.pool import WorkerLost, in_order

    monkeypatch.setattr(sys.modules[__name__], "PARENT", [os.getpid()])
    results = list(in_order(numbered, list(range(200)), 2, lambda: None, ()))  # item 5 sits inside a batch of 16
    assert isinstance(results[5], WorkerLost)
    assert [r for n, r in enumerate(results) if n != 5] == [n * 10 for n in range(200) if n != 5]


def stuck(number: int) -> int:
    """A worker's work that never ends in time (a worker stuck on a huge file)."""
    if os.getpid() != PARENT[0]:
        time.sleep(120)
    return number


def interrupt(*_):
    raise KeyboardInterrupt


def no_worker_left(before: set) -> bool:
    """Whether every worker started since `before` has ended; any left is killed, so that a failing test
    does not hang the suite's exit (children of other tests are not this test's business).

    Asked of the OS, not of multiprocessing's bookkeeping: when the pool's thread reaps a worker at
    the same moment, `is_alive()` can still say True for a process that is gone."""
    import multiprocessing

    left = [child for child in multiprocessing.active_children() if child not in before]
    running = [child for child in left if _running(child.pid)]
    for worker in left:
        worker.kill()
        worker.join()
    return not running


def _running(pid: int | None) -> bool:
    """The process exists and is not a zombie (exited, not yet reaped)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@linux_only
def test_ctrl_c_while_a_worker_busy_on_one_file_ends_the_run_in_bounded_time(monkeypatch):
    import multiprocessing

    from okrlint import pool

    before = set(multiprocessing.active_children())
    monkeypatch.setattr(sys.modules[__name__], "PARENT", [os.getpid()])
    monkeypatch.setattr(pool, "STOP_GRACE_SECONDS", 0.2)
    previous = signal.signal(signal.SIGALRM, interrupt)  # a Ctrl-C of its own: SIGINT would reach pytest's other parts
    started = time.monotonic()
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.5)  # while the parent waits for the stuck worker's first result
        with pytest.raises(KeyboardInterrupt):
            list(pool.in_order(stuck, list(range(4)), 2, lambda: None, ()))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert time.monotonic() - started < 10  # not the 120 s the workers would take
    assert no_worker_left(before)


@linux_only
def test_ctrl_c_while_a_worker_starts_leaves_no_worker_behind(monkeypatch):
    import multiprocessing
    from concurrent.futures import process

    from okrlint import pool

    before = set(multiprocessing.active_children())
    real = process.ProcessPoolExecutor._spawn_process

    def cut_short(executor):
        real(executor)  # the worker is forked, and Ctrl-C lands before the pool has taken note of it
        raise KeyboardInterrupt

    monkeypatch.setattr(process.ProcessPoolExecutor, "_spawn_process", cut_short)
    monkeypatch.setattr(pool, "STOP_GRACE_SECONDS", 0.2)
    with pytest.raises(KeyboardInterrupt):
        list(pool.in_order(numbered, list(range(40)), 2, lambda: None, ()))
    assert no_worker_left(before)  # a worker left alive would keep the run from exiting: the interpreter joins it


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_a_bad_file_linted_by_a_worker_is_reported_at_its_line_and_column(tmp_path, lang):
    folder = corpus(tmp_path, copies=1)
    write(folder, f"copy0/{lang}/broken.okr.yaml", BROKEN)
    runs = [cli_process("check", "okrs", "--no-cache", "--jobs", jobs, "--format", "json", cwd=tmp_path) for jobs in ("1", "2")]
    assert runs[0].stdout == runs[1].stdout
    broken = [(f["rule"], f["line"], f["column"]) for f in runs[1].findings if f["path"].endswith("broken.okr.yaml")]
    assert broken == [("invalid-okr", 4, 1)]


def run_with_a_sabotaged_file(tmp_path, monkeypatch, lang: str, sabotage):
    """`check --jobs 2` over the corpus plus one good file whose loading calls `sabotage()` in the
    worker; returns the findings of the corpus alone (`--jobs 1`) and the sabotaged run."""
    from okrlint import engine

    folder = corpus(tmp_path, copies=1)
    expected = cli("check", str(folder), "--no-cache", "--jobs", "1", "--format", "json", cwd=tmp_path).findings
    write(folder, f"copy0/{lang}/crash.okr.yaml", (EXAMPLES / lang / "good.okr.yaml").read_text(encoding="utf-8"))
    real = engine._load

    def sabotaged(target, *args):
        if target.shown_as.endswith("crash.okr.yaml"):
            sabotage()
        return real(target, *args)

    monkeypatch.setattr(engine, "_load", sabotaged)
    return expected, cli("check", str(folder), "--no-cache", "--jobs", "2", "--format", "json", cwd=tmp_path)


@linux_only
def test_a_crash_in_a_worker_is_a_finding_on_that_file_and_the_run_goes_on(tmp_path, monkeypatch):
    def boom():
        raise RuntimeError("boom")

    expected, run = run_with_a_sabotaged_file(tmp_path, monkeypatch, "en", boom)
    crashed = [f for f in run.findings if f["path"].endswith("crash.okr.yaml")]
    assert [(f["rule"], f["line"], f["column"]) for f in crashed] == [("internal-error", 1, 1)]
    assert "RuntimeError: boom" in crashed[0]["message"] and run.code == 2
    assert [f for f in run.findings if not f["path"].endswith("crash.okr.yaml")] == expected


@linux_only
def test_a_worker_that_dies_costs_only_its_own_file(tmp_path, monkeypatch):
    from okrlint import engine

    monkeypatch.setattr(engine, "LINT_HERE_UP_TO", 0)  # as on a large run: the parent lints nothing, the file is a worker's
    # the worker ends as a segfault or the OOM killer would end it
    expected, run = run_with_a_sabotaged_file(tmp_path, monkeypatch, "ru", lambda: os._exit(70))
    crashed = [(f["rule"], f["line"], f["column"]) for f in run.findings if f["path"].endswith("crash.okr.yaml")]
    assert crashed == [("internal-error", 1, 1)] and run.code == 2
    assert [f for f in run.findings if not f["path"].endswith("crash.okr.yaml")] == expected
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("value, shown", [("0", "0"), ("257", "257"), ("true", "True"), ("'2'", "'2'"), ("1.5", "1.5")])
def test_the_jobs_key_is_a_bounded_number_of_processes(tmp_path, value, shown):
    okr = shutil.copy(EXAMPLES / "en" / "good.okr.yaml", tmp_path / "good.okr.yaml")
    write(tmp_path, ".okrlint.yaml", f"jobs: {value}\n")
    run = cli("check", str(okr), cwd=tmp_path)
    assert run.code == 2
    assert f"jobs must be a number of worker processes from 1 to 256 (1: lint in one process), got {shown}" in run.stderr


def test_the_jobs_key_and_option_are_taken(tmp_path):
    okr = shutil.copy(EXAMPLES / "en" / "good.okr.yaml", tmp_path / "good.okr.yaml")
    write(tmp_path, ".okrlint.yaml", "jobs: 2\n")
    assert cli("check", str(okr), "--format", "json", cwd=tmp_path).code == 0
    assert cli("check", str(okr), "--jobs", "1", "--format", "json", cwd=tmp_path).code == 0
    for bad in ("0", "257", "two"):
        run = cli("check", str(okr), "--jobs", bad, cwd=tmp_path)
        assert run.code == 2 and "--jobs" in run.stderr


def children(pid: int) -> list[int]:
    return [int(c) for t in Path(f"/proc/{pid}/task").iterdir() for c in (t / "children").read_text().split()]


@linux_only
@pytest.mark.parametrize("after", [0.0, 1.0])  # while the pool starts; while it works
def test_ctrl_c_stops_the_run_and_its_workers_cleanly(tmp_path, after):
    corpus(tmp_path, copies=120)  # ~3,000 files: still linting a second after the worker starts, however fast the machine
    # preexec_fn: Ctrl-C as at a terminal. A suite started in the background (`pytest &` from a script)
    # ignores SIGINT, and a child inherits that: okrlint would rightly ignore it too.
    proc = subprocess.Popen([sys.executable, "-m", "okrlint", "check", "okrs", "--no-cache", "--jobs", "2"], cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while len(children(proc.pid)) < 1 and time.monotonic() < deadline:  # the worker (and the parent) are linting
        time.sleep(0.05)
    time.sleep(after)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole process group
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and out == "" and "Traceback" not in err, (proc.returncode, out, err)  # 128 + SIGINT
    with pytest.raises(ProcessLookupError):
        os.killpg(proc.pid, 0)  # no worker is left behind


def test_a_workers_outcome_travels_as_plain_records_and_arrives_equal(tmp_path):
    """What the pool pickles for a file: the findings as records (no dataclass goes through pickle),
    read back equal, with the lines a move fix moves; the nodes as the records the parent reads."""
    import pickle

    from okrlint import engine
    from okrlint.config import load_config
    from okrlint.discovery import discover
    from okrlint.registry import load_registry

    shutil.copy(EXAMPLES / "en" / "bad.okr.yaml", tmp_path / "bad.okr.yaml")
    registry = load_registry()
    config = load_config(tmp_path, registry)
    (target,) = discover([str(tmp_path / "bad.okr.yaml")], config.include, config.exclude, tmp_path).targets
    engine._start_worker(config, registry, None, False)
    try:
        outcome = engine._lint_detached((target, None, None, None, target.path.resolve()))
    finally:
        engine._stop_worker()
    sent = pickle.dumps(outcome)
    assert b"okrlint.findings" not in sent  # records, not Finding, Span, Suggestion… objects
    arrived = pickle.loads(sent)
    assert arrived.findings == outcome.findings and len(outcome.findings) > 5
    assert any(f.suggestion and f.suggestion.fix and f.suggestion.fix.moves for f in arrived.findings)
    assert arrived.sets == outcome.sets and arrived.sets[0][4][0]["title"][0] == "Revenue $10M"
    assert (arrived.objectives, arrived.key_results, arrived.crash) == (outcome.objectives, outcome.key_results, None)

    # the findings' strings are interned before they go: equal messages (each made by its own format) are pickled once
    first, second = outcome.findings[:2]
    first.message, second.message = "".join(["“Launch…” is a task", "!"]), "".join(["“Launch…” is a", " task!"])
    assert first.message is not second.message
    sent = pickle.dumps(outcome)
    assert sent.count("“Launch…” is a task!".encode()) == 1
    assert [f.message for f in pickle.loads(sent).findings[:2]] == ["“Launch…” is a task!"] * 2


def test_a_stopped_pool_leaves_no_manager_thread_for_the_exit_to_wake(monkeypatch):
    """The interpreter's exit wakes each pool's manager thread through a pipe the thread closes as it
    ends (CPython 3.11): a stop must wait for that thread, or a Ctrl-C can print "Bad file descriptor".
    The worker is busy past the grace, so it is killed, and the thread ends only after that."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from okrlint import pool as pool_module

    monkeypatch.setattr(pool_module, "STOP_GRACE_SECONDS", 0.2)
    others = set(multiprocessing.active_children())
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    pool.submit(time.sleep, 30).running()
    time.sleep(0.2)  # the worker has taken the call
    manager = pool._executor_manager_thread
    assert manager is not None and manager.is_alive()
    pool_module._stop_now(pool, others)
    assert not manager.is_alive()
    assert not [child for child in multiprocessing.active_children() if child not in others]


def test_a_pool_that_breaks_while_its_work_is_given_takes_no_more_and_the_rest_is_lost_with_it():
    """A worker that dies on its first files breaks the pool before every batch is given: no crash,
    and the batches left without a future are read as lost (in_order runs them again in a new pool)."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from okrlint.pool import _read_in_order, _submitted

    class BreaksAfterTwo:
        given = 0

        def submit(self, *work):
            if self.given == 2:
                raise BrokenProcessPool("a child process terminated abruptly")
            self.given += 1
            future: Future = Future()
            future.set_result(["done"] * 4)
            return future

    batches = [range(0, 4), range(4, 8), range(8, 12)]
    futures = _submitted(BreaksAfterTwo(), str, list(range(12)), batches, {})
    assert list(futures) == [0, 4]
    reading = _read_in_order(str, list(range(12)), batches, 0, futures, None, [0])
    results = []
    with pytest.raises(StopIteration) as end:
        while True:
            results.append(next(reading))
    assert results == ["done"] * 8 and end.value.value == 2  # the third batch: lost, to be run again


def dies_on_first(number: int) -> int:
    """An item's work in the test below: item 0 ends the worker that gets it, as a segfault would."""
    if number == 0:
        os._exit(70)
    return number


@linux_only
def test_a_batch_the_parent_takes_while_the_pool_breaks_leaves_the_pools_thread_no_error(monkeypatch):
    """The parent cancels a batch no worker has started to compute it itself; a worker that dies at
    that moment has the pool's manager thread fail every pending batch, the cancelled one too. That
    must neither raise in the thread (a traceback on stderr) nor leave the batches after it unfailed.
    The moment is made exact: the parent cancels as the thread makes the pool's BrokenProcessPool."""
    import multiprocessing
    import threading
    from concurrent.futures import ProcessPoolExecutor, process

    from okrlint import pool as pool_module

    thread_errors: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: thread_errors.append(args.exc_value))
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    batches = [range(number, number + 1) for number in range(6)]  # one worker takes two; the other four wait
    futures = pool_module._submitted(pool, dies_on_first, list(range(6)), batches, {})
    taken, after = futures[4], futures[5]

    class BrokenWhileTaken(process.BrokenProcessPool):
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            assert taken.cancel()  # the parent takes the batch: no worker has started it

    monkeypatch.setattr(process, "BrokenProcessPool", BrokenWhileTaken)
    assert isinstance(futures[0].exception(timeout=10), BrokenWhileTaken)
    assert isinstance(after.exception(timeout=10), BrokenWhileTaken)  # failed too, not left waiting
    pool.shutdown(wait=True)
    assert taken.cancelled() and thread_errors == []
