"""The one diagnostic model every rule produces and every renderer consumes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more severe; used for --fail-on and sorting."""
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(frozen=True, slots=True)
class Span:
    """Where a value sits in its file: 1-based lines and columns, end exclusive like ruff."""

    line: int
    column: int
    end_line: int
    end_column: int
    cell: str = ""  # a spreadsheet cell ("Q1!C7") that line and column stand for; renderers show it as is


class _SpanUnderConstruction:
    """A Span being built by `new_span`: Span's slots, writable, then it becomes a Span (as
    analysis.facts.new_token builds a Token: five plain stores and a change of class instead of the
    frozen dataclass's five object.__setattr__ calls, ~0.6 -> ~0.2 µs; a 1,000-file run makes ~30,000)."""

    __slots__ = Span.__slots__  # the same layout, in the same order: what makes the change of class legal


_allocate = object.__new__


def new_span(line: int, column: int, end_line: int, end_column: int, cell: str = "") -> Span:
    """`Span(line, column, end_line, end_column, cell)`, built faster (the hot paths: findings made or read back)."""
    span = _allocate(_SpanUnderConstruction)
    span.line = line
    span.column = column
    span.end_line = end_line
    span.end_column = end_column
    span.cell = cell
    span.__class__ = Span  # type: ignore[assignment]
    return span  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class EvidenceSpan:
    """Words of the OKR text that triggered a finding: character offsets into `Finding.text`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a text rule thinks so: a short reason code in OKR terms and the words behind it."""

    reason: str  # e.g. "task-verb", "keeps-level", "no-target"; listed in each rule's rationale
    spans: tuple[EvidenceSpan, ...] = ()

    def to_dict(self) -> dict:
        return {"reason": self.reason, "spans": [{"start": s.start, "end": s.end, "text": s.text} for s in self.spans]}


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the text at `span` (1-based, end exclusive) with `text`; "" deletes it."""

    span: Span
    text: str

    def to_dict(self) -> dict:
        s = self.span
        return {"line": s.line, "column": s.column, "end_line": s.end_line, "end_column": s.end_column, "text": self.text}


@dataclass(frozen=True, slots=True)
class Fix:
    """A safe structural change to the OKR file that `--fix` may apply (and `--diff` shows)."""

    description: str
    edits: tuple[Edit, ...]
    moves: tuple[int, ...] = ()  # lines of the one-line KRs it moves into initiatives (the fixer checks the result); not output

    def to_dict(self) -> dict:
        return {"description": self.description, "edits": [e.to_dict() for e in self.edits]}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """How to rewrite what a finding is about: a shape to fill in, and/or a safe fix."""

    template: str = ""  # in the message language, e.g. "Увеличить ⟨метрика⟩ с ⟨A⟩ до ⟨B⟩ к ⟨дата⟩"
    fix: Fix | None = None

    def to_dict(self) -> dict:
        return {"template": self.template or None, "fix": self.fix.to_dict() if self.fix is not None else None}


@dataclass(slots=True)
class Finding:
    """One problem found in one OKR file."""

    path: str  # as given on the command line or found under it; "-" for stdin
    span: Span
    code: str  # stable code, e.g. "OKR201"
    rule: str  # kebab-case name, e.g. "task-not-outcome"
    severity: Severity
    message: str  # already rendered in the report language
    lang: str  # language of the message: "ru", "en" or "zh"
    target: str = ""  # the OKR element: "objectives[0].key_results[2]"; "" for the whole file
    text: str = ""  # the OKR text the finding is about, if any
    evidence: Evidence | None = None  # text rules: the reason and the trigger words in `text`
    suggestion: Suggestion | None = None  # a rewrite shape and/or a safe fix

    @property
    def line(self) -> int:
        return self.span.line

    @property
    def column(self) -> int:
        return self.span.column

    def sort_key(self) -> tuple:
        return (self.path, self.span.line, self.span.column, self.code)

    def to_dict(self) -> dict:
        """The JSON output contract (documented in README; other tools rely on it)."""
        return {
            "path": self.path,
            "line": self.span.line,
            "column": self.span.column,
            "end_line": self.span.end_line,
            "end_column": self.span.end_column,
            "code": self.code,
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "lang": self.lang,
            "target": self.target,
            "text": self.text,
            "evidence": self.evidence.to_dict() if self.evidence is not None else None,
            "suggestion": self.suggestion.to_dict() if self.suggestion is not None else None,
        } | ({"cell": self.span.cell} if self.span.cell else {})

    @property
    def place(self) -> str:
        """Where a person looks: "line:column", or the spreadsheet cell."""
        return self.span.cell or f"{self.span.line}:{self.span.column}"


@dataclass(frozen=True, slots=True)
class RuleDoc:
    """What renderers (SARIF, docs) may know about a rule, and nothing more."""

    code: str
    name: str
    severity: Severity
    summary: str
    rationale: str
    help_uri: str = ""  # the rule's page in this repository's docs
    help_markdown: str = ""  # the rule's page itself (SARIF `help.markdown`); filled only when a format needs it


@dataclass(slots=True)
class RunSummary:
    """Counts for the one-line summary under a report."""

    files: int = 0
    objectives: int = 0
    key_results: int = 0
    baselined: int = 0  # findings a --baseline file hid
    stale_baseline: int = 0  # baseline entries that matched nothing (fixed since it was written)
