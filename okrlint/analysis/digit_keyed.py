"""Texts that differ only in their ASCII digits ("с 12 до 8 часов", "从30小时缩短到5小时"): the key they share,
and a bounded store of what was built for one of them.

The Russian and Chinese tokenizers keep a text's tokens under its key and, for the next text of that key,
build again only the tokens that hold a digit (see "Texts cut before" in ru.py and zh.py).
"""

from __future__ import annotations

from typing import TypeVar

from okrlint.compiled_patterns import compile_pattern

MAX_TEXT = 200  # characters: a longer text is not remembered
_MAX_TEXTS = 2048  # texts a store keeps: emptied when full, so memory stays bounded
_ASCII_DIGIT = compile_pattern("[0-9]")
_NONZERO_DIGIT = compile_pattern("[1-9]")

Entry = TypeVar("Entry")


def keyed(text: str) -> bool:
    """Whether `text` is remembered by its key: short enough, and with an ASCII digit to hide."""
    return len(text) <= MAX_TEXT and _ASCII_DIGIT.search(text) is not None


def has_digit(word: str) -> bool:
    return _ASCII_DIGIT.search(word) is not None


def digit_key(text: str) -> str:
    """`text` with each ASCII digit 1-9 as 0."""
    return _NONZERO_DIGIT.sub("0", text)


def remember(store: dict[str, Entry], key: str, entry: Entry) -> None:
    """Keep `entry` under `key`, emptying `store` first when it is full."""
    if len(store) >= _MAX_TEXTS:
        store.clear()
    store[key] = entry
