"""jieba's prefix dictionary and word-tag table come from one cache file in the user cache folder."""

from __future__ import annotations

import marshal
import os
import shutil
from pathlib import Path

import pytest

from tests.helpers import EXAMPLES, cli_process


def zh_run(tmp_path: Path, **env: str):
    okr = tmp_path / "zh.okr.yaml"
    if not okr.exists():
        shutil.copy(EXAMPLES / "zh" / "bad.okr.yaml", okr)
    run = cli_process("check", str(okr), "--no-cache", "--format", "json", cwd=tmp_path,
                      env={"XDG_CACHE_HOME": str(tmp_path / "xdg"), **env})
    assert run.stderr == ""
    return run


def tables(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "xdg" / "okrlint").glob("jieba-tables-*.marshal"))


def test_the_tables_are_written_once_and_read_after(tmp_path):
    first = zh_run(tmp_path)
    (written,) = tables(tmp_path)
    version, words, counts, total, tag_names, tags, _, ascii_free = marshal.loads(written.read_bytes())
    assert ascii_free is True  # our small dictionary has no word with an ASCII letter or digit
    words = words.split("\n")
    assert version == 4 and total > 0 and "上线" in words and len(counts) == 8 * len(words)
    assert words == sorted(set(words))  # looked up by bisection
    assert len(tags) == len(words) > 100_000 and "v" in tag_names
    stamp = written.stat().st_mtime_ns
    second = zh_run(tmp_path)
    assert second.findings == first.findings and first.findings
    assert [p.stat().st_mtime_ns for p in tables(tmp_path)] == [stamp]  # read, not written again


@pytest.mark.parametrize("damage", [
    b"",  # an empty file
    b"\x00garbage that is not marshal",
    marshal.dumps((4, "", b"", 0, (), b"", {}, True)),  # the right shape, empty
    marshal.dumps((4, ["上线"], b"\1" + bytes(7), 1, ("v",), b"\0", {}, True)),  # a list where the words go
    marshal.dumps((4, "上线\n客户", b"\1" + bytes(7), 1, ("v",), b"\0\0", {}, True)),  # two words, one count
    marshal.dumps((4, "上线\n客户", b"\1" + bytes(15), 1, ("v",), b"\0", {}, True)),  # two words, one tag
    marshal.dumps((4, "上线", b"\1" + bytes(7), 1, ("v",), b"\5", {}, True)),  # a tag that is not in the names
    marshal.dumps((4, "上线", b"\1" + bytes(7), 1, {"v": 0}, b"\0", {}, True)),  # names of another shape
    marshal.dumps((4, "上线", b"\1" + bytes(7), 1, ("v",), b"\0", {}, 1)),  # no yes-or-no where it goes
    marshal.dumps((3, "上线", b"\1" + bytes(7), 1, "上线", ("v",), b"\0", {}, True)),  # the format before
    marshal.dumps((2, "上线", b"\1" + bytes(7), 1, "上线", ("v",), b"\0", {})),  # and before that
    marshal.dumps((1, {"上线": 1}, 1, {}, {})),  # the format before that
])
def test_a_damaged_tables_file_is_rebuilt(tmp_path, damage):
    # a dictionary of a few words: what is read back or rebuilt does not depend on its size, and the
    # small dictionary's 100,000 words would cost two table builds (~4 s) for each damage
    own = tmp_path / "own-dict.txt"
    own.write_text("上线 50000 v\n客户 50000 n\n用户 40000 n\n", encoding="utf-8")
    expected = zh_run(tmp_path, OKRLINT_ZH_DICT=str(own)).findings
    (written,) = tables(tmp_path)
    good = written.read_bytes()
    written.write_bytes(damage)
    assert zh_run(tmp_path, OKRLINT_ZH_DICT=str(own)).findings == expected
    assert written.read_bytes() == good  # built again, as it was


def test_each_dictionary_has_its_own_tables(tmp_path):
    small = zh_run(tmp_path).findings
    own = tmp_path / "own-dict.txt"
    own.write_text("上线 50000 v\n客户 50000 n\n", encoding="utf-8")
    zh_run(tmp_path, OKRLINT_ZH_DICT=str(own))
    assert len(tables(tmp_path)) == 2
    own.write_text("上线 50000 v\n客户 50000 n\n用户 40000 n\n", encoding="utf-8")  # an edited dictionary
    zh_run(tmp_path, OKRLINT_ZH_DICT=str(own))
    assert len(tables(tmp_path)) == 3
    assert zh_run(tmp_path).findings == small


def test_the_tables_read_back_equal_the_ones_jieba_builds(tmp_path):
    """Same words, counts, tags and order as the POSTokenizer jieba builds from the dictionary itself."""
    import jieba.posseg

    from okrlint.analysis import zh, zh_segment, zh_tables

    zh_run(tmp_path)
    (written,) = tables(tmp_path)
    jieba = zh._import_jieba()
    tokenizer = jieba.Tokenizer(str(zh.SMALL_DICT))
    tokenizer.tmp_dir = str(tmp_path)  # jieba's own cache: not the shared temporary folder
    built = jieba.posseg.POSTokenizer(tokenizer)
    built.tokenizer.initialize()
    read = zh_tables.load(written, jieba.posseg, jieba.Tokenizer(str(zh.SMALL_DICT)))
    assert dict(read.tokenizer.FREQ.items()) == built.tokenizer.FREQ  # the same words and values, in sorted order
    assert dict(read.word_tag_tab.items()) == built.word_tag_tab
    assert len(read.tokenizer.FREQ) == len(built.tokenizer.FREQ) and len(read.word_tag_tab) == len(built.word_tag_tab)
    for word in ("上线", "上", "不存在的词", "", "a", "\uffff"):  # a word, a prefix only, neither
        assert read.tokenizer.FREQ.get(word) == built.tokenizer.FREQ.get(word)
        assert (word in read.tokenizer.FREQ) == (word in built.tokenizer.FREQ)
        assert read.word_tag_tab.get(word, "x") == built.word_tag_tab.get(word, "x")
    assert read.tokenizer.total == built.tokenizer.total
    assert getattr(read.tokenizer, zh_segment.ASCII_FREE) is zh_segment.ascii_free(built.tokenizer.FREQ) is True


def test_a_dictionary_with_latin_or_digit_words_says_so(tmp_path):
    """jieba's full dictionary has "3D" and "4S店": its tables say so, and zh_segment then cuts each block afresh."""
    from okrlint.analysis import zh_segment

    own = tmp_path / "own-dict.txt"
    own.write_text("上线 50000 v\n4S店 30 n\n", encoding="utf-8")
    assert zh_run(tmp_path, OKRLINT_ZH_DICT=str(own)).stderr == ""
    (written,) = tables(tmp_path)
    assert marshal.loads(written.read_bytes())[-1] is False
    assert zh_segment.ascii_free({"上线": 1}, {"4S店": "n"}) is False
    assert zh_segment.ascii_free({"上线": 1, "上": 0}, {"上线": "v"}) is True


def test_an_installed_dictionary_is_keyed_by_its_state_without_being_read(tmp_path, monkeypatch):
    from okrlint.analysis import zh_tables

    folder, dictionary = tmp_path / "cache", tmp_path / "dict.txt"
    folder.mkdir()
    dictionary.write_text("上线 50000 v\n", encoding="utf-8")
    user = zh_tables.cache_file(str(folder), "0.42", [str(dictionary)])  # a dictionary the user chose: read and hashed
    monkeypatch.setattr(zh_tables, "open", lambda *args, **kwargs: pytest.fail("an installed dictionary is not read"),
                        raising=False)
    installed = zh_tables.cache_file(str(folder), "0.42", [str(dictionary)], installed={str(dictionary)})
    assert installed is not None and installed != user
    assert zh_tables.cache_file(str(folder), "0.42", [str(dictionary)], installed={str(dictionary)}) == installed
    stamp = dictionary.stat().st_mtime_ns
    dictionary.write_text("上线 50001 v\n", encoding="utf-8")  # the same size, the old modification time put back
    os.utime(dictionary, ns=(stamp, stamp))
    assert zh_tables.cache_file(str(folder), "0.42", [str(dictionary)], installed={str(dictionary)}) != installed
