"""What a line of an OKR document is, by its label: an objective, a key result, a section, a field.

Teams label OKRs in many ways: "O1:", "Objective 2 —", "**O3.**", "Цель 2:", "目标一：", "KR1:",
"KR 1.2", "Ключевой результат 3:", "关键结果1："; a line "Key results" / "Ключевые результаты" /
"关键结果" alone introduces a list of KRs. A label counts only when it is unmistakable: a label
word followed by a number and/or a separator, so "Цель компании — рост" or "Goals-based plan"
are text, not labels. A label the author wrapped in emphasis ("**O1:** …", "**O1: …**") is read
through the emphasis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from okrlint.readers.columns import HEADER_WORDS, WHY_WORDS, folded
from okrlint.readers.located import Located

_ZH_NUMBER = "一二三四五六七八九十"
_NUMBER = rf"(?:\d{{1,3}}(?:\.\d{{1,3}})*|[{_ZH_NUMBER}]{{1,3}})"
_SEPARATOR = r"(?:[:：.．)）、]|\s[-–—](?=\s)|[-–—](?=\s))"
_OBJECTIVE_WORD = r"(?:objective|obj|goal|цель|目标|目標)"
_KR_WORD = r"(?:key\s*results?|krs?|кр|ключевой\s+результат|关键结果|關鍵結果|关键成果)"
_EMPHASIS = r"(?:\*\*|__|\*|_)"


def _label(word: str, number_needed: bool) -> re.Pattern[str]:
    number = rf"\s*[#№]?\s*(?P<number>{_NUMBER})" + ("" if number_needed else "?")
    return re.compile(
        rf"^(?P<open>{_EMPHASIS})?\s*(?P<word>{word}){number}\s*(?P<sep>{_SEPARATOR})?\s*(?P<close>(?P=open))?\s*",
        re.IGNORECASE,
    )


_OBJECTIVE = _label(_OBJECTIVE_WORD, number_needed=False)
_O_NUMBER = _label(r"[OО]", number_needed=True)  # "O1", "О2" (Latin or Cyrillic O): needs its number
_KR = _label(_KR_WORD, number_needed=False)
_BOLD_LINE = re.compile(r"^(\*\*|__)(?P<inner>(?:(?!\1).)+)\1\s*[:：]?$")
_FIELD = re.compile(r"^(?P<open>\*\*|__)?(?P<name>[^:：*_]{1,40}?)(?P=open)?\s*[:：]\s*(?P=open)?\s*(?P<value>\S.*)$")
_TRAILING_COMMENT = re.compile(r"\s*<!--.*?-->\s*$")  # an inline `<!-- okrlint: disable=… -->` is no part of the text
_HANDLES = re.compile(r"(?:\s*[-–—,;|/]\s*|\s+)(?P<handles>@[\w.-]+(?:\s*[,;]?\s*@[\w.-]+)*)\s*$")

# Headings and lines that are sections, not OKRs: "Key results", "KPIs", "Notes", "Риски"...
KR_SECTIONS = {folded(w) for w in (*HEADER_WORDS["key-result"], "key results", "ключевые результаты", "результаты")}
OBJECTIVE_SECTIONS = {folded(w) for w in ("objectives", "goals", "okr", "okrs", "цели", "目标", "目標", "okr 目标")}
KPI_SECTIONS = {folded(w) for w in ("kpi", "kpis", "health metrics", "метрики здоровья", "kpi и метрики", "健康指标")}
OTHER_SECTIONS = {folded(w) for w in (
    "notes", "risks", "context", "background", "links", "references", "initiatives", "dependencies", "status",
    "summary", "appendix", "changelog", "retrospective", "lessons learned", "non-goals", "out of scope",
    "заметки", "примечания", "риски", "контекст", "ссылки", "инициативы", "зависимости", "статус", "итоги",
    "ретроспектива", "вне рамок", "备注", "风险", "背景", "链接", "举措", "依赖", "总结", "复盘", "附录",
)}
FIELD_ROLES = ("owner", "target", "baseline", "score", "due", "metric", "unit", "team", "period", "id", "parent")
_FIELD_NAMES = {folded(w): "why" for w in WHY_WORDS} | {folded(w): role for role in FIELD_ROLES for w in HEADER_WORDS[role]}


@dataclass(frozen=True, slots=True)
class Reading:
    """What a line is, and its text without the label (None for sections)."""

    kind: str  # objective | kr | kr-section | objective-section | kpi-section | other-section | field | bold | plain
    text: Located | None = None
    field: str = ""  # for kind "field": the role ("owner", "why", "target"...)


def read_line(line: Located) -> Reading:
    """Classify one line (a heading, a paragraph's first line, a list item's text)."""
    value = line.value
    key = folded(value)
    if key in KR_SECTIONS:
        return Reading("kr-section")
    if key in OBJECTIVE_SECTIONS:
        return Reading("objective-section")
    if key in KPI_SECTIONS:
        return Reading("kpi-section")
    if key in OTHER_SECTIONS:
        return Reading("other-section")
    for kind, pattern in (("objective", _OBJECTIVE), ("objective", _O_NUMBER), ("kr", _KR)):
        match = pattern.match(value)
        # A label word needs a number or a separator; a bare "O2" needs a separator ("O2 sensor" is text).
        if match is None or not (match["sep"] or match["close"] or (match["number"] and pattern is not _O_NUMBER)):
            continue
        rest = _without_closing_emphasis(line.trimmed(match.end()), match["open"] if not match["close"] else None)
        if not rest.value.strip():
            return Reading("kr-section" if kind == "kr" else "objective-section")
        rest = rest.stripped()
        if (bold := _BOLD_LINE.match(rest.value)) is not None:  # "Objective 2: **Make onboarding effortless**"
            rest = rest.trimmed(bold.start("inner"), bold.end("inner")).stripped()
        return Reading(kind, rest)
    if (field := _field(line)) is not None:
        return field
    if (bold := _BOLD_LINE.match(value)) is not None:
        return Reading("bold", line.trimmed(bold.start("inner"), bold.end("inner")).stripped())
    return Reading("plain", line)


def _without_closing_emphasis(text: Located, opened: str | None) -> Located:
    """"**O1: Grow revenue**" → "Grow revenue": drop the emphasis the label opened, at the end."""
    value = text.value.rstrip()
    if opened and value.endswith(opened) and len(value) > len(opened):
        return text.trimmed(0, len(value) - len(opened))
    return text


def _field(line: Located) -> Reading | None:
    """"Owner: @anna", "**Зачем:** …", "负责人：张三" → a field line; other "X: y" lines are text."""
    match = _FIELD.match(line.value)
    if match is None:
        return None
    role = _FIELD_NAMES.get(folded(match["name"]))
    if role is None:
        return None
    return Reading("field", line.trimmed(match.start("value")).stripped(), role)


def split_handles(text: Located) -> tuple[Located, Located | None]:
    """"Cut churn to 3% — @anna, @bob" → the text, and "@anna, @bob" as its owners."""
    if (comment := _TRAILING_COMMENT.search(text.value)) is not None and comment.start() > 0:
        text = text.trimmed(0, comment.start())
    match = _HANDLES.search(text.value)
    if match is None or match.start() == 0:
        return text, None
    return text.trimmed(0, match.start()).stripped(), text.trimmed(match.start("handles"), match.end("handles"))
