"""A stderr console made on first use: most runs print nothing there, and rich costs ~15 ms to import."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from rich.console import Console


class LazyConsole:
    """Stands for the console `make` returns; makes it on the first attribute asked for (`print`, `width`)."""

    __slots__ = ("_make", "_console")

    def __init__(self, make: Callable[[], Console]) -> None:
        self._make = make
        self._console: Console | None = None

    def __getattr__(self, name: str) -> Any:
        if self._console is None:
            self._console = self._make()
        return getattr(self._console, name)
