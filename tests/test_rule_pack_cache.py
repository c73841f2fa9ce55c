"""The parsed rule pack is kept in the tool cache: the same rules, re-parsed when a file changes or the cache is damaged."""

from __future__ import annotations

import marshal
import shutil
from pathlib import Path

import pytest
import yaml

from okrlint import registry
from tests.helpers import check_bad_examples


def kept(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "xdg" / "okrlint").glob("rules-*.marshal"))


def rule_files() -> list[Path]:
    return sorted(p for p in registry.rules_dir().glob("*.yaml") if not p.name.startswith("_"))


def test_the_rule_pack_is_kept_once_and_holds_exactly_the_parsed_files(tmp_path):
    first = check_bad_examples(tmp_path)
    (pack,) = kept(tmp_path)
    stamp = pack.stat().st_mtime_ns
    assert marshal.loads(pack.read_bytes()) == [yaml.safe_load(p.read_text(encoding="utf-8")) for p in rule_files()]
    assert check_bad_examples(tmp_path) == first and first
    assert [p.stat().st_mtime_ns for p in kept(tmp_path)] == [stamp]  # read, not written again


@pytest.mark.parametrize("damage", [b"", b"\x00not marshal", marshal.dumps({"a": 1}), marshal.dumps([1, 2])])
def test_a_damaged_rule_pack_cache_is_parsed_again(tmp_path, damage):
    expected = check_bad_examples(tmp_path)
    (pack,) = kept(tmp_path)
    pack.write_bytes(damage)
    assert check_bad_examples(tmp_path) == expected
    assert len(marshal.loads(pack.read_bytes())) == len(rule_files())  # written anew


def test_an_edited_rule_file_gets_a_cache_of_its_own(tmp_path, monkeypatch):
    pack = tmp_path / "rules"
    shutil.copytree(registry.rules_dir(), pack)
    monkeypatch.setattr(registry, "rules_dir", lambda: pack)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    registry.load_registry.cache_clear()
    try:
        assert registry.load_registry().find("too-many-krs").options["max"] == 5
        rule = pack / "too-many-krs.yaml"
        rule.write_text(rule.read_text(encoding="utf-8").replace("max: 5", "max: 6", 1), encoding="utf-8")
        registry.load_registry.cache_clear()
        assert registry.load_registry().find("too-many-krs").options["max"] == 6
        assert len(kept(tmp_path)) == 2
    finally:
        registry.load_registry.cache_clear()
