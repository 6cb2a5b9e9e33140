"""rdjson (reviewdog): structure, UTF-8 byte columns on Chinese text, fallbacks and suggestions."""

from __future__ import annotations

import json

from seedlint.checks.encoding import INVISIBLE_CHARACTER, REPLACEMENT_CHARACTER
from seedlint.config import Settings
from seedlint.document import Document
from seedlint.engine import lint_text
from seedlint.model import Applicability, Edit, Finding, Fix
from seedlint.reporters import Summary, render

ARTICLE = "微软\u200b和亚马逊宣布投资\u200b。\n记者从会上获悉，双方将合作\u200b建设数据中心。\n"

ENCODING_ONLY = Settings(select=("encoding",))


def lint(text: str | bytes, path: str | None = None) -> list[Finding]:
    """Findings of the encoding rules only, whose exact output these tests pin."""
    return lint_text(text, path=path, settings=ENCODING_ONLY)


def _result(findings: list[Finding]) -> dict:
    return json.loads(render("rdjson", findings, Summary(files=1)))


def _byte_slice(text: str, range_: dict) -> bytes:
    """The bytes an rdjson range (1-based lines, 1-based UTF-8 byte columns, end exclusive) covers."""
    raw_lines = text.encode("utf-8").splitlines(keepends=True)
    offsets = [0]
    for raw in raw_lines:
        offsets.append(offsets[-1] + len(raw))

    def offset(position: dict) -> int:
        return offsets[position["line"] - 1] + position["column"] - 1

    return text.encode("utf-8")[offset(range_["start"]) : offset(range_["end"])]


def _apply(text: str, suggestions: list[dict]) -> str:
    raw = text.encode("utf-8")
    origin = {"line": 1, "column": 1}
    edits = []
    for s in suggestions:
        start = len(_byte_slice(text, {"start": origin, "end": s["range"]["start"]}))
        end = len(_byte_slice(text, {"start": origin, "end": s["range"]["end"]}))
        edits.append((start, end, s["text"].encode("utf-8")))
    for start, end, content in sorted(edits, reverse=True):
        raw = raw[:start] + content + raw[end:]
    return raw.decode("utf-8")


def test_structure() -> None:
    result = _result(lint(ARTICLE, "news/a.txt"))
    assert result["source"] == {"name": "seedlint"}
    assert result["severity"] == "WARNING"
    assert len(result["diagnostics"]) == 3
    for d in result["diagnostics"]:
        assert d["message"].startswith("Invisible character")
        assert d["location"]["path"] == "news/a.txt"
        assert d["severity"] == "WARNING"
        assert d["code"] == {"value": "SL005"}
    assert _result([]) == {"source": {"name": "seedlint"}, "diagnostics": []}


def test_columns_count_utf8_bytes_not_code_points() -> None:
    findings = lint(ARTICLE, "a.txt")
    assert [(f.line, f.column, f.end_column) for f in findings] == [(1, 3, 4), (1, 12, 13), (2, 14, 15)]
    ranges = [d["location"]["range"] for d in _result(findings)["diagnostics"]]
    # Each CJK character is 3 bytes in UTF-8, and so is U+200B; "，" too.
    assert ranges[0] == {"start": {"line": 1, "column": 7}, "end": {"line": 1, "column": 10}}
    assert ranges[1] == {"start": {"line": 1, "column": 34}, "end": {"line": 1, "column": 37}}
    assert ranges[2] == {"start": {"line": 2, "column": 40}, "end": {"line": 2, "column": 43}}
    for range_ in ranges:
        assert _byte_slice(ARTICLE, range_) == "\u200b".encode()


def test_ascii_columns_equal_code_point_columns() -> None:
    text = "Anthro\u200bpic raised money.\n"
    (d,) = _result(lint(text))["diagnostics"]
    assert d["location"]["range"] == {"start": {"line": 1, "column": 7}, "end": {"line": 1, "column": 10}}


def test_safe_fixes_become_suggestions_that_apply_cleanly() -> None:
    diagnostics = _result(lint(ARTICLE))["diagnostics"]
    assert all(d["suggestions"][0]["text"] == "" for d in diagnostics)
    suggestions = [s for d in diagnostics for s in d["suggestions"]]
    assert _apply(ARTICLE, suggestions) == ARTICLE.replace("\u200b", "")


def test_unsafe_and_encoding_fixes_give_no_suggestions() -> None:
    bidi = lint("投资\u202e了\n")
    assert bidi[0].fix is not None and bidi[0].fix.applicability is Applicability.UNSAFE
    bom = lint(b"\xef\xbb\xbf\xe6\x9d\xa5\xe6\xba\x90: Reuters\n")
    for d in _result(bidi + bom)["diagnostics"]:
        assert "suggestions" not in d
    bom_range = _result(bom)["diagnostics"][0]["location"]["range"]
    assert bom_range == {"start": {"line": 1, "column": 1}, "end": {"line": 1, "column": 1}}


def test_multi_line_literal_span_gets_exact_byte_columns() -> None:
    text = "标题：投资\n第一段文字，第二段\n结尾。\n"
    doc = Document(text, "a.txt")
    start, end = text.index("投资"), text.index("第二段") + 2
    finding = doc.finding(REPLACEMENT_CHARACTER, start, end, "span", fix=Fix((Edit(start, end, "X"),)))
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (1, 4, 2, 9)
    (d,) = _result([finding])["diagnostics"]
    range_ = d["location"]["range"]
    assert range_ == {"start": {"line": 1, "column": 10}, "end": {"line": 2, "column": 25}}
    assert _byte_slice(text, range_) == text[start:end].encode()
    assert _apply(text, d["suggestions"]) == text[:start] + "X" + text[end:]


def test_whole_lines_when_a_column_cannot_be_computed() -> None:
    # A first line too long to be carried in line_text (it is left empty).
    long_line = "很长的一行" * 300 + "\u200b尾\n"
    (finding,) = lint(long_line)
    assert finding.line_text == "" and finding.column > 1
    (d,) = _result([finding])["diagnostics"]
    assert d["location"]["range"] == {"start": {"line": 1}, "end": {"line": 1}}
    assert "suggestions" not in d
    # A multi-line finding that quotes something other than its span.
    text = "第一行\n第二行\n第三行\n"
    doc = Document(text, "a.txt")
    finding = doc.finding(INVISIBLE_CHARACTER, 1, 10, "span", matched="概要")
    (d,) = _result([finding])["diagnostics"]
    assert d["location"]["range"] == {"start": {"line": 1}, "end": {"line": 3}}


def test_long_line_finding_at_column_one_keeps_exact_columns() -> None:
    text = "\u200b" + "很长的一行" * 300 + "\n"
    (finding,) = lint(text)
    assert finding.line_text == "" and finding.column == 1
    (d,) = _result([finding])["diagnostics"]
    assert d["location"]["range"] == {"start": {"line": 1, "column": 1}, "end": {"line": 1, "column": 4}}
    assert d["suggestions"] == [{"range": d["location"]["range"], "text": ""}]


def test_crlf_lines() -> None:
    text = "第一行\r\n前\u200b后\r\n"
    (d,) = _result(lint(text))["diagnostics"]
    assert d["location"]["range"] == {"start": {"line": 2, "column": 4}, "end": {"line": 2, "column": 7}}
    assert _byte_slice(text, d["location"]["range"]) == "\u200b".encode()
