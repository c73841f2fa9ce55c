"""The word classes of `rules/_lexicon.yaml`, attached to each token once.

The lexicon maps language → class → words ("increase": {"raise", "grow", …}). Facts ask "is this
token in class X?" hundreds of times per text, so the lexicon is also inverted at load into
language → word → frozenset of classes, and `with_classes` gives every token of a text the set of
classes it belongs to. A fact is then one set membership test (`cls in token.classes`), and no
rule or fact scans a word list.

A token is in a class when its lemma, its lower-cased text or its verb family is listed there:
under the token's own language, and, for a word in another language inside the text ("Снизить
churn"), under the text's language too. Chinese compounds are head-final: 用户体验 is an
experience, so for the classes in `ZH_HEAD_FINAL_CLASSES` a zh word of three or more characters
is in the class when a final part of it of two or more characters is.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from okrlint.analysis.facts import UNCLASSED, Token, attach_classes, new_token
from okrlint.cache_dirs import private_cache_dir, read_marshal, write_marshal

# Chinese compounds are head-final: 用户体验 is an experience, 客户满意度 a satisfaction, 农民收入 an
# income. A noun class holds a compound jieba keeps whole when its head (a final word of two or
# more characters) is in the class.
ZH_HEAD_FINAL_CLASSES = frozenset({"value", "metric", "artifacts", "staff", "quality"})

# The classes of a Russian change verb that its reflexive shares: «улучшать» → «улучшаться» (improves).
# Only changes: the reflexive of another verb may mean something else («находить» finds, «находиться» is).
_RU_CHANGES_BY_ITSELF = frozenset({"increase", "decrease", "vague", "rises", "falls", "worsening"})

# Reflexives of listed change verbs that mean something else: «доводиться» (to happen to), «сброситься»
# (to chip in), «свестись» (to come down to).
_RU_OTHER_REFLEXIVES = frozenset({"доводиться", "довестись", "сброситься", "сбрасываться", "свестись", "сводиться"})

NO_CLASSES: frozenset[str] = frozenset()
_NO_SUFFIXES: tuple[tuple[str, ...], tuple[str, ...], bool] = ((), (), False)
_NO_LISTS: dict[str, Any] = {}  # read only: what a language the lexicon does not list has


@dataclass(frozen=True, slots=True)
class Lexicon:
    words: dict[str, dict[str, frozenset[str]]]  # lang → class → words
    word_groups: dict[str, dict[str, tuple[tuple[str, ...], ...]]]  # lang → class → groups of words
    classes_of: dict[str, dict[str, frozenset[str]]]  # lang → word → its classes: `words` inverted
    # lang → class → its words as suffixes for str.endswith: (2+ characters, 1 character, "" listed)
    suffixes: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]]]

    def has(self, lang: str, cls: str, word: str) -> bool:
        return word in self.words.get(lang, _NO_LISTS).get(cls, NO_CLASSES)

    def get(self, lang: str, cls: str) -> frozenset[str]:
        return self.words.get(lang, _NO_LISTS).get(cls, NO_CLASSES)

    def has_suffix(self, lang: str, cls: str, word: str) -> bool:
        """`word` ends with a listed suffix, and is more than it when that is one character
        ("转化率" and "效率" end with 率, "率" alone does not count)."""
        longer, single, empty = self.suffixes.get(lang, _NO_LISTS).get(cls, _NO_SUFFIXES)
        return word.endswith(longer) or (len(word) > 1 and word.endswith(single)) or (empty and len(word) > 0)

    def groups(self, lang: str, cls: str) -> tuple[tuple[str, ...], ...]:
        """Word groups (lists of lists in the lexicon), e.g. metric synonyms; first is the canonical one."""
        return self.word_groups.get(lang, _NO_LISTS).get(cls, ())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon of `rules/_lexicon.yaml`, loaded and inverted once per process."""
    from okrlint.registry import rules_dir  # here, not at import: the analysis layer loads before the rules

    raw = (rules_dir() / "_lexicon.yaml").read_bytes()
    built = _built_cache(raw)
    kept = None if built is None else _well_built(read_marshal(built))
    if kept is not None:
        return kept
    made = _built(_lexicon_lists(raw))
    if built is not None:
        write_marshal(built, (made.words, made.word_groups, made.classes_of, made.suffixes))
    return made


def _built(lists: dict[str, dict[str, list[Any]]]) -> Lexicon:
    """The lexicon of its word lists: words and groups by class, inverted, and as suffixes."""

    def is_groups(words: list[Any]) -> bool:
        return bool(words) and all(isinstance(w, list) for w in words)

    words = {lang: {cls: frozenset(listed) for cls, listed in classes.items() if not is_groups(listed)}
             for lang, classes in lists.items()}
    groups = {lang: {cls: tuple(tuple(g) for g in listed) for cls, listed in classes.items() if is_groups(listed)}
              for lang, classes in lists.items()}
    suffixes = {lang: {cls: (tuple(w for w in listed if len(w) > 1), tuple(w for w in listed if len(w) == 1), "" in listed)
                       for cls, listed in classes.items()} for lang, classes in words.items()}
    return Lexicon(words, groups, {lang: _invert(classes) for lang, classes in words.items()}, suffixes)


# --- The lexicon as built, kept between runs ---------------------------------------------------
# Building it from the word lists (frozensets, the inversion, the suffixes; ~12 ms) and reading
# the lists (~7 ms) were ~19 ms of every cold run in every language; the built lexicon reads back
# from one marshal file in ~5 ms. The file is a start-up cache like the compiled regexes
# (cache_dirs.private_cache_dir: never the linted tree, never a shared temporary folder), named
# after the lexicon's bytes and this module's own code, so an edited lexicon or a changed way of
# building it gets a file of its own. A missing, corrupt or foreign file is built again.

BUILT_FORMAT = 1  # bump when what the file holds changes


def _built_cache(raw: bytes) -> Path | None:
    folder = private_cache_dir()
    if folder is None:
        return None
    key = hashlib.sha256(f"{BUILT_FORMAT}\0{marshal.version}\0".encode())
    key.update(raw)
    try:
        key.update(Path(__file__).read_bytes())
    except OSError:
        return None
    return folder / f"lexicon-built-{key.hexdigest()[:24]}.marshal"


def _well_built(data: Any) -> Lexicon | None:
    """The lexicon a kept file holds, when it has the shape `_built` gives; None for anything else."""
    if not (isinstance(data, tuple) and len(data) == 4 and all(isinstance(part, dict) for part in data)):
        return None
    words, groups, classes_of, suffixes = data
    kinds = ((words, frozenset), (groups, tuple), (classes_of, frozenset), (suffixes, tuple))
    for part, kind in kinds:
        for by_lang in part.values():
            if not isinstance(by_lang, dict) or not all(isinstance(v, kind) for v in by_lang.values()):
                return None
    if not all(len(v) == 3 and isinstance(v[2], bool) for by_lang in suffixes.values() for v in by_lang.values()):
        return None
    return Lexicon(words, groups, classes_of, suffixes)


# --- The word lists, parsed once per version of the file --------------------------------------
# Parsing the YAML takes ~9 ms, on every run and in every language; the same lists as JSON load in
# ~0.3 ms. They are kept in the cache folder (OKRLINT_CACHE_DIR or the user's, never the linted
# tree) under the SHA-256 of the YAML's bytes, so an edited lexicon is parsed again.

LISTS_FORMAT = 2  # bump when the shape of the cached lists changes (2: ё words also listed with е)


def _lexicon_lists(raw: bytes) -> dict[str, dict[str, list[Any]]]:
    """lang → class → lower-cased words, or groups of them (lists of lists: metric synonyms), of the lexicon's bytes."""
    from okrlint.cache_dirs import CACHE_ENV, read_cache_file, user_cache_dir, write_cache_file

    folder = Path(os.environ[CACHE_ENV]) if os.environ.get(CACHE_ENV) else user_cache_dir()
    cache = folder / f"lexicon-{hashlib.sha256(raw).hexdigest()[:20]}.json"
    cached = read_cache_file(cache, LISTS_FORMAT)
    if cached and all(_well_formed(classes) for classes in cached.values()):
        return cached
    lists = _parse(raw)
    write_cache_file(cache, LISTS_FORMAT, lists)
    return lists


def _parse(raw: bytes) -> dict[str, dict[str, list[Any]]]:
    import yaml

    try:
        from yaml import CSafeLoader as Loader
    except ImportError:  # pragma: no cover
        from yaml import SafeLoader as Loader  # type: ignore[assignment]

    data = yaml.load(raw.decode("utf-8"), Loader=Loader)

    def lowered(listed: Any) -> list[Any]:
        if isinstance(listed, list) and listed and all(isinstance(w, list) for w in listed):
            return [[str(w).lower() for w in group] for group in listed]
        words = [str(w).lower() for w in listed or ()]
        # pymorphy3 gives lemmas with е for ё ("платёж" → "платеж"): a word listed with ё is listed
        # without it too, so the list matches the lemma as well as the word as written
        return words + [w.replace("ё", "е") for w in words if "ё" in w and w.replace("ё", "е") not in words]

    return {lang: {cls: lowered(listed) for cls, listed in classes.items()} for lang, classes in data.items()}


def _well_formed(classes: dict[str, Any]) -> bool:
    """A cached class → list of words or of groups of words; anything else means parse the YAML again."""
    return all(isinstance(listed, list) and all(
        isinstance(w, str) or isinstance(w, list) and all(isinstance(x, str) for x in w) for w in listed)
        for listed in classes.values())


def _invert(classes: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for cls, listed in classes.items():
        for word in listed:
            found.setdefault(word, set()).add(cls)
    return {word: frozenset(names) for word, names in found.items()}


def token_classes(token: Token, text_lang: str) -> frozenset[str]:
    """Every lexicon class `token` of a text in `text_lang` belongs to."""
    return _classes(token, text_lang, lexicon().classes_of)


def own_classes(token: Token) -> frozenset[str]:
    """The classes of `token` in a text of its own language: what `with_classes` gives it there.

    An analyzer that remembers a word's token across texts (ru and zh build each token from a
    remembered shape) passes these on to the tokens it builds, so the word is looked up once.
    """
    return _classes(token, token.lang, lexicon().classes_of)


def with_classes(tokens: Iterable[Token], text_lang: str) -> tuple[Token, ...]:
    """The tokens of one text, each carrying its word classes.

    A token of the text's language that already carries classes keeps them without a lookup: in a
    text of its own language a word's classes depend on the word alone (its analyzer may have
    attached them, `own_classes`). A token no text has classed yet gets its classes in place, once
    (building every token a second time cost more than looking its classes up), unless it is a
    word in another language: its classes here depend on this text's language, so it is copied,
    and a token classed in place always carries the classes of its own language (or has none:
    numbers, punctuation). A token that already carries classes (an analyzer may hand the same
    Token to several texts through its memos) is left as it is when they are the same, and copied
    when this text's language gives it others, so a token's classes never change under a text that
    holds it. The copies live in the analysis of their text and are not classed again.
    """
    global _found_for
    classes_of = lexicon().classes_of
    if _found_for is not classes_of:  # another lexicon (tests load others): what was found is not its answer
        _FOUND.clear()
        _found_for = classes_of
    classed = []
    for token in tokens:
        attached = token.classes
        lang = token.lang
        if lang == text_lang and attached is not UNCLASSED:
            classed.append(token)  # classed in its own language: by its analyzer or by an earlier text
            continue
        if (not lang or lang == text_lang) and len(token.text) <= _MAX_FOUND_WORD:
            # in its own language (or none): the classes depend on these four alone, and the same words
            # come back text after text (an English text's tokens come unclassed)
            key = (text_lang, token.lemma, token.text, token.verb_family)
            found = _FOUND.get(key)
            if found is None:
                if len(_FOUND) >= _MAX_FOUND:
                    _FOUND.clear()
                found = _FOUND[key] = _classes(token, text_lang, classes_of)
        else:
            found = _classes(token, text_lang, classes_of)
        if attached is UNCLASSED and (not lang or lang == text_lang):
            attach_classes(token, found)
        elif attached is UNCLASSED or attached != found:
            # a word in another language ("Снизить churn") is copied with this text's classes: in
            # place, they would be taken for its own in a text of its language
            token = new_token(token.text, token.lemma, token.pos, token.lang, token.start, token.end, token.verb_form,
                              token.aspect, token.verb_family, token.tags, found)
        classed.append(token)
    return tuple(classed)


_FOUND: dict[tuple[str, str, str, str | None], frozenset[str]] = {}  # (text's language, lemma, text, verb family) → classes
_MAX_FOUND = 16_384
_MAX_FOUND_WORD = 40  # characters: a longer "word" is pasted junk, not worth remembering (memory stays bounded)
_found_for: Any = None  # the lexicon's classes_of that _FOUND holds answers of


def _classes(token: Token, text_lang: str, classes_of: dict[str, dict[str, frozenset[str]]]) -> frozenset[str]:
    token_lang = token.lang or text_lang
    keys = (token.lemma, token.text.lower(), token.verb_family) if token.verb_family else (token.lemma, token.text.lower())
    own = classes_of.get(token_lang, _NO_LISTS)
    found = NO_CLASSES
    for key in keys:
        listed = own.get(key)
        if listed:
            found = found | listed if found else listed
    if token_lang != text_lang:  # "Снизить churn": the text's language lists borrowed words too
        borrowed = classes_of.get(text_lang, _NO_LISTS)
        for key in keys:
            listed = borrowed.get(key)
            if listed:
                found = found | listed if found else listed
    family = token.verb_family
    if token_lang == "ru" and family and family.endswith("ся") and family not in own and family not in _RU_OTHER_REFLEXIVES:
        # «Качество улучшается», «Команда развивается»: the reflexive of a change verb is that change
        # happening by itself, listed or not (the lexicon lists «снижаться», not every one)
        listed = own.get(family[:-2])
        if listed and not _RU_CHANGES_BY_ITSELF.isdisjoint(listed):
            found = found | (_RU_CHANGES_BY_ITSELF & listed)
    if token_lang == "zh":
        zh = classes_of.get("zh", _NO_LISTS)
        lemma = token.lemma
        for i in range(1, len(lemma) - 1):  # final parts of two or more characters
            listed = zh.get(lemma[i:])
            if listed and not ZH_HEAD_FINAL_CLASSES.isdisjoint(listed):
                found = found | (ZH_HEAD_FINAL_CLASSES & listed)
    return found


