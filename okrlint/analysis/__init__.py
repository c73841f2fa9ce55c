"""The language layer: one entry point, one implementation per language, loaded lazily.

    analyze("Снизить churn до 5% к концу Q2", hint="ru") -> TextAnalysis

Pipeline for one text: normalize (strip labels, numbering, markdown, notes) → detect the
language → tokenize with that language's analyzer (pymorphy3 for ru, jieba for zh, a lexicon
for en; Latin words inside ru/zh texts go through the English lemmatizer) → word classes of
the lexicon attached to each token → quantities, change (from→to) and deadline. Results are
memoised per (text, hint) in a memo bounded in entries and characters, shared by every file
of a run.

The heavy analyzers are imported only when a text in their language shows up, so a run over
English files never imports pymorphy3 or jieba.
"""

from __future__ import annotations

import importlib
from dataclasses import replace
from operator import attrgetter
from types import ModuleType
from typing import Any

from okrlint.analysis.facts import (
    Aspect,
    Change,
    Deadline,
    Pos,
    Quantity,
    QuantityKind,
    TextAnalysis,
    Token,
    VerbForm,
)
from okrlint.analysis.facts import new_analysis as _new_analysis
from okrlint.memo import bounded_memo

__all__ = [
    "Aspect",
    "Change",
    "Deadline",
    "Pos",
    "Quantity",
    "QuantityKind",
    "TextAnalysis",
    "Token",
    "VerbForm",
    "analyze",
    "SUPPORTED_LANGS",
]

SUPPORTED_LANGS = ("ru", "en", "zh")
MAX_TEXT_CHARS = 1000

_MODULES = {"ru": "okrlint.analysis.ru", "en": "okrlint.analysis.en", "zh": "okrlint.analysis.zh"}


_LOADED: dict[str, ModuleType] = {}  # lang → its module, once imported (importlib's lookup costs ~2 µs a text)


def _analyzer(lang: str) -> ModuleType:
    """Import a language module on first use."""
    module = _LOADED.get(lang)
    if module is None:
        module = _LOADED[lang] = importlib.import_module(_MODULES[lang])
    return module


# How many texts the analysis and reading memos keep (and their characters at most). Texts come back
# across the files of a run (a KR copied from team to team, "Launch the … dashboard" in every team's
# file): with 2,048 a 1,000-file run analysed ~9% of its texts again, evicted before they came back.
TEXT_MEMO_ENTRIES = 4096
TEXT_MEMO_CHARS = 1_000_000


@bounded_memo(max_entries=TEXT_MEMO_ENTRIES, max_chars=TEXT_MEMO_CHARS)
def analyze(text: str, hint: str | None = None) -> TextAnalysis:
    """Analyse one OKR text. `hint` is the file's `lang:` (an override), or None to detect."""
    if _normalize is None:
        _import_steps()
    # An OKR text is a sentence or two; anything far longer is pasted prose or hostile input, and
    # its first part says what it is about. Bounding it keeps every later step fast.
    normalized = _normalize(text[:MAX_TEXT_CHARS])
    lang = _detect_language(normalized, hint)
    bounded = text[:MAX_TEXT_CHARS]
    if lang == "zh":
        simplified = _analyzer("zh").as_simplified(normalized)
        if simplified != normalized:
            return _traditional_analysis(text, normalized, simplified, bounded)
    tokens = _with_classes(_tokenize(normalized, lang), lang)  # word classes once per token, for every fact
    if "`" in bounded:  # "`sync_orders`": a code span names one made thing, not words of the language
        from okrlint.analysis.code_spans import merge_code_spans  # here: few texts have one, and every cold run would pay

        tokens = merge_code_spans(tokens, normalized, bounded, lang)
    if lang != "zh" and ("ercent" in normalized or "pct" in normalized or "роцент" in normalized):
        from okrlint.analysis import percent_words  # here: few texts spell the sign, and every cold run would pay

        if percent_words.SPELLED_PERCENT.search(normalized):  # "100 percent of the team": the sign spelled out
            tokens = percent_words.as_percent_signs(tokens)
    quantities = tuple(_find_quantities(normalized, lang))
    if "1" in normalized and any(mark in normalized for mark in _ONE_ON_ONE_MARKS):  # "Weekly 1:1s": a meeting
        from okrlint.analysis import one_on_ones  # here: few texts have one, and every cold run would pay

        if meetings := one_on_ones.one_on_one_spans(normalized):
            tokens = one_on_ones.merge_one_on_ones(tokens, meetings, normalized, lang)
            quantities = one_on_ones.outside(quantities, meetings)
    return _new_analysis(text, normalized, lang, tokens, quantities, _find_change(normalized, quantities, lang),
                         _find_deadline(normalized, lang), _is_work_item(bounded), _is_unfinished(bounded),
                         _is_question(bounded))  # TextAnalysis's fields, in order


def _traditional_analysis(text: str, normalized: str, simplified: str, bounded: str) -> TextAnalysis:
    """A Traditional Chinese text is read in its Simplified copy, one character for one (so every
    offset holds): its words, numbers, moves, deadlines and phrases ("從80%提升到90%", "不低於95%", "無")
    are those the lexicon and the rules name in Simplified. What is quoted (numbers, evidence) is as written."""
    tokens = _with_classes(_tokenize(simplified, "zh"), "zh")
    if "`" in bounded:
        from okrlint.analysis.code_spans import merge_code_spans

        tokens = merge_code_spans(tokens, normalized, bounded, "zh", simplified)
    quantities = tuple(replace(q, raw=normalized[q.start:q.end]) for q in _find_quantities(simplified, "zh"))
    change = _find_change(simplified, quantities, "zh")
    deadline = _find_deadline(simplified, "zh")
    if deadline is not None:
        deadline = replace(deadline, raw=normalized[deadline.start:deadline.end])
    return _new_analysis(text, normalized, "zh", tokens, quantities, change, deadline, _is_work_item(bounded),
                         _is_unfinished(bounded), _is_question(bounded), lowered=simplified.lower())


# The pipeline's steps, imported on the first analysis, not with this package. Kept as globals: four
# import statements inside `analyze` cost ~2.5 µs a text. Private names: `normalize` here would hide
# the submodule of the same name.
_normalize = _detect_language = _with_classes = _find_quantities = _find_change = _find_deadline = None  # type: Any
_is_work_item = _is_unfinished = _is_question = None  # type: Any
_ONE_ON_ONE_MARKS = ("1:", "1 :", "1-on", "1on", "1 on")  # what "1:1", "1-on-1", "1on1" start with


def _import_steps() -> None:
    global _normalize, _detect_language, _with_classes, _find_quantities, _find_change, _find_deadline
    global _is_work_item, _is_unfinished, _is_question
    from okrlint.analysis.detect import detect_language
    from okrlint.analysis.normalize import is_question, is_unfinished, is_work_item, normalize
    from okrlint.analysis.quantities import find_change, find_deadline, find_quantities
    from okrlint.analysis.word_classes import with_classes

    _detect_language, _with_classes = detect_language, with_classes
    _find_quantities, _find_change, _find_deadline = find_quantities, find_change, find_deadline
    _is_work_item, _is_unfinished, _is_question = is_work_item, is_unfinished, is_question
    _normalize = normalize  # last: analyze takes a set _normalize for all of them set


_LANG = attrgetter("lang")


def _tokenize(normalized: str, lang: str) -> tuple[Token, ...]:
    tokens = _analyzer(lang).tokenize(normalized)
    if lang == "en" or "en" not in map(_LANG, tokens):  # map with attrgetter: no Python frame a token
        return tuple(tokens)
    # Latin words inside a ru/zh text ("Снизить churn", "提升NPS") get English lemmas.
    english = _analyzer("en")
    return tuple(english.enrich(t, lang) if t.lang == "en" else t for t in tokens)
