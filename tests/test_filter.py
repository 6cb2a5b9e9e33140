"""seedlint filter: a cleaned corpus with fixes applied, findings per record and dropped records."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import ARTICLE_1, ARTICLE_2, ARTICLE_3, CHROME, FOOTER, ROWS, SPAM, invoke, run, write_corpus

pq = pytest.importorskip("pyarrow.parquet")
pa = pytest.importorskip("pyarrow")

CLEANED = [ARTICLE_1, ARTICLE_2, ARTICLE_3, ARTICLE_3]


def _read(path: Path) -> list[Any]:
    if path.name.endswith(".parquet"):
        return pq.read_table(path).to_pylist()
    raw = path.read_bytes()
    if path.name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return [_json_or_line(line) for line in raw.decode("utf-8").splitlines()]


def _json_or_line(line: str) -> Any:
    try:
        return json.loads(line)
    except ValueError:
        return line


def _codes(record: dict[str, Any]) -> list[tuple[str, int]]:
    return [(f["code"], f["line"]) for f in record["seedlint"]]


def test_fixes_are_applied_and_findings_kept_per_record_in_order(tmp_path):
    write_corpus(tmp_path / "corpus.jsonl", ROWS, ("{not json\n", '{"id": "n6", "body": "no text field"}\n'))
    result = run("filter", "corpus.jsonl", "-o", "clean.jsonl", "--id-field", "id", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = _read(tmp_path / "clean.jsonl")
    assert [r["id"] for r in out[:4]] == ["n1", "n2", "n3", "n4"]
    assert [r["text"] for r in out[:4]] == CLEANED
    for before, after in zip(ROWS, out, strict=False):
        assert {k: v for k, v in after.items() if k not in ("text", "seedlint")} == {
            k: v for k, v in before.items() if k != "text"
        }
    # Located in the text as it was read, before the fixes removed lines.
    assert _codes(out[0]) == [("SL101", 1)]
    assert _codes(out[1]) == [("SL102", 1)]
    assert _codes(out[2]) == []
    assert _codes(out[3]) == [("SL203", 2)]
    assert set(out[0]["seedlint"][0]) >= {"code", "name", "severity", "line", "column", "end_line", "end_column"}
    # Records without a usable text are kept exactly as they were.
    assert out[4:] == ["{not json", {"id": "n6", "body": "no text field"}]
    stderr = result.stderr.decode().splitlines()
    assert stderr == [
        "seedlint: warning: corpus.jsonl: record 5: not JSON (Expecting property name enclosed in double quotes); "
        "written unchanged",
        "seedlint: warning: corpus.jsonl: record 6: no field 'text'; written unchanged",
        "seedlint: 6 records read, 6 written, 0 dropped, 3 fixes applied in 3 records, "
        "2 without a usable text written unchanged",
    ]


@pytest.mark.parametrize("source", ["corpus.jsonl", "corpus.jsonl.gz", "corpus.parquet"])
@pytest.mark.parametrize("target", ["clean.jsonl", "clean.jsonl.gz", "clean.parquet"])
def test_every_format_in_and_out(tmp_path, source, target):
    write_corpus(tmp_path / source, ROWS)
    result = invoke("filter", source, "-o", target, "--id-field", "id", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    out = _read(tmp_path / target)
    assert [(r["id"], r["text"], r["url"], r["meta"]) for r in out] == [
        (r["id"], text, r["url"], r["meta"]) for r, text in zip(ROWS, CLEANED, strict=True)
    ]
    assert [_codes(r) for r in out] == [[("SL101", 1)], [("SL102", 1)], [], [("SL203", 2)]]


def test_a_nested_text_field_is_fixed_in_place(tmp_path):
    rows = [{"id": r["id"], "doc": {"text": r["text"], "lang": "zh"}} for r in ROWS]
    write_corpus(tmp_path / "corpus.parquet", rows)
    result = invoke("filter", "corpus.parquet", "-o", "clean.parquet", "--text-field", "doc.text", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    out = _read(tmp_path / "clean.parquet")
    assert [r["doc"] for r in out] == [{"text": text, "lang": "zh"} for text in CLEANED]


def test_drop_if_leaves_records_out_and_writes_them_to_dropped(tmp_path):
    write_corpus(tmp_path / "corpus.jsonl", ROWS)
    result = run(
        "filter", "corpus.jsonl", "-o", "clean.jsonl", "--drop-if", "spam", "--dropped", "dropped.jsonl", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert [r["id"] for r in _read(tmp_path / "clean.jsonl")] == ["n3", "n4"]
    dropped = _read(tmp_path / "dropped.jsonl")
    # Dropped records are written as they were read, with the findings that dropped them.
    assert [(r["id"], r["text"], _codes(r)) for r in dropped] == [
        ("n1", ROWS[0]["text"], [("SL101", 1)]),
        ("n2", ROWS[1]["text"], [("SL102", 1)]),
    ]
    assert result.stderr.decode().endswith("4 records read, 2 written, 2 dropped, 1 fix applied in 1 record\n")


def test_the_fix_log_has_one_entry_per_edit_as_for_files(tmp_path):
    write_corpus(tmp_path / "corpus.jsonl", ROWS)
    args = ("corpus.jsonl", "-o", "clean.jsonl", "--id-field", "id", "--fix-log", "fixes.log")
    assert run("filter", *args, cwd=tmp_path).returncode == 0
    entries = [json.loads(line) for line in (tmp_path / "fixes.log").read_text("ascii").splitlines()]
    assert [(e["path"], e["rule"], e["removed"].strip()) for e in entries] == [
        ("corpus.jsonl#n1", "SL101", SPAM.strip()),
        ("corpus.jsonl#n2", "SL102", CHROME.strip()),
        ("corpus.jsonl#n4", "SL203", FOOTER.strip()),
    ]
    assert {"before_sha256", "after_sha256", "new_start", "new_end", "replacement", "version"} <= set(entries[0])


def test_the_output_never_replaces_the_input(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", ROWS)
    before = corpus.read_bytes()
    os.symlink("corpus.jsonl", tmp_path / "link.jsonl")
    for target in ("corpus.jsonl", "link.jsonl", "./corpus.jsonl"):
        result = run("filter", "corpus.jsonl", "-o", target, cwd=tmp_path)
        assert result.returncode == 2
        assert result.stderr.decode() == (
            f"seedlint: error: -o {target}: is the input corpus; write the cleaned corpus elsewhere\n"
        )
    assert corpus.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus.jsonl", "link.jsonl"]


def test_bad_options_are_one_line_errors(tmp_path):
    write_corpus(tmp_path / "corpus.jsonl", ROWS)
    cases = {
        ("-o", "clean.txt"): "seedlint: error: -o clean.txt: expected a name ending in .jsonl, .jsonl.gz or .parquet\n",
        ("-o", "clean.jsonl", "--drop-if", "spma"): "seedlint: error: --drop-if: unknown rule selector 'spma'",
    }
    for args, message in cases.items():
        result = run("filter", "corpus.jsonl", *args, cwd=tmp_path)
        assert result.returncode == 2
        assert result.stderr.decode().startswith(message)
        assert len(result.stderr.decode().splitlines()) == 1
    assert not (tmp_path / "clean.jsonl").exists()


def test_workers_give_the_same_output(tmp_path):
    many = [dict(r, id=f"{r['id']}-{i}") for i in range(100) for r in ROWS]
    write_corpus(tmp_path / "corpus.jsonl", many)
    for jobs in ("1", "2"):
        result = run("filter", "corpus.jsonl", "-o", f"clean{jobs}.jsonl", "--id-field", "id", "-j", jobs, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    one, two = (tmp_path / "clean1.jsonl").read_bytes(), (tmp_path / "clean2.jsonl").read_bytes()
    assert one == two
    assert [r["id"] for r in _read(tmp_path / "clean2.jsonl")] == [r["id"] for r in many]


def test_lines_the_corpus_repeats_are_removed_when_sl104_is_selected(tmp_path):
    footer = "科技日报客户端 让阅读更有价值\n"
    rows = [
        {"id": f"r{i}", "text": f"2024年3月{i + 1}日,新华社北京电 会议第{i + 1}次召开。\n\n{footer}"} for i in range(6)
    ]
    source = write_corpus(tmp_path / "in.jsonl", rows)
    result = invoke("filter", "in.jsonl", "-o", "out.jsonl", "--select", "SL104", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    cleaned = _read(tmp_path / "out.jsonl")
    assert [r["text"] for r in cleaned] == [row["text"].replace("\n\n" + footer, "\n") for row in rows]
    assert all(_codes(r) == [("SL104", 3)] for r in cleaned)
    assert source.read_text("utf-8").count(footer.strip()) == 6  # the input is never rewritten
