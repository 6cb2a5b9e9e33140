"""SL008 empty-file: empty files and files of whitespace only."""

from __future__ import annotations

from tests.checks.encoding.texts import codes


def test_empty_and_whitespace_files():
    assert codes(b"") == ["SL008"]
    assert codes("\n \u3000\n") == ["SL008"]
