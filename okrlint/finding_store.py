"""A run's findings in report order, without holding them all: a 10,000-file run finds ~170,000.

The report is sorted by path, line, column and code: a stable sort of the order the run found
them in (file by file, then the cross-file findings, then the unused directives). The store
keeps what it is given as groups (each a run of findings of one path) in the order given, and sorts one path at a time when
it is read: the groups of a path in the order they came, sorted stably, which is exactly the
run of that path in the whole list sorted at once. Past `spill_after` findings held, the groups
go to a temporary file (the system's temp folder, never the linted tree; deleted when closed)
as marshal data, and the store keeps only where each group lies. A tally (counts by severity,
rule and language, the paths with findings) is kept as findings come, so summary lines,
`--statistics` and the exit code need no pass over them.

The file holds only what this run wrote there, so marshal (fast, exact for these plain values)
is safe; the result cache, which a repo may ship, is JSON.
"""

from __future__ import annotations

import marshal
from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby
from typing import IO, Any, Callable, Iterable, Iterator

from okrlint.findings import Finding, Severity
from okrlint.finding_records import finding_from_record, finding_record

SPILL_AFTER = 20_000  # findings held in memory before they go to the temporary file (~30 MB of them)


@dataclass(slots=True)
class Tally:
    """What summaries need of the findings: counts, never the findings themselves."""

    total: int = 0
    by_severity: Counter[Severity] = field(default_factory=Counter)
    by_rule: Counter[tuple[str, str]] = field(default_factory=Counter)  # (code, rule name) → findings
    langs: set[str] = field(default_factory=set)
    paths: set[str] = field(default_factory=set)  # the paths with findings

    def add(self, finding: Finding) -> None:
        self.total += 1
        self.by_severity[finding.severity] += 1
        self.by_rule[(finding.code, finding.rule)] += 1
        self.langs.add(finding.lang)
        self.paths.add(finding.path)

    def of_rule(self, name: str) -> int:
        return sum(count for (_, rule), count in self.by_rule.items() if rule == name)

    def renamed(self, name: Callable[[str], str], path: Callable[[str], str]) -> Tally:
        """The tally of the same findings with their codes, rule names and paths shown otherwise (escaped)."""
        by_rule: Counter[tuple[str, str]] = Counter()
        for (code, rule), count in self.by_rule.items():
            by_rule[(name(code), name(rule))] += count
        return Tally(self.total, Counter(self.by_severity), by_rule, set(self.langs), {path(p) for p in self.paths})


def tally_of(findings: Iterable[Finding]) -> Tally:
    """The store's own tally, or one counted from a list."""
    if isinstance(findings, (FindingStore, FindingView)):
        return findings.tally
    tally = Tally()
    for finding in findings:
        tally.add(finding)
    return tally


class FindingStore:
    """Findings added in the order found, read back (as often as needed) in report order."""

    def __init__(self, spill_after: int | None = None) -> None:
        self.tally = Tally()
        self._spill_after = SPILL_AFTER if spill_after is None else spill_after
        self._held = 0  # findings in memory
        # (path, the findings) in memory, or (path, (offset, size)) in the temporary file
        self._groups: list[tuple[str, list[Finding] | tuple[int, int]]] = []
        self._file: IO[bytes] | None = None

    def append(self, finding: Finding) -> None:
        self.extend((finding,))

    def extend(self, findings: Iterable[Finding]) -> None:
        for path, run in groupby(findings, key=lambda finding: finding.path):  # a run of one path: a group
            group = list(run)
            for finding in group:
                self.tally.add(finding)
            self._groups.append((path, group))
            self._held += len(group)
        if self._held > self._spill_after:
            self._spill()

    def __iadd__(self, findings: Iterable[Finding]) -> FindingStore:
        self.extend(findings)
        return self

    def __len__(self) -> int:
        return self.tally.total

    def __bool__(self) -> bool:
        return self.tally.total > 0

    def __iter__(self) -> Iterator[Finding]:
        """Every finding in report order: by path, line, column and code, found order among equals."""
        order = sorted(range(len(self._groups)), key=lambda number: self._groups[number][0])
        for _, numbers in groupby(order, key=lambda number: self._groups[number][0]):
            found = [finding for number in numbers for finding in self._group(number)]
            found.sort(key=Finding.sort_key)
            yield from found

    def in_found_order(self) -> Iterator[Finding]:
        """Every finding in the order it was added (a baseline matches in that order)."""
        for number in range(len(self._groups)):
            yield from self._group(number)

    def close(self, free: bool = True) -> None:
        """Delete the temporary file and empty the store.

        `free=False`: the temporary file only; the process ends next (okrlint/launch.py), which
        takes back the findings in memory at once, not one by one. The store is not read again."""
        if self._file is not None:
            self._file.close()
            self._file = None
        if free:
            self._groups, self._held, self.tally = [], 0, Tally()

    def _group(self, number: int) -> list[Finding]:
        where = self._groups[number][1]
        if isinstance(where, list):
            return where
        assert self._file is not None
        offset, size = where
        self._file.seek(offset)
        return [finding_from_record(entry) for entry in marshal.loads(self._file.read(size))]

    def _spill(self) -> None:
        """The groups held in memory to the end of the temporary file; from then on they live there."""
        if self._file is None:
            import tempfile  # only a large run spills

            self._file = tempfile.TemporaryFile(prefix="okrlint-findings-")
        self._file.seek(0, 2)
        for number, (path, where) in enumerate(self._groups):
            if isinstance(where, list):
                data = marshal.dumps([finding_record(f) for f in where])
                self._groups[number] = (path, (self._file.tell(), len(data)))
                self._file.write(data)
        self._held = 0


class FindingView:
    """A store read through a function (the report escaped for people): same order, a renamed tally."""

    def __init__(self, store: FindingStore | FindingView, function: Callable[[Finding], Finding], tally: Tally) -> None:
        self._store, self._function, self.tally = store, function, tally

    def __iter__(self) -> Iterator[Finding]:
        return map(self._function, self._store)

    def __len__(self) -> int:
        return self.tally.total

    def __bool__(self) -> bool:
        return self.tally.total > 0
