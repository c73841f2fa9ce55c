"""The root index: a run on one file sees the whole OKR root, from a cache kept outside the tree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from okrlint import __version__
from okrlint.index import FORMAT
from tests.helpers import ROOT, check_json, write

COMPANY = "objectives:\n  - id: grow\n    title: Mid-size banks choose our cloud platform\n    key_results: [Grow ARR from $10M to $15M, Raise NPS from 35 to 50]\n"
CHILD = ("objectives:\n  - title: Make the trial effortless for bank IT teams\n    parent: company#grow\n"
         "    key_results: [Raise trial-to-paid conversion from 15% to 25%, Cut trial setup time from 3 days to 2 hours]\n")


def make_repo(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    write(root, "okrs/company.okr.yaml", COMPANY)
    return root, write(root, "okrs/team.okr.yaml", CHILD)


def tree_of(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_the_cache_lives_outside_the_tree_and_is_used(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("OKRLINT_CACHE_DIR", str(cache))
    root, child = make_repo(tmp_path)
    before = tree_of(root)
    assert check_json(child, "--select", "unknown-parent").findings == []
    assert tree_of(root) == before  # nothing written into the linted tree
    (index,) = cache.glob("index-*.json")
    header, *lines = index.read_text(encoding="utf-8").splitlines()  # a header, then a line per file: "path"<TAB>entry
    assert json.loads(header)["format"] == FORMAT
    entries = {json.loads(path): json.loads(entry) for path, entry in (line.split("\t") for line in lines)}
    assert set(entries) == {"okrs/company.okr.yaml", "okrs/team.okr.yaml"}
    assert len(entries["okrs/company.okr.yaml"]["sha256"]) == 64  # a content hash per file

    # Same size, same modification time: the cached nodes are trusted and the file is not opened.
    company = root / "okrs" / "company.okr.yaml"
    stat = company.stat()
    company.write_text(COMPANY.replace("id: grow", "id: gorw"), encoding="utf-8")
    os.utime(company, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert check_json(child, "--select", "unknown-parent").findings == []
    # --no-cache reads the file, and finds the parent gone.
    (finding,) = check_json(child, "--select", "unknown-parent", "--no-cache").findings
    assert "did you mean company#gorw?" in finding["message"]


def test_a_changed_parent_is_read_again(tmp_path, monkeypatch):
    monkeypatch.setenv("OKRLINT_CACHE_DIR", str(tmp_path / "cache"))
    root, child = make_repo(tmp_path)
    assert check_json(child, "--select", "unknown-parent").findings == []
    write(root, "okrs/company.okr.yaml", COMPANY.replace("id: grow", "id: growth"))
    (finding,) = check_json(child, "--select", "unknown-parent").findings
    assert finding["line"] == 3 and "company#growth" in finding["message"]


def test_a_corrupt_cache_is_ignored(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("OKRLINT_CACHE_DIR", str(cache))
    root, child = make_repo(tmp_path)
    check_json(child, "--select", "unknown-parent")
    (index,) = cache.glob("index-*.json")
    damaged_lines = f'{{"format": 6, "okrlint": "{__version__}"}}\n"okrs/company.okr.yaml"\t{{"size": 1\n"okrs/team.okr.yaml\t{{}}\n\n\t\n'
    for garbage in ('{"format": 1, "files": {"okrs/company.okr.yaml": {"size": 1}}', "\x00\xff", '{"format": 1, "okrlint": "0", "files": []}',
                    damaged_lines):
        index.write_text(garbage, encoding="utf-8", errors="surrogateescape")
        write(root, "okrs/team.okr.yaml", CHILD.replace("company#grow", "company#grwo"))
        run = check_json(child, "--select", "unknown-parent")
        assert [(f["rule"], f["line"]) for f in run.findings] == [("unknown-parent", 3)]
        write(root, "okrs/team.okr.yaml", CHILD)
    assert [json.loads(line.split("\t")[1])["size"] > 1 for line in index.read_text(encoding="utf-8").splitlines()[1:]] == [True, True]  # rewritten whole


def test_a_project_cache_folder_gets_a_gitignore(tmp_path, monkeypatch):
    monkeypatch.delenv("OKRLINT_CACHE_DIR", raising=False)
    root, child = make_repo(tmp_path)
    (root / ".okrlint_cache").mkdir()
    check_json(child, "--select", "unknown-parent")
    assert (root / ".okrlint_cache" / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert list((root / ".okrlint_cache").glob("index-*.json"))


def test_concurrent_runs_share_the_cache_safely(tmp_path):
    root, child = make_repo(tmp_path)
    for i in range(5):
        write(root, f"okrs/team{i}.okr.yaml", CHILD)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OKRLINT_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "okrlint", "check", str(child), "--select", "unknown-parent", "--format", "json"]
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0, 0], outputs
    assert all(json.loads(out) == [] for out, _ in outputs)
    assert not list((tmp_path / "cache").glob(".index-*.tmp"))  # no half-written file left behind


def test_an_entry_file_reads_its_own_entries_after_another_run_replaces_the_file(tmp_path):
    """The index is read an entry at a time from the file it was opened on, and only its keys are held."""
    from okrlint.index import FORMAT, EntryFile, cache_line, write_cache_lines

    path = tmp_path / "index.json"
    write_cache_lines(path, FORMAT, [cache_line(("okrs/a.okr.yaml",), {"size": 1}), "damaged line without a tab\n",
                                     cache_line(("okrs/b.okr.yaml",), {"size": 2})])
    entries = EntryFile(path, FORMAT)
    assert entries.keys() == [("okrs/a.okr.yaml",), ("okrs/b.okr.yaml",)]
    write_cache_lines(path, FORMAT, [cache_line(("okrs/a.okr.yaml",), {"size": 99})])  # a concurrent run's rename
    assert json.loads(entries.pop(("okrs/a.okr.yaml",))) == {"size": 1}
    assert entries.pop(("okrs/a.okr.yaml",)) is None and len(entries) == 1
    assert json.loads(entries.get(("okrs/b.okr.yaml",))) == {"size": 2}
    assert json.loads(entries.pop(("okrs/b.okr.yaml",))) == {"size": 2}
    assert len(entries) == 0 and entries._handle is None  # all used: the file is closed
    assert len(EntryFile(tmp_path / "missing.json", FORMAT)) == 0
    assert len(EntryFile(path, FORMAT + 1)) == 0  # another shape: no entries


def test_the_index_walk_passes_over_the_linted_files_only(tmp_path):
    """The root's walk at the end of a run skips the files the run linted, by their root-relative path, and finds the rest."""
    from okrlint.discovery import okr_files_under

    root, _ = make_repo(tmp_path)
    write(root, "okrs/sub/deep.okr.yaml", COMPANY)
    write(root, "top.okr.yaml", COMPANY)
    everything = sorted(t.shown_as.rsplit("repo/", 1)[-1] for t in okr_files_under(root, [], [], root))
    assert everything == ["okrs/company.okr.yaml", "okrs/sub/deep.okr.yaml", "okrs/team.okr.yaml", "top.okr.yaml"]
    rest = okr_files_under(root, [], [], root, passed_over={"okrs/company.okr.yaml", "okrs/sub/deep.okr.yaml", "top.okr.yaml"})
    assert [t.path.relative_to(root).as_posix() for t in rest] == ["okrs/team.okr.yaml"]


def test_a_walk_finds_what_is_okr_file_says_file_by_file(tmp_path):
    """The walk asks once a folder whether it lies under an `okrs` folder (any depth, any case): the same files as asking each file."""
    from okrlint.discovery import discover, is_okr_file

    names = ["okrs/team.yaml", "okrs/sub/deep.yml", "OKRs/Sales.yaml", "plans/h1.yaml", "plans/h1.okr.yaml", "notes/okrs.yaml",
             "okrs/readme.txt", "x/okrs/y/z.yaml", "OKR.md"]
    for name in names:
        write(tmp_path, name, COMPANY)
    found = sorted(t.path.relative_to(tmp_path).as_posix() for t in discover([str(tmp_path)], [], []).targets)
    assert found == sorted(name for name in names if is_okr_file(tmp_path / name))
    assert found == ["OKR.md", "OKRs/Sales.yaml", "okrs/sub/deep.yml", "okrs/team.yaml", "plans/h1.okr.yaml", "x/okrs/y/z.yaml"]
