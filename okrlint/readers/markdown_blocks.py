"""Markdown as the blocks OKR documents are made of: headings, paragraphs, lists, tables.

markdown-it-py (CommonMark, with the GFM table extension) parses the blocks and maps each one to
its source lines; inline markup is never parsed (labels, emphasis and links stay text, and no
inline construct can make a parse slow). Each text is found in its source line, so it keeps the
line and column where it was written. Block quotes are read through.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from okrlint.readers.located import Located

MAX_NESTING = 20  # markdown-it's own bound on nested blocks; OKR documents nest three or four


def parse_blocks(text: str, source: list[str]) -> list[Block]:
    """The blocks of a Markdown text; `source` is the text's lines, which the token maps point into."""
    return _blocks(_parser().parse(text), source)


def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table")
    # Blocks only: inline markup stays text (`text_join` exists from markdown-it-py 3.0 on).
    parser.core.ruler.disable(["inline", "text_join"], ignoreInvalid=True)
    return parser


@dataclass(slots=True)
class Block:
    """A Markdown block as OKRs use it: a heading, a paragraph (its lines), a list, a table."""

    kind: str  # heading | paragraph | list | table
    level: int = 0  # heading level
    lines: list[Located] = field(default_factory=list)  # heading: one; paragraph: one per source line
    items: list[Item] = field(default_factory=list)
    rows: list[list[Located]] = field(default_factory=list)  # table: the header row first


@dataclass(slots=True)
class Item:
    """A list item: its first paragraph as one text, and the blocks nested in it."""

    text: Located | None
    children: list[Block] = field(default_factory=list)


def _blocks(tokens: list[Token], source: list[str]) -> list[Block]:
    """The token stream as a tree of blocks (block quotes are read through)."""
    root: list[Block] = []
    stack: list[list[Block] | Item] = [root]  # where the next block goes
    lists: list[Block] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        kind = token.type
        here = stack[-1]
        target = here.children if isinstance(here, Item) else here
        if kind == "heading_open":
            target.append(Block("heading", level=int(token.tag[1]), lines=[_inline(tokens[index + 1], source)]))
            index += 2
        elif kind == "paragraph_open":
            lines = _inline_lines(tokens[index + 1], source)
            if isinstance(here, Item) and here.text is None and not here.children:
                here.text = Located.joined([(l.value, *l.pieces[0][1:]) for l in lines])
            else:
                target.append(Block("paragraph", lines=lines))
            index += 2
        elif kind in ("bullet_list_open", "ordered_list_open"):
            block = Block("list")
            target.append(block)
            lists.append(block)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            item = Item(None)
            lists[-1].items.append(item)
            stack.append(item)
        elif kind == "list_item_close":
            stack.pop()
        elif kind == "table_open":
            block = Block("table")
            target.append(block)
            index = _table(tokens, index, block, source)
        index += 1
    return root


def _table(tokens: list[Token], index: int, block: Block, source: list[str]) -> int:
    """Rows of a table (cells as texts); returns the index of `table_close`."""
    row: list[Located] = []
    while tokens[index].type != "table_close":
        token = tokens[index]
        if token.type == "tr_open":
            row = []
            block.rows.append(row)
        elif token.type == "inline":
            row.append(_cell(token, source, len(row)))
        index += 1
    return index


def _inline_lines(token: Token, source: list[str]) -> list[Located]:
    """Each source line of an inline token (a paragraph) as a located text."""
    first = token.map[0] if token.map else 0
    found = []
    for offset, text in enumerate(token.content.split("\n")):
        number = first + offset
        line = source[number] if number < len(source) else ""
        text = text.strip()
        at = line.find(text) if text else -1
        column = at + 1 if at >= 0 else len(line) - len(line.lstrip()) + 1
        found.append(Located(text, ((0, number + 1, column),)))
    return found


def _cell(token: Token, source: list[str], index: int) -> Located:
    """A table cell, found in its row's source line between the pipes (`\\|` inside a cell is no pipe)."""
    number = token.map[0] if token.map else 0
    line = source[number] if number < len(source) else ""
    bounds = [m.start() for m in re.finditer(r"(?<!\\)\|", line)]
    if line.strip().startswith("|"):
        bounds = bounds[1:]
    start = (bounds[index - 1] + 1) if 0 < index <= len(bounds) else (0 if index == 0 else len(line))
    if index == 0 and line.strip().startswith("|"):
        start = line.index("|") + 1
    text = token.content.strip()
    at = line.find(text, start) if text else -1
    column = at + 1 if at >= 0 else start + 1
    return Located(text, ((0, number + 1, column),))


def _inline(token: Token, source: list[str]) -> Located:
    """A heading as a located text (a setext heading may wrap)."""
    lines = _inline_lines(token, source)
    if len(lines) == 1:
        return lines[0]
    return Located.joined([(l.value, *l.pieces[0][1:]) for l in lines])
