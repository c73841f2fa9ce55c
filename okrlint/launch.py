"""The `okrlint` command's entry point: a run-level replay when nothing changed, else the cli.

Kept apart from okrlint/cli.py, whose imports (typer, rich, pydantic, the rules) are most of
the time of a run whose report okrlint/run_replay.py can print again without them.
"""

from __future__ import annotations

import gc
import sys

from okrlint import run_replay


def main() -> None:
    """Replay the last identical run when every input is unchanged; otherwise run the cli (and record it)."""
    record, recorder = run_replay.prepare(sys.argv[1:])
    if record is not None:
        sys.exit(run_replay.replay(record))
    if recorder is not None:
        run_replay.watch(recorder)
    from okrlint.cli import main as cli_main

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
