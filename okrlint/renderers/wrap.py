"""Line breaking for the terminal report: at spaces, and between Chinese characters, never mid-word.

Widths are terminal cells (a Han character takes two), so a Chinese message fits as well as an
English one. The functions return character offsets, so a caller can cut a styled text, or draw
underlines under the part of an OKR text that landed on each line.
"""

from __future__ import annotations

import re

from rich.cells import cell_len

_WIDE = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff"
_CLOSING = "，。；：！？、）」』》”’"  # never starts a line: it stays with the character before it
# A piece is a run of spaces, one wide (CJK) character with its closing punctuation, or a word:
# the units a line may break between.
_PIECE = re.compile(rf"\s+|[{_WIDE}][{_CLOSING}]*|[^\s{_WIDE}]+[{_CLOSING}]*")


def wrap_offsets(text: str, width: int, first_width: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each line when `text` is broken to `width` cells (`first_width` for the first line).

    Spaces at a break are dropped. A word longer than a whole line is cut, the one case where
    nothing else fits.
    """
    lines: list[tuple[int, int]] = []
    room = max(first_width if first_width is not None else width, 1)
    start = end = None  # the current line's text, without trailing spaces
    used = 0
    for match in _PIECE.finditer(text):
        piece, at = match.group(), match.start()
        if piece.isspace():
            used += cell_len(piece) if start is not None else 0
            continue
        size = cell_len(piece)
        if start is not None and used + size > room:
            lines.append((start, end))
            start, used, room = None, 0, max(width, 1)
        if start is None:
            start, used = at, 0
        while size > room and used == 0:  # a word wider than a line: cut it, there is no better break
            cut = _fit(piece, room)
            lines.append((at, at + cut))
            piece, at, size = piece[cut:], at + cut, cell_len(piece[cut:])
            start, room = at, max(width, 1)
        used += size
        end = at + len(piece)
    if start is not None:
        lines.append((start, end))
    return lines or [(0, 0)]


def _fit(word: str, room: int) -> int:
    """How many characters of `word` fit in `room` cells (at least one)."""
    used = 0
    for index, char in enumerate(word):
        used += cell_len(char)
        if used > room:
            return max(index, 1)
    return len(word)
