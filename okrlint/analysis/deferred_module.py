"""A module that stands in `sys.modules` for one not imported yet: the first attribute read imports it.

jieba's package imports `jieba.finalseg`, the HMM of its plain `cut`, whose tables are ~15 ms of a
cold Chinese run; okrlint cuts with jieba.posseg, which has an HMM of its own, and never reads
finalseg. Standing in for it while jieba is imported (`import jieba` then finds it in `sys.modules`),
it is imported for real only if some code uses it (a plain `jieba.cut`, a user dictionary word of
frequency 0): that code gets the real module's attribute, and the package's `finalseg` becomes the
real module as the import sets it.

`importlib.util.LazyLoader` cannot do this: the import system reads the module's `__spec__` when it
finds it in `sys.modules`, and any attribute read makes a lazy module load.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any


class DeferredModule(types.ModuleType):
    """Stands in for the module of its name until an attribute of it is read."""

    def __getattr__(self, name: str) -> Any:  # only for what the module's own dict lacks
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)  # introspection (the import system, copy, pickle) never imports it
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), name)


def defer(name: str) -> DeferredModule | None:
    """Put a stand-in for module `name` in `sys.modules`; None when the module is there already."""
    if name in sys.modules:
        return None
    stand_in = sys.modules[name] = DeferredModule(name)
    return stand_in


def undefer(stand_in: DeferredModule | None) -> None:
    """Take a stand-in out of `sys.modules` (the import it was put in for failed)."""
    if stand_in is not None and sys.modules.get(stand_in.__name__) is stand_in:
        del sys.modules[stand_in.__name__]
