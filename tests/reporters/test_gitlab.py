"""GitLab Code Quality report: the keys GitLab requires, severities, and unique, stable fingerprints."""

from __future__ import annotations

import json
from dataclasses import replace

from seedlint.config import Settings
from seedlint.engine import lint_text
from seedlint.model import Finding, Severity
from seedlint.reporters import Summary, render

ARTICLE = "微软\u200b和亚马逊宣布投资\u200b。\n记者从会上获悉，双方将合作建设数据中心。\n"
ALLOWED_SEVERITIES = {"info", "minor", "major", "critical", "blocker"}

ENCODING_ONLY = Settings(select=("encoding",))


def lint(text: str | bytes, path: str | None = None) -> list[Finding]:
    """Findings of the encoding rules only, whose exact output these tests pin."""
    return lint_text(text, path=path, settings=ENCODING_ONLY)


def _issues(findings: list[Finding]) -> list[dict]:
    return json.loads(render("gitlab", findings, Summary(files=1)))


def _finding(path: str, line: int, severity: Severity, fingerprint: str = "") -> Finding:
    return Finding(
        path=path,
        line=line,
        column=1,
        end_line=line,
        end_column=2,
        code="SL005",
        name="invisible-character",
        severity=severity,
        message="Invisible character",
        matched="x",
        fingerprint=fingerprint,
    )


def test_every_issue_has_the_required_keys() -> None:
    issues = _issues(lint(ARTICLE, "seeds/article.txt"))
    assert len(issues) == 2
    for issue in issues:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= issue.keys()
        assert issue["check_name"] == "SL005"
        assert issue["description"].startswith("SL005 Invisible character")
        assert issue["severity"] in ALLOWED_SEVERITIES
        assert issue["location"]["path"] == "seeds/article.txt"
        assert isinstance(issue["fingerprint"], str) and issue["fingerprint"]
    assert [i["location"]["lines"] for i in issues] == [{"begin": 1, "end": 1}, {"begin": 1, "end": 1}]


def test_severity_mapping() -> None:
    findings = [_finding("a.txt", n, sev, f"fp{n}") for n, sev in enumerate(Severity, start=1)]
    assert [i["severity"] for i in _issues(findings)] == ["info", "minor", "major"]


def test_fingerprints_are_unique_per_issue() -> None:
    # The same character twice in one file, and the same file content under two paths.
    findings = lint(ARTICLE, "a.txt") + lint(ARTICLE, "b.txt")
    fingerprints = [i["fingerprint"] for i in _issues(findings)]
    assert len(fingerprints) == 4
    assert len(set(fingerprints)) == 4


def test_findings_without_engine_fingerprints_still_get_unique_ones() -> None:
    twins = [_finding("a.txt", 3, Severity.WARNING), _finding("a.txt", 3, Severity.WARNING)]
    fingerprints = [i["fingerprint"] for i in _issues(twins)]
    assert fingerprints[0] != fingerprints[1]


def test_fingerprints_survive_inserted_lines_and_do_not_depend_on_order() -> None:
    before = _issues(lint(ARTICLE, "a.txt"))
    after = _issues(lint("新增的导语段落。\n\n" + ARTICLE, path="a.txt"))
    assert [i["fingerprint"] for i in before] == [i["fingerprint"] for i in after]
    assert [i["location"]["lines"]["begin"] for i in after] == [3, 3]
    reordered = _issues(list(reversed(lint(ARTICLE, "a.txt"))))
    assert {i["fingerprint"] for i in reordered} == {i["fingerprint"] for i in before}


def test_paths_are_repository_relative_with_forward_slashes() -> None:
    findings = lint(ARTICLE, "./seeds/article.txt")
    findings += [replace(findings[0], path="seeds\\other.txt")]
    assert [i["location"]["path"] for i in _issues(findings)] == ["seeds/article.txt"] * 2 + ["seeds/other.txt"]


def test_multi_line_findings_give_the_line_range() -> None:
    finding = replace(_finding("a.txt", 4, Severity.ERROR, "fp"), end_line=6)
    assert _issues([finding])[0]["location"]["lines"] == {"begin": 4, "end": 6}


def test_no_findings_is_an_empty_array() -> None:
    assert _issues([]) == []
