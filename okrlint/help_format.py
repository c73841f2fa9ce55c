"""Help screens that read right: a flag shows no value type, an argument no Python type.

typer 0.2x prints the Python type beside every parameter in `--help` ("--exit-zero <bool>",
"paths <list[str]>"), as if flags took values. These command classes hide the type of flags
(which take none) and of arguments, on every typer in our range. They also build typer's
coercion of an option only when its value needs it (okrlint/option_coercion.py).
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperCommand, TyperGroup

from okrlint import option_coercion


# Parameters are duck-typed: typer 0.16 builds on click, typer 0.2x on its own copy of it.
def _tidy(param: Any) -> None:
    if param.param_type_name == "option" and getattr(param, "is_flag", False) and param.metavar is None:
        param.metavar = ""  # an empty metavar shows nothing in the type column
    if param.param_type_name == "argument" and hasattr(param, "display_type_rich"):
        param.display_type_rich = _no_type  # type: ignore[method-assign]  # its name and help say it all


def _no_type(ctx: Any) -> None:
    return None


class Command(TyperCommand):
    """A typer command whose help shows flags as flags."""

    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)
        for param in params:
            _tidy(param)
        option_coercion.defer(params)  # the help option is made here, not with the others
        return params


class Group(TyperGroup):
    """The root group, with the same tidy help (`okrlint --help`)."""

    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)
        for param in params:
            _tidy(param)
        option_coercion.defer(params)  # the help option is made here, not with the others
        return params
