"""Fit the chrome model (``seedlint/data/spam/chrome_model.toml``) on labelled documents.

Usage: python tools/fit_chrome.py [SET ...] [--out PATH] [--precision 0.97] [--folds 5]

Each SET is a folder in the development corpus's layout (``docs/NNN.txt`` and ``labels.jsonl``;
see ``../shared/corpus/dev/README.md``); the default is ``../shared/corpus/dev``. Every non-blank
line of a document is one example: a line labelled ``spam-header`` is positive, a line labelled
``copyright-boilerplate`` is left out (the boilerplate family owns it), and so is a ``spam-header``
line that is itself running prose (words injected into a sentence are no line shape); every other
line is negative. The documents are read at fit time only: the model file keeps weights and figures,
never text.

Both stages are L2-regularised logistic regressions fitted by Newton's method. With ``--prior``
(a git revision: the model file as it was there) the penalty pulls each weight towards that model's
weight instead of towards zero, so a refit on new sets keeps what the sets of earlier fits taught
(those documents need not be at hand) and moves only where the new lines disagree. Stage two's
neighbour features come from stage one's predictions for documents it was not fitted on
(out-of-fold, documents split into ``--folds`` groups), so the second stage learns how much to
trust a neighbour's score as it will be at run time. The cut-off is the lowest out-of-fold score
at which the precision of all SL1xx findings (the phrase rules' and the model's together) stays at
``--precision`` or above; the bias is shifted so that the cut-off is a score of 50.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tomllib
from collections.abc import Sequence
from operator import mul
from pathlib import Path

from seedlint.checks.spam import OPTIONS as SPAM_OPTIONS
from seedlint.checks.spam import vocabulary
from seedlint.checks.spam._common import scan_lines
from seedlint.checks.spam._model import STAGE_ONE, STAGE_TWO, sigmoid, stage_one_vectors, with_neighbours
from seedlint.config import Settings
from seedlint.document import Document
from seedlint.engine import lint_document
from seedlint.text.view import text_view

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "seedlint" / "data" / "spam" / "chrome_model.toml"
L2 = 0.3
# The pull towards a prior model's weights: strong enough that a kind of chrome the new sets hold
# few of (long link rows) keeps its weight, weak enough that the new sets move the rest.
PRIOR_L2 = 100.0
PROSE = STAGE_ONE.index("prose")
PHRASE_RULES_ONLY = Settings(select=("SL101", "SL102", "SL103")).with_options("spam", {"chrome-min-score": 101})

Vector = tuple[float, ...]


class Example:
    __slots__ = ("doc", "index", "label", "x", "reported")

    def __init__(self, doc: str, index: int, label: int, x: Vector, reported: bool = False) -> None:
        self.doc, self.index, self.label, self.x, self.reported = doc, index, label, x, reported


def load(sets: Sequence[Path]) -> tuple[list[Example], dict[str, list[str]]]:
    vocab = vocabulary(dict(SPAM_OPTIONS))
    examples: list[Example] = []
    lines_of: dict[str, list[str]] = {}
    for folder in sets:
        labels: dict[str, dict[int, str]] = {}
        for raw in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            if raw.strip():
                label = json.loads(raw)
                if label["category"] in ("spam-header", "copyright-boilerplate"):
                    labels.setdefault(label["doc"], {})[int(label["line"])] = label["category"]
        for path in sorted((folder / "docs").glob("*.txt")):
            key = f"{folder.name}/{path.name}"
            doc = Document.from_bytes(path.read_bytes(), path.name)
            view = text_view(doc)
            lines_of[key] = view.lines
            mine = labels.get(path.name, {})
            # Lines the phrase rules report (SL101-SL103 with the model off).
            reported = {
                line - 1 for f in lint_document(doc, PHRASE_RULES_ONLY) for line in range(f.line, f.end_line + 1)
            }
            vectors = stage_one_vectors(doc, vocab, scan_lines(doc, view, vocab))
            if not any(x[PROSE] for x in vectors.values()):
                continue  # the model does not judge documents without running prose
            for index, x in sorted(vectors.items()):
                category = mine.get(index + 1)
                if category == "copyright-boilerplate":
                    continue
                if category == "spam-header" and x[PROSE]:
                    continue  # spam words inside a line of running prose: SL101's business, not a line shape
                examples.append(Example(key, index, 1 if category == "spam-header" else 0, x, index in reported))
    return examples, lines_of


def fit(
    xs: Sequence[Vector],
    ys: Sequence[int],
    l2: float = L2,
    iterations: int = 30,
    prior: Sequence[float] | None = None,
) -> tuple[float, list[float]]:
    """Logistic regression, bias unpenalised, by Newton's method on the L2-penalised likelihood;
    the penalty is on the distance to ``prior`` (the weights, no bias) when one is given."""
    d = len(xs[0]) + 1
    centre = [0.0, *(prior if prior is not None else [0.0] * (d - 1))]
    w = centre[:]
    for _ in range(iterations):
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for x, y in zip(xs, ys, strict=True):
            row = (1.0, *x)
            p = sigmoid(sum(map(mul, w, row)))
            g = p - y
            h = max(p * (1 - p), 1e-9)
            for i in range(d):
                if row[i]:
                    grad[i] += g * row[i]
                    hi = hess[i]
                    ri = h * row[i]
                    for j in range(i, d):
                        if row[j]:
                            hi[j] += ri * row[j]
        for i in range(1, d):
            grad[i] += l2 * (w[i] - centre[i])
            hess[i][i] += l2
        for i in range(d):
            for j in range(i):
                hess[i][j] = hess[j][i]
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return w[0], w[1:]


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the matrix is small and positive definite)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def predict(bias: float, weights: Sequence[float], x: Vector) -> float:
    return sigmoid(bias + sum(map(mul, weights, x)))


def folds_of(examples: Sequence[Example], folds: int) -> dict[str, int]:
    docs = sorted({e.doc for e in examples})
    return {doc: i % folds for i, doc in enumerate(docs)}


def out_of_fold(
    examples: Sequence[Example],
    vectors: Sequence[Vector],
    fold: dict[str, int],
    folds: int,
    prior: Sequence[float] | None = None,
) -> list[float]:
    predictions = [0.0] * len(examples)
    l2 = L2 if prior is None else PRIOR_L2
    for k in range(folds):
        train = [i for i, e in enumerate(examples) if fold[e.doc] != k]
        bias, weights = fit([vectors[i] for i in train], [examples[i].label for i in train], l2, prior=prior)
        for i, e in enumerate(examples):
            if fold[e.doc] == k:
                predictions[i] = predict(bias, weights, vectors[i])
    return predictions


def stage_two_vectors(
    examples: Sequence[Example], first: Sequence[float], lines_of: dict[str, list[str]]
) -> list[Vector]:
    by_doc: dict[str, dict[int, float]] = {}
    for e, p in zip(examples, first, strict=True):
        by_doc.setdefault(e.doc, {})[e.index] = p
    return [with_neighbours(lines_of[e.doc], by_doc[e.doc], e.index, e.x) for e in examples]


def cut_off(
    predictions: Sequence[float], labels: Sequence[int], precision: float, reported: Sequence[bool] = ()
) -> tuple[float, float, float]:
    """The lowest score whose precision (of the examples at or above it, and of those ``reported``
    by the phrase rules whatever their score) is at least ``precision``, with that precision and
    the recall there: the precision a user sees is that of all SL1xx findings together."""
    scored = [2.0 if reported and reported[i] else p for i, p in enumerate(predictions)]
    ranked = sorted(zip(scored, labels, strict=True), reverse=True)
    positives = sum(labels) or 1
    best = (1.0, 1.0, 0.0)
    tp = fp = 0
    for i, (p, y) in enumerate(ranked):
        tp += y
        fp += 1 - y
        if i + 1 < len(ranked) and ranked[i + 1][0] == p:
            continue
        if tp and tp / (tp + fp) >= precision and p <= 1.0:
            best = (p, tp / (tp + fp), tp / positives)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, default=[ROOT.parent / "shared" / "corpus" / "dev"])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--precision", type=float, default=0.97)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--prior", metavar="REV", help="git revision whose model the weights are pulled towards")
    args = parser.parse_args(argv)
    for folder in args.sets:
        if not (folder / "labels.jsonl").is_file() or not (folder / "docs").is_dir():
            print(f"fit_chrome: {folder}: not a labelled set (docs/ and labels.jsonl)", file=sys.stderr)
            return 2
    prior_one = prior_two = None
    if args.prior:
        try:
            shown = subprocess.run(
                ["git", "show", f"{args.prior}:{OUT.relative_to(ROOT).as_posix()}"],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        except (OSError, subprocess.CalledProcessError) as error:
            print(f"fit_chrome: --prior {args.prior}: cannot read the model there ({error})", file=sys.stderr)
            return 2
        table = tomllib.loads(shown)
        prior_one = [float(table["stage-one"]["weights"].get(n, 0.0)) for n in STAGE_ONE]
        prior_two = [float(table["stage-two"]["weights"].get(n, 0.0)) for n in STAGE_TWO]
    l2 = L2 if args.prior is None else PRIOR_L2
    examples, lines_of = load(args.sets)
    labels = [e.label for e in examples]
    fold = folds_of(examples, args.folds)
    one_x = [e.x for e in examples]
    first_oof = out_of_fold(examples, one_x, fold, args.folds, prior_one)
    two_x = stage_two_vectors(examples, first_oof, lines_of)
    second_oof = out_of_fold(examples, two_x, fold, args.folds, prior_two)
    threshold, precision, recall = cut_off(second_oof, labels, args.precision, [e.reported for e in examples])

    bias_one, weights_one = fit(one_x, labels, l2, prior=prior_one)
    bias_two, weights_two = fit(two_x, labels, l2, prior=prior_two)
    shift = math.log(threshold / (1 - threshold)) if 0 < threshold < 1 else 0.0
    sets = ", ".join(
        f"{f.name} ({len({e.doc for e in examples if e.doc.startswith(f.name + '/')})} documents)" for f in args.sets
    )
    text = [
        "# The chrome model of the spam family (seedlint/checks/spam/_model.py): two logistic stages",
        "# over line features. Generated by tools/fit_chrome.py; do not edit by hand, refit instead:",
        "#   python tools/fit_chrome.py "
        + " ".join(str(f) for f in args.sets)
        + f" --precision {args.precision}"
        + (f" --prior {args.prior}" if args.prior else ""),
        f"# Fitted on {len(examples)} lines ({sum(labels)} chrome or spam) of: {sets}.",
        f"# Held-out documents ({args.folds} folds): at the cut-off (score 50) precision {precision:.3f},",
        f"# recall {recall:.3f}; target precision {args.precision}. The bias includes the cut-off shift.",
        "",
        "[stage-one]",
        f"bias = {bias_one:.6f}",
        "[stage-one.weights]",
        *(f'"{n}" = {w:.6f}' for n, w in zip(STAGE_ONE, weights_one, strict=True)),
        "",
        "[stage-two]",
        f"bias = {bias_two - shift:.6f}",
        "[stage-two.weights]",
        *(f'"{n}" = {w:.6f}' for n, w in zip(STAGE_TWO, weights_two, strict=True)),
        "",
    ]
    args.out.write_text("\n".join(text), encoding="utf-8")
    print(
        f"{len(examples)} lines, {sum(labels)} positive; held-out precision {precision:.3f} recall {recall:.3f} "
        f"at p >= {threshold:.3f}; wrote {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
