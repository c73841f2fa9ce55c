#!/usr/bin/env python3
"""Rebuild the labelled corpus from the manifest and a local copy of its sources, then score it.

    python bench/corpus/rebuild.py SOURCES_DIR OUT_DIR [--score ../shared/corpus/score.py] [--split dev|holdout|all]

SOURCES_DIR holds the source documents as the manifest's `source_file` names them (a first line
`# source: <source>`, then the document exactly: for `github:OWNER/REPO@COMMIT:PATH` that is
`git show COMMIT:PATH`, for a page its text). Every text is cut out at its recorded offset and
checked against its hash; an item whose source is missing or differs is skipped and counted.
OUT_DIR (outside the project: the texts belong to their authors) receives corpus-<split>.yaml in
the format of ../shared/corpus/score.py, which then scores the installed okrlint on it.
"""

from __future__ import annotations

import argparse
import collections
import subprocess
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_lib import cut, document_of  # noqa: E402

HERE = Path(__file__).resolve().parent


def rebuild(manifest: dict, sources: Path) -> tuple[list[dict], collections.Counter]:
    """Items in score.py's format (plain items, plus a cascade item for each labelled child)."""
    problems: collections.Counter = collections.Counter()
    texts: dict[str, tuple[str | None, list[str]]] = {}
    documents: dict[str, str | None] = {}
    for entry in manifest["items"]:
        name = entry["source_file"]
        if name not in documents:
            try:
                documents[name] = document_of(sources / name)[1]
            except (OSError, ValueError):
                documents[name] = None
        document = documents[name]
        if document is None:
            problems["source missing"] += 1
            continue
        try:
            objective = None if entry["objective"] is None else cut(document, entry["objective"])
            texts[entry["id"]] = (objective, [cut(document, where) for where in entry["key_results"]])
        except ValueError:
            problems["text differs from its hash"] += 1
    items = []
    for entry in manifest["items"]:
        if entry["id"] not in texts:
            continue
        objective, krs = texts[entry["id"]]
        items.append({"id": entry["id"], "lang": entry["lang"], "split": entry["split"], "source": entry["source"],
                      "objective": objective, "key_results": krs, "labels": entry["labels"]})
        parent = entry.get("parent")
        if parent in texts and entry.get("cascade") in ("yes", "no", "ambiguous") and objective is not None:
            label = {"yes": ["cascaded-kpi"]}.get(entry["cascade"], [])
            unsure = ["cascaded-kpi"] if entry["cascade"] == "ambiguous" else []
            parent_objective, parent_krs = texts[parent]
            items.append({"id": f"{entry['id']}-cascade", "kind": "cascade", "lang": entry["lang"], "split": entry["split"],
                          "parent": {"objective": parent_objective or "KR", "key_results": parent_krs},
                          "child": {"objective": objective, "key_results": krs},
                          "labels": {"objective": label, "key_results": {},
                                     "ambiguous": {"objective": unsure, "key_results": {}}}})
    return items, problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--manifest", type=Path, default=HERE / "manifest.yaml")
    parser.add_argument("--split", choices=["dev", "holdout", "all"], default="dev")
    parser.add_argument("--score", type=Path, help="score.py to run on the rebuilt corpus (e.g. ../shared/corpus/score.py)")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    manifest = yaml.safe_load(args.manifest.read_text(encoding="utf-8"))
    items, problems = rebuild(manifest, args.sources)
    chosen = [i for i in items if args.split in (i["split"], "all")]
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / f"corpus-{args.split}.yaml"
    target.write_text(yaml.safe_dump(chosen, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    skipped = ", ".join(f"{n} {why}" for why, n in problems.items()) or "none skipped"
    print(f"{target}: {len(chosen)} items ({skipped})")
    if args.score:
        return subprocess.run([sys.executable, str(args.score), str(target), "--show", str(args.show)], check=False).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
