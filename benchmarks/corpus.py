"""Corpus benchmark: one generated corpus as files, as JSON Lines and as Parquet, linted by the CLI.

    python benchmarks/corpus.py generate OUT.jsonl [--mb 1024] [--seed 0]
    python benchmarks/corpus.py measure [--mb 8] [--seed 0] [--timeout 900] [--json]
    python benchmarks/corpus.py peak CORPUS.jsonl [--jobs 2] [--timeout 7200] [--options "--extend-select SL104"]

``generate`` writes a corpus of ``--mb`` megabytes of JSON Lines (records ``{"id", "text", "url"}``,
texts from ``generate_corpus.document``): the same seed and size always give the same bytes, and
the default is the 1 GB corpus the corpus work is measured on. It streams, so it needs no memory.

``measure`` generates ``--mb`` megabytes in a temporary folder, writes the same documents as a folder
of .txt files, a .jsonl file and a .parquet file (Parquet only with pyarrow installed), and times
``seedlint check --no-cache -q`` on each in a fresh process: MB/s and documents/s by wall time, the
peak RSS of the run, 1 against 2 workers, the JSON Lines file on a local Ray instance
(``--engine ray``, 1 against 2 workers, when Ray is installed), and the warm-cache run of the folder.
Every figure is printed beside the floor measured in the same run: reading and decoding every
document, in this process. Progress goes to stderr, the table (or one JSON object) to stdout.

``peak`` runs ``seedlint check --no-cache -q -j N`` once on an existing corpus (the 1 GB one that
``generate`` writes) and prints its wall time, MB/s of the file and peak RSS against the target:
the figure that says memory stays bounded however large the corpus is.
"""

from __future__ import annotations

import argparse
import json
import random
import shlex
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import generate_corpus  # noqa: E402
from run import log, run_with_rusage, seedlint_command  # noqa: E402

TARGET_CORPUS_RSS_MB = 300.0  # for a 1 GB JSON Lines corpus


def records(megabytes: float, seed: int) -> Iterator[dict[str, str]]:
    """Records of the generated corpus until ``megabytes`` of JSON Lines, in a fixed order."""
    rng = random.Random(seed)
    size = 0
    number = 0
    while size < megabytes * 1_000_000:
        record = {
            "id": f"doc{number:08d}",
            "text": generate_corpus.document(rng),
            "url": f"https://example.cn/{number}",
        }
        size += len(json.dumps(record, ensure_ascii=False).encode("utf-8")) + 1
        number += 1
        yield record


def generate(path: Path, megabytes: float, seed: int) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for record in records(megabytes, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def _floor(texts: list[bytes]) -> float:
    """Seconds to decode every document, as the engine does (best of 3)."""
    from seedlint.document import Document

    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for raw in texts:
            Document.from_bytes(raw, "x.txt")
        best = min(best, time.process_time() - start)
    return best


def measure(megabytes: float, seed: int, timeout: float) -> dict[str, Any]:
    tmp = Path(tempfile.mkdtemp(prefix="seedlint-corpus-bench-"))
    try:
        rows = list(records(megabytes, seed))
        texts = [r["text"].encode("utf-8") for r in rows]
        mb = sum(len(t) for t in texts) / 1e6
        folder = tmp / "files"
        folder.mkdir()
        for row, raw in zip(rows, texts, strict=True):
            (folder / f"{row['id']}.txt").write_bytes(raw)
        jsonl = tmp / "corpus.jsonl"
        generate(jsonl, megabytes, seed)
        inputs: dict[str, list[str]] = {"files": [str(folder)], "jsonl": ["--text-field", "text", str(jsonl)]}
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq

            parquet = tmp / "corpus.parquet"
            pq.write_table(pa.Table.from_pylist(rows), parquet, row_group_size=1024)
            inputs["parquet"] = ["--text-field", "text", str(parquet)]
        except ImportError:
            log("pyarrow is not installed: no Parquet row")
        floor = _floor(texts)
        report: dict[str, Any] = {"megabytes": mb, "documents": len(rows), "decode_mb_per_s": mb / floor, "rows": {}}
        for name, args in inputs.items():
            for jobs in (1, 2):
                log(f"{name}, -j {jobs} ...")
                result = run_with_rusage(
                    [*seedlint_command(), "check", "--no-cache", "-q", "-j", str(jobs), *args], timeout, tmp
                )
                row = {"wall_s": None, "rss_mb": None} if result is None else {"wall_s": result[0], "rss_mb": result[1]}
                report["rows"][f"{name} -j {jobs}"] = row
        try:
            import ray  # noqa: F401

            ray_args = ["--engine", "ray", "--output-format", "json-lines", "-o", str(tmp / "ray.jsonl")]
            for jobs in (1, 2):
                log(f"jsonl on Ray, {jobs} worker(s) ...")
                result = run_with_rusage(
                    [*seedlint_command(), "check", "--no-cache", "-q", "-j", str(jobs), *ray_args, *inputs["jsonl"]],
                    timeout,
                    tmp,
                )
                row = {"wall_s": None, "rss_mb": None} if result is None else {"wall_s": result[0], "rss_mb": result[1]}
                report["rows"][f"jsonl ray -j {jobs}"] = row
        except ImportError:
            log("Ray is not installed: no Ray rows")
        log("files, warm cache ...")
        cached = [*seedlint_command(), "check", "-q", "--cache-dir", str(tmp / "cache"), str(folder)]
        run_with_rusage(cached, timeout, tmp)
        warm = run_with_rusage(cached, timeout, tmp)
        report["rows"]["files, warm cache"] = {"wall_s": warm[0] if warm else None, "rss_mb": warm[1] if warm else None}
        return report
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def table(report: dict[str, Any]) -> str:
    mb, docs = report["megabytes"], report["documents"]
    lines = [
        f"corpus: {mb:.1f} MB of text, {docs} documents; floor (decode only, this process): "
        f"{report['decode_mb_per_s']:.1f} MB/s",
        f"{'input':<22}{'MB/s':>8}{'docs/s':>10}{'peak RSS':>12}{'vs floor':>11}",
    ]
    for name, row in report["rows"].items():
        if row["wall_s"] is None:
            lines.append(f"{name:<22}{'did not finish':>41}")
            continue
        rate = mb / row["wall_s"]
        lines.append(
            f"{name:<22}{rate:>8.2f}{docs / row['wall_s']:>10.0f}{row['rss_mb']:>9.0f} MB"
            f"{report['decode_mb_per_s'] / rate:>10.0f}x"
        )
    for label, key in (("JSON Lines", "jsonl"), ("JSON Lines on Ray (start-up included)", "jsonl ray")):
        one, two = report["rows"].get(f"{key} -j 1"), report["rows"].get(f"{key} -j 2")
        if one and two and one["wall_s"] and two["wall_s"]:
            lines.append(f"{label}, -j 1 / -j 2 wall: {one['wall_s'] / two['wall_s']:.2f}x")
    lines.append(f"peak RSS target for a 1 GB JSON Lines corpus: < {TARGET_CORPUS_RSS_MB:.0f} MB")
    return "\n".join(lines)


def peak(corpus: Path, jobs: int, timeout: float, extra: list[str]) -> str:
    size = corpus.stat().st_size / 1e6
    argv = [*seedlint_command(), "check", "--no-cache", "-q", "-j", str(jobs), *extra, str(corpus)]
    log(f"{' '.join(argv[1:])} ({size:.0f} MB, timeout {timeout:.0f} s) ...")
    result = run_with_rusage(argv, timeout, corpus.parent)
    if result is None:
        return f"{corpus.name}: did not finish in {timeout:.0f} s"
    seconds, rss = result
    verdict = "met" if rss < TARGET_CORPUS_RSS_MB else "MISS"
    return (
        f"{corpus.name}: {size:.0f} MB, -j {jobs}, {seconds:.0f} s wall, {size / seconds:.2f} MB/s; "
        f"peak RSS {rss:.0f} MB (target < {TARGET_CORPUS_RSS_MB:.0f} MB for 1 GB: {verdict})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="write the generated corpus as JSON Lines")
    gen.add_argument("out", type=Path)
    gen.add_argument("--mb", type=float, default=1024.0)
    gen.add_argument("--seed", type=int, default=0)
    bench = sub.add_parser("measure", help="time seedlint on the corpus as files, JSON Lines and Parquet")
    bench.add_argument("--mb", type=float, default=8.0)
    bench.add_argument("--seed", type=int, default=0)
    bench.add_argument("--timeout", type=float, default=900.0)
    bench.add_argument("--json", action="store_true")
    top = sub.add_parser("peak", help="peak RSS and wall time of one run over an existing corpus")
    top.add_argument("corpus", type=Path)
    top.add_argument("--jobs", type=int, default=2)
    top.add_argument("--timeout", type=float, default=7200.0)
    top.add_argument("--options", default="", help='further seedlint check options, e.g. "--extend-select SL104"')
    args = parser.parse_args()
    if args.command == "peak":
        print(peak(args.corpus, args.jobs, args.timeout, shlex.split(args.options)))
        return
    if args.command == "generate":
        count = generate(args.out, args.mb, args.seed)
        log(f"wrote {count} records to {args.out}")
        return
    report = measure(args.mb, args.seed, args.timeout)
    print(json.dumps(report, indent=2) if args.json else table(report))


if __name__ == "__main__":
    main()
