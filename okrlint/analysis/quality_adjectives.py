"""Adjectives that name a quality: "accurate", "secure", «точный», "准确" say of a thing what "accuracy",
"security", «точность», "准确度" name. An adjective names one when the noun of quality made from it is one the
lexicon lists as a quality or a value — so the lists of nouns serve the adjectives too, in every language,
with no second list to keep. ("new" makes no listed noun, nor does «новый»: «новость» is news.) Also the
adjectives an adverb of manner is made from ("reliably" → reliable)."""

from __future__ import annotations

from okrlint.analysis.facts import ADJ, Token
from okrlint.analysis.word_classes import lexicon

# English endings of an adjective and of the noun of quality made from it: reliable → reliability,
# accurate → accuracy, efficient → efficiency, resilient → resilience, secure → security, robust → robustness.
_EN_NOUNS_OF = (("able", ("ability",)), ("ible", ("ibility",)), ("ate", ("acy",)), ("ent", ("ency", "ence")),
                ("ant", ("ancy", "ance")), ("ure", ("urity",)), ("ive", ("ivity", "iveness")), ("", ("ness", "ity")))
# Russian: точный → точность, надёжный → надёжность.
_RU_ADJECTIVE_ENDINGS = ("ый", "ий", "ой")
# Chinese: 准确 → 准确度, 可靠 → 可靠性, 安全 → 安全性.
_ZH_QUALITY_ENDINGS = ("性", "度", "感")
_CLASSES = ("quality", "value")
# "high-quality" only praises, as «качественный» does (no noun of quality made from it is asked for): what is
# good about the thing is not said.
_PRAISE_NOUNS = frozenset({"quality", "质量", "品质"})
# A degree before a noun of quality makes an adjective of it: "high-performance", 高性能, 高可用.
_DEGREE_PREFIXES = ("high-", "low-", "高", "低")


def names_a_quality(token: Token, lang: str) -> bool:
    """An adjective of value ("reliable", "可靠"), or one whose noun of quality the lexicon lists: "accurate",
    "high-performance", «точный», "准确"."""
    if token.pos is not ADJ and not token.lemma.startswith(_DEGREE_PREFIXES):
        return False  # (the taggers call "high-performance" and 高性能 nouns: compounds they do not know)
    if "value" in token.classes:
        return True
    lex, word_lang = lexicon(), token.lang or lang
    return any(lex.has(word_lang, cls, noun) for noun in _nouns_of(token.lemma.lower(), word_lang) for cls in _CLASSES)


def _nouns_of(adjective: str, lang: str) -> list[str]:
    if lang == "en":
        if "-" in adjective:  # "high-performance": the noun is written inside
            return [part for part in adjective.split("-") if part not in _PRAISE_NOUNS]
        return [adjective[:len(adjective) - len(end)] + noun for end, nouns in _EN_NOUNS_OF
                if adjective.endswith(end) for noun in nouns]
    if lang == "ru":
        if not adjective.endswith(_RU_ADJECTIVE_ENDINGS):
            return []
        stem = adjective[:-2]
        return [stem + "ость", stem.replace("ё", "е") + "ость"]
    if lang == "zh":
        if adjective.startswith(("高", "低")) and len(adjective) > 2:  # 高性能: 性能 is the quality (not 高质量)
            rest = adjective[1:]
            return [] if rest in _PRAISE_NOUNS else [rest] + [rest + end for end in _ZH_QUALITY_ENDINGS]
        return [adjective + end for end in _ZH_QUALITY_ENDINGS]
    return []


def adjectives_of_adverb(token: Token) -> tuple[str, ...]:
    """The adjectives an adverb of manner may be made from: "reliably" → reliable, "easily" → easy, «надёжно» →
    надежный; a Chinese adjective is its own."""
    word = token.lemma.lower()
    if token.lang == "en" and word.endswith("ly"):
        return word[:-2], word[:-1] + "e", word[:-3] + "y"  # efficiently, reliably, easily
    if token.lang == "ru" and word.endswith(("о", "е")):
        stem = word[:-1]
        return stem + "ый", stem + "ий", stem + "ой"
    return (word,)
