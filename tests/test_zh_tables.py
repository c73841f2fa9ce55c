"""jieba's prefix dictionary and word-tag table come from one cache file in the user cache folder."""

from __future__ import annotations

import marshal
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
    version, freq, total, word_tags, _ = marshal.loads(written.read_bytes())
    assert version == 1 and total > 0 and word_tags["上线"] and "上线" in freq
    stamp = written.stat().st_mtime_ns
    second = zh_run(tmp_path)
    assert second.findings == first.findings and first.findings
    assert [p.stat().st_mtime_ns for p in tables(tmp_path)] == [stamp]  # read, not written again


@pytest.mark.parametrize("damage", [
    b"",  # an empty file
    b"\x00garbage that is not marshal",
    marshal.dumps((1, {}, 0, {}, {})),  # the right shape, empty
    marshal.dumps((1, [], 0, {}, {})),  # a list where the prefix dictionary goes
    marshal.dumps(("1", {"上线": 1}, 1, {}, {})),  # another format
])
def test_a_damaged_tables_file_is_rebuilt(tmp_path, damage):
    expected = zh_run(tmp_path).findings
    (written,) = tables(tmp_path)
    written.write_bytes(damage)
    assert zh_run(tmp_path).findings == expected
    assert len(written.read_bytes()) > 100_000  # built again


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
