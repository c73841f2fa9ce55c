"""`--format json`: a JSON array of findings, the contract other tools rely on (see README).

With `--statistics` the top level is an object instead: `{"findings": [...], "statistics": {...}}`.
"""

from __future__ import annotations

from okrlint.renderers import Report, json_array, json_with_array
from okrlint.renderers.statistics import as_dict

_FINDINGS = "\x00findings"  # where the findings array goes; no real string in the document is like it


def render(report: Report) -> str:
    findings = (f.to_dict() for f in report.findings)
    if report.show_statistics:
        return json_with_array({"findings": _FINDINGS, "statistics": as_dict(report.findings)}, _FINDINGS, findings)
    return json_array(findings, end="\n")
