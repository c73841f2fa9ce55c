"""typer's option coercion, built only for an option whose value needs it.

typer 0.2x turns each option's value into its Python type through a pydantic TypeAdapter, built
the first time the option is processed: for every option of the command, including the ~20 a run
leaves at None, whose coercion is None without any adapter. Building them, and pydantic's plugin
scan that imports importlib.metadata for the first one, was ~15% of a cold `check` of one file.

`defer()` gives each parameter a stand-in that answers None as typer's coercion does, passes the
three kinds of value a usual run gives (a str, a tuple of str for a list[str], an Enum choice)
through typer's own steps, leaving out only pydantic's wrapping that returns them unchanged, and
builds typer's coercion for anything else. A value typer would refuse always goes through
typer's coercion, so every message about a bad option is typer's own. A typer without these
internals (0.16 builds on click's types), or whose internals no longer fit (a newer release), keeps
its own coercion: the stand-in is made and asked only where nothing raises.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, Iterable

try:
    from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
    from typer._param_types import coerce_cli_choice
    from typer._typing import get_args, get_origin
except ImportError:  # pragma: no cover - typer before 0.2x: click's types coerce, nothing to defer
    RuntimeParam = None  # type: ignore[assignment,misc]

_NOT_PLAIN = object()


def defer(params: Iterable[Any]) -> None:
    """Give each typer parameter of a command the stand-in coercion (a no-op on other typers)."""
    if RuntimeParam is None:
        return
    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        if (isinstance(descriptor, TypeDescriptor) and getattr(descriptor, "file_annotation", True) is None
                and getattr(param, "_runtime_param", False) is None):
            try:
                param._runtime_param = _Deferred(descriptor)
            except Exception:  # a typer whose internals changed: its own coercion, built as it builds it
                continue


if RuntimeParam is not None:

    class _Deferred(RuntimeParam):  # type: ignore[misc,valid-type]
        """typer's coercion of one parameter, built on the first value that needs it.

        Not a dataclass of its own (making one costs ~1% of a cold run): RuntimeParam's fields
        are set by its own __init__, the descriptor beside them."""

        descriptor: TypeDescriptor

        def __init__(self, descriptor: TypeDescriptor) -> None:
            super().__init__(descriptor.parameter_info, descriptor.annotation)
            object.__setattr__(self, "descriptor", descriptor)  # RuntimeParam is frozen

        def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
            if value is None:  # typer's answer (None, or () for a multi-value option) comes before any adapter
                return super().coerce(value, param=param, ctx=ctx)
            try:
                multiple = param.multiple or param.nargs == -1
                plain = _plain(self.annotation, self.parameter_info, value, multiple, ctx)
            except Exception:  # internals that no longer fit: typer's own coercion decides
                plain = _NOT_PLAIN
            if plain is not _NOT_PLAIN:
                return plain
            return self._built(param).coerce(value, param=param, ctx=ctx)

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            return self._built(param)._coerce_value(value, param=param, ctx=ctx)

        def _built(self, param: Any) -> Any:
            built = build_runtime_param(self.descriptor)
            param._runtime_param = built  # later values go straight to it
            return built


def _plain(annotation: Any, info: Any, value: Any, multiple: bool, ctx: Any) -> Any:
    """What typer's coercion returns for a value of the usual kinds, or _NOT_PLAIN to ask it.

    typer's adapters for these are a pydantic `str` (which returns a str unchanged), `Any` (which
    returns anything unchanged) and `list[Any]` around them (a list of the same items)."""
    if info.parser is not None:
        return _NOT_PLAIN
    if multiple:  # list[str]: each item through typer's str step, which returns a str unchanged
        if get_origin(annotation) is list and get_args(annotation) == (str,) and type(value) in (tuple, list) \
                and all(type(item) is str for item in value):
            return list(value)
        return _NOT_PLAIN
    if annotation is str and type(value) is str:
        return value
    if annotation is int and type(value) is str:  # "--jobs 2": building typer's int adapter was ~20 ms of a run
        return _plain_int(info, value)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        try:  # typer's own choice step; a value it refuses goes to the adapter, for typer's message
            return coerce_cli_choice(value, choices=list(annotation), case_sensitive=info.case_sensitive, ctx=ctx)
        except Exception:
            return _NOT_PLAIN
    return _NOT_PLAIN


def _plain_int(info: Any, value: str) -> Any:
    """A whole number written plainly ("2", not "02", " 2" or "2.0") within the option's range, or
    _NOT_PLAIN: typer's adapter (pydantic's lax int) gives the same number for these; every other
    value, and every value out of range, goes to it for its own value or message."""
    if not (value.isascii() and value.isdigit()) or len(value) > 6 or (len(value) > 1 and value[0] == "0"):
        return _NOT_PLAIN
    number = int(value)
    if getattr(info, "clamp", False) or (info.min is not None and number < info.min) \
            or (info.max is not None and number > info.max):
        return _NOT_PLAIN
    return number
