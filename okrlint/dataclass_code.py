"""The compiled code of the methods `@dataclass` writes, kept between runs.

`@dataclass` writes each class's `__init__`, `__repr__`, `__eq__`, … as Python source and hands
it to `exec`, which compiles it on every import: a cold `okrlint check` of one file defines ~120
dataclasses (okrlint's own, and those of pydantic, annotated_types and typer) and spent ~20% of
its instructions compiling those ~500 little functions. The code depends only on the source text
and the Python that compiles it, so it is kept in one `marshal` file in the per-user cache folder
(`cache_dirs.private_cache_dir`: never the linted tree, never the shared temporary folder), like
`compiled_patterns` keeps regex programs and Python keeps `__pycache__`.

How: `install()` gives the `dataclasses` module its own `exec` (a module global shadows the
builtin): source text it has compiled before comes from the file, new text is compiled exactly as
`exec` would (filename "<string>", no `__future__` flags of ours) and kept. The functions are the
same; only where their code comes from changes. A missing, corrupt or foreign file is ignored and
rewritten atomically at exit. A Python whose `dataclasses` does not call `exec` with source text
simply never reaches the cache.
"""

from __future__ import annotations

import atexit
import builtins
import types
from pathlib import Path
from typing import Any

from okrlint.cache_dirs import code_cache_file, read_code_map, write_code_map

FORMAT = 1  # bump when what is kept changes
MAX_FUNCTIONS = 4_000  # a run defines ~500; past this the file keeps only what the last process used

_codes: dict[str, types.CodeType] | None = None
_used: set[str] = set()  # the sources this process compiled or read
_added = False


def install() -> None:
    """From now on, dataclasses made in this process take their methods' code from the cache."""
    import dataclasses

    if getattr(dataclasses, "exec", None) is not _exec:
        dataclasses.exec = _exec  # type: ignore[attr-defined]


def _exec(source: Any, globals: dict[str, Any] | None = None, locals: Any = None) -> None:
    """`exec` for dataclasses: the same result, the compiled code read from the cache when kept."""
    if isinstance(source, str):
        codes = _loaded()
        code = codes.get(source)
        if code is None:
            # what exec(source) compiles: the caller (dataclasses) has no __future__ flags, so none of ours
            code = compile(source, "<string>", "exec", dont_inherit=True)
            _keep(codes, source, code)
        _used.add(source)
        source = code
    builtins.exec(source, globals, locals)


def cache_file() -> Path | None:
    """Where this Python's code is kept; None when there is no safe folder."""
    return code_cache_file("dataclass-code", FORMAT)


def _loaded() -> dict[str, types.CodeType]:
    global _codes
    if _codes is None:
        _codes = read_code_map(cache_file())
    return _codes


def _keep(codes: dict[str, types.CodeType], source: str, code: types.CodeType) -> None:
    global _added
    codes[source] = code
    if not _added:
        _added = True
        atexit.register(_save)


def _save() -> None:
    """Write the code this process knows (at exit, once something was added); past MAX_FUNCTIONS
    only what it used, so classes that are gone (an older okrlint, a test's) do not crowd out new ones."""
    path = cache_file()
    if path is None or _codes is None:
        return
    write_code_map(path, _codes, _used, MAX_FUNCTIONS)
