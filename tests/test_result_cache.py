"""The per-file result cache: reused only while the file, okrlint, the config and the rules are the same.

A cache hit is made visible by forging the cached entry: a hit reports the forged message, a
miss reports okrlint's own. Cross-file findings (a parent) are never cached.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.helpers import EXAMPLES, check_json, write

FORGED = "forged in the cache"
PARENT = "objectives:\n  - id: grow\n    title: Mid-size banks choose our cloud platform\n    key_results: [Grow ARR from $10M to $15M]\n"
CHILD = ("objectives:\n  - title: Make the trial effortless for bank IT teams\n    parent: company#grow\n"
         "    key_results: [Launch the new onboarding flow, Raise trial-to-paid conversion from 15% to 25% by June 30]\n")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("OKRLINT_CACHE_DIR", str(folder))
    return folder


def results_file(cache: Path) -> Path:
    (path,) = cache.glob("results-*.json")
    return path


def forge(cache: Path) -> None:
    """Replace every cached finding's message, so a run that uses the entry shows it."""
    for path in cache.glob("results-*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for entry in data["files"].values():
            for okr_set in entry["sets"]:
                for finding in okr_set["findings"]:
                    finding[5] = FORGED
        path.write_text(json.dumps(data), encoding="utf-8")


def messages(run) -> set[str]:
    return {f["message"] for f in run.findings}


def repo(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    write(root, "okrs/company.okr.yaml", PARENT)
    return root, write(root, "okrs/team.okr.yaml", CHILD)


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_an_unchanged_file_reports_the_same_findings_from_the_cache(tmp_path, cache, lang):
    okr = tmp_path / f"{lang}.okr.yaml"
    shutil.copy(EXAMPLES / lang / "bad.okr.yaml", okr)
    fresh = check_json(okr, "--no-cache")
    assert not cache.exists()  # --no-cache writes no cache either
    first, second = check_json(okr), check_json(okr)
    assert first.findings == fresh.findings == second.findings and fresh.findings
    forge(cache)
    assert messages(check_json(okr)) == {FORGED}  # the entry is what the third run reported


def test_a_changed_file_is_checked_again(tmp_path, cache):
    okr = write(tmp_path, "team.okr.yaml", CHILD)
    check_json(okr)
    forge(cache)
    okr.write_text(CHILD.replace("Launch the new onboarding flow", "Hold 10 customer workshops"), encoding="utf-8")
    run = check_json(okr)
    assert FORGED not in messages(run)
    assert [(f["line"], f["column"], f["text"]) for f in run.findings if f["rule"] == "task-not-outcome"] == [
        (4, 19, "Hold 10 customer workshops")]


def test_a_config_change_invalidates_the_cache(tmp_path, cache):
    root, child = repo(tmp_path)
    check_json(child, cwd=root)
    forge(cache)
    assert FORGED in messages(check_json(child, cwd=root))
    write(root, ".okrlint.yaml", "too-many-krs: {max: 4}\n")
    assert FORGED not in messages(check_json(child, cwd=root))
    assert FORGED not in messages(check_json(child, "--lang", "ru", cwd=root))


def test_a_rule_set_change_invalidates_the_cache(tmp_path, cache):
    okr = write(tmp_path, "team.okr.yaml", CHILD)
    check_json(okr)
    forge(cache)
    narrower = check_json(okr, "--ignore", "too-many-krs")
    assert FORGED not in messages(narrower) and "task-not-outcome" in {f["rule"] for f in narrower.findings}


def test_a_new_okrlint_version_invalidates_the_cache(tmp_path, cache, monkeypatch):
    okr = write(tmp_path, "team.okr.yaml", CHILD)
    check_json(okr)
    forge(cache)
    monkeypatch.setattr("okrlint.result_cache.__version__", "99.0.0")
    assert FORGED not in messages(check_json(okr))


def test_a_parents_change_is_seen_though_the_child_is_cached(tmp_path, cache):
    """The child's own findings come from the cache; what depends on its parent is checked on every run."""
    root, child = repo(tmp_path)
    assert "unknown-parent" not in {f["rule"] for f in check_json(child, cwd=root).findings}
    forge(cache)
    (root / "okrs" / "company.okr.yaml").write_text(PARENT.replace("id: grow", "id: expand"), encoding="utf-8")
    run = check_json(child, cwd=root)
    assert [(f["rule"], f["line"], f["column"]) for f in run.findings if f["rule"] == "unknown-parent"] == [("unknown-parent", 3, 13)]
    assert FORGED in messages(run)  # the child's own findings were still taken from its entry


@pytest.mark.parametrize("damage", [
    lambda data: data["files"].update({k: {"sha256": v["sha256"], "sets": "nonsense"} for k, v in data["files"].items()}),
    lambda data: data["files"].update({k: {**v, "sets": [{"findings": [[1, 2]], "facts": []}]} for k, v in data["files"].items()}),
])
def test_a_corrupt_entry_is_ignored(tmp_path, cache, damage):
    okr = write(tmp_path, "team.okr.yaml", CHILD)
    expected = check_json(okr).findings
    path = results_file(cache)
    data = json.loads(path.read_text(encoding="utf-8"))
    damage(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    assert check_json(okr).findings == expected


def test_a_corrupt_or_half_written_cache_file_is_ignored(tmp_path, cache):
    okr = write(tmp_path, "team.okr.yaml", CHILD)
    expected = check_json(okr).findings
    path = results_file(cache)
    path.write_text(path.read_text(encoding="utf-8")[:200], encoding="utf-8")
    assert check_json(okr).findings == expected
    path.write_bytes(b"\xff\xfe not json")
    assert check_json(okr).findings == expected


def test_the_cache_sits_beside_the_root_index_never_in_a_linted_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("OKRLINT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    root, child = repo(tmp_path)
    (root / ".okrlint_cache").mkdir()
    check_json(child, cwd=root)
    assert list((root / ".okrlint_cache").glob("results-*.json")) and (root / ".okrlint_cache" / ".gitignore").exists()
    assert sorted(p.name for p in (root / "okrs").iterdir()) == ["company.okr.yaml", "team.okr.yaml"]
    assert not (tmp_path / "home-cache").exists()
