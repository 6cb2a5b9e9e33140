"""Throughput of seedlint on a generated corpus, as ratios against baselines measured in the same run.

    python benchmarks/throughput.py [--docs 2000] [--seed 0] [--jobs 2]

Prints documents per second and MB per second for:
  read+decode   reading and decoding every file (the floor any linter pays),
  lint serial   the whole check pipeline in one process,
  lint parallel the same with a process pool,
and the ratios lint/read (cost of the checks) and serial/parallel (how well it scales).
Also prints the per-family share of check time on a sample, to show where time goes.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def timed(label: str, fn, docs: int, megabytes: float) -> float:
    start = time.perf_counter()
    fn()
    elapsed = time.perf_counter() - start
    print(f"{label:<16} {elapsed:8.2f} s  {docs / elapsed:9.0f} docs/s  {megabytes / elapsed:7.2f} MB/s")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()

    from seedlint.config import Settings
    from seedlint.document import Document
    from seedlint.engine import _built_checks, lint_document, run

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        subprocess.run(
            [
                sys.executable,
                str(HERE / "generate_corpus.py"),
                str(corpus),
                "--docs",
                str(args.docs),
                "--seed",
                str(args.seed),
            ],
            check=True,
        )
        files = sorted(corpus.glob("*.txt"))
        megabytes = sum(f.stat().st_size for f in files) / 1e6
        settings = Settings()
        run([str(files[0])], settings, jobs=1)  # build checks and load data before timing

        base = timed(
            "read+decode",
            lambda: [Document.from_bytes(f.read_bytes(), str(f)).lines for f in files],
            len(files),
            megabytes,
        )
        serial = timed("lint serial", lambda: run([str(corpus)], settings, jobs=1), len(files), megabytes)
        parallel = timed(
            f"lint {args.jobs} procs", lambda: run([str(corpus)], settings, jobs=args.jobs), len(files), megabytes
        )
        print(f"ratio lint/read      {serial / base:6.1f}x")
        print(f"speed-up {args.jobs} procs     {serial / parallel:6.2f}x")

        sample = [Document.from_bytes(f.read_bytes(), str(f)) for f in files[:300]]
        print("share of check time by family (300 documents):")
        checks = _built_checks(settings.check_options)
        enabled = settings.enabled_codes()
        costs = {}
        for check in checks:
            codes = enabled.intersection(r.code for r in check.rules)
            start = time.perf_counter()
            for doc in sample:
                fresh = Document(doc.text, doc.path)
                list(check.check(fresh, frozenset(codes)))
            costs[check.name] = time.perf_counter() - start
        total = sum(costs.values()) or 1
        for name, cost in sorted(costs.items(), key=lambda kv: -kv[1]):
            print(f"  {name:<14} {cost / len(sample) * 1e6:9.0f} us/doc  {cost / total:6.1%}")
        findings = sum(len(lint_document(d, settings)) for d in sample)
        print(f"findings on the sample: {findings}")


if __name__ == "__main__":
    main()
