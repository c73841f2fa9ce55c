"""The accuracy corpus is rebuilt from its manifest alone: sources fetched from git at their commits,
texts cut at their offsets and checked against their hashes (bench/corpus)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench" / "corpus"))

from corpus_lib import document_of, locate  # noqa: E402
from fetch_sources import fetch, place  # noqa: E402
from rebuild import rebuild  # noqa: E402

DOCUMENT = "# Team OKRs\n\n## O: Customers get answers the same day\n- Cut first response time from 8h to 2h\n- Publish the support handbook\n"
EXCERPT_START = DOCUMENT.index("## O")  # a collector saved only the section, so offsets count from there


def _repo(tmp_path: Path) -> str:
    """A git repository owner+name holding okrs.md; its commit."""
    repo = tmp_path / "mirrors" / "acme+okrs"
    repo.mkdir(parents=True)
    (repo / "okrs.md").write_text(DOCUMENT, encoding="utf-8")
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "okrs.md"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "okrs"], check=True)
    return subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()


def _item(item_id: str, source: str, saved: str, document: str) -> dict:
    objective = "Customers get answers the same day"
    krs = ["Cut first response time from 8h to 2h", "Publish the support handbook"]
    return {"id": item_id, "lang": "en", "split": "dev", "source": source, "source_file": saved,
            "objective": locate(document, objective), "key_results": [locate(document, kr) for kr in krs],
            "labels": {"objective": [], "key_results": {1: ["task-not-outcome"]}}}


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_sources_come_back_from_git_whole_or_as_excerpts(tmp_path):
    commit = _repo(tmp_path)
    whole = f"github:acme/okrs@{commit}:okrs.md"
    manifest = {"items": [
        _item("en-1", whole, "sources/en/whole.txt", DOCUMENT),
        _item("en-2", f"{whole} (excerpt: the O section)", "sources/en/excerpt.txt", DOCUMENT[EXCERPT_START:]),
        _item("en-3", "https://example.com/okrs", "sources/en/page.txt", DOCUMENT),
    ]}
    out = tmp_path / "sources"
    counts, by_hand = fetch(manifest, out, str(tmp_path / "mirrors" / "{owner}+{repo}"), tmp_path / "git")

    assert dict(counts) == {"whole file": 1, "texts placed": 1}
    assert by_hand == ["sources/en/page.txt\thttps://example.com/okrs"]
    assert document_of(out / "sources/en/whole.txt") == (whole, DOCUMENT)
    items, problems = rebuild(manifest, out)
    assert dict(problems) == {"source missing": 1}  # the page, until someone saves it
    assert [(i["id"], i["objective"], i["key_results"][1]) for i in items] == [
        ("en-1", "Customers get answers the same day", "Publish the support handbook"),
        ("en-2", "Customers get answers the same day", "Publish the support handbook"),
    ]


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_local_mirror_is_read_in_place_not_cloned(tmp_path):
    """A mirror whose largest blobs are absent cannot be cloned; its OKR files can still be read."""
    commit = _repo(tmp_path)
    source = f"github:acme/okrs@{commit}:okrs.md"
    manifest = {"items": [_item("en-1", source, "sources/en/whole.txt", DOCUMENT)]}
    work = tmp_path / "git"
    counts, by_hand = fetch(manifest, tmp_path / "sources", f"file://{tmp_path}/mirrors/{{owner}}+{{repo}}", work)
    assert (dict(counts), by_hand) == ({"whole file": 1}, [])
    assert not (work / "acme+okrs").exists()  # nothing was cloned
    assert document_of(tmp_path / "sources" / "sources/en/whole.txt") == (source, DOCUMENT)


def test_a_source_saved_by_hand_is_placed_by_hash_over_several_runs(tmp_path):
    page = "https://example.com/okrs"
    # two items of one page; the second repeats the first's objective at the same place
    manifest = {"items": [_item("en-1", page, "sources/en/page.txt", DOCUMENT),
                          _item("en-2", page, "sources/en/page.txt", DOCUMENT)]}
    out = tmp_path / "sources"
    first_copy = "Customers get answers the same day\n- Cut first response time from 8h to 2h\n"
    assert place(manifest, out, "sources/en/page.txt", [first_copy]) == (2, 3)
    later_copy = "…\n- Publish the support handbook\n(the page goes on)"  # another excerpt of the page
    assert place(manifest, out, "sources/en/page.txt", [later_copy]) == (3, 3)  # the first run's texts kept
    items, problems = rebuild(manifest, out)
    assert not problems
    assert [i["key_results"] for i in items] == [["Cut first response time from 8h to 2h", "Publish the support handbook"]] * 2
    with pytest.raises(ValueError, match="no item"):
        place(manifest, out, "sources/en/other.txt", [later_copy])


def test_a_changed_source_is_skipped_not_misread(tmp_path):
    saved = tmp_path / "sources" / "en" / "doc.txt"
    saved.parent.mkdir(parents=True)
    manifest = {"items": [_item("en-1", "https://example.com/okrs", "en/doc.txt", DOCUMENT)]}
    saved.write_text("# source: https://example.com/okrs\n" + DOCUMENT.replace("8h", "9h"), encoding="utf-8")
    items, problems = rebuild(manifest, tmp_path / "sources")
    assert items == [] and dict(problems) == {"text differs from its hash": 1}


def _workdir(tmp_path: Path, item_id: str) -> Path:
    """A collection of one labelled item: its saved source, the item, and two label passes that
    agree on one KR and disagree on the objective."""
    work = tmp_path / "work"
    (work / "sources" / "en").mkdir(parents=True)
    (work / "collected").mkdir()
    (work / "labels").mkdir()
    (work / "sources" / "en" / "doc.txt").write_text("# source: https://example.com/okrs\n" + DOCUMENT, encoding="utf-8")
    item = {"id": item_id, "lang": "en", "source": "https://example.com/okrs", "source_file": "sources/en/doc.txt",
            "level": "team", "objective": "Customers get answers the same day",
            "key_results": ["Cut first response time from 8h to 2h", "Publish the support handbook"]}
    passes = {"A": {"id": item_id, "objective": ["so-what"], "key_results": {1: ["task-not-outcome"]}},
              "B": {"id": item_id, "key_results": {1: ["task-not-outcome"]}}}
    for lang in ("ru", "en", "zh"):
        ours = lang == "en"
        (work / "collected" / f"{lang}.yaml").write_text(yaml.safe_dump([item] if ours else []), encoding="utf-8")
        for who, entry in passes.items():
            (work / "labels" / f"{lang}-{who}.yaml").write_text(yaml.safe_dump([entry] if ours else []), encoding="utf-8")
    return work


def test_a_new_batch_is_appended_with_its_own_kappa(tmp_path):
    from build_manifest import append, build
    items, kappas = build(_workdir(tmp_path, "en-q001"), None)
    (entry,) = items
    assert entry["labels"]["key_results"] == {1: ["task-not-outcome"]}
    assert entry["labels"]["ambiguous"]["objective"] == ["so-what"]  # the passes disagree: not scored
    assert entry["key_results"][1]["chars"] == len("Publish the support handbook")
    earlier = {"kappa": {"so-what/en": 0.8}, "items": [_item("en-1", "https://example.com/a", "sources/en/a.txt", DOCUMENT)]}
    merged = append(earlier, "b3", items, kappas)
    assert [i["id"] for i in merged["items"]] == ["en-1", "en-q001"]
    assert merged["kappa"]["so-what/en"] == 0.8 and "b3:task-not-outcome/en" in merged["kappa"]
    with pytest.raises(SystemExit, match="ids already in the manifest"):
        append(merged, "b4", items, kappas)


def test_a_batch_with_no_items_in_a_language_needs_no_files_for_it(tmp_path):
    from build_manifest import build
    work = _workdir(tmp_path, "en-q002")
    for lang in ("ru", "zh"):  # a batch that found nothing in Russian or Chinese
        (work / "collected" / f"{lang}.yaml").unlink()
        for who in "AB":
            (work / "labels" / f"{lang}-{who}.yaml").unlink()
    items, kappas = build(work, None)
    assert [i["id"] for i in items] == ["en-q002"]
    assert "task-not-outcome/en" in kappas and not any(key.endswith(("/ru", "/zh")) for key in kappas)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_sources_named_loosely_still_come_back_from_git(tmp_path):
    """A plural note ("(excerpts: …)"), an abbreviated commit, no commit at all, and two files saved
    together ("A + B") are all read from the mirror."""
    commit = _repo(tmp_path)
    repo = tmp_path / "mirrors" / "acme+okrs"
    (repo / "more.md").write_text("## Notes\n- Publish the support handbook\n", encoding="utf-8")
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "add", "more.md"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "more"], check=True)
    section = DOCUMENT[EXCERPT_START:]
    manifest = {"items": [
        _item("en-1", f"github:acme/okrs@{commit}:okrs.md (excerpts: the O section)", "sources/en/a.txt", section),
        _item("en-2", f"github:acme/okrs@{commit[:39]}:okrs.md", "sources/en/b.txt", DOCUMENT),
        _item("en-3", "github:acme/okrs (commit not identified; seen in an index):okrs.md", "sources/en/c.txt", DOCUMENT),
        _item("en-4", f"github:acme/okrs@{commit}:more.md + okrs.md (both files, concatenated)", "sources/en/d.txt",
              "## Notes\n" + DOCUMENT),
    ]}
    out = tmp_path / "sources"
    counts, by_hand = fetch(manifest, out, str(tmp_path / "mirrors" / "{owner}+{repo}"), tmp_path / "git")
    assert by_hand == []
    assert counts["whole file"] + counts["texts placed"] == 4
    items, problems = rebuild(manifest, out)
    assert dict(problems) == {}
    assert [i["key_results"][1] for i in items] == ["Publish the support handbook"] * 4


def test_the_invariance_check_counts_verdicts_an_edit_changes(tmp_path):
    # our own texts, one each: the weight and the status are notes (no verdict changes); quoting is whole
    corpus = [
        {"id": "en-1", "lang": "en", "objective": "Customers get answers the same day",
         "key_results": ["Publish the support handbook", "Improve onboarding for new admins"]},
        {"id": "ru-1", "lang": "ru", "objective": "Клиенты получают ответ в тот же день",
         "key_results": ["Опубликовать справочник поддержки"]},
        {"id": "zh-1", "lang": "zh", "objective": "客户当天得到答复", "key_results": ["发布客服手册"]},
    ]
    path = tmp_path / "corpus.yaml"
    path.write_text(yaml.safe_dump(corpus, allow_unicode=True), encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "corpus" / "invariance.py"), str(path),
                          "--edits", "weight,status,quoted,title-case"], capture_output=True, text=True, check=True)
    rows = {tuple(line.split()[:2]): line.split()[2:] for line in run.stdout.splitlines()[1:]}
    assert rows[("weight", "en")] == ["3", "0", "0.0%"]
    assert rows[("status", "ru")] == ["2", "0", "0.0%"]
    assert rows[("quoted", "zh")] == ["2", "0", "0.0%"]
    assert rows[("title-case", "en")] == ["3", "0", "0.0%"]
    assert ("title-case", "ru") not in rows  # English only


def test_the_invariance_check_refuses_an_unknown_edit(tmp_path):
    path = tmp_path / "corpus.yaml"
    path.write_text("[]\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "corpus" / "invariance.py"), str(path), "--edits", "shout"],
                         capture_output=True, text=True)
    assert run.returncode == 2 and "unknown edits: shout" in run.stderr


def test_the_invariance_check_shows_changed_texts_without_control_characters(tmp_path):
    # A stand-in okrlint that flags every line with "(done)": the status edit changes each verdict,
    # and --show prints the texts, with the escape character in one of them made visible.
    fake = tmp_path / "fake_okrlint.py"
    fake.write_text(
        "import json, pathlib, sys\n"
        "folder = pathlib.Path(sys.argv[2])\n"
        "found = [{'path': str(f), 'line': n, 'rule': 'unmeasurable'} for f in sorted(folder.glob('*.okr.yaml'))\n"
        "         for n, line in enumerate(f.read_text(encoding='utf-8').splitlines(), 1) if '(done)' in line]\n"
        "print(json.dumps(found))\n", encoding="utf-8")
    corpus = [{"id": "en-1", "lang": "en", "objective": "Customers get answers \x1b[31mfast",
               "key_results": ["Publish the support handbook"]}]
    path = tmp_path / "corpus.yaml"
    path.write_text(yaml.safe_dump(corpus, allow_unicode=True), encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "corpus" / "invariance.py"), str(path), "--edits", "status",
                          "--show", "5", "--okrlint", f"{sys.executable} {fake}"], capture_output=True, text=True, check=True)
    shown = [line for line in run.stdout.splitlines() if line.startswith("   ")]
    assert len(shown) == 2 and all("[] -> ['unmeasurable']" in line for line in shown)
    assert "\x1b" not in run.stdout
    assert run.stdout.splitlines()[-1].split() == ["status", "en", "2", "2", "100.0%"]


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_source_out_of_reach_is_found_in_another_copy_of_the_page(tmp_path):
    """The source's own repository cannot be read here (too large to bring): a mirror of the same site, with the
    page under another prefix, still holds its texts; a page no copy holds stays to be saved by hand."""
    commit = _repo(tmp_path)
    other = tmp_path / "copies" / "site"
    (other / "site" / "teams" / "okrs").mkdir(parents=True)
    (other / "site" / "teams" / "okrs" / "okrs.md").write_text("front matter\n" + DOCUMENT, encoding="utf-8")
    git = ["git", "-C", str(other), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "copy"], check=True)
    gone = f"github:big/site@{commit}:docs/teams/okrs/okrs.md"
    missing = f"github:big/site@{commit}:docs/teams/other/okrs.md"
    manifest = {"items": [_item("en-1", gone, "sources/en/copied.txt", DOCUMENT),
                          _item("en-2", missing, "sources/en/missing.txt", DOCUMENT)]}
    out = tmp_path / "sources"
    counts, by_hand = fetch(manifest, out, str(tmp_path / "nowhere" / "{owner}+{repo}"), tmp_path / "git",
                            [other / ".git"])
    assert dict(counts) == {"texts placed": 1, "from another copy": 1, "not found": 1}
    assert by_hand == [f"sources/en/missing.txt\t{missing}"]
    items, problems = rebuild(manifest, out)
    assert [(i["id"], i["key_results"][1]) for i in items] == [("en-1", "Publish the support handbook")]
