"""seedlint.integrations.datatrove in a real datatrove LocalPipelineExecutor."""

from __future__ import annotations

import gzip
import json

import pytest

from tests.integrations import cli_findings, write_corpus

pytestmark = pytest.mark.slow


def _run(pipeline, tmp_path):
    from datatrove.executor import LocalPipelineExecutor

    LocalPipelineExecutor(pipeline=pipeline, tasks=1, workers=1, logging_dir=str(tmp_path / "logs")).run()


def _written(folder):
    return [json.loads(line) for path in sorted(folder.glob("*.jsonl.gz")) for line in gzip.open(path, "rt")]


def test_annotator_findings_equal_the_clis(tmp_path):
    pytest.importorskip("datatrove")
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from seedlint.integrations.datatrove import SeedlintAnnotator

    corpus = write_corpus(tmp_path / "in")
    expected = cli_findings(corpus)
    _run([JsonlReader(str(corpus.parent)), SeedlintAnnotator(), JsonlWriter(str(tmp_path / "out"))], tmp_path)
    docs = sorted(_written(tmp_path / "out"), key=lambda d: d["id"])
    found = [
        (d["id"], f["code"], f["line"], f["column"], f["message"]) for d in docs for f in d["metadata"]["seedlint"]
    ]
    assert found == expected


def test_filter_drops_documents_with_the_chosen_rules(tmp_path):
    pytest.importorskip("datatrove")
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from seedlint.integrations.datatrove import SeedlintAnnotator, SeedlintFilter

    corpus = write_corpus(tmp_path / "in")
    flagged = {doc for doc, code, *_ in cli_findings(corpus) if code.startswith("SL1")}
    assert flagged
    pipeline = [
        JsonlReader(str(corpus.parent)),
        SeedlintAnnotator(),
        SeedlintFilter(drop=["spam"]),
        JsonlWriter(str(tmp_path / "out")),
    ]
    _run(pipeline, tmp_path)
    kept = {d["id"] for d in _written(tmp_path / "out")}
    assert kept and not kept & flagged
    assert len(kept) + len(flagged) == 40
