"""The HTML report: hostile text stays text, counts and spans equal the JSON run's, and
`seedlint report` renders a saved run as `check --output-format html` does."""

from __future__ import annotations

import base64
import dataclasses
import gzip
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from seedlint.cli import cli
from seedlint.document import Document
from seedlint.model import Edit, Finding, Fix, Severity
from seedlint.reporters import Summary, render
from seedlint.reporters.html import read_saved_run, script_json

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))
from generate_corpus import document  # noqa: E402

HOSTILE = (
    "标题</script><script>alert(1)</script>\n"
    "</textarea><img src=x onerror=alert(2)> \"quoted\" 'single' &amp;\n"
    "反\u202e转 bell\x07 esc\x1b[2J next\x85line sep\u2028end \U0001f600 emoji\n"
)
INDEX = re.compile(r'<script type="application/json" id="sl-index">(.*?)</script>', re.S)
CHUNK = re.compile(r'<script type="application/octet-stream" class="sl-chunk" data-chunk="\d+">(.*?)</script>', re.S)


def read_report(page: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The index and the decompressed bodies a report page carries."""
    index = json.loads(INDEX.search(page).group(1))  # type: ignore[union-attr]
    bodies: list[dict[str, Any]] = []
    for chunk in CHUNK.findall(page):
        bodies += json.loads(gzip.decompress(base64.b64decode(chunk)))
    return index, bodies


def _finding(path: str, text: str, needle: str, code: str = "SL005", fix: Fix | None = None) -> Finding:
    start = text.index(needle)
    doc = Document(text)
    line = max(i for i, s in enumerate(doc.line_starts) if s <= start)
    end_line = max(i for i, s in enumerate(doc.line_starts) if s <= start + len(needle))
    return Finding(
        path=path,
        line=line + 1,
        column=start - doc.line_starts[line] + 1,
        end_line=end_line + 1,
        end_column=start + len(needle) - doc.line_starts[end_line] + 1,
        code=code,
        name="invisible-character",
        severity=Severity.WARNING,
        message=f"found {needle!r} <b>here</b>",
        matched=needle,
        fix=fix,
    )


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[str, list[Finding]]:
    path = tmp_path / 'a"<b>\u202e.txt'
    path.write_text(HOSTILE, encoding="utf-8")
    p = str(path)
    findings = [
        _finding(p, HOSTILE, "<script>alert(1)</script>"),
        _finding(p, HOSTILE, "</textarea>"),
        _finding(p, HOSTILE, "\u202e"),
        _finding(p, HOSTILE, "\x1b", fix=Fix((Edit(HOSTILE.index("\x1b"), HOSTILE.index("\x1b") + 1),))),
        _finding(p, HOSTILE, "\U0001f600 emoji"),
    ]
    return p, findings


def test_script_json_cannot_close_its_element() -> None:
    text = script_json({"t": "</script><!-- & \u2028\u2029 >"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"t": "</script><!-- & \u2028\u2029 >"}


def test_hostile_text_never_reaches_the_markup(hostile: tuple[str, list[Finding]]) -> None:
    path, findings = hostile
    page = render("html", findings, Summary(files=1))
    # Only the report's own script elements: none opened or closed by the document or its name.
    assert page.count("<script") == page.count("</script>") == 3
    assert "alert(" not in page.replace(INDEX.search(page).group(1), "")  # type: ignore[union-attr]
    assert "</textarea>" not in page and "<img" not in page
    # The name's quote and bidi override are escaped wherever the page shows it as HTML.
    outside_data = CHUNK.sub("", INDEX.sub("", page))
    assert "\u202e" not in outside_data and 'a"<b>' not in outside_data
    index, bodies = read_report(page)
    assert index["docs"][0][0] == path
    assert bodies[0]["t"] == HOSTILE  # the exact text, for the script to show through textContent


def test_the_script_only_uses_text_content() -> None:
    script = (REPO / "seedlint/reporters/html_assets/report.js").read_text(encoding="utf-8")
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "document.write" not in script
    # Controls, bidi overrides and line separators are shown as visible escapes (seedlint.display's set).
    for ch in ("\\x00-\\x08", "\\x7f-\\x9f", "\\u202a-\\u202e", "\\u2066-\\u2069", "\\u2028"):
        assert ch in script


def test_spans_are_the_findings_code_point_spans(hostile: tuple[str, list[Finding]]) -> None:
    _, findings = hostile
    _, bodies = read_report(render("html", findings, Summary(files=1)))
    body = bodies[0]
    for f, row in zip(findings, body["f"], strict=True):
        assert HOSTILE[row["a"] : row["b"]] == f.matched
        assert row["l"] == [f.line, f.column, f.end_line, f.end_column]
    # The emoji is one code point (two UTF-16 units): the span after it is not shifted.
    emoji = body["f"][4]
    assert emoji["b"] - emoji["a"] == len("\U0001f600 emoji")
    assert body["f"][3]["x"] == {"safe": True, "e": [[HOSTILE.index("\x1b"), HOSTILE.index("\x1b") + 1, ""]]}
    assert "<b>1</b><span>bytes safe fixes remove</span>" in render("html", findings, Summary(files=1))


def test_a_missing_or_changed_document_shows_its_findings_only(tmp_path: Path) -> None:
    gone = _finding(str(tmp_path / "gone.txt"), HOSTILE, "</textarea>")
    changed_path = tmp_path / "changed.txt"
    changed_path.write_text("something else entirely\n" * 3, encoding="utf-8")
    changed = _finding(str(changed_path), HOSTILE, "</textarea>")
    index, bodies = read_report(render("html", [gone, changed], Summary(files=2)))
    assert [b["t"] for b in bodies] == [None, None]
    assert [b["f"][0]["a"] for b in bodies] == [None, None]
    assert [b["f"][0]["t"] for b in bodies] == ["</textarea>", "</textarea>"]


def test_corpus_records_are_read_back(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"text": "ok"}) + "\n" + json.dumps({"text": HOSTILE}) + "\n", encoding="utf-8")
    f = _finding(f"{corpus}#2", HOSTILE, "\u202e")
    _, bodies = read_report(render("html", [f], Summary(files=2)))
    assert bodies[0]["t"] == HOSTILE


def _corpus(tmp_path: Path, docs: int = 60) -> Path:
    rng = random.Random(7)
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(docs):
        (folder / f"{i:04d}.txt").write_text(document(rng), encoding="utf-8")
    (folder / "hostile.txt").write_text("来源:未知 责任编辑:admin\n\n" + HOSTILE, encoding="utf-8")
    return folder


def _invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.output


def test_counts_and_spans_equal_the_json_run(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    saved = tmp_path / "run.json"
    _invoke("check", "--no-cache", "--output-format", "json", "-o", str(saved), str(folder))
    page = tmp_path / "report.html"
    _invoke("check", "--no-cache", "--output-format", "html", "-o", str(page), str(folder))
    data = json.loads(saved.read_text(encoding="utf-8"))
    index, bodies = read_report(page.read_text(encoding="utf-8"))
    assert sum(d[1] for d in index["docs"]) == len(data["findings"]) > 100
    assert len(index["docs"]) == len({f["path"] for f in data["findings"]})
    per_rule: dict[str, int] = {}
    for d in index["docs"]:
        for rule, _, n in d[2]:
            per_rule[index["rules"][rule]["code"]] = per_rule.get(index["rules"][rule]["code"], 0) + n
    assert per_rule == {code: sum(f["code"] == code for f in data["findings"]) for code in per_rule}
    assert any(f["code"] == "SL301" and f["matched"] == "" and f["end_line"] > f["line"] for f in data["findings"])
    by_path: dict[str, list[dict[str, Any]]] = {}
    for f in data["findings"]:
        by_path.setdefault(f["path"], []).append(f)
    for d, body in zip(index["docs"], bodies, strict=True):
        assert body["t"] is not None
        rows = sorted((r["l"], body["t"][r["a"] : r["b"]]) for r in body["f"])
        expected = sorted(
            ([f["line"], f["column"], f["end_line"], f["end_column"]], f["matched"]) for f in by_path[d[0]]
        )
        assert [r[0] for r in rows] == [e[0] for e in expected]
        # A finding that quotes no text (SL301 spans the head it found no source line in) keeps its span.
        for (_, shown), (_, matched) in zip(rows, expected, strict=True):
            assert shown == matched or (matched == "" and shown)
    assert f"<b>{data['summary']['files']}</b><span>documents checked</span>" in page.read_text(encoding="utf-8")
    for rule in index["rules"]:
        assert rule["url"].startswith("https://") and rule["code"] in rule["url"]
    # The outlets the documents' source fields name, and the folder the documents came from.
    charts = page.read_text(encoding="utf-8").split('<section id="documents"')[0]
    assert "Named sources with the most findings" in charts and "<title>新华社: " in charts
    assert "Findings per family" in charts and "Findings per rule" in charts and "Severity" in charts


def test_report_renders_a_saved_run_like_check(tmp_path: Path) -> None:
    folder = _corpus(tmp_path, docs=20)
    direct = tmp_path / "direct.html"
    _invoke("check", "--no-cache", "--output-format", "html", "-o", str(direct), str(folder))
    for fmt in ("json", "json-lines"):
        saved = tmp_path / f"run.{fmt}"
        _invoke("check", "--no-cache", "--output-format", fmt, "-o", str(saved), str(folder))
        page = tmp_path / f"from-{fmt}.html"
        _invoke("report", str(saved), "-o", str(page))
        index, bodies = read_report(page.read_text(encoding="utf-8"))
        assert (index, bodies) == read_report(direct.read_text(encoding="utf-8"))


def test_the_page_is_deterministic(hostile: tuple[str, list[Finding]]) -> None:
    _, findings = hostile
    assert render("html", findings, Summary(files=1)) == render("html", findings[::-1], Summary(files=1))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read: no such file or directory"),
        ("[1, 2]", "not a seedlint json report"),
        ('{"tool": {}}', 'not a seedlint json report (no "findings" list)'),
        ('{"path": "a.txt", "code": "SL005"}\n', "finding 1: missing key 'line'"),
        ('{"findings": [{"path": 3}]}', "finding 1: key 'path' holds int"),
        ("not json\n", "line 1: not JSON"),
    ],
)
def test_bad_saved_runs_are_one_line_errors(tmp_path: Path, content: str | None, message: str) -> None:
    saved = tmp_path / "run.json"
    if content is not None:
        saved.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["report", str(saved)])
    assert result.exit_code == 2
    assert result.output.startswith(f"seedlint: error: {saved}: ") and result.output.count("\n") == 1
    assert message in result.output


def test_report_renders_a_parquet_run_with_the_same_findings(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    folder = _corpus(tmp_path, docs=20)
    json_run, parquet_run = tmp_path / "run.json", tmp_path / "run.parquet"
    _invoke("check", "--no-cache", "--output-format", "json", "-o", str(json_run), str(folder))
    _invoke("check", "--no-cache", "-o", str(parquet_run), str(folder))
    # A Parquet row holds no fix, so only the fixes differ.
    from_json = [dataclasses.replace(f, fix=None) for f in read_saved_run(str(json_run)).findings]
    assert read_saved_run(str(parquet_run)).findings == from_json
    page = tmp_path / "from-parquet.html"
    _invoke("report", str(parquet_run), "-o", str(page))
    index, _ = read_report(page.read_text(encoding="utf-8"))
    assert index


def test_a_file_that_is_not_parquet_is_a_one_line_error(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    saved = tmp_path / "run.parquet"
    saved.write_text("not parquet", encoding="utf-8")
    result = CliRunner().invoke(cli, ["report", str(saved)])
    assert result.exit_code == 2 and result.output.startswith(f"seedlint: error: {saved}: not a Parquet file")
    assert result.output.count("\n") == 1


def test_saved_run_keeps_families_of_unknown_plugins(tmp_path: Path) -> None:
    saved = tmp_path / "run.jsonl"
    row = {
        "path": "x.txt",
        "line": 1,
        "column": 1,
        "end_line": 1,
        "end_column": 1,
        "code": "XY001",
        "name": "plugin-rule",
        "family": "plugin-family",
        "severity": "info",
        "message": "m",
        "matched": "",
        "fix": None,
    }
    saved.write_text(json.dumps(row) + "\n", encoding="utf-8")
    run = read_saved_run(str(saved))
    assert run.families == {"XY001": "plugin-family"} and run.files is None


def test_the_run_table_shows_the_resolved_settings(tmp_path: Path) -> None:
    folder = _corpus(tmp_path, docs=3)
    page = tmp_path / "report.html"
    _invoke("check", "--no-cache", "--output-format", "html", "-o", str(page), "--ignore", "SL304", str(folder))
    markup = page.read_text(encoding="utf-8").split('<section id="documents"')[0]
    assert (
        "<th>command line</th><td>select (the config&#x27;s), extend-select [], ignore [&#x27;SL304&#x27;]</td>"
        in markup
    )
    assert "<th>enabled rules</th>" in markup and "SL304" not in markup.split("<th>enabled rules</th>")[1][:400]
