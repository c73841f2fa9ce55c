"""The facts the language layer extracts from one OKR text.

Rules read these objects and never parse strings themselves. Every language
analyzer (ru, en, zh) fills the same shapes, so a rule is written once.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import Enum


class Pos(str, Enum):
    """A coarse part of speech shared by all three languages."""

    VERB = "VERB"  # a verb in any form (infinitive, imperative, finite, participle)
    NOUN = "NOUN"
    PROPN = "PROPN"  # names, brands, product names
    ADJ = "ADJ"
    ADV = "ADV"
    NUM = "NUM"  # a number written in words or digits
    PRON = "PRON"
    ADP = "ADP"  # prepositions / postpositions / zh 介词
    CONJ = "CONJ"
    PART = "PART"  # particles, auxiliaries (zh 的/了, ru не/бы, en to)
    DET = "DET"
    CLASSIFIER = "CLASSIFIER"  # zh measure words: 个, 场, 次
    PUNCT = "PUNCT"
    SYM = "SYM"  # %, $, ₽, ...
    X = "X"  # anything else (foreign script, unknown)


class VerbForm(str, Enum):
    """How a predicate is expressed; OKR style depends on it a lot."""

    INFINITIVE = "inf"  # ru "Запустить", en "to launch"
    IMPERATIVE = "imper"  # en "Launch", ru "Запустите"
    FINITE = "fin"  # "Запустим", "launches", "launched" as a predicate
    PARTICIPLE = "part"  # ru "запущен", "оформлено"; en "launched", "approved" (passive / state)
    GERUND = "ger"  # en "launching", ru "запуская"
    ACTION_NOUN = "action"  # a noun naming the action: ru "запуск", en "launch" (noun), zh 上线 used nominally


class Aspect(str, Enum):
    PERFECTIVE = "perf"
    IMPERFECTIVE = "impf"


# The members as module constants, for the analyzers' hot loops: in CPython 3.11 reading `Pos.NOUN` costs
# ~1k instructions (EnumType defines __getattr__, so every attribute read of an enum class takes the slow
# hook that calls type.__getattribute__ through a method wrapper); a module constant costs ~50.
(VERB, NOUN, PROPN, ADJ, ADV, NUM, PRON, ADP, CONJ, PART, DET, CLASSIFIER, PUNCT, SYM, X) = (
    Pos.VERB, Pos.NOUN, Pos.PROPN, Pos.ADJ, Pos.ADV, Pos.NUM, Pos.PRON, Pos.ADP, Pos.CONJ, Pos.PART, Pos.DET,
    Pos.CLASSIFIER, Pos.PUNCT, Pos.SYM, Pos.X)
INFINITIVE, IMPERATIVE, FINITE, PARTICIPLE, GERUND, ACTION_NOUN = (
    VerbForm.INFINITIVE, VerbForm.IMPERATIVE, VerbForm.FINITE, VerbForm.PARTICIPLE, VerbForm.GERUND,
    VerbForm.ACTION_NOUN)
PERFECTIVE, IMPERFECTIVE = Aspect.PERFECTIVE, Aspect.IMPERFECTIVE

_NOT_WORDS = (PUNCT, SYM, NUM)  # what Token.is_word leaves out


def plain_members(enum_class: type[Enum]) -> type:
    """A plain class with the members of `enum_class` as its attributes: `Kinds.PLAIN is QuantityKind.PLAIN`.

    For code that reads members by name on every text (`kind is K.PLAIN`): in CPython 3.11 a read on the
    enum class itself takes EnumType's __getattr__ hook (~120 ns), on a plain class a lookup (~15 ns).
    """
    return type(f"{enum_class.__name__}Members", (), {member.name: member for member in enum_class})


class _Unclassed(frozenset):
    """The classes of a token no analysis has classed yet: empty, and told apart by identity."""

    __slots__ = ()


# A Token's `classes` until `analyze` attaches them (an object of its own, so "not attached yet"
# differs from "attached, in no class", whatever the interpreter does with empty frozensets).
UNCLASSED: frozenset[str] = _Unclassed()


NO_TAGS: frozenset[str] = frozenset()
# The tag an analyzer adds to a noun its curated data says names a thing, a state or a metric, whatever its
# form suggests (Russian «оборудование», equipment, not the equipping): no guess makes it an action.
NAMES_A_THING = "Thing"


@dataclass(frozen=True, slots=True, init=False)
class Token:
    """One word (or number, or punctuation mark) of a normalised text."""

    text: str  # as written (after normalisation), original case
    lemma: str  # dictionary form, lower case: "запустить", "launch", "上线"
    pos: Pos
    lang: str  # language of this token: "ru", "en", "zh", or "" for digits/punctuation
    start: int  # character offset in TextAnalysis.normalized
    end: int
    verb_form: VerbForm | None = None  # for verbs and nouns of action
    aspect: Aspect | None = None  # Russian verbs (and nouns of action where known)
    # For a noun of action (ru "запуск", en "launch" as a noun, "completion"), the lemma of
    # the verb it names ("запустить", "launch", "complete"); for verbs, the lemma itself.
    # Lets "Запустить" / "Запуск" / "Запустим" share one family.
    verb_family: str | None = None
    tags: frozenset[str] = NO_TAGS  # raw analyzer tags, for debugging / plugins
    # The lexicon's word classes this token is in ("increase", "metric", …), attached once by
    # `analyze` (analysis/word_classes.py), the only field set after a Token is built. Derived
    # from the fields above, so not compared.
    classes: frozenset[str] = field(default=UNCLASSED, compare=False, repr=False)

    def __init__(self, text: str, lemma: str, pos: Pos, lang: str, start: int, end: int,
                 verb_form: VerbForm | None = None, aspect: Aspect | None = None, verb_family: str | None = None,
                 tags: frozenset[str] = NO_TAGS, classes: frozenset[str] = UNCLASSED) -> None:
        # Written out, with the fields' own slot setters: the __init__ a frozen dataclass generates
        # calls object.__setattr__ per field, twice as slow, and ~10 tokens are built per text.
        _set_text(self, text)
        _set_lemma(self, lemma)
        _set_pos(self, pos)
        _set_lang(self, lang)
        _set_start(self, start)
        _set_end(self, end)
        _set_verb_form(self, verb_form)
        _set_aspect(self, aspect)
        _set_verb_family(self, verb_family)
        _set_tags(self, tags)
        _set_classes(self, classes)

    def __eq__(self, other: object) -> bool:
        # What the dataclass would compare, offsets first: facts look tokens up in their text
        # (`words.index(token)`), where the offsets alone tell two tokens apart.
        if self is other:
            return True
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.start == other.start and self.end == other.end and self.text == other.text  # type: ignore[attr-defined]
                and self.lemma == other.lemma and self.pos == other.pos and self.lang == other.lang  # type: ignore[attr-defined]
                and self.verb_form == other.verb_form and self.aspect == other.aspect  # type: ignore[attr-defined]
                and self.verb_family == other.verb_family and self.tags == other.tags)  # type: ignore[attr-defined]

    @property
    def is_word(self) -> bool:
        return self.pos not in _NOT_WORDS


(_set_text, _set_lemma, _set_pos, _set_lang, _set_start, _set_end, _set_verb_form, _set_aspect, _set_verb_family,
 _set_tags, _set_classes) = (vars(Token)[f.name].__set__ for f in fields(Token))
# `classes` is set after a Token is built, once, by analysis/word_classes.with_classes (through the slot itself).
attach_classes = _set_classes


class _TokenUnderConstruction:
    """A Token being built by an analyzer (`new_token`): Token's slots, writable, then it becomes a Token.

    Token's own __init__ goes through a slot setter per field, since the dataclass is frozen: ~11k
    instructions a token. Plain stores and one change of class (which CPython allows between two
    classes with the same slots) are ~5.6k, and the analyzers build ~10 tokens a text. What comes out
    is a Token in every respect (type, fields, equality, hash, pickling, frozen).
    """

    __slots__ = Token.__slots__  # the same layout, in the same order: what makes the change of class legal


# An object of a slotted class with its slots empty, no __init__ run. The builders below are functions,
# not classes called: calling a class enters its Python __init__ from C, in a fresh frame of the
# interpreter (~200 ns of the ~900 a token cost); a function runs inside its caller's.
_allocate = object.__new__


def new_token(text: str, lemma: str, pos: Pos, lang: str, start: int, end: int, verb_form: VerbForm | None = None,
              aspect: Aspect | None = None, verb_family: str | None = None, tags: frozenset[str] = NO_TAGS,
              classes: frozenset[str] = UNCLASSED) -> Token:
    """A Token from Token's arguments: the analyzers' way to build one."""
    token = _allocate(_TokenUnderConstruction)
    token.text = text
    token.lemma = lemma
    token.pos = pos
    token.lang = lang
    token.start = start
    token.end = end
    token.verb_form = verb_form
    token.aspect = aspect
    token.verb_family = verb_family
    token.tags = tags
    token.classes = classes
    token.__class__ = Token  # type: ignore[assignment]
    return token  # type: ignore[return-value]


class QuantityKind(str, Enum):
    PERCENT = "percent"  # 35%, 35 процентов, 百分之三十五, 35 percent
    PERCENT_POINTS = "pp"  # 5 п.п., 5 pp, 5个百分点
    CURRENCY = "currency"  # $10M, 10 млн ₽, 1000万元
    DURATION = "duration"  # 60 дней, 3 minutes, 3天
    COUNT = "count"  # 1000 сделок, 10 workshops, 3场
    RATIO = "ratio"  # 2x, в 2 раза, 两倍, 翻一番, вдвое
    SCORE = "score"  # NPS 9, 4.5/5, 4.5 stars
    PLAIN = "plain"  # a bare number with nothing attached


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number found in a text, with what it is a number of, when that can be told."""

    raw: str  # the matched text, e.g. "50 000", "3,5%", "百分之三十"
    value: float | None  # 50000.0, 3.5, 30.0; None for a placeholder ("[N1]", "X%")
    kind: QuantityKind
    unit: str | None  # normalised unit: "%", "pp", "RUB", "USD", "CNY", "day", "minute", "x", or the counted noun's lemma
    start: int  # offsets in TextAnalysis.normalized
    end: int
    placeholder: bool = False  # "[N1]", "X%", "N" standing for a hidden number


class _QuantityUnderConstruction:
    """A Quantity being built by find_quantities (`new_quantity`): its slots, writable, then it becomes a
    Quantity (as `new_token` builds a Token: plain stores instead of the frozen dataclass's seven
    object.__setattr__ calls). Quantity keeps its generated __init__ for everyone else: no hot path calls it."""

    __slots__ = Quantity.__slots__


def new_quantity(raw: str, value: float | None, kind: QuantityKind, unit: str | None, start: int, end: int,
                 placeholder: bool) -> Quantity:
    """A Quantity from every argument of Quantity, in order."""
    quantity = _allocate(_QuantityUnderConstruction)
    quantity.raw = raw
    quantity.value = value
    quantity.kind = kind
    quantity.unit = unit
    quantity.start = start
    quantity.end = end
    quantity.placeholder = placeholder
    quantity.__class__ = Quantity  # type: ignore[assignment]
    return quantity  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class Change:
    """An explicit move from one value to another: "с 20% до 35%", "from 8% to 5%", "从80%提升到90%"."""

    start: Quantity
    end: Quantity


class _ChangeUnderConstruction:
    """A Change being built by find_change (`new_change`): its two slots, writable, then it becomes a Change
    (as `new_quantity` builds a Quantity: two plain stores instead of the frozen dataclass's keyword call and
    two object.__setattr__ calls, ~0.3 µs of every text with a from→to move)."""

    __slots__ = Change.__slots__


def new_change(start: Quantity, end: Quantity) -> Change:
    """A Change from its two quantities, in order."""
    change = _allocate(_ChangeUnderConstruction)
    change.start = start
    change.end = end
    change.__class__ = Change  # type: ignore[assignment]
    return change  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class Deadline:
    """A point in time the text commits to: "к 31 марта", "by end of Q2", "到6月底", "2026-03-31"."""

    raw: str
    start: int
    end: int
    iso_date: str | None = None  # when an exact date can be told, YYYY-MM-DD


@dataclass(frozen=True, slots=True, init=False)
class TextAnalysis:
    """Everything the rules may know about one text (an objective title, a KR...)."""

    text: str  # the text as written in the OKR file
    normalized: str  # labels, numbering, markdown and notes removed
    lang: str  # dominant language: "ru", "en" or "zh"
    tokens: tuple[Token, ...]
    quantities: tuple[Quantity, ...] = ()
    change: Change | None = None
    deadline: Deadline | None = None
    work_item: bool = False  # marked as a piece of work: a PR or commit, a code span first
    unfinished: bool = False  # breaks off with ":", "," or a dash: the rest is not in this text
    question: bool = False  # asks instead of stating ("How do we review changes?"): no target yet
    # Derived from the fields above when the analysis is built: not compared, not shown, never passed in.
    # Plain slots, not properties computed on first read: facts and rules read each ~10 times a text, and
    # a property's getter is a Python call from C each time (~20 a text; instructions per warm text -1.5 to -2%).
    words: tuple[Token, ...] = field(default=(), init=False, repr=False, compare=False)  # the tokens that are words
    lowered: str = field(default="", init=False, repr=False, compare=False)  # `normalized` in lower case

    def __init__(self, text: str, normalized: str, lang: str, tokens: tuple[Token, ...],
                 quantities: tuple[Quantity, ...] = (), change: Change | None = None, deadline: Deadline | None = None,
                 work_item: bool = False, unfinished: bool = False, question: bool = False) -> None:
        # written out with the slots' own setters, as Token's (one analysis per text)
        _set_a_text(self, text)
        _set_a_normalized(self, normalized)
        _set_a_lang(self, lang)
        _set_a_tokens(self, tokens)
        _set_a_quantities(self, quantities)
        _set_a_change(self, change)
        _set_a_deadline(self, deadline)
        _set_a_work_item(self, work_item)
        _set_a_unfinished(self, unfinished)
        _set_a_question(self, question)
        _set_words(self, _words_of(tokens))
        _set_lowered(self, normalized.lower())

    @property
    def lemmas(self) -> tuple[str, ...]:
        return tuple(t.lemma for t in self.tokens)

    @property
    def has_number(self) -> bool:
        return bool(self.quantities)


# The fields and the kept derived values are set through the slots themselves (the dataclass is frozen).
(_set_a_text, _set_a_normalized, _set_a_lang, _set_a_tokens, _set_a_quantities, _set_a_change, _set_a_deadline,
 _set_a_work_item, _set_a_unfinished, _set_a_question, _set_words, _set_lowered) = (
    vars(TextAnalysis)[f.name].__set__ for f in fields(TextAnalysis))


def _words_of(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens that are words: no punctuation, symbols or numbers."""
    return tuple([t for t in tokens if t.pos not in _NOT_WORDS])  # Token.is_word, inlined


class _AnalysisUnderConstruction:
    """A TextAnalysis being built by `analyze` (`new_analysis`): its slots, writable, then it becomes a
    TextAnalysis (as `new_token` builds a Token: plain stores instead of twelve slot setters, once per text)."""

    __slots__ = TextAnalysis.__slots__


def new_analysis(text: str, normalized: str, lang: str, tokens: tuple[Token, ...], quantities: tuple[Quantity, ...],
                 change: Change | None, deadline: Deadline | None, work_item: bool, unfinished: bool,
                 question: bool, lowered: str | None = None) -> TextAnalysis:
    """A TextAnalysis from every argument of TextAnalysis, in order; `lowered` when phrases are looked
    for in another spelling of the text than `normalized.lower()` (Traditional Chinese as Simplified)."""
    analysis = _allocate(_AnalysisUnderConstruction)
    analysis.text = text
    analysis.normalized = normalized
    analysis.lang = lang
    analysis.tokens = tokens
    analysis.quantities = quantities
    analysis.change = change
    analysis.deadline = deadline
    analysis.work_item = work_item
    analysis.unfinished = unfinished
    analysis.question = question
    analysis.words = _words_of(tokens)
    analysis.lowered = normalized.lower() if lowered is None else lowered
    analysis.__class__ = TextAnalysis  # type: ignore[assignment]
    return analysis  # type: ignore[return-value]
