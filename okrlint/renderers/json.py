"""`--format json`: a JSON array of findings, the contract other tools rely on (see README)."""

from __future__ import annotations

import json

from okrlint.renderers import Report


def render(report: Report) -> str:
    return json.dumps([f.to_dict() for f in report.findings], ensure_ascii=False, indent=2) + "\n"
