"""What the family tests share: fixture cases, running selected rules and applying a fix."""

from __future__ import annotations

from pathlib import Path

from seedlint.config import Settings
from seedlint.engine import lint_text
from seedlint.model import Finding

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def cases(family: str, name: str) -> list[str]:
    """Documents of a fixture file: cases separated by `====` lines, `#` lines are comments."""
    text = (FIXTURES / family / f"{name}.txt").read_text("utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    return [case.strip("\n") + "\n" for case in body.split("\n====\n") if case.strip()]


def codes(text: str, *select: str, settings: Settings | None = None) -> list[str]:
    return [f.code for f in lint_text(text, settings=settings or Settings(select=select))]


def apply(text: str, finding: Finding) -> str:
    assert finding.fix is not None
    for edit in sorted(finding.fix.edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.content + text[edit.end :]
    return text


def only(findings: list[Finding], family: tuple[str, ...]) -> list[tuple[str, int, int]]:
    return [(f.code, f.line, f.end_line) for f in findings if f.code in family]
