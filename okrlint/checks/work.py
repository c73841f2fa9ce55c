"""Key results that are work, seen more specifically than task-not-outcome sees them.

- binary-kr: a yes/no KR ("Сайт запущен", "Policy approved", "系统上线") can only score 0 or 1;
  OKR design scores count it against the set.
- initiative-as-kr: a KR that lists several actions ("Hire a VP, launch the program and publish
  the page") is a plan, not a result; the actions belong in `initiatives:`.

Both are about KRs task-not-outcome already reports (its reasons `completion-state`,
`feature-state` and `task-verb`), and both are opt-in: selected, each one supersedes that finding on its KR
(`supersedes:` in the rule pack), so one KR still gets one finding — the more specific one.
The reading of a text is the analysis layer's (`read`, `task_reason`); this module only splits a
KR at the list separators the analysis already tagged and reads each part.
"""

from __future__ import annotations

from typing import Iterator

from okrlint.analysis import Pos, Token, analyze
from okrlint.checks.base import CheckContext, Clue, Hit
from okrlint.checks.reading import Lead, Reading, read
from okrlint.checks.text import task_reason
from okrlint.models import KeyResult, Objective

LIST_MARKS = {",", "，", "、", ";", "；"}  # punctuation that separates the items of a list


def binary_kr(kr: KeyResult, objective: Objective, ctx: CheckContext) -> Iterator[Hit]:
    if kr.has_structured_target:
        return
    r = read(kr.title.value, ctx.okr_set.lang)
    if task_reason(r) in ("completion-state", "feature-state"):  # "Policy approved", "The CLI accepts paths"
        words = (r.lead_token.text,) if r.lead_token is not None else ()
        yield Hit(kr.title.loc, kr.path, text=kr.title, clue=Clue("yes-no-state", words))


def initiative_as_kr(kr: KeyResult, objective: Objective, ctx: CheckContext) -> Iterator[Hit]:
    hint = ctx.okr_set.lang
    if kr.has_structured_target or task_reason(read(kr.title.value, hint)) != "task-verb":
        return
    items = [read(part, hint) for part in list_items(kr.title.value, hint)]
    actions = [r for r in items if _is_action(r)]
    if items and _is_action(items[0]) and len(actions) >= int(ctx.options["min-actions"]):  # it opens with work
        verbs = tuple(r.lead_token.text for r in actions if r.lead_token is not None)
        yield Hit(kr.title.loc, kr.path, params={"count": len(actions)}, text=kr.title, clue=Clue("list-of-actions", verbs))


def _is_action(r: Reading) -> bool:
    """A list item that is a piece of work: it opens with the verb that makes it a task ("launch the program")."""
    words = r.analysis.words
    return (task_reason(r) == "task-verb" and r.lead is Lead.TASK and not r.negated and r.lead_token is not None
            and bool(words) and words[0] is r.lead_token and r.lead_token.pos is Pos.VERB)


def list_items(text: str, hint: str | None) -> list[str]:
    """The parts of a text between list separators (commas, 、, and/и/并); one-word parts are dropped,
    since "Write and publish the guide" is one piece of work."""
    analysis = analyze(text, hint)
    parts: list[list[Token]] = [[]]
    for token in analysis.tokens:
        if (token.pos is Pos.PUNCT and token.text in LIST_MARKS) or token.pos is Pos.CONJ:
            parts.append([])
        else:
            parts[-1].append(token)
    items = []
    for tokens in parts:
        words = [t for t in tokens if t.is_word]
        if len(words) >= 2:
            items.append(analysis.normalized[tokens[0].start:tokens[-1].end])
    return items
