"""A text with where each of its pieces was written, for readers that join or trim source lines.

A Markdown paragraph wraps over several lines and is read as one text ("Cut time to first
deploy" + "from 5 days to 1"); a label in front ("KR1:") or an owner handle behind ("@anna") is
trimmed off. Each piece keeps its line and column, so any part of the text maps back to the file.
"""

from __future__ import annotations

from dataclasses import dataclass

from okrlint.readers.nodes import Place


@dataclass(frozen=True, slots=True)
class Located:
    """`value`, whose piece starting at each offset was written at (line, column)."""

    value: str
    pieces: tuple[tuple[int, int, int], ...]  # (offset in value, 1-based line, 1-based column), offsets ascending

    @classmethod
    def joined(cls, lines: list[tuple[str, int, int]]) -> Located:
        """Source lines (text, line, column) read as one text, joined by single spaces."""
        value, pieces = "", []
        for text, line, column in lines:
            if value:
                value += " "
            pieces.append((len(value), line, column))
            value += text
        return cls(value, tuple(pieces))

    def _position(self, offset: int) -> tuple[int, int]:
        start, line, column = self.pieces[0]
        for piece in self.pieces:
            if piece[0] > offset:
                break
            start, line, column = piece
        return line, column + offset - start

    @property
    def place(self) -> Place:
        line, column = self._position(0)
        end_line, end_column = self._position(max(len(self.value) - 1, 0))
        return Place(line, column, end_line, end_column + (1 if self.value else 0))

    def trimmed(self, start: int, end: int | None = None) -> Located:
        """The part `value[start:end]`, still placed where it was written."""
        end = len(self.value) if end is None else end
        first = [p for p in self.pieces if p[0] <= start][-1:]  # the piece `start` falls in
        inside = [p for p in self.pieces if start < p[0] < end]
        pieces = []
        if first:
            offset, line, column = first[0]
            pieces.append((0, line, column + start - offset))
        pieces += [(offset - start, line, column) for offset, line, column in inside]
        return Located(self.value[start:end], tuple(pieces))

    def stripped(self) -> Located:
        """Without surrounding white space."""
        left = len(self.value) - len(self.value.lstrip())
        return self.trimmed(left, len(self.value.rstrip()))
