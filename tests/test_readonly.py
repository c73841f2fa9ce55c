"""Linting is read-only: no file under the linted tree is created, changed or deleted.

The tree is hashed before and after (content, size, mode, mtime of every file and folder, hidden
ones included) while okrlint runs with its cwd inside the tree. Chinese and Russian files make
jieba and pymorphy3 wake up, since their caches are the usual way a linter litters a repo.
"""

from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path

import pytest

from tests.helpers import EXAMPLES, cli, cli_process

Snapshot = dict[str, tuple]


def snapshot(root: Path) -> Snapshot:
    """Every path under `root` → what it holds; folders by their listing, files by their bytes."""
    state: Snapshot = {}
    for folder, dirnames, filenames in os.walk(root):
        for name in [*dirnames, *filenames]:
            path = Path(folder) / name
            info = path.lstat()
            content = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else sorted(os.listdir(path)) if path.is_dir() else None
            state[path.relative_to(root).as_posix()] = (info.st_mode, info.st_size, info.st_mtime_ns, str(content))
    return state


def build_tree(root: Path) -> None:
    """OKR files in all three languages, broken ones, configs, and an okrs/ folder."""
    (root / "okrs" / "archive").mkdir(parents=True)
    for lang in ("ru", "en", "zh"):
        for kind in ("good", "bad"):
            text = (EXAMPLES / lang / f"{kind}.okr.yaml").read_text(encoding="utf-8")
            (root / "okrs" / f"{lang}-{kind}.yaml").write_text(text, encoding="utf-8")
    zh = (EXAMPLES / "zh" / "bad.okr.yaml").read_text(encoding="utf-8")
    (root / "okrs" / "archive" / "zh-gbk.yaml").write_bytes(zh.encode("gb18030"))
    (root / "team.okr.yaml").write_bytes(codecs.BOM_UTF16_LE + zh.encode("utf-16-le"))
    (root / "tabs.okr.yaml").write_text("objectives:\n\t- title: x\n", encoding="utf-8")
    (root / "empty.okr.yaml").write_bytes(b"")
    (root / ".okrlint.yaml").write_text("exclude: ['okrs/archive/**']\n", encoding="utf-8")
    (root / "pyproject.toml").write_text("[project]\nname = 'okrs'\n", encoding="utf-8")
    (root / "notes.txt").write_text("not an OKR file\n", encoding="utf-8")


def jieba_caches(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if "jieba" in p.name or p.suffix == ".cache"]


@pytest.mark.parametrize("dictionary", ["small", "full"])
def test_a_real_run_inside_the_tree_leaves_it_untouched(tmp_path: Path, dictionary: str) -> None:
    tree, cache = tmp_path / "repo", tmp_path / "user-cache"
    tree.mkdir()
    build_tree(tree)
    before = snapshot(tree)
    env = {"XDG_CACHE_HOME": str(cache), "OKRLINT_ZH_DICT": dictionary}  # a fresh cache: jieba must build one
    run = cli_process("check", ".", "--format", "json", cwd=tree, env=env)
    assert run.code in (1, 2), run.stderr
    assert any(f["path"].endswith("zh-bad.yaml") for f in run.findings), run.stdout  # the Chinese text was analysed
    after = snapshot(tree)
    assert after == before, sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    assert jieba_caches(tree) == []
    if dictionary == "full":  # jieba's own dictionary is the one it caches; the cache went to the user's folder
        assert jieba_caches(cache), "jieba ran without building its cache: is this test still testing anything?"


def test_in_process_runs_in_every_format_leave_the_tree_untouched(tmp_path: Path) -> None:
    build_tree(tmp_path)
    before = snapshot(tmp_path)
    for fmt in ("text", "json", "sarif", "junit", "gitlab", "github", "concise"):
        run = cli("check", "--format", fmt, "--statistics", cwd=tmp_path)
        assert run.code in (1, 2), (fmt, run.stderr)
    run = cli("check", "-", "--stdin-filename", "okrs/ru-bad.yaml", cwd=tmp_path,
              stdin=(tmp_path / "okrs" / "ru-bad.yaml").read_text(encoding="utf-8"))
    assert run.code in (1, 2)
    assert snapshot(tmp_path) == before
    assert jieba_caches(tmp_path) == []


def test_explicit_files_and_a_config_flag_leave_them_untouched(tmp_path: Path) -> None:
    build_tree(tmp_path)
    (tmp_path / "ci.yaml").write_text("lang: en\n", encoding="utf-8")
    before = snapshot(tmp_path)
    run = cli("check", "okrs/zh-bad.yaml", "okrs/ru-bad.yaml", "tabs.okr.yaml", "--config", "ci.yaml", cwd=tmp_path)
    assert run.code in (1, 2)
    assert snapshot(tmp_path) == before


def test_a_relative_xdg_cache_home_is_ignored(tmp_path, monkeypatch):
    """XDG says a relative XDG_CACHE_HOME is invalid; jieba's cache must not land in the cwd."""
    from okrlint.analysis import zh

    monkeypatch.setenv("XDG_CACHE_HOME", ".")
    monkeypatch.chdir(tmp_path)
    assert not zh._cache_dir().startswith(str(tmp_path))
    assert os.path.isabs(zh._cache_dir())


def test_a_relative_xdg_cache_home_is_ignored_by_every_cache(tmp_path, monkeypatch):
    """The result cache, the word lists and the start-up caches share one per-user folder; a
    relative XDG_CACHE_HOME ("." in the linted tree) must not become it."""
    from okrlint.cache_dirs import private_cache_dir, user_cache_dir

    monkeypatch.setenv("XDG_CACHE_HOME", ".")
    monkeypatch.chdir(tmp_path)
    for folder in (user_cache_dir(), private_cache_dir()):
        assert folder is not None and folder.is_absolute() and tmp_path not in folder.resolve().parents
