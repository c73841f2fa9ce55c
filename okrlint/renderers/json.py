"""`--format json`: a JSON array of findings, the contract other tools rely on (see README).

With `--statistics` the top level is an object instead: `{"findings": [...], "statistics": {...}}`.
"""

from __future__ import annotations

from typing import Iterable

from okrlint.renderers import FindingJson, Report, json_array_chunks, json_with_array_chunks
from okrlint.renderers.statistics import as_dict

_FINDINGS = "\x00findings"  # where the findings array goes; no real string in the document is like it


def render(report: Report) -> str:
    return "".join(render_chunks(report))


def render_chunks(report: Report) -> Iterable[str]:
    if report.show_statistics:
        return json_with_array_chunks({"findings": _FINDINGS, "statistics": as_dict(report.findings)}, _FINDINGS,
                                      report.findings, FindingJson())
    return json_array_chunks(report.findings, FindingJson(), end="\n")
