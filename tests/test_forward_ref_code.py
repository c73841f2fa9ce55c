"""The compiled code of typing's forward references is kept between runs, equals a fresh compile, and a
damaged or foreign file is ignored."""

from __future__ import annotations

import marshal
import sys
import tempfile
import types
import typing
from pathlib import Path
from typing import ForwardRef, Optional

import pytest

from okrlint import cache_dirs, forward_ref_code
from tests.helpers import check_bad_examples


def kept_file(tmp_path: Path) -> Path:
    (kept,) = (tmp_path / "xdg" / "okrlint").glob("forward-ref-code-*.marshal")
    return kept


def test_a_run_keeps_the_code_and_the_next_run_reads_it(tmp_path):
    """In the per-user cache folder, whatever --no-cache says: like __pycache__, it is okrlint's own start-up."""
    first = check_bad_examples(tmp_path)
    kept = kept_file(tmp_path)
    stamp = kept.stat().st_mtime_ns
    codes = marshal.loads(kept.read_bytes())
    assert len(codes) > 100  # pydantic-core's, pydantic's and typer's annotations
    assert "str" in codes and any("|" in source or "[" in source for source in codes)
    second = check_bad_examples(tmp_path)
    assert second == first and first
    assert kept.stat().st_mtime_ns == stamp  # nothing new to keep: not written again


def test_every_kept_code_equals_what_typing_would_compile(tmp_path):
    check_bad_examples(tmp_path)
    for source, code in marshal.loads(kept_file(tmp_path).read_bytes()).items():
        assert code == compile(source, "<string>", "eval", dont_inherit=True), source


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """forward_ref_code as a new process sees it, installed, its cache folder under tmp_path."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(forward_ref_code, "_codes", None)
    monkeypatch.setattr(forward_ref_code, "_used", set())
    monkeypatch.setattr(forward_ref_code, "_added", True)  # _save is called by the test, not at exit
    monkeypatch.setattr(typing, "compile", forward_ref_code._compile, raising=False)
    return tmp_path / "xdg" / "okrlint"


ANNOTATION = "Optional[list[int]] | str"


def test_a_reference_made_from_kept_code_evaluates_as_typing_makes_it(fresh, monkeypatch):
    made_afresh = ForwardRef(ANNOTATION)
    forward_ref_code._save()
    monkeypatch.setattr(forward_ref_code, "_codes", None)  # the next process: everything from the file
    from_file = ForwardRef(ANNOTATION)
    assert ANNOTATION in forward_ref_code._codes
    monkeypatch.delattr(typing, "compile")
    plain = ForwardRef(ANNOTATION)  # typing with the builtin compile
    for made in (made_afresh, from_file):
        assert made.__forward_code__ == plain.__forward_code__
        assert made == plain
        assert typing.get_type_hints(_annotated(made)) == {"value": Optional[list[int]] | str}


def _annotated(reference: ForwardRef) -> type:
    class Holder:
        __annotations__ = {"value": reference}

    return Holder


def test_a_text_that_is_no_expression_fails_as_before_and_is_not_kept(fresh):
    with pytest.raises(SyntaxError, match="Forward reference must be an expression"):
        ForwardRef("not an expression")
    assert "not an expression" not in forward_ref_code._loaded()


def test_other_calls_go_to_the_builtin_unchanged(fresh):
    code = forward_ref_code._compile("x = 1", "<string>", "exec")
    assert code == compile("x = 1", "<string>", "exec") and forward_ref_code._loaded() == {}


@pytest.mark.parametrize("damage", [
    b"",  # an empty file
    b"\x00garbage that is not marshal",
    marshal.dumps([1, 2, 3]),  # another shape
    marshal.dumps({"int": "not code", 3: compile("int", "<string>", "eval")}),  # wrongly shaped entries
])
def test_a_damaged_file_is_ignored_and_written_anew(fresh, damage):
    fresh.mkdir(parents=True)
    kept = forward_ref_code.cache_file()
    kept.write_bytes(damage)
    assert ForwardRef(ANNOTATION) == ForwardRef(ANNOTATION)
    forward_ref_code._save()
    codes = marshal.loads(kept.read_bytes())
    assert codes and all(isinstance(key, str) and isinstance(code, types.CodeType) for key, code in codes.items())


def test_code_of_another_python_is_never_read(fresh):
    """The file is named after the Python (version, build, -O): marshal's code format is not portable."""
    assert f"{sys.hexversion:x}" in forward_ref_code.cache_file().name
    assert sys.implementation.cache_tag in forward_ref_code.cache_file().name
    fresh.mkdir(parents=True)
    foreign = fresh / f"forward-ref-code-{forward_ref_code.FORMAT}-cpython-399-30900f0-O0.marshal"
    foreign.write_bytes(marshal.dumps({"int": compile("int", "<string>", "eval")}))
    assert forward_ref_code._loaded() == {}


def test_nothing_is_read_from_or_written_to_the_shared_temporary_folder(monkeypatch):
    monkeypatch.setattr(cache_dirs, "user_cache_dir", lambda: Path(tempfile.gettempdir()))
    assert forward_ref_code.cache_file() is None


def test_installing_twice_keeps_one_hook(monkeypatch):
    monkeypatch.setattr(typing, "compile", compile, raising=False)  # taken away again after the test
    forward_ref_code.install()
    forward_ref_code.install()
    assert typing.compile is forward_ref_code._compile  # type: ignore[attr-defined]


def test_a_full_file_keeps_only_what_the_last_process_used(fresh, monkeypatch):
    """Annotations that are gone (an older okrlint's, a test's) never stop new ones from being kept."""
    fresh.mkdir(parents=True)
    stale = {f"Gone{n}": compile(f"Gone{n}", "<string>", "eval") for n in range(5)}
    forward_ref_code.cache_file().write_bytes(marshal.dumps(stale))
    monkeypatch.setattr(forward_ref_code, "MAX_EXPRESSIONS", 5)
    ForwardRef(ANNOTATION)
    forward_ref_code._save()
    kept = marshal.loads(forward_ref_code.cache_file().read_bytes())
    assert kept and not set(kept) & set(stale) and set(kept) == forward_ref_code._used
