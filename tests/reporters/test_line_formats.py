"""grouped, pylint and azure on findings with Chinese text and a path with spaces; the command line's
list of formats and --statistics with formats it cannot be written in."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from seedlint.cli import cli
from seedlint.config import Settings
from seedlint.engine import lint_text
from seedlint.model import Applicability, Finding, Severity
from seedlint.reporters import FORMATS, STATISTICS_FORMATS, STREAMING, Summary, render, render_file
from tests.helpers import REPO

ARTICLE = "微软\u200b和亚马逊宣布投资。\n" + "\n" * 9 + "正文\u200b第十一行。\n"
PATH = "新闻 2024/第 1 篇.txt"


@pytest.fixture(scope="module")
def findings() -> list[Finding]:
    found = lint_text(ARTICLE, path=PATH, settings=Settings(select=("encoding",)))
    assert [(f.line, f.column) for f in found] == [(1, 3), (11, 3)]
    return found + [replace(found[0], path="其他.txt", severity=Severity.INFO, fix=None)]


def test_grouped_lists_each_files_findings_under_its_name(findings: list[Finding]) -> None:
    assert render("grouped", findings, Summary(files=2)) == (
        "新闻 2024/第 1 篇.txt:\n"
        "   1:3 SL005 [*] Invisible character: U+200B ZERO WIDTH SPACE\n"
        "  11:3 SL005 [*] Invisible character: U+200B ZERO WIDTH SPACE\n"
        "\n"
        "其他.txt:\n"
        "  1:3 SL005 Invisible character: U+200B ZERO WIDTH SPACE\n"
        "\n"
        "Found 3 findings in 2 files (2 fixable).\n"
    )


@pytest.mark.parametrize("fmt", ["concise", "full", "grouped"])
def test_an_unsafe_fix_is_marked_and_counted_only_with_unsafe_fixes(findings: list[Finding], fmt: str) -> None:
    # As in ruff, [*] and "fixable" say what --fix would apply; an unsafe fix is a hidden one.
    assert findings[0].fix is not None
    unsafe = replace(findings[0], fix=replace(findings[0].fix, applicability=Applicability.UNSAFE))
    shown = render(fmt, [unsafe, findings[1]], Summary(files=1))
    assert shown.count("[*]") == 1
    assert shown.endswith("Found 2 findings in 1 file (1 fixable; 1 hidden fix can be enabled with --unsafe-fixes).\n")
    shown = render(fmt, [unsafe, findings[1]], Summary(files=1, unsafe_fixes=True))
    assert shown.count("[*]") == 2
    assert shown.endswith("Found 2 findings in 1 file (2 fixable).\n")


def test_grouped_pads_columns_so_codes_line_up(findings: list[Finding]) -> None:
    wide = [findings[0], replace(findings[1], line=2, column=120)]
    lines = render_file("grouped", wide, Summary()).splitlines()
    assert lines[1:3] == [
        "  1:3   SL005 [*] Invisible character: U+200B ZERO WIDTH SPACE",
        "  2:120 SL005 [*] Invisible character: U+200B ZERO WIDTH SPACE",
    ]


def test_grouped_colours_only_with_colour(findings: list[Finding]) -> None:
    coloured = render("grouped", findings, Summary(files=2, color=True))
    assert "\x1b[" in coloured
    assert click.unstyle(coloured) == render("grouped", findings, Summary(files=2))


def test_pylint(findings: list[Finding]) -> None:
    assert render("pylint", findings, Summary()) == (
        "新闻 2024/第 1 篇.txt:1: [SL005] Invisible character: U+200B ZERO WIDTH SPACE\n"
        "新闻 2024/第 1 篇.txt:11: [SL005] Invisible character: U+200B ZERO WIDTH SPACE\n"
        "其他.txt:1: [SL005] Invisible character: U+200B ZERO WIDTH SPACE\n"
    )


def test_azure_logging_commands(findings: list[Finding]) -> None:
    lines = render("azure", findings, Summary()).splitlines()
    assert lines[0] == (
        "##vso[task.logissue type=warning;sourcepath=新闻 2024/第 1 篇.txt;linenumber=1;columnnumber=3;code=SL005;]"
        "SL005 Invisible character: U+200B ZERO WIDTH SPACE"
    )
    assert lines[2].startswith("##vso[task.logissue type=warning;sourcepath=其他.txt;")  # info: Azure has no lower type
    error = render("azure", [replace(findings[0], severity=Severity.ERROR)], Summary())
    assert error.startswith("##vso[task.logissue type=error;")


def test_azure_escapes_what_its_agent_decodes(findings: list[Finding]) -> None:
    from seedlint.reporters.azure import escape_data, escape_property

    assert escape_property("a;b]c%d\r\ne") == "a%3Bb%5Dc%AZP25d%0D%0Ae"
    assert escape_data("a;b]c%d\r\ne") == "a;b]c%AZP25d%0D%0Ae"
    hostile = replace(findings[0], path="d/x;y]z%.txt", message="50% ]\n##vso[task.complete result=Failed;]done\x1b[2J")
    (line,) = render("azure", [hostile], Summary()).splitlines()
    assert "sourcepath=d/x%3By%5Dz%AZP25.txt;" in line
    assert line.endswith("]SL005 50%AZP25 ]%0A##vso[task.complete result=Failed;]done\\u001b[2J")
    assert line.count("##vso[") == 2 and line.startswith("##vso[task.logissue ")  # one command, at the start


@pytest.mark.parametrize("fmt", ["grouped", "pylint", "azure"])
def test_written_file_by_file_as_in_one_go(fmt: str, findings: list[Finding]) -> None:
    assert fmt in STREAMING
    by_file = render_file(fmt, findings[:2], Summary()) + render_file(fmt, findings[2:], Summary())
    assert render(fmt, findings, Summary(files=2)).startswith(by_file)


def test_check_help_lists_every_format() -> None:
    out = CliRunner().invoke(cli, ["check", "--help"], terminal_width=400).output
    choice = out.split("--output-format [", 1)[1].split("]", 1)[0]
    assert choice.split("|") == sorted(FORMATS)
    assert {"grouped", "pylint", "azure"} <= set(FORMATS)


def _check(*args: str, cwd: Path) -> tuple[int, str, str]:
    old = os.getcwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(cli, ["check", *args], catch_exceptions=False)
    finally:
        os.chdir(old)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("fmt", sorted(set(FORMATS) - set(STATISTICS_FORMATS)))
def test_statistics_refuse_formats_they_cannot_be_written_in(fmt: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    code, out, err = _check("--statistics", "--output-format", fmt, "a.txt", cwd=tmp_path)
    assert (code, out) == (2, "")
    assert err == (
        f"seedlint: error: --statistics cannot be used with --output-format {fmt} "
        "(statistics are written for full, concise, grouped, json)\n"
    )


@pytest.mark.parametrize("fmt", STATISTICS_FORMATS)
def test_statistics_in_the_formats_that_have_them(fmt: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    code, out, _ = _check("--statistics", "--select", "encoding", "--output-format", fmt, "a.txt", cwd=tmp_path)
    assert code == 1
    if fmt == "json":
        assert out.startswith("[\n  {\n")
    else:
        assert out.split()[:3] == ["2", "SL005", "invisible-character"]


def test_the_ci_guide_names_the_new_formats() -> None:
    guide = (REPO / "docs" / "ci.md").read_text("utf-8")
    for name in ("azure", "grouped", "pylint"):
        assert f"--output-format {name}" in guide
