#!/usr/bin/env python3
"""Make the local copy of the corpus sources that rebuild.py reads, from the manifest alone.

    python bench/corpus/fetch_sources.py SOURCES_DIR [--git-url TEMPLATE] [--work DIR] [--todo FILE]
                                         [--other-copies REPO ...]
    python bench/corpus/fetch_sources.py SOURCES_DIR --place SOURCE_FILE RAW [RAW ...]

For every `github:OWNER/REPO@COMMIT:PATH` source, the repository is cloned (blobs on demand) and the
file is read at that commit. When the saved document was the whole file, it is written as it is;
when it was a piece of the file (the source notes an excerpt) or the file has moved, each text is
found in the file by its length and hash and placed at its recorded offset in a padded document
(rebuild.py cuts by offset and checks the hash, so the padding never reaches a text). A file named
without its commit is read at the repository's HEAD, and the texts of a source saved from two files
("A + B") are looked for in both. Sources that are web pages or name no repository are listed at
the end (and, with `--todo`, written to a file with the lines of the saved document that held the
texts): save those by hand.

`--git-url` is where a repository is cloned from, `{owner}` and `{repo}` filled in (default:
GitHub over https). When it names a local git repository (a bare one, or a work tree with its
`.git`), that repository is read in place, not cloned: a mirror whose largest blobs are absent
cannot be cloned, but its OKR files can still be read. Clones are kept in `--work` (default:
SOURCES_DIR/../git) so a second run is fast.

`--other-copies REPO...` names local git repositories that may hold other copies of the same pages (a
site's mirror, a fork): a source whose own repository cannot be read here (too large to bring, or
gone) is looked for in them, in every file whose path ends as the source's does (its last three
parts), and its texts are placed by their length and hash.

`--place` is for a source saved by hand: RAW files hold text copied from the page or file (all of
it, or only the part with the OKRs); every text of SOURCE_FILE found in them by its length and hash
is placed at its offset, texts placed by an earlier run are kept, and it prints how many of the
source's texts are in place.
"""

from __future__ import annotations

import argparse
import collections
import functools
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_lib import SOURCE_HEADER, document_of, text_hash  # noqa: E402

HERE = Path(__file__).resolve().parent
# The commit may be abbreviated (git resolves it); with none ("(commit not identified; …)") the file
# is read at the repository's HEAD, and the hashes tell whether it still holds the texts.
GITHUB = re.compile(r"github:(?P<owner>[^/\s]+)/(?P<repo>[^@\s:(]+)"
                    r"(?:@(?P<commit>[0-9a-f]{7,40})|\s+\([^)]*\))?:(?P<path>.+)$")
# A note after the path: "PATH (excerpt: …)", "(excerpts: …)", "A + B (both files, concatenated)"
_NOTE = re.compile(r"\s+\(.*$", re.S)
_MAX_FILE = 2_000_000  # bytes: a larger blob is no OKR document


def spans_by_source(manifest: dict) -> dict[str, list[dict[str, Any]]]:
    """Every located text (objective or KR) of every item, grouped by the saved source file."""
    spans: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for item in manifest["items"]:
        where = ([item["objective"]] if item["objective"] is not None else []) + list(item["key_results"])
        spans[item["source_file"]].extend(where)
    return spans


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)


def _clone(owner: str, name: str, template: str, work: Path) -> Path | None:
    local = _local_repository(template.format(owner=owner, repo=name))
    if local is not None:
        return local
    repo = work / f"{owner}+{name}"
    if not (repo / "HEAD").exists():
        url = template.format(owner=owner, repo=name)
        done = subprocess.run(["git", "clone", "--quiet", "--bare", "--filter=blob:none", url, str(repo)],
                              capture_output=True, check=False)
        if done.returncode != 0:  # a local mirror may not support partial clone: clone it whole
            done = subprocess.run(["git", "clone", "--quiet", "--bare", url, str(repo)], capture_output=True, check=False)
        if done.returncode != 0:
            return None
    return repo


def _local_repository(where: str) -> Path | None:
    """The git directory a template names on this machine (a bare repository, or a work tree's
    `.git`); None for a URL or a path with no repository."""
    path = Path(where.removeprefix("file://"))
    if "://" in where and not where.startswith("file://"):
        return None
    for candidate in (path, path / ".git"):
        if (candidate / "HEAD").is_file():
            return candidate
    return None


def _file_at(repo: Path, commit: str, path: str) -> list[str]:
    """The file at the commit; if the path is not there, every file of that name (it may have moved)."""
    shown = _git(repo, "show", f"{commit}:{path}")
    if shown.returncode == 0:
        return [shown.stdout.decode("utf-8", "replace")]
    listing = _git(repo, "ls-tree", "-r", "--name-only", commit)
    base = path.rsplit("/", 1)[-1]
    texts = []
    for other in listing.stdout.decode("utf-8", "replace").splitlines():
        if other.rsplit("/", 1)[-1] == base:
            blob = _git(repo, "show", f"{commit}:{other}")
            if blob.returncode == 0 and len(blob.stdout) <= _MAX_FILE:
                texts.append(blob.stdout.decode("utf-8", "replace"))
    return texts


def _whole_file_matches(text: str, spans: list[dict[str, Any]]) -> bool:
    return all(text_hash(text[s["offset"]:s["offset"] + s["chars"]]) == s["sha"] for s in spans)


def _placed_by_hash(texts: list[str], spans: list[dict[str, Any]]) -> dict[tuple[int, int], str]:
    """Each span found anywhere in the texts by its length and hash, keyed by its offset and length
    (two texts may start at one offset: an objective that is also its own first KR's opening)."""
    placed: dict[tuple[int, int], str] = {}
    for span in spans:
        size, wanted = span["chars"], span["sha"]
        for text in texts:
            found = next((text[i:i + size] for i in range(len(text) - size + 1)
                          if text_hash(text[i:i + size]) == wanted), None)
            if found is not None:
                placed[span["offset"], size] = found
                break
    return placed


def _padded(placed: dict[tuple[int, int], str]) -> str:
    chars = [" "] * max((offset + len(text) for (offset, _), text in placed.items()), default=0)
    for (offset, _), text in placed.items():
        chars[offset:offset + len(text)] = text
    return "".join(chars)


def _distinct(spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The spans of a source, each place once (an item may repeat another's text at the same place)."""
    return list({(s["offset"], s["chars"], s["sha"]): s for s in spans}.values())


_TAIL_PARTS = 3  # "teams/layout-team/okrs/2015q2/index.md" is found as ".../okrs/2015q2/index.md"


@functools.cache
def _files_of(repo: Path) -> tuple[str, ...]:
    """The paths of a repository's HEAD, listed once however many sources look there."""
    return tuple(_git(repo, "ls-tree", "-r", "--name-only", "HEAD").stdout.decode("utf-8", "replace").splitlines())


def _copies_elsewhere(copies: list[Path], path: str) -> list[str]:
    """Every file of the other repositories whose path ends with the source path's last parts."""
    tail = "/".join(path.split("/")[-_TAIL_PARTS:])
    texts = []
    for repo in copies:
        for other in _files_of(repo):
            if other == tail or other.endswith("/" + tail):
                blob = _git(repo, "show", f"HEAD:{other}")
                if blob.returncode == 0 and len(blob.stdout) <= _MAX_FILE:
                    texts.append(blob.stdout.decode("utf-8", "replace"))
    return texts


def fetch(manifest: dict, out: Path, template: str, work: Path,
          copies: list[Path] = ()) -> tuple[collections.Counter, list[str]]:
    spans = spans_by_source(manifest)
    sources = {item["source_file"]: item["source"] for item in manifest["items"]}
    counts: collections.Counter = collections.Counter()
    by_hand: list[str] = []
    for saved, source in sources.items():
        match = GITHUB.match(source)
        if match is None:
            by_hand.append(f"{saved}\t{source}")
            continue
        paths = [path.strip() for path in _NOTE.sub("", match["path"]).split(" + ")]  # "A + B": both files saved
        repo = _clone(match["owner"], match["repo"], template, work)
        commit = match["commit"] or "HEAD"
        texts = [text for path in paths for text in _file_at(repo, commit, path)] if repo is not None else []
        elsewhere = not texts and bool(copies)
        if elsewhere:  # the repository is out of reach: another copy of the same page may hold the texts
            texts = [text for path in paths for text in _copies_elsewhere(list(copies), path)]
        if not texts:
            counts["not found"] += 1
            by_hand.append(f"{saved}\t{source}")
            continue
        wanted = _distinct(spans[saved])
        if len(texts) == 1 and _whole_file_matches(texts[0], wanted):
            document = texts[0]
            counts["whole file"] += 1
        else:
            placed = _placed_by_hash(texts, wanted)
            if elsewhere and not placed:
                counts["not found"] += 1
                by_hand.append(f"{saved}\t{source}")
                continue
            document = _padded(placed)
            counts["texts placed" if len(placed) == len(wanted) else "some texts placed"] += 1
            if elsewhere:
                counts["from another copy"] += 1
        _write(out / saved, source, document)
    return counts, by_hand


def place(manifest: dict, out: Path, saved: str, raw_texts: list[str]) -> tuple[int, int]:
    """Place the texts of one source saved by hand (see the module's doc); (placed, texts of the source)."""
    items = [item for item in manifest["items"] if item["source_file"] == saved]
    if not items:
        raise ValueError(f"no item of the manifest has the source_file {saved!r}")
    wanted = _distinct(spans_by_source({"items": items})[saved])
    target = out / saved
    placed: dict[tuple[int, int], str] = {}
    if target.exists():  # keep what an earlier run placed
        _, document = document_of(target)
        for span in wanted:
            text = document[span["offset"]:span["offset"] + span["chars"]]
            if text_hash(text) == span["sha"]:
                placed[span["offset"], span["chars"]] = text
    todo = [span for span in wanted if (span["offset"], span["chars"]) not in placed]
    placed.update(_placed_by_hash(raw_texts, todo))
    _write(target, items[0]["source"], _padded(placed))
    return len(placed), len(wanted)


def _write(target: Path, source: str, document: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(f"{SOURCE_HEADER}{source}\n{document}", encoding="utf-8")


def _todo_line(manifest: dict, line: str) -> str:
    """A by-hand line with the lines of the saved document that held its texts: where to look."""
    saved = line.split("\t", 1)[0]
    lines = [span["line"] for span in spans_by_source(manifest).get(saved, [])]
    return f"{line}\tlines {min(lines)}-{max(lines)}" if lines else line


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", type=Path, help="where to write the saved source documents")
    parser.add_argument("--manifest", type=Path, default=HERE / "manifest.yaml")
    parser.add_argument("--git-url", default="https://github.com/{owner}/{repo}.git")
    parser.add_argument("--work", type=Path, help="where clones are kept (default: SOURCES/../git)")
    parser.add_argument("--other-copies", type=Path, nargs="+", default=[], metavar="REPO",
                        help="local git repositories that may hold other copies of the same pages")
    parser.add_argument("--todo", type=Path, help="also write the sources to save by hand here, with line hints")
    parser.add_argument("--place", nargs="+", metavar=("SOURCE_FILE", "RAW"),
                        help="place one hand-saved source's texts from RAW files, then stop")
    args = parser.parse_args()
    manifest = yaml.safe_load(args.manifest.read_text(encoding="utf-8"))
    if args.place:
        if len(args.place) < 2:
            parser.error("--place needs SOURCE_FILE and at least one RAW file")
        saved, raws = args.place[0], args.place[1:]
        try:
            placed, total = place(manifest, args.sources, saved, [Path(raw).read_text(encoding="utf-8") for raw in raws])
        except (OSError, UnicodeDecodeError, ValueError) as error:
            print(f"cannot place {saved}: {error}", file=sys.stderr)
            return 2
        print(f"placed {placed}/{total} for {saved}")
        return 0 if placed == total else 1
    work = args.work or args.sources.resolve().parent / "git"
    work.mkdir(parents=True, exist_ok=True)
    copies = [repo for repo in (_local_repository(str(path)) for path in args.other_copies) if repo is not None]
    counts, by_hand = fetch(manifest, args.sources, args.git_url, work, copies)
    print(", ".join(f"{n} {what}" for what, n in counts.items()) or "no GitHub sources")
    if by_hand:
        if args.todo:
            args.todo.write_text("".join(_todo_line(manifest, line) + "\n" for line in by_hand), encoding="utf-8")
        print(f"{len(by_hand)} sources to save by hand (saved file, then source):")
        print("\n".join(f"  {line}" for line in by_hand))
    return 0


if __name__ == "__main__":
    sys.exit(main())
