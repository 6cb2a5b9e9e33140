"""Tests of the contradiction family (SL4xx), one module per rule."""

from __future__ import annotations

from pathlib import Path

from seedlint.config import Settings
from seedlint.engine import lint_text
from seedlint.model import Finding, Fix

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "contradiction"
CODES = ("SL401", "SL402", "SL403", "SL404", "SL405", "SL406")


def run(text: str, code: str | None = None) -> list[Finding]:
    select = (code,) if code else CODES
    return lint_text(text, settings=Settings(select=select))


def codes(text: str, code: str) -> list[str]:
    return [f.code for f in run(text, code) if f.code == code]


def apply_fix(text: str, fix: Fix | None) -> str:
    assert fix is not None
    for edit in sorted(fix.edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.content + text[edit.end :]
    return text
