#!/usr/bin/env python3
"""A long fuzz run over every output format: no crash, parseable outputs, no forged lines.

Draws inputs from the suite's fuzz strategies (valid, mutated and damaged YAML, other encodings,
random bytes) plus hostile ones (control characters, ESC sequences and `\\n::error …` in keys,
values and file names), lints each in process, renders all seven formats and checks:

- no internal error (a crashed rule) and no exception;
- json, sarif and gitlab parse as JSON, junit as XML;
- in the human formats (text, concise, github, junit) no control character from the input, and
  no line starting with `::` except okrlint's own annotations in `github`.

It prints the number of inputs, failures, the slowest input and the peak memory. Workers run
in parallel, each with its own seed.

    python bench/fuzz_long.py --inputs 100000 --workers 2
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import re
import resource
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHUNK = 1_000  # inputs per Hypothesis run
GITHUB_COMMAND = re.compile(r"^::(error|warning|notice) (file=[^\n]*?,)?(line=\d+,endLine=\d+,(col=\d+,endColumn=\d+,)?)?title=OKR\d{3} [a-z-]+::")
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _strategies():
    from hypothesis import strategies as st

    from tests.test_fuzz import any_input

    hostile_piece = st.sampled_from(["\x1b[2J", "\x1b]0;pwned\x07", "\n::error file=f.yaml,line=1::FORGED",
                                     "\r::warning ::x", "\u202e", "\u2028::notice ::y", "\x9b31m", "\x00"])
    hostile_text = st.builds(lambda a, b, c: a + b + c, st.text(max_size=10), hostile_piece, st.text(max_size=10))

    def quoted(text: str) -> str:
        return json.dumps(text, ensure_ascii=True)  # a JSON string is a valid double-quoted YAML scalar

    hostile_yaml = st.builds(
        lambda key, value, kind: (f"objectives:\n  - title: {quoted(value)}\n    {quoted(key)}: 1\n    type: {quoted(kind)}\n"
                                  f"    key_results: [{quoted(value)}, Raise NPS from 30 to 50]\n").encode(),
        hostile_text, hostile_text, hostile_text)
    name = st.one_of(st.just("fuzz.okr.yaml"), st.builds(lambda t: t + ".okr.yaml", hostile_text))
    return st.tuples(st.one_of(any_input, hostile_yaml), name)


def check_outputs(findings_report, human) -> list[str]:
    """Problems with the rendered outputs of one input ([] when all is well)."""
    from okrlint.renderers import HUMAN_FORMATS, for_humans, renderer

    problems = []
    for fmt in ("text", "concise", "json", "github", "sarif", "junit", "gitlab"):
        report = for_humans(findings_report) if fmt in HUMAN_FORMATS else findings_report
        out = renderer(fmt)(report)
        if fmt in ("json", "sarif", "gitlab"):
            json.loads(out)
        elif fmt == "junit":
            ET.fromstring(out.encode("utf-8"))
        if fmt in HUMAN_FORMATS:
            if CONTROL.search(out):
                problems.append(f"{fmt}: control character in output")
            for line in out.splitlines():
                if line.startswith("::") and not (fmt == "github" and GITHUB_COMMAND.match(line)):
                    problems.append(f"{fmt}: forged line {line[:80]!r}")
    return problems


def worker(args: tuple[int, int]) -> dict:
    count, seed = args
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as hypothesis_seed

    from okrlint.config import Config
    from okrlint.discovery import Target
    from okrlint.engine import lint
    from okrlint.registry import load_registry
    from okrlint.renderers import Report

    registry = load_registry()
    configs = [Config(), Config(lang="en"), Config(lang="ru"), Config(lang="zh")]
    stats = {"inputs": 0, "failures": [], "max_seconds": 0.0, "slowest": b""}

    def run(case: tuple[bytes, str]) -> None:
        data, name = case
        started = time.perf_counter()
        try:
            config = configs[stats["inputs"] % len(configs)]
            result = lint([Target(name, None)], config, registry, read_stdin=lambda: data)
            crashed = [f.message for f in result.findings if f.rule == "internal-error"]
            report = Report(result.findings, result.summary, [r.doc() for r in registry.rules], "fuzz", files=[name])
            problems = crashed + check_outputs(report, True)
        except Exception as exc:  # noqa: BLE001 - the point is to catch anything
            problems = [f"exception {type(exc).__name__}: {exc}"]
        seconds = time.perf_counter() - started
        stats["inputs"] += 1
        if seconds > stats["max_seconds"]:
            stats["max_seconds"], stats["slowest"] = seconds, data[:200]
        if problems and len(stats["failures"]) < 20:
            stats["failures"].append((problems[:3], data[:300], name))

    # Hypothesis keeps a tree of every choice it made for the life of one @given run, so a long
    # run is many short ones (fresh seeds), or its memory would swamp okrlint's.
    strategy = _strategies()
    for chunk in range(0, count, CHUNK):
        size = min(CHUNK, count - chunk)
        runner = given(strategy)(run)
        runner = settings(max_examples=size, database=None, deadline=None, suppress_health_check=list(HealthCheck))(runner)
        hypothesis_seed(seed * 100_003 + chunk)(runner)()
    stats["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return stats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=20261203)
    args = parser.parse_args()
    started = time.perf_counter()
    per_worker = -(-args.inputs // args.workers)
    with multiprocessing.get_context("spawn").Pool(args.workers) as pool:
        results = pool.map(worker, [(per_worker, args.seed + n) for n in range(args.workers)])
    inputs = sum(r["inputs"] for r in results)
    failures = [f for r in results for f in r["failures"]]
    slowest = max(results, key=lambda r: r["max_seconds"])
    print(f"inputs {inputs}, failures {len(failures)}, wall {time.perf_counter() - started:.0f} s, "
          f"slowest input {slowest['max_seconds'] * 1000:.0f} ms, peak RSS per worker "
          f"{max(r['max_rss_mb'] for r in results):.0f} MB")
    for problems, data, name in failures[:10]:
        print(" ", problems, repr(name)[:80], repr(data)[:200])
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
