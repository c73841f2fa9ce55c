"""The `okrlint` command's entry point: a run-level replay when nothing changed, else the cli.

Kept apart from okrlint/cli.py, whose imports (typer, rich, pydantic, the rules) are most of
the time of a run whose report okrlint/run_replay.py can print again without them.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys

from okrlint import run_replay


def main() -> None:
    """Replay the last identical run when every input is unchanged; otherwise run the cli (and record it)."""
    record, recorder = run_replay.prepare(sys.argv[1:])
    if record is not None:
        end(run_replay.replay(record))
    if recorder is not None:
        run_replay.watch(recorder)
    from okrlint import cli

    cli.left_to_exit = []  # the process ends with the command (see end): what a run made is left to that
    cli_main = cli.main

    try:
        try:
            cli_main()
        except SystemExit as exc:
            if recorder is not None:
                recorder.finish(exc.code)
            raise
        finally:
            # The process ends here: the interpreter's last collections at exit would walk every module,
            # class and function just to free memory the OS takes back anyway (~20 ms of a one-file run).
            gc.freeze()
        if recorder is not None:
            recorder.finish(0)
    except SystemExit as exc:
        end(exc.code)
    end(0)


def end(code: object) -> None:
    """`sys.exit(code)` without the interpreter's teardown, which frees every module and object.

    The teardown was ~11M instructions of a one-file run (1.6% of it; more after a large run), for
    memory the OS takes back anyway; mypy ends the same way. What of it matters happens here: the
    atexit handlers (the start-up caches are written, finished pools joined) and the flush of
    stdout and stderr. Anything unusual is left to the ordinary exit: a code that is no number,
    a thread still running, a stream that fails to flush (its error is then reported as usual).
    """
    threads = sys.modules.get("threading")  # not imported: no thread was started through it
    if (code is not None and not isinstance(code, int)) or (threads is not None and threads.active_count() > 1):
        sys.exit(code)
    atexit._run_exitfuncs()  # they run once: the list is emptied
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except Exception:  # noqa: BLE001 - the interpreter's own exit reports it as it always has
        sys.exit(code)
    os._exit(code or 0)
