"""Shared fixtures: the shared folder beside the repository (seeds, dev corpus, schemas)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

from seedlint.engine import lint_bytes
from seedlint.model import Finding

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = REPO / "seeds"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not present (the shared folder sits beside the repository in CI)")
    return path


@dataclass
class DevCorpus:
    root: Path
    labels: list[dict]

    def docs(self) -> list[str]:
        return sorted(p.name for p in (self.root / "docs").glob("*.txt"))

    def clean_docs(self) -> list[str]:
        return sorted({lab["doc"] for lab in self.labels if lab["category"] == "clean"})

    def instances(self, category: str) -> list[dict]:
        return [lab for lab in self.labels if lab["category"] == category]

    def findings(self, doc: str) -> list[Finding]:
        path = self.root / "docs" / doc
        return lint_bytes(path.read_bytes(), doc)

    def recall(self, category: str, codes: Iterable[str]) -> tuple[float, list[dict]]:
        """Share of labelled instances of ``category`` with a finding of ``codes`` on their line;
        returns the recall and the missed instances."""
        codes = set(codes)
        cache: dict[str, set[int]] = {}
        missed = []
        instances = self.instances(category)
        for lab in instances:
            if lab["doc"] not in cache:
                cache[lab["doc"]] = {
                    line for f in self.findings(lab["doc"]) if f.code in codes for line in range(f.line, f.end_line + 1)
                }
            if lab["line"] not in cache[lab["doc"]]:
                missed.append(lab)
        return (1 - len(missed) / len(instances)) if instances else 1.0, missed

    def false_positives_in_clean(self, codes: Iterable[str]) -> list[Finding]:
        codes = set(codes)
        return [f for doc in self.clean_docs() for f in self.findings(doc) if f.code in codes]


@pytest.fixture(scope="session")
def dev_corpus() -> DevCorpus:
    root = shared_path("corpus", "dev")
    labels = [json.loads(line) for line in (root / "labels.jsonl").read_text("utf-8").splitlines() if line.strip()]
    return DevCorpus(root, labels)


@pytest.fixture(scope="session")
def seed_findings() -> dict[str, list[Finding]]:
    """Findings for each seed document in the repository, by file name."""
    return {p.name: lint_bytes(p.read_bytes(), p.name) for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own results cache (``SEEDLINT_CACHE_DIR``, inherited by the processes it
    starts), so no test reads findings another test cached and none writes into the repository."""
    folder = tmp_path_factory.mktemp("cache") / ".seedlint_cache"
    monkeypatch.setenv("SEEDLINT_CACHE_DIR", str(folder))
    return folder


def run_python(code: str) -> str:
    """Run ``code`` in a fresh interpreter (what a module imports is seen only there); its stdout.
    A failure, an assertion among them, fails the calling test with the child's stderr."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout
