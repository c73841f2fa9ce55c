"""Regular expressions whose compiled programs are kept between runs.

`re.compile` parses a pattern and builds its matching program in Python: 65–110 ms of a cold
run of one file goes there (the number, date and normalisation patterns are long alternations
over three languages). The program depends only on the pattern, the flags and the Python that
built it, so it is kept in one `marshal` file in the per-user cache folder (see
`cache_dirs.private_cache_dir`: never the linted tree, never the shared temporary folder, where a
file could be planted). A later run hands the kept program to the regex engine, which checks it
before use. The file is named after the Python version and the regex engine's magic number; a
missing, corrupt or foreign file is ignored (the patterns are compiled as usual) and rewritten
atomically at exit. Each program is marshalled on its own inside the file: the file holds every
pattern of three languages, of the modules okrlint imports and of older okrlints, and unpacking all
of them was ~6 ms of every run, which uses ~200. Past MAX_PROGRAMS the next process writes back
only what it used (a test run compiles thousands of patterns of its own): a new pattern is always
kept and a run does not read megabytes of stale ones.

Patterns made here equal `re.compile`'s (`==` compares pattern, flags and program; a test
checks every pattern a run uses). This uses `re`'s internal compiler (`re._parser`,
`re._compiler`, `_sre.compile`): when any of it is missing, `compile_pattern` is `re.compile`.
"""

from __future__ import annotations

import atexit
import marshal
import re
import sys
from pathlib import Path
from typing import Any

from okrlint.cache_dirs import private_cache_dir, read_marshal, write_marshal

FORMAT = 2  # bump when what is kept per pattern changes
MAX_PROGRAMS = 1_000  # a run uses ~200, all three languages ~400; past this, only the next process's are kept
_UNCACHED_FLAGS = re.DEBUG | 1  # 1: re.TEMPLATE, deprecated (its name is gone in 3.13)

try:  # CPython's regex compiler, split the way re.compile does it
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _ENGINE = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover - another Python: plain re.compile
    _ENGINE = ""

# (flags, program, groups, groupindex, indexgroup), what _sre.compile takes
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
# (pattern, flags) → its Program, marshalled: unpacked when the pattern is asked for (bytes patterns too)
_programs: dict[tuple[str | bytes, int], bytes] | None = None
_used: set[tuple[str | bytes, int]] = set()  # the patterns this process asked for
_added = False


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` for a str pattern, its program read from the cache when kept."""
    flags = int(flags)
    if not _ENGINE or not isinstance(pattern, str) or flags & _UNCACHED_FLAGS:
        return re.compile(pattern, flags)
    return _compiled(pattern, flags)


def install() -> None:
    """From now on, every pattern `re` compiles in this process takes its program from the cache too.

    The modules a run imports compile ~60 patterns of their own as they load (PyYAML's printable
    characters and glibc's version pattern in `platform` alone ~8 ms). `re` hands a pattern it has
    not seen in this process to `re._compiler.compile`; this puts the cache in front of it. Used
    before typer, pydantic and PyYAML are imported, as dataclass_code.install is."""
    global _plain_compile
    if _ENGINE and _plain_compile is None:
        _plain_compile = _compiler.compile
        _compiler.compile = _compile_for_re


_plain_compile: Any = None  # re._compiler.compile before install()


def _compile_for_re(pattern: Any, flags: int = 0) -> Any:
    """re._compiler.compile, with the program of a str or bytes pattern read from the cache when kept."""
    if isinstance(pattern, (str, bytes)) and isinstance(flags, int) and not flags & _UNCACHED_FLAGS:
        return _compiled(pattern, int(flags))
    return _plain_compile(pattern, flags)


def _compiled(pattern: Any, flags: int) -> Any:
    programs = _loaded()
    _used.add((pattern, flags))
    kept = _unpacked(programs.get((pattern, flags)))
    if kept is not None:
        try:
            return _sre.compile(pattern, *kept)
        except (TypeError, ValueError, RuntimeError, OverflowError):  # a damaged program: the engine refuses it
            pass
    program = _program(pattern, flags)
    _keep(programs, (pattern, flags), program)
    return _sre.compile(pattern, *program)


def _program(pattern: Any, flags: int) -> Program:
    """What re._compiler.compile hands to _sre.compile (a syntax error raises re.error, as re.compile does)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # plain ints: the opcodes are named int constants, which marshal cannot write
    return int(flags | parsed.state.flags), [int(op) for op in code], parsed.state.groups - 1, groupindex, tuple(indexgroup)


def cache_file() -> Path | None:
    """Where this Python's programs are kept; None when there is no safe folder."""
    folder = private_cache_dir()
    return None if folder is None else folder / f"regex-{FORMAT}-{_ENGINE}.marshal"


def _loaded() -> dict[tuple[str | bytes, int], bytes]:
    global _programs
    if _programs is None:
        path = cache_file()
        data = None if path is None else read_marshal(path)
        # not checked entry by entry: a foreign key is never asked for, a damaged value never unpacks
        _programs = data if isinstance(data, dict) else {}
        if len(_programs) > MAX_PROGRAMS:
            _will_save()  # only what this process uses
    return _programs


def _unpacked(blob: bytes | None) -> Program | None:
    """The kept program of a pattern; None when there is none or it is damaged."""
    if blob is None:
        return None
    try:
        value = marshal.loads(blob)  # a TypeError when it is not bytes
    except (EOFError, ValueError, TypeError):
        return None
    if (isinstance(value, tuple) and len(value) == 5 and isinstance(value[0], int) and isinstance(value[1], list)
            and isinstance(value[2], int) and isinstance(value[3], dict) and isinstance(value[4], tuple)):
        return value
    return None


def _keep(programs: dict[tuple[str | bytes, int], bytes], key: tuple[str | bytes, int], program: Program) -> None:
    programs[key] = marshal.dumps(program)
    _will_save()


def _will_save() -> None:
    global _added
    if not _added:
        _added = True
        atexit.register(_save)


def _save() -> None:
    """Write every program this process knows (at exit, once something was added); past MAX_PROGRAMS
    only those it used, so patterns that are gone (an older okrlint, a test's) do not crowd out new ones."""
    path = cache_file()
    if path is None or _programs is None:
        return
    kept = _programs if len(_programs) <= MAX_PROGRAMS else {key: _programs[key] for key in _used if key in _programs}
    write_marshal(path, kept)
