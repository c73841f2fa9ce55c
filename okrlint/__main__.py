"""`python -m okrlint`: the same as the `okrlint` command.

`python -m` puts the current folder first on sys.path. Run inside a linted repo, that would let
the repo's own modules (or a `*.dist-info` registering an `okrlint.rules` plugin) be imported:
code from the files under review would run. The console script never has the current folder on
the path, so drop it here before anything else is imported.
"""

import os
import sys


def _without_current_folder(path: list[str]) -> list[str]:
    here = os.getcwd()
    return [entry for entry in path if entry not in ("", ".") and os.path.abspath(entry) != here]


sys.path[:] = _without_current_folder(sys.path)

from okrlint.launch import main  # noqa: E402  (imported only once the path is safe)

main()
