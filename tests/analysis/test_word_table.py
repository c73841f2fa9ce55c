"""A WordTable answers as the dict it stands for: jieba's prefix dictionary and word-tag table."""

from __future__ import annotations

from array import array

import pytest

from okrlint.analysis.word_table import WordTable

WORDS = ["上", "上线", "客", "客户", "用户"]  # sorted; 上 and 客 are prefixes only, 用户 has a tag and no count


@pytest.fixture
def counts() -> WordTable:
    return WordTable(WORDS, array("q", [0, 50, 0, 40, -(2**63)]), absent=-(2**63))


@pytest.fixture
def tags() -> WordTable:
    return WordTable(WORDS, bytes([255, 0, 255, 1, 1]), absent=255, names=("v", "n"))


def test_it_reads_like_the_dict_it_stands_for(counts, tags):
    assert dict(counts) == {"上": 0, "上线": 50, "客": 0, "客户": 40}
    assert dict(tags.items()) == {"上线": "v", "客户": "n", "用户": "n"}
    assert counts.get("上线") == 50 and counts.get("上") == 0 and counts.get("线") is None
    assert "上" in counts and "用户" not in counts and "用户" in tags and "上" not in tags
    assert tags.get("客户", "x") == "n" and tags.get("上", "x") == "x" and tags.get(3, "x") == "x"
    assert counts["客户"] == 40 and len(counts) == 4 and len(tags) == 3 and counts
    with pytest.raises(KeyError):
        counts["用户"]
    for word in ("", "a", "\uffff", "上线了"):  # before, between and after the sorted words
        assert word not in counts and counts.get(word, "none") == "none"


def test_what_is_written_is_read_back(counts, tags):
    counts["新词"] = 7  # jieba's add_word: the word and its prefixes
    counts["新"] = 0
    counts["上线"] = 60
    tags.update({"新词": "n", "上": "p"})  # posseg's merge of the user dictionary's tags
    del counts["客"]
    assert counts.get("新词") == 7 and counts["上线"] == 60 and "客" not in counts and counts.get("客") is None
    assert tags.get("上") == "p" and tags["新词"] == "n"
    assert dict(counts) == {"上": 0, "上线": 60, "客户": 40, "新词": 7, "新": 0}
    assert len(tags) == 5
    with pytest.raises(KeyError):
        del counts["客"]


def test_words_and_values_must_match():
    with pytest.raises(ValueError):
        WordTable(["上", "上线"], [1], absent=None)


def test_an_empty_table_is_false():
    assert not WordTable([], [], absent=None)
    assert not WordTable(["上"], [None], absent=None)


def test_a_word_looked_up_again_reads_what_was_written_since(counts, tags):
    assert counts.get("新词") is None and "上线" in counts and tags.get("上", "x") == "x"  # remembered now
    counts["新词"] = 7
    counts["上线"] = 60
    tags["上"] = "p"
    assert counts.get("新词") == 7 and counts["上线"] == 60 and tags.get("上", "x") == "p"
    del counts["上线"]
    assert "上线" not in counts and counts.get("上线") is None
