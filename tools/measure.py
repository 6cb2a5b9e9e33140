"""Measure seedlint on the labelled development corpus: recall and false alarms per family.

    python -m tools.measure dev [--shared PATH] [--json]

Reads ``PATH/corpus/dev`` (default: ``../shared`` beside the repository) with its own labels and scores this
checkout's seedlint with the shared scorer ``PATH/tools/score.py``, so the figures match the ones the project's
unseen sets get: a label counts as found when a finding of its family starts within one line of it. Printed
per family: recall on the labelled lines, false alarms on negatives (documents labelled clean, correct
conversions; advisory findings excluded) and findings on lines no label covers. One more line measures the
currency parser alone: labelled conversions it finds with both amounts within 1%.

These are measurements, not tests: the test suite keeps the exact expectations on the dev corpus (no finding
in a clean document, the golden findings); this report says how close the checks are to the labels.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"


class MeasureError(Exception):
    """Missing or unreadable input: one line, exit 2."""


def read_labels(path: Path) -> list[dict[str, Any]]:
    labels: list[dict[str, Any]] = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            labels.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise MeasureError(f"{path}:{number}: not a JSON object: {exc.msg}") from None
    return labels


def score(shared: Path) -> dict[str, Any]:
    """The shared scorer's JSON report for this checkout's seedlint on the dev corpus."""
    corpus = shared / "corpus" / "dev"
    scorer = shared / "tools" / "score.py"
    for path in (corpus / "docs", corpus / "labels.jsonl", scorer):
        if not path.exists():
            raise MeasureError(f"{path}: not found (the shared folder sits beside the repository)")
    # This checkout's package, whatever is installed; run outside the repository so no project config applies.
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    seedlint = shlex.join([sys.executable, "-m", "seedlint"])
    cmd = [sys.executable, str(scorer), str(corpus / "docs"), str(corpus / "labels.jsonl"), "--seedlint", seedlint]
    with tempfile.TemporaryDirectory() as cwd:
        result = subprocess.run([*cmd, "--json"], cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or [f"exit code {result.returncode}"])[-1]
        raise MeasureError(f"{scorer}: {last}")
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def conversion_detection(corpus: Path, labels: list[dict[str, Any]]) -> tuple[int, int]:
    """Labelled currency conversions the parser finds on their line with both amounts within 1%: (found, all)."""
    from seedlint.checks.currency import find_conversions
    from seedlint.document import Document

    def close(value: float | None, expected: float) -> bool:
        return value is not None and abs(value - expected) <= 0.01 * expected

    found = 0
    instances = [lab for lab in labels if lab["category"] == "currency"]
    for lab in instances:
        text = (corpus / "docs" / lab["doc"]).read_text("utf-8")
        doc = Document(text)
        found += any(
            doc.position(c.second.start)[0] == lab["line"]
            and any(close(v, lab["foreign_amount"]) for v in c.first.bounds)
            and any(close(v, lab["converted_amount"]) for v in c.second.bounds)
            for c in find_conversions(text)
        )
    return found, len(instances)


def measure_dev(shared: Path) -> dict[str, Any]:
    from seedlint.registry import load_registry

    report = score(shared)
    corpus = shared / "corpus" / "dev"
    families = load_registry().families
    unlabelled = Counter(families.get(f["code"], "?") for f in report["unlabelled"])
    rows = {family: {**row, "findings_on_no_label": unlabelled[family]} for family, row in report["families"].items()}
    found, total = conversion_detection(corpus, read_labels(corpus / "labels.jsonl"))
    return {
        "corpus": str(corpus),
        "recall": report["recall"],
        "families": rows,
        "missed": [
            {key: lab[key] for key in ("doc", "line", "category", "evidence") if key in lab} for lab in report["missed"]
        ],
        "unlabelled": report["unlabelled"],
        "currency_conversions_detected": {"found": found, "labelled": total},
    }


def render(result: dict[str, Any]) -> str:
    lines = [f"dev corpus: {result['corpus']}", ""]
    lines.append(f"{'family':<14} {'recall':>7} {'found':>9}  {'false alarms':>12}  {'on no label':>11}")
    for family, row in result["families"].items():
        recall = "-" if row["recall"] is None else f"{row['recall']:.3f}"
        found = f"{row['found']}/{row['labelled']}"
        alarms, unlabelled = row["fp_on_negatives"], row["findings_on_no_label"]
        lines.append(f"{family:<14} {recall:>7} {found:>9}  {alarms:>12}  {unlabelled:>11}")
    conversions = result["currency_conversions_detected"]
    share = conversions["found"] / conversions["labelled"] if conversions["labelled"] else 1.0
    lines.append("")
    lines.append(f"overall recall {result['recall']}")
    lines.append(f"currency conversions detected: {share:.3f} ({conversions['found']}/{conversions['labelled']})")
    for lab in result["missed"]:
        lines.append(f"  missed {lab['doc']}:{lab['line']} {lab['category']} {lab.get('evidence', '')[:50]!r}")
    for f in result["unlabelled"]:
        lines.append(f"  on no label {f['doc']}:{f['line']} {f['code']} {(f['message'] or '')[:60]!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.measure", description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", choices=["dev"], help="the labelled set to measure on")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="one JSON object instead of the table")
    args = parser.parse_args(argv)
    try:
        result = measure_dev(args.shared)
    except MeasureError as exc:
        print(f"measure: error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else render(result))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    raise SystemExit(main())
