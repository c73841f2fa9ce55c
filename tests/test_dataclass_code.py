"""The compiled code of dataclasses' methods is kept between runs, equals a fresh compile, and a damaged
or foreign file is ignored."""

from __future__ import annotations

import dataclasses
import marshal
import sys
import tempfile
import types
from pathlib import Path

import pytest

from okrlint import cache_dirs, dataclass_code
from tests.helpers import check_bad_examples


def kept_file(tmp_path: Path) -> Path:
    (kept,) = (tmp_path / "xdg" / "okrlint").glob("dataclass-code-*.marshal")
    return kept


def test_a_run_keeps_the_code_and_the_next_run_reads_it(tmp_path):
    """In the per-user cache folder, whatever --no-cache says: okrlint's own code, like __pycache__."""
    first = check_bad_examples(tmp_path)
    kept = kept_file(tmp_path)
    stamp = kept.stat().st_mtime_ns
    codes = marshal.loads(kept.read_bytes())
    assert len(codes) > 300  # okrlint's dataclasses and those of pydantic, annotated_types, typer
    assert any("def __init__(self," in source for source in codes)
    second = check_bad_examples(tmp_path)
    assert second == first and first
    assert kept.stat().st_mtime_ns == stamp  # nothing new to keep: not written again


def test_every_kept_code_equals_what_exec_would_compile(tmp_path):
    check_bad_examples(tmp_path)
    for source, code in marshal.loads(kept_file(tmp_path).read_bytes()).items():
        assert code == compile(source, "<string>", "exec", dont_inherit=True), source


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """dataclass_code as a new process sees it, installed, its cache folder under tmp_path."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(dataclass_code, "_codes", None)
    monkeypatch.setattr(dataclass_code, "_added", True)  # _save is called by the test, not at exit
    monkeypatch.setattr(dataclasses, "exec", dataclass_code._exec, raising=False)
    return tmp_path / "xdg" / "okrlint"


def make_sample() -> type:
    """A dataclass with the methods okrlint's use: __init__ with defaults, repr, eq, order, frozen, slots."""

    @dataclasses.dataclass(frozen=True, order=True, slots=True)
    class Sample:
        name: str
        count: int = 0
        tags: tuple[str, ...] = dataclasses.field(default_factory=tuple)

    return Sample


METHODS = ("__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__", "__delattr__")


def test_a_class_made_from_kept_code_is_the_class_exec_makes(fresh, monkeypatch):
    made_afresh = make_sample()
    dataclass_code._save()
    monkeypatch.setattr(dataclass_code, "_codes", None)  # the next process: everything from the file
    from_file = make_sample()
    assert len(dataclass_code._codes) >= len(METHODS)
    monkeypatch.delattr(dataclasses, "exec")
    plain = make_sample()  # dataclasses' own exec
    for method in METHODS:
        for made in (made_afresh, from_file):
            ours, theirs = getattr(made, method), getattr(plain, method)
            assert ours.__code__ == theirs.__code__, method
            assert ours.__annotations__ == theirs.__annotations__, method  # real types, not strings
            assert ours.__defaults__ == theirs.__defaults__ and ours.__kwdefaults__ == theirs.__kwdefaults__
    sample = from_file("KR", 3, ("ru",))
    assert repr(sample).endswith("Sample(name='KR', count=3, tags=('ru',))")
    assert sample == from_file("KR", 3, ("ru",)) and sample < from_file("KR", 4) and from_file("x").tags == ()
    with pytest.raises(dataclasses.FrozenInstanceError):
        sample.count = 4  # type: ignore[misc]


@pytest.mark.parametrize("damage", [
    b"",  # an empty file
    b"\x00garbage that is not marshal",
    marshal.dumps([1, 2, 3]),  # another shape
    marshal.dumps({"def f(): pass": "not code", 3: compile("x = 1", "<string>", "exec")}),  # wrongly shaped entries
])
def test_a_damaged_file_is_ignored_and_written_anew(fresh, damage):
    fresh.mkdir(parents=True)
    kept = dataclass_code.cache_file()
    kept.write_bytes(damage)
    sample = make_sample()
    assert sample("a") == sample("a", 0, ())
    dataclass_code._save()
    codes = marshal.loads(kept.read_bytes())
    assert codes and all(isinstance(key, str) and isinstance(code, types.CodeType) for key, code in codes.items())


def test_code_of_another_python_is_never_read(fresh):
    """The file is named after the Python (version, build, -O): marshal's code format is not portable."""
    assert f"{sys.hexversion:x}" in dataclass_code.cache_file().name
    assert sys.implementation.cache_tag in dataclass_code.cache_file().name
    fresh.mkdir(parents=True)
    foreign = fresh / f"dataclass-code-{dataclass_code.FORMAT}-cpython-399-30900f0-O0.marshal"
    foreign.write_bytes(marshal.dumps({"def f(): pass": compile("def f(): pass", "<string>", "exec")}))
    assert dataclass_code._loaded() == {}


def test_nothing_is_read_from_or_written_to_the_shared_temporary_folder(monkeypatch):
    monkeypatch.setattr(cache_dirs, "user_cache_dir", lambda: Path(tempfile.gettempdir()))
    assert dataclass_code.cache_file() is None


def test_installing_twice_keeps_one_hook(monkeypatch):
    monkeypatch.setattr(dataclasses, "exec", exec, raising=False)  # taken away again after the test
    dataclass_code.install()
    dataclass_code.install()
    assert dataclasses.exec is dataclass_code._exec  # type: ignore[attr-defined]


def test_a_full_file_keeps_only_what_the_last_process_used(fresh, monkeypatch):
    """Classes that are gone (an older okrlint's, a test's) never stop new ones from being kept."""
    fresh.mkdir(parents=True)
    stale = {f"def gone_{n}(): pass": compile(f"def gone_{n}(): pass", "<string>", "exec") for n in range(5)}
    dataclass_code.cache_file().write_bytes(marshal.dumps(stale))
    monkeypatch.setattr(dataclass_code, "MAX_FUNCTIONS", 5)
    monkeypatch.setattr(dataclass_code, "_used", set())
    make_sample()
    dataclass_code._save()
    kept = marshal.loads(dataclass_code.cache_file().read_bytes())
    assert kept and not set(kept) & set(stale) and set(kept) == dataclass_code._used
    assert all(code == compile(source, "<string>", "exec", dont_inherit=True) for source, code in kept.items())
