"""Code spans as names: "`sync_orders`", "`docs/usage.md`", "`make lint`" name one made thing each.

`normalize` keeps a code span's content (only the backticks go), so the analyzers would read
"sync_orders" as the words "sync" and "orders" — an order count — and "`make lint`" as an order to
make something. Inside a code span there are no words of the language, only a name of the team's
own work: a file, a function, a command, a setting. `merge_code_spans` turns the tokens of each code
span into one token, a proper name in the word classes `code` and `artifacts` (a thing made).
"""

from __future__ import annotations

from okrlint.analysis.facts import Pos, Token, attach_classes
from okrlint.analysis.normalize import code_span_contents

CODE_CLASSES = frozenset({"code", "artifacts"})


def merge_code_spans(tokens: tuple[Token, ...], normalized: str, original: str, lang: str,
                     read: str | None = None) -> tuple[Token, ...]:
    """The tokens with each code span of `original` found in `normalized` as one token. `read` is the
    text the tokens were read from when it is not `normalized` (a Traditional text's Simplified copy,
    one character for one): the name is spelt as the other tokens are."""
    spans = _spans_in(normalized, code_span_contents(original))
    read = normalized if read is None else read
    if not spans:
        return tokens
    merged: list[Token] = []
    at = 0
    for start, end in spans:
        inside = [t for t in tokens[at:] if t.start >= start and t.end <= end]
        while at < len(tokens) and tokens[at].end <= start:
            merged.append(tokens[at])
            at += 1
        if not inside:
            continue
        while at < len(tokens) and tokens[at].start < end:
            at += 1  # the span's own tokens (and any that straddle its end) give way to the name
        name = Token(read[start:end], read[start:end].lower(), Pos.PROPN, lang, start, end)
        attach_classes(name, CODE_CLASSES)
        merged.append(name)
    merged.extend(tokens[at:])
    return tuple(merged)


def _spans_in(normalized: str, contents: list[str]) -> list[tuple[int, int]]:
    """Where each code span's content stands in the normalised text, in order (a span that a later
    step of `normalize` removed, with a label or a note, is not there)."""
    spans: list[tuple[int, int]] = []
    searched_from = 0
    for content in contents:
        found = normalized.find(content, searched_from) if content else -1
        if found >= 0:
            spans.append((found, found + len(content)))
            searched_from = found + len(content)
    return spans
