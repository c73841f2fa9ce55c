#!/usr/bin/env python3
"""Cold-start benchmark of `okrlint check` (the pre-commit path) and warm analysis speed.

Speed is checked here, never in a timed test: CI machines are noisy, a benchmark is run on
purpose. Prints the median of N runs per case and exits 1 if a target is missed.

    python bench/benchmark.py            # 5 runs per case
    python bench/benchmark.py --runs 9
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

# Wall-clock targets (seconds) for a cold `okrlint check` on this project's 2-core machines.
COLD_CASES = {
    "one en file": ([str(EXAMPLES / "en" / "good.okr.yaml")], 0.8),
    "one ru file": ([str(EXAMPLES / "ru" / "good.okr.yaml")], 1.2),
    "one zh file": ([str(EXAMPLES / "zh" / "good.okr.yaml")], 1.6),
    "examples/ (all three languages)": ([str(EXAMPLES)], 2.5),
}
WARM_TEXT_TARGET = 0.002  # seconds per new KR text once the analyzers are loaded


def cold_run(args: list[str]) -> float:
    # Installed packages have compiled bytecode; let this checkout write its own cache too.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(ROOT), NO_COLOR="1")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "okrlint", "check", *args, "--format", "json"], cwd=ROOT, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def warm_per_text() -> float:
    """Seconds per unseen KR text through analysis and all rules' reading, analyzers loaded."""
    sys.path.insert(0, str(ROOT))
    from okrlint.checks.reading import read

    texts = [f"Снизить срок согласования договоров с {i} до {i // 2} дней" for i in range(10, 110)]
    texts += [f"Reduce churn from {i}% to {i // 2}% by end of Q2" for i in range(10, 110)]
    texts += [f"客户留存率从{i}%提升到{i + 5}%" for i in range(10, 110)]
    for warm in ("Запуск продукта", "Launch it", "上线新系统"):
        read(warm)
    started = time.perf_counter()
    for text in texts:
        read(text)
    return (time.perf_counter() - started) / len(texts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    missed = []
    print(f"{'case':36} {'median':>8} {'min':>8} {'target':>8}")
    for name, (paths, target) in COLD_CASES.items():
        cold_run(paths)  # first run warms the OS file cache and jieba's dictionary cache
        times = [cold_run(paths) for _ in range(args.runs)]
        median = statistics.median(times)
        print(f"{name:36} {median:8.3f} {min(times):8.3f} {target:8.3f}")
        if median > target:
            missed.append(name)
    per_text = warm_per_text()
    print(f"{'warm analysis per new text':36} {per_text * 1000:7.3f}ms {'':8} {WARM_TEXT_TARGET * 1000:7.3f}ms")
    if per_text > WARM_TEXT_TARGET:
        missed.append("warm analysis per new text")
    print("all targets met" if not missed else f"targets missed: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
