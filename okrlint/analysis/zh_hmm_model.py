"""jieba.posseg's HMM model (its four tables) from one marshal file, not from jieba's four modules.

jieba.posseg imports its model at import time from four Python modules of dict literals
(`char_state_tab`, `prob_start`, `prob_trans`, `prob_emit`: 5.8 MB of source): running their
bytecode to build the dicts was ~37 ms of a cold Chinese run, the same dicts read from one marshal
file ~22 ms. Before jieba.posseg is imported, each of the four is put in `sys.modules` as a module
holding the table read from the file (`from .prob_emit import P as emit_P` then finds it there);
after an import that read them from jieba's modules, the file is written for the next run.

The file lives in the per-user cache folder jieba's tables use (zh_tables.py), named after jieba's
version and each module file's state (size, modification and change times, inode): the modules are
jieba's installed files, keyed as okrlint keys its own code. A missing, corrupt or foreign file is
ignored (jieba's modules are imported as usual) and written again.
"""

from __future__ import annotations

import hashlib
import operator
import os
import sys
import types
from pathlib import Path
from typing import Any

from okrlint.cache_dirs import read_marshal, write_marshal

FORMAT = 1  # bump when what the file holds changes
TABLES = ("char_state_tab", "prob_start", "prob_trans", "prob_emit")
_PACKAGE = "jieba.posseg"


def cache_file(folder: str | None, jieba: Any) -> Path | None:
    """Where the model of this jieba's posseg lives; None when it must not be kept (no folder, no files)."""
    if folder is None:
        return None
    key = hashlib.sha256(f"{FORMAT}\0{getattr(jieba, '__version__', '')}".encode())
    source = os.path.join(os.path.dirname(jieba.__file__), "posseg")
    for name in TABLES:
        try:
            info = os.stat(os.path.join(source, f"{name}.py"))
        except OSError:
            return None
        key.update(f"\0{name}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_ctime_ns}\0{info.st_ino}".encode())
    return Path(folder) / f"jieba-hmm-{key.hexdigest()[:24]}.marshal"


def put_in_modules(path: Path | None) -> bool:
    """Before jieba.posseg is imported: its four table modules from `path`, when it holds them all."""
    if path is None or _PACKAGE in sys.modules or any(f"{_PACKAGE}.{name}" in sys.modules for name in TABLES):
        return False
    tables = read_marshal(path)
    if not (isinstance(tables, tuple) and len(tables) == len(TABLES) and all(isinstance(t, dict) and t for t in tables)):
        return False
    for name, table in zip(TABLES, tables):
        module = types.ModuleType(f"{_PACKAGE}.{name}", f"jieba.posseg's {name} table, read from {path.name}")
        module.P = table  # type: ignore[attr-defined]
        sys.modules[module.__name__] = module
    return True


def take_out_of_modules() -> None:
    """The import these were put in for failed: nothing of them stays in `sys.modules`."""
    for name in TABLES:
        module = sys.modules.get(f"{_PACKAGE}.{name}")
        if module is not None and getattr(module, "__file__", None) is None:
            del sys.modules[f"{_PACKAGE}.{name}"]


def keep(path: Path | None, posseg: Any) -> None:
    """After jieba.posseg was imported from its own modules: its four tables, for the next run."""
    if path is None:
        return
    tables = tuple(getattr(sys.modules.get(f"{_PACKAGE}.{name}"), "P", None) for name in TABLES)
    used = (getattr(posseg, "char_state_tab_P", None), getattr(posseg, "start_P", None), getattr(posseg, "trans_P", None),
            getattr(posseg, "emit_P", None))
    if all(isinstance(table, dict) and table for table in tables) and all(map(operator.is_, used, tables)):
        write_marshal(path, tables)  # a read-only home, a full disk: the next run imports the modules again
