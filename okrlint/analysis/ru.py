"""The Russian analyzer: a tokenizer plus pymorphy3, tuned for OKR wording.

    tokenize("Запуск пилота к 31 марта") -> [Token(lemma="запуск", pos=NOUN,
        verb_form=ACTION_NOUN, verb_family="запустить", ...), ...]

What it adds on top of pymorphy3:

* Parse choice. pymorphy3 ranks parses by corpus frequency; OKR texts are headlines that
  usually open with an infinitive or a noun, so the first word of a sentence leans that way,
  a capitalised first word is not read as a first name, all-caps words prefer abbreviations
  ("ПО" is software, not "по"), and short passive participles beat homonymous short
  adjectives ("запущен" is "запустить", done).
* Nouns of action. "Запуск", "внедрение", "подготовка", "миграция" get
  verb_form=ACTION_NOUN and verb_family set to the verb they name, so rules can treat
  "Запуск", "Запустить" and "Запустим" as one family. The verb is derived by suffix rules
  and checked against the pymorphy3 dictionary; data/ru_action_nouns.tsv holds irregular
  pairs ("найм" -> "нанять") and lexicalised look-alikes ("приложение" is an app).

Everything is memoised per word, so after warm-up a text costs a regex pass and cache hits.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from okrlint.analysis.facts import (  # Pos, VerbForm and Aspect members as module constants: see facts.py
    ACTION_NOUN, ADJ, ADP, ADV, CONJ, DET, FINITE, GERUND, IMPERATIVE, IMPERFECTIVE, INFINITIVE, NOUN, NUM, PART,
    PARTICIPLE, PERFECTIVE, PRON, PROPN, PUNCT, SYM, VERB, X, Aspect, Pos, Token, VerbForm, attach_classes, new_token,
    NAMES_A_THING,
)
from okrlint.analysis.digit_keyed import digit_key, has_digit, keyed, remember
from okrlint.analysis.word_classes import own_classes
from okrlint.compiled_patterns import compile_pattern
from okrlint.memo import bounded_memo

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer
    from pymorphy3.analyzer import Parse

__all__ = ["tokenize", "action_verb"]

# --- the lexer -----------------------------------------------------------------------

_CYR = "\u0400-\u04ff"
_LAT = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"  # without × and ÷
_MARK = "\u0300-\u036f"  # combining accents (stress marks in dictionaries and manuals)

_TOKEN_BRANCHES = {  # a token's kinds, in the order a match is chosen among them
    "num": rf"(?P<num>\d+(?:[.,]\d+)*(?:-[{_CYR}]{{1,3}}(?![{_CYR}]))?)",  # 50, 3,5, 1.000, 2-х, 5-й
    "cyr": rf"(?P<cyr>[{_CYR}][{_CYR}{_MARK}]*(?:-[{_CYR}][{_CYR}{_MARK}]*)*)",  # запуск, бэк-офис, из-за
    "lat": rf"(?P<lat>[{_LAT}][{_LAT}\d]*(?:[-'’][{_LAT}][{_LAT}\d]*)*)",  # churn, Q2, B2B, e-mail
    "other": r"(?P<other>[^\W\d_]+)",  # other scripts (rare)
    "char": r"(?P<char>\S)",
}
# White space matches nothing: the search skips it (`tokenize` looks for a line break in a gap), passing
# a space at the lookahead's one test where the engine tried all five branches. A Cyrillic word, the most
# frequent token, is tried first: a number, a Cyrillic and a Latin word start with different characters
# (a digit, a Cyrillic letter, a Latin one), so their order chooses nothing (tokenizing a KR ~0.6 µs
# faster; tests/analysis/test_ru.py checks the cuts against the branches in their first order).
_TOKEN_RE = compile_pattern(r"(?=\S)(?:" + "|".join(_TOKEN_BRANCHES[kind] for kind in ("cyr", "num", "lat", "other", "char"))
                            + ")")

# A word mixing scripts whose minority letters all look like the other script's ("Cнизить"
# typed with a Latin C, "Sаles" with a Cyrillic а) is read in the majority script; the
# token keeps the text as written.
_MIXED_RE = compile_pattern(rf"[{_CYR}{_LAT}]+")
_LAT_LOOKALIKES, _CYR_LOOKALIKES = "AaBCcEeHKMOoPpTXxy", "АаВСсЕеНКМОоРрТХху"
_TO_CYRILLIC = str.maketrans(_LAT_LOOKALIKES, _CYR_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYR_LOOKALIKES, _LAT_LOOKALIKES)
_LATIN_RE = compile_pattern(rf"[{_LAT}]")
_CYRILLIC_RE = compile_pattern(rf"[{_CYR}]")

# Punctuation after which the next word starts a sentence (and may be an infinitive).
_SENTENCE_BREAKS = frozenset(".!?;:•\n")
_SYMBOL_PUNCT = frozenset("%‰#&@№")  # Unicode calls them punctuation; for OKRs they are units


def tokenize(text: str) -> list[Token]:
    """Split a normalised text into tokens with offsets into `text`."""
    if not keyed(text):
        return _tokens(text, _fix_homoglyphs(text))
    return _tokens_cut_before(text)


def _tokens(text: str, readable: str) -> list[Token]:
    """The tokens of `text`, read as `readable` (its look-alike letters fixed, one for one)."""
    as_written = readable == text  # no letter fixed: each word reads as written (nearly every text)
    lines = "\n" in readable
    tokens: list[Token] = []
    sentence_start = True
    gap_from = 0
    for match in _TOKEN_RE.finditer(readable):
        kind = match.lastgroup
        start, end = match.span()
        if lines and start > gap_from and "\n" in readable[gap_from:start]:
            sentence_start = True  # a new line starts a sentence
        gap_from = end
        if kind == "cyr":  # most tokens: the word's shape, remembered across texts, at this offset
            word = match.group()
            shape = _SHAPES[sentence_start].get(word) if as_written else None
            if shape is None:
                shape = _cyrillic_shape(text[start:end], word, sentence_start)
                if as_written and len(word) <= _MAX_SHAPE_WORD:
                    _remember_shape(word, sentence_start, shape)
            tokens.append(new_token(shape.text, shape.lemma, shape.pos, shape.lang, start, end, shape.verb_form,
                                    shape.aspect, shape.verb_family, shape.tags, shape.classes))
            sentence_start = False
            continue
        token = _other_token(kind, text[start:end], match.group(), start, end)
        tokens.append(token)
        if kind == "char":
            sentence_start = sentence_start or token.text in _SENTENCE_BREAKS
        else:
            sentence_start = False
    return tokens


# --- Texts cut before ------------------------------------------------------------------------
#
# Which ASCII digits a text holds changes neither where its tokens are nor their kinds (a number is a number
# whatever its digits, "Q2" a Latin word as "Q3" is), nor the words around them: texts that differ only in
# their digits ("с 12 до 8 часов", "с 30 до 5 часов") share their tokens but for those with a digit, built
# again from the text itself. The tokens are shared between those texts' analyses, as a token is immutable
# (its classes, attached once, depend on the word alone).
# key (the text with each ASCII digit 1-9 as 0) → (its tokens, (index, kind) of each token with a digit)
_TEXTS: dict[str, tuple[tuple[Token, ...], tuple[tuple[int, str], ...]]] = {}  # bounded (digit_keyed.remember)


def _tokens_cut_before(text: str) -> list[Token]:
    """The tokens of a text with an ASCII digit, remembered by its key."""
    readable = _fix_homoglyphs(text)
    key = digit_key(text)
    known = _TEXTS.get(key)
    if known is not None:
        tokens, with_digits = known
        found = list(tokens)
        for index, kind in with_digits:
            start, end = tokens[index].start, tokens[index].end
            found[index] = _other_token(kind, text[start:end], readable[start:end], start, end)
        return found
    found = _tokens(text, readable)
    # only a number or a Latin word holds a digit (the lexer's other kinds have none), and each is an _other_token
    remember(_TEXTS, key, (tuple(found), tuple((i, "num" if t.pos is NUM else "lat") for i, t in enumerate(found)
                                               if has_digit(t.text))))
    return found


# `_cyrillic_shape` of a word read as written, by the word and whether it starts a sentence: one dictionary
# lookup a word, without the memo's bookkeeping (its result does not change: the memo only bounds how many
# are kept). Bounded the same way: emptied when full; longer words are not kept.
_SHAPES: dict[bool, dict[str, Token]] = {False: {}, True: {}}
_MAX_SHAPES = 16_384
_MAX_SHAPE_WORD = 40


def _remember_shape(word: str, first: bool, shape: Token) -> None:
    shapes = _SHAPES[first]
    if len(shapes) >= _MAX_SHAPES:
        shapes.clear()
    shapes[word] = shape


def _other_token(kind: str | None, text: str, readable: str, start: int, end: int) -> Token:
    """A number, a Latin word, a word in another script, or a single character."""
    if kind == "num":  # "2-х" is the number 2 with a case ending
        lemma = text.split("-", 1)[0]
        return new_token(text, lemma, NUM, "", start, end)
    if kind == "lat":
        return new_token(text, readable.lower(), X, "en", start, end)
    if kind == "other":
        return new_token(text, text.lower(), X, "", start, end)
    return new_token(text, text, _char_pos(text), "", start, end)


def _char_pos(char: str) -> Pos:
    if char in _SYMBOL_PUNCT or unicodedata.category(char).startswith("S"):
        return SYM
    return PUNCT


def _fix_homoglyphs(text: str) -> str:
    """Undo look-alike letters inside mixed-script words (same length, same offsets)."""
    if not (_LATIN_RE.search(text) and _CYRILLIC_RE.search(text)):
        return text
    return _MIXED_RE.sub(_fix_word, text)


def _fix_word(match: re.Match[str]) -> str:
    word = match.group()
    latin = len(_LATIN_RE.findall(word))
    if latin == 0 or latin == len(word):
        return word
    fixed = word.translate(_TO_CYRILLIC if latin * 2 < len(word) else _TO_LATIN)
    mixed = _LATIN_RE.search(fixed) and _CYRILLIC_RE.search(fixed)
    return word if mixed else fixed


# --- pymorphy3 -------------------------------------------------------------------------

_morph_analyzer: MorphAnalyzer | None = None


def _morph() -> MorphAnalyzer:
    """The shared analyzer, built on first use (its tags made when first read: see morph_dictionary)."""
    global _morph_analyzer
    if _morph_analyzer is None:
        from okrlint.analysis.morph_dictionary import morph_analyzer

        _morph_analyzer = morph_analyzer()
        # What is loaded by now (the analyzer, the modules: ~35k tracked objects) lives to the end of the
        # process; the first full collection would walk it all (12-20 ms, inside the first texts' analysis).
        # Frozen, no collection walks it. A run (engine.run) unfreezes everything when it ends.
        gc.freeze()
    return _morph_analyzer


class _Analysis(NamedTuple):
    lemma: str
    pos: Pos
    verb_form: VerbForm | None
    aspect: Aspect | None
    verb_family: str | None
    tags: frozenset[str]


@bounded_memo(max_entries=16384, max_chars=400_000)
def _cyrillic_shape(text: str, readable: str, first: bool) -> Token:
    """The token a Cyrillic word makes, at offset 0: the same words come back text after text.
    It carries the word's classes in a Russian text, looked up once (analysis/word_classes.py)."""
    shape = _new_cyrillic_token(text, readable, 0, len(text), first)
    attach_classes(shape, own_classes(shape))
    return shape


def _new_cyrillic_token(text: str, readable: str, start: int, end: int, first: bool) -> Token:
    word = re.sub(f"[{_MARK}]", "", readable)
    caps = len(word) > 1 and word.isupper()
    proper_ok = not first and (caps or word[:1].isupper())
    facts = _analyse(word.lower(), first, proper_ok, caps)
    return Token(
        text=text,
        lemma=facts.lemma,
        pos=facts.pos,
        lang="ru",
        start=start,
        end=end,
        verb_form=facts.verb_form,
        aspect=facts.aspect,
        verb_family=facts.verb_family,
        tags=facts.tags,
    )


@lru_cache(maxsize=65536)
def _analyse(word: str, first: bool, proper_ok: bool, caps: bool) -> _Analysis:
    """Facts for one lower-cased word in one kind of position."""
    if word in _SPECIAL_WORDS:
        lemma, pos = _SPECIAL_WORDS[word]
        return _Analysis(lemma, pos, None, None, None, _SPECIAL_TAGS.get(word, frozenset()))
    head, hyphen, last = word.rpartition("-")
    if hyphen and head and last in _SPECIAL_WORDS:  # "код-ревью", "дизайн-ревью": the compound is its last part
        lemma, pos = _SPECIAL_WORDS[last]
        return _Analysis(f"{head}-{lemma}", pos, None, None, None, _SPECIAL_TAGS.get(last, frozenset()))
    parse = _choose(_morph().parse(word), word, first, proper_ok, caps)
    tags = frozenset(str(g) for g in parse.tag.grammemes)
    lemma = _lemma(parse.normal_form)
    pos, verb_form = _coarse(parse, lemma)
    aspect = _aspect(parse.tag.aspect)
    family = _infinitive(parse) if pos is VERB else None
    if pos is NOUN and "anim" not in tags:
        family = action_verb(lemma)
        if family is not None:
            verb_form = ACTION_NOUN
            aspect = _known_infinitive(family)
        elif _action_table().get(lemma, "") is None:
            tags |= {NAMES_A_THING}  # listed: a thing, a state or a metric, however it is formed
    return _Analysis(lemma, pos, verb_form, aspect, family, tags)


# Words pymorphy3 gets wrong for our texts.
_SPECIAL_WORDS: dict[str, tuple[str, Pos]] = {
    "кол-во": ("количество", NOUN),  # pymorphy3 reads it as a preposition
    # Borrowed work nouns that pymorphy3 files under a verb or an adjective: "ревью" as a form of
    # "ревить", "демо" as a participle, "деплой" as an adjective, "апрув" as a gerund.
    "ревью": ("ревью", NOUN),
    "демо": ("демо", NOUN),
    "деплой": ("деплой", NOUN),
    "деплои": ("деплой", NOUN),  # the plural, not the imperative of "деплоить"
    "апрув": ("апрув", NOUN),
    # pymorphy3 scores "стать" (stature) and "статья" (article) alike for the genitive plural, and lists "стать" first
    "статей": ("статья", NOUN),
}
# The grammemes of a special word that the rules read (a plural says "each one, each time").
_SPECIAL_TAGS: dict[str, frozenset[str]] = {"деплои": frozenset({"inan", "plur", "nomn"}),
                                            "статей": frozenset({"inan", "femn", "plur", "gent"})}

_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
# Lemmas pymorphy3 files under another part of speech but that are numbers for OKRs.
_NUMBER_LEMMAS = frozenset(
    "тысяча миллион миллиард триллион сотня десяток дюжина ноль нуль тыс млн млрд трлн "
    "вдвое втрое вчетверо впятеро вшестеро всемеро ввосьмеро вдевятеро вдесятеро".split()
)


def _choose(parses: list[Parse], word: str, first: bool, proper_ok: bool, caps: bool) -> Parse:
    """Pick the parse an OKR text most likely means, not blindly pymorphy3's first."""
    pool = parses
    if not proper_ok:
        pool = [p for p in pool if not _PROPER & p.tag.grammemes] or pool
    if caps:
        pool = [p for p in pool if "Abbr" in p.tag.grammemes] or pool
    if word == "все":  # pymorphy3 prefers the particle "всё"; in OKRs it is "все клиенты"
        pool = [p for p in pool if p.tag.POS == "ADJF"] or pool
    return max(pool, key=lambda p: _weight(p, first))  # max keeps the first of equals


_RELATIVE_ADJECTIVE = ("овый", "евый", "ёвый")


def _weight(parse: Parse, first: bool) -> float:
    tag = parse.tag
    weight = parse.score + 1e-6
    if first and tag.POS == "INFN":
        weight *= 4  # "Стать лидером", "Мочь ..." open with a verb
    elif first and tag.POS == "NOUN" and tag.case == "nomn":
        weight *= 1.5  # "Выполнение плана": a heading noun is nominative
    if tag.POS == "NOUN" and "Pltm" in tag.grammemes:
        weight *= 1.2  # "данные" the noun (data) over the equally scored participle of "дать" (given)
    if tag.POS == "PRTS":
        weight *= 1.5  # "запущен" the participle over the short adjective
    elif tag.POS == "ADJS" and parse.normal_form.endswith(_RELATIVE_ADJECTIVE):
        # "20 тикетов", "10 дашбордов": a relative adjective in -овый has no short form in use, so a
        # genitive plural noun is what the word is ("тикетовый" is only pymorphy3's guess)
        weight *= 0.1
    if first and tag.POS == "VERB" and tag.person == "1per" and tag.number == "plur":
        weight *= 2  # "Закроем 15 вакансий", "Устраним блокеры": a plan in the first person, not "крой" or "устранимый"
    elif tag.mood == "impr" and "incl" in tag.grammemes:
        weight *= 0.8  # "Запустим" is "we will launch" more than "let's launch"
    elif tag.mood == "impr" and "excl" in tag.grammemes:
        weight *= 1.25  # "Запустите" in a plan is an instruction
    return weight


def _coarse(parse: Parse, lemma: str) -> tuple[Pos, VerbForm | None]:
    tag = parse.tag
    pos = tag.POS
    if pos in _VERB_FORMS:
        if pos == "VERB":
            return VERB, IMPERATIVE if tag.mood == "impr" else FINITE
        return VERB, _VERB_FORMS[pos]
    if lemma in _NUMBER_LEMMAS:
        return NUM, None
    if pos == "NOUN":
        return (PROPN if _PROPER & tag.grammemes else NOUN), None
    if pos == "ADJF" and "Apro" in tag.grammemes:
        return (NUM if "Anum" in tag.grammemes else DET), None  # один / этот, каждый
    return _SIMPLE_POS.get(pos, X), None


_VERB_FORMS: dict[str, VerbForm | None] = {
    "INFN": INFINITIVE,
    "VERB": None,  # finite or imperative, told by mood
    "PRTF": PARTICIPLE,
    "PRTS": PARTICIPLE,
    "GRND": GERUND,
}
_SIMPLE_POS: dict[str | None, Pos] = {
    "ADJF": ADJ,
    "ADJS": ADJ,
    "COMP": ADJ,
    "ADVB": ADV,
    "PRED": ADV,
    "NUMR": NUM,
    "NPRO": PRON,
    "PREP": ADP,
    "CONJ": CONJ,
    "PRCL": PART,
    "INTJ": PART,
}


def _lemma(normal_form: str) -> str:
    return normal_form.lower().replace("ё", "е")


def _aspect(value: str | None) -> Aspect | None:
    return {"perf": PERFECTIVE, "impf": IMPERFECTIVE}.get(value or "")


def _infinitive(parse: Parse) -> str:
    """The infinitive of any verb form (pymorphy3 already normalises participles to it)."""
    if parse.normal_form.endswith(("ть", "ти", "чь", "ться", "тись", "чься")):
        return _lemma(parse.normal_form)
    inflected = parse.inflect({"INFN"})
    return _lemma(inflected.word if inflected else parse.normal_form)


# --- nouns of action -------------------------------------------------------------------


@lru_cache(maxsize=16384)
def action_verb(noun: str) -> str | None:
    """The verb a noun of action names ("запуск" -> "запустить"), or None for other nouns.

    `noun` is a lemma (lower case, ё as е). The curated table wins; otherwise candidates
    from the suffix rules are checked against the dictionary, perfective first.
    """
    noun = _lemma(noun)
    table = _action_table()
    if noun in table:
        return table[noun]
    known = [(c, a) for c in _candidates(noun) if (a := _known_infinitive(c)) is not None]
    for candidate, aspect in known:
        if aspect is PERFECTIVE:
            return candidate
    if known:
        return known[0][0]
    if noun.endswith("изация") and len(noun) > 8:
        # -изация is always an action; the dictionary just lacks new verbs (цифровизировать)
        return noun[:-6] + "изировать"
    return None


@lru_cache(maxsize=1)
def _action_table() -> dict[str, str | None]:
    """data/ru_action_nouns.tsv: `noun<TAB>verb`, or `noun<TAB>-` for "not an action"."""
    # beside this module, as zh.py reads its data (importlib.resources was ~4 ms of a cold Russian run)
    text = (Path(__file__).resolve().parent / "data" / "ru_action_nouns.tsv").read_text("utf-8")
    table: dict[str, str | None] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        noun, verb = (part.strip() for part in line.split("\t", 1))
        table[_lemma(noun)] = None if verb == "-" else _lemma(verb)
    return table


@lru_cache(maxsize=16384)
def _known_infinitive(word: str) -> Aspect | None:
    """The aspect of `word` if the dictionary knows it as an infinitive (perf wins if both)."""
    morph = _morph()
    if not morph.word_is_known(word):
        return None
    aspects = {
        p.tag.aspect
        for p in morph.parse(word)
        if p.tag.POS == "INFN" and _lemma(p.normal_form) == word
    }
    if not aspects:
        return None
    return PERFECTIVE if "perf" in aspects else IMPERFECTIVE


# The consonant before a suffix often alternates with the verb stem's:
# сокраЩение/сократить, сниЖение/снизить, утверЖДение/утвердить, оформЛение/оформить.
_ALTERNATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("жд", ("д",)),
    ("бл", ("б",)),
    ("пл", ("п",)),
    ("вл", ("в",)),
    ("мл", ("м",)),
    ("фл", ("ф",)),
    ("щ", ("т", "ст", "ск")),
    ("ж", ("з", "д", "г")),
    ("ш", ("с", "х")),
    ("ч", ("т", "к")),
)
_VOWELS = frozenset("аеёиоуыэюя")
_HUSHING_OR_VELAR = frozenset("жшчщгкх")


def _stems(stem: str) -> list[str]:
    """`stem` plus its variants with the final consonant(s) un-alternated."""
    variants = [stem]
    for ending, replacements in _ALTERNATIONS:
        if stem.endswith(ending):
            variants += [stem[: -len(ending)] + r for r in replacements]
            break
    return variants


def _candidates(noun: str) -> Iterator[str]:
    """Candidate infinitives for a noun, most likely first; reflexive ones last."""
    plain = list(_plain_candidates(noun))
    yield from plain
    yield from (c + "ся" for c in plain if c.endswith("ть"))


def _plain_candidates(noun: str) -> Iterator[str]:
    if noun.endswith("ение"):
        yield from _from_enie(noun[:-4])
    elif noun.endswith(("ание", "яние", "тие")):
        yield noun[:-3] + "ть"  # создание -> создать, развитие -> развить
    elif noun.endswith("изация"):
        yield from (noun[:-6] + s for s in ("изировать", "изовать", "овать"))
    elif noun.endswith("кция"):
        yield from (noun[:-4] + s for s in ("ктировать", "ировать"))
    elif noun.endswith("ация"):
        if noun.endswith("икация"):
            yield noun[:-6] + "ицировать"  # идентификация -> идентифицировать
        yield from (noun[:-4] + s for s in ("ировать", "овать"))  # миграция, презентация
    elif noun.endswith("ка") and len(noun) >= 6:
        yield from _from_ka(noun[:-2])
    elif noun.endswith(("та", "на")) and len(noun) >= 5:
        yield from (noun[:-1] + s for s in ("ить", "ять"))  # оплата, защита, замена
    elif noun[-1:] not in _VOWELS and noun[-1:] not in ("й", "ь") and len(noun) >= 4:
        yield from _zero_suffix(noun)


def _from_enie(base: str) -> Iterator[str]:
    if base.endswith(("д", "т")):
        yield base[:-1] + "сти"  # проведение -> провести (before "проведать")
    elif base.endswith("ч"):
        yield base + "ь"  # привлечение -> привлечь
    elif base.endswith("ж"):
        yield from (base[:-1] + s for s in ("чь", "гнуть", "нуть"))  # достичь, продвинуть
    for stem in _stems(base):
        yield from (stem + s for s in ("ить", "ять", "еть"))
        if stem[-1:] in _HUSHING_OR_VELAR:
            yield stem + "ать"  # обучение -> обучать (when no perfective exists)


def _from_ka(stem: str) -> Iterator[str]:
    if stem.endswith("ов"):
        yield stem[:-2] + "овать"  # упаковка -> упаковать, маркировка -> маркировать
    if stem.endswith("й"):
        yield stem[:-1] + "ить"  # настройка -> настроить
        return
    yield from (stem + s for s in ("ить", "ать", "ять"))


def _zero_suffix(stem: str) -> Iterator[str]:
    # Loanwords (анализ, тест) are left to the table: "-ировать" from a noun stem mostly
    # yields verbs made from things (сегмент -> сегментировать), not action nouns.
    for variant in [stem] + ([stem[:-1] + "т"] if stem.endswith("ск") else []):
        yield from (variant + s for s in ("ить", "ать", "ять", "еть"))  # запуск -> запустить
