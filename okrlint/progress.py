"""A progress display on stderr for long runs, so 3,000 files are not ten silent seconds.

On a terminal it is a rich progress bar that appears once the run has taken a moment and is
cleared at the end; it never shows in CI logs (CI set) or pipes unless asked with --progress,
and then it is a plain line every tenth of the run, which a log keeps readably.
"""

from __future__ import annotations

import os
import time
from types import TracebackType
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:  # `wanted` is asked on every run; rich loads only when a display is shown
    from rich.console import Console
    from rich.progress import Progress as RichProgress

MIN_FILES = 2  # one file has nothing to show progress through
DELAY_SECONDS = 0.5  # a run shorter than this shows nothing at all


def wanted(asked: bool | None, total: int, stream: IO[str] | None) -> bool:
    """--progress/--no-progress decide; by default only on a terminal, outside CI, with several files."""
    if asked is not None:
        return asked and total >= 1
    try:
        on_terminal = stream is not None and stream.isatty()
    except (ValueError, OSError):
        on_terminal = False
    return on_terminal and not os.environ.get("CI") and total >= MIN_FILES


class Progress:
    """Counts files as the engine finishes them; `live`: a bar on a terminal, else plain lines."""

    def __init__(self, total: int, console: Console, live: bool, delay: float = DELAY_SECONDS) -> None:
        self.total, self.console, self.live, self.delay = total, console, live, delay
        self.done = 0
        self.started = time.monotonic()
        self.bar: RichProgress | None = None
        self.task = None
        self.step = max(total // 10, 1)

    def __enter__(self) -> Progress:
        return self

    def advance(self, shown_as: str) -> None:
        self.done += 1
        if not self.live:
            if self.done % self.step == 0 or self.done == self.total:
                self.console.print(f"okrlint: {self.done}/{self.total} files checked", markup=False, highlight=False)
            return
        if self.bar is None and time.monotonic() - self.started >= self.delay:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as RichProgress, TextColumn, TimeRemainingColumn

            self.bar = RichProgress(TextColumn("okrlint"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                    console=self.console, transient=True)
            self.bar.start()
            self.task = self.bar.add_task("files", total=self.total, completed=self.done - 1)
        if self.bar is not None and self.task is not None:
            self.bar.update(self.task, completed=self.done)

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        if self.bar is not None:
            self.bar.stop()
