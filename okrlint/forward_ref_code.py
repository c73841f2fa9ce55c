"""The compiled code of the type annotations written as strings, kept between runs.

`typing.ForwardRef` compiles each annotation it is given as a string ("int | None") when it is
made: importing pydantic makes ~630 of them (pydantic-core's and pydantic's TypedDicts, whose
modules use `from __future__ import annotations`), typer and okrlint's own some more, and a cold
`okrlint check` of one file spent ~6% of its instructions compiling those ~740 little
expressions. The code depends only on the text and the Python that compiles it, so it is kept in
one `marshal` file in the per-user cache folder (`cache_dirs.private_cache_dir`: never the linted
tree, never the shared temporary folder), as `dataclass_code` keeps the code of dataclasses'
methods.

How: `install()` gives the `typing` module its own `compile` (a module global shadows the
builtin). An expression it has compiled before comes from the file; anything else is compiled
exactly as typing's call would compile it (no `__future__` flags: typing has none) and kept. A
text that is no expression raises the SyntaxError it always raised, and is not kept. A missing,
corrupt or foreign file is ignored and rewritten atomically at exit.
"""

from __future__ import annotations

import atexit
import builtins
import types
from pathlib import Path
from typing import Any

from okrlint.cache_dirs import code_cache_file, read_code_map, write_code_map

FORMAT = 1  # bump when what is kept changes
MAX_EXPRESSIONS = 4_000  # a run compiles ~740; past this the file keeps only what the last process used

_codes: dict[str, types.CodeType] | None = None
_used: set[str] = set()  # the expressions this process compiled or read
_added = False


def install() -> None:
    """From now on, typing's forward references take their code from the cache."""
    import typing

    if getattr(typing, "compile", None) is not _compile:
        typing.compile = _compile  # type: ignore[attr-defined]


def _compile(source: Any, filename: Any, mode: Any, flags: int = 0, dont_inherit: bool = False, optimize: int = -1) -> Any:
    """`compile` for typing: an expression's code from the cache when kept; any other call as the builtin does it."""
    if not (type(source) is str and filename == "<string>" and mode == "eval" and flags == 0 and optimize == -1):
        return builtins.compile(source, filename, mode, flags, dont_inherit, optimize)
    codes = _loaded()
    code = codes.get(source)
    if code is None:
        code = builtins.compile(source, filename, mode, dont_inherit=True)  # typing has no __future__ flags to pass on
        _keep(codes, source, code)
    _used.add(source)
    return code


def cache_file() -> Path | None:
    """Where this Python's code is kept; None when there is no safe folder."""
    return code_cache_file("forward-ref-code", FORMAT)


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
    """Write the code this process knows (at exit, once something was added); past MAX_EXPRESSIONS only what it used."""
    path = cache_file()
    if path is None or _codes is None:
        return
    write_code_map(path, _codes, _used, MAX_EXPRESSIONS)
