"""What a header cell or a `Field: value` label means, in Russian, English and Chinese.

Spreadsheet exports (Google Sheets, Notion, Excel, OKR tools) name their columns in many ways:
"Key Result", "KR", "Ключевой результат", "关键结果"... A header is matched after folding case,
dropping punctuation, numbering and bracketed notes ("Owner (DRI)", "KR #"). The config's
`columns:` names win over these.
"""

from __future__ import annotations

import re

# Role → header words. Role names are the config's (`columns: {key-result: "Результат"}`).
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "objective": ("objective", "objectives", "obj", "goal", "goals", "o", "цель", "цели", "о", "目标", "目標", "目标名称"),
    "key-result": ("key result", "key results", "keyresult", "kr", "krs", "ключевой результат", "ключевые результаты",
                   "кр", "kr описание", "关键结果", "關鍵結果", "关键成果", "kr描述"),
    "id": ("id", "objective id", "okr id", "ид", "идентификатор", "id цели", "目标编号", "目标id"),
    "parent": ("parent", "parent objective", "parent id", "aligned to", "aligns to", "родитель", "родительская цель",
               "верхняя цель", "上级目标", "对齐目标", "父目标"),
    "owner": ("owner", "owners", "responsible", "assignee", "dri", "lead", "ответственный", "владелец", "исполнитель",
              "负责人", "责任人", "負責人"),
    "team": ("team", "department", "squad", "команда", "отдел", "подразделение", "团队", "部门", "團隊"),
    "target": ("target", "target value", "goal value", "целевое значение", "цель значение", "план", "目标值", "目標值"),
    "baseline": ("baseline", "start", "start value", "starting value", "current", "базовое значение", "база",
                 "исходное значение", "текущее значение", "基线", "基准值", "初始值", "当前值"),
    "score": ("score", "progress", "grade", "оценка", "прогресс", "评分", "进度", "得分", "完成度"),
    "due": ("due", "due date", "deadline", "срок", "дедлайн", "крайний срок", "截止日期", "截止时间", "期限"),
    "period": ("period", "quarter", "cycle", "период", "квартал", "周期", "季度"),
    "metric": ("metric", "measure", "kpi", "метрика", "показатель", "指标", "衡量指标"),
    "unit": ("unit", "units", "единица", "единица измерения", "ед изм", "单位"),
}
# Labels of `Field: value` lines under an objective in Markdown ("Why: …", "Зачем: …").
WHY_WORDS = ("why", "so that", "зачем", "чтобы что", "для чего", "为什么", "意义")

_NOTE = re.compile(r"\s*[(（\[][^)）\]]*[)）\]]\s*")  # "Owner (DRI)" → "Owner"
_NOISE = re.compile(r"[\s:：#№*_.\-–—/|]+")


def folded(header: str) -> str:
    """A header as compared: case folded, notes in brackets and punctuation dropped, spaces single."""
    text = _NOTE.sub(" ", header).casefold()
    return " ".join(_NOISE.sub(" ", text).split())


_BY_WORD = {folded(word): role for role, words in HEADER_WORDS.items() for word in words}


def role_of(header: str, overrides: dict[str, str] | None = None) -> str | None:
    """The role a header names, or None; `overrides` maps folded header → role (from the config)."""
    key = folded(header)
    if not key:
        return None
    if overrides and key in overrides:
        return overrides[key]
    return _BY_WORD.get(key) or _BY_WORD.get(re.sub(r"\s*\d+$", "", key))  # "KR 1", "Цель 2"


def overrides_of(columns: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, str]:
    """The config's `columns:` (role → header names) as folded header → role."""
    return {folded(name): role for role, names in columns for name in names}
