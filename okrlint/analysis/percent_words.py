"""The percent sign spelled out: "100 percent of the team", «100 процентов команды».

A word after a number that only says "%" is the sign, not a noun of the sentence: left a noun, "percent"
heads "Train 100 percent of team members" and hides whom the KR is about (the members), where "100%"
leaves them the head. `quantities.py` reads the spelled sign already; this gives its words the sign's part.
"""

from __future__ import annotations

from okrlint.analysis.facts import NUM, SYM, Token, new_token
from okrlint.analysis.word_classes import NO_CLASSES
from okrlint.compiled_patterns import compile_pattern

# a digit, then the word: most texts have neither, and are let through on one search
SPELLED_PERCENT = compile_pattern(r"(?i)\d\s*(?:percent|per\s+cent|pct\b|процент)")

_SIGN_WORDS = frozenset({"percent", "pct"})


def as_percent_signs(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens, with each spelled percent sign right after a number made a SYM whose lemma is "%"."""
    out = list(tokens)
    for i in range(1, len(out)):
        token, before = out[i], out[i - 1]
        if before.pos is not NUM:
            continue
        low = token.text.lower()
        if low in _SIGN_WORDS or token.lemma == "процент":
            out[i] = _sign(token)
        elif low == "per" and i + 1 < len(out) and out[i + 1].text.lower() == "cent":
            out[i], out[i + 1] = _sign(token), _sign(out[i + 1])
    return tuple(out)


def _sign(token: Token) -> Token:
    return new_token(token.text, "%", SYM, token.lang, token.start, token.end, classes=NO_CLASSES)
