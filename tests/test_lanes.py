"""Language lanes: a pooled run groups its files by language, and its outcomes come back in the files' order."""

from __future__ import annotations

import os
import sys

import pytest

from okrlint.lanes import LANES, WINDOW, in_plan_order, lane_of, lane_order, left_to_workers
from tests.helpers import write


@pytest.mark.parametrize("text, lang", [
    ("lang: zh\nobjectives:\n  - title: Customers get answers the same day\n", "zh"),  # declared wins over the script
    ("period: 2026-Q1\nlang: 'ru'\nobjectives: []\n", "ru"),
    ("objectives:\n  - title: Клиенты получают ответ в тот же день\n", "ru"),
    ("objectives:\n  - title: 客户当天得到答复\n", "zh"),
    ("objectives:\n  - title: Customers get answers the same day\n", "en"),
    ("---\nlang: en\n---\n# O1: Клиенты получают ответ\n", "en"),  # a Markdown front matter
])
def test_a_files_lane_is_its_declared_language_else_its_script(tmp_path, text, lang):
    path = write(tmp_path, "team.okr.yaml", text)
    assert lane_of(path) == LANES[lang]


def test_a_file_that_cannot_be_read_is_in_the_english_lane(tmp_path):
    assert lane_of(tmp_path / "gone.okr.yaml") == lane_of(None) == LANES["en"]
    assert lane_of(tmp_path) == LANES["en"]  # a folder opens (os.open), then fails to read: closed, English


def test_only_the_head_of_a_file_is_glanced_at(tmp_path):
    """The lane is read from the first 2 KB: a Chinese title past them leaves a file in the English lane."""
    path = write(tmp_path, "team.okr.yaml", "objectives:\n" + "# padding\n" * 300 + "  - title: 客户当天得到答复\n")
    assert lane_of(path) == LANES["en"]
    path.write_text("objectives:\n" + "# padding\n" * 100 + "  - title: 客户当天得到答复\n", encoding="utf-8")
    assert lane_of(path) == LANES["zh"]


def test_each_window_of_files_is_regrouped_by_lane_the_chinese_first_and_no_file_leaves_its_window():
    en, ru, zh = LANES["en"], LANES["ru"], LANES["zh"]
    lanes = [en, zh, ru, en, zh, ru, ru]
    assert lane_order(lanes, window=3) == [1, 0, 2, 4, 3, 5, 6]
    big = [n % 3 for n in range(2 * WINDOW + 5)]
    order = lane_order(big)
    assert sorted(order) == list(range(len(big)))
    for start in range(0, len(big), WINDOW):
        window = order[start:start + WINDOW]
        assert sorted(window) == list(range(start, min(start + WINDOW, len(big))))
        assert [big[n] for n in window] == sorted((big[n] for n in window), key=lambda lane: (lane != zh, lane))


def test_the_parent_leaves_the_chinese_files_to_its_workers_while_their_share_can_hold_them():
    en, ru, zh = LANES["en"], LANES["ru"], LANES["zh"]
    assert left_to_workers([en, ru, zh] * 10, processes=2) == {zh}
    assert left_to_workers([zh] * 5 + [en] * 5, processes=2) == {zh}  # half: the worker's share
    assert left_to_workers([zh] * 6 + [en] * 4, processes=2) == set()  # more than a worker's share: the parent helps
    assert left_to_workers([zh] * 6 + [en] * 4, processes=3) == {zh}  # two workers' share is two thirds
    assert left_to_workers([zh] * 10, processes=2) == set()  # the only lane: the parent lints it too
    assert left_to_workers([en, ru] * 5, processes=2) == set()


def test_outcomes_in_lane_order_are_put_back_in_the_files_order_holding_at_most_a_window():
    lanes = [n * 7 % 3 for n in range(250)]
    order = lane_order(lanes)
    held: list[int] = []

    def outcomes():
        for yielded, number in enumerate(order):
            held.append(yielded - given[0])  # outcomes computed but not yet given back in order
            yield f"outcome of {number}"

    given = [0]
    back = []
    for outcome in in_plan_order(outcomes(), order):
        back.append(outcome)
        given[0] += 1
    assert back == [f"outcome of {n}" for n in range(250)]
    assert max(held) < WINDOW


def test_closing_the_outcomes_in_files_order_closes_the_pools_iterator():
    closed = []

    def outcomes():
        try:
            yield from ("a", "b", "c")
        finally:
            closed.append(True)

    back = in_plan_order(outcomes(), [1, 0, 2])
    assert next(back) == "b"  # item 0 came second
    back.close()
    assert closed == [True]


def test_the_parent_takes_its_own_lanes_near_batches_first_then_any():
    from okrlint.pool import HELD_AHEAD, _candidates

    batches = [range(n * 16, n * 16 + 16) for n in range(12)]
    lanes = [(n // 32) % 3 for n in range(12 * 16)]  # two batches of each lane in turn
    # lane 2's batches 4, 5 come first; 10, 11 are past HELD_AHEAD items from batch 1
    assert HELD_AHEAD == 128
    assert list(_candidates(batches, 1, lanes, 2))[:3] == [4, 5, 1]
    assert list(_candidates(batches, 1, lanes, None)) == list(range(1, 12))  # no lane yet: in order
    assert list(_candidates(batches, 1, None, 2)) == list(range(1, 12))


PARENT: list[int] = [0]


def slow_in_a_worker(number: int) -> tuple[int, bool]:
    """The pool test's work: slow in a worker, so that the parent would take whatever it is offered."""
    import os
    import time

    if os.getpid() != PARENT[0]:
        time.sleep(0.1)
    return number, os.getpid() == PARENT[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent lints beside forked workers only")
def test_the_parent_lints_its_own_lane_and_the_workers_are_given_it_last(monkeypatch):
    from okrlint.pool import in_order, own_lane, submission_order

    monkeypatch.setattr(sys.modules[__name__], "PARENT", [os.getpid()])
    lanes = [0] * 32 + [1] * 16
    assert own_lane(lanes) == 1  # the fewest items: the parent also merges every outcome
    batches = [range(0, 16), range(16, 32), range(32, 48)]
    assert submission_order(batches, lanes, 1) == batches  # already last
    assert submission_order(batches[::-1], lanes, 1) == [range(16, 32), range(0, 16), range(32, 48)]
    results = list(in_order(slow_in_a_worker, list(range(48)), 2, lambda: None, (), lint_here=True, lanes=lanes))
    assert [number for number, _ in results] == list(range(48))  # in order
    assert all(here for number, here in results if lanes[number] == 1)  # its lane, every item
    assert not all(here for _, here in results)  # and the worker had work


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent lints beside forked workers only")
def test_the_parent_never_lints_a_lane_it_leaves_to_the_workers_even_when_they_are_slow(monkeypatch):
    from okrlint.pool import batches_for, in_order, own_lane

    monkeypatch.setattr(sys.modules[__name__], "PARENT", [os.getpid()])
    lanes = [2] * 5 + [0] * 20 + [1] * 13 + [2] * 10  # the lanes change inside what would be one batch
    assert own_lane(lanes, frozenset({2})) == 1  # the fewest items of the lanes it takes
    assert all(len({lanes[n] for n in batch}) == 1 for batch in batches_for(len(lanes), 2, lanes))
    results = list(in_order(slow_in_a_worker, list(range(48)), 2, lambda: None, (), lint_here=True, lanes=lanes,
                            left=frozenset({2})))
    assert [number for number, _ in results] == list(range(48))  # in order
    assert not any(here for number, here in results if lanes[number] == 2)  # none of the lane it leaves
    assert all(here for number, here in results if lanes[number] == 1)  # all of its own


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent lints beside forked workers only")
def test_a_worker_that_dies_in_its_lane_costs_at_most_its_own_item(monkeypatch):
    from okrlint.pool import WorkerLost, in_order
    from tests import test_jobs

    monkeypatch.setattr(test_jobs, "PARENT", [os.getpid()])
    lanes = [0] * 30 + [1] * 10  # item 5 is in the worker's lane: it ends the worker that gets it
    results = list(in_order(test_jobs.numbered, list(range(40)), 2, lambda: None, (), lint_here=True, lanes=lanes))
    assert [r for n, r in enumerate(results) if n != 5] == [n * 10 for n in range(40) if n != 5]
    assert results[5] == 50 or isinstance(results[5], WorkerLost)  # 50: the parent took it before the worker did
