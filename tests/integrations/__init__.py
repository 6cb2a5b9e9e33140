"""Tests of the Ray and datatrove integrations: real engines, the CLI's findings as the reference."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from tests.helpers import REPO, run

sys.path.insert(0, str(REPO / "benchmarks"))
import generate_corpus  # noqa: E402


def write_corpus(folder: Path, count: int = 40) -> Path:
    """A generated corpus (benchmarks/generate_corpus, fixed seed) as one JSON Lines file."""
    rng = random.Random(7)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "corpus.jsonl"
    rows = [{"id": f"doc{i:03d}", "text": generate_corpus.document(rng)} for i in range(count)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def cli_findings(corpus: Path) -> list[tuple[str, str, int, int, str]]:
    """(record id, code, line, column, message) of every finding, as `seedlint check` gives them."""
    result = run(
        "check", "--no-cache", "--id-field", "id", "--output-format", "json-lines", corpus.name, cwd=corpus.parent
    )
    assert result.returncode in (0, 1), result.stderr
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    return [(r["path"].rpartition("#")[2], r["code"], r["line"], r["column"], r["message"]) for r in rows]
