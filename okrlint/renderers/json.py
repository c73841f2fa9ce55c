"""`--format json`: a JSON array of findings, the contract other tools rely on (see README)."""

from __future__ import annotations

from okrlint.renderers import Report, json_array


def render(report: Report) -> str:
    return json_array(f.to_dict() for f in report.findings) + "\n"
