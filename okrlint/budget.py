"""How much OKR wording one file may have analysed, so that no legal file can take minutes.

Real OKR files hold tens of texts; a 5 MB file can hold tens of thousands. Language analysis
costs about a millisecond per short text and more for long ones, so each file gets a budget of
texts and characters, spent in document order. Rules that read wording (`reads-text` in their
pack) see only the admitted texts; the counting rules still see everything, and the file gets
one finding that says how much was left unread.
"""

from __future__ import annotations

from dataclasses import dataclass

from okrlint.analysis import MAX_TEXT_CHARS
from okrlint.loader import Problem
from okrlint.models import Loc, Objective, OkrSet, Text

MAX_TEXTS_PER_FILE = 2_000  # objective and KR titles; a large company file has a few hundred
MAX_CHARS_PER_FILE = 200_000  # characters analysed (each text counts up to MAX_TEXT_CHARS)


@dataclass(slots=True)
class TextBudget:
    """One file's allowance, spent set by set in document order."""

    max_texts: int = MAX_TEXTS_PER_FILE
    max_chars: int = MAX_CHARS_PER_FILE
    texts: int = 0
    chars: int = 0
    skipped: int = 0
    first_skipped: Loc | None = None

    def admit(self, text: Text) -> bool:
        cost = min(len(text.value), MAX_TEXT_CHARS)
        if not self.skipped and self.texts < self.max_texts and self.chars + cost <= self.max_chars:
            self.texts += 1
            self.chars += cost
            return True
        self.skipped += 1  # once a text is refused, every later one is too: the findings stay a clean prefix
        self.first_skipped = self.first_skipped or text.loc
        return False

    def view(self, okr_set: OkrSet) -> OkrSet:
        """The set as wording rules see it: only objectives and KRs whose titles fit the budget."""
        objectives: list[Objective] = []
        for objective in okr_set.objectives:
            if not self.admit(objective.title):
                for kr in objective.key_results:
                    self.admit(kr.title)
                continue
            kept = [kr for kr in objective.key_results if self.admit(kr.title)]
            objectives.append(objective if len(kept) == len(objective.key_results)
                              else objective.model_copy(update={"key_results": kept}))
        if len(objectives) == len(okr_set.objectives) and all(a is b for a, b in zip(objectives, okr_set.objectives)):
            return okr_set
        return okr_set.model_copy(update={"objectives": objectives})

    def problem(self) -> Problem | None:
        """The one located finding of a file that ran out of budget, at its first unread text."""
        if not self.skipped or self.first_skipped is None:
            return None
        loc = self.first_skipped
        params = {"analysed": self.texts, "skipped": self.skipped, "max_texts": self.max_texts, "max_chars": self.max_chars}
        return Problem("analysis-budget", loc.line, loc.column, loc.end_line, loc.end_column, params, severity="warning",
                       cell=loc.cell)
