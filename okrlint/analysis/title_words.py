"""English small words a sentence writes in lower case: one of them capitalised after the first word marks a
title ("Secure The Company", "Drive MRARR From 12 To 25"), where every word carries a capital that names nothing.

Shared by the English tagger (is the text a title?) and the number finder (is a capitalised word before a
number part of a name, as in "Fortune 500", or a title's preposition?).
"""

from __future__ import annotations

from okrlint.analysis.lazyre import lazy_compile

TITLE_SMALL_WORDS = frozenset(
    "the a an to of and or for with in on at by from within than least most over under above below about around "
    "per into across between up down less more fewer my our your its is are".split())

# One of them capitalised after a word in lower case and a space: the text is a title
CAPITALISED_SMALL_WORD = lazy_compile(
    r"(?<=[a-z] )(?:" + "|".join(sorted(w.capitalize() for w in TITLE_SMALL_WORDS)) + r")\b")
