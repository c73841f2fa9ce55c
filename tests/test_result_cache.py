"""The per-file result cache: reused only while the file, okrlint, the config and the rules are the same.

A cache hit is made visible by forging the cached entry: a hit reports the forged message, a
miss reports okrlint's own. Cross-file findings (a parent) are reused only while every file of
the OKR system is unchanged.
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


def entry_files(cache: Path) -> list[Path]:
    return [p for p in cache.glob("results-*/*/*.json")]


def results_file(cache: Path) -> Path:
    (path,) = entry_files(cache)
    return path


def forge(cache: Path, cross_file: bool = False) -> None:
    """Replace every cached file-local finding's message (with `cross_file`, the cross-file ones' too)."""
    for path in entry_files(cache):
        data = json.loads(path.read_text(encoding="utf-8"))
        for entry in data["files"].values():
            found = entry["plain"]["findings"] if "plain" in entry else [f for s in entry["sets"] for f in s["findings"]]
            for finding in found:
                finding[5] = FORGED
        path.write_text(json.dumps(data), encoding="utf-8")
    if cross_file:  # the graph file: a header line, then `"fingerprint"<TAB>"set key"<TAB>findings` per set
        for path in cache.glob("results-*/graph.lines"):
            header, *lines = path.read_text(encoding="utf-8").splitlines()
            forged = [header]
            for line in lines:
                *keys, found = line.split("\t")
                found = json.loads(found)
                for finding in found:
                    finding[5] = FORGED
                forged.append("\t".join([*keys, json.dumps(found)]))
            path.write_text("\n".join(forged) + "\n", encoding="utf-8")


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
    # --no-cache writes no results and no root index (the lexicon's start-up cache may be written: it holds no results)
    assert not list(cache.glob("results-*")) and not list(cache.glob("index-*"))
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
    lambda data: data["files"].update({k: {"sha256": v["sha256"], "sets": [{"findings": [[1, 2]], "facts": []}]}
                                       for k, v in data["files"].items()}),
    lambda data: data["files"].update({k: {**v, "plain": {**v["plain"], "findings": [[1, 2]]}} for k, v in data["files"].items()}),
    lambda data: data["files"].update({k: {**v, "plain": {**v["plain"], "sets": [["t", "t", 0, "en", [{"id": 1}]]]}}
                                       for k, v in data["files"].items()}),
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
    assert list((root / ".okrlint_cache").glob("results-*/*/*.json")) and (root / ".okrlint_cache" / ".gitignore").exists()
    assert sorted(p.name for p in (root / "okrs").iterdir()) == ["company.okr.yaml", "team.okr.yaml"]
    assert not (tmp_path / "home-cache").exists()


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_an_unchanged_file_without_directives_is_neither_read_nor_built(tmp_path, cache, monkeypatch, lang):
    okr = tmp_path / f"{lang}.okr.yaml"
    shutil.copy(EXAMPLES / lang / "bad.okr.yaml", okr)
    first = check_json(okr)

    def no_reading(*args, **kwargs):
        raise AssertionError("an unchanged file was loaded again")

    monkeypatch.setattr("okrlint.engine.read_path", no_reading)
    monkeypatch.setattr("okrlint.engine.build_sets", no_reading)
    again = check_json(okr)
    assert again.findings == first.findings and again.code == first.code
    assert again.stdout == first.stdout  # the report itself, byte for byte


def test_cross_file_findings_are_reused_only_while_the_whole_system_is_unchanged(tmp_path, cache):
    root, child = repo(tmp_path)
    (root / "okrs" / "company.okr.yaml").write_text(PARENT.replace("id: grow", "id: expand"), encoding="utf-8")
    first = check_json(child, cwd=root)
    assert [(f["rule"], f["line"], f["column"]) for f in first.findings if f["rule"] == "unknown-parent"] == [("unknown-parent", 3, 13)]
    forge(cache, cross_file=True)
    assert FORGED in {f["message"] for f in check_json(child, cwd=root).findings if f["rule"] == "unknown-parent"}
    write(root, "okrs/sales.okr.yaml", PARENT.replace("id: grow", "id: sell"))  # a new file changes the system
    assert [(f["message"], f["line"], f["column"]) for f in check_json(child, cwd=root).findings if f["rule"] == "unknown-parent"] == [
        (next(f["message"] for f in first.findings if f["rule"] == "unknown-parent"), 3, 13)]
    forge(cache, cross_file=True)
    (root / "okrs" / "company.okr.yaml").write_text(PARENT, encoding="utf-8")  # the parent is back: nothing is unknown
    assert "unknown-parent" not in {f["rule"] for f in check_json(child, cwd=root).findings}


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_a_file_with_directives_is_filtered_afresh_from_its_cached_findings(tmp_path, cache, lang):
    okr = tmp_path / f"{lang}.okr.yaml"
    text = (EXAMPLES / lang / "bad.okr.yaml").read_text(encoding="utf-8")
    okr.write_text("# okrlint: disable-file=unmeasurable, score-out-of-range\n" + text, encoding="utf-8")
    first = check_json(okr)
    forge(cache)
    again = check_json(okr)
    unused = [(f["rule"], f["line"], f["column"]) for f in first.findings if f["rule"] == "unused-suppression"]
    assert [(f["rule"], f["line"], f["column"]) for f in again.findings if f["rule"] == "unused-suppression"] == unused
    assert {f["rule"] for f in again.findings} == {f["rule"] for f in first.findings}
    assert unused == [("unused-suppression", 1, 39)]  # score-out-of-range silences nothing, cached or not
    assert FORGED in messages(again) and "unmeasurable" not in {f["rule"] for f in again.findings}


def test_a_cached_spreadsheet_keeps_the_cell_of_a_cross_file_finding(tmp_path, cache):
    root, _ = repo(tmp_path)
    sheet = write(root, "okrs/team.okr.csv", "Objective,Key result,Parent\n"
                  "Make the trial effortless for bank IT teams,Raise trial-to-paid conversion from 15% to 25%,company#nope\n"
                  ",Cut setup time from 5 days to 1 day,\n")
    first = check_json(sheet, cwd=root)
    unknown = [f for f in first.findings if f["rule"] == "unknown-parent"]
    assert unknown and all(f.get("cell") for f in unknown)
    assert [f for f in check_json(sheet, cwd=root).findings if f["rule"] == "unknown-parent"] == unknown
    forge(cache, cross_file=True)  # the finding now comes from the graph file, cell and all
    again = [f for f in check_json(sheet, cwd=root).findings if f["rule"] == "unknown-parent"]
    assert [(f["message"], f["cell"]) for f in again] == [(FORGED, f["cell"]) for f in unknown]
    (root / "okrs" / "company.okr.yaml").write_text(PARENT + "  - id: nope\n    title: Be the bank's cloud\n    key_results: [Sign 5 banks]\n",
                                                   encoding="utf-8")
    assert [f for f in check_json(sheet, cwd=root).findings if f["rule"] == "unknown-parent"] == []  # its nodes came from its entry


def replayed_findings(cache: Path) -> list:
    """Every plain finding entry the cache folder holds, as the result cache keeps them."""
    return [raw for path in entry_files(cache) for entry in json.loads(path.read_text(encoding="utf-8"))["files"].values()
            for raw in entry.get("plain", {}).get("findings", [])]


@pytest.mark.parametrize("lang", ["ru", "en", "zh"])
def test_replayed_findings_share_equal_evidence_and_suggestions(tmp_path, cache, lang):
    """A finding read back equals the one the run found; equal evidence and suggestions are built once a run."""
    from okrlint.result_cache import finding_entry, finding_from, forget_shared_values

    target = write(tmp_path, f"{lang}.okr.yaml", (EXAMPLES / lang / "bad.okr.yaml").read_text(encoding="utf-8"))
    check_json(target)  # fills the cache
    entries = replayed_findings(cache)
    assert any(raw[9] for raw in entries) and any(raw[10] for raw in entries)
    forget_shared_values()
    first = [finding_from(raw) for raw in entries]
    again = [finding_from(json.loads(json.dumps(raw))) for raw in entries]  # equal entries, other objects
    assert [finding_entry(f) for f in first] == entries and again == first
    for one, other in zip(first, again):
        assert one.evidence is other.evidence and one.suggestion is other.suggestion
    forget_shared_values()
    assert all(a.evidence is None or a.evidence is not b.evidence for a, b in zip(first, [finding_from(raw) for raw in entries]))


def test_entries_equal_in_python_but_of_other_types_are_not_shared():
    """1, 1.0 and True are equal keys of a dict; a fix's cell made from them is "1", "1.0" or "True"."""
    from okrlint.result_cache import finding_from, forget_shared_values

    def entry(cell: object) -> list:
        return ["a.okr.yaml", [2, 3, 2, 9, ""], "OKR001", "invalid-okr", "error", "m", "en", "", "",
                None, ["template", ["fix it", [[2, 3, 2, 9, cell, "x"]]]]]

    forget_shared_values()
    cells = [finding_from(entry(cell)).suggestion.fix.edits[0].span.cell for cell in ("1", 1, 1.0, True)]
    assert cells == ["1", "1", "1.0", "True"]
    forget_shared_values()
