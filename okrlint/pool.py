"""Work on several cores: a process pool whose results come back in the order the work was given.

The engine lints the files that need work (not answered by the result cache) in worker processes
when there are enough of them to pay for the workers' start (see `workers_for`), and merges each
file's outcome in the order of the files, so a run with `--jobs 2` reports byte for byte what
`--jobs 1` reports. Each worker keeps its analyzers (pymorphy3, jieba, the memos) for all the
files it is given: they are loaded once per worker, on the first text of their language.
When the parent has its analyzers loaded already (the engine loads them before a fork, for runs
up to a few thousand files), it is one of the `--jobs` processes itself: it lints the files no
worker has started while it waits for the next outcome in order (`in_order`'s `lint_here`).

On Linux the workers are forked: they start with okrlint, its rule packs and whatever the
parent has imported, in milliseconds. macOS and Windows start fresh interpreters ("spawn"; fork
is unsafe on macOS): each imports okrlint again, so a pool needs more files to pay there.
Workers ignore Ctrl-C: the parent gets it, cancels what has not started and lets each worker
finish the file at hand (a fraction of a second), for at most STOP_GRACE_SECONDS: then it ends
the workers still alive, whichever state the pool was left in (see `_stop_now`). A worker that
dies (killed, out of memory) loses only the files it had: each comes back as `WorkerLost`, for
the engine to report.
"""

from __future__ import annotations

import functools
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Generator, Iterator, Sequence

if TYPE_CHECKING:
    from concurrent.futures import Future

# The fewest files each worker must get for a pool to pay for itself. Measured on a 2-core Linux
# machine (shared, so roughly): a file that needs work costs ~6-10 ms of CPU in process, ~30%
# more in a pool (each worker misses the other's memoised texts; outcomes are pickled and merged);
# a forked worker starts in ~20 ms with the parent's analyzers already loaded, a spawned one
# imports okrlint and loads its analyzers again (~0.5 s of CPU each: +1.1 CPU-s on 128 files).
MIN_FILES_PER_WORKER = {"fork": 8, "spawn": 100}

# The most results the calling process keeps computed ahead of their turn (see in_order: lint_here):
# a few batches, so that it does not wait while a worker's batch is both running and next in
# order (with 32, the parent stood idle ~0.4 s of a 1,000-file run); each is one file's outcome.
HELD_AHEAD = 128

# How the items travel to the workers (see batches_for): ~16 files are ~50-100 ms of work, against
# a few ms for the pool's thread to hand the next batch over.
BATCH_ITEMS = 16
BATCHES_PER_WORKER = 4

# How long a run that stops early (Ctrl-C) lets its workers finish the file at hand before it ends
# them: a file takes milliseconds; what the workers would compute is thrown away anyway.
STOP_GRACE_SECONDS = 2.0


@dataclass(frozen=True, slots=True)
class WorkerLost:
    """The work of one item was lost with its worker (it died, or the pool could not start)."""

    error: str


def default_jobs() -> int:
    """The cores this process may run on (a container's CPU set, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def start_method() -> str:
    """fork on Linux (cheap; okrlint starts no threads), spawn elsewhere (fork is unsafe on macOS)."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def workers_for(jobs: int, items: int) -> int:
    """How many workers `items` pieces of work deserve with `jobs` allowed; 1 means: do them in process."""
    if jobs <= 1:
        return 1
    return max(1, min(jobs, items // MIN_FILES_PER_WORKER[start_method()]))


def in_order(function: Callable[[Any], Any], items: Sequence[Any], workers: int,
             initializer: Callable[..., None], initargs: tuple, lint_here: bool = False,
             lanes: Sequence[int] | None = None, left: frozenset[int] = frozenset()) -> Iterator[Any]:
    """`function(item)` for each item, computed by `workers` processes, yielded in the order of `items`.

    The items travel in batches (see `batches_for`): a worker given one file at a time waited for
    its next one after every few milliseconds of work, since the pool's feeding thread in this
    process needs the GIL this process holds while it lints or merges (on 2 cores the worker was
    idle ~half the time). `lint_here`: this process is one of the `workers` (a pool of one fewer
    is started). While the next result in order is not ready, it takes the first batch no worker
    has started and computes it itself, instead of waiting: on 2 cores, one worker and this
    process lint as many files as two workers would, without pickling this process's share, and
    without a third process (this one, merging) competing with two workers for two cores. It
    holds the results it computed ahead of their turn: a few, about HELD_AHEAD items (a worker
    stuck on a huge file).

    When a worker dies, the pool is gone with every unfinished batch: a new pool takes over, the
    items of the batch that was lost go one by one, and the first of them runs in it alone, so
    that a crash then is its own (it yields a WorkerLost) and the other items are not blamed.
    Stopping early (Ctrl-C, or the caller closing the iterator) cancels what has not started.
    `lanes` (with `lint_here`): each item's lane (okrlint/lanes.py). This process keeps one lane
    for itself (`own_lane`): the workers are given its batches last, and this process computes
    them, and takes them first while it waits; so each process meets mostly one lane's items.
    `left`: lanes whose items this process never computes (what they need is costly to load, and
    the workers load it anyway): it waits for a worker's result instead, taking other work meanwhile.
    """
    import multiprocessing  # only a run with a pool pays for importing these
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context(start_method())
    if lint_here:
        initializer(*initargs)  # as a worker starts: this process lints with the same settings
    batches = batches_for(len(items), workers, lanes if lint_here else None)
    own = own_lane(lanes, left) if lint_here and lanes else None
    left = left if own is not None else frozenset()
    done_here: dict[int, list[Any]] = {}  # results this process computed ahead, by their batch's first item
    given = [0]  # how many results the caller has had: once it has all, closing the iterator is a normal end
    start, suspect = 0, False  # the first batch not yet read; whether it is a lost batch's first item
    while start < len(batches):
        others = set(multiprocessing.active_children())  # children that are not this pool's (none, in okrlint's own runs)
        pool = ProcessPoolExecutor(max_workers=workers - 1 if lint_here else workers, mp_context=context,
                                   initializer=_quiet_initializer, initargs=(initializer, initargs))
        stopped_early = True  # until this pool's share of the items is read: Ctrl-C, the caller closing the iterator
        try:
            if suspect:  # the first unfinished item after a crash runs alone
                suspect = False
                # Ctrl-C waits while work is submitted: the workers and the pool's thread start at
                # the first submit, and a submit cut halfway leaves the pool's bookkeeping in a
                # state its shutdown can hang on; the interrupt then lands while a result is awaited
                with _interrupts_held():
                    alone = _submit(pool, function, _items_of(items, batches[start]))
                results = _result(alone)
                del alone
                result = results if isinstance(results, WorkerLost) else results[0]
                given[0] = batches[start].stop
                start += 1
                yield result
                if isinstance(result, WorkerLost):
                    stopped_early = False
                    continue  # its pool is broken: a new one for the rest
            with _interrupts_held():
                futures = _submitted(pool, function, items, submission_order(batches[start:], lanes, own), done_here)
            lost = yield from _read_in_order(function, items, batches, start, futures, done_here if lint_here else None, given,
                                             lanes, own, left)
            if lost is None:
                start = len(batches)
            else:  # the lost batch's items go one by one: the first alone in a new pool, then the rest
                batches[lost:lost + 1] = [range(number, number + 1) for number in batches[lost]]
                start, suspect = lost, True
            stopped_early = False
        finally:
            if stopped_early and given[0] < len(items):
                _stop_now(pool, others)
            else:  # every item given to it is read, or it is broken: its workers are told to end
                pool.shutdown(wait=True)


def batches_for(items: int, workers: int, lanes: Sequence[int] | None = None) -> list[range]:
    """The items as consecutive batches, each 1/(workers × BATCHES_PER_WORKER) of what is left, BATCH_ITEMS at most.

    Big enough that a worker never waits for its next batch, small enough that a crash re-runs
    little; smaller towards the end ("guided" scheduling), so that the processes finish together:
    the last batches are single files, not one of 16 that one process works through alone.
    With `lanes`, a batch also ends where the lane changes: each batch is of one lane."""
    batches, first = [], 0
    while first < items:
        size = max(1, min(BATCH_ITEMS, (items - first) // (workers * BATCHES_PER_WORKER)))
        if lanes is not None:
            size = next((n for n in range(1, size) if lanes[first + n] != lanes[first]), size)
        batches.append(range(first, first + size))
        first += size
    return batches


def _submitted(pool: Any, function: Callable[[Any], Any], items: Sequence[Any], batches: Sequence[range],
               done_here: dict[int, list[Any]]) -> dict[int, Future]:
    """Each batch not computed here given to the pool, by its first item; none after the pool breaks.

    The workers start at the first submit, and one that dies at once (on the first files) breaks
    the pool before the rest are given: a submit then raises, and the batches left without a
    future are lost with that worker (_read_in_order), to be run again in a new pool."""
    futures: dict[int, Future] = {}
    for batch in batches:
        if batch.start in done_here:
            continue
        try:
            futures[batch.start] = _submit(pool, function, _items_of(items, batch))
        except Exception:  # BrokenProcessPool
            break
    return futures


def _submit(pool: Any, function: Callable[[Any], Any], batch: list[Any]) -> Future:
    """One batch given to the pool, as a future this process may cancel while the pool breaks."""
    future = pool.submit(_computed, function, batch)
    plain, cancellable = _future_classes()
    if type(future) is plain:  # (the pool's own class: an instance's class can change only to a kin)
        future.__class__ = cancellable
    return future


@functools.cache
def _future_classes() -> tuple[type, type]:
    """concurrent.futures' Future and CancellableFuture below: made on the first pool's first batch."""
    from concurrent.futures import Future, InvalidStateError

    class CancellableFuture(Future):
        """A pool's future whose failure, once this process has cancelled it, is no error.

        This process cancels a batch no worker has started to compute it itself (_take_one). When a
        worker dies at that moment, the pool's manager thread of CPython 3.11 and earlier fails
        every pending future without asking whether it was cancelled; the InvalidStateError it
        met then ended that thread halfway (a traceback on stderr, and the futures after that one
        never failed: the run could wait for them forever). CPython 3.12 ignores that error there
        (gh-107219); this does the same, for this future alone."""

        def set_exception(self, exception: BaseException | None) -> None:
            try:
                super().set_exception(exception)
            except InvalidStateError:
                if not self.cancelled():
                    raise

    return Future, CancellableFuture


def _items_of(items: Sequence[Any], batch: range) -> list[Any]:
    return [items[number] for number in batch]


def _computed(function: Callable[[Any], Any], batch: list[Any]) -> list[Any]:
    """What a worker does with one batch: `function` of each item, in order."""
    return [function(item) for item in batch]


def _read_in_order(function: Callable[[Any], Any], items: Sequence[Any], batches: list[range], start: int,
                   futures: dict[int, Future], done_here: dict[int, list[Any]] | None,
                   given: list[int], lanes: Sequence[int] | None = None, own: int | None = None,
                   left: frozenset[int] = frozenset()) -> Generator[Any, None, int | None]:
    """Yield the results of the batches from `start` on, item by item, in order; return the number of a batch lost with its worker.

    `done_here`: this process computes, while it waits, batches no worker has started (and keeps
    their results here until their turn). `given[0]`: how many results have been yielded in all.
    `own`: this process's lane (see in_order); the workers were given its batches last, so
    this process computes each of them that no worker has started when its turn comes (a batch of
    a lane in `left` excepted: that one it waits for)."""
    for number in range(start, len(batches)):
        batch = batches[number]
        if done_here is not None and batch.start in done_here:
            results = done_here.pop(batch.start)
        else:
            future = futures.pop(batch.start, None)  # taken out as it is read: a future keeps its results (findings, nodes) to the end
            if future is None:  # never submitted: the pool broke first (see _submitted)
                return number
            if own is not None and done_here is not None and not _left(batch, lanes, left) and future.cancel():
                results = _computed(function, _items_of(items, batch))
            else:
                while done_here is not None and sum(map(len, done_here.values())) < HELD_AHEAD and not future.done():
                    if _take_one(function, items, batches, futures, done_here, number + 1, lanes, own, left) is None:
                        break  # every batch left has been started: wait
                results = _result(future)
            del future
            if isinstance(results, WorkerLost):
                return number
        for offset, result in enumerate(results):
            given[0] = batch.start + offset + 1
            yield result
    return None


def _take_one(function: Callable[[Any], Any], items: Sequence[Any], batches: list[range], futures: dict[int, Future],
              done_here: dict[int, list[Any]], ahead: int, lanes: Sequence[int] | None = None,
              own: int | None = None, left: frozenset[int] = frozenset()) -> int | None:
    """Compute here the first batch from `ahead` on that no worker has started; its number, or None when there is none.

    With `lanes`, the first such batch of this process's lane `own` within HELD_AHEAD items, when
    there is one; never one of a lane in `left`."""
    for number in _candidates(batches, ahead, lanes, own, left):
        batch = batches[number]
        future = futures.get(batch.start)
        if future is not None and future.cancel():  # not started: no worker will see it
            del futures[batch.start]
            done_here[batch.start] = _computed(function, _items_of(items, batch))
            return number
    return None


def _candidates(batches: list[range], ahead: int, lanes: Sequence[int] | None, lane: int | None,
                left: frozenset[int] = frozenset()) -> Iterator[int]:
    """The batches from `ahead` on in the order this process would take them: its lane's near ones first, none of `left`."""
    if lanes is not None and lane is not None and ahead < len(batches):
        horizon = batches[ahead].start + HELD_AHEAD
        for number in range(ahead, len(batches)):
            if batches[number].start >= horizon:
                break
            if lanes[batches[number].start] == lane:
                yield number
    yield from (number for number in range(ahead, len(batches)) if not _left(batches[number], lanes, left))


def _left(batch: range, lanes: Sequence[int] | None, left: frozenset[int]) -> bool:
    """Whether the batch is of a lane the calling process leaves to the workers (a batch is of its first item's lane)."""
    return bool(left) and lanes is not None and lanes[batch.start] in left


def own_lane(lanes: Sequence[int], left: frozenset[int] = frozenset()) -> int:
    """The lane the calling process takes: the one with the fewest items (it also merges every outcome), not one it leaves."""
    counts = Counter(lanes)
    return min(counts, key=lambda lane: (lane in left, counts[lane], lane))


def submission_order(batches: Sequence[range], lanes: Sequence[int] | None, own: int | None) -> list[range]:
    """The batches in the order the workers are given them: those of the calling process's lane last."""
    if lanes is None or own is None:
        return list(batches)
    return sorted(batches, key=lambda batch: lanes[batch.start] == own)  # stable: in order within each part


@contextmanager
def _interrupts_held() -> Iterator[None]:
    """Ctrl-C waits until the block is done: a pool interrupted while it starts or takes work cannot be shut down."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _stop_now(pool: Any, others: set[Any]) -> None:
    """Stop a pool whose results are no longer wanted, in bounded time, leaving no worker behind.

    What has not started is cancelled and the workers get STOP_GRACE_SECONDS to finish the file at
    hand; any still alive then is killed. Asking the pool alone is not enough: a Ctrl-C can land
    while a worker is being started, before the pool knows of it, and its shutdown then neither
    stops that worker nor returns while it lives (nor does the interpreter's exit, which joins it).
    So the workers are the children started since the pool was made (all but `others`).
    """
    import multiprocessing

    with _interrupts_held():  # a second Ctrl-C must not cut the stop halfway; it is bounded anyway
        manager = getattr(pool, "_executor_manager_thread", None)  # (shutdown forgets it: taken first)
        pool.shutdown(wait=False, cancel_futures=True)
        workers = [child for child in multiprocessing.active_children() if child not in others]
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for worker in workers:
            worker.join(max(0.0, deadline - time.monotonic()))
        for worker in workers:
            if worker.is_alive():
                worker.kill()
                worker.join()
        # At exit the interpreter wakes each pool's manager thread through a pipe that thread closes
        # as it ends; if it ends at that moment, the write fails ("Exception ignored … Bad file
        # descriptor" on a Ctrl-C, CPython 3.11). With the workers gone it ends at once: wait for it.
        if manager is not None:
            manager.join(STOP_GRACE_SECONDS)


def _result(future: Future) -> Any:
    try:
        return future.result()
    except Exception as exc:  # BrokenProcessPool and the like: the worker is gone, the run goes on
        return WorkerLost(f"{type(exc).__name__}: {exc}")


def _quiet_initializer(initializer: Callable[..., None], initargs: tuple) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's: it stops the pool
    initializer(*initargs)
