"""One-run performance report for seedlint: throughput, floors, family shares, memory, scaling, cold start.

    python benchmarks/run.py [--mb 2] [--corpus dev|generated] [--timeout 300] [--quick] [--json]

Every figure is measured in the same run on the same bytes, so the ratios (rule set / floor,
1 worker / 2 workers, cold start / import click) are comparable across machines even when the
absolute MB/s are not. Targets come from the project's performance issue and are printed beside
each figure. Progress goes to stderr, the report to stdout (a table, or one JSON object with --json).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEV_DOCS = REPO.parent / "shared" / "corpus" / "dev" / "docs"
DATA = REPO / "seedlint" / "data"

# Reuse the synthetic generator rather than copying it: one definition of "a seed-like document".
sys.path.insert(0, str(HERE))
import generate_corpus  # noqa: E402

PHRASES = 2000
BIG_FILE_MB = 10
TARGET_MBPS = 10.0
TARGET_SCALING = 1.8
TARGET_RSS_MB = 200.0
TARGET_COLD = 3.0
WARM_UP_DOCS = 64  # the dev corpus holds 58 distinct documents
TARGET_WARM = 10.0  # a warm run on unchanged files against linting them
COLD_RUNS = 5


def log(message: str) -> None:
    # stderr, so --json output on stdout stays parseable.
    print(message, file=sys.stderr, flush=True)


# Corpus ----------------------------------------------------------------------------------------


def dev_corpus(target: int) -> list[tuple[str, bytes]]:
    """The real dev documents, read at run time and replicated in memory (never copied into the repo)."""
    originals = [(p.name, p.read_bytes()) for p in sorted(DEV_DOCS.glob("*.txt"))]
    if not originals:
        raise SystemExit(f"no documents in {DEV_DOCS}")
    docs: list[tuple[str, bytes]] = []
    size = 0
    copy = 0
    while size < target:
        for name, raw in originals:
            # A distinct name per replica keeps findings and fingerprints per "file" as in a real run.
            docs.append((f"r{copy:03d}/{name}", raw))
            size += len(raw)
            if size >= target:
                break
        copy += 1
    return docs


def generated_corpus(target: int, seed: int = 0) -> list[tuple[str, bytes]]:
    """Synthetic documents from generate_corpus.document, same seed -> same bytes."""
    rng = random.Random(seed)
    docs: list[tuple[str, bytes]] = []
    size = 0
    while size < target:
        raw = generate_corpus.document(rng).encode("utf-8")
        docs.append((f"{len(docs):07d}.txt", raw))
        size += len(raw)
    return docs


# Phrase floor ----------------------------------------------------------------------------------


def _toml_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _toml_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _toml_strings(item)


def data_phrases(limit: int = PHRASES) -> list[str]:
    """Up to ``limit`` phrases from seedlint's own word lists, padded with CJK bigrams: a regex of the
    size the real lexicons need, so the floor is what one naive alternation pass would cost."""
    found: dict[str, None] = {}  # insertion-ordered set: deterministic choice of phrases
    for path in sorted(DATA.rglob("*")):
        if path.suffix == ".txt":
            for line in path.read_text(encoding="utf-8").splitlines():
                phrase = line.split(" #", 1)[0].strip()
                if phrase and not phrase.startswith("#"):
                    found[phrase] = None
        elif path.suffix == ".toml":
            for phrase in _toml_strings(tomllib.loads(path.read_text(encoding="utf-8"))):
                phrase = phrase.strip()
                if phrase:
                    found[phrase] = None
    phrases = list(found)[:limit]
    rng = random.Random(0)
    seen = set(phrases)
    while len(phrases) < limit:
        bigram = chr(rng.randint(0x4E00, 0x9FA5)) + chr(rng.randint(0x4E00, 0x9FA5))
        if bigram not in seen:
            seen.add(bigram)
            phrases.append(bigram)
    return phrases


# In-process measurements -----------------------------------------------------------------------


def cpu_seconds(fn: Callable[[], object]) -> float:
    # CPU time of this process: "per core" throughput, not disturbed by other load on the machine.
    start = time.process_time()
    fn()
    return time.process_time() - start


def in_process(docs: list[tuple[str, bytes]]) -> dict[str, Any]:
    from seedlint.config import Settings
    from seedlint.document import Document
    from seedlint.engine import _built_checks, lint_document

    settings = Settings()
    checks = _built_checks(settings.check_options)  # compile patterns and load data before timing
    # Some data loads lazily on first use or after a number of uses (patterns behind a gate, jieba's
    # lexicon, built once a run has asked about enough words: ~0.5 s in all): a one-off cost that the
    # cold-start figure already covers, so the first documents are linted before the clock starts.
    for name, raw in docs[:WARM_UP_DOCS]:
        lint_document(Document.from_bytes(raw, name), settings)
    megabytes = sum(len(raw) for _, raw in docs) / 1e6

    log("read+decode floor ...")
    # A few milliseconds per MB: best of 5, or scheduler noise alone moves it by 2x.
    decode = min(cpu_seconds(lambda: [Document.from_bytes(raw, name) for name, raw in docs]) for _ in range(5))

    log("phrase alternation floor ...")
    phrases = data_phrases()
    # Longest first, so the alternation prefers the longest phrase as a lexicon matcher would.
    pattern = re.compile("|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)))
    texts = [Document.from_bytes(raw, name).text for name, raw in docs]  # decoding is not part of this floor
    regex = cpu_seconds(lambda: [sum(1 for _ in pattern.finditer(text)) for text in texts])

    log(f"full rule set on {megabytes:.2f} MB ...")
    findings = 0

    def lint_all() -> None:
        nonlocal findings
        for name, raw in docs:
            findings += len(lint_document(Document.from_bytes(raw, name), settings))

    full = cpu_seconds(lint_all)

    log("per-family shares ...")
    # The same loop as lint_document, with a clock around each check; checks share one Document per
    # file as they do in a real run, so a lazily built view is charged to the first family using it.
    costs: dict[str, float] = {check.name: 0.0 for check in checks}
    for name, raw in docs:
        doc = Document.from_bytes(raw, name)
        enabled = settings.enabled_codes(doc.path)
        for check in checks:
            codes = enabled.intersection(r.code for r in check.rules)
            if not codes:
                continue
            start = time.process_time()
            list(check.check(doc, frozenset(codes)))
            costs[check.name] += time.process_time() - start
    total = sum(costs.values()) or 1.0
    shares = {name: cost / total for name, cost in sorted(costs.items(), key=lambda kv: -kv[1])}

    return {
        "megabytes": megabytes,
        "documents": len(docs),
        "findings": findings,
        "full_cpu_s": full,
        "full_mb_per_s": megabytes / full,
        "decode_mb_per_s": megabytes / decode,
        "regex_mb_per_s": megabytes / regex,
        "regex_phrases": len(phrases),
        "full_vs_decode": full / decode,
        "full_vs_regex": full / regex,
        "family_share": shares,
        # Linux reports ru_maxrss in KiB; the corpus itself is held in memory and counts here.
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


# Subprocess measurements -----------------------------------------------------------------------


def seedlint_command() -> list[str]:
    # The installed entry point when it sits beside this interpreter (the venv), else the module.
    script = Path(sys.executable).with_name("seedlint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "seedlint"]


def run_with_rusage(argv: list[str], timeout: float, cwd: Path | None = None) -> tuple[float, float] | None:
    """(wall seconds, peak RSS MB) of one child and the workers it starts, or None if it ran past
    ``timeout`` (then they are killed).

    The child gets a session of its own; every 50 ms each process of that session is asked for its
    own peak resident size (``VmHWM``), and the figure is the sum of those peaks: exact for one
    process, an upper bound for a pool whose workers peak at different times. ``ru_maxrss`` from
    ``wait4`` would not do: Linux carries into it the size of the forked copy of this process
    before ``exec``, so it reports at least this benchmark's own size."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    peaks: dict[int, int] = {}
    while proc.poll() is None:
        peaks.update(_session_peaks(proc.pid))
        if time.perf_counter() - start > timeout:
            # Its own session: kill the child and any workers it started, nothing else.
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return None
        time.sleep(0.05)
    return time.perf_counter() - start, sum(peaks.values()) / 1024


def _session_peaks(session: int) -> dict[int, int]:
    """Peak resident size in KiB (``VmHWM``) of each live process of one session, by pid."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # The session id is the sixth field; the command name before it may hold spaces.
            if int(stat.read_text().rsplit(")", 1)[1].split()[3]) != session:
                continue
            for line in (stat.parent / "status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    found[int(stat.parent.name)] = int(line.split()[1])
        except (OSError, IndexError, ValueError):
            continue  # the process ended while it was being read
    return found


def wall(argv: list[str], cwd: Path | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def big_file(docs: list[tuple[str, bytes]], tmp: Path, timeout: float) -> dict[str, Any]:
    path = tmp / "big.txt"
    with path.open("wb") as out:
        size = 0
        i = 0
        while size < BIG_FILE_MB * 1_000_000:
            raw = docs[i % len(docs)][1] + b"\n\n"
            out.write(raw)
            size += len(raw)
            i += 1
    log(f"one {size / 1e6:.1f} MB file in a fresh process (timeout {timeout:.0f} s) ...")
    result = run_with_rusage([*seedlint_command(), "check", "--no-cache", "-j", "1", "-q", str(path)], timeout, tmp)
    path.unlink()
    if result is None:
        return {
            "big_file_mb": size / 1e6,
            "big_file_rss_mb": None,
            "big_file_note": f"did not finish in {timeout:.0f} s",
        }
    seconds, rss = result
    return {"big_file_mb": size / 1e6, "big_file_rss_mb": rss, "big_file_s": seconds}


def scaling(docs: list[tuple[str, bytes]], tmp: Path, files: int) -> dict[str, Any]:
    folder = tmp / "files"
    folder.mkdir()
    for i in range(files):
        (folder / f"{i:05d}.txt").write_bytes(docs[i % len(docs)][1])
    log(f"-j 1 vs -j 2 on {files} files ...")
    command = [*seedlint_command(), "check", "--no-cache", "-q"]
    # Best of 3: wall time is what scaling is about, and other load on the machine only ever adds to it.
    one = min(wall([*command, "-j", "1", str(folder)], tmp) for _ in range(3))
    two = min(wall([*command, "-j", "2", str(folder)], tmp) for _ in range(3))
    log(f"the same {files} files with a warm cache ...")
    cached = [*seedlint_command(), "check", "-q", "--cache-dir", str(tmp / "cache"), str(folder)]
    wall(cached, tmp)  # fills the cache
    warm = min(wall(cached, tmp) for _ in range(3))
    shutil.rmtree(folder)
    shutil.rmtree(tmp / "cache")
    return {"scaling_files": files, "j1_s": one, "j2_s": two, "scaling": one / two, "warm_s": warm}


def cold_start(tmp: Path) -> dict[str, Any]:
    log(f"cold start, {COLD_RUNS} runs each ...")
    check = [*seedlint_command(), "check", "seeds/"]
    seedlint = statistics.median(wall([*check, "--no-cache"], REPO) for _ in range(COLD_RUNS))
    cached = [*check, "--cache-dir", str(tmp / "cold-cache")]
    wall(cached, REPO)  # fills the cache
    warm = statistics.median(wall(cached, REPO) for _ in range(COLD_RUNS))
    click = statistics.median(wall([sys.executable, "-c", "import click"], REPO) for _ in range(COLD_RUNS))
    return {
        "cold_seedlint_s": seedlint,
        "cold_click_s": click,
        "cold_ratio": seedlint / click,
        "warm_seedlint_s": warm,
        "warm_ratio": warm / click,
    }


# Report ----------------------------------------------------------------------------------------


def verdict(ok: bool | None) -> str:
    return "-" if ok is None else ("ok" if ok else "MISS")


def table(r: dict[str, Any]) -> str:
    rows: list[tuple[str, str, str, str]] = [
        (
            f"full rule set ({r['corpus']}, {r['megabytes']:.1f} MB)",
            f"{r['full_mb_per_s']:.3f} MB/s/core",
            f">= {TARGET_MBPS:g} MB/s",
            verdict(r["full_mb_per_s"] >= TARGET_MBPS),
        ),
        ("floor: read+decode", f"{r['decode_mb_per_s']:.2f} MB/s", f"full is {r['full_vs_decode']:.0f}x slower", "-"),
        (
            f"floor: re alternation ({r['regex_phrases']} phrases)",
            f"{r['regex_mb_per_s']:.2f} MB/s",
            f"full is {r['full_vs_regex']:.1f}x slower",
            "-",
        ),
        ("peak RSS, this process", f"{r['peak_rss_mb']:.0f} MB", "", "-"),
    ]
    if "big_file_rss_mb" in r:
        rss = r["big_file_rss_mb"]
        value = r["big_file_note"] if rss is None else f"{rss:.0f} MB in {r['big_file_s']:.0f} s"
        rows.append(
            (
                f"peak RSS, one {r['big_file_mb']:.0f} MB file",
                value,
                f"< {TARGET_RSS_MB:g} MB",
                verdict(None if rss is None else rss < TARGET_RSS_MB),
            )
        )
    else:
        rows.append((f"peak RSS, one {BIG_FILE_MB} MB file", "skipped (--quick)", f"< {TARGET_RSS_MB:g} MB", "-"))
    rows += [
        (
            f"-j 1 / -j 2 wall ({r['scaling_files']} files)",
            f"{r['scaling']:.2f}x ({r['j1_s']:.1f} s / {r['j2_s']:.1f} s)",
            f">= {TARGET_SCALING:g}x",
            verdict(r["scaling"] >= TARGET_SCALING),
        ),
        (
            f"-j 1 no cache / warm cache ({r['scaling_files']} files)",
            f"{r['j1_s'] / r['warm_s']:.1f}x ({r['j1_s']:.2f} s / {r['warm_s']:.2f} s)",
            f">= {TARGET_WARM:g}x",
            verdict(r["j1_s"] / r["warm_s"] >= TARGET_WARM),
        ),
        (
            "cold start, no cache / import click",
            f"{r['cold_ratio']:.1f}x ({r['cold_seedlint_s']:.2f} s / {r['cold_click_s']:.2f} s)",
            f"<= {TARGET_COLD:g}x",
            verdict(r["cold_ratio"] <= TARGET_COLD),
        ),
        (
            "fresh process, warm cache / import click",
            f"{r['warm_ratio']:.1f}x ({r['warm_seedlint_s']:.2f} s / {r['cold_click_s']:.2f} s)",
            f"<= {TARGET_COLD:g}x",
            verdict(r["warm_ratio"] <= TARGET_COLD),
        ),
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    lines = [f"{a:<{widths[0]}}  {b:<{widths[1]}}  {c:<{widths[2]}}  {d}" for a, b, c, d in rows]
    lines.append("share of check time by family:")
    lines += [f"  {name:<16} {share:6.1%}" for name, share in r["family_share"].items()]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=None, help="corpus size in MB (default 2, 1 with --quick)")
    parser.add_argument(
        "--corpus",
        choices=["dev", "generated"],
        default=None,
        help="default: dev when ../shared/corpus/dev/docs exists, else generated",
    )
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds allowed for the 10 MB file")
    parser.add_argument(
        "--files", type=int, default=None, help="files for the -j 1 / -j 2 run (default 400, 128 quick)"
    )
    parser.add_argument("--quick", action="store_true", help="~1 MB corpus, no 10 MB file: under a minute")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()

    corpus = args.corpus or ("dev" if DEV_DOCS.is_dir() else "generated")
    # The default is 2 MB, not 5: the rule set runs at ~0.1 MB/s today and the run should take minutes.
    megabytes = args.mb if args.mb is not None else (1.0 if args.quick else 2.0)
    # At least PARALLEL_THRESHOLD (64) files, or seedlint would not start a pool at all.
    files = args.files if args.files is not None else (128 if args.quick else 400)
    target = int(megabytes * 1_000_000)
    docs = dev_corpus(target) if corpus == "dev" else generated_corpus(target)

    result: dict[str, Any] = {"corpus": corpus, "quick": args.quick}
    result.update(in_process(docs))
    with tempfile.TemporaryDirectory(prefix="seedlint-bench-") as name:
        tmp = Path(name)
        if not args.quick:
            result.update(big_file(docs, tmp, args.timeout))
        result.update(scaling(docs, tmp, files))
        result.update(cold_start(tmp))
    result["targets"] = {
        "mb_per_s": TARGET_MBPS,
        "scaling": TARGET_SCALING,
        "big_file_rss_mb": TARGET_RSS_MB,
        "cold_ratio": TARGET_COLD,
        "warm_speedup": TARGET_WARM,
    }
    print(json.dumps(result, indent=2, ensure_ascii=False) if args.json else table(result))


if __name__ == "__main__":
    main()
