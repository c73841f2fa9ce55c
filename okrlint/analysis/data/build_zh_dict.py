"""Build `zh_dict_small.txt`, the reduced jieba dictionary the Chinese analyzer loads by default.

jieba's own dictionary (`jieba/dict.txt`, 349k `word freq flag` lines) costs about a second to
load and most of its tail is noise for OKR text (rare names, and compounds such as 降低成本/n or
提高效率/n that would hide the verb a rule looks for). The small dictionary keeps:

* the `--size` most frequent multi-character words of jieba's dict.txt (ties keep file order);
* every single character (so no character loses its part-of-speech flag);
* the OKR user dictionary `zh_okr_dict.txt`, whose entries override jieba's (as
  `jieba.load_userdict` would).

Lines are written in dict.txt order, user-only words last, so the output is reproducible and
diffs stay small. Source data: jieba (https://github.com/fxsjy/jieba), MIT License,
Copyright (c) 2013 Sun Junyi; the derived dictionary keeps that license.

    python okrlint/analysis/data/build_zh_dict.py                  # rebuild with the default size
    python okrlint/analysis/data/build_zh_dict.py --compare /work/shared/corpus/dev.yaml \
        --sizes 20000 50000 100000                                 # segmentation check, no writing

`--compare` segments every `lang: zh` text of an OKR corpus with the full dictionary and with
small ones of the given sizes (all with the user dictionary) and prints how many texts and
tokens come out differently; `-v` prints each difference.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent
USER_DICT = DATA_DIR / "zh_okr_dict.txt"
SMALL_DICT = DATA_DIR / "zh_dict_small.txt"
DEFAULT_SIZE = 100_000

Entry = tuple[str, int, str]


def jieba_dict_path() -> Path:
    import jieba

    return Path(jieba.__file__).resolve().parent / "dict.txt"


def read_entries(path: Path) -> list[Entry]:
    """Read a `word freq flag` file (jieba's dict.txt or our user dictionary)."""
    entries = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split()
        if not parts:
            continue
        if len(parts) != 3:
            raise ValueError(f"{path}:{lineno}: expected 'word freq flag', got {line!r}")
        entries.append((parts[0], int(parts[1]), parts[2]))
    return entries


def reduce_entries(base: list[Entry], user: list[Entry], size: int) -> list[Entry]:
    """Top-`size` multi-character words + all single characters, then the user entries on top."""
    multi = [e for e in base if len(e[0]) > 1]
    ranked = sorted(range(len(multi)), key=lambda i: -multi[i][1])  # stable: ties keep file order
    keep = {multi[i][0] for i in ranked[:size]}
    overrides = {word: (word, freq, flag) for word, freq, flag in user}
    kept = [overrides.pop(e[0], e) for e in base if len(e[0]) == 1 or e[0] in keep]
    return kept + [overrides[word] for word, _, _ in user if word in overrides]


def write_entries(path: Path, entries: Iterable[Entry]) -> None:
    path.write_text("".join(f"{w} {f} {t}\n" for w, f, t in entries), encoding="utf-8")


def build(size: int, out: Path = SMALL_DICT) -> int:
    entries = reduce_entries(read_entries(jieba_dict_path()), read_entries(USER_DICT), size)
    write_entries(out, entries)
    return len(entries)


# --- segmentation check -----------------------------------------------------------------


def corpus_texts(path: Path, lang: str = "zh") -> Iterator[str]:
    """Objectives and key results of every item of an OKR corpus file in `lang`."""
    import yaml

    for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
        if item.get("lang") != lang:
            continue
        if item.get("objective"):
            yield str(item["objective"])
        yield from (str(kr) for kr in item.get("key_results") or [] if kr)


def pos_tokenizer(dictionary: Path | None, cache_dir: str, user_dict: bool):
    """A POSTokenizer over `dictionary` (None: jieba's full one), caches kept out of the cwd."""
    import jieba
    import jieba.posseg

    tok = jieba.Tokenizer() if dictionary is None else jieba.Tokenizer(str(dictionary))
    tok.tmp_dir = cache_dir
    tok.initialize()
    if user_dict:
        tok.load_userdict(str(USER_DICT))
    return jieba.posseg.POSTokenizer(tok)


def segment(tok, text: str) -> list[tuple[str, str]]:
    return [(p.word, p.flag) for p in tok.cut(text)]


def compare(corpus: Path, sizes: list[int], verbose: bool) -> None:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    texts = list(corpus_texts(corpus))
    with tempfile.TemporaryDirectory() as tmp:
        full = pos_tokenizer(None, tmp, user_dict=True)
        reference = [segment(full, t) for t in texts]
        n_tokens = sum(len(r) for r in reference)
        print(f"{corpus}: {len(texts)} zh texts, {n_tokens} tokens (full dict + user dict)")
        base, user = read_entries(jieba_dict_path()), read_entries(USER_DICT)
        for size in sizes:
            path = Path(tmp) / f"small_{size}.txt"
            write_entries(path, reduce_entries(base, user, size))
            small = pos_tokenizer(path, tmp, user_dict=False)
            _report(size, texts, reference, [segment(small, t) for t in texts], verbose)


def _report(size: int, texts: list[str], ref: list, got: list, verbose: bool) -> None:
    seg_diff = sum(1 for r, g in zip(ref, got) if [w for w, _ in r] != [w for w, _ in g])
    tag_diff = sum(1 for r, g in zip(ref, got) if r != g)
    tok_diff = sum(len(set(_spans(r)) - set(_spans(g))) for r, g in zip(ref, got))
    print(f"  top {size:>7,}: texts segmented differently {seg_diff}, "
          f"texts with any word/flag difference {tag_diff}, full-dict tokens lost {tok_diff}")
    if verbose:
        for text, r, g in zip(texts, ref, got):
            if r != g:
                print("    full :", " ".join(f"{w}/{t}" for w, t in r))
                print("    small:", " ".join(f"{w}/{t}" for w, t in g))


def _spans(tokens: list[tuple[str, str]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, flag) of each token, so a changed split or flag counts as a difference."""
    pos = 0
    for word, flag in tokens:
        yield pos, pos + len(word), flag
        pos += len(word)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE, help="multi-character words kept")
    parser.add_argument("--compare", type=Path, help="OKR corpus YAML: check segmentation, write nothing")
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 50_000, 100_000])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    if args.compare:
        compare(args.compare, args.sizes, args.verbose)
        return 0
    count = build(args.size)
    print(f"wrote {SMALL_DICT} ({count} entries, {SMALL_DICT.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
