"""Word classes attached once per token by the analysis layer (real analyzers, all three languages)."""

from __future__ import annotations

import dataclasses
import marshal
from pathlib import Path

import pytest
import yaml

from okrlint.analysis import Aspect, Pos, Token, VerbForm, analyze, word_classes
from okrlint.analysis.facts import UNCLASSED
from okrlint.analysis.word_classes import ZH_HEAD_FINAL_CLASSES, Lexicon, lexicon, token_classes, with_classes
from tests.helpers import example_texts

ROOT = Path(__file__).resolve().parents[2]


def classes(text: str, lang: str) -> list[tuple[str, list[str]]]:
    return [(t.text, sorted(t.classes)) for t in analyze(text, lang).tokens]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Increase MAU from 10k to 20k", "en",
         [("Increase", ["increase", "vague"]), ("MAU", ["business_metrics", "metric", "outcome_units"]), ("from", []), ("10k", []),
          ("to", ["for_words", "result_connectors", "scope_to"]), ("20k", [])]),
        ("Снизить churn до 5%", "ru",
         [("Снизить", ["decrease"]), ("churn", ["business_metrics", "metric"]), ("до", ["scope_to"]), ("5", []), ("%", [])]),
        # 用户体验 is not listed: its head 体验 is (Chinese compounds are head-final)
        ("提升用户体验", "zh", [("提升", ["increase", "vague"]), ("用户体验", ["value"])]),
        # and so is 产品质量: its head 质量 is a quality
        ("提升产品质量", "zh", [("提升", ["increase", "vague"]), ("产品质量", ["quality"])]),
    ],
)
def test_each_token_carries_its_word_classes(text: str, lang: str, expected: list) -> None:
    assert classes(text, lang) == expected


def test_a_borrowed_word_takes_the_classes_the_text_language_lists() -> None:
    # QPS is a metric in the zh lexicon only (a load in every one): inside a zh text it is one, inside an en text not
    assert ("QPS", ["load", "metric"]) in classes("提升QPS到5000", "zh")
    assert ("QPS", ["load"]) in classes("Increase QPS to 5000", "en")


def test_classes_do_not_change_token_equality() -> None:
    token = analyze("Increase MAU", "en").tokens[0]
    bare = Token(token.text, token.lemma, token.pos, token.lang, token.start, token.end, token.verb_form,
                 token.aspect, token.verb_family, token.tags)
    assert token.classes and not bare.classes
    assert token == bare and hash(token) == hash(bare)


def test_classes_are_attached_once_and_a_token_shared_across_languages_is_copied() -> None:
    """"QPS" is a metric in a zh text, not in an en text (a load in both): the token classed in one keeps its classes."""
    token = Token("QPS", "qps", Pos.X, "en", 0, 3)
    (in_en,) = with_classes([token], "en")
    assert in_en is token and in_en.classes == {"load"}  # classed in place, in the en lexicon's class only
    (in_zh,) = with_classes([token], "zh")
    assert in_zh is not token and in_zh.classes == {"load", "metric"} and in_zh == token  # a copy: same token, other classes
    assert token.classes == {"load"}  # the en text's token is unchanged
    (again,) = with_classes([token], "en")
    assert again is token
    fresh = Token("QPS", "qps", Pos.X, "en", 0, 3)
    (first_zh,) = with_classes([fresh], "zh")
    (then_en,) = with_classes([fresh], "en")
    # a word in another language is copied even unclassed: classed in place, its zh classes would be
    # taken for its own in an en text
    assert first_zh is not fresh and first_zh.classes == {"load", "metric"} and first_zh == fresh
    assert then_en is fresh and fresh.classes == {"load"}


def test_a_token_of_the_text_language_keeps_the_classes_its_analyzer_attached() -> None:
    """ru and zh tokens come classed from their analyzers' remembered shapes; with_classes reads no word list for them."""
    for text, lang in (("Снизить отток клиентов до 5%", "ru"), ("用户满意度提升到90%", "zh")):
        from okrlint.analysis import _tokenize

        tokens = _tokenize(text, lang)
        own = [t for t in tokens if t.lang == lang]
        assert own and all(t.classes is not UNCLASSED for t in own)
        assert all(t.classes is UNCLASSED for t in tokens if t.lang != lang)  # numbers, marks: classed by the text
        assert [t.classes for t in with_classes(tokens, lang)] == [token_classes(t, lang) for t in tokens]
    # the same word in a text of another language is looked up there, and its own token keeps its classes
    (token,) = [t for t in _tokenize("Снизить отток", "ru") if t.text == "Снизить"]
    own_classes = token.classes
    (in_en,) = with_classes([token], "en")
    assert in_en.classes == token_classes(token, "en") and token.classes is own_classes and "decrease" in own_classes


def test_traditional_chinese_tokens_are_classed_as_written() -> None:
    """The Chinese tokenizer keeps the Traditional text in its tokens; they are looked up again."""
    from okrlint.analysis import zh
    tokens = with_classes(zh.tokenize("提升客戶滿意度到90%"), "zh")
    assert [t.text for t in tokens][:2] == ["提升", "客戶滿意度"]
    assert [t.classes for t in tokens] == [token_classes(t, "zh") for t in tokens]


def test_an_analysis_reads_traditional_chinese_as_its_simplified_copy() -> None:
    """`analyze` reads a Traditional text in Simplified, one character for one: the same tokens at the
    same places as the Simplified text, so the rules' Simplified words and phrases apply to it."""
    tokens = analyze("提升客戶滿意度到90%", "zh").tokens
    simplified = analyze("提升客户满意度到90%", "zh").tokens
    assert [(t.text, t.start, t.end, t.classes) for t in tokens] == [(t.text, t.start, t.end, t.classes) for t in simplified]


@pytest.mark.parametrize("lang", ["ru", "zh"])
def test_shape_classes_equal_a_fresh_lookup_over_the_examples(lang: str) -> None:
    texts = [text for text, text_lang in example_texts() if text_lang == lang]
    assert len(texts) > 50
    for text in texts:
        for token in analyze(text, lang).tokens:
            assert token.classes == token_classes(token, lang), (text, token.text)


def _listed(token: Token, cls: str, text_lang: str, lex: Lexicon) -> bool:
    """The per-class lookup the facts used to make for every question: the reference."""
    token_lang = token.lang or text_lang
    keys = {token.lemma, token.text.lower()} | ({token.verb_family} if token.verb_family else set())
    if any(lex.has(token_lang, cls, k) for k in keys) or (
            token_lang != text_lang and any(lex.has(text_lang, cls, k) for k in keys)):
        return True
    word = token.lemma
    return token_lang == "zh" and cls in ZH_HEAD_FINAL_CLASSES and len(word) >= 3 and any(
        lex.has("zh", cls, word[i:]) for i in range(1, len(word) - 1))


def test_attached_classes_match_a_lookup_class_by_class_over_the_examples() -> None:
    lex = lexicon()
    every_class = {cls for by_class in lex.words.values() for cls in by_class}
    texts = example_texts() + [("Снизить churn и поднять NPS", "ru"), ("客户满意度提升到90%", "zh"),
                                ("提升QPS到5000", "zh"), ("Запуск пилота к 31 марта", "ru")]
    assert len(texts) > 200
    checked = 0
    for text, lang in texts:
        analysis = analyze(text, lang)
        for token in analysis.tokens:
            assert token.classes == {c for c in every_class if _listed(token, c, analysis.lang, lex)}, (text, token.text)
            checked += 1
    assert checked > 1000


def test_token_equality_compares_every_field_but_the_classes() -> None:
    token = analyze("Increase MAU", "en").tokens[0]
    assert token == dataclasses.replace(token, classes=frozenset())
    changed = {"text": "x", "lemma": "x", "pos": Pos.NOUN, "lang": "ru", "start": 7, "end": 9,
               "verb_form": VerbForm.GERUND, "aspect": Aspect.PERFECTIVE, "verb_family": "x", "tags": frozenset({"x"})}
    compared = {f.name for f in dataclasses.fields(Token) if f.compare}
    assert compared == set(changed)
    for name, value in changed.items():
        other = dataclasses.replace(token, **{name: value})
        assert token != other and not token == other, name


# --- The parsed word lists, cached on disk -----------------------------------------------------


@pytest.fixture
def fresh_lexicon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A lexicon loaded anew with its cache in `tmp_path/cache`; the process-wide one afterwards."""
    monkeypatch.setenv("OKRLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))  # the built lexicon's start-up cache, fresh too
    lexicon.cache_clear()
    yield tmp_path / "cache"
    lexicon.cache_clear()


def _as_parsed_from_yaml(path: Path) -> tuple[dict, dict]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    groups = {lang: {c: tuple(tuple(str(w).lower() for w in g) for g in ws) for c, ws in classes.items()
                     if ws and all(isinstance(w, list) for w in ws)} for lang, classes in data.items()}
    # a word listed with ё is listed with е too (pymorphy3's lemmas have е)
    words = {lang: {c: frozenset(v for w in ws or () for v in (str(w).lower(), str(w).lower().replace("ё", "е")))
                    for c, ws in classes.items() if c not in groups[lang]}
             for lang, classes in data.items()}
    return words, groups


def test_the_word_lists_are_cached_and_read_back_the_same(fresh_lexicon: Path) -> None:
    first = lexicon()
    [cached] = fresh_lexicon.glob("lexicon-*.json")
    lexicon.cache_clear()
    again = lexicon()
    assert again == first and again is not first
    assert (first.words, first.word_groups) == _as_parsed_from_yaml(ROOT / "rules" / "_lexicon.yaml")
    assert first.has("en", "increase", "raise") and first.groups("en", "metric_synonyms")


@pytest.mark.parametrize("content", ['{"format": 1, "okrlint"', "[1, 2]",
                                     '{"format": 1, "okrlint": "%s", "files": {"en": {"increase": [1, 2]}}}'])
def test_a_corrupt_or_foreign_cache_of_the_word_lists_is_ignored(fresh_lexicon: Path, tmp_path: Path, content: str) -> None:
    from okrlint import __version__

    lexicon()
    [cached] = fresh_lexicon.glob("lexicon-*.json")
    cached.write_text(content.replace("%s", __version__), encoding="utf-8")
    for built in built_files(tmp_path):
        built.unlink()  # else the built lexicon answers without the lists
    lexicon.cache_clear()
    assert lexicon().has("en", "increase", "raise")
    assert (lexicon().words, lexicon().word_groups) == _as_parsed_from_yaml(ROOT / "rules" / "_lexicon.yaml")


def test_an_edited_lexicon_is_parsed_again(fresh_lexicon: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lexicon()
    rules = tmp_path / "rules"
    rules.mkdir()
    edited = (ROOT / "rules" / "_lexicon.yaml").read_text(encoding="utf-8") + "\nxx:\n  increase: [Boost]\n"
    (rules / "_lexicon.yaml").write_text(edited, encoding="utf-8")
    monkeypatch.setattr("okrlint.registry.rules_dir", lambda: rules)
    lexicon.cache_clear()
    assert lexicon().has("xx", "increase", "boost")
    assert lexicon().classes_of["xx"] == {"boost": frozenset({"increase"})}
    assert len(list(fresh_lexicon.glob("lexicon-*.json"))) == 2
    assert len(built_files(tmp_path)) == 2  # the edited lexicon is built and kept on its own


def built_files(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "xdg" / "okrlint").glob("lexicon-built-*.marshal"))


def test_the_built_lexicon_is_kept_and_read_back_without_the_word_lists(fresh_lexicon: Path, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    first = lexicon()
    [kept] = built_files(tmp_path)
    lexicon.cache_clear()
    monkeypatch.setattr(word_classes, "_lexicon_lists", lambda raw: pytest.fail("the lists are not read again"))
    again = lexicon()
    assert again == first and again is not first
    assert again.classes_of["en"]["raise"] == first.classes_of["en"]["raise"] and again.has_suffix("zh", "metric_suffixes", "转化率")
    assert built_files(tmp_path) == [kept]


@pytest.mark.parametrize("damage", [b"", b"\x00not marshal", marshal.dumps((1, 2, 3)), marshal.dumps(({}, {}, {})),
                                    marshal.dumps(({"en": {"increase": ["raise"]}}, {}, {}, {})),  # a list, not a frozenset
                                    marshal.dumps(({}, {}, {}, {"en": {"increase": ((), ())}}))])  # a suffix entry cut short
def test_a_damaged_built_lexicon_is_built_again(fresh_lexicon: Path, tmp_path: Path, damage: bytes) -> None:
    first = lexicon()
    [kept] = built_files(tmp_path)
    kept.write_bytes(damage)
    lexicon.cache_clear()
    assert lexicon() == first
    assert _well_built_file(kept)  # written again whole


def _well_built_file(path: Path) -> bool:
    return word_classes._well_built(marshal.loads(path.read_bytes())) is not None


@pytest.mark.parametrize(("word", "expected"), [("转化率", True), ("效率", True), ("率", False), ("客单价", True), ("价", False),
                                                ("人数", True), ("退款人数", True), ("满意度", False), ("客户", False)])
def test_a_chinese_metric_is_told_by_its_ending(word: str, expected: bool) -> None:
    assert lexicon().has_suffix("zh", "metric_suffixes", word) is expected


def test_suffixes_agree_with_a_look_at_every_listed_ending() -> None:
    lex = lexicon()
    words = {t.text for text, lang in example_texts() for t in analyze(text, lang).tokens} | {"", "率", "x"}
    for lang, by_class in lex.words.items():
        for cls, listed in by_class.items():
            for word in words:
                expected = any(word.endswith(s) and (len(word) > len(s) or len(s) > 1) for s in listed)
                assert lex.has_suffix(lang, cls, word) is expected, (lang, cls, word)


# --- The classes found, remembered per word ------------------------------------------------------


def test_remembered_classes_are_a_fresh_lookup_text_after_text() -> None:
    """Each text's tokens built anew (its analyzer's own), classed twice: the second time from what was remembered."""
    from okrlint.analysis import _analyzer

    texts = example_texts() + [("Снизить churn и поднять NPS", "ru"), ("提升QPS到5000", "zh"), ("Find the root cause", "en"),
             ("Find out why users churn", "en")]
    for _ in range(2):
        for text, lang in texts:
            analysis = analyze(text, lang)
            for token in with_classes(_analyzer(analysis.lang).tokenize(analysis.normalized), analysis.lang):
                assert token.classes == token_classes(token, analysis.lang), (text, token.text)


def test_a_lexicon_loaded_anew_is_not_answered_from_the_old_one(fresh_lexicon: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from okrlint.analysis import en

    [frobnicate] = [t for t in with_classes(en.tokenize("Frobnicate revenue"), "en") if t.text == "Frobnicate"]
    assert "increase" not in frobnicate.classes
    data = yaml.safe_load((ROOT / "rules" / "_lexicon.yaml").read_text(encoding="utf-8"))
    data["en"]["increase"].append("frobnicate")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "_lexicon.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr("okrlint.registry.rules_dir", lambda: rules)
    lexicon.cache_clear()
    [frobnicate] = [t for t in with_classes(en.tokenize("Frobnicate revenue"), "en") if t.text == "Frobnicate"]
    assert "increase" in frobnicate.classes
