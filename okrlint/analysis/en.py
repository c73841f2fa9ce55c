"""The English analyzer: tokens with lemmas, parts of speech and verb forms, from a lexicon.

No tagger model: a curated lexicon (data/en_*.txt, loaded once on first use) plus light suffix
rules give every word its possible readings, and the position in the sentence picks one.
The choice follows how OKRs are written:

- a key result or objective usually starts with an imperative ("Launch the new flow",
  "Reduce churn from 8% to 5%"), so a verb-capable word at the start of a clause is an
  IMPERATIVE verb, unless what follows makes it a subject ("Launch of X", "Release notes
  published", "Launch is done");
- after a determiner, adjective, number, possessive or preposition a word is a NOUN
  ("the launch", "10 launches", "a new release", "for support");
- after "to" a verb is an INFINITIVE; after a modal / "do" it is FINITE;
- "-ed" after be / get, or after a noun with no object following, is a PARTICIPLE ("Policy
  approved", "SSO is launched"); after have, a pronoun, or at the start of a clause it is a
  FINITE predicate ("We've shipped X", "Created a dashboard"); between a determiner and a noun it
  is an attributive ADJ with verb_form PARTICIPLE ("the updated roadmap");
- "-ing" is a GERUND, except in a nominal slot ("the onboarding", "lead scoring", "Hiring of
  5 engineers") where it is a noun of action.

A noun of action (verb_form ACTION_NOUN) names a verb's action; its verb_family is that verb:
zero-derived ("the launch" -> launch), by suffix ("migration" -> migrate, "delivery" ->
deliver, "approval" -> approve, "hiring" -> hire; the derived verb must be in the lexicon),
or from a table ("growth" -> grow, "rollout" -> "roll out"). Phrasal verbs keep their particle
in the family ("Roll out SSO" -> "roll out"), so "Roll out" and "rollout" share one family.

Acronyms (NPS, ARR, SLAs) are nouns and never lemmatised beyond a plural "s" ("SLAs" -> "sla").
Words are analysed once per spelling (memoised); a sentence takes well under a millisecond.

Why not a lemmatizer package: lemminflect 0.2.3 and simplemma 2.0.0 (their data in the wheel) took
220-370 ms of CPU to import and load, against the ~30 ms an English cold start may spend, and on the
26,000 English content words of the real-OKR corpora they disagreed with this lexicon on 2.8-4.3% of
them, mostly where the lexicon is right for OKRs ("API" -> "apus", "other" -> "oth", "sales" -> "sale",
"AI" -> "be"). Where both agreed against it (0.6%), a third were unknown verbs whose silent e the suffix
rules did not restore ("reframed", "baselined"): `_guess_verb_lemma` now does.
"""

from __future__ import annotations

import gc
import re
from itertools import islice
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from okrlint.analysis.facts import (  # Pos and VerbForm members as module constants: see facts.py
    ACTION_NOUN, ADJ, ADP, ADV, CONJ, DET, FINITE, GERUND, IMPERATIVE, INFINITIVE, NO_TAGS, NOUN, NUM, PART, PARTICIPLE,
    PRON, PROPN, PUNCT, SYM, VERB, X, Pos, Token, VerbForm, new_token,
)
from okrlint.analysis.title_words import TITLE_SMALL_WORDS
from okrlint.compiled_patterns import compile_pattern
from okrlint.memo import bounded_memo

__all__ = ["enrich", "lemmatize", "quality_adjective", "tokenize"]

_DATA = Path(__file__).with_name("data")

# --- closed classes ----------------------------------------------------------------------

_DETERMINERS = frozenset(
    "a an the this that these those each every all any some no another both either neither "
    "our your their my his her its such whose what which certain".split()
)
_PRONOUNS = frozenset(
    "i we you they he she it me us them him itself ourselves themselves yourself yourselves "
    "who whom something anything everything nothing everyone everybody someone anyone somebody "
    "anybody nobody one ones mine ours yours theirs".split()
)
_SUBJECT_PRONOUNS = frozenset("i we you they he she it who which that".split())
_ADPOSITIONS = frozenset(
    "of in on at by for from with within without into onto about above across after against "
    "along among amid around as before behind below beneath beside besides between beyond "
    "despite during except inside like near off outside over per since through throughout "
    "toward towards under underneath until till upon via vs versus including excluding "
    "regarding concerning following plus minus out up down".split()
)
_CONJUNCTIONS = frozenset(
    "and or but nor so yet if because while whereas although though unless than whether once "
    "then where when whenever".split()
)
_COORDINATORS = frozenset(("and", "or", "&", "then", "but", "nor", "plus"))
_BE = {"be": "be", "is": "be", "are": "be", "am": "be", "was": "be", "were": "be", "been": "be", "being": "be"}
_HAVE = {"have": "have", "has": "have", "had": "have", "having": "have"}
_DO = {"do": "do", "does": "do", "did": "do"}
_MODALS = frozenset("will would shall should can could may might must".split())
_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred thousand million billion trillion dozen".split()
)
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last".split())
_DEGREE = frozenset("more most less least fewer fewest".split())  # DET before a noun, ADV otherwise
_PARTICLES = frozenset("up out down off in on over back through live".split())
# Contractions kept as one token: lemma and part of speech of the word that carries the meaning.
_CONTRACTIONS = {
    "don't": ("do", PART), "doesn't": ("do", PART), "didn't": ("do", PART),
    "can't": ("can", PART), "cannot": ("can", PART), "won't": ("will", PART),
    "shouldn't": ("should", PART), "wouldn't": ("would", PART), "couldn't": ("could", PART),
    "mustn't": ("must", PART), "isn't": ("be", PART), "aren't": ("be", PART),
    "wasn't": ("be", PART), "weren't": ("be", PART), "haven't": ("have", PART),
    "hasn't": ("have", PART), "hadn't": ("have", PART), "let's": ("let", VERB),
    "we've": ("we", PRON), "we're": ("we", PRON), "we'll": ("we", PRON), "we'd": ("we", PRON),
    "i'm": ("i", PRON), "i've": ("i", PRON), "i'll": ("i", PRON), "you're": ("you", PRON),
    "they're": ("they", PRON), "they've": ("they", PRON), "they'll": ("they", PRON),
    "it's": ("it", PRON), "that's": ("that", PRON), "there's": ("there", ADV),
}
_NEGATIVE_CONTRACTIONS = frozenset(w for w in _CONTRACTIONS if w.endswith("n't") or w == "cannot")
_AUX_CONTRACTIONS = {"'ve": "have", "'re": "be", "'ll": "will", "'d": "would", "'m": "be", "'s": "be"}

_SYMBOLS = frozenset("%$€£¥₽+<>=≥≤~±×#@°‰^*")
_STRONG_PUNCT = frozenset(".;:!?([|{—–\"“”«»")
_CURRENCY = frozenset("$€£¥₽")
_PLACEHOLDER_LETTERS = frozenset(("X", "XX", "XXX", "Y", "N", "Z"))
_NUMBER_CONTEXT = frozenset(("from", "to", "by", "at", "of", "than", "under", "over", "below", "above", "reach"))
_BARE_INFINITIVE_HEADS = frozenset(("help", "let", "make", "let's", "see", "watch"))
_CALENDAR_NAMES = frozenset(("may", "march", "sunday"))  # names that are also function words or verbs
_HYPHEN_PREFIXES = frozenset("re co pre un de over under up cross out mis non multi sub super".split())

# --- tokenizer -----------------------------------------------------------------------------

_LATIN = "A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ"
_TOKEN_BRANCHES = {  # a token's kinds, in the order a match is chosen among them
    "ph": rf"(?P<ph>\[[$€£¥₽]?(?:N|X{{1,3}}|Y|Z)\d{{0,3}}%?\])",
    "num": rf"(?P<num>\d+(?:[.,]\d+)*(?:(?:st|nd|rd|th|k|K|M|B|bn)(?![{_LATIN}]))?)",
    # a word: runs of letters and digits joined by an apostrophe before a letter or a hyphen before a letter or
    # digit ("don't", "e-mail", "B2B"); the runs are matched whole, not one character per loop of the engine
    # possessive (`*+`): a run never gives a character back (what may follow it is no letter or digit), so the
    # engine keeps no state to backtrack into (~6% fewer instructions a match)
    "word": rf"(?P<word>[{_LATIN}][{_LATIN}0-9]*+(?:(?:['’](?=[{_LATIN}])|-(?=[{_LATIN}0-9]))[{_LATIN}0-9]*+)*+)",
    "foreign": r"(?P<foreign>[^\W\d_]+)",
    "other": r"(?P<other>\S)",
}
# Every token starts with a character that is no white space: the lookahead passes a space at one test,
# where the engine tried all five branches. A word, the most frequent token, is tried first: the
# placeholder, the number and the word start with different characters ("[", a digit, a letter), so at
# most one of them matches where a token starts and their order chooses nothing (tokenizing a KR ~0.6 µs
# faster; tests/analysis/test_en.py checks the cuts against the branches in their first order).
_TOKEN = compile_pattern(r"(?=\S)(?:" + "|".join(_TOKEN_BRANCHES[kind] for kind in ("word", "num", "ph", "foreign", "other"))
                         + ")")


# --- lexicon -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Lexicon:
    verbs: dict[str, str]  # lemma -> noun flag: "" (verb only), "n" (noun of action), "c" (noun of a thing)
    past: dict[str, str]  # irregular simple past -> lemma
    participles: dict[str, str]  # irregular past participle -> lemma
    nouns: frozenset[str]
    plurals: dict[str, str]  # irregular plural -> singular
    adjectives: frozenset[str]
    adverbs: frozenset[str]
    action_nouns: dict[str, str]  # noun -> verb family, where no suffix rule derives it
    not_action: frozenset[str]
    phrasal: frozenset[tuple[str, str]]


def _lines(name: str) -> list[str]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _pairs(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _lines(name)]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Load the data files once, on first use."""
    verbs: dict[str, str] = {}
    for line in _lines("en_verbs.txt"):
        word, _, flag = line.partition(" ")
        verbs[word] = flag.strip()
    past: dict[str, str] = {}
    participles: dict[str, str] = {}
    for base, past_forms, pp_forms in _pairs("en_irregular.tsv"):
        verbs.setdefault(base, "")
        for form in past_forms.split("|"):
            past[form] = base
        for form in pp_forms.split("|"):
            participles[form] = base
    lexicon = _Lexicon(
        verbs=verbs,
        past=past,
        participles=participles,
        nouns=frozenset(_lines("en_nouns.txt")),
        plurals={plural: singular for plural, singular in _pairs("en_irregular_nouns.tsv")},
        adjectives=frozenset(_lines("en_adjectives.txt")),
        adverbs=frozenset(_lines("en_adverbs.txt")),
        action_nouns={noun: verb for noun, verb in _pairs("en_action_nouns.tsv")},
        not_action=frozenset(_lines("en_not_action.txt")),
        phrasal=frozenset(tuple(line.split(" ", 1)) for line in _lines("en_phrasal.txt")),  # type: ignore[misc]
    )
    # What is loaded by now (the lexicon, the modules) lives to the end of the process: frozen, no full
    # collection walks it again (one took ~40 ms among the first 5,000 texts), as the ru and zh analyzers
    # do once loaded. A run (engine.run) unfreezes everything when it ends.
    gc.freeze()
    return lexicon


# --- readings of one word, out of context ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Word:
    """Everything one spelling (lower case) can be; the sentence picks among these."""

    closed: tuple[Pos, str, str] | None = None  # function word: pos, lemma, kind ("be", "modal", "to"...)
    verb: str | None = None  # verb lemma when the word is a verb form
    shape: str | None = None  # "base", "s", "past", "pp", "ed" (past or pp), "ing"
    also_ed: bool = False  # base form that is also past/participle: "set", "cut", "read"
    flag: str = ""  # the verb's noun flag
    noun: str | None = None  # noun lemma (singular) when the word can be a noun
    plural: bool = False
    family: str | None = None  # the verb a noun reading names (noun of action)
    adj: str | None = None  # adjective lemma
    adv: bool = False
    known: bool = True  # False when only suffix guesses apply

    @property
    def verb_only(self) -> bool:
        return self.verb is not None and self.noun is None and self.adj is None


@lru_cache(maxsize=32768)
def _readings(word: str) -> _Word:
    """All readings of a lower-case word (memoised per spelling)."""
    closed = _closed_class(word)
    if closed is not None:
        return _Word(closed=closed)
    lex = _lexicon()
    if "-" in word and word not in lex.verbs and word not in lex.action_nouns and word not in lex.adjectives:
        return _hyphenated(word)
    verb, shape, also_ed = _verb_of(word)
    adj = _adjective_of(word)
    noun, plural = _noun_of(word, verb, shape)
    if adj is not None and word not in lex.nouns and shape != "base":
        noun, plural = None, False  # "better", "faster" are not plural nouns
    adv = word in lex.adverbs or (word.endswith("ly") and len(word) > 4 and noun is None and verb is None)
    if adv and noun is not None and word not in lex.nouns:
        noun = None
    known = _is_known(verb, noun, adj, adv)
    if not known and word not in lex.nouns and word not in lex.plurals:
        return _guess(word)
    return _Word(
        verb=verb,
        shape=shape,
        also_ed=also_ed,
        flag=lex.verbs.get(verb, "") if verb else "",
        noun=noun,
        plural=plural,
        family=_action_family(noun) if noun else None,
        adj=adj,
        adv=adv,
        known=known,
    )


def _is_known(verb: str | None, noun: str | None, adj: str | None, adv: bool) -> bool:
    lex = _lexicon()
    return bool(verb) or adj is not None or adv or (noun is not None and (noun in lex.nouns or noun in lex.verbs))


def _closed_class(word: str) -> tuple[Pos, str, str] | None:
    word = word.replace("’", "'")
    if word in _CONTRACTIONS:
        lemma, pos = _CONTRACTIONS[word]
        kind = "neg" if word in _NEGATIVE_CONTRACTIONS else "contraction"
        if pos is PART:
            kind = lemma if lemma in ("be", "have", "do") else "modal"
        return pos, lemma, kind
    if word == "to":
        return PART, "to", "to"
    if word == "not":
        return PART, "not", "not"
    for table in (_BE, _HAVE, _DO):
        if word in table:
            return PART, table[word], table[word]
    if word in _MODALS:
        return PART, word, "modal"
    if word in _DETERMINERS:
        return DET, word, "det"
    if word in _PRONOUNS:
        return PRON, word, "pron"
    if word in _ADPOSITIONS:
        return ADP, word, "adp"
    if word in _CONJUNCTIONS:
        return CONJ, word, "conj"
    if word in _NUMBER_WORDS:
        return NUM, word, "num"
    if word in _ORDINALS:
        return ADJ, word, "ordinal"
    if word in _DEGREE:
        return DET, word, "degree"
    return None


def _verb_of(word: str) -> tuple[str | None, str | None, bool]:
    """(lemma, shape, also_ed) when the word is a form of a known verb."""
    lex = _lexicon()
    verbs = lex.verbs
    if word in verbs:
        also_ed = word in lex.past or word in lex.participles
        return word, "base", also_ed
    if word in lex.past or word in lex.participles:
        lemma = lex.past.get(word) or lex.participles[word]
        is_past, is_pp = word in lex.past, word in lex.participles
        return lemma, "ed" if is_past and is_pp else ("past" if is_past else "pp"), False
    for lemma, shape in _inflection_candidates(word):
        if lemma in verbs:
            return lemma, shape, False
    return None, None, False


_ES_AFTER = ("s", "x", "z", "ch", "sh", "o")  # what takes -es rather than -s: its stem ends so


def _inflection_candidates(word: str) -> list[tuple[str, str]]:
    """Possible (lemma, shape) pairs for a regular inflected form, most likely first."""
    out: list[tuple[str, str]] = []
    if word.endswith("ies") and len(word) > 4:
        out.append((word[:-3] + "y", "s"))
    if word.endswith("es") and len(word) > 3:
        out.append((word[:-1], "s"))
        if word[:-2].endswith(_ES_AFTER):  # "fixes", "pushes", "goes"; not "sites" (site, never sit)
            out.append((word[:-2], "s"))
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        out.append((word[:-1], "s"))
    if word.endswith("ied") and len(word) > 4:
        out.append((word[:-3] + "y", "ed"))
    if word.endswith("ed") and len(word) > 3:
        out += [(word[:-2], "ed"), (word[:-1], "ed")]
        if len(word) > 4 and word[-3] == word[-4]:
            out.append((word[:-3], "ed"))  # stopped -> stop
    if word.endswith("ing") and len(word) > 4:
        stem = word[:-3]
        out += [(stem, "ing"), (stem + "e", "ing")]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append((stem[:-1], "ing"))  # running -> run
        if stem.endswith("y"):
            out.append((stem[:-1] + "ie", "ing"))  # lying -> lie
    return out


def _noun_of(word: str, verb: str | None, shape: str | None) -> tuple[str | None, bool]:
    """(singular lemma, is_plural) when the word can be a noun."""
    lex = _lexicon()
    if word in lex.plurals:  # before the noun list: "people" is listed as a noun, and is plural
        return lex.plurals[word], True
    if word in lex.nouns:
        return word, False
    if shape == "base":
        # Only verbs flagged as nouns (or listed as nouns) get a noun reading of their own.
        return (word, False) if lex.verbs.get(word) else (None, False)
    if shape == "ing":
        return word, False  # a gerund can always be a noun: "the onboarding"
    if shape == "s" and verb is not None:
        # "launches", "plans" are plural nouns too; "grows", "achieves" are only verbs; "sites" is the
        # plural of a listed noun, not a form of "sit"
        singular = _singular(word)
        if singular != verb and singular in lex.nouns:
            return singular, True
        return (verb, True) if lex.verbs.get(verb) or verb in lex.nouns else (None, False)
    if shape in ("ed", "past", "pp"):
        return None, False
    if word in lex.adjectives or word in lex.adverbs:
        return None, False
    singular = _singular(word)
    return singular, singular != word


def _singular(word: str) -> str:
    """The singular of a regular plural; the word itself when it is not one."""
    lex = _lexicon()
    if not word.endswith("s") or len(word) < 3 or word.endswith(("ss", "is", "ous", "'s")):
        return word

    def known(w: str) -> bool:
        return w in lex.nouns or w in lex.verbs or w in lex.adjectives

    if word.endswith("ies") and len(word) > 4:
        return word[:-1] if known(word[:-1]) else word[:-3] + "y"
    if word.endswith("us"):
        return word[:-1] if known(word[:-1]) else word
    if word.endswith("es"):
        if known(word[:-1]):
            return word[:-1]
        if known(word[:-2]):
            return word[:-2]
        if word[:-2].endswith(("ss", "x", "z", "ch", "sh", "us")):
            return word[:-2]
    return word[:-1]


_COMPARATIVE_IRREGULAR = {"better": "good", "best": "good", "worse": "bad", "worst": "bad"}


def _adjective_of(word: str) -> str | None:
    lex = _lexicon()
    if word in lex.adjectives:
        return _COMPARATIVE_IRREGULAR.get(word, word)
    if word in _COMPARATIVE_IRREGULAR:
        return _COMPARATIVE_IRREGULAR[word]
    if word in lex.nouns or word in lex.verbs:
        return None
    for suffix in ("est", "er"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            for base in (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else "", stem[:-1] + "y" if stem.endswith("i") else ""):
                if base and base in lex.adjectives:
                    return base
    return None


_ADJ_SUFFIXES = ("ous", "ful", "ive", "able", "ible", "ic", "ical", "ional", "ual", "less", "ish")
# A noun of quality and the adjective endings it is made from: scalab-ility ← scalab-le, agility ← agile,
# productivity ← productive, efficiency ← efficient, robustness ← robust.
_QUALITY_ENDINGS = (("ility", ("le", "ile")), ("ivity", ("ive",)), ("iency", ("ient",)), ("ness", ("",)))


def quality_adjective(noun: str) -> str | None:
    """The adjective a noun of quality is made from ("robustness" → "robust", "scalability" →
    "scalable"), or None when the noun only looks like one ("business", "facility", "witness")."""
    lex = _lexicon()
    for ending, bases in _QUALITY_ENDINGS:
        if not noun.endswith(ending):
            continue
        stem = noun[: -len(ending)]
        for base in bases:
            candidate = stem + base
            if candidate in lex.adjectives:
                return candidate
            # a regular adjective the list does not hold: "maintainable", "accessible", "sensitive"
            if base and len(stem) > 2 and candidate.endswith(("able", "ible", "ive", "ient")) \
                    and candidate not in lex.nouns and candidate not in lex.verbs:
                return candidate
    return None
_VERB_SUFFIXES = ("ize", "ise", "ify")


def _guess(word: str) -> _Word:
    """Readings of a word the lexicon does not know, by its suffix."""
    if word.endswith("ly") and len(word) > 4:
        return _Word(adv=True, known=False)
    if word.endswith(_VERB_SUFFIXES) and len(word) > 5:
        return _Word(verb=word, shape="base", noun=None, known=False)
    if word.endswith(("ed", "ing")) and len(word) > 5:
        lemma, shape = _guess_verb_lemma(word)
        noun = word if shape == "ing" else None
        return _Word(verb=lemma, shape=shape, noun=noun, family=lemma if noun else None, known=False)
    if word.endswith(_ADJ_SUFFIXES) and len(word) > 5:
        return _Word(adj=word, known=False)
    if word.endswith("ier") and len(word) > 5 and word[:-3] + "y" not in _lexicon().verbs:
        # "cozier", "trendier": the comparative of an adjective the lexicon lacks; but "identifier",
        # "carrier" (one who identifies, carries) are nouns, as are the listed "courier", "barrier"
        return _Word(adj=word[:-3] + "y", known=False)
    singular = _singular(word)
    return _Word(noun=singular, plural=singular != word, family=_action_family(singular), known=False)


_SILENT_E_AFTER = frozenset({"am", "in", "ik", "os", "ut"})  # see _guess_verb_lemma


def _guess_verb_lemma(word: str) -> tuple[str, str]:
    """"dockerized" -> "dockerize", "upskilling" -> "upskill" for verbs outside the lexicon."""
    stem, shape = (word[:-2], "ed") if word.endswith("ed") else (word[:-3], "ing")
    if shape == "ed" and stem.endswith("i"):
        return stem[:-1] + "y", shape
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":
        return stem[:-1], shape
    if stem.endswith(("v", "z", "iz", "at", "bl", "dl", "gl", "kl", "pl", "tl", "ur", "ag", "uc", "ac", "ic", "rs",
                      "nc", "rc", "ws", "aus", "ous")) or (
            stem.endswith(("ak", "od", "ud")) and len(stem) > 3 and stem[-3] not in "aeiou") or (
            stem.endswith("as") and len(stem) > 3 and stem[-3] not in "aeiou"):
        # encoded -> encode, staked -> stake, forced -> force, experienced -> experience, browsing ->
        # browse, rebasing -> rebase, caused -> cause; but flooded, leaked, soaked, biased
        return stem + "e", shape
    if (len(stem) > 3 and stem.endswith(("is", "fus", "mus", "bus"))) or (
            len(stem) > 2 and stem[-2:] in _SILENT_E_AFTER and stem[-3] not in "aeiou"):
        # the British -ise (categorised, centralising), -fuse, -muse, -buse (confusing, refused, abused), and
        # a single vowel before m, n, k, s or t after a consonant: reframed, baselined, biking, supposed,
        # attributed; but streamed, maintained, joined (two vowels) and refocused (-cus: focus, accuse)
        return stem + "e", shape
    return stem, shape


# --- nouns of action -----------------------------------------------------------------------

# (suffix, how many letters to cut, endings to try): the result must be a known verb.
_DERIVATIONS = (
    ("ification", 9, ("ify",)),
    ("ization", 7, ("ize",)),
    ("isation", 7, ("ise", "ize")),
    ("olution", 5, ("ve",)),  # resolution -> resol+ve
    ("ution", 5, ("ute",)),
    ("ation", 5, ("ate", "e", "")),
    ("ition", 5, ("", "e", "ite")),
    ("ption", 5, ("pt", "be", "e", "ive")),
    ("ction", 4, ("t", "e")),
    ("ssion", 5, ("ss", "t", "d", "de")),
    ("sion", 4, ("d", "de", "se", "t", "re")),
    ("tion", 4, ("t", "te", "e", "d")),
    ("ment", 4, ("", "e")),
    ("ance", 4, ("", "e")),
    ("ence", 4, ("", "e")),
    ("ery", 1, ("",)),
    ("ure", 3, ("e", "")),
    ("age", 3, ("e", "")),
    ("al", 2, ("e", "")),
)


@lru_cache(maxsize=16384)
def _action_family(noun: str) -> str | None:
    """The verb a noun names when it is a noun of action, else None."""
    lex = _lexicon()
    if noun in lex.not_action:
        return None
    if noun in lex.action_nouns:
        return lex.action_nouns[noun]
    if noun in lex.verbs:
        return None if lex.verbs[noun] == "c" else noun
    if noun.endswith("ing"):
        verb, shape, _ = _verb_of(noun)
        return verb if shape == "ing" else None
    if noun in lex.adjectives:
        return None
    return _derive_verb(noun)


def _derive_verb(noun: str) -> str | None:
    verbs = _lexicon().verbs
    for suffix, cut, endings in _DERIVATIONS:
        if not noun.endswith(suffix):
            continue
        stem = noun[:-cut]
        for ending in endings:
            for candidate in _spelling_variants(stem + ending):
                if len(candidate) > 2 and candidate in verbs:
                    return candidate
        return None
    return None


def _spelling_variants(candidate: str) -> tuple[str, ...]:
    """"referr" -> "refer", "compli" -> "comply": undo doubling and y -> i."""
    variants = [candidate]
    if len(candidate) > 3 and candidate[-1] == candidate[-2]:
        variants.append(candidate[:-1])
    if candidate.endswith("i"):
        variants.append(candidate[:-1] + "y")
    return tuple(variants)


def _hyphenated(word: str) -> _Word:
    """"follow-up", "customer-impacting", "re-launch": the last part carries the grammar."""
    head, _, tail = word.rpartition("-")
    tail_word = _readings(tail) if tail else _Word(known=False)
    first = word.split("-", 1)[0]
    lex = _lexicon()
    if tail in _PARTICLES and first in lex.verbs:
        family = f"{first} {tail}"
        return _Word(noun=word, family=family)  # "follow-up", "roll-out"
    if head in _HYPHEN_PREFIXES and tail_word.verb:
        lemma = f"{head}-{tail_word.verb}"
        noun = f"{head}-{tail_word.noun}" if tail_word.noun else None
        return replace(tail_word, verb=lemma, noun=noun, family=lemma if tail_word.family else None)
    if tail_word.shape in ("ed", "pp", "past", "ing"):
        return _Word(adj=word)  # "data-driven", "time-consuming", "customer-impacting"
    noun = f"{head}-{tail_word.noun}" if tail_word.noun else None
    adj = word if tail_word.adj or tail_word.closed else None
    if noun is None and adj is None:
        noun = word
    return _Word(noun=noun, plural=tail_word.plural, adj=adj, family=tail_word.family if noun else None)


# --- context: picking one reading per token --------------------------------------------------


class _Slot:
    """A token being analysed; fields are filled left to right."""

    __slots__ = ("text", "start", "end", "kind", "low", "case", "word", "pos", "lemma", "form", "family", "tags")

    text: str
    start: int
    end: int
    kind: str  # "word", "num", "ph", "foreign", "other"
    low: str
    case: str  # "lower", "cap", "upper" (acronym), "mixed", "code" (letters and digits)
    word: _Word | None
    pos: Pos
    lemma: str
    form: VerbForm | None
    family: str | None
    # Added in the order found (`slot.tags += ("plural",)`): no set built for the ~8 slots of a text
    # that mostly carry none. The Token gets them as a frozenset.
    tags: tuple[str, ...]


def _new_slot(text: str, start: int, end: int, kind: str, low: str = "", case: str = "lower", word: _Word | None = None,
              pos: Pos = X, lemma: str = "", tags: tuple[str, ...] = ()) -> _Slot:
    """A slot with what is known out of context. A function, not an __init__: calling a class enters its
    Python __init__ from C in a fresh interpreter frame (~200 ns a slot, ~7 slots a text); _Slot has none, and
    `_Slot()` is object's own C constructor (~25 ns less than `object.__new__(_Slot)`). Every field is given
    at once, none set twice (the scan knows a word's readings or a number's lemma already)."""
    slot = _Slot()
    slot.text = text
    slot.start = start
    slot.end = end
    slot.kind = kind
    slot.low = low
    slot.case = case
    slot.word = word
    slot.pos = pos
    slot.lemma = lemma
    slot.form = None
    slot.family = None
    slot.tags = tags
    return slot


def tokenize(text: str) -> list[Token]:
    """Tokens of an English text, with lemma, part of speech and verb form."""
    slots = _scan(text)
    for i, slot in enumerate(slots):
        if slot.kind == "word" and slot.pos is X:
            _decide(slots, i)
    _attach_particles(slots)
    # each slot's Token, positional, and no new empty frozenset per token (~7 tokens a text); only a run of
    # foreign letters asks for its script, no call for the others
    return [new_token(s.text, s.lemma or s.text.lower(), s.pos, "en" if s.kind == "word" else _lang_of(s) if s.kind == "foreign" else "",
                      s.start, s.end, s.form, None, s.family, frozenset(s.tags) if s.tags else NO_TAGS) for s in slots]


def _scan(text: str) -> list[_Slot]:
    """The text's slots, with what does not depend on context filled in: numbers, symbols, punctuation,
    and each word's case and readings (one dictionary lookup per word, in the same pass)."""
    slots = []
    known = _WORDS
    shouting = True  # until a word of two letters or more is not all capitals ("INCREASE REVENUE BY 20%")
    long_words = 0
    shouted_words = 0  # long words in capitals: a heading shouted before ordinary text
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup  # every branch of the pattern is a named group
        word = match[0]
        start, end = match.span()
        if kind == "word":
            facts = known.get(word)
            if facts is None:
                facts = _word_facts(word, False)
                if len(word) <= _MAX_WORD:
                    if len(known) >= _MAX_WORDS:
                        known.clear()
                    known[word] = facts
            low, case, readings = facts
            slots.append(_new_slot(word, start, end, kind, low, case, readings))
            if case == "upper" and len(word) >= _SHOUTED_MIN:
                shouted_words += 1
            if shouting and len(word) > 1:
                long_words += 1
                shouting = word.isupper()
        elif kind == "num":
            slots.append(_new_slot(word, start, end, kind, pos=NUM, lemma=word.lower()))
        elif kind == "other":
            if word == "&":
                slots.append(_new_slot(word, start, end, kind, pos=CONJ, lemma="and"))
            else:
                pos = SYM if word in _SYMBOLS or word in _CURRENCY else PUNCT
                slots.append(_new_slot(word, start, end, kind, pos=pos, lemma=word))
        elif kind == "ph":
            slots.append(_new_slot(word, start, end, kind, pos=NUM, lemma=word.lower(), tags=("placeholder",)))
        else:  # "foreign"
            slots.append(_new_slot(word, start, end, kind, lemma=word.lower()))
    if shouting and long_words >= 3:  # all-caps text is not a row of acronyms: its words' case is read again
        for slot in slots:
            if slot.kind == "word":
                slot.low, slot.case, slot.word = _word_facts(slot.text, True)
    elif shouted_words:  # one long word in capitals may head a run ("INCREASE USE of …"); the run decides
        _read_shouted_heading(slots)
    elif _title_case(slots):
        # "Reduce Churn And Grow Revenue": a capital on every word says nothing of each (a name, a noun
        # mid-sentence), so the words are read as in a sentence; month names stay names ("Launch In May")
        for slot in slots[1:]:  # (the first word is capitalised in any sentence)
            if slot.kind == "word" and slot.case == "cap" and slot.low not in _CALENDAR_NAMES:
                slot.case = "lower"
                slot.tags += ("title_case",)  # its capital is the heading's: no sign of a name to later readers
    return slots


def _title_case(slots: list[_Slot]) -> bool:
    """Every word of four letters or more after the first is capitalised: three of them at least, or
    one beside a capitalised small word a sentence never capitalises ("Secure The Company", "Share My
    Work"). Stops at the first long word in lower case, where nearly every English text stops."""
    long = 0
    small_capital = False
    for slot in islice(slots, 1, None):
        if slot.kind != "word":
            continue
        if len(slot.text) >= 4:
            if slot.case != "cap":
                return False
            long += 1
        elif slot.case == "cap" and slot.low in TITLE_SMALL_WORDS:
            small_capital = True
    return long >= 3 or (long >= 1 and small_capital)



def _read_shouted_heading(slots: list[_Slot]) -> None:
    """"RAISE MEMBER RETENTION by …", "GROW PARTNER REVENUE through …": a heading in capitals before
    ordinary text. Two or more capitalised dictionary words in a row are words, not acronyms
    (acronyms are short or unknown: "NPS", "CSAT", "ARR"), so their case is read again."""
    run: list[_Slot] = []  # capitals in a row: words, short ones ("THE", "OF"), numbers and codes between
    for slot in [*slots, None]:
        if slot is not None and (slot.kind == "num" or (slot.kind == "word" and slot.case in ("upper", "code"))):
            run.append(slot)
            continue
        shouted = sum(1 for word in run if _shouted_word(word))
        # "INCREASE USE of …": a short dictionary word beside a shouted one is shouted too; a verb the
        # lexicon knows, shouted at the very start ("IMPROVE NPS for …"), is the order
        opening_verb = bool(run) and run[0] is slots[0] and _shouted_word(run[0]) and run[0].word.verb is not None
        if shouted >= 2:
            words = [word for word in run if word.kind == "word" and word.case == "upper"]
        elif shouted == 1 and (opening_verb or any(_short_shouted_word(word) for word in run)):
            # only the dictionary words: "GROW ARR": ARR stays an acronym
            words = [word for word in run if _shouted_word(word) or _short_shouted_word(word)]
        else:
            words = []
        for word in words:
            word.low, word.case, word.word = _word_facts(word.text, True)
        run = []


def _shouted_word(slot: _Slot) -> bool:
    word = slot.word
    if slot.case != "upper" or word is None or word.closed is not None or len(slot.text) < _SHOUTED_MIN:
        return False
    # a word the lexicon knows, or a long one ("RENOVATION"): acronyms are short ("EBITDA" has six letters)
    return (word.known and (word.verb is not None or word.noun is not None or word.adj is not None)) \
        or len(slot.text) >= _SHOUTED_LONG


def _short_shouted_word(slot: _Slot) -> bool:
    """A three-letter word in capitals that the lexicon knows as a verb, noun or adjective ("USE", "RUN",
    "FIX"): an acronym of three letters ("NPS", "ARR") is no dictionary word."""
    word = slot.word
    return slot.kind == "word" and slot.case == "upper" and len(slot.text) == 3 and word is not None \
        and word.closed is None and word.known and (word.verb is not None or word.noun is not None or word.adj is not None)


_SHOUTED_MIN = 4  # letters: shorter capitals are mostly acronyms ("NPS", "ARR", "SLA")
_SHOUTED_LONG = 7


# A word's `_word_facts` in a text that is not all capitals (nearly every text), by the word as written:
# one dictionary lookup a word. Bounded: emptied when full; words longer than _MAX_WORD are not kept.
_WORDS: dict[str, tuple[str, str, _Word]] = {}
_MAX_WORDS = 16_384
_MAX_WORD = 40


@bounded_memo(max_entries=16384, max_chars=400_000)  # the same words come back text after text
def _case_of(text: str, shouting: bool) -> str:
    letters = text.replace("'", "").replace("’", "").replace("-", "")
    if any(c.isdigit() for c in letters):
        return "code"  # "Q2", "V1", "e2e", "P99", "B2B"
    if shouting:
        return "lower"
    if len(letters) > 1 and (letters.isupper() or (letters[-1] == "s" and len(letters) > 2 and letters[:-1].isupper())):
        return "upper"
    if letters[:1].isupper():
        return "cap" if letters[1:].islower() or len(letters) == 1 else "mixed"
    return "mixed" if any(c.isupper() for c in letters) else "lower"


@bounded_memo(max_entries=16384, max_chars=400_000)  # one lookup per word instead of three steps
def _word_facts(text: str, shouting: bool) -> tuple[str, str, _Word]:
    """A word's lower-cased form, its case and its readings: they depend on the word alone."""
    low = text.lower().replace("’", "'")
    return low, _case_of(text, shouting), _readings(low)


def _lang_of(slot: _Slot) -> str:
    if slot.kind == "word":
        return "en"
    if slot.kind == "foreign":
        from okrlint.analysis.detect import script_of

        script = script_of(slot.text[0])
        return {"cyrillic": "ru", "han": "zh"}.get(script, "")
    return ""


# Context helpers. "Previous" skips adverbs and "not", which do not change the slot a word is in.


def _prev(slots: list[_Slot], i: int) -> _Slot | None:
    for j in range(i - 1, -1, -1):
        s = slots[j]
        if s.pos is ADV or (s.pos is PART and s.lemma == "not"):
            continue
        return s
    return None


def _prev_at(slots: list[_Slot], i: int) -> int:
    """Where `_prev` finds its slot, or -1: the index, for a step further left without a search of the list."""
    for j in range(i - 1, -1, -1):
        s = slots[j]
        if s.pos is ADV or (s.pos is PART and s.lemma == "not"):
            continue
        return j
    return -1


def _next(slots: list[_Slot], i: int) -> _Slot | None:
    return slots[i + 1] if i + 1 < len(slots) else None


def _next_at_skipping_adverbs(slots: list[_Slot], i: int) -> int:
    """Where the next slot that is no adverb or "not" is, or len(slots)."""
    for j in range(i + 1, len(slots)):
        s = slots[j]
        w = s.word
        if w is not None and (w.adv and not w.verb and not w.noun or s.low == "not"):
            continue
        return j
    return len(slots)


def _closed_kind(slot: _Slot | None) -> str | None:
    if slot is None or slot.word is None or slot.word.closed is None:
        return None
    return slot.word.closed[2]


def _is_clause_start(prev: _Slot | None) -> bool:
    return prev is None or (prev.pos is PUNCT and prev.text in _STRONG_PUNCT)


def _is_nominal_left(prev: _Slot | None) -> bool:
    """A slot after which a word is part of a noun phrase: "the", "new", "10", "customer's", "for"."""
    if prev is None:
        return False
    if prev.pos in (DET, NUM, ADP, ADJ):
        return True
    return prev.pos is SYM and prev.text in _CURRENCY or "possessive" in prev.tags


def _starts_noun_phrase(slot: _Slot | None) -> bool:
    """Whether an object (noun phrase) starts at this slot: "the", "10", "our", "new", "$", "[N1]"."""
    if slot is None:
        return False
    if slot.kind in ("num", "ph") or (slot.kind == "other" and slot.text in _CURRENCY):
        return True
    kind = _closed_kind(slot)
    if slot.low in ("that", "which", "who", "what"):
        return False  # a relative clause, not an object
    if kind in ("det", "num", "degree", "ordinal", "pron"):
        return True
    w = slot.word
    return w is not None and w.closed is None and (w.adj is not None and w.verb is None or slot.case == "upper")


def _is_verb_follower(slot: _Slot | None) -> bool:
    """An auxiliary or finite verb follows: "Launch is done", "Release notes published"."""
    return _closed_kind(slot) in ("be", "have", "modal")


# Verbs that say where a level goes or stays; their "-s" form after a first word makes that word the
# subject: "Churn stays under 2%", "Backlog drops below 50" (an order would be "Churn customers").
_LEVEL_VERBS = frozenset({"stay", "remain", "reach", "exceed", "grow", "drop", "fall", "rise", "decline", "hold", "pass",
                          "top", "cross", "become", "get"})  # (and "Support gets better": no order to support)
# Verbs of a move that close the clause after a plural subject ("Duplicate submissions decrease"); before an object
# they order the move ("Reduce duplicate submissions").
_MOVES_AT_THE_END = frozenset({"increase", "decrease", "improve", "shrink"})


# Words of a bound right after a level verb: "stay below", "remain under", "drop within".
_BOUNDS = frozenset({"below", "above", "under", "within"})


def _acts_on_a_determined_object(slots: list[_Slot], i: int) -> bool:
    """"Finance closes the books", "Support answers all tickets": a department that is a verb too, then an "-s"
    verb with a determiner after it — the department acts on that object (not "Track issues the same day")."""
    if slots[i].low not in _DEPARTMENTS:
        return False
    nxt = _next(slots, i)
    w = nxt.word if nxt is not None else None
    if w is None or w.closed is not None or w.shape != "s" or w.verb is None:
        return False
    return _closed_kind(_next(slots, i + 1)) == "det"


# Departments named by a word that is a verb too
_DEPARTMENTS = frozenset({"finance", "marketing", "support", "design", "engineering", "product", "legal", "security",
                          "recruiting", "research", "operations", "procurement", "accounting", "compliance", "growth"})


def _level_verb_says(slot: _Slot | None, after: _Slot | None = None) -> bool:
    w = slot.word if slot is not None else None
    return w is not None and w.closed is None and w.shape == "s" and (
        w.verb in _LEVEL_VERBS or _moves_with_a_particle(w, after))


# Verbs that move a level with "up" or "down" after them: "Churn goes up", "Complaints come down", "Usage trends up".
_MOVES_BY_PARTICLE = frozenset({"go", "come", "trend"})


def _moves_with_a_particle(w: _Word, after: _Slot | None) -> bool:
    return w.verb in _MOVES_BY_PARTICLE and after is not None and after.low in ("up", "down")


def _clause_verb(slots: list[_Slot], i: int) -> _Slot | None:
    """The nearest verb to the left in the same clause (for coordination)."""
    for j in range(i - 1, -1, -1):
        s = slots[j]
        if s.pos is PUNCT and s.text in _STRONG_PUNCT:
            return None
        if s.pos is VERB:
            return s
    return None


def _later_predicate(slots: list[_Slot], i: int) -> bool:
    """A participle / finite verb comes later in the clause: "Support tickets resolved in 1 day"."""
    for j in range(i + 1, min(len(slots), i + 6)):
        s = slots[j]
        if s.kind != "word":
            return False
        w = s.word
        if w is None or w.closed is not None:
            return _closed_kind(s) in ("be", "have", "modal")
        if w.shape in ("ed", "past", "pp") or (w.shape == "s" and w.flag != "c" and j > i + 1):
            return True
        if j > i + 1 and w.adj is not None and w.verb is None and j + 1 < len(slots) and slots[j + 1].kind == "num":
            return True  # "Search service available 99.95% of the month": the level it is at
        before = slots[j - 1].word
        if w.shape == "base" and w.verb in _LEVEL_VERBS and j > i + 1 and before is not None and before.plural:
            return True  # "Release notes remain accurate": a plural subject, then where it stays
        if w.shape == "base" and j > i + 1 and before is not None and before.plural and j + 1 < len(slots) \
                and _moves_with_a_particle(w, slots[j + 1]):
            return True  # "Support tickets go down", "Refund requests come down": what moves, then its move
        if w.shape == "base" and w.verb in _MOVES_AT_THE_END and j > i + 1 and before is not None and before.plural \
                and (j + 1 == len(slots) or slots[j + 1].kind != "word" or slots[j + 1].low == "by"):
            return True  # "Duplicate submissions decrease", "Support tickets increase by 10%": what moves, then its move
        if w.shape == "base" and w.verb is not None and j > i + 1 and before is not None and before.plural \
                and j + 1 < len(slots) and _closed_kind(_next(slots, j)) == "det":
            return True  # "Pilot users rate the new editor 4+": a plural subject, a verb, then its object's article
    return False


def _decide(slots: list[_Slot], i: int) -> None:
    slot = slots[i]
    w = slot.word
    assert w is not None
    if w.closed is not None:
        _decide_closed(slots, i)
    elif slot.case in ("upper", "code", "mixed"):
        _decide_name(slots, i)
    elif slot.low == "x" and i > 0 and slots[i - 1].kind == "num" and slots[i - 1].end == slot.start:
        slot.pos, slot.lemma = SYM, "x"  # "3x", "1.5x": a multiplier
    elif slot.text in _PLACEHOLDER_LETTERS and _is_placeholder(slots, i):  # the letters first: no call for a word
        slot.pos, slot.lemma = NUM, slot.low
        slot.tags += ("placeholder",)
    elif w.verb is not None:
        _DECIDE_BY_SHAPE.get(w.shape, _decide_ed)(slots, i)
    else:
        _decide_other(slots, i)
    if slot.pos is VERB and slot.family is None:
        slot.family = slot.lemma


def _is_placeholder(slots: list[_Slot], i: int) -> bool:
    """"by X%", "from X to Y", "XX minutes": a capital letter standing for a hidden number."""
    slot = slots[i]
    if slot.text not in _PLACEHOLDER_LETTERS:
        return False
    nxt, prev = _next(slots, i), _prev(slots, i)
    if nxt is not None and nxt.text == "%":
        return True
    return prev is not None and (prev.low in _NUMBER_CONTEXT or prev.text in _CURRENCY)


def _decide_closed(slots: list[_Slot], i: int) -> None:
    slot = slots[i]
    assert slot.word is not None and slot.word.closed is not None
    pos, lemma, kind = slot.word.closed
    slot.pos, slot.lemma = pos, lemma
    if kind in _SETTLED_CLOSED and slot.low != "that":
        return  # "the", "of", "and", "two": no check below applies to them ("that" may be a conjunction)
    if slot.case == "cap" and slot.low in _CALENDAR_NAMES and i > 0:
        slot.pos = PROPN  # "in May"
        return
    if slot.case == "upper" and kind not in ("to", "conj", "adp", "det") and slot.text in ("IT", "US", "AI"):
        slot.pos, slot.lemma = NOUN, slot.low  # "IT", "US" are names here, not pronouns
        return
    if kind == "to":
        _decide_to(slots, i)
    elif kind in ("be", "have", "do", "modal"):
        _decide_auxiliary(slots, i, kind)
    elif kind == "degree":
        nxt = _next(slots, i)
        nw = nxt.word if nxt else None
        if nw is not None and nw.closed is None and nw.adj and not nw.noun:
            slot.pos = ADV
    elif slot.low == "that":
        prev = _prev(slots, i)
        slot.pos = CONJ if prev is not None and prev.pos is VERB else PRON
    elif kind == "contraction" and slot.low in ("let's",):
        slot.form = IMPERATIVE
    if kind == "contraction" and slot.low.endswith(tuple(_AUX_CONTRACTIONS)):
        slot.tags += ("aux:" + _AUX_CONTRACTIONS[slot.low[slot.low.rindex("'") :]],)
    if kind == "neg" or slot.low in _NEGATIVE_CONTRACTIONS:
        slot.tags += ("neg",)


# Kinds of function words whose part of speech and lemma out of context are the decision: none is a
# calendar name, a pronoun written as a name ("IT", "US"), an auxiliary, "to" or a contraction.
_SETTLED_CLOSED = frozenset(("det", "adp", "conj", "num", "ordinal"))


_TO_PREPOSITIONS = frozenset(("according", "due", "thanks", "prior", "compared", "relative", "next", "close", "owing"))


def _decide_to(slots: list[_Slot], i: int) -> None:
    """"to launch" (PART) vs "to 5%", "to production" (ADP)."""
    slot = slots[i]
    prev = _prev(slots, i)
    if prev is not None and prev.low in _TO_PREPOSITIONS:
        slot.pos = ADP  # "according to plan", "due to churn", "relative to bittorrent"
        return
    j = _next_at_skipping_adverbs(slots, i)
    nxt = slots[j] if j < len(slots) else None
    w = nxt.word if nxt is not None else None
    if w is not None and w.closed is None and w.shape == "base" and nxt is not None and nxt.case in ("lower", "cap"):
        after = _next(slots, j)
        # "to guard every deploy": a determiner cannot follow a noun, so the word is a verb
        if w.verb_only or w.flag != "c" or not _starts_noun_phrase(after) or _closed_kind(after) == "det":
            slot.pos = PART
            return
    if w is not None and w.closed is not None and w.closed[1] == "be":
        slot.pos = PART
        return
    slot.pos = ADP


def _decide_auxiliary(slots: list[_Slot], i: int, kind: str) -> None:
    """be / have / do / modals: PART (auxiliary) before a verb form, else a VERB of their own."""
    slot = slots[i]
    j = _next_at_skipping_adverbs(slots, i)
    w = slots[j].word if j < len(slots) else None
    verb_follows = w is not None and w.closed is None and w.verb is not None and (
        (kind == "be" and w.shape in ("ed", "pp", "ing", "past"))
        or (kind == "be" and w.also_ed)
        or (kind == "have" and (w.shape in ("ed", "pp", "past") or w.also_ed))
        or (kind in ("do", "modal") and w.shape == "base")
    )
    if kind == "modal" or verb_follows or (w is not None and w.closed is not None and w.closed[2] in ("be", "have", "not", "neg")):
        slot.pos = PART
        slot.tags += ("aux",)
        return
    slot.pos = VERB
    prev = _prev(slots, i)
    slot.form = IMPERATIVE if _is_clause_start(prev) and slot.low in ("be", "have", "do") else FINITE
    if slot.low in ("being", "having", "doing"):
        slot.form = GERUND
    elif slot.low == "been":
        slot.form = PARTICIPLE


def _decide_name(slots: list[_Slot], i: int) -> None:
    """Acronyms ("NPS", "SLAs"), codes ("Q2", "V1") and CamelCase names ("HubSpot")."""
    slot = slots[i]
    text = slot.text
    if slot.case == "upper":
        slot.pos = NOUN
        if text.endswith(("'s", "’s")):  # "the DRI’s plan": a possessive, not a plural
            text = text[:-2]
            slot.tags += ("possessive",)
        plural = text[-1] == "s" and text[:-1].isupper()
        slot.lemma = text[:-1].lower() if plural else text.lower()
        slot.tags += ("acronym",)
        if text in _PLACEHOLDER_LETTERS and _is_placeholder(slots, i):
            slot.pos = NUM
            slot.tags += ("placeholder",)
        return
    slot.lemma = slot.low
    slot.pos = PROPN if slot.case == "mixed" else NOUN


def _as_verb(slot: _Slot, form: VerbForm, lemma: str | None = None, tag: str | None = None) -> None:
    assert slot.word is not None
    slot.pos = VERB
    slot.lemma = lemma or slot.word.verb or slot.low
    slot.form = form
    if tag:
        slot.tags += (tag,)


def _as_noun(slot: _Slot) -> None:
    """The noun reading; a noun naming an action gets ACTION_NOUN and its verb family."""
    w = slot.word
    assert w is not None
    if w.noun is None and w.adj is not None:
        slot.pos, slot.lemma = ADJ, w.adj
        return
    slot.pos = NOUN
    slot.lemma = w.noun or w.verb or slot.low
    if w.plural:
        slot.tags += ("plural",)
    family = w.family if w.noun else (w.verb if w.flag != "c" else None)
    if family:
        slot.form, slot.family = ACTION_NOUN, family
    if slot.case == "cap" and slot.start > 0 and not w.known:
        slot.pos = PROPN


def _decide_base(slots: list[_Slot], i: int) -> None:
    """A verb's base form, which may also be a noun or adjective: launch, release, plan, clear."""
    slot, w = slots[i], slots[i].word
    assert w is not None
    prev = _prev(slots, i)
    if prev is None:  # nothing before but adverbs: none of the tests on the word before applies
        return _decide_clause_initial(slots, i)
    nxt = _next(slots, i)
    prev_kind = _closed_kind(prev)  # below, `prev` is a slot
    if prev_kind == "to" and prev.pos is PART:
        return _as_verb(slot, INFINITIVE)
    if prev_kind in ("modal", "do") or "neg" in prev.tags:
        if prev_kind == "do" and _is_clause_start(_prev(slots, _prev_at(slots, i))):
            return _as_verb(slot, IMPERATIVE)  # "Don't push untested code"
        return _as_verb(slot, FINITE)
    if prev_kind == "be" and _lexicon().participles.get(slot.low) == slot.low:
        return _as_verb(slot, PARTICIPLE)  # "Goals have been set", "Costs are cut": a participle the same as its base
    if prev_kind == "be" and w.adj is not None:
        slot.pos, slot.lemma = ADJ, w.adj  # "testing is complete"
        return None
    if _is_clause_start(prev) or (prev.text == "," and _comma_starts_clause(slots, i)):
        return _decide_clause_initial(slots, i)
    if prev.pos is CONJ and prev.lemma in _COORDINATORS or prev.text in (",", "/"):
        return _decide_coordinated(slots, i)
    if prev.pos in (NOUN, PROPN) and w.verb in _LEVEL_VERBS and nxt is not None and nxt.low in _BOUNDS:
        return _as_verb(slot, FINITE)  # "On-call pages per week stay below 10": a level verb, then its bound
    if prev.pos in (NOUN, PROPN) and w.verb is not None and _helped_ones_before(slots, i):
        return _as_verb(slot, INFINITIVE, tag="bare")  # "Help the sales team close deals": what they are helped to do
    if _is_nominal_left(prev):
        return _noun_or_adjective(slots, i)
    if prev.pos is PRON and prev.low in _SUBJECT_PRONOUNS:
        return _as_verb(slot, FINITE)
    if prev.pos in (NOUN, PROPN) and "plural" in prev.tags and w.flag == "c" and nxt is None:
        # "Hit the bookings target", "Bookings target": the noun phrase ends with the thing it names (a subject
        # would go on after a verb that names a thing: "Bookings target enterprise buyers")
        return _as_noun(slot)
    if prev.pos in (NOUN, PROPN) and "plural" in prev.tags and (w.flag != "c" or _object_or_end(nxt)):
        return _as_verb(slot, FINITE)  # "Releases ship on time"
    if prev.pos in (NOUN, PROPN) and _closed_kind(nxt) == "det" and _coordinated_noun(slots, _prev_at(slots, i)):
        # "The site's structure and design support a positive learning experience": two nouns joined
        # make a plural subject, and a determiner after the word opens its object
        return _as_verb(slot, FINITE)
    if prev.lemma in _BARE_INFINITIVE_HEADS and w.verb_only:
        return _as_verb(slot, INFINITIVE, tag="bare")  # "Help achieve", "Let's build"
    if slot.case == "cap" and slot.start > 0 and w.noun is not None:
        return _as_noun(slot)  # "Finance and Legal teams" mid-sentence
    if w.verb_only and prev.pos not in (NOUN, PROPN, VERB):
        return _as_verb(slot, IMPERATIVE)
    return _noun_or_adjective(slots, i)  # "email nurture series", "Increase repeat customer rate"


def _helped_ones_before(slots: list[_Slot], i: int) -> bool:
    """The words before slot `i` are the object of "help" or "let" (a noun phrase of up to four words
    right after it): "Help [the sales team] close …", "Let [finance] close …" — a verb there is the bare
    infinitive of what they are helped or let to do. ("make" is left out: "Make [the docs search] faster".)"""
    at, taken = _prev_at(slots, i), 0
    while at >= 0 and taken < 4 and slots[at].pos in (NOUN, PROPN, ADJ, DET):
        at, taken = _prev_at(slots, at), taken + 1
    return taken > 0 and at >= 0 and slots[at].pos is VERB and slots[at].lemma in _HELPING_HEADS \
        and slots[at + 1].low not in _HELP_COMPOUNDS


_HELPING_HEADS = frozenset(("help", "let"))
_HELP_COMPOUNDS = frozenset(("desk", "center", "centre", "page", "pages", "docs", "article", "articles"))  # "Help desk …": a noun


def _coordinated_noun(slots: list[_Slot], i: int) -> bool:
    """The noun at `i` is joined by "and"/"&" to a noun before it: "structure and design"."""
    at = _prev_at(slots, i)
    before = _prev(slots, at) if at >= 0 and slots[at].low in ("and", "&") else None
    return before is not None and before.pos in (NOUN, PROPN)


def _object_or_end(slot: _Slot | None) -> bool:
    return slot is None or _starts_noun_phrase(slot) or slot.pos in (PUNCT, ADP) or (
        slot.word is not None and (slot.word.adv or _closed_kind(slot) == "adp")
    )


def _comma_starts_clause(slots: list[_Slot], i: int) -> bool:
    """After a comma a verb starts a new clause if it is verb-only or takes an object: ", fix it"."""
    w = slots[i].word
    assert w is not None
    return w.verb_only or _starts_noun_phrase(_next(slots, i)) or _after_an_opening_phrase(slots, i)


def _after_an_opening_phrase(slots: list[_Slot], i: int) -> bool:
    """The first comma closes a phrase the text opens with a preposition ("For each vendor, check …", "By June,
    ship …"): the clause, and its verb, start after it."""
    first = next((s for s in slots if s.kind == "word"), None)
    return first is not None and _closed_kind(first) == "adp" \
        and not any(s.text == "," for s in slots[:i - 1])


def _decide_clause_initial(slots: list[_Slot], i: int) -> None:
    """The start of a KR: an imperative, unless what follows shows the word is the subject."""
    slot, w = slots[i], slots[i].word
    assert w is not None
    nxt = _next(slots, i)
    if w.verb in _MOVES_BY_PARTICLE and w.noun is not None and not _moves_with_a_particle(w, nxt):
        return _as_noun(slot)  # "Trend analysis for churn": "trend" orders nothing, it is a verb only before "up"/"down"
    if w.adj is not None and w.noun is None and nxt is not None and nxt.low in _MEASURE_HEADS:
        slot.pos, slot.lemma = ADJ, w.adj  # "Mean time to repair", "Mean score": the mean of a measure, no order
        return
    if w.noun is not None:  # so not verb-only
        if nxt is not None and (nxt.low in ("of", "below", "above") or _is_verb_follower(nxt) or _level_verb_says(nxt, _next(slots, i + 1))
                                or _acts_on_a_determined_object(slots, i)):
            return _as_noun(slot)  # "Launch of X", "Launch is done", "Churn below the industry average", "Churn stays …"
        nw = nxt.word if nxt is not None else None
        gerund_object = nw is not None and nw.shape == "ing"  # "Run onboarding calls": run what? onboarding
        # (a verb that moves a measure keeps its order: "Decrease time spent in review" — spent says which time)
        if nw is not None and nw.closed is None and nw.noun is not None and not _starts_noun_phrase(nxt) \
                and not gerund_object and slot.low not in _CHANGING_VERBS and _later_predicate(slots, i):
            return _as_noun(slot)  # "Release notes published", "Test coverage reaches 80%"
        if nxt is None and w.flag in ("n", "c") and w.noun in _lexicon().nouns:
            return _as_noun(slot)
        if _measure_compound(slots, i) or _change_compound(slots, i) or _measure_placed_then_level(slots, i):
            return _as_noun(slot)  # "Test stability and tooling", "Build time 8 minutes": what is measured
        if slot.low in _MEASURES_BEFORE_TO and nxt is not None and nxt.low == "to":
            # "Time to onboard a new company", "Time to first value", "Cost to acquire a customer": a measure,
            # no order to time or to cost
            return _as_noun(slot)
        if _rate_follows(slots, i):
            return _as_noun(slot)  # "Cost per lead", "Support hours per resolved ticket": a rate, no order to cost
    return _as_verb(slot, IMPERATIVE)


# Measures named by a word that is also a verb, before "to" and what is timed or priced.
_MEASURES_BEFORE_TO = frozenset({"time", "cost"})
# Units of time a rate counts before "per": "Support hours per ticket", "Review minutes per pull request".
_TIME_UNITS = frozenset({"seconds", "minutes", "hours", "days", "weeks"})
# Measures an adjective that is also a verb ("mean") may open: it is their mean, not an order.
_MEASURE_HEADS = _TIME_UNITS | {"time", "times", "cost", "value", "score", "rate", "latency", "duration"}


def _rate_follows(slots: list[_Slot], i: int) -> bool:
    """"per" right after the word, or after a unit of time after it: the word names what is counted per
    something, a rate; an order puts its object first ("Run 3 tests per commit")."""
    nxt = _next(slots, i)
    if nxt is not None and nxt.low in _TIME_UNITS:
        nxt = _next(slots, i + 1)
    return nxt is not None and nxt.low == "per"


# Nouns that head a measure of the noun before them ("code quality", "test coverage", "build time").
_MEASURE_HEADS = frozenset({"quality", "health", "coverage", "time", "frequency", "rate", "velocity", "latency",
                            "speed", "performance", "score", "reliability", "availability", "uptime", "throughput",
                            "hygiene", "duration", "cost", "size", "stability", "turnaround", "volume", "ratio", "count",
                            "share", "percentage", "accuracy", "efficiency", "cadence"})
# Verbs that act on a measure named after them ("Measure quality", "Track velocity"): an order, never a compound.
_MEASURING_VERBS = frozenset({"measure", "track", "monitor", "review", "assess", "audit", "report", "benchmark"})
# Verbs that move it, and are nouns too ("Increase quality of releases", "Cut cost of hosting"): the order to
# move it, as "Improve quality of releases" is; the compound puts the change last ("quality increase").
_CHANGING_VERBS = frozenset({"increase", "decrease", "boost", "raise", "cut", "lift", "double", "halve", "triple"})


def _measure_compound(slots: list[_Slot], i: int) -> bool:
    """A word that is a noun too, then a measure's head, then nothing, a number or "and": the name of a
    measure ("Build health 0.9", "Lint coverage"), not an order to build the health."""
    if slots[i].low in _MEASURING_VERBS or slots[i].low in _CHANGING_VERBS:
        return False
    head_at = i + 1
    nxt = _next(slots, i)
    if nxt is not None and nxt.low not in _MEASURE_HEADS and _noun_only_modifier(nxt, _next(slots, i + 1)):
        head_at, nxt = i + 2, _next(slots, i + 1)  # "Backup success rate 100%", "Design review turnaround < 2 days"
    if nxt is None or nxt.low not in _MEASURE_HEADS:
        return False
    return _ends_a_name(_next(slots, head_at), _AFTER_A_MEASURE)


# Prepositions that say where a measure is taken: "Frame rate on the big map", "Build time in CI".
_WHERE_MEASURED = frozenset({"on", "in", "for", "across", "during"})


def _measure_placed_then_level(slots: list[_Slot], i: int) -> bool:
    """A noun, a measure's head, where it is taken, then the level it stays at: "Frame rate on the big map
    stays above 50 FPS" names the measure, as "Frame rate stays above 50 FPS" does; "Drive quality in every
    release" has no level verb and stays an order."""
    if slots[i].low in _MEASURING_VERBS or slots[i].low in _CHANGING_VERBS:
        return False
    head, where = _next(slots, i), _next(slots, i + 1)
    if head is None or head.low not in _MEASURE_HEADS or where is None or where.low not in _WHERE_MEASURED:
        return False
    for j in range(i + 3, min(len(slots), i + 10)):
        if slots[j].kind != "word":
            return False  # a number or a mark first: no verb of the level in this clause
        if _level_verb_says(slots[j]):
            return True
    return False


def _ends_a_name(after: _Slot | None, followers: frozenset[str]) -> bool:
    """What may follow a compound's name: nothing, its number, punctuation, or one of `followers` — a word, or a
    sign by its text (a sign is a slot of its own kind: "Deploy time < 10 min")."""
    return after is None or after.pos in (NUM, PUNCT) or after.low in followers or after.text in followers


# Nouns that name a change of the noun before them ("churn reduction", "lead growth"), the head of the compound.
_CHANGE_HEADS = frozenset({"reduction", "reductions", "growth", "increase", "increases", "decrease", "decreases",
                           "improvement", "improvements", "decline", "gain", "gains", "expansion", "acceleration",
                           "optimization", "optimisation"})


def _change_compound(slots: list[_Slot], i: int) -> bool:
    """A word that is a noun too, then a noun of change, then nothing, a number, "of", "by", "to" or
    punctuation: a change named ("Churn reduction by 20%", "Lead growth"), not an order to churn.
    Verbs that move a measure stay the order ("Increase growth", "Boost improvement")."""
    if slots[i].low in _CHANGING_VERBS or slots[i].low in _MEASURING_VERBS:
        return False
    nxt = _next(slots, i)
    if nxt is None or nxt.low not in _CHANGE_HEADS:
        return False
    return _ends_a_name(_next(slots, i + 1), _AFTER_A_CHANGE)


_AFTER_A_CHANGE = frozenset({"of", "by", "to", "from", "in", "for", "and", "&"})  # "Churn reduction by 20%"


def _noun_only_modifier(slot: _Slot, head: _Slot | None) -> bool:
    """A word that is a noun here, the first half of a compound measure: one that can only be a noun ("success
    rate"), or a noun that is a verb too right before a measure's head ("review turnaround", "cycle time")."""
    w = slot.word
    if w is None or w.closed is not None or w.noun is None or w.shape == "ing":
        return False
    return w.verb is None or (head is not None and head.low in _MEASURE_HEADS)


# What follows a measure's name: its number, a bound on it, another name joined to it.
_AFTER_A_MEASURE = frozenset({"and", "&", "<", ">", "≤", "≥", "<=", ">=", "=", "above", "below", "under", "over", "at",
                              "of", "from", "to", "stays", "is", "reaches", "improves", "drops", "per", "for"})


def _decide_coordinated(slots: list[_Slot], i: int) -> None:
    """After "and"/"or"/","/"&": share the form of the verb it is coordinated with."""
    slot, w = slots[i], slots[i].word
    assert w is not None
    verb = _clause_verb(slots, i)
    at = _prev_at(slots, i)  # the conjunction or comma
    at = _prev_at(slots, at) if at >= 0 else -1
    while at >= 0 and slots[at].text == ",":  # "find, interview, and sign"
        at = _prev_at(slots, at)
    before = slots[at] if at >= 0 else None
    directly_after_verb = before is not None and before.pos is VERB
    takes_object = _starts_noun_phrase(_next(slots, i))
    if verb is not None and verb.form is not None and (w.verb_only or directly_after_verb or takes_object):
        form = verb.form if verb.form is not PARTICIPLE else FINITE
        return _as_verb(slot, form)
    if verb is None and (w.verb_only or directly_after_verb) and slot.case != "cap":
        return _as_verb(slot, IMPERATIVE)
    if verb is None and w.verb_only:
        return _as_verb(slot, IMPERATIVE)  # "ID & Establish relationships"
    return _noun_or_adjective(slots, i)


def _noun_or_adjective(slots: list[_Slot], i: int) -> None:
    """In a noun phrase: an adjective before a noun ("clear plan"), otherwise a noun."""
    slot, w = slots[i], slots[i].word
    assert w is not None
    nxt = _next(slots, i)
    nw = nxt.word if nxt is not None else None
    if w.adj is not None and nw is not None and nw.closed is None and (nw.noun is not None or nxt.case == "upper"):
        slot.pos, slot.lemma = ADJ, w.adj
        return
    _as_noun(slot)


# Pronouns that take a verb's "-s" after them: "it grows", "Nobody waits", "Everyone holds a 1:1".
_SINGULAR_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "who", "which", "that", "this", "nobody", "everybody",
                                        "everyone", "someone", "somebody", "anyone", "anybody", "noone",
                                        "everything", "nothing", "something", "anything", "each"})


def _decide_s_form(slots: list[_Slot], i: int) -> None:
    """"-s": a plural noun ("10 launches", "Run tests") or a 3rd-person verb ("Revenue grows 20%")."""
    slot, w = slots[i], slots[i].word
    assert w is not None
    at = _prev_at(slots, i)
    prev, nxt = slots[at] if at >= 0 else None, _next(slots, i)
    subject = prev is not None and (
        prev.pos in (NOUN, PROPN) and "plural" not in prev.tags
        or prev.pos is PRON and prev.low in _SINGULAR_SUBJECT_PRONOUNS
    )
    takes_object = _starts_noun_phrase(nxt) or (nxt is not None and nxt.word is not None and nxt.word.adv)
    if subject and w.noun is not None and _counted_compound(slots, at):
        return _as_noun(slot)  # "3 blog posts every month": the number counts the plural the noun before it names
    if prev is not None and prev.pos is PRON and subject:
        return _as_verb(slot, FINITE)  # "a tool that helps clients"
    if subject and _moves_with_a_particle(w, nxt):
        return _as_verb(slot, FINITE)  # "Churn trends down", "Usage trends up": a measure and its move, no plural
    if subject and (w.noun is None or w.flag == "" or takes_object) and not _is_nominal_left(prev):
        return _as_verb(slot, FINITE)
    if w.noun is None:
        return _as_verb(slot, FINITE)
    if subject and any(s.low in _FREQUENCY_ADVERBS for s in slots[at + 1:i]):
        return _as_verb(slot, FINITE)  # "The build never breaks on main": a subject, how often, its verb
    if subject and w.verb is not None and _made_thing_opens(slots, at) and _bare_object(nxt):
        return _as_verb(slot, FINITE)  # "Dashboard shows revenue by region": a made thing and what it does
    if subject and w.verb is not None and _subject_opened_by_determiner(slots, at) and _object_or_place_follows(slots, i):
        return _as_verb(slot, FINITE)  # "Each release passes security review", "Every sprint ends with a demo"
    if subject and w.verb is not None and nxt is not None and nxt.low in _WHERE_IT_WORKS \
            and (_made_thing_opens(slots, at) or w.verb in _VERBS_OF_WORKING):
        # "The CLI works on Windows", "The app runs offline", "The daemon works with the new DHT": where or how a
        # thing does it ("page views per week" stays a compound: "per" counts)
        return _as_verb(slot, FINITE)
    _as_noun(slot)


# Words after an "-s" form that say where or how a thing does what it does.
_WHERE_IT_WORKS = frozenset({"on", "in", "with", "without", "across", "offline", "online", "everywhere", "reliably",
                             "smoothly", "correctly", "locally", "out"})
# Verbs whose "-s" form after a singular noun says the thing works ("works", "runs"): not a compound's plural
# after a subject that opens the text.
_VERBS_OF_WORKING = frozenset({"work"})


# Things a team makes that do something in a KR ("Dashboard shows …", "The app supports …"): before an
# "-s" word and its object, the subject, not the first noun of a compound ("dashboard views per week").
_MADE_THINGS = frozenset({"dashboard", "report", "page", "homepage", "app", "tool", "bot", "api", "cli", "service",
                          "site", "website", "widget", "form", "search", "pipeline", "script", "plugin", "extension",
                          "portal", "editor", "assistant", "agent", "chatbot", "sdk", "library", "system", "platform"})


# Determiners that open a sentence's subject: a heading's compound ("Sprint reviews attendance") has none.
_SUBJECT_DETERMINERS = frozenset({"every", "each", "the", "our", "their", "its", "my", "your", "this", "no", "any"})


def _subject_opened_by_determiner(slots: list[_Slot], at: int) -> bool:
    """The text opens with a determiner and the subject's words up to `at` ("Every company's first deployment …"):
    a sentence, whose "-s" word after the subject is its verb, not a compound's plural."""
    words = [s for s in slots[:at + 1] if s.kind != "space"]
    return len(words) >= 2 and words[0].low in _SUBJECT_DETERMINERS \
        and all(s.pos in (NOUN, PROPN, ADJ) or "possessive" in s.tags for s in words[1:])


def _object_or_place_follows(slots: list[_Slot], i: int) -> bool:
    """After the "-s" word, its object ("passes security review", "covers the basics") or where it happens with its
    own determiner ("ends with a demo"); not a rate ("visits per month") or a bare time ("visits in Q3")."""
    nxt = _next(slots, i)
    if nxt is None:
        return False
    if _bare_object(nxt) or _starts_noun_phrase(nxt):
        return True
    after = _next(slots, i + 1)
    return nxt.low in _WHERE_IT_WORKS and after is not None and _closed_kind(after) == "det"


def _made_thing_opens(slots: list[_Slot], at: int) -> bool:
    """The text opens with a made thing, maybe after "the"/"our"/"a": "Dashboard …", "The app …"."""
    before = [s for s in slots[:at] if s.kind != "space"]
    return slots[at].low in _MADE_THINGS and all(s.low in ("the", "our", "a", "an", "new") for s in before)


def _bare_object(slot: _Slot | None) -> bool:
    """A noun or adjective with no article opens the object: "shows revenue", "lists churned accounts"."""
    w = slot.word if slot is not None else None
    return w is not None and w.closed is None and (w.noun is not None or w.adj is not None)


def _counted_compound(slots: list[_Slot], i: int) -> bool:
    """The noun at `i` follows a number above one ("3 blog", "12 support", "Two blog"): it names the kind
    of the plural counted after it, for a number counts no singular noun."""
    before = _prev(slots, i)
    return before is not None and (before.kind == "num" or _closed_kind(before) == "num") \
        and before.low not in ("1", "one")


# Adverbs of how often that stand between a subject and its verb: "The build never breaks".
_FREQUENCY_ADVERBS = frozenset({"never", "always", "rarely", "seldom", "often", "usually", "still", "also", "already"})


_POSSESSIVES = frozenset({"their", "its", "our", "his", "her", "my", "your"})
_ING_VERBS_TOO = frozenset({"onboarding"})  # listed as a noun, still a verb before its object ("onboarding 2 teams")


def _decide_ing(slots: list[_Slot], i: int) -> None:
    """"-ing": a GERUND ("Begin tracking", "by onboarding 2 AEs"), or a noun of action in a noun slot."""
    slot, w = slots[i], slots[i].word
    assert w is not None
    lex = _lexicon()
    prev, nxt = _prev(slots, i), _next(slots, i)
    if slot.low in lex.adjectives and nxt is not None and nxt.word is not None and nxt.word.noun is not None and nxt.word.closed is None:
        slot.pos, slot.lemma = ADJ, slot.low  # "existing customers"
        return
    if slot.low in lex.nouns and not (nxt is not None and (nxt.low in _POSSESSIVES or (slot.low in _ING_VERBS_TOO
                                                                                     and _starts_noun_phrase(nxt)))):
        # "meeting", "marketing", "training"; but "sellers meeting their quota" takes an object, and so does
        # "by onboarding 2 new teams" ("Onboarding survey" heads a compound)
        return _as_noun(slot)
    if _closed_kind(prev) == "be":
        return _as_verb(slot, GERUND, tag="progressive")
    if _is_clause_start(prev) and (_is_verb_follower(nxt) or _later_predicate(slots, i) and not _starts_noun_phrase(nxt)
                                   and not _describes_the_next_noun(slots, i + 1)):
        return _as_noun(slot)  # "Onboarding completed in 3 days", "Hiring is on track"
    nominal = _is_nominal_left(prev) and _closed_kind(prev) != "adp"
    after_noun = prev is not None and prev.pos in (NOUN, PROPN) and not _starts_noun_phrase(nxt)
    if nominal or after_noun or (nxt is not None and nxt.low == "of"):
        return _as_noun(slot)
    _as_verb(slot, GERUND)


def _describes_the_next_noun(slots: list[_Slot], i: int) -> bool:
    """An "-ed" word right before a noun phrase of names or capitals describes it: "Implementing structured
    JSON output", "Delivering advanced RBAC" — the "-ing" before it is the heading's verb, no subject of a
    past predicate (an unknown verb's "-ed" before a known noun, "Onboarding improved retention", may be one)."""
    slot = slots[i] if i < len(slots) else None
    if slot is None or slot.word is None or slot.word.shape not in ("ed", "past", "pp"):
        return False
    after = _next(slots, i)
    return after is not None and after.kind == "word" and (after.case in ("upper", "code") or after.word is None)


def _decide_ed(slots: list[_Slot], i: int) -> None:
    """"-ed" and irregular past forms: PARTICIPLE (state, passive) or FINITE (a past predicate)."""
    slot, w = slots[i], slots[i].word
    assert w is not None
    prev, nxt = _prev(slots, i), _next(slots, i)
    prev_kind = _closed_kind(prev)
    if prev_kind == "be" or (prev is not None and prev.pos is VERB and prev.lemma in ("get", "become", "remain", "stay", "keep")):
        return _as_verb(slot, PARTICIPLE, tag="passive")
    if prev_kind == "have" or (prev is not None and any(t.startswith("aux:have") for t in prev.tags)):
        return _as_verb(slot, FINITE, tag="perfect")
    if _is_attributive(slots, i):
        slot.pos, slot.lemma, slot.form, slot.family = ADJ, w.verb or slot.low, PARTICIPLE, w.verb
        slot.tags += ("attr",)
        return None
    if w.shape == "pp":
        return _as_verb(slot, PARTICIPLE)  # "written", "begun" are never predicates
    if _is_clause_start(prev) or (prev is not None and prev.pos is PRON and prev.low in _SUBJECT_PRONOUNS):
        return _as_verb(slot, FINITE)
    if prev is not None and (prev.pos is CONJ and prev.lemma in _COORDINATORS or prev.text == ","):
        verb = _clause_verb(slots, i)
        if verb is not None and verb.form in (FINITE, PARTICIPLE):
            return _as_verb(slot, verb.form)  # "documented X, implemented Y and identified Z"
    if w.shape == "past":
        return _as_verb(slot, FINITE)
    if prev is not None and prev.pos in (NOUN, PROPN) and _starts_noun_phrase(nxt) and not _number_follows_as_measure(slots, i):
        return _as_verb(slot, FINITE)  # "Team launched the product"
    _as_verb(slot, PARTICIPLE)  # "Policy approved", "MQLs delivered to sales"


def _number_follows_as_measure(slots: list[_Slot], i: int) -> bool:
    """"Migration completed 2 weeks early": a number after the participle measures, not an object."""
    nxt = _next(slots, i)
    after = _next(slots, i + 1) if nxt is not None else None
    if nxt is None or nxt.kind not in ("num", "ph") or after is None or after.word is None:
        return False
    return after.low.rstrip("s") in ("day", "week", "month", "hour", "minute", "year", "quarter", "time")


def _is_attributive(slots: list[_Slot], i: int) -> bool:
    """"the updated roadmap", "2 qualified leads", "Hire skilled staff": before a noun, in a noun slot."""
    prev, nxt = _prev(slots, i), _next(slots, i)
    if nxt is None or nxt.word is None or nxt.word.closed is not None:
        return False
    if not (nxt.word.noun is not None or nxt.case == "upper" or nxt.word.adj is not None):
        return False
    if nxt.word.verb is not None and nxt.word.shape in ("ed", "past", "pp"):
        return False
    if prev is not None and prev.pos is VERB and prev.lemma not in ("have", "get", "become"):
        return True  # "Push untested code", "Hire qualified engineers"
    return _is_nominal_left(prev)


def _decide_other(slots: list[_Slot], i: int) -> None:
    """Words with no verb reading: nouns, adjectives, adverbs, unknown names."""
    slot, w = slots[i], slots[i].word
    assert w is not None
    nxt = _next(slots, i) if w.adj is not None else None  # only an adjective looks at the word after it
    if w.adv and (w.adj is None or nxt is None or nxt.word is None or nxt.word.noun is None):
        slot.pos, slot.lemma = ADV, slot.low
        return
    if w.adj is not None and (w.noun is None or _noun_follows(nxt)):
        slot.pos, slot.lemma = ADJ, w.adj
        if w.adj != slot.low and slot.low not in _COMPARATIVE_IRREGULAR:
            slot.tags += ("comparative" if slot.low.endswith("er") else "superlative",)
        return
    if w.noun is None:
        slot.pos, slot.lemma = NOUN, slot.low
        return
    _as_noun(slot)
    if slot.case == "cap" and not w.known:
        slot.pos = PROPN if slot.start > 0 else NOUN
    if slot.low.endswith(("'s", "s'")):
        slot.tags += ("possessive",)
        if slot.lemma and slot.lemma.endswith("'s"):  # "customer's" is a form of "customer"
            slot.lemma = slot.lemma[:-2]


# A verb-capable word is decided by its shape: the base form, "-s", "-ing", or a past form.
_DECIDE_BY_SHAPE = {"base": _decide_base, "s": _decide_s_form, "ing": _decide_ing,
                    "ed": _decide_ed, "past": _decide_ed, "pp": _decide_ed}


def _noun_follows(slot: _Slot | None) -> bool:
    return slot is not None and slot.word is not None and slot.word.closed is None and (slot.word.noun is not None or slot.case in ("upper", "mixed", "code"))


def _attach_particles(slots: list[_Slot]) -> None:
    """"Roll out", "set up": the particle joins the verb's family ("roll out")."""
    phrasal = _lexicon().phrasal
    for slot, particle in zip(slots, islice(slots, 1, None)):
        # the particle first: few words are one ("up", "out"), and a non-word's `low` is ""
        if particle.low not in _PARTICLES or slot.pos is not VERB and slot.form is not ACTION_NOUN:
            continue
        base = slot.lemma if slot.pos is VERB else (slot.family or "")
        if (base, particle.low) in phrasal:
            slot.family = f"{base} {particle.low}"
            particle.pos, particle.lemma = PART, particle.low
            particle.tags += ("particle",)


# --- out of context: lemmatize and enrich -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Isolated:
    lemma: str
    pos: Pos
    form: VerbForm | None
    family: str | None


@lru_cache(maxsize=32768)
def _isolated(word: str) -> _Isolated:
    """The most likely reading of a word with no sentence around it.

    Dual words ("launch", "support") read as nouns: out of a sentence they are most often terms.
    """
    low = word.lower().replace("’", "'")
    case = _case_of(word, False)  # not shouting
    if case == "upper":
        lemma = low[:-1] if word[-1] == "s" and word[:-1].isupper() else low
        return _Isolated(lemma, NOUN, None, None)
    if case in ("code", "mixed"):
        return _Isolated(low, PROPN if case == "mixed" else NOUN, None, None)
    w = _readings(low)
    if w.closed is not None:
        return _Isolated(w.closed[1], w.closed[0], None, None)
    if w.verb is not None and (w.noun is None or w.shape in ("ed", "past", "pp")):
        return _isolated_verb(w)
    if w.verb is not None and w.shape == "ing" and low not in _lexicon().nouns:
        return _Isolated(w.verb, VERB, GERUND, w.verb)
    if w.noun is not None:
        family = w.family if w.shape != "base" or w.flag != "c" else None
        return _Isolated(w.noun, NOUN, ACTION_NOUN if family else None, family)
    if w.adj is not None:
        return _Isolated(w.adj, ADJ, None, None)
    return _Isolated(low, ADV if w.adv else NOUN, None, None)


def _isolated_verb(w: _Word) -> _Isolated:
    assert w.verb is not None
    form = {
        "base": INFINITIVE,
        "s": FINITE,
        "past": FINITE,
        "pp": PARTICIPLE,
        "ed": PARTICIPLE,
        "ing": GERUND,
    }[w.shape or "base"]
    return _Isolated(w.verb, VERB, form, w.verb)


def lemmatize(word: str) -> tuple[str, Pos, VerbForm | None]:
    """Lemma, part of speech and verb form of one English word out of context.

    "launched" -> ("launch", VERB, PARTICIPLE); "launches" -> ("launch", NOUN, ACTION_NOUN);
    "ran" -> ("run", VERB, FINITE); "companies" -> ("company", NOUN, None); "SLAs" -> ("sla", NOUN, None).
    """
    if not word:
        return "", X, None
    reading = _isolated(word)
    return reading.lemma, reading.pos, reading.form


def enrich(token: Token, host: str = "") -> Token:
    """Fill lemma / pos / verb form / family for a Latin word inside a Russian or Chinese text (`host`).

    The surrounding sentence is not English, so a dual word is read as a noun ("Снизить churn",
    "提升onboarding"), except at the very start of the text, where a verb reading is the
    imperative the KR starts with ("Deploy to staging twice a day"). Inside a Russian sentence
    any other English word is a noun: Russian gives a borrowed verb its own endings ("задеплоить"),
    so a bare "handoff" or "deploy" there names a thing or an action ("Discord-бот и handoff в CRM").
    """
    if token.lang != "en" or not token.text:
        return token
    reading = _isolated(token.text)
    lemma, pos, form, family = reading.lemma, reading.pos, reading.form, reading.family
    w = _readings(token.text.lower())
    if token.start == 0 and w.closed is None and w.verb is not None and w.shape == "base":
        lemma, pos, form, family = w.verb, VERB, IMPERATIVE, w.verb
    elif pos is VERB and (form is GERUND or host == "ru"):
        pos, form, lemma = NOUN, ACTION_NOUN, token.text.lower()
    elif pos is VERB and form is INFINITIVE:
        form = None  # a bare verb inside a foreign sentence: the form cannot be told
    # `replace(token, lemma=…, pos=…, verb_form=…, verb_family=…)`, written out: dataclasses.replace asks each
    # field of the dataclass in turn (~5x the cost, for every Latin word of a Russian or Chinese text)
    return new_token(token.text, lemma, pos, token.lang, token.start, token.end, form, token.aspect, family,
                     token.tags, token.classes)
