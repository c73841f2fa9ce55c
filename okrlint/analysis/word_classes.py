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

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from okrlint.analysis.facts import Token

# Chinese compounds are head-final: 用户体验 is an experience, 客户满意度 a satisfaction, 农民收入 an
# income. A noun class holds a compound jieba keeps whole when its head (a final word of two or
# more characters) is in the class.
ZH_HEAD_FINAL_CLASSES = frozenset({"value", "metric", "artifacts", "staff"})

NO_CLASSES: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Lexicon:
    words: dict[str, dict[str, frozenset[str]]]  # lang → class → words
    word_groups: dict[str, dict[str, tuple[tuple[str, ...], ...]]]  # lang → class → groups of words
    classes_of: dict[str, dict[str, frozenset[str]]]  # lang → word → its classes: `words` inverted

    def has(self, lang: str, cls: str, word: str) -> bool:
        return word in self.words.get(lang, {}).get(cls, frozenset())

    def get(self, lang: str, cls: str) -> frozenset[str]:
        return self.words.get(lang, {}).get(cls, frozenset())

    def groups(self, lang: str, cls: str) -> tuple[tuple[str, ...], ...]:
        """Word groups (lists of lists in the lexicon), e.g. metric synonyms; first is the canonical one."""
        return self.word_groups.get(lang, {}).get(cls, ())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon of `rules/_lexicon.yaml`, loaded and inverted once per process (~10 ms, mostly YAML)."""
    import yaml

    from okrlint.registry import rules_dir  # here, not at import: the analysis layer loads before the rules

    try:
        from yaml import CSafeLoader as Loader
    except ImportError:  # pragma: no cover
        from yaml import SafeLoader as Loader  # type: ignore[assignment]

    with (rules_dir() / "_lexicon.yaml").open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=Loader)

    def is_groups(words: object) -> bool:
        return isinstance(words, list) and bool(words) and all(isinstance(w, list) for w in words)

    words = {lang: {cls: frozenset(str(w).lower() for w in listed or ()) for cls, listed in classes.items() if not is_groups(listed)}
             for lang, classes in data.items()}
    groups = {lang: {cls: tuple(tuple(str(w).lower() for w in g) for g in listed) for cls, listed in classes.items() if is_groups(listed)}
              for lang, classes in data.items()}
    return Lexicon(words, groups, {lang: _invert(classes) for lang, classes in words.items()})


def _invert(classes: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for cls, listed in classes.items():
        for word in listed:
            found.setdefault(word, set()).add(cls)
    return {word: frozenset(names) for word, names in found.items()}


def token_classes(token: Token, text_lang: str) -> frozenset[str]:
    """Every lexicon class `token` of a text in `text_lang` belongs to."""
    return _classes(token, text_lang, lexicon().classes_of)


def with_classes(tokens: Iterable[Token], text_lang: str) -> tuple[Token, ...]:
    """The tokens of one text, each carrying its word classes (new tokens: analyzers share theirs)."""
    classes_of = lexicon().classes_of
    return tuple(Token(t.text, t.lemma, t.pos, t.lang, t.start, t.end, t.verb_form, t.aspect, t.verb_family, t.tags,
                       _classes(t, text_lang, classes_of)) for t in tokens)


def _classes(token: Token, text_lang: str, classes_of: dict[str, dict[str, frozenset[str]]]) -> frozenset[str]:
    token_lang = token.lang or text_lang
    keys = (token.lemma, token.text.lower(), token.verb_family) if token.verb_family else (token.lemma, token.text.lower())
    own = classes_of.get(token_lang, _NO_WORDS)
    found = NO_CLASSES
    for key in keys:
        listed = own.get(key)
        if listed:
            found = found | listed if found else listed
    if token_lang != text_lang:  # "Снизить churn": the text's language lists borrowed words too
        borrowed = classes_of.get(text_lang, _NO_WORDS)
        for key in keys:
            listed = borrowed.get(key)
            if listed:
                found = found | listed if found else listed
    if token_lang == "zh":
        zh = classes_of.get("zh", _NO_WORDS)
        lemma = token.lemma
        for i in range(1, len(lemma) - 1):  # final parts of two or more characters
            listed = zh.get(lemma[i:])
            if listed and not ZH_HEAD_FINAL_CLASSES.isdisjoint(listed):
                found = found | (ZH_HEAD_FINAL_CLASSES & listed)
    return found


_NO_WORDS: dict[str, frozenset[str]] = {}
