"""full, concise, json, json-lines, sarif and github output on findings with Chinese text."""

from __future__ import annotations

import json

import pytest

from seedlint.engine import lint_text
from seedlint.registry import load_registry
from seedlint.reporters import Summary, render
from tests.helpers import sarif_schema

TEXT = "\ufeff标题\r\n正文：Anthro\u200bpic 投资,50%\n第三行\n"


@pytest.fixture(scope="module")
def findings():
    found = lint_text(TEXT.encode("utf-8"), path="dir/a b.txt")
    assert {f.code for f in found} >= {"SL002", "SL005", "SL006"}
    return found


@pytest.fixture(scope="module")
def summary():
    return Summary(files=1, rules={r.code: r for r in load_registry().rules}, version="9.9", paths=("dir/a b.txt",))


def test_sarif_validates_against_the_official_schema(findings, summary):
    import jsonschema

    schema = sarif_schema()
    log = json.loads(render("sarif", findings, summary))
    jsonschema.Draft4Validator(schema).validate(log)
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    result = next(r for r in run["results"] if r["ruleId"] == "SL005")
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "SL005"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (2, 10, 11)
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "dir/a%20b.txt"
    assert result["partialFingerprints"]["seedlintFingerprint/v1"]


def test_sarif_with_no_findings_validates(summary):
    import jsonschema

    schema = sarif_schema()
    jsonschema.Draft4Validator(schema).validate(json.loads(render("sarif", [], summary)))


def test_github_annotations_escape_per_runner_rules(findings, summary):
    from seedlint.reporters.github import escape_data, escape_property

    assert escape_data("50%\r\nnext") == "50%25%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    lines = render("github", findings, summary).splitlines()
    assert lines[0].startswith("::warning file=dir/a b.txt,line=1,col=1,endLine=1,endColumn=1,title=SL002 utf8-bom::")
    assert all("\n" not in line for line in lines)


def test_json_and_json_lines_agree(findings, summary):
    data = json.loads(render("json", findings, summary))
    lines = [json.loads(line) for line in render("json-lines", findings, summary).splitlines()]
    assert data["schema_version"] == 1
    assert data["findings"] == lines
    first = data["findings"][0]
    assert set(first) == {
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "code",
        "name",
        "family",
        "severity",
        "message",
        "matched",
        "fingerprint",
        "fix",
    }


def test_full_marks_the_span_under_wide_characters(findings, summary):
    out = render("full", findings, summary)
    block = out.split("SL005", 1)[1].splitlines()
    source, marks = block[2], block[3]
    assert source == "2 | 正文：Anthro\u200bpic 投资,50%"
    # 正文： are three wide characters (six cells) and "Anthro" six more.
    assert marks == "  | " + " " * 12 + "^"
    assert out.rstrip().splitlines()[-1] == "Found 3 findings in 1 file (3 fixable)."


def test_concise(findings, summary):
    out = render("concise", findings, summary).splitlines()
    assert out[0] == "dir/a b.txt:1:1: SL002 [*] File starts with a UTF-8 byte-order mark"
