#!/usr/bin/env python3
"""Make the local copy of the corpus sources that rebuild.py reads, from the manifest alone.

    python bench/corpus/fetch_sources.py SOURCES_DIR [--git-url TEMPLATE] [--work DIR]

For every `github:OWNER/REPO@COMMIT:PATH` source, the repository is cloned (blobs on demand) and the
file is read at that commit. When the saved document was the whole file, it is written as it is;
when it was a piece of the file (the source notes an excerpt) or the file has moved, each text is
found in the file by its length and hash and placed at its recorded offset in a padded document
(rebuild.py cuts by offset and checks the hash, so the padding never reaches a text). Sources that
are web pages, or GitHub files named without a commit, are listed at the end: save those by hand
(the first line `# source: <source>`, then the page text).

`--git-url` is where a repository is cloned from, `{owner}` and `{repo}` filled in (default:
GitHub over https; a local mirror works too, e.g. `file:///mirrors/{owner}+{repo}`). Clones are
kept in `--work` (default: SOURCES_DIR/../git) so a second run is fast.
"""

from __future__ import annotations

import argparse
import collections
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_lib import SOURCE_HEADER, text_hash  # noqa: E402

HERE = Path(__file__).resolve().parent
GITHUB = re.compile(r"github:(?P<owner>[^/\s]+)/(?P<repo>[^@\s]+)@(?P<commit>[0-9a-f]{40}):(?P<path>.+)$")
_NOTE = re.compile(r"\s+\((?:excerpt|extract)\b.*$", re.S)  # "PATH (excerpt: …)": the saved document was a piece
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


def _placed_by_hash(texts: list[str], spans: list[dict[str, Any]]) -> dict[int, str]:
    """Each span found anywhere in the texts by its length and hash, keyed by its recorded offset."""
    placed: dict[int, str] = {}
    for span in spans:
        size, wanted = span["chars"], span["sha"]
        for text in texts:
            found = next((text[i:i + size] for i in range(len(text) - size + 1)
                          if text_hash(text[i:i + size]) == wanted), None)
            if found is not None:
                placed[span["offset"]] = found
                break
    return placed


def _padded(placed: dict[int, str]) -> str:
    chars = [" "] * max((offset + len(text) for offset, text in placed.items()), default=0)
    for offset, text in placed.items():
        chars[offset:offset + len(text)] = text
    return "".join(chars)


def fetch(manifest: dict, out: Path, template: str, work: Path) -> tuple[collections.Counter, list[str]]:
    spans = spans_by_source(manifest)
    sources = {item["source_file"]: item["source"] for item in manifest["items"]}
    counts: collections.Counter = collections.Counter()
    by_hand: list[str] = []
    for saved, source in sources.items():
        match = GITHUB.match(source)
        if match is None:
            by_hand.append(f"{saved}\t{source}")
            continue
        path = _NOTE.sub("", match["path"]).split(" + ")[0].strip()
        repo = _clone(match["owner"], match["repo"], template, work)
        texts = _file_at(repo, match["commit"], path) if repo is not None else []
        if not texts:
            counts["not found"] += 1
            by_hand.append(f"{saved}\t{source}")
            continue
        if len(texts) == 1 and _whole_file_matches(texts[0], spans[saved]):
            document = texts[0]
            counts["whole file"] += 1
        else:
            placed = _placed_by_hash(texts, spans[saved])
            document = _padded(placed)
            counts["texts placed" if len(placed) == len(spans[saved]) else "some texts placed"] += 1
        target = out / saved
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"{SOURCE_HEADER}{source}\n{document}", encoding="utf-8")
    return counts, by_hand


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", type=Path, help="where to write the saved source documents")
    parser.add_argument("--manifest", type=Path, default=HERE / "manifest.yaml")
    parser.add_argument("--git-url", default="https://github.com/{owner}/{repo}.git")
    parser.add_argument("--work", type=Path, help="where clones are kept (default: SOURCES/../git)")
    args = parser.parse_args()
    manifest = yaml.safe_load(args.manifest.read_text(encoding="utf-8"))
    work = args.work or args.sources.resolve().parent / "git"
    work.mkdir(parents=True, exist_ok=True)
    counts, by_hand = fetch(manifest, args.sources, args.git_url, work)
    print(", ".join(f"{n} {what}" for what, n in counts.items()) or "no GitHub sources")
    if by_hand:
        print(f"{len(by_hand)} sources to save by hand (saved file, then source):")
        print("\n".join(f"  {line}" for line in by_hand))
    return 0


if __name__ == "__main__":
    sys.exit(main())
