"""SL006 mixed-line-endings: the first line that differs from the most common style."""

from __future__ import annotations

from seedlint.engine import lint_text
from tests.checks.encoding.texts import ENCODING


def test_mixed_line_endings_points_at_the_first_odd_line():
    found = lint_text("a\nb\nc\r\nd\n", settings=ENCODING)
    assert [(f.code, f.line) for f in found] == [("SL006", 3)]
    assert "1 CRLF" in found[0].message and "3 LF" in found[0].message
