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

    for (pattern, flags), program in marshal.loads(kept_file(tmp_path).read_bytes()).items():
        # Pattern equality compares the pattern, the flags and the compiled program itself
        assert _sre.compile(pattern, *program) == re.compile(pattern, flags), pattern


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


@pytest.mark.parametrize("damage", [
    b"",  # an empty file
    b"\x00garbage that is not marshal",
    marshal.dumps([1, 2, 3]),  # another shape
    marshal.dumps({SAMPLE: (0, "not a program", 0, {}, ())}),  # a wrongly shaped entry
    marshal.dumps({SAMPLE: (0, [1, 2, 3], 2, {"from": 1, "to": 2}, (None, "from", "to"))}),  # a program the engine refuses
])
def test_a_damaged_file_is_ignored_and_written_anew(fresh, damage):
    fresh.mkdir(parents=True)
    kept = compiled_patterns.cache_file()
    kept.write_bytes(damage)
    assert compiled_patterns.compile_pattern(*SAMPLE) == re.compile(*SAMPLE)
    compiled_patterns._save()
    program = marshal.loads(kept.read_bytes())[SAMPLE]
    assert program[1] and program[3] == {"from": 1, "to": 2}


def test_nothing_is_read_from_or_written_to_the_shared_temporary_folder(monkeypatch):
    monkeypatch.setattr(cache_dirs, "user_cache_dir", lambda: Path(tempfile.gettempdir()))  # what a home without a cache folder falls back to
    assert compiled_patterns.cache_file() is None


def test_a_bad_pattern_raises_as_re_compile_does(fresh):
    with pytest.raises(re.error):
        compiled_patterns.compile_pattern(r"(unclosed")
