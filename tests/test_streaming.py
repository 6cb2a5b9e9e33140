"""Findings written file by file: same text and order as the batch output, nothing kept in memory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seedlint.config import Settings
from seedlint.engine import run
from seedlint.fixes import atomic_writer
from tests.helpers import invoke

SPAM = "大摩娱乐注册 大摩娱乐登录 大摩娱乐招商QQ\n\n科技巨头纷纷向人工智能初创公司投资，以换取云计算业务的收入。\n"


@pytest.fixture
def nested(tmp_path: Path) -> Path:
    # Walk order (a folder's files before its subfolders) differs from path order here:
    # "a/z.txt" is walked before "a/b/c.txt" but sorts after it, and "a-c.txt" sorts before "a/".
    for name in ("a/z.txt", "a/b/c.txt", "a-c.txt", "a/b.txt", "b.txt"):
        path = tmp_path / "corpus" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(SPAM, "utf-8")
    return tmp_path


def _paths(lines: list[str]) -> list[str]:
    return [line.split(":", 1)[0] for line in lines]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_streamed_findings_come_in_the_order_of_the_batch_output(nested, jobs):
    streamed = invoke("check", "corpus", "--output-format", "concise", "-j", jobs, "-q", cwd=nested).output
    batch = json.loads(invoke("check", "corpus", "--output-format", "json", "-j", jobs, cwd=nested).output)
    rows = [f"{f['path']}:{f['line']}:{f['column']}: {f['code']}" for f in batch["findings"]]
    assert [line.split(" [*]")[0].rsplit(" ", 1)[0] for line in streamed.splitlines()] == [
        r.rsplit(" ", 1)[0] for r in rows
    ]
    assert _paths(streamed.splitlines()) == sorted(_paths(streamed.splitlines()))


def test_json_lines_stream_equals_the_json_findings(nested):
    lines = invoke("check", "corpus", "--output-format", "json-lines", cwd=nested).output.splitlines()
    batch = json.loads(invoke("check", "corpus", "--output-format", "json", cwd=nested).output)
    assert [json.loads(line) for line in lines] == batch["findings"]


def test_closing_line_counts_every_file(nested):
    out = invoke("check", "corpus", "--output-format", "concise", cwd=nested).output
    assert out.splitlines()[-1].startswith("Found ") and "in 5 files" in out.splitlines()[-1]


def test_a_run_that_does_not_collect_keeps_no_findings_but_counts_them(nested):
    seen: list[int] = []
    outcome = run([str(nested / "corpus")], Settings(), on_result=lambda r: seen.append(len(r.findings)), collect=False)
    assert outcome.findings == []
    assert outcome.count == sum(seen) > 0 and outcome.fixable > 0 and outcome.worst is not None
    assert outcome.files == 5


def test_report_file_is_replaced_only_when_complete(tmp_path):
    target = tmp_path / "report.txt"
    target.write_text("previous report\n", "utf-8")
    with pytest.raises(KeyboardInterrupt), atomic_writer(target) as handle:
        handle.write(b"half of a new rep")
        raise KeyboardInterrupt
    assert target.read_text("utf-8") == "previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]
    with atomic_writer(target) as handle:
        handle.write(b"new report\n")
    assert target.read_text("utf-8") == "new report\n"


def test_output_file_gets_the_streamed_report(nested):
    invoke("check", "corpus", "--output-format", "concise", "-o", "report.txt", cwd=nested)
    report = (nested / "report.txt").read_text("utf-8")
    assert report.splitlines()[-1].startswith("Found ") and "corpus/a-c.txt:1:1: SL101" in report
