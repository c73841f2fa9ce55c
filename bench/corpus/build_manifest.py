#!/usr/bin/env python3
"""Build manifest.yaml from a local collection and two independent label passes.

    python bench/corpus/build_manifest.py WORKDIR [--out bench/corpus/manifest.yaml] [--keep-splits | --append BATCH]

WORKDIR (outside the project) holds collected/<lang>.yaml (items with their exact texts and
`source_file`), sources/ (the saved source documents) and labels/<lang>-A.yaml, <lang>-B.yaml.
Agreed labels are kept; where the labellers differ, or either called it ambiguous, the rule is
`ambiguous` for that target (not scored). Cohen's kappa per rule and language is printed and
stored in the manifest. Each source document goes wholly to `dev` or to `holdout` (about 30% of
each language's items, chosen by a hash of the source), so held-back texts come from sources the
rules were never tuned on. With --append, the items are added to the existing manifest as a
new batch (the earlier items, whose label passes may be gone, stay as they are).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_lib import KR_RULES, OBJECTIVE_RULES, document_of, locate  # noqa: E402

LANGS = ("ru", "en", "zh")
HOLDOUT_SHARE = 0.30


def _labels(entry: dict) -> dict:
    """One labeller's entry as {target: {rule: "yes"|"amb"}} with target "o", KR index, or "cascade"."""
    out: dict = collections.defaultdict(dict)
    for rule in entry.get("objective") or []:
        out["o"][rule] = "yes"
    for index, rules in (entry.get("key_results") or {}).items():
        for rule in rules or []:
            out[int(index)][rule] = "yes"
    ambiguous = entry.get("ambiguous") or {}
    for rule in ambiguous.get("objective") or []:
        out["o"].setdefault(rule, "amb")
    for index, rules in (ambiguous.get("key_results") or {}).items():
        for rule in rules or []:
            out[int(index)].setdefault(rule, "amb")
    cascade = entry.get("cascade")
    if cascade is not None:  # YAML reads an unquoted yes/no as a boolean
        value = {True: "yes", False: "no"}.get(cascade, str(cascade).lower())
        out["cascade"]["cascaded-kpi"] = {"yes": "yes", "no": "no"}.get(value, "amb")
    return out


def kappa(pairs: list[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two labellers' categories."""
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first = collections.Counter(a for a, _ in pairs)
    second = collections.Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in set(first) | set(second)) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def _split_of_sources(items: list[dict], kept: dict[str, str] | None = None) -> dict[str, str]:
    """source_file → "dev" | "holdout", per language, by a stable hash of the source.

    Sources in `kept` (an earlier manifest's split) keep their part, so texts tuned on never move
    into the held-back part; new sources are split among themselves by the same rule.
    """
    split: dict[str, str] = dict(kept or {})
    for lang in LANGS:
        counts = collections.Counter(i["source_file"] for i in items if i["lang"] == lang and i["source_file"] not in split)
        total = sum(counts.values())
        held = 0
        for source in sorted(counts, key=lambda s: hashlib.sha256(s.encode()).hexdigest()):
            if held + counts[source] <= HOLDOUT_SHARE * total * 1.3 and held < HOLDOUT_SHARE * total:
                split[source] = "holdout"
                held += counts[source]
            else:
                split[source] = "dev"
    return split


def build(work: Path, kept: dict[str, str] | None) -> tuple[list[dict], dict[str, float]]:
    """The manifest entries of WORKDIR's items and the labellers' kappa per rule and language."""
    # a language a batch found nothing in has no files at all
    langs = [lang for lang in LANGS if (work / "collected" / f"{lang}.yaml").exists()]
    items = [i for lang in langs for i in yaml.safe_load((work / "collected" / f"{lang}.yaml").read_text(encoding="utf-8")) or []]
    passes = {}
    for lang in langs:
        for who in "AB":
            for entry in yaml.safe_load((work / "labels" / f"{lang}-{who}.yaml").read_text(encoding="utf-8")) or []:
                passes[(entry["id"], who)] = _labels(entry)
    documents: dict[str, str] = {}
    split = _split_of_sources(items, kept)
    agreement: dict[tuple[str, str], list[tuple[str, str]]] = collections.defaultdict(list)
    manifest_items = []
    for item in items:
        if item["source_file"] not in documents:
            documents[item["source_file"]] = document_of(work / item["source_file"])[1]
        document = documents[item["source_file"]]
        a, b = passes[(item["id"], "A")], passes[(item["id"], "B")]
        krs = item.get("key_results") or []
        targets: list = (["o"] if item.get("objective") is not None else []) + list(range(len(krs)))
        if item.get("parent"):
            targets.append("cascade")
        firm: dict = collections.defaultdict(list)
        ambiguous: dict = collections.defaultdict(list)
        for target in targets:
            rules = ("cascaded-kpi",) if target == "cascade" else OBJECTIVE_RULES if target == "o" else KR_RULES
            for rule in rules:
                mine, theirs = a.get(target, {}).get(rule, "no"), b.get(target, {}).get(rule, "no")
                kind = rule if target != "o" or rule != "kpi-in-disguise" else "kpi-in-disguise (objective)"
                if target != "o" and rule == "kpi-in-disguise":
                    kind = "kpi-in-disguise (KR)"
                agreement[(kind, item["lang"])].append((mine, theirs))
                if mine == theirs == "yes":
                    firm[target].append(rule)
                elif mine != "no" or theirs != "no":
                    ambiguous[target].append(rule)
        entry = {
            "id": item["id"],
            "lang": item["lang"],
            "split": split[item["source_file"]],
            "source": item["source"],
            "source_file": item["source_file"],
            "level": item.get("level"),
            "objective": None if item.get("objective") is None else locate(document, item["objective"]),
            "key_results": [locate(document, kr) for kr in krs],
            "labels": {
                "objective": firm["o"],
                "key_results": {i: firm[i] for i in range(len(krs)) if firm[i]},
                "ambiguous": {"objective": ambiguous["o"], "key_results": {i: ambiguous[i] for i in range(len(krs)) if ambiguous[i]}},
            },
        }
        if item.get("parent"):
            entry["parent"] = item["parent"]
            entry["cascade"] = "yes" if firm["cascade"] else "ambiguous" if ambiguous["cascade"] else "no"
        manifest_items.append(entry)
    kappas = {}
    print(f"{'rule':30} {'lang':4} {'kappa':>6} {'n':>5}")
    for kind in sorted({k for k, _ in agreement}):
        for lang in (*LANGS, "all"):
            pairs = [p for (k, lg), ps in agreement.items() if k == kind and lang in (lg, "all") for p in ps]
            value = kappa(pairs)
            if value is None:
                continue
            kappas[f"{kind}/{lang}"] = round(value, 3)
            print(f"{kind:30} {lang:4} {value:6.2f} {len(pairs):5}")
    return manifest_items, kappas


def append(earlier: dict, batch: str, items: list[dict], kappas: dict[str, float]) -> dict:
    """The earlier manifest with a new batch's items after its own; the batch's kappas are kept
    under "<batch>:" keys (the earlier labellers' passes are not re-scored)."""
    taken = {i["id"] for i in earlier["items"]}
    clashes = sorted(i["id"] for i in items if i["id"] in taken)
    if clashes:
        raise SystemExit(f"ids already in the manifest: {', '.join(clashes[:5])}")
    files = {i["source_file"]: i["source"] for i in earlier["items"]}
    moved = sorted(i["source_file"] for i in items if files.get(i["source_file"], i["source"]) != i["source"])
    if moved:
        raise SystemExit(f"source_file names already used for another source: {', '.join(moved[:5])}")
    return {"kappa": {**earlier.get("kappa", {}), **{f"{batch}:{k}": v for k, v in kappas.items()}},
            "items": earlier["items"] + items}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "manifest.yaml")
    parser.add_argument("--keep-splits", action="store_true",
                        help="keep each source's part from the existing --out manifest; split only new sources")
    parser.add_argument("--append", metavar="BATCH",
                        help="add WORKDIR's items to the existing --out manifest as batch BATCH (its sources split among themselves)")
    args = parser.parse_args()
    earlier = yaml.safe_load(args.out.read_text(encoding="utf-8")) if (args.keep_splits or args.append) and args.out.exists() else None
    kept = {i["source_file"]: i["split"] for i in earlier["items"]} if earlier and args.keep_splits else None
    manifest_items, kappas = build(args.workdir, kept)
    body = {"kappa": kappas, "items": manifest_items}
    if args.append:
        body = append(earlier or {"items": []}, args.append, manifest_items, kappas)
    header = ("# The real-OKR accuracy corpus: sources, locations and hashes of the texts, and agreed labels.\n"
              "# No text is stored here; bench/corpus/rebuild.py cuts the texts out of a local copy of the sources.\n")
    args.out.write_text(header + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
    splits = collections.Counter((i["lang"], i["split"]) for i in manifest_items)
    print("items:", dict(sorted(splits.items())), "total", len(manifest_items), "of", len(body["items"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
