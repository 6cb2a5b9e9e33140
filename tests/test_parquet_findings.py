"""check -o findings.parquet: one row per finding, written in row groups as findings stream."""

from __future__ import annotations

import json
import sys

import pytest

import seedlint.filtering
from seedlint.corpus import split_address
from tests.helpers import ROWS, invoke, run, write_corpus

pq = pytest.importorskip("pyarrow.parquet")

COLUMNS = [
    "path",
    "record",
    "code",
    "name",
    "family",
    "severity",
    "line",
    "column",
    "end_line",
    "end_column",
    "message",
    "matched",
    "fixable",
    "fingerprint",
]


def test_rows_are_the_findings_of_json_lines(tmp_path):
    write_corpus(tmp_path / "corpus.jsonl", ROWS)
    (tmp_path / "page.txt").write_text("Navigation menu\n\n2024年11月9日,正文第一段。\n", "utf-8")
    args = ("check", "--no-cache", "--id-field", "id", "corpus.jsonl", "page.txt")
    result = run(*args, "-o", "findings.parquet", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == b""
    assert result.stderr.decode() == "seedlint: wrote 4 findings to findings.parquet\n"
    table = pq.read_table(tmp_path / "findings.parquet")
    assert table.schema.names == COLUMNS
    expected = [
        json.loads(line) for line in run(*args, "--output-format", "json-lines", cwd=tmp_path).stdout.splitlines()
    ]
    rows = table.to_pylist()
    assert [(r["path"], r["record"]) for r in rows] == [
        ("corpus.jsonl", "n1"),
        ("corpus.jsonl", "n2"),
        ("corpus.jsonl", "n4"),
        ("page.txt", None),
    ]
    for row, finding in zip(rows, expected, strict=True):
        assert split_address(finding["path"]) == (row["path"], row["record"])
        assert row["fixable"] == (finding["fix"] is not None)
        assert {k: row[k] for k in COLUMNS[2:] if k != "fixable"} == {
            k: finding[k] for k in COLUMNS[2:] if k != "fixable"
        }


def test_findings_are_written_a_row_group_at_a_time(tmp_path, monkeypatch):
    monkeypatch.setattr(seedlint.filtering, "FINDINGS_ROW_GROUP", 2)
    write_corpus(tmp_path / "corpus.jsonl", ROWS * 5)
    result = invoke("check", "--no-cache", "--text-field", "text", "corpus.jsonl", "-o", "f.parquet", cwd=tmp_path)
    assert result.exit_code == 1
    found = pq.ParquetFile(tmp_path / "f.parquet")
    assert found.metadata.num_rows == 15
    assert found.num_row_groups > 1
    assert found.read().column("record").to_pylist()[:3] == ["1", "2", "4"]


def test_the_output_format_is_ignored_and_what_cannot_stream_is_refused(tmp_path):
    write_corpus(tmp_path / "corpus.jsonl", ROWS)
    result = run("check", "--no-cache", "corpus.jsonl", "--output-format", "sarif", "-o", "f.parquet", cwd=tmp_path)
    assert result.returncode == 1
    assert pq.read_table(tmp_path / "f.parquet").num_rows == 3
    for option in ("--statistics", "--diff"):
        result = run("check", "--no-cache", "corpus.jsonl", option, "-o", "g.parquet", cwd=tmp_path)
        assert result.returncode == 2
        assert result.stderr.decode() == f"seedlint: error: {option} cannot be written as Parquet (-o *.parquet)\n"
    assert not (tmp_path / "g.parquet").exists()


def test_without_pyarrow_a_one_line_error(tmp_path, monkeypatch):
    write_corpus(tmp_path / "corpus.jsonl", ROWS)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    result = invoke("check", "--no-cache", "corpus.jsonl", "-o", "f.parquet", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.output.endswith(
        "seedlint: error: f.parquet: writing Parquet needs pyarrow: pip install 'seedlint[parquet]'\n"
    )
    assert not (tmp_path / "f.parquet").exists()


def test_split_address():
    assert split_address("a/corpus.jsonl#n1") == ("a/corpus.jsonl", "n1")
    assert split_address("a/corpus.parquet#id#2") == ("a/corpus.parquet", "id#2")
    assert split_address("notes#1.txt") == ("notes#1.txt", None)
