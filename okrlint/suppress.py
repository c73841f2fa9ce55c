"""Inline suppression comments in OKR files, like flake8's noqa and yamllint's disable.

    - Launch the new onboarding flow  # okrlint: disable=task-not-outcome -- agreed with PM
    # okrlint: disable-next-line=unmeasurable,OKR203
    # okrlint: disable-file=OKR2            (a code prefix, like --select OKR2)
    # okrlint: disable-file                 (every rule in the file)
    <!-- okrlint: disable=so-what -->       (the same in Markdown, as an HTML comment)

A bare `disable` (no `=`) silences every rule on that line. Anything after the list — after
`--` or after a space — is a reason for the reader, not a rule name. Names and codes are
resolved through the registry; an unknown one is recorded so the engine can report it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from okrlint.findings import Finding
from okrlint.registry import Registry, closest

# A rule entry is kebab-case (single hyphens), so "name--reason" still ends the name at "--";
# `(?![\w-])` keeps a misspelt "disable-nextline" from reading as a bare `disable` of the line.
_ENTRY = r"\w+(?:-\w+)*"
_DIRECTIVE = re.compile(
    rf"(?:#|<!--)\s*okrlint:\s*(disable-next-line|disable-file|disable)(?![\w-])(?:\s*=\s*({_ENTRY}(?:\s*,\s*{_ENTRY})*))?",
    re.IGNORECASE,
)
_ENTRY_RE = re.compile(_ENTRY)
ALL = "*"


@dataclass(frozen=True, slots=True)
class UnknownRule:
    """A name in a directive that is no rule: where it is and what it probably meant."""

    name: str
    line: int
    column: int  # 1-based, of the name inside the comment
    suggestion: str | None


@dataclass(slots=True)
class Suppressions:
    by_line: dict[int, set[str]] = field(default_factory=dict)  # line → rule names, or {"*"}
    whole_file: set[str] = field(default_factory=set)
    unknown: list[UnknownRule] = field(default_factory=list)

    def silences(self, finding: Finding) -> bool:
        keys = {finding.rule, ALL}
        if self.whole_file & keys:
            return True
        return any(self.by_line.get(line, set()) & keys for line in range(finding.span.line, finding.span.end_line + 1))


def parse_suppressions(text: str, registry: Registry) -> Suppressions:
    """Every `# okrlint:` directive of a file, with its names resolved to rule names."""
    found = Suppressions()
    for number, line in enumerate(text.splitlines(), start=1):
        match = _DIRECTIVE.search(line) if "okrlint" in line else None
        if match is None:
            continue
        rules = _resolve_entries(match, number, registry, found.unknown) if match.group(2) else {ALL}
        kind = match.group(1).lower()
        if kind == "disable-file":
            found.whole_file |= rules
        else:
            target = number + 1 if kind == "disable-next-line" else number
            found.by_line.setdefault(target, set()).update(rules)
    return found


def _resolve_entries(match: re.Match[str], line: int, registry: Registry, unknown: list[UnknownRule]) -> set[str]:
    """Rule names for the directive's list; unknown entries go to `unknown` and silence nothing."""
    rules: set[str] = set()
    for entry in _ENTRY_RE.finditer(match.group(2)):
        name = entry.group()
        if name.upper() == "ALL":
            rules.add(ALL)
        elif (names := registry.resolve(name)) is not None:
            rules.update(names)
        else:
            column = match.start(2) + entry.start() + 1
            unknown.append(UnknownRule(name, line, column, closest(name, registry.names)))
    return rules
