"""A baseline file: the findings a repo already has, so that only new ones fail a run.

    okrlint check okrs/ --write-baseline .okrlint-baseline.json   # record today's findings
    okrlint check okrs/ --baseline .okrlint-baseline.json         # report only what is new

A finding is matched by its file, rule, target path ("objectives[0].key_results[2]") and OKR
text — never by line, so lines added elsewhere in a file keep the baseline valid, while an edited
KR is a new finding. Paths are stored relative to the baseline file's folder, so a run from
another folder matches too. Entries are counted: two identical findings need two entries. An
entry that matches nothing is stale (the finding was fixed); the summary counts them and the next
`--write-baseline` drops them.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from okrlint.findings import Finding

FORMAT_KEY = "okrlint-baseline"
FORMAT_VERSION = 1
NEVER_BASELINED = ("internal-error",)  # a crash is a bug to report, not a finding to live with

Key = tuple[str, str, str, str]  # path, rule, target, text


class BaselineError(Exception):
    """A baseline file that cannot be read or written (exit 2, one clear line)."""


@dataclass(slots=True)
class Applied:
    """What a baseline did to a run's findings."""

    kept: list[Finding]
    matched: int = 0  # findings the baseline hid
    stale: int = 0  # entries that matched nothing: fixed since the baseline was written


@dataclass(slots=True)
class Baseline:
    folder: Path  # paths in the file are relative to it
    counts: Counter[Key] = field(default_factory=Counter)

    def key(self, finding: Finding) -> Key:
        return (_relative(finding.path, self.folder), finding.rule, finding.target, finding.text)

    def apply(self, findings: list[Finding]) -> Applied:
        left = Counter(self.counts)
        applied = Applied(kept=[])
        for finding in findings:
            key = self.key(finding)
            if left[key] > 0 and finding.rule not in NEVER_BASELINED:
                left[key] -= 1
                applied.matched += 1
            else:
                applied.kept.append(finding)
        applied.stale = sum(left.values())
        return applied


def _relative(path: str, folder: Path) -> str:
    """A finding's path relative to `folder`, with forward slashes; stdin and run-level findings as they are."""
    if path in ("", "-"):
        return path
    try:
        return Path(os.path.relpath(os.path.abspath(path), folder)).as_posix()
    except ValueError:  # another drive on Windows: no relative path exists
        return Path(path).as_posix()


def load_baseline(path: Path) -> Baseline:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise BaselineError(f"{path}: baseline file not found (write one with --write-baseline {path})") from exc
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read the baseline: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{path}: not a baseline file (invalid JSON: {exc})") from exc
    if not isinstance(data, dict) or data.get(FORMAT_KEY) != FORMAT_VERSION or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path}: not an okrlint baseline (version {FORMAT_VERSION}); write it with --write-baseline")
    baseline = Baseline(folder=_folder_of(path))
    for number, entry in enumerate(data["findings"]):
        baseline.counts[_entry_key(entry, path, number)] += entry.get("count", 1)
    return baseline


def _entry_key(entry: object, path: Path, number: int) -> Key:
    fields = ("path", "rule", "target", "text")
    if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) for k in fields):
        raise BaselineError(f"{path}: findings[{number}] needs text fields {', '.join(fields)}")
    count = entry.get("count", 1)
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise BaselineError(f"{path}: findings[{number}].count must be a whole number from 1, got {count!r}")
    return (entry["path"], entry["rule"], entry["target"], entry["text"])


def write_baseline(path: Path, findings: list[Finding]) -> int:
    """Record `findings` in `path`; returns how many were recorded."""
    baseline = Baseline(folder=_folder_of(path))
    codes: dict[str, str] = {}
    for finding in findings:
        if finding.rule not in NEVER_BASELINED:
            baseline.counts[baseline.key(finding)] += 1
            codes[finding.rule] = finding.code
    entries = [{"path": p, "rule": r, "code": codes[r], "target": t, "text": x, "count": n}
               for (p, r, t, x), n in sorted(baseline.counts.items())]
    document = {FORMAT_KEY: FORMAT_VERSION, "findings": entries}
    try:
        path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise BaselineError(f"cannot write the baseline to {path}: {exc.strerror or exc}") from exc
    return sum(baseline.counts.values())


def _folder_of(path: Path) -> Path:
    return Path(os.path.abspath(path)).parent
