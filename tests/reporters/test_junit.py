"""JUnit XML: one test case per finding and per clean file, the fail level, and safe escaping."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace

from seedlint.config import Settings
from seedlint.engine import lint_text
from seedlint.model import Finding, Severity
from seedlint.reporters import Summary, render

ARTICLE = "微软\u200b和亚马逊宣布投资\u200b。\n"

ENCODING_ONLY = Settings(select=("encoding",))


def lint(text: str | bytes, path: str | None = None) -> list[Finding]:
    """Findings of the encoding rules only, whose exact output these tests pin."""
    return lint_text(text, path=path, settings=ENCODING_ONLY)


def _parse(findings: list[Finding], paths: list[str]) -> ET.Element:
    return ET.fromstring(render("junit", findings, Summary(files=len(paths), paths=paths)))


def test_one_testcase_per_finding_and_one_per_clean_file() -> None:
    findings = lint(ARTICLE, "news/bad one.txt") + lint("投资\u202e了\n", path="news/worse.txt")
    paths = ["news/bad one.txt", "news/clean.txt", "news/worse.txt"]
    root = _parse(findings, paths)
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == "seedlint"
    for element in (root, suite):
        assert (element.get("tests"), element.get("failures"), element.get("errors")) == ("4", "3", "0")
    assert suite.get("skipped") == "0"
    cases = suite.findall("testcase")
    assert [(c.get("classname"), c.get("name"), c.get("line"), c.get("column")) for c in cases] == [
        ("news/bad one.txt", "seedlint.SL005", "1", "3"),
        ("news/bad one.txt", "seedlint.SL005", "1", "12"),
        ("news/clean.txt", "seedlint", None, None),
        ("news/worse.txt", "seedlint.SL005", "1", "3"),
    ]
    assert [len(c.findall("failure")) for c in cases] == [1, 1, 0, 1]
    assert len(cases[2]) == 0 and not (cases[2].text or "").strip()
    first = cases[0].find("failure")
    assert first is not None
    assert first.get("type") == "SL005"
    assert first.get("message") == "1:3: SL005 Invisible character: U+200B ZERO WIDTH SPACE"
    assert first.text is not None
    assert first.text.startswith("news/bad one.txt:1:3: SL005 [warning] Invisible character")
    assert first.text.endswith("| " + ARTICLE.rstrip("\n"))


def test_findings_below_the_fail_level_are_skipped_not_failed() -> None:
    warning = lint(ARTICLE, "a.txt")[0]
    info = replace(warning, severity=Severity.INFO, line=2)
    error = replace(warning, severity=Severity.ERROR, line=3)
    summary = Summary(files=1, paths=["a.txt"], fail_on=Severity.ERROR)
    root = ET.fromstring(render("junit", [warning, info, error], summary))
    suite = root.find("testsuite")
    assert suite is not None
    assert [(c[0].tag, c[0].get("message")) for c in suite.iter("testcase")] == [
        ("skipped", "1:3: SL005 Invisible character: U+200B ZERO WIDTH SPACE"),
        ("skipped", "2:3: SL005 Invisible character: U+200B ZERO WIDTH SPACE"),
        ("failure", "3:3: SL005 Invisible character: U+200B ZERO WIDTH SPACE"),
    ]
    assert [suite.get(k) for k in ("tests", "failures", "skipped", "errors")] == ["3", "1", "2", "0"]
    assert (root.get("tests"), root.get("failures")) == ("3", "1")
    # The default fail level is the settings' default, warning: only the info finding is skipped.
    default = ET.fromstring(render("junit", [warning, info, error], Summary(paths=["a.txt"])))
    assert [c[0].tag for c in default.iter("testcase")] == ["failure", "skipped", "failure"]


def test_all_files_pass() -> None:
    root = _parse([], ["a.txt", "b.txt"])
    assert (root.get("tests"), root.get("failures")) == ("2", "0")
    assert root.findall(".//failure") == []
    assert [(c.get("classname"), c.get("name")) for c in root.iter("testcase")] == [
        ("a.txt", "seedlint"),
        ("b.txt", "seedlint"),
    ]


def test_findings_for_paths_missing_from_the_summary_still_appear() -> None:
    root = _parse(lint(ARTICLE, "x.txt"), [])
    assert [c.get("classname") for c in root.iter("testcase")] == ["x.txt", "x.txt"]
    assert root.get("failures") == "2"


def test_markup_quotes_and_control_characters_are_escaped() -> None:
    message = "Price <b> & \"quoted\" 'single' \x07bell\x00 tab\there\nnext"
    finding = Finding(
        path='dir/<odd> & "name".txt',
        line=2,
        column=5,
        end_line=2,
        end_column=6,
        code="SL005",
        name="invisible-character",
        severity=Severity.ERROR,
        message=message,
        matched="\x07",
        line_text="abc\x07def <tag>",
    )
    text = render("junit", [finding], Summary(files=1, paths=[finding.path]))
    assert "\x07" not in text and "\x00" not in text
    root = ET.fromstring(text)
    case = root.find(".//testcase")
    assert case is not None and case.get("classname") == 'dir/<odd> & "name".txt'
    failure = case.find("failure")
    assert failure is not None
    expected = "Price <b> & \"quoted\" 'single' \\x07bell\\x00 tab\there\nnext"
    assert failure.get("message") == f"2:5: SL005 {expected}"
    assert failure.text is not None and expected in failure.text
    assert failure.text.endswith("| abc\\x07def <tag>")


def test_output_is_deterministic_and_declares_utf8() -> None:
    findings = lint(ARTICLE, "a.txt")
    first = render("junit", findings, Summary(paths=["a.txt"]))
    assert first == render("junit", findings, Summary(paths=["a.txt"]))
    assert first.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')
    assert "微软" in first


def test_a_run_passes_its_fail_level(tmp_path) -> None:
    import os

    from click.testing import CliRunner

    from seedlint.cli import cli

    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "clean.txt").write_text("正文。\n", "utf-8")
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        for fail_on, code, failed in (("warning", 1, "2"), ("error", 0, "0")):
            args = ["check", "--output-format", "junit", "--select", "encoding", "--fail-on", fail_on, "."]
            result = CliRunner().invoke(cli, args)
            assert result.exit_code == code
            root = ET.fromstring(result.stdout)
            assert (root.get("tests"), root.get("failures")) == ("3", failed)
    finally:
        os.chdir(old)
