"""pymorphy3's analyzer built with its tags made on demand parses every word as the plain one does."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pymorphy3
import pytest
from pymorphy3.opencorpora_dict import storage, wrapper

from okrlint.analysis import morph_dictionary
from okrlint.analysis.morph_dictionary import TagsOnDemand, morph_analyzer

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def plain():
    return pymorphy3.MorphAnalyzer()


def decoded(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:  # the spreadsheet example is in Windows-1251
        return data.decode("cp1251")


def example_words() -> list[str]:
    """Every Cyrillic word of the Russian examples and the rules' texts, plus words that take pymorphy3's other units."""
    files = sorted((EXAMPLES / "ru").iterdir()) + sorted((EXAMPLES.parent / "rules").glob("*.yaml"))  # rules: ru messages
    text = "\n".join(decoded(path.read_bytes()) for path in files)
    words = sorted(set(re.findall(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*", text)))
    return words + ["кол-во", "ИИ-ассистент", "фывапр", "Иванову", "СМИ", "ёлки-палки", "123", "IT"]


def described(parses) -> list[tuple]:
    return [(str(p.tag), type(p.tag).__name__, p.normal_form, p.score, repr(p.methods_stack),
             [str(form.tag) for form in p.lexeme][:5]) for p in parses]


def test_every_word_of_the_russian_examples_parses_as_with_the_plain_analyzer(plain):
    ours = morph_analyzer()
    words = example_words()
    assert len(words) > 1_000
    for word in words:
        assert described(ours.parse(word)) == described(plain.parse(word)), word
    assert ours.TagClass is plain.TagClass


def test_the_tags_are_made_when_first_read(plain):
    ours = morph_analyzer()
    table = ours.dictionary.gramtab
    assert isinstance(table, TagsOnDemand) and len(table) == len(plain.dictionary.gramtab) > 5_000
    made = sum(1 for entry in list.__iter__(table) if not isinstance(entry, str))
    assert made < 50  # the analyzer's own units read a few while it is built
    parse = ours.parse("ответа")[0]
    (index,) = [i for i, entry in enumerate(list.__iter__(table)) if entry is parse.tag]  # kept in the table
    assert table[index] is parse.tag  # made once, then the same object
    for index in (0, 1, len(table) - 1):
        assert table[index] == plain.dictionary.gramtab[index] and type(table[index]) is ours.TagClass
        assert table[index] is table[index]


def test_loading_is_put_back_after_building_the_analyzer():
    morph_analyzer()
    assert wrapper.load_dict is storage.load_dict


def test_an_unknown_loader_builds_the_plain_analyzer(monkeypatch, plain):
    original = storage.load_dict
    monkeypatch.setattr(wrapper, "load_dict", lambda path: original(path))  # a pymorphy3 that loads another way
    ours = morph_analyzer()
    assert type(ours.dictionary.gramtab) is list
    assert described(ours.parse("встреч")) == described(plain.parse("встреч"))


def test_a_changed_result_shape_builds_the_plain_analyzer(monkeypatch):
    monkeypatch.setattr(morph_dictionary, "_LOADED_FIELDS", ("meta", "gramtab"))
    assert type(morph_analyzer().dictionary.gramtab) is list


def test_the_dictionary_is_the_one_pymorphy3_finds_through_its_entry_point():
    from pymorphy3.analyzer import lang_dict_path

    assert morph_dictionary.dictionary_path() == lang_dict_path("ru")
    assert morph_analyzer().dictionary.path == lang_dict_path("ru")


def test_pymorphy3s_environment_variable_is_left_to_pymorphy3(monkeypatch):
    monkeypatch.setenv(pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE, "/somewhere/else")
    assert morph_dictionary.dictionary_path() is None


def test_russian_analysis_never_imports_importlib_metadata_or_resources():
    """pymorphy3 finds its dictionary through importlib.metadata (~25 ms of a cold Russian run), and ru.py read its
    table of action nouns through importlib.resources (~4 ms): neither is needed."""
    import subprocess
    import sys

    probe = ("import sys\nfrom okrlint.analysis import ru\nru.tokenize('Запуск пилота и внедрение CRM')\n"
             "assert ru.action_verb('внедрение') == 'внедрить' and 'pymorphy3' in sys.modules\n"
             "print([m for m in ('importlib.metadata', 'importlib.resources') if m in sys.modules])")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert proc.stdout.split() == ["[]"], proc.stderr


# Where dawg2 (pymorphy3's C reader of its dictionaries) has no wheel, pymorphy3 reads them with the
# pure-Python dawg2-python: a child process with the C module blocked reads them as such a machine does.
_PURE_PYTHON_READER = "import sys\nsys.modules['dawg'] = None  # no C reader: pymorphy3 takes dawg2-python\n"


def _in_a_child(code: str) -> str:
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_the_c_reader_is_used_where_it_is_installed():
    pytest.importorskip("dawg", reason="dawg2 ships no wheel for this machine: pymorphy3 reads with dawg2-python")
    from pymorphy3 import dawg as pymorphy_dawg

    assert pymorphy_dawg.EXTENSION_AVAILABLE
    words_dawg_base = type(morph_analyzer().dictionary.words).__mro__[1]  # pymorphy3's WordsDawg(RecordDAWG)
    assert words_dawg_base.__module__ == "dawg"


def test_the_pure_python_reader_parses_every_example_word_as_the_c_reader():
    pytest.importorskip("dawg", reason="dawg2 ships no wheel for this machine: only one reader to compare")
    words = example_words()
    probe = ("import json\nfrom okrlint.analysis.morph_dictionary import morph_analyzer\n"
             "from pymorphy3 import dawg\nm = morph_analyzer()\n"
             f"words = {words!r}\n"
             "print(json.dumps([dawg.EXTENSION_AVAILABLE] + [[str(p.tag), p.normal_form, p.score] for w in words for p in m.parse(w)]))")
    with_c, pure = json.loads(_in_a_child(probe)), json.loads(_in_a_child(_PURE_PYTHON_READER + probe))
    assert with_c[0] is True and pure[0] is False
    assert len(with_c) > 1000 and with_c[1:] == pure[1:]


def test_the_dawgs_are_mapped_while_the_analyzer_is_built_and_read_as_before_after():
    probe = _PURE_PYTHON_READER + """
from pathlib import Path
from dawg_python import wrapper
from okrlint.analysis.morph_dictionary import morph_analyzer
plain_reads = wrapper.Dictionary.read, wrapper.Guide.read
ours = morph_analyzer()
assert (wrapper.Dictionary.read, wrapper.Guide.read) == plain_reads
words = ours.dictionary.words
assert isinstance(words.dct._units, memoryview) and isinstance(words.guide._units, memoryview)
predictions = ours.dictionary.prediction_suffixes_dawgs[0]
assert isinstance(predictions.dct._units, memoryview) and isinstance(ours.prob_estimator.p_t_given_w.dct._units, memoryview)
assert list(words.dct._units[:64]) == list(wrapper.Dictionary.load(Path(ours.dictionary.path) / "words.dawg")._units[:64])
assert ours.parse("внедрение")[0].normal_form == "внедрение"
print("mapped")
"""
    assert _in_a_child(probe).split() == ["mapped"]


def test_a_dawg_that_cannot_be_mapped_is_read_and_a_short_one_fails_as_dawg_python_fails(tmp_path):
    import io
    import struct

    from okrlint.analysis.morph_dictionary import _units

    stream = io.BytesIO(struct.pack("=3I", 7, 8, 9))  # no file number: read into an array
    assert list(_units(stream, 3, "I")) == [7, 8, 9]
    short = tmp_path / "short.dawg"
    short.write_bytes(struct.pack("=3I", 7, 8, 9))
    with short.open("rb") as handle, pytest.raises(EOFError):
        _units(handle, 4, "I")
    with short.open("rb") as handle:
        handle.read(4)
        assert list(_units(handle, 2, "I")) == [8, 9] and handle.tell() == 12
