#!/usr/bin/env python3
"""Large but legal OKR files: each must be answered in under 10 s with a peak RSS under 300 MB.

A file under the default 5 MB limit can hold thousands of distinct texts; okrlint's per-file
analysis budget and bounded memo caches keep such a file cheap. This script writes the files the
reliability issue names into a temporary folder, runs the installed `okrlint check` on each as a
separate process and prints wall time and peak RSS (from the child's rusage).

    python bench/hostile_scale.py            # exits 1 when a file misses 10 s or 300 MB
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MAX_SECONDS = 10.0
MAX_RSS_MB = 300.0

RU_WORDS = ["клиентов", "заказов", "договоров", "обращений", "партнёров", "продаж", "регионов", "сотрудников"]
EN_WORDS = ["customers", "orders", "contracts", "tickets", "partners", "sales", "regions", "signups"]
ZH_WORDS = ["客户", "订单", "合同", "工单", "伙伴", "销售额", "区域", "注册用户"]


def kilobyte_numeric_krs(count: int = 4_800) -> str:
    """~4.9 MB: distinct KRs of about 1 kB, each full of numbers."""
    lines = ["objectives:", "  - title: Grow the business", "    key_results:"]
    for i in range(count):
        body = " ".join(f"raise {EN_WORDS[(i + j) % 8]} from {i + j} to {i + j + 7}%" for j in range(34))
        lines.append(f"      - 'KR {i}: {body[:1010]}'")
    return "\n".join(lines) + "\n"


def short_krs(lang: str, count: int = 70_000) -> str:
    """70,000 short distinct KRs in one language, 5 per objective."""
    lines = ["objectives:"]
    for i in range(count):
        if i % 5 == 0:
            lines += [f"  - title: {_objective(lang, i)}", "    key_results:"]
        lines.append(f"      - {_kr(lang, i)}")
    return "\n".join(lines) + "\n"


def _objective(lang: str, i: int) -> str:
    return {"ru": f"Клиенты {i} довольны", "en": f"Customers of region {i} love us", "zh": f"第{i}区客户满意"}[lang]


def _kr(lang: str, i: int) -> str:
    if lang == "ru":
        return f"Рост {RU_WORDS[i % 8]} с {i} до {i + 10}"
    if lang == "en":
        return f"Grow {EN_WORDS[i % 8]} from {i} to {i + 10}"
    return f"{ZH_WORDS[i % 8]}从{i}提升到{i + 10}"


def run(path: Path, okrlint: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB and exit code of one `okrlint check` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run([*okrlint, "check", str(path), "--format", "json", "--output", os.devnull],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode not in (0, 1):
        print(done.stderr.decode(errors="replace")[-2000:], file=sys.stderr)
    # ru_maxrss of children is the largest child so far; a process per case keeps it honest only
    # when cases grow, so each case also runs in its own interpreter (see main).
    return seconds, max(peak, before) / 1024, done.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", help="run one case only (used internally)")
    parser.add_argument("--okrlint", default=f"{sys.executable} -m okrlint", help="command that runs okrlint")
    args = parser.parse_args()
    cases = {
        "4.9 MB of 4,800 distinct 1 kB numeric KRs": kilobyte_numeric_krs,
        "70,000 short distinct en KRs": lambda: short_krs("en"),
        "70,000 short distinct ru KRs": lambda: short_krs("ru"),
        "70,000 short distinct zh KRs": lambda: short_krs("zh"),
    }
    if args.case:  # one case per interpreter, so ru_maxrss of its only child is that case's peak
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "big.okr.yaml"
            path.write_text(cases[args.case](), encoding="utf-8")
            seconds, rss, code = run(path, args.okrlint.split())
            print(f"{seconds:.3f} {rss:.1f} {code} {path.stat().st_size}")
        return 0
    failed = False
    print(f"{'case':48} {'size':>9} {'wall s':>7} {'peak MB':>8} exit")
    for name in cases:
        out = subprocess.run([sys.executable, __file__, "--case", name, "--okrlint", args.okrlint],
                             capture_output=True, text=True, check=True).stdout.split()
        seconds, rss, code, size = float(out[0]), float(out[1]), int(out[2]), int(out[3])
        ok = seconds < MAX_SECONDS and rss < MAX_RSS_MB and code in (0, 1)
        failed |= not ok
        print(f"{name:48} {size / 1e6:8.2f}M {seconds:7.2f} {rss:8.1f} {code:>4} {'ok' if ok else 'MISSED'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
