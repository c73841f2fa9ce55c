"""The bounded memo keeps its bounds in entries and characters, least recently used out first."""

from __future__ import annotations

from okrlint.memo import BoundedMemo, bounded_memo


def test_a_full_memo_drops_its_least_recently_used_entry() -> None:
    memo = BoundedMemo(max_entries=3, max_chars=10_000)
    for key in ("a", "b", "c"):
        memo.put((key,), key.upper())
    assert memo.get(("a",)) == "A"  # used: "b" is now the oldest
    memo.put(("d",), "D")
    assert list(memo._items) == [("c",), ("a",), ("d",)]
    assert memo.chars == sum(memo._weights.values()) == 3 * (64 + 1)


def test_the_characters_bound_drops_as_many_entries_as_it_takes() -> None:
    memo = BoundedMemo(max_entries=100, max_chars=3 * (64 + 10) + 20)
    for n in range(3):
        memo.put((f"{n}" * 10,), n)
    memo.put(("x" * 100,), "long")  # 164 characters more: two of the three must go
    assert list(memo._items) == [("2" * 10,), ("x" * 100,)]
    assert memo.chars == sum(memo._weights.values()) == (64 + 10) + (64 + 100)
    memo.put(("y" * 1000,), "too long")  # more than the whole memo: not kept, nothing dropped
    assert len(memo) == 2


def test_a_key_put_again_is_counted_once_and_used_last() -> None:
    memo = BoundedMemo(max_entries=2, max_chars=10_000)
    memo.put(("a", None), 1)
    memo.put(("b", "en"), 2)
    memo.put(("a", None), 3)
    assert list(memo._items.items()) == [(("b", "en"), 2), (("a", None), 3)]
    assert memo.chars == (64 + 1) + (64 + 3)  # strings count, None does not


def test_a_memoised_function_in_a_full_memo_answers_as_the_function_does() -> None:
    calls = []

    @bounded_memo(max_entries=8, max_chars=10_000)
    def double(text: str) -> str:
        calls.append(text)
        return text * 2

    assert [double(str(n % 12)) for n in range(40)] == [str(n % 12) * 2 for n in range(40)]
    assert len(double.memo) == 8 and double.memo.misses == len(calls) == 40  # 12 keys cycling through 8 places
    assert double("11") == "1111" and double.memo.hits == 1
