"""Tests of the currency family (SL5xx), one module per rule."""

from __future__ import annotations

import tomllib
from pathlib import Path

from seedlint.config import Settings
from seedlint.engine import lint_text

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "currency"
CASES = tomllib.loads((FIXTURES / "cases.toml").read_text("utf-8"))
CODES = ("SL501", "SL502", "SL503")
ONLY = Settings(select=CODES)


def codes_of(text: str, settings: Settings = ONLY) -> list[str]:
    return [f.code for f in lint_text(text, settings=settings) if f.code in CODES]


def flag_cases(code: str) -> list[dict]:
    """The written cases that must be reported with ``code``."""
    return [case for case in CASES["flag"] if case["code"] == code]
