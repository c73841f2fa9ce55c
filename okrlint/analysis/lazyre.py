"""Regular expressions compiled on first use.

The quantity patterns cost ~80 ms to compile at import, most of them needed only for some
languages or some texts; a pre-commit run on one English file should not pay for Chinese
number words.
"""

from __future__ import annotations

import re
from typing import Any

from okrlint.compiled_patterns import compile_pattern


# The compiled pattern's methods, kept in slots once compiled: after that, `pattern.match` is a
# plain slot read of the bound method, not a `__getattr__` call on every use (~100k per 8k texts).
_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """Stands in for `re.compile(pattern, flags)` and compiles on the first attribute access."""

    __slots__ = ("_pattern", "_flags", "_compiled", *_METHODS)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:  # only for what is not set yet: the first use
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = compile_pattern(self._pattern, self._flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy_compile(pattern: str, flags: int = 0) -> Any:
    """Drop-in for re.compile at module level (typed Any so call sites keep Pattern's methods)."""
    return LazyPattern(pattern, flags)
