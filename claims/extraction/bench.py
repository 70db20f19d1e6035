"""Throughput benchmark: ``python -m claims.extraction.bench [--sizes 0.1 1 10] [--runs 3]``.

Builds Dutch news text of the requested sizes (in MB of UTF-8) from the seed article and the Dutch
gold articles, varied so it is not one text repeated: each article is a rotation and a seeded
shuffle of the paragraph pool. Extracts it as one document (so the speaker tracker sees thousands
of speakers), and prints per size: the median extraction time (wall and CPU), MB/s, the CPU time of one
``re.findall(r"\\w+", text)`` pass over the same text in the same run, the ratio of the two, and
the peak memory of one extraction under tracemalloc (a separate run: tracing slows Python down).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
import tracemalloc
from functools import partial
from pathlib import Path

from . import extract, split_header

ROOT = Path(__file__).resolve().parents[2]
_WORD = re.compile(r"\w+")


def paragraph_pool() -> list[str]:
    """Paragraphs of the Dutch seed and gold articles (headings dropped)."""
    texts = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        texts.append(split_header(path.read_text(encoding="utf-8"))[1])
    for path in sorted((ROOT / "tests" / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("lang") == "nl":
            texts.append(gold["text"])
    pool = []
    for text in texts:
        paras = [p.strip() for p in text.split("\n") if p.strip()]
        pool.extend(p for p in paras if len(p.split()) > 15)
    if not pool:
        raise SystemExit("no Dutch seed or gold text found")
    return pool


def build_text(megabytes: float, pool: list[str]) -> str:
    """About ``megabytes`` MB of articles, each a rotated, shuffled selection of paragraphs."""
    target = int(megabytes * 1_000_000)
    out: list[str] = []
    size = 0
    k = 0
    while size < target:
        rng = random.Random(k)
        rot = k % len(pool)
        paras = pool[rot:] + pool[:rot]
        rng.shuffle(paras)
        article = "\n\n".join(paras[: rng.randint(4, 9)])
        out.append(article)
        size += len(article.encode("utf-8")) + 2
        k += 1
    return "\n\n".join(out)


def _time(fn, runs: int) -> tuple[float, float]:
    """Median wall-clock and median CPU seconds of ``runs`` calls."""
    wall, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - t0)
    return statistics.median(wall), statistics.median(cpu)


def _peak(fn) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def run(sizes: list[float], runs: int, big_runs: int, memory: bool = True) -> list[dict]:
    pool = paragraph_pool()
    rows = []
    for mb in sizes:
        text = build_text(mb, pool)
        real_mb = len(text.encode("utf-8")) / 1_000_000
        n_runs = runs if mb < 5 else big_runs
        claims: list = []

        def once(text: str = text, claims: list = claims) -> None:
            claims.append(len(extract(text, "nl")))

        wall, cpu = _time(once, n_runs)
        _, regex_cpu = _time(partial(_WORD.findall, text), max(3, n_runs))
        peak = _peak(once) if memory else 0
        rows.append(
            {
                "mb": real_mb,
                "runs": n_runs,
                "claims": claims[0],
                "seconds": wall,
                "cpu_seconds": cpu,
                "mb_per_s": real_mb / cpu,
                "regex_seconds": regex_cpu,
                "ratio": cpu / regex_cpu,
                "peak_mb": peak / 1_000_000,
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claims.extraction.bench", description=__doc__)
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1.0, 10.0], help="sizes in MB")
    parser.add_argument("--runs", type=int, default=3, help="runs per size (median), below 5 MB")
    parser.add_argument("--big-runs", type=int, default=1, help="runs per size from 5 MB up")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc run")
    args = parser.parse_args(argv)
    rows = run(args.sizes, args.runs, args.big_runs, memory=not args.no_memory)
    head = (
        "size MB",
        "runs",
        "claims",
        "wall s",
        "CPU s",
        "MB/s",
        "\\w+ CPU s",
        "ratio",
        "peak MB",
        "peak/MB",
    )
    widths = (8, 4, 7, 8, 8, 6, 10, 6, 8, 8)
    print(" ".join(h.rjust(w) for h, w in zip(head, widths, strict=True)))
    for r in rows:
        cells = (
            f"{r['mb']:.2f}",
            str(r["runs"]),
            str(r["claims"]),
            f"{r['seconds']:.3f}",
            f"{r['cpu_seconds']:.3f}",
            f"{r['mb_per_s']:.2f}",
            f"{r['regex_seconds']:.4f}",
            f"{r['ratio']:.1f}",
            f"{r['peak_mb']:.1f}",
            f"{r['peak_mb'] / r['mb']:.1f}",
        )
        print(" ".join(c.rjust(w) for c, w in zip(cells, widths, strict=True)))
    print(
        "Medians of the runs. MB/s and the ratio use CPU time (process_time), which a busy machine"
        " disturbs less than wall time; the \\w+ pass is re.findall(r'\\w+', text) in the same run."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
