"""Inline suppression comments in OKR files, like flake8's noqa and yamllint's disable.

    - Launch the new onboarding flow  # okrlint: disable=task-not-outcome
    # okrlint: disable-next-line=unmeasurable,OKR203
    # okrlint: disable-file                 (or disable-file=too-few-krs)

A bare `disable` (no `=`) silences every rule on that line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from okrlint.findings import Finding

_DIRECTIVE = re.compile(r"#\s*okrlint:\s*(disable-next-line|disable-file|disable)\b(?:\s*=\s*([\w\s,-]+))?", re.IGNORECASE)
ALL = "*"


@dataclass(slots=True)
class Suppressions:
    by_line: dict[int, set[str]] = field(default_factory=dict)  # line → rule names/codes, or {"*"}
    whole_file: set[str] = field(default_factory=set)

    def silences(self, finding: Finding) -> bool:
        keys = {finding.rule, finding.code, ALL}
        if self.whole_file & keys:
            return True
        for line in range(finding.span.line, finding.span.end_line + 1):
            if self.by_line.get(line, set()) & keys:
                return True
        return False


def parse_suppressions(text: str) -> Suppressions:
    found = Suppressions()
    for number, line in enumerate(text.splitlines(), start=1):
        if "okrlint" not in line:
            continue
        match = _DIRECTIVE.search(line)
        if match is None:
            continue
        kind = match.group(1).lower()
        rules = {r.strip() for r in (match.group(2) or "").split(",") if r.strip()} or {ALL}
        rules = {r.upper() if r.upper().startswith("OKR") else r for r in rules}
        if kind == "disable-file":
            found.whole_file |= rules
        else:
            target = number + 1 if kind == "disable-next-line" else number
            found.by_line.setdefault(target, set()).update(rules)
    return found
