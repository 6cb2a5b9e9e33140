"""Output safety: terminal escape sequences, bidi controls and line breaks from documents and file
names never reach the terminal raw, and every machine format is valid UTF-8 that parses."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import replace

import click
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seedlint.config import Settings
from seedlint.display import escape_path
from seedlint.engine import lint_text
from seedlint.model import Finding, Severity
from seedlint.registry import load_registry
from seedlint.reporters import FORMATS, HUMAN_FORMATS, Summary, render
from tests.helpers import must_be_escaped, sarif_schema

# A scraped article whose first line retitles the terminal, clears it, flips the text direction
# and breaks the line for readers that honour NEXT LINE.
ARTICLE = (
    "新闻标题\x1b]0;pwned\x07正文\x1b[2J内容，\u202e反转\u202c文字\x85下一行，Anthro\u200bpic 投资\n"
    "记者从会上获悉，双方将合作建设数据中心。\n"
)
PATHS = ("d/\x1b[31mred.txt", "d/line\nbreak.txt", "d/\udcff.txt")
MACHINE_FORMATS = sorted(set(FORMATS) - HUMAN_FORMATS)


def _findings() -> list[Finding]:
    found: list[Finding] = []
    for path in PATHS:
        found += lint_text(ARTICLE, path=path, settings=Settings(select=("encoding",)))
    # Decoded text may also carry lone surrogates: an undecodable byte and a stray high surrogate.
    first = found[0]
    found.append(
        replace(
            first,
            message="Invisible character: \ud800 after \udcff",
            matched="\udcff",
            line_text=first.line_text + "\ud800",
        )
    )
    return found


FINDINGS = _findings()
RULES = {r.code: r for r in load_registry().rules}


def _summary(color: bool = False) -> Summary:
    return Summary(files=len(PATHS), rules=RULES, version="9.9", color=color, paths=PATHS)


def test_the_document_produces_the_findings_these_tests_rely_on() -> None:
    matched = {f.matched for f in FINDINGS if f.path == PATHS[0]}
    assert {"\x1b", "\x07", "\u202e", "\x85", "\u200b"} <= matched
    assert {f.path for f in FINDINGS} == set(PATHS)


@pytest.mark.parametrize("fmt", ["concise", "full"])
def test_human_formats_show_no_raw_control_and_one_header_per_finding(fmt: str) -> None:
    out = render(fmt, FINDINGS, _summary())
    assert [c for c in out if must_be_escaped(c) and c != "\n"] == []
    lines = out.splitlines()  # also breaks at U+0085, U+2028, U+2029, FS/GS/RS, VT and FF
    headers = [line for line in lines if line.startswith(tuple(escape_path(p) + ":" for p in PATHS))]
    assert len(headers) == len(FINDINGS)
    assert not any(line.startswith("break.txt") for line in lines)
    for shown in ("d/\\u001b[31mred.txt:1:5: SL005", "d/line\\u000abreak.txt:1:5: SL005", "d/\\xff.txt:1:5: SL005"):
        assert any(shown in line for line in headers)
    assert "Invisible character: \\ud800 after \\xff" in out
    if fmt == "full":
        assert "1 | 新闻标题\\u001b]0;pwned\\u0007正文\\u001b[2J内容，\\u202e反转\\u202c文字\\u0085下一行" in out
    else:
        assert len(lines) == len(FINDINGS) + 1


@pytest.mark.parametrize("fmt", ["grouped", "pylint", "azure"])
def test_line_formats_show_no_raw_control_and_one_line_per_finding(fmt: str) -> None:
    out = render(fmt, FINDINGS, _summary())
    assert [c for c in out if must_be_escaped(c) and c != "\n"] == []
    lines = out.splitlines()
    if fmt == "grouped":
        # A header and a blank line per file, then the closing line.
        assert len(lines) == len(FINDINGS) + 2 * len(PATHS) + 1
        assert [line for line in lines if line.endswith(".txt:")] == [escape_path(p) + ":" for p in PATHS]
    else:
        assert len(lines) == len(FINDINGS)
    assert "d/\\u001b[31mred.txt" in out and "d/\\xff.txt" in out
    assert "Invisible character: \\ud800 after \\xff" in out


def test_colour_codes_are_only_our_own() -> None:
    plain = render("full", FINDINGS, _summary())
    coloured = render("full", FINDINGS, _summary(color=True))
    assert "\x1b[" in coloured
    # Removing our styles gives the plain output, which holds no ESC at all: every ESC is ours.
    assert click.unstyle(coloured) == plain
    assert "\x1b[2J" not in coloured and "\x1b]" not in coloured and "\x07" not in coloured
    assert "\x1b[31mred" not in coloured


def _finding(line_text: str, column: int, end_column: int) -> Finding:
    return Finding(
        path="news/a.txt",
        line=1,
        column=column,
        end_line=1,
        end_column=end_column,
        code="SL005",
        name="invisible-character",
        severity=Severity.WARNING,
        message="Invisible character",
        matched=line_text[column - 1 : end_column - 1],
        line_text=line_text,
    )


def _source_and_marks(f: Finding) -> tuple[str, str]:
    block = render("full", [f], _summary()).splitlines()
    return block[2], block[3]


def test_full_carets_line_up_under_the_escaped_line() -> None:
    source, marks = _source_and_marks(_finding("ab\x1b[2Jcd\u200bef", 9, 10))
    assert source == "1 | ab\\u001b[2Jcd\u200bef"
    assert marks == "  | " + " " * len("ab\\u001b[2Jcd") + "^"
    # An escaped character is marked across its whole escape.
    source, marks = _source_and_marks(_finding("ab\x1b[2Jcd", 3, 4))
    assert marks == "  | " + "  " + "^" * len("\\u001b")


def test_full_carets_line_up_after_wide_characters_and_escapes() -> None:
    zwsp = next(f for f in FINDINGS if f.matched == "\u200b")
    source, marks = _source_and_marks(zwsp)
    assert source.startswith("1 | 新闻标题\\u001b]0;pwned\\u0007")
    # Cells before the span: 新闻标题 (8), \u001b (6), ]0;pwned (8), \u0007 (6), 正文 (4), \u001b (6),
    # [2J (3), 内容， (6), \u202e (6), 反转 (4), \u202c (6), 文字 (4), \u0085 (6), 下一行， (8), Anthro (6).
    assert marks == "  | " + " " * 87 + "^"


def test_machine_formats_are_valid_utf8_and_parse() -> None:
    for fmt in MACHINE_FORMATS:
        out = render(fmt, FINDINGS, _summary())
        data = out.encode("utf-8")
        if fmt in ("json", "sarif", "gitlab", "rdjson"):
            json.loads(data)
        elif fmt == "json-lines":
            assert len([json.loads(line) for line in data.splitlines()]) == len(FINDINGS)
        elif fmt == "junit":
            ET.fromstring(data)


def test_json_keeps_text_exact_except_undecodable_bytes() -> None:
    data = json.loads(render("json", FINDINGS, _summary()))
    assert {f["path"] for f in data["findings"]} == {"d/\x1b[31mred.txt", "d/line\nbreak.txt", "d/\\xff.txt"}
    assert {"\x1b", "\x07", "\u202e", "\x85"} <= {f["matched"] for f in data["findings"]}
    last = data["findings"][-1]
    assert (last["message"], last["matched"]) == ("Invisible character: \ufffd after \\xff", "\\xff")


def test_json_lines_has_one_line_per_finding_even_with_line_breaks_in_paths() -> None:
    lines = render("json-lines", FINDINGS, _summary()).split("\n")
    assert lines[-1] == ""
    assert [json.loads(line)["path"] for line in lines[:-1]] == [f.path.replace("\udcff", "\\xff") for f in FINDINGS]


def test_sarif_validates_and_percent_encodes_the_file_name_bytes() -> None:
    import jsonschema

    log = json.loads(render("sarif", FINDINGS, _summary()))
    schema = sarif_schema()
    jsonschema.Draft4Validator(schema).validate(log)
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]]
    assert set(uris) == {"d/%1B%5B31mred.txt", "d/line%0Abreak.txt", "d/%FF.txt"}
    snippet = log["runs"][0]["results"][-1]["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]
    assert snippet == "\\xff"


def test_junit_parses_and_shows_undecodable_bytes_as_bytes() -> None:
    root = ET.fromstring(render("junit", FINDINGS, _summary()))
    names = list(dict.fromkeys(c.get("classname") for c in root.iter("testcase")))
    assert names == ["d/\\x1b[31mred.txt", "d/line\nbreak.txt", "d/\\xff.txt"]
    texts = "".join(f.text or "" for f in root.iter("failure"))
    assert "\x1b" not in texts and "\x07" not in texts and "\\x1b]0;pwned\\x07" in texts


def test_github_annotations_stay_one_per_line_and_show_no_raw_control() -> None:
    out = render("github", FINDINGS, _summary())
    out.encode("utf-8")
    lines = out.splitlines()
    assert len(lines) == len(FINDINGS)
    assert all(line.startswith(("::warning ", "::error ", "::notice ")) for line in lines)
    assert [c for c in out if must_be_escaped(c) and c != "\n"] == []
    assert "file=d/line%0Abreak.txt," in out  # the runner decodes %0A back to the real name
    assert "file=d/\\u001b[31mred.txt," in out and "file=d/\\xff.txt," in out
    # NEXT LINE (U+0085) is a Windows-1252 ellipsis read as Latin-1: reported as mojibake, escaped.
    assert "Mojibake `\\u0085`" in out and "::warning file=d/\\xff.txt,line=1,col=5," in out


def test_near_misses_pass_through_unchanged() -> None:
    text = "微软\u200b和亚马逊，👩\u200d💻 e\u0301 tab\there 50%\n"
    f = lint_text(text, path="新闻/2024 年/a.txt", settings=Settings(select=("encoding",)))[0]
    out = render("full", [f], _summary())
    assert out.startswith("新闻/2024 年/a.txt:1:3: SL005")
    assert "1 | 微软\u200b和亚马逊，👩\u200d💻 e\u0301 tab here 50%" in out
    concise = render("concise", [f], _summary())
    assert concise.startswith("新闻/2024 年/a.txt:1:3: SL005 [*] Invisible character: U+200B ZERO WIDTH SPACE")
    sarif = json.loads(render("sarif", [f], _summary()))
    uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "%E6%96%B0%E9%97%BB/2024%20%E5%B9%B4/a.txt"


ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(message=ANY_TEXT, matched=ANY_TEXT, path=ANY_TEXT.filter(bool), line_text=ANY_TEXT, column=st.integers(1, 40))
def test_any_text_renders_safely_in_every_format(
    message: str, matched: str, path: str, line_text: str, column: int
) -> None:
    f = Finding(
        path=path,
        line=1,
        column=column,
        end_line=1,
        end_column=column + len(matched),
        code="SL005",
        name="invisible-character",
        severity=Severity.WARNING,
        message=message,
        matched=matched,
        line_text=line_text,
    )
    summary = Summary(files=1, rules=RULES, paths=(path,))
    for fmt in FORMATS:
        out = render(fmt, [f], summary)
        data = out.encode("utf-8")
        if fmt in HUMAN_FORMATS | {"pylint", "azure"}:
            assert [c for c in out if must_be_escaped(c) and c != "\n"] == []
            lines = out.splitlines()
            if fmt == "grouped":
                # The file's header, the finding, a blank line, the closing line.
                assert lines[0] == escape_path(path) + ":" and len(lines) == 4
            elif fmt == "azure":
                assert lines[0].startswith("##vso[task.logissue type=warning;sourcepath=") and len(lines) == 1
            else:
                assert lines[0].startswith(escape_path(path) + ":1:")
                # The header, the source block (gutter, line, carets, blank) in full, the closing line.
                expected = {"full": 6 if line_text else 2, "concise": 2, "pylint": 1}
                assert len(lines) == expected[fmt]
        elif fmt == "junit":
            ET.fromstring(data)
        elif fmt == "github":
            assert len(out.splitlines()) == 1
        elif fmt == "html":
            index = out.split('<script type="application/json" id="sl-index">', 1)[1].split("</script>", 1)[0]
            assert json.loads(index)["docs"][0][1] == 1
        else:
            json.loads(data)


def test_clean_output_is_unchanged() -> None:
    # Guard against over-escaping: a finding without controls prints exactly as before.
    f = _finding("plain ascii\u200b text\twith tab", 12, 13)
    out = render("full", [f], _summary()).splitlines()
    assert out[:4] == [
        "news/a.txt:1:12: SL005 warning[invisible-character] Invisible character",
        "  |",
        "1 | plain ascii\u200b text with tab",
        "  | " + " " * 11 + "^",
    ]
