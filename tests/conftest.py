"""Shared fixtures: the dev corpus in the shared folder beside the repository, the seeds' findings and a
results cache of each test's own. Plain helpers live in tests/helpers.py."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from seedlint.engine import lint_bytes
from seedlint.model import Finding
from tests.helpers import SEEDS, shared_path


@dataclass
class DevCorpus:
    root: Path
    labels: list[dict[str, Any]]

    def docs(self) -> list[str]:
        return sorted(p.name for p in (self.root / "docs").glob("*.txt"))

    def clean_docs(self) -> list[str]:
        return sorted({lab["doc"] for lab in self.labels if lab["category"] == "clean"})

    def instances(self, category: str) -> list[dict[str, Any]]:
        return [lab for lab in self.labels if lab["category"] == category]

    def findings(self, doc: str) -> list[Finding]:
        path = self.root / "docs" / doc
        return lint_bytes(path.read_bytes(), doc)

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
