"""pymorphy3's analyzer, built with its grammatical tags made when first read.

Building `pymorphy3.MorphAnalyzer()` makes all 5,563 `OpencorporaTag` objects of the Russian
dictionary up front: ~20 ms, about half of building the analyzer, in every cold Russian run. An
OKR file meets a few hundred of them. Here the dictionary is loaded by pymorphy3's own loading
steps (`pymorphy3.opencorpora_dict.storage`), in its order, except that the table of tags keeps
each tag's text and makes its Tag object (the same class, from the same text, as pymorphy3
would) the first time it is read; pymorphy3 only ever reads that table as `gramtab[i]`.

When pymorphy3's loader is not the one this knows (another major version, a renamed step), the
analyzer is built the plain way: slower, never different.

Its DAWGs (the words, the prediction suffixes, the tag probabilities: 14 MB) are read by mapping
their files into memory, not copying them into arrays (`_mapped_dawgs`): the copy and the page faults
of 14 MB were ~20 ms of every cold Russian run, of which an OKR file reads a few hundred pages. The
arrays and the mapped views are read alike (`units[i]`, `len(units)`): the same numbers, the same
parses.

The dictionary's folder is asked of `pymorphy3_dicts_ru` itself, the package pymorphy3's entry point
"ru" names: pymorphy3 finds it through `importlib.metadata`, whose import and scan of every installed
distribution were ~25 ms of a cold Russian run (nothing else in a `check` run needs them). Where
pymorphy3 would look elsewhere (its environment variable is set, the package is not importable), it
is left to look.
"""

from __future__ import annotations

import mmap
import os
import struct
from array import array
from contextlib import contextmanager
from typing import Any, Callable, Iterator

# What storage.load_dict returns in the pymorphy3 versions this follows (2.0.x).
_LOADED_FIELDS = ("meta", "gramtab", "suffixes", "paradigms", "words", "prediction_suffixes_dawgs", "Tag",
                  "paradigm_prefixes")
_STEPS = ("load_meta", "_assert_format_is_compatible", "_load_tag_class", "_load_gramtab", "json_read",
          "_load_paradigms", "dawg", "LoadedDictionary")


def morph_analyzer() -> Any:
    """`pymorphy3.MorphAnalyzer()`, its tags made on demand when pymorphy3's loader is the known one."""
    import pymorphy3
    from pymorphy3.opencorpora_dict import storage, wrapper

    path = dictionary_path()
    with _mapped_dawgs():
        if not _known_loader(storage, wrapper):
            return pymorphy3.MorphAnalyzer(path=path, lang="ru")
        plain = wrapper.load_dict
        wrapper.load_dict = _load_dict  # what Dictionary(path) calls; okrlint starts no threads
        try:
            return pymorphy3.MorphAnalyzer(path=path, lang="ru")
        finally:
            wrapper.load_dict = plain


def dictionary_path() -> str | None:
    """The Russian dictionary's folder as pymorphy3 would find it; None to let pymorphy3 find it itself."""
    import pymorphy3

    if pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE in os.environ:
        return None  # pymorphy3 reads the variable
    try:
        import pymorphy3_dicts_ru
    except ImportError:
        return None
    get_path = getattr(pymorphy3_dicts_ru, "get_path", None)
    return get_path() if callable(get_path) else None


def _known_loader(storage: Any, wrapper: Any) -> bool:
    return (all(hasattr(storage, step) for step in _STEPS) and getattr(wrapper, "load_dict", None) is storage.load_dict
            and tuple(getattr(storage.LoadedDictionary, "_fields", ())) == _LOADED_FIELDS)


@contextmanager
def _mapped_dawgs() -> Iterator[None]:
    """While the analyzer is built, dawg_python reads each DAWG's units as a view of its file mapped into
    memory; as it was afterwards. Nothing changes when the DAWGs are not dawg_python's known ones."""
    from pymorphy3 import dawg as pymorphy_dawg

    try:
        from dawg_python import wrapper
    except ImportError:
        yield
        return
    known = (not getattr(pymorphy_dawg, "EXTENSION_AVAILABLE", True) and array("I").itemsize == 4
             and wrapper.Dictionary().__dict__.keys() == {"_units"} and wrapper.Guide().__dict__.keys() == {"_units"}
             and wrapper.Dictionary()._units.typecode == "I" and wrapper.Guide()._units.typecode == "B")
    if not known:
        yield
        return
    plain = wrapper.Dictionary.read, wrapper.Guide.read
    wrapper.Dictionary.read, wrapper.Guide.read = _read_dictionary, _read_guide
    try:
        yield
    finally:
        wrapper.Dictionary.read, wrapper.Guide.read = plain


def _read_dictionary(self: Any, fp: Any) -> None:
    """dawg_python's Dictionary.read: its units, mapped."""
    base_size = struct.unpack("=I", fp.read(4))[0]
    self._units = _units(fp, base_size, "I")


def _read_guide(self: Any, fp: Any) -> None:
    """dawg_python's Guide.read: its units, mapped."""
    base_size = struct.unpack("=I", fp.read(4))[0]
    self._units = _units(fp, base_size * 2, "B")


def _units(fp: Any, count: int, typecode: str) -> Any:
    """The next `count` items of `fp`: a read-only view of the file mapped into memory, else (not a
    mappable file) an array read from it, as dawg_python reads it."""
    size = count * array(typecode).itemsize
    try:
        start = fp.tell()
        mapped = mmap.mmap(fp.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError, AttributeError):  # no file number, an empty file, a pipe
        units = array(typecode)
        units.fromfile(fp, count)
        return units
    if start + size > len(mapped):
        raise EOFError("read() didn't return enough bytes")  # what array.fromfile says of a short file
    fp.seek(start + size)
    return memoryview(mapped)[start:start + size].cast(typecode)


class TagsOnDemand(list):
    """pymorphy3's table of tags: each entry is its text until first read, then its Tag object."""

    __slots__ = ("_make",)

    def __init__(self, texts: list[str], make: Callable[[str], Any]) -> None:
        super().__init__(texts)
        self._make = make

    def __getitem__(self, index: Any) -> Any:
        tag = list.__getitem__(self, index)
        if tag.__class__ is str:
            tag = self._make(tag)
            list.__setitem__(self, index, tag)
        return tag


def _load_dict(path: str, gramtab_format: str = "opencorpora-int") -> Any:
    """storage.load_dict of pymorphy3 2.0, step for step, with the tags made on demand."""
    from pymorphy3.opencorpora_dict import storage

    def _f(name: str) -> str:
        return os.path.join(path, name)

    meta = storage.load_meta(_f("meta.json"))
    storage._assert_format_is_compatible(meta, path)
    tag_class = storage._load_tag_class(gramtab_format, _f("grammemes.json"))
    gramtab = TagsOnDemand(storage._load_gramtab(meta, gramtab_format, path), tag_class)
    suffixes = storage.json_read(_f("suffixes.json"))
    paradigms = storage._load_paradigms(_f("paradigms.array"))
    words = storage.dawg.WordsDawg().load(_f("words.dawg"))
    try:
        paradigm_prefixes = meta["compile_options"]["paradigm_prefixes"]
    except KeyError:  # dictionaries of format 2.4
        paradigm_prefixes = storage.json_read(_f("paradigm-prefixes.json"))
    prediction_suffixes_dawgs = []
    for prefix_id in range(len(paradigm_prefixes)):
        name = _f(f"prediction-suffixes-{prefix_id}.dawg")
        assert os.path.exists(name)  # as pymorphy3 checks it
        prediction_suffixes_dawgs.append(storage.dawg.PredictionSuffixesDAWG().load(name))
    return storage.LoadedDictionary(meta=meta, gramtab=gramtab, suffixes=suffixes, paradigms=paradigms, words=words,
                                    prediction_suffixes_dawgs=prediction_suffixes_dawgs, Tag=tag_class,
                                    paradigm_prefixes=paradigm_prefixes)
