"""The root index of a --no-cache run: linted files are recorded without a look at the disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from okrlint.config import Config
from okrlint.index import RootIndex, content_digest


def _root(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    okr = root / "okrs" / "team.okr.yaml"
    okr.parent.mkdir()
    okr.write_text("objectives:\n  - title: Banks choose us\n    key_results: [Grow ARR from $10M to $15M]\n", encoding="utf-8")
    return root, okr


def test_without_a_cache_a_linted_file_is_recorded_without_a_stat(tmp_path: Path) -> None:
    root, okr = _root(tmp_path)
    index = RootIndex.open(root, Config(), use_cache=False)
    index.relative(okr)  # resolved while the file is there, as the run resolves it before linting
    okr.unlink()  # a stat would fail now: no entry is saved, so its size and time are never asked for
    index.record(okr, None, [])
    assert index.digests() == [("okrs/team.okr.yaml", "")]
    assert list(index.other_nodes({"okrs/team.okr.yaml"})) == []  # linted: never read again for the graph


def test_with_a_cache_a_linted_file_is_recorded_with_its_size_and_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OKRLINT_CACHE_DIR", str(tmp_path / "cache"))
    root, okr = _root(tmp_path)
    index = RootIndex.open(root, Config(), use_cache=True)
    digest = content_digest(okr, 1 << 20)
    index.record(okr, digest, [])
    written = index.written["okrs/team.okr.yaml"]
    assert (written.size, written.mtime_ns, written.sha256) == (okr.stat().st_size, okr.stat().st_mtime_ns, digest)
