"""SARIF: rule pages, the invocation, %SRCROOT%-relative locations and per-file fingerprints."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from seedlint.engine import lint_text
from seedlint.model import Finding, Rule, Severity
from seedlint.registry import load_registry
from seedlint.reporters import Summary, render
from seedlint.reporters.sarif import artifact_location
from seedlint.rule_docs import DOCS_URL, page_name, rule_url
from tests.helpers import REPO, sarif_schema

ARTICLE = "微软\u200b和亚马逊宣布投资。\n"
RULES = {r.code: r for r in load_registry().rules}


def _validate(log: dict) -> None:
    import jsonschema

    jsonschema.Draft4Validator(sarif_schema()).validate(log)


def _log(findings: list[Finding], **changes: object) -> dict:
    summary = replace(Summary(files=1, rules=RULES, version="9.9"), **changes)
    log = json.loads(render("sarif", findings, summary))
    _validate(log)
    return log


def _locations(log: dict) -> list[dict]:
    return [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in log["runs"][0]["results"]]


def test_every_builtin_rule_links_to_its_generated_page() -> None:
    rules = _log([])["runs"][0]["tool"]["driver"]["rules"]
    assert rules and all(r["helpUri"].startswith(DOCS_URL + "rules/") for r in rules)
    sl005 = next(r for r in rules if r["id"] == "SL005")
    assert sl005["helpUri"] == "https://seedlint.readthedocs.io/en/latest/rules/SL005-invisible-character/"
    # Each link names a page that `python -m seedlint.rule_docs` generates.
    for rule in RULES.values():
        assert (REPO / "docs" / "rules" / page_name(rule)).is_file()
        assert rule_url(rule) == f"{DOCS_URL}rules/{page_name(rule).removesuffix('.md')}/"


def test_a_rule_without_a_page_has_no_help_uri() -> None:
    plugin = Rule("XY001", "made-up", Severity.WARNING, "Made up", "## What it does\nx", (), ())
    rules = _log([], rules={"XY001": plugin})["runs"][0]["tool"]["driver"]["rules"]
    assert "helpUri" not in rules[0]


@pytest.mark.parametrize(("exit_code", "successful"), [(0, True), (1, True), (2, False)])
def test_the_invocation_carries_the_exit_code(exit_code: int, successful: bool) -> None:
    (invocation,) = _log([], exit_code=exit_code)["runs"][0]["invocations"]
    assert invocation == {"executionSuccessful": successful, "exitCode": exit_code}


def test_without_a_known_exit_code_the_invocation_has_none() -> None:
    assert _log([])["runs"][0]["invocations"] == [{"executionSuccessful": True}]


def test_paths_under_the_current_directory_are_relative_to_srcroot(tmp_path: Path, monkeypatch) -> None:
    work = tmp_path / "仓库 一"
    work.mkdir()
    monkeypatch.chdir(work)
    found = lint_text(ARTICLE, path="新闻/a b.txt")
    moved = [
        *found,
        replace(found[0], path="./新闻/./c.txt"),
        replace(found[0], path=str(work / "d.txt")),
        replace(found[0], path=str(tmp_path / "other dir" / "e.txt")),
        replace(found[0], path="../f.txt"),
    ]
    log = _log(moved)
    base = log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base == Path(os.getcwd()).as_uri() + "/"
    assert base.startswith("file:///") and base.endswith("/%E4%BB%93%E5%BA%93%20%E4%B8%80/")
    assert _locations(log) == [
        {"uri": "%E6%96%B0%E9%97%BB/a%20b.txt", "uriBaseId": "%SRCROOT%"},
        {"uri": "%E6%96%B0%E9%97%BB/c.txt", "uriBaseId": "%SRCROOT%"},
        {"uri": "d.txt", "uriBaseId": "%SRCROOT%"},
        {"uri": (tmp_path / "other dir" / "e.txt").as_uri()},
        {"uri": (tmp_path / "f.txt").as_uri()},
    ]


def test_the_current_directory_itself_is_never_an_empty_relative_uri() -> None:
    assert artifact_location("/", "/") == {"uri": "file:///"}
    assert artifact_location("/srv/x.txt", "/") == {"uri": "srv/x.txt", "uriBaseId": "%SRCROOT%"}


def test_the_same_finding_in_two_files_has_two_identities() -> None:
    first = lint_text(ARTICLE, path="a.txt")
    second = lint_text(ARTICLE, path="b.txt")
    results = _log(first + second)["runs"][0]["results"]
    one, two = (r["partialFingerprints"] for r in results)
    # The finding's own identity is the same text in both files; with the path it is not.
    assert one["seedlintFingerprint/v1"] == two["seedlintFingerprint/v1"] == first[0].fingerprint
    assert one["seedlintPathFingerprint/v1"] != two["seedlintPathFingerprint/v1"]
    # Unrelated edits (lines inserted above) keep both.
    shifted = lint_text("前言。\n\n" + ARTICLE, path="a.txt")
    again = _log(shifted)["runs"][0]["results"][0]["partialFingerprints"]
    assert again == one


def test_findings_that_coincide_are_still_told_apart() -> None:
    (f,) = lint_text(ARTICLE, path="a.txt")
    results = _log([f, f])["runs"][0]["results"]
    assert len({r["partialFingerprints"]["seedlintPathFingerprint/v1"] for r in results}) == 2


def test_a_run_writes_its_exit_code_and_relative_locations(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from seedlint.cli import cli

    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a b.txt").write_text(ARTICLE, "utf-8")
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        for args, code in (([], 1), (["--exit-zero"], 0)):
            result = CliRunner().invoke(
                cli, ["check", "--output-format", "sarif", "--select", "encoding", *args, "news"]
            )
            assert result.exit_code == code
            log = json.loads(result.stdout)
            _validate(log)
            assert log["runs"][0]["invocations"] == [{"executionSuccessful": True, "exitCode": code}]
            assert _locations(log) == [{"uri": "news/a%20b.txt", "uriBaseId": "%SRCROOT%"}]
    finally:
        os.chdir(old)
