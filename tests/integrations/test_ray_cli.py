"""seedlint check --engine ray: the CLI on a real local Ray instance, against the local engine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run
from tests.integrations import write_corpus

pytestmark = pytest.mark.slow
KEYS = ("path", "code", "name", "severity", "line", "column", "end_line", "end_column", "message", "matched")


def _rows(*args: str, cwd: Path) -> list[tuple[object, ...]]:
    result = run("check", "--no-cache", "--id-field", "id", "--output-format", "json-lines", *args, cwd=cwd)
    assert result.returncode in (0, 1), result.stderr.decode()[-2000:]
    return [tuple(json.loads(line)[k] for k in KEYS) for line in result.stdout.decode().splitlines()]


def test_ray_findings_equal_the_local_engines(tmp_path):
    pytest.importorskip("ray")
    corpus = write_corpus(tmp_path)
    local = _rows(corpus.name, cwd=tmp_path)
    assert local
    assert _rows("--engine", "ray", "-j", "2", corpus.name, cwd=tmp_path) == local


def test_repeated_lines_are_counted_on_ray_as_locally(tmp_path):
    pytest.importorskip("ray")
    footer = "科技日报客户端 让阅读更有价值"
    rows = [
        {"id": f"r{i}", "text": f"2024年3月{i + 1}日,新华社北京电 会议第{i + 1}次召开。\n\n{footer}\n"}
        for i in range(8)
    ]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    local = _rows("--extend-select", "SL104", corpus.name, cwd=tmp_path)
    assert [r[1] for r in local].count("SL104") == 8
    assert _rows("--engine", "ray", "--extend-select", "SL104", corpus.name, cwd=tmp_path) == local
    # Per site: five pages of a.cn hold the footer, three of b.cn and two of no known site do not.
    for row, site in zip(rows, ["a.cn"] * 5 + ["b.cn"] * 3, strict=True):
        row["url"] = f"https://{site}/{row['id']}.html"
    rows += [{"id": f"x{i}", "text": f"2024年4月{i + 1}日,新华社北京电 会议召开。\n\n{footer}\n"} for i in range(2)]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    local = _rows("--extend-select", "SL104", corpus.name, cwd=tmp_path)
    assert [r[0].rpartition("#")[2] for r in local if r[1] == "SL104"] == [f"r{i}" for i in range(5)]
    assert _rows("--engine", "ray", "-j", "2", "--extend-select", "SL104", corpus.name, cwd=tmp_path) == local


def test_ray_parquet_has_the_local_parquet_columns_and_rows(tmp_path):
    pytest.importorskip("ray")
    pq = pytest.importorskip("pyarrow.parquet")
    corpus = write_corpus(tmp_path)
    for args, name in ((("--engine", "ray"), "ray.parquet"), ((), "local.parquet")):
        result = run("check", "--no-cache", "--id-field", "id", *args, "-o", name, corpus.name, cwd=tmp_path)
        assert result.returncode in (0, 1), result.stderr.decode()[-2000:]
    ray_table, local_table = pq.read_table(tmp_path / "ray.parquet"), pq.read_table(tmp_path / "local.parquet")
    assert ray_table.schema == local_table.schema
    assert local_table.num_rows and ray_table.to_pylist() == local_table.to_pylist()
    assert True in local_table.column("fixable").to_pylist()


def test_ray_reads_a_nested_text_field_and_counts_statistics_as_locally(tmp_path):
    pytest.importorskip("ray")
    flat = [json.loads(line) for line in write_corpus(tmp_path / "flat", 24).read_text("utf-8").splitlines()]
    corpus = tmp_path / "nested.jsonl"
    rows = [{"meta": {"id": r["id"], "body": {"text": r["text"]}}} for r in flat]
    rows.insert(3, {"meta": {"id": "empty"}})  # no text: read as an empty document, as locally
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    nested = ("--text-field", "meta.body.text", "--id-field", "meta.id")
    local = _rows(*nested, corpus.name, cwd=tmp_path)
    assert local and local == _rows(*nested, "--engine", "ray", "-j", "2", corpus.name, cwd=tmp_path)
    statistics = []
    for engine in ((), ("--engine", "ray")):
        result = run(
            "check",
            "--no-cache",
            *nested,
            *engine,
            "--statistics",
            "--output-format",
            "json",
            corpus.name,
            cwd=tmp_path,
        )
        assert result.returncode in (0, 1), result.stderr.decode()[-2000:]
        statistics.append(json.loads(result.stdout))
    assert statistics[0] and statistics[1] == statistics[0]
