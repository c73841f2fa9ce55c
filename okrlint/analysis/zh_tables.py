"""jieba's two tables, the prefix dictionary and the word-tag table, from one fast cache file.

On every run jieba reads its prefix dictionary from its own cache, and jieba.posseg then reads
the word-tag table from the dictionary's text, line by line (111k lines for our small
dictionary: the largest part of a cold Chinese run). Here both, with the user dictionary's
words and tags, are kept in one `marshal` file in the per-user cache folder: never the linted
tree, never a shared temporary folder (a file there could be planted by someone else). The file
is named after jieba's version and each dictionary file's path and state (its size and times, and
the SHA-256 of a dictionary the user chose: see `cache_file`), so an edited dictionary or another
jieba gets its own. A file that is corrupt, half written or of another shape is rebuilt; writes are
atomic (a temporary file renamed into place).

Layout (FORMAT 4): the words of both tables, sorted, as one string joined by newlines (a dictionary
line's word never holds one); the counts as one array of 64-bit integers, the tags as one byte per
word indexing the table's few tag names, each at its word's place, with a mark where a word is not in
that table. Read back, they are two `WordTable`s over the one list of words: looked up by
bisection, never hashed into dicts (word_table.py). Last, whether no word holds an ASCII letter or
digit (what zh_segment's block memo needs to know), found once here rather than by a scan of every
word on each run.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from array import array
from collections.abc import Collection
from pathlib import Path
from typing import Any

from okrlint.analysis.word_table import WordTable
from okrlint.analysis.zh_segment import ASCII_FREE, ascii_free
from okrlint.cache_dirs import read_marshal, write_marshal

FORMAT = 4  # bump when what is kept changes
_SEPARATOR = "\n"
_COUNTS = "q"  # signed 64-bit, in this machine's byte order (the file is per user and per machine)
_NO_COUNT = -(2**63)  # a word of the tag table that is not in the prefix dictionary
_NO_TAG = 255  # a word (or prefix) of the prefix dictionary that has no tag
_MAX_TAGS = _NO_TAG  # one byte per word, one value kept for the mark


def cache_file(folder: str, jieba_version: str, dictionaries: list[str], installed: Collection[str] = ()) -> Path | None:
    """Where the tables of these dictionary files live; None when they must not be cached (no safe folder).

    `installed`: those of the files that were installed with okrlint or jieba (okrlint's own small and
    user dictionaries, jieba's dict.txt), keyed as okrlint keys its own code: by what any write to them
    changes (size, modification and change times, inode), without reading them (SHA-256 of the 1.5 MB
    small dictionary was ~4% of a cold Chinese run). Any other dictionary is keyed by its SHA-256 too."""
    if os.path.realpath(folder) == os.path.realpath(tempfile.gettempdir()):
        return None  # shared by every user of the machine: nothing is read from there
    key = hashlib.sha256(f"{FORMAT}\0{jieba_version}".encode())
    for name in dictionaries:
        try:
            info = os.stat(name)
            if name in installed:
                state = f"{info.st_size}\0{info.st_mtime_ns}\0{info.st_ctime_ns}\0{info.st_ino}"
            else:
                with open(name, "rb") as handle:
                    state = f"{info.st_size}\0{info.st_mtime_ns}\0{hashlib.sha256(handle.read()).hexdigest()}"
        except OSError:
            return None  # jieba reports a missing dictionary itself
        key.update(f"\0{os.path.realpath(name)}\0{state}".encode("utf-8", "surrogatepass"))
    return Path(folder) / f"jieba-tables-{key.hexdigest()[:24]}.marshal"


def load(path: Path, posseg: Any, tokenizer: Any) -> Any | None:
    """A ready jieba.posseg.POSTokenizer over `tokenizer`, its tables from `path`; None to build them afresh."""
    try:
        version, words, counts, total, tag_names, tags, user_word_tags, words_ascii_free = read_marshal(path)
        if (version != FORMAT or not isinstance(words, str) or not isinstance(total, int)
                or not isinstance(tag_names, tuple) or not all(isinstance(name, str) for name in tag_names)
                or not isinstance(tags, bytes) or not isinstance(user_word_tags, dict)
                or not isinstance(words_ascii_free, bool)):
            return None
        if tags.translate(None, bytes(range(len(tag_names))) + bytes([_NO_TAG])):
            return None  # a tag that is not in the names
        keys = words.split(_SEPARATOR) if words else []
        freq = WordTable(keys, array(_COUNTS, counts), _NO_COUNT)
        word_tags = WordTable(keys, tags, _NO_TAG, tag_names)
    except (TypeError, ValueError, IndexError, KeyError):  # missing, corrupt, half written, another shape
        return None
    if not keys:
        return None
    tokenizer.FREQ, tokenizer.total, tokenizer.user_word_tag_tab = freq, total, user_word_tags
    tokenizer.initialized = True  # what Tokenizer.initialize() leaves behind
    setattr(tokenizer, ASCII_FREE, words_ascii_free)
    ready = posseg.POSTokenizer.__new__(posseg.POSTokenizer)  # its __init__ would read the word-tag table again
    ready.tokenizer, ready.word_tag_tab = tokenizer, word_tags
    return ready


def save(path: Path, ready: Any) -> None:
    """Keep a freshly built POSTokenizer's tables (before its first cut merges the user tags in)."""
    tokenizer = ready.tokenizer
    freq, word_tags = tokenizer.FREQ, ready.word_tag_tab
    tag_names = sorted(set(word_tags.values()))
    if (any(_SEPARATOR in word for word in freq) or any(_SEPARATOR in word for word in word_tags)
            or not all(isinstance(word, str) for word in freq) or not all(isinstance(word, str) for word in word_tags)
            or len(tag_names) > _MAX_TAGS or not all(isinstance(name, str) for name in tag_names)):
        return  # not this layout's tables: jieba builds them each run, as without the cache
    words = sorted(freq.keys() | word_tags.keys())
    try:
        counts = array(_COUNTS, (freq.get(word, _NO_COUNT) for word in words))
    except (TypeError, OverflowError):
        return
    if _NO_COUNT in freq.values():
        return  # a count the layout cannot tell from no count
    index = {name: number for number, name in enumerate(tag_names)}
    data = (FORMAT, _SEPARATOR.join(words), counts.tobytes(), tokenizer.total, tuple(tag_names),
            bytes(index[word_tags[word]] if word in word_tags else _NO_TAG for word in words),
            tokenizer.user_word_tag_tab, ascii_free(freq, word_tags, tokenizer.user_word_tag_tab))
    write_marshal(path, data)  # a read-only home, a full disk: the next run builds them again
