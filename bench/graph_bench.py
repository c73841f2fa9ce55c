#!/usr/bin/env python3
"""What the OKR graph costs: a generated repository of 500 OKR files in 50 teams.

Two ratios of the CPU time of the okrlint process, measured in one run on the same machine (the
figures are ratios of CPU time because the machines are shared and wall times drift):
- a full run with the graph rules against the same run without them (target: at most 1.3×);
- a pre-commit-style run on one changed child file, its parent resolved from the cached root
  index, against a run on that file alone without the graph rules (target: at most 1.5×).
Also printed: the one-file run with a cold index (no cache yet), for information.

    python bench/graph_bench.py             # 3 runs per case, median
    python bench/graph_bench.py --runs 5 --keep /tmp/okr-repo
Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GRAPH_RULES = "cascaded-kpi,unknown-parent,alignment-cycle,unfocused,duplicate-kr"  # orphan-objective is off by default
TEAMS, FILES_PER_TEAM = 50, 10

EN_OBJECTIVES = ["Customers in {area} get answers the same day", "New {area} customers succeed in their first week",
                 "Partners in {area} recommend us to their peers", "{area} teams ship without waiting on us"]
EN_KRS = ["Cut median response time in {area} from {a} to {b} hours", "Raise activation of {area} accounts from {a}% to {b}%",
          "Grow referrals from {area} partners from {a} to {b} a quarter", "Cut setup time for {area} from {a} days to {b} days",
          "Raise NPS of {area} customers from {a} to {b}"]
RU_OBJECTIVES = ["Клиенты региона {area} получают ответ в тот же день", "Новые клиенты {area} быстро начинают работать с нами"]
RU_KRS = ["Сократить время ответа клиентам {area} с {a} до {b} часов", "Поднять долю активных клиентов {area} с {a}% до {b}%",
          "Снизить отток клиентов {area} с {a}% до {b}%"]
AREAS = ["Berlin", "Lyon", "Osaka", "Austin", "Porto", "Krakow", "Leeds", "Denver", "Turin", "Ghent"]
# Each team works on its own product line, so KRs overlap across teams only now and then, as in a real repo.
PRODUCTS = [f"{a}{b}" for a in ("Aster", "Birch", "Cedar", "Dahlia", "Elm", "Fern", "Gorse", "Hazel", "Iris", "Juniper")
            for b in ("", " Pay", " Cloud", " Go", " Pro")]


def okr_file(rng: random.Random, team: str, product: str, parents: list[str], russian: bool) -> str:
    objectives_pool, krs_pool = (RU_OBJECTIVES, RU_KRS) if russian else (EN_OBJECTIVES, EN_KRS)
    lines = [f"period: 2026-Q{rng.randint(1, 4)}", f"team: {team}", f"lang: {'ru' if russian else 'en'}", "objectives:"]
    for i in range(3):
        area = f"{rng.choice(AREAS)} {product}"
        lines += [f"  - id: o{i}", f"    title: {rng.choice(objectives_pool).format(area=area)}",
                  f"    parent: {rng.choice(parents)}", "    key_results:"]
        for _ in range(rng.randint(2, 4)):
            a = rng.randint(10, 60)
            lines.append(f"      - {rng.choice(krs_pool).format(area=area, a=a, b=a + rng.randint(5, 30))}")
    return "\n".join(lines) + "\n"


def generate(folder: Path, seed: int = 7) -> Path:
    """500 OKR files in 50 teams under okrs/, one company file, a git marker; returns one child file."""
    rng = random.Random(seed)
    (folder / ".git").mkdir(parents=True)
    okrs = folder / "okrs"
    (okrs / "company").mkdir(parents=True)
    company = ["level: company", "objectives:"]
    for i in range(4):
        company += [f"  - id: c{i}", f"    title: {EN_OBJECTIVES[i].format(area='Europe')}", "    key_results:",
                    f"      - Grow ARR in Europe from ${10 + i}M to ${15 + i}M", f"      - Raise NPS in Europe from {30 + i} to {50 + i}"]
    (okrs / "company" / "company.okr.yaml").write_text("\n".join(company) + "\n", encoding="utf-8")
    child = None
    for t in range(TEAMS):
        team_dir = okrs / f"team{t:02d}"
        team_dir.mkdir()
        for f in range(FILES_PER_TEAM - (1 if t == 0 else 0)):  # 499 team files + the company file = 500
            stem = f"team{t:02d}-{f}"
            parents = [f"company#c{rng.randint(0, 3)}"] + ([f"team{t:02d}-0#o{rng.randint(0, 2)}"] if f else [])
            path = team_dir / f"{stem}.okr.yaml"
            path.write_text(okr_file(rng, f"Team {t:02d}", PRODUCTS[t], parents, russian=t % 5 == 0), encoding="utf-8")
            if t == 7 and f == 3:
                child = path
    assert child is not None
    return child


def timed(args: list[str], cwd: Path, env: dict[str, str]) -> float:
    """CPU seconds (user + system) the okrlint process took: steadier than wall time on a shared machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "okrlint", "check", *args, "--format", "json"], cwd=cwd, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median(args: list[str], cwd: Path, env: dict[str, str], runs: int) -> float:
    return statistics.median(timed(args, cwd, env) for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="generate the repository here and keep it")
    options = parser.parse_args()
    work = options.keep or Path(tempfile.mkdtemp(prefix="okrlint-graph-bench-"))
    if options.keep and work.exists():
        shutil.rmtree(work)
    cache = Path(tempfile.mkdtemp(prefix="okrlint-graph-cache-"))
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
           "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "OKRLINT_CACHE_DIR": str(cache)}
    try:
        child = generate(work).relative_to(work)
        files = len(list(work.rglob("*.okr.yaml")))
        timed(["okrs"], work, env)  # warm the OS file cache and Python's bytecode; fills the index cache too
        without = median(["okrs", "--ignore", GRAPH_RULES], work, env, options.runs)
        with_graph = median(["okrs"], work, env, options.runs)
        alone = median([str(child), "--ignore", GRAPH_RULES], work, env, options.runs * 2)
        indexed = median([str(child)], work, env, options.runs * 2)
        shutil.rmtree(cache)
        cold = timed([str(child), "--no-cache"], work, env)
        full_ratio, file_ratio = with_graph / without, indexed / alone
        print(f"repository: {files} OKR files in {TEAMS} teams (generated in {work})")
        print(f"CPU seconds, median of {options.runs} runs (one-file cases: {options.runs * 2})")
        print(f"full run without graph rules   {without:7.2f} s")
        print(f"full run with graph rules      {with_graph:7.2f} s   ratio {full_ratio:.2f}  (target <= 1.30)")
        print(f"one file alone, no graph rules {alone:7.2f} s")
        print(f"one file, parent from index    {indexed:7.2f} s   ratio {file_ratio:.2f}  (target <= 1.50)")
        print(f"one file, no cache (reads all) {cold:7.2f} s   (once, for information)")
        return 0 if full_ratio <= 1.3 and file_ratio <= 1.5 else 1
    finally:
        shutil.rmtree(cache, ignore_errors=True)
        if not options.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
