"""Compiled regex programs are kept between runs, equal re.compile's, and a damaged file is ignored."""

from __future__ import annotations

import marshal
import re
import tempfile
from pathlib import Path

import pytest

from okrlint import cache_dirs, compiled_patterns
from tests.helpers import check_bad_examples

SAMPLE = (r"(?P<from>\d+)\s*(?:→|->|до|到)\s*(?P<to>\d+)\s*(?:%|часов|小时)", int(re.IGNORECASE))


def kept_file(tmp_path: Path) -> Path:
    (kept,) = (tmp_path / "xdg" / "okrlint").glob("regex-*.marshal")
    return kept


def test_a_run_keeps_its_programs_and_the_next_run_reads_them(tmp_path):
    """In the per-user cache folder, whatever --no-cache says: they are okrlint's own code, like __pycache__."""
    first = check_bad_examples(tmp_path)
    kept = kept_file(tmp_path)
    stamp = kept.stat().st_mtime_ns
    programs = marshal.loads(kept.read_bytes())
    assert len(programs) > 100  # the normalisation, number and date patterns of three languages
    second = check_bad_examples(tmp_path)
    assert second == first and first
    assert kept.stat().st_mtime_ns == stamp  # nothing new to keep: not written again


def test_every_kept_program_equals_what_re_compile_builds(tmp_path):
    check_bad_examples(tmp_path)
    import _sre

    for (pattern, flags), blob in marshal.loads(kept_file(tmp_path).read_bytes()).items():
        # Pattern equality compares the pattern, the flags and the compiled program itself
        assert _sre.compile(pattern, *marshal.loads(blob)) == re.compile(pattern, flags), pattern


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """compiled_patterns as a new process sees it, its cache folder under tmp_path."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(compiled_patterns, "_programs", None)
    monkeypatch.setattr(compiled_patterns, "_added", True)  # _save is called by the test, not at exit
    return tmp_path / "xdg" / "okrlint"


def test_a_pattern_compiled_afresh_is_kept_and_read_back(fresh, monkeypatch):
    assert compiled_patterns.compile_pattern(*SAMPLE) == re.compile(*SAMPLE)
    compiled_patterns._save()
    monkeypatch.setattr(compiled_patterns, "_programs", None)
    again = compiled_patterns.compile_pattern(*SAMPLE)
    assert again == re.compile(*SAMPLE) and again.groupindex == {"from": 1, "to": 2}
    assert again.search("с 12 до 20 часов").group("to") == "20"
    assert SAMPLE in compiled_patterns._programs


def test_only_the_programs_a_run_asks_for_are_unpacked(fresh, monkeypatch):
    """The file holds every pattern of three languages; a run unpacks the ones it compiles."""
    other = (r"\d+ (?:kg|кг)", 0)
    compiled_patterns.compile_pattern(*SAMPLE), compiled_patterns.compile_pattern(*other)
    compiled_patterns._save()
    monkeypatch.setattr(compiled_patterns, "_programs", None)
    unpacked = []
    monkeypatch.setattr(compiled_patterns, "_unpacked", lambda blob, real=compiled_patterns._unpacked: unpacked.append(blob) or real(blob))
    assert all(isinstance(blob, bytes) for blob in compiled_patterns._loaded().values())
    again = compiled_patterns.compile_pattern(*SAMPLE)
    asked = list(unpacked)
    assert asked == [compiled_patterns._programs[SAMPLE]] and other in compiled_patterns._programs
    assert again == re.compile(*SAMPLE)


@pytest.mark.parametrize("damage", [
    b"",  # an empty file
    b"\x00garbage that is not marshal",
    marshal.dumps([1, 2, 3]),  # another shape
    marshal.dumps({SAMPLE: (0, [1, 2, 3], 2, {"from": 1, "to": 2}, (None, "from", "to"))}),  # an entry of FORMAT 1
    marshal.dumps({SAMPLE: b"\x00not marshal"}),  # an entry that does not unpack
    marshal.dumps({SAMPLE: marshal.dumps((0, "not a program", 0, {}, ()))}),  # a wrongly shaped entry
    marshal.dumps({SAMPLE: marshal.dumps((0, [1, 2, 3], 2, {"from": 1, "to": 2}, (None, "from", "to")))}),  # a program the engine refuses
])
def test_a_damaged_file_is_ignored_and_written_anew(fresh, damage):
    fresh.mkdir(parents=True)
    kept = compiled_patterns.cache_file()
    kept.write_bytes(damage)
    assert compiled_patterns.compile_pattern(*SAMPLE) == re.compile(*SAMPLE)
    compiled_patterns._save()
    program = marshal.loads(marshal.loads(kept.read_bytes())[SAMPLE])
    assert program[1] and program[3] == {"from": 1, "to": 2}


def test_nothing_is_read_from_or_written_to_the_shared_temporary_folder(monkeypatch):
    monkeypatch.setattr(cache_dirs, "user_cache_dir", lambda: Path(tempfile.gettempdir()))  # what a home without a cache folder falls back to
    assert compiled_patterns.cache_file() is None


def test_a_bad_pattern_raises_as_re_compile_does(fresh):
    with pytest.raises(re.error):
        compiled_patterns.compile_pattern(r"(unclosed")


@pytest.fixture
def installed(fresh, monkeypatch):
    """compiled_patterns.install() in front of re's compiler, undone after the test."""
    from re import _compiler

    monkeypatch.setattr(_compiler, "compile", _compiler.compile)
    monkeypatch.setattr(compiled_patterns, "_plain_compile", None)
    compiled_patterns.install()
    return fresh


@pytest.mark.parametrize("pattern, flags", [
    (r"(?P<year>\d{4})-(?P<month>\d\d) \w+", re.IGNORECASE | re.VERBOSE),
    (rb"(__libc_init)|(GLIBC_([0-9.]+))|(libc(_\w+)?\.so(?:\.(\d[0-9.]*))?)", re.ASCII),  # bytes, as platform's
    ("[^\t\n\r\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010ffff]", 0),  # PyYAML's printable characters
])
def test_once_installed_every_pattern_re_compiles_comes_from_the_cache(installed, monkeypatch, pattern, flags):
    """Those of PyYAML, typer and the standard library too; the same pattern objects re.compile makes."""
    monkeypatch.setattr(re, "_cache", {})  # re's own per-process memo would answer before the compiler
    first = re.compile(pattern, flags)
    compiled_patterns._save()
    monkeypatch.setattr(compiled_patterns, "_programs", None)
    monkeypatch.setattr(re, "_cache", {})
    monkeypatch.setattr(compiled_patterns, "_program", lambda *args: pytest.fail("compiled again"))
    again = re.compile(pattern, flags)
    monkeypatch.undo()
    assert again == first == re.compile(pattern, flags) and again.groupindex == first.groupindex


def test_installed_re_still_raises_on_a_bad_pattern_and_leaves_debug_alone(installed):
    with pytest.raises(re.error):
        re.compile(r"(?P<x>unclosed")
    assert (r"(?P<x>unclosed", 0) not in compiled_patterns._loaded()


def test_past_the_limit_the_file_keeps_what_the_last_process_used(fresh, monkeypatch):
    """A test run compiles thousands of patterns: a new one of okrlint's is still kept, the stale ones go."""
    monkeypatch.setattr(compiled_patterns, "MAX_PROGRAMS", 3)
    monkeypatch.setattr(compiled_patterns, "_used", set())
    fresh.mkdir(parents=True)
    stale = {(f"stale{n}", 0): marshal.dumps((0, [1], 0, {}, ())) for n in range(5)}
    compiled_patterns.cache_file().write_bytes(marshal.dumps(stale))
    assert compiled_patterns.compile_pattern(*SAMPLE) == re.compile(*SAMPLE)
    compiled_patterns._save()
    assert list(marshal.loads(compiled_patterns.cache_file().read_bytes())) == [SAMPLE]


def test_a_file_past_the_limit_is_cut_to_what_the_next_process_uses(fresh, monkeypatch):
    """Even when that process compiles nothing new: a run does not keep reading a test run's patterns."""
    monkeypatch.setattr(compiled_patterns, "MAX_PROGRAMS", 3)
    monkeypatch.setattr(compiled_patterns, "_used", set())
    monkeypatch.setattr(compiled_patterns, "_added", False)
    monkeypatch.setattr(compiled_patterns.atexit, "register", lambda function: None)  # _save is called by the test
    fresh.mkdir(parents=True)
    program = compiled_patterns._program(*SAMPLE)
    stale = {(f"stale{n}", 0): marshal.dumps((0, [1], 0, {}, ())) for n in range(5)}
    compiled_patterns.cache_file().write_bytes(marshal.dumps({**stale, SAMPLE: marshal.dumps(program)}))
    assert compiled_patterns.compile_pattern(*SAMPLE) == re.compile(*SAMPLE)
    assert compiled_patterns._added
    compiled_patterns._save()
    assert list(marshal.loads(compiled_patterns.cache_file().read_bytes())) == [SAMPLE]
