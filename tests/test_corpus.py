"""Corpora: JSON Lines (plain, gzip) and Parquet records linted as documents."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from seedlint.corpus import field_of, records
from tests.helpers import run

CHROME = "Navigation menu\n\n来源:新华社\n\n2024年11月8日,新华社北京电 科技公司宣布了新的投资计划。\n"
DOUBLED = "Source: Xinhua\n\nBEIJING, Nov. 8, 2024 (Xinhua) -- The company said the the decision was final.\n"
ROWS = [
    {"id": "a1", "text": CHROME, "meta": {"text": DOUBLED}},
    {"id": "b2", "text": DOUBLED, "meta": {"text": CHROME}},
    "not an object",
    {"id": 3, "text": 42},
]


def _write(folder: Path, name: str = "corpus.jsonl", rows: list | None = None, broken: bool = True) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in (ROWS if rows is None else rows)]
    if broken:
        lines.append("{broken json")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path = folder / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return path


def _findings(result) -> list[tuple[str, int, str]]:
    return [(f["path"], f["line"], f["code"]) for f in map(json.loads, result.stdout.decode().splitlines())]


def test_each_record_is_a_document_named_by_its_id(tmp_path):
    _write(tmp_path)
    result = run(
        "check", "--no-cache", "--id-field", "id", "--output-format", "json-lines", "corpus.jsonl", cwd=tmp_path
    )
    assert result.returncode == 1
    assert _findings(result) == [("corpus.jsonl#a1", 1, "SL102"), ("corpus.jsonl#b2", 3, "SL402")]
    assert result.stderr.decode().splitlines() == [
        "seedlint: warning: corpus.jsonl: skipped (record 3: not a JSON object)",
        "seedlint: warning: corpus.jsonl: skipped (record 4: field 'text' holds int, not a string)",
        "seedlint: warning: corpus.jsonl: skipped "
        "(record 5: not JSON (Expecting property name enclosed in double quotes))",
    ]


def test_records_without_an_id_field_are_numbered_and_a_nested_field_can_be_read(tmp_path):
    _write(tmp_path)
    result = run(
        "check",
        "--no-cache",
        "--text-field",
        "meta.text",
        "--output-format",
        "json-lines",
        "corpus.jsonl",
        cwd=tmp_path,
    )
    assert _findings(result) == [("corpus.jsonl#1", 3, "SL402"), ("corpus.jsonl#2", 1, "SL102")]


def test_gzip_corpora_read_the_same_as_plain_ones(tmp_path):
    _write(tmp_path)
    _write(tmp_path, "corpus.jsonl.gz")
    plain = run("check", "--no-cache", "--output-format", "json-lines", "corpus.jsonl", cwd=tmp_path)
    packed = run("check", "--no-cache", "--output-format", "json-lines", "corpus.jsonl.gz", cwd=tmp_path)
    assert [(p.replace(".gz", ""), line, code) for p, line, code in _findings(packed)] == _findings(plain)


def test_a_folder_of_shards_is_searched_for_corpora_when_a_text_field_is_named(tmp_path):
    (tmp_path / "shards").mkdir()
    _write(tmp_path / "shards", "part-0.jsonl", broken=False)
    _write(tmp_path / "shards", "part-1.jsonl.gz", broken=False)
    assert run("check", "--no-cache", "shards", cwd=tmp_path).returncode == 0  # *.txt and *.md only
    result = run("check", "--no-cache", "--text-field", "text", "--output-format", "json-lines", "shards", cwd=tmp_path)
    assert [p for p, _, _ in _findings(result)] == [
        "shards/part-0.jsonl#1",
        "shards/part-0.jsonl#2",
        "shards/part-1.jsonl.gz#1",
        "shards/part-1.jsonl.gz#2",
    ]


def test_findings_do_not_depend_on_the_number_of_workers(tmp_path):
    rows = [{"id": f"r{i:04d}", "text": CHROME if i % 3 else DOUBLED} for i in range(300)]
    _write(tmp_path, rows=rows, broken=False)
    one = run("check", "--no-cache", "-j", "1", "--output-format", "json-lines", "corpus.jsonl", cwd=tmp_path)
    two = run("check", "--no-cache", "-j", "2", "--output-format", "json-lines", "corpus.jsonl", cwd=tmp_path)
    assert one.stdout == two.stdout and len(_findings(one)) == 300


def test_fix_leaves_a_corpus_unchanged(tmp_path):
    path = _write(tmp_path)
    before = path.read_bytes()
    result = run("check", "--no-cache", "--fix", "corpus.jsonl", cwd=tmp_path)
    assert path.read_bytes() == before
    assert "corpus.jsonl: a corpus is linted but never rewritten by --fix or --diff" in result.stderr.decode()


def test_a_corrupt_compressed_corpus_is_an_error_naming_it(tmp_path):
    noise = [json.dumps({"text": "x", "n": os.urandom(16).hex()}).encode() + b"\n" for _ in range(400)]
    data = gzip.compress(b"".join(noise))
    (tmp_path / "bad.jsonl.gz").write_bytes(data[: len(data) // 2])
    result = run("check", "--no-cache", "bad.jsonl.gz", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode().startswith("seedlint: error: bad.jsonl.gz: cannot read record ")


def test_a_record_larger_than_max_file_size_is_skipped(tmp_path):
    _write(tmp_path, rows=[{"text": "长" * 2000}, {"text": DOUBLED}], broken=False)
    (tmp_path / ".seedlint.toml").write_text('max-file-size = "4KB"\n', "utf-8")
    result = run("check", "--no-cache", "--output-format", "json-lines", "corpus.jsonl", cwd=tmp_path)
    assert _findings(result) == [("corpus.jsonl#2", 3, "SL402")]
    assert "record 1: text larger than max-file-size (4.0 KB)" in result.stderr.decode()


def test_field_of_reads_nested_fields():
    assert field_of({"meta": {"text": "x"}}, "meta.text") == (True, "x")
    assert field_of({"meta": "x"}, "meta.text") == (False, None)
    assert field_of({}, "text") == (False, None)


def test_parquet_corpora(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    table = pa.table({"id": ["a1", "b2"], "text": [CHROME, DOUBLED], "meta": [{"text": DOUBLED}, {"text": CHROME}]})
    pq.write_table(table, tmp_path / "corpus.parquet")
    found = [(r.path, r.text is not None) for r in records(str(tmp_path / "corpus.parquet"), "meta.text", "id")]
    assert found == [(f"{tmp_path}/corpus.parquet#a1", True), (f"{tmp_path}/corpus.parquet#b2", True)]
    result = run(
        "check", "--no-cache", "--id-field", "id", "--output-format", "json-lines", "corpus.parquet", cwd=tmp_path
    )
    assert _findings(result) == [("corpus.parquet#a1", 1, "SL102"), ("corpus.parquet#b2", 3, "SL402")]


def test_lint_records_yields_findings_lazily_for_pairs_and_mappings():
    import itertools

    import seedlint

    pairs = seedlint.lint_records(iter([("a", CHROME), ("b", DOUBLED)]))
    key, findings = next(pairs)
    assert key == "a" and [f.code for f in findings] == ["SL102"] and findings[0].path == "a"
    rows = [{"doc": {"id": 7}, "body": {"text": DOUBLED}}, {"body": {"text": 5}}, {"body": {"text": CHROME}}]
    out = list(seedlint.lint_records(rows, text_field="body.text", id_field="doc.id"))
    assert [(k, [f.code for f in fs]) for k, fs in out] == [("7", ["SL402"]), ("3", ["SL102"])]
    endless = seedlint.lint_records({"text": CHROME} for _ in itertools.count())
    assert [k for k, _ in itertools.islice(endless, 2)] == ["1", "2"]
