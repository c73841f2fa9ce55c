"""Whether okrlint colours a stream, and consoles that keep to that decision.

Precedence, like ruff: `--color always|never` wins; with `--color auto` (the default) a non-empty
NO_COLOR turns colour off, then a non-empty FORCE_COLOR turns it on, else colour is used only on
a terminal. "Off" means no escape code at all, not even bold or underline: many CI systems set
FORCE_COLOR globally, and a log or a file must stay plain text when the user said so.
"""

from __future__ import annotations

import os
from enum import Enum
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:  # rich loads only when something is printed through it (a JSON report never is)
    from rich.console import Console


class ColorChoice(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


def is_terminal(stream: IO[str] | None) -> bool:
    """A real terminal (not what FORCE_COLOR claims)."""
    try:
        return stream is not None and stream.isatty()
    except (ValueError, OSError):  # a closed or detached stream
        return False


def use_color(choice: ColorChoice, stream: IO[str] | None) -> bool:
    if choice is not ColorChoice.auto:
        return choice is ColorChoice.always
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return is_terminal(stream)


def console(color: bool, width: int | None = None, stderr: bool = False, file: IO[str] | None = None) -> Console:
    """A rich console on stdout (stderr, or `file`) that emits escape codes exactly when `color` is true."""
    from rich.console import Console

    return Console(
        file=file, stderr=stderr, width=width, highlight=False, soft_wrap=True,
        # Explicit values, so rich does not read NO_COLOR / FORCE_COLOR again: the decision is made.
        force_terminal=color, color_system="auto" if color else None, no_color=False,
    )
