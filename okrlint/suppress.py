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

from okrlint.compiled_patterns import compile_pattern
from okrlint.findings import Finding
from okrlint.registry import Registry, closest

# A rule entry is kebab-case (single hyphens), so "name--reason" still ends the name at "--";
# `(?![\w-])` keeps a misspelt "disable-nextline" from reading as a bare `disable` of the line.
_ENTRY = r"\w+(?:-\w+)*"
_DIRECTIVE = compile_pattern(
    rf"(?:#|<!--)\s*okrlint:\s*(disable-next-line|disable-file|disable)(?![\w-])(?:\s*=\s*({_ENTRY}(?:\s*,\s*{_ENTRY})*))?",
    re.IGNORECASE,
)
_ENTRY_RE = compile_pattern(_ENTRY)
ALL = "*"


@dataclass(frozen=True, slots=True)
class UnknownRule:
    """A name in a directive that is no rule: where it is and what it probably meant."""

    name: str
    line: int
    column: int  # 1-based, of the name inside the comment
    suggestion: str | None


@dataclass(slots=True)
class Entry:
    """One name of a directive (or the bare directive, `*`): where it is written and whether it silenced anything."""

    rules: frozenset[str]  # the rule names it stands for (a code prefix stands for several), or {"*"}
    line: int  # where the comment is written
    column: int  # 1-based, of the name (or of `#` for a bare directive)
    end_column: int
    written: str  # as written: "so-what", "OKR2", or the whole directive for a bare one
    directive: tuple[int, int] = (0, 0)  # (line, column of `#`): which comment it belongs to
    names_in_directive: int = 1
    directive_span: tuple[int, int, int, int] = (0, 0, 0, 0)  # what removing the whole comment deletes
    name_span: tuple[int, int, int, int] = (0, 0, 0, 0)  # what removing only this name (and its comma) deletes
    used: bool = False


@dataclass(slots=True)
class Suppressions:
    """A file's `# okrlint:` directives: by the line they silence, for the whole file, and unknown rules named."""

    by_line: dict[int, list[Entry]] = field(default_factory=dict)  # the line silenced → its entries
    whole_file: list[Entry] = field(default_factory=list)
    unknown: list[UnknownRule] = field(default_factory=list)

    def silences(self, finding: Finding, by_name_only: bool = False) -> bool:
        """Whether a directive silences the finding; every entry that does is marked as used.

        `by_name_only`: only entries naming the finding's rule count, not bare ones (a bare
        `disable` that silences nothing must not silence its own unused-suppression finding).
        """
        if not self.by_line and not self.whole_file:
            return False  # a file without directives (nearly every one): no sets and lists built for each finding
        keys = {finding.rule} if by_name_only else {finding.rule, ALL}
        hits = [e for e in self.whole_file if e.rules & keys]
        for line in range(finding.span.line, finding.span.end_line + 1):
            hits += [e for e in self.by_line.get(line, []) if e.rules & keys]
        for entry in hits:
            entry.used = True
        return bool(hits)

    def entries(self) -> list[Entry]:
        return [*self.whole_file, *(e for entries in self.by_line.values() for e in entries)]


def parse_suppressions(text: str, registry: Registry) -> Suppressions:
    """Every `# okrlint:` directive of a file, with its names resolved to rule names."""
    found = Suppressions()
    for number, line in enumerate(text.splitlines(), start=1):
        match = _DIRECTIVE.search(line) if "okrlint" in line else None
        if match is None:
            continue
        if match.group(2):
            entries = _resolve_entries(match, number, registry, found.unknown)
        else:
            entries = [Entry(frozenset({ALL}), number, match.start() + 1, match.end() + 1, match.group())]
        _locate(entries, match, line, number)
        kind = match.group(1).lower()
        if kind == "disable-file":
            found.whole_file += entries
        else:
            target = number + 1 if kind == "disable-next-line" else number
            found.by_line.setdefault(target, []).extend(entries)
    return found


def _locate(entries: list[Entry], match: re.Match[str], line: str, number: int) -> None:
    """Where each entry sits for a fix: its directive, and what deleting the comment or the name removes."""
    before = line[:match.start()]
    if not before.strip():  # the comment is the whole line: delete the line
        whole = (number, 1, number + 1, 1)
    else:  # after a value: delete from the spaces before `#` to the end of the line
        whole = (number, len(before.rstrip()) + 1, number, len(line) + 1)
    names = list(_ENTRY_RE.finditer(match.group(2) or "")) if match.group(2) else []
    offset = match.start(2) if match.group(2) else 0
    for entry in entries:
        entry.directive, entry.names_in_directive, entry.directive_span = (number, match.start() + 1), max(len(names), 1), whole
        entry.name_span = whole
        for i, name in enumerate(names):
            if offset + name.start() + 1 != entry.column:
                continue
            if i + 1 < len(names):  # "a, b": delete "a, "
                entry.name_span = (number, entry.column, number, offset + names[i + 1].start() + 1)
            elif i > 0:  # "a, b": delete ", b"
                entry.name_span = (number, offset + names[i - 1].end() + 1, number, entry.end_column)


def _resolve_entries(match: re.Match[str], line: int, registry: Registry, unknown: list[UnknownRule]) -> list[Entry]:
    """The directive's list as entries; unknown names go to `unknown` and silence nothing."""
    entries: list[Entry] = []
    for entry in _ENTRY_RE.finditer(match.group(2)):
        name = entry.group()
        column = match.start(2) + entry.start() + 1
        if name.upper() == "ALL":
            entries.append(Entry(frozenset({ALL}), line, column, column + len(name), name))
        elif (names := registry.resolve(name)) is not None:
            entries.append(Entry(frozenset(names), line, column, column + len(name), name))
        else:
            unknown.append(UnknownRule(name, line, column, closest(name, registry.names)))
    return entries
