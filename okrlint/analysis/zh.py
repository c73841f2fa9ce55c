"""The Chinese analyzer: jieba.posseg segmentation and POS tags mapped to `facts.Token`.

    tokenize("完成CRM系统上线") -> [完成/VERB, CRM/X(en), 系统/NOUN, 上线/VERB]

Dictionary. jieba's full dictionary (349k words) takes about a second to load, so by default
we load `data/zh_dict_small.txt`: the most frequent words of jieba's dict.txt plus our OKR
user dictionary `data/zh_okr_dict.txt` (built by `data/build_zh_dict.py`, which also holds
the segmentation check that chose its size). `OKRLINT_ZH_DICT` (or the module constant
`DICTIONARY`) picks another one: "small" (default), "full" (jieba's own dictionary plus the
user dictionary), or the path of a jieba dictionary file (the user dictionary is added).

Mapping. jieba flags become coarse `Pos` values (`_FLAG_POS`); 名动词 (vn: 培训, 开发) become
NOUN with verb_form=ACTION_NOUN, and every verb or verbal noun carries verb_family=the word, so
a rule can find "上线" whether it is used as a verb or a noun. Tags carry jieba's flag. Latin
words are `lang="en"`, pos X (the facade gives them English lemmas); digits are NUM with
`lang=""`; a single character that counts something right after a number (3场, 5名) is a
CLASSIFIER even where jieba's HMM guessed otherwise.

Cost. Importing this module does not import jieba; the first `tokenize` call does, once per
process, silently, and jieba's prefix-dict cache goes to the per-user cache folder
(`$XDG_CACHE_HOME/okrlint`, `~/.cache/okrlint`, else the system temp folder), never the cwd.
"""

from __future__ import annotations

import gc
import logging
import os
import re
import sys
import tempfile
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from okrlint.analysis import zh_hmm_model, zh_segment, zh_tables
from okrlint.analysis.digit_keyed import digit_key, has_digit, keyed, remember
from okrlint.analysis.deferred_module import defer, undefer
from okrlint.analysis.facts import (
    ACTION_NOUN, ADJ, ADP, ADV, CLASSIFIER, CONJ, NOUN, NUM, PART, PRON, PUNCT, SYM, UNCLASSED, VERB, X, Pos, Token,
    attach_classes, new_token,
)
from okrlint.analysis.word_classes import own_classes
from okrlint.analysis.zh_regional import MAINLAND_WORDS
from okrlint.analysis.zh_hmm import memoise_hmm
from okrlint.compiled_patterns import compile_pattern
from okrlint.memo import bounded_memo

if TYPE_CHECKING:
    from jieba.posseg import POSTokenizer

__all__ = ["tokenize", "DICTIONARY", "DICT_ENV"]

DATA_DIR = Path(__file__).resolve().parent / "data"
SMALL_DICT = DATA_DIR / "zh_dict_small.txt"
USER_DICT = DATA_DIR / "zh_okr_dict.txt"
DICT_ENV = "OKRLINT_ZH_DICT"
DICTIONARY = "small"  # "small" | "full" | a path; the environment variable wins

_FLAG_POS: dict[str, Pos] = {
    **dict.fromkeys(("v", "vd", "vi", "vg", "vq"), VERB),
    # Common and proper nouns alike: jieba's nr/ns/nt/nz also land on ordinary words
    # (宝贝/nr, 日志/ns, 申报/nz), so calling them PROPN would mislead rules.
    **dict.fromkeys(("n", "vn", "ng", "nr", "nrt", "nrfg", "ns", "nt", "nz", "s", "t", "tg", "j"), NOUN),
    **dict.fromkeys(("a", "ad", "an", "ag", "b", "z"), ADJ),
    **dict.fromkeys(("d", "df", "dg"), ADV),
    **dict.fromkeys(("m", "mq", "mg"), NUM),
    "q": CLASSIFIER,
    "p": ADP,
    "f": ADP,  # 方位词 (内, 以上, 之前) work as postpositions
    "c": CONJ,
    **dict.fromkeys(("u", "uj", "ul", "uz", "uv", "ug", "ud", "y", "e", "o", "h", "k"), PART),
    **dict.fromkeys(("r", "rr", "rz", "rg"), PRON),
    "w": PUNCT,
}
# i (成语), l (习用语), g, zg and unknown-character x cover every part of speech: X.

# Measure words that jieba's HMM sometimes tags m/n/t/v when glued to a digit ("3场", "5份", "50分").
_CLASSIFIERS = frozenset("分个场次项名份家位款篇条章套台件轮期节本张例笔批届门所座支组类种页道层步级辆部间把封单")

# Unicode files %, ‰ under punctuation (Po); the facts contract calls them symbols.
_SYMBOLS = frozenset("%％‰‱°")

_NUMBER = compile_pattern(r"\d+(?:[.,]\d+)*")
_LATIN = compile_pattern(r"[A-Za-z][A-Za-z0-9]*|[0-9]+[A-Za-z][A-Za-z0-9]*")
_HAN = compile_pattern(r"[\u3400-\u9fff\uf900-\ufaff]")


class _Piece(NamedTuple):
    word: str
    flag: str
    start: int
    end: int


Pair = tuple[str, str, int, int]  # a piece as `_pieces` gives it: (word, jieba flag, start, end)


def tokenize(text: str) -> list[Token]:
    """Words, numbers and punctuation of a normalised text, with offsets into it."""
    return _tokenize(text)


# Not memoised by text: `analyze` is, and a second memo here cost ~3% of every new text's analysis
# (its bookkeeping) for the rare text that normalises like another. Texts that differ only in their
# digits ("从12小时缩短到8小时", "从30小时缩短到5小时") are another matter: see "Texts cut before" below.
def _tokenize(text: str) -> list[Token]:
    if not text.strip():
        return []  # no need to wake jieba up for nothing
    # jieba's dictionary is Simplified: read Traditional text ("新客戶增加") through a one-to-one
    # character map, so offsets stay the same and tokens keep the text as written.
    simplified = _translated(text)
    if simplified == text and keyed(text) and _texts_cut_alike():
        return _tokens_cut_before(text)
    return _tokens(text, simplified)


def _tokens(text: str, simplified: str, pieces: list[Pair] | None = None) -> list[Token]:
    """The tokens of `text`, cut as `simplified` (its Simplified spelling, one character for one) is."""
    as_written = simplified == text
    tokens: list[Token] = []
    shapes = _SHAPES
    prev: Token | None = None
    for word, flag, start, end in _spoken(_pieces(simplified) if pieces is None else pieces):
        token = _piece_token(text, as_written, shapes, word, flag, start, end)
        # A measure word right after a number is a CLASSIFIER whatever jieba guessed (3场, 100 家).
        if prev is not None and prev.pos is NUM and token.pos is not CLASSIFIER and token.text in _CLASSIFIERS:
            token = new_token(token.text, token.lemma, CLASSIFIER, token.lang, start, end, tags=token.tags)
        # A verbal noun before the result complement 到 is the verb it makes: 体验到 (come to experience), 学习到;
        # jieba's dictionary tags 体验 and 体会 as plain nouns (用户体验), so they are named
        elif token.text == "到" and prev is not None and prev.pos is NOUN \
                and (prev.verb_form is ACTION_NOUN or prev.lemma in _NOUNS_OF_PERCEIVING):
            tokens[-1] = new_token(prev.text, prev.lemma, VERB, prev.lang, prev.start, prev.end, None, None, prev.lemma,
                                   prev.tags, prev.classes)
        tokens.append(token)
        prev = token
    # (most texts have none of those verbs: the walk is skipped)
    return _contributed_to(tokens) if any(verb in simplified for verb in _VERBS_AFTER_A_BENEFICIARY) else tokens


# Nouns jieba's dictionary has that are the verb after whom they are for: 给开源项目贡献2个补丁 (contribute to).
_VERBS_AFTER_A_BENEFICIARY = frozenset({"贡献"})
_BENEFICIARY_MARKS = frozenset({"给", "为", "向"})


def _contributed_to(tokens: list[Token]) -> list[Token]:
    """"给开源项目贡献2个补丁": after 给/为/向 and whom it is for, 贡献 with its object is the verb, not the noun
    it is in "代码贡献足够…" (code contributions)."""
    for i, token in enumerate(tokens):
        if token.text not in _VERBS_AFTER_A_BENEFICIARY or token.pos is not NOUN or i + 1 >= len(tokens):
            continue
        mark = next((j for j in range(i - 1, max(i - 6, -1), -1) if tokens[j].text in _BENEFICIARY_MARKS), None)
        between = tokens[mark + 1:i] if mark is not None else []
        if between and all(t.pos in (NOUN, X) or t.lang == "en" for t in between) and tokens[i + 1].pos in (NUM, NOUN, X):
            tokens[i] = new_token(token.text, token.lemma, VERB, token.lang, token.start, token.end, None, None, token.lemma,
                                  token.tags, token.classes)
    return tokens


def _spoken(pieces: list[Pair]) -> list[Pair]:
    """The pieces that become tokens: all but white space."""
    return [piece for piece in pieces if not piece[0].isspace()]


def _piece_token(text: str, as_written: bool, shapes: dict[tuple[str, str], Token], word: str, flag: str, start: int,
                 end: int) -> Token:
    """The token of one piece (`word`, its jieba flag, its offsets), the word written as in `text`."""
    if word[0].isdigit() and _NUMBER.fullmatch(word):
        # a number, as its shape would make it (`_new_token`), without one: numbers seldom come back, and
        # each would miss the shapes and push a word out of them
        tags = _FLAG_TAGS.get(flag) or _FLAG_TAGS.setdefault(flag, frozenset({flag}))
        return new_token(word if as_written else text[start:end], word, NUM, "", start, end, None, None, None, tags)
    shape = shapes.get((word, flag))
    if shape is None:
        shape = _token_shape(word, flag)
        if len(word) <= _MAX_SHAPE_WORD:
            if len(shapes) >= _MAX_SHAPES:
                shapes.clear()
            shapes[(word, flag)] = shape
    return new_token(shape.text if as_written else text[start:end], shape.lemma, shape.pos, shape.lang, start,
                     end, shape.verb_form, shape.aspect, shape.verb_family, shape.tags,
                     shape.classes if as_written else UNCLASSED)  # Traditional text: classed as written


# --- Texts cut before ------------------------------------------------------------------------
#
# Where the dictionary has no word with an ASCII digit (ours), a text's cut does not depend on which digits
# it holds (zh_segment, "Blocks cut before"), and neither do its tokens: a number is NUM whatever its digits,
# a measure word after it a CLASSIFIER. So texts that differ only in their digits ("从12小时", "从30小时") share
# their tokens but for the pieces with a digit, built again from the text itself. The tokens are shared
# between those texts' analyses, as a token is immutable (its classes, attached once, depend on the word alone).
# key (the text with each ASCII digit 1-9 as 0) → (its tokens, (index, jieba flag) of each token with a digit)
_TEXTS: dict[str, tuple[tuple[Token, ...], tuple[tuple[int, str], ...]]] = {}  # bounded (digit_keyed.remember)
_texts_for: tuple[object, bool] = (None, False)  # the tokenizer whose cuts _TEXTS holds, and whether they ignore digits


def _tokens_cut_before(text: str) -> list[Token]:
    """The tokens of a Simplified text with an ASCII digit, remembered by its key."""
    key = digit_key(text)
    known = _TEXTS.get(key)
    if known is not None:
        return _with_digits_of(text, *known)
    pieces = _pieces(text)
    tokens = _tokens(text, text, pieces)
    with_digits = tuple((i, flag) for i, (word, flag, _, _) in enumerate(_spoken(pieces)) if has_digit(word))
    remember(_TEXTS, key, (tuple(tokens), with_digits))
    return tokens


def _texts_cut_alike() -> bool:
    """Whether texts that differ only in their ASCII digits are cut alike (by the tokenizer in use)."""
    global _texts_for
    tokenizer = memoise_hmm(_pos_tokenizer())
    known, alike = _texts_for
    if known is not tokenizer:  # cut by another tokenizer: what was remembered is not its answer
        _TEXTS.clear()
        alike = zh_segment.cut_ignores_digits(tokenizer)
        _texts_for = (tokenizer, alike)
    return alike


def _with_digits_of(text: str, tokens: tuple[Token, ...], digit_words: tuple[tuple[int, str], ...]) -> list[Token]:
    """The remembered tokens of a text of the same key, each with a digit built again from `text`."""
    found = list(tokens)
    shapes = _SHAPES
    for index, flag in digit_words:
        token = tokens[index]
        start, end = token.start, token.end
        found[index] = _piece_token(text, True, shapes, text[start:end], flag, start, end)
    return found


_NOUNS_OF_PERCEIVING = frozenset({"体验", "体会"})

# `_token_shape` by (word, flag): one dictionary lookup a word, without the memo's bookkeeping (its result
# does not change: the memo only bounds how many are kept). Bounded the same way: emptied when full.
_SHAPES: dict[tuple[str, str], Token] = {}
_MAX_SHAPES = 16_384
_MAX_SHAPE_WORD = 40
_FLAG_TAGS: dict[str, frozenset[str]] = {}  # a jieba flag → a number's tags (jieba has a few dozen flags)


def as_simplified(text: str) -> str:
    """The text in Simplified characters, one for one (so every offset holds): the lexicon's phrases,
    numbers and moves are listed in Simplified ("不低于", "从…到…") and are looked for there."""
    simplified = _translated(text)
    if "画" in simplified:  # Taiwan writes "plan" 計畫: 画 (draw) there is 划 (plan), in Simplified
        for drawn, planned in _PLANNING_WORDS:
            simplified = simplified.replace(drawn, planned)
    return simplified


def _translated(text: str) -> str:
    """`text` through the Traditional-to-Simplified character map. `analyze` asks `as_simplified` about a
    text and then tokenizes that very string, which mapped it a second time (str.translate looks each
    character up in a dict of 4,105: ~1 µs of a Chinese KR); the last text's map is kept for that."""
    global _last_text, _last_translated
    if _last_text is not text:  # the same object: strings do not change, nor does the map
        _last_translated = text.translate(_traditional_to_simplified())
        _last_text = text
    return _last_translated


# The last text `_translated` mapped, and its map: two strings, not a tuple of them, so that nothing the
# collector tracks is kept (a tuple kept when the analyzer was built would be frozen with it).
_last_text: str | None = None
_last_translated = ""


# Words whose Traditional 畫 is Simplified 划, not 画 (the character map's first choice): same length.
_PLANNING_WORDS = (("计画", "计划"), ("规画", "规划"), ("策画", "策划"))


@lru_cache(maxsize=1)
def _traditional_to_simplified() -> dict[int, str]:
    table: dict[int, str] = {}
    with (DATA_DIR / "zh_t2s.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#") and "\t" in line:
                traditional, simplified = line.rstrip("\n").split("\t")
                table[ord(traditional)] = simplified
    return table


# 率 ("rate") makes a metric noun of the word before it; jieba keeps the common ones whole (转化率)
# but splits the rest into a verb and a lone 率 ("采用/率", "留存/率"), hiding the metric. 页 ("page")
# makes a page of a verb ("落地/页", "注册/页": the landing page, not a predicate and a count).
_NOUN_SUFFIXES = frozenset({"率", "页"})
# What each suffix is glued to: 率 to verbs, nouns and adjectives; 页 only to a verb, whose misread
# predicate is the harm (a noun before 页 already reads as a noun: "会员/页")
_GLUES_TO = {"率": ("v", "n", "a"), "页": ("v",)}


def _pieces(text: str) -> list[Pair]:
    """jieba's (word, flag) pairs with their offsets (jieba covers every character in order), with two
    corrections, made as the pairs come: letters jieba splits one by one (it only knows ASCII words:
    "café", "запуск") are glued back, and so are 率 and 页 to the word they make a noun of ("留存/率",
    "落地/页")."""
    tokenizer = memoise_hmm(_pos_tokenizer())  # jieba's HMM pass remembered per run of characters
    pairs = zh_segment.cut(tokenizer, text)  # exactly tokenizer.cut(text), faster
    dictionary_flags = tokenizer.word_tag_tab
    pieces: list[Pair] = []  # plain tuples: a NamedTuple is built by a Python-level __new__
    pos = 0
    prev_word, prev_flag, prev_start, prev_end = "", "", -1, -1  # the last piece (none yet: nothing glues to it)
    for word, flag in pairs:
        start = text.find(word, pos)
        if start < 0:  # never expected; keep offsets sane rather than crash a lint run
            start = pos
        end = start + len(word)
        pos = end
        if len(word) == 1 and ("\u3400" <= word <= "\u9fff" or "\uf900" <= word <= "\ufaff"):  # _HAN, without a regex call
            # A lone character keeps its dictionary flag even where jieba tagged it by HMM: jieba
            # sends a character glued to digits or Latin ("提升到90%", "3场") through its HMM,
            # which tags 到 v there but p elsewhere; the dictionary flag keeps tags consistent.
            flag = dictionary_flags.get(word, flag)
        # the cheap tests first: most pieces are dictionary words with their own flags
        if (flag == "x" or prev_flag == "x") and prev_end == start and _is_foreign_word(prev_word) \
                and _is_foreign_word(word):
            prev_word += word
            prev_flag, prev_end = "eng" if prev_word.isascii() else "x", end
            pieces[-1] = (prev_word, prev_flag, prev_start, end)
        elif word in _NOUN_SUFFIXES and prev_end == start and _HAN.search(prev_word) and len(prev_word) >= 2 \
                and prev_flag[:1] in _GLUES_TO[word]:
            prev_word, prev_flag, prev_end = prev_word + word, "n", end
            pieces[-1] = (prev_word, "n", prev_start, end)
        else:
            prev_word, prev_flag, prev_start, prev_end = word, flag, start, end
            pieces.append((word, flag, start, end))
    return _titles_as_names(pieces) if _TITLE_OPEN in text else pieces


# A title between 《》 (a book, a course, a document) is a name: its words say nothing about the
# KR ("完成《架构师成长手册》学习" studies a course, it grows nothing), so it becomes one proper-noun piece.
_TITLE_OPEN, _TITLE_CLOSE = "《", "》"
_MAX_TITLE = 40  # characters: a longer run between the marks is not a title


def _titles_as_names(pieces: list[Pair]) -> list[Pair]:
    out: list[Pair] = []
    opened: int | None = None  # index in `out` of the piece after an open mark
    for piece in pieces:
        word = piece[0]
        if word == _TITLE_CLOSE and opened is not None and opened < len(out):
            first, last = out[opened], out[-1]
            if last[3] - first[2] <= _MAX_TITLE:
                out[opened:] = [("".join(p[0] for p in out[opened:]), "nz", first[2], last[3])]
            opened = None
        elif word == _TITLE_OPEN:
            opened = len(out) + 1
        out.append(piece)
    return out



def _is_foreign_word(word: str) -> bool:
    return word.isalpha() and not _HAN.search(word)


@bounded_memo(max_entries=16384, max_chars=200_000)
def _token_shape(word: str, flag: str) -> Token:
    """The token a word with a jieba flag makes, at offset 0: the same words come back text after text.
    A Chinese word carries its classes in a Chinese text, looked up once (analysis/word_classes.py);
    a Latin word gets English readings in `analyze` first, a number or a mark the text's classes."""
    shape = _new_token(_Piece(word, flag, 0, len(word)))
    if shape.lang == "zh":
        attach_classes(shape, own_classes(shape))
    return shape


def _new_token(piece: _Piece) -> Token:
    word, flag = piece.word, piece.flag
    tags = frozenset({flag})
    if _NUMBER.fullmatch(word):
        return Token(word, word, NUM, "", piece.start, piece.end, tags=tags)
    if all(_is_symbol(ch) or unicodedata.category(ch)[0] == "P" for ch in word):
        pos = SYM if all(_is_symbol(ch) for ch in word) else PUNCT
        return Token(word, word, pos, "", piece.start, piece.end, tags=tags)
    if _LATIN.fullmatch(word):
        return Token(word, word.lower(), X, "en", piece.start, piece.end, tags=tags)
    return _chinese_token(piece, tags)


def _is_symbol(ch: str) -> bool:
    return ch in _SYMBOLS or unicodedata.category(ch)[0] == "S"


def _chinese_token(piece: _Piece, tags: frozenset[str]) -> Token:
    word, flag = piece.word, piece.flag
    pos = _FLAG_POS.get(flag, X)
    lang = "zh" if _HAN.search(word) else ""
    lemma = word.lower()
    lemma = MAINLAND_WORDS.get(lemma, lemma)  # 使用者 is 用户: the lexicon's word and its classes
    if flag == "vn":
        return Token(word, lemma, pos, lang, piece.start, piece.end, verb_form=ACTION_NOUN,
                     verb_family=lemma, tags=tags)
    family = lemma if pos is VERB else None
    return Token(word, lemma, pos, lang, piece.start, piece.end, verb_family=family, tags=tags)


# --- jieba, loaded once and quietly ------------------------------------------------------


def _dictionary_choice() -> str:
    return os.environ.get(DICT_ENV) or DICTIONARY


@lru_cache(maxsize=1)
def _pos_tokenizer() -> POSTokenizer:
    """The process-wide jieba POS tokenizer over the chosen dictionary."""
    tokenizer = _new_pos_tokenizer()
    # What is loaded by now (the analyzer, the modules: ~35k tracked objects) lives to the end of the
    # process; the first full collection would walk it all (12-20 ms, inside the first texts' analysis).
    # Frozen, no collection walks it. A run (engine.run) unfreezes everything when it ends.
    gc.freeze()
    return tokenizer


def _new_pos_tokenizer() -> POSTokenizer:
    choice = _dictionary_choice()
    dictionary = None if choice == "full" else str(SMALL_DICT if choice == "small" else Path(choice).resolve())
    jieba = _import_jieba()
    tokenizer = jieba.Tokenizer() if dictionary is None else jieba.Tokenizer(dictionary)
    tokenizer.tmp_dir = _cache_dir()
    files = [dictionary or os.path.join(os.path.dirname(jieba.__file__), "dict.txt")]
    files += [] if choice == "small" else [str(USER_DICT)]  # the small dictionary has the user dictionary built in
    installed = {str(SMALL_DICT), str(USER_DICT), os.path.join(os.path.dirname(jieba.__file__), "dict.txt")}
    tables = zh_tables.cache_file(tokenizer.tmp_dir, jieba.__version__, files, installed)
    posseg = _import_posseg(jieba, dictionary, tokenizer.tmp_dir if tables is not None else None)  # a safe folder, or none
    if tables is not None and (ready := zh_tables.load(tables, posseg, tokenizer)) is not None:
        return ready  # both tables from one file: no word-tag table read line by line
    tokenizer.initialize()
    if choice != "small":
        tokenizer.load_userdict(str(USER_DICT))
    ready = posseg.POSTokenizer(tokenizer)
    if tables is not None:
        zh_tables.save(tables, ready)
    return ready


def _import_jieba():
    """Import jieba without its log output, without pkg_resources and without jieba.finalseg.

    jieba._compat imports pkg_resources only to open its data files (0.1 s, and deprecation
    warnings on new setuptools); when that import fails it opens them directly. Hiding the
    module during jieba's import takes that path; other code can still import it later.
    jieba.finalseg, the HMM of jieba's plain cut, is left to be imported when first used
    (deferred_module.py): okrlint cuts with jieba.posseg.
    """
    hide = "jieba" not in sys.modules and "pkg_resources" not in sys.modules
    finalseg = defer("jieba.finalseg") if "jieba" not in sys.modules else None
    if hide:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]
    try:
        import jieba
    except BaseException:
        undefer(finalseg)
        raise
    finally:
        if hide:
            del sys.modules["pkg_resources"]
    jieba.setLogLevel(logging.WARNING)  # "Building prefix dict..." goes to stderr at DEBUG
    return jieba


def _import_posseg(jieba, dictionary: str | None, folder: str | None = None):
    """Import jieba.posseg, its HMM model read from one file in `folder` when kept there (zh_hmm_model.py)."""
    if "jieba.posseg" in sys.modules:
        import jieba.posseg

        return jieba.posseg
    model = zh_hmm_model.cache_file(folder, jieba)
    from_file = zh_hmm_model.put_in_modules(model)
    try:
        posseg = _import_posseg_module(jieba, dictionary)
    except BaseException:
        if from_file:
            zh_hmm_model.take_out_of_modules()
        raise
    if not from_file:
        zh_hmm_model.keep(model, posseg)
    return posseg


def _import_posseg_module(jieba, dictionary: str | None):
    """Import jieba.posseg without its import-time read of the full dictionary (0.3 s).

    On import, jieba.posseg builds a global POSTokenizer(jieba.dt), which reads the word flags
    of jieba.dt's whole dictionary; our own POSTokenizer reads them again from ours. We point
    jieba.dt at an empty file for the import, then put it back and let posseg's global
    tokenizer rebuild itself on first use, so other users of jieba.posseg.cut in this process
    still get jieba's full dictionary.
    """
    if dictionary is None:
        import jieba.posseg

        return jieba.posseg
    saved = jieba.dt.dictionary
    jieba.dt.dictionary = os.devnull
    try:
        import jieba.posseg
    finally:
        jieba.dt.dictionary = saved
    jieba.posseg.dt = _DeferredPOSTokenizer(jieba)
    return jieba.posseg


class _DeferredPOSTokenizer:
    """Stands in for jieba.posseg.dt until someone uses it, then becomes the real one."""

    def __init__(self, jieba) -> None:
        self._jieba = jieba

    def __getattr__(self, name: str):
        real = self._jieba.posseg.POSTokenizer(self._jieba.dt)
        self._jieba.posseg.dt = real
        return getattr(real, name)


def _cache_dir() -> str:
    """A per-user folder for jieba's prefix-dict cache: never the cwd or the linted tree."""
    from okrlint.cache_dirs import user_cache_dir

    folder = str(user_cache_dir())
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return tempfile.gettempdir()
    return folder if os.access(folder, os.W_OK) else tempfile.gettempdir()
