"""SL005 invisible-character: zero-width, bidi and control characters and their fixes."""

from __future__ import annotations

from seedlint.engine import lint_text
from tests.checks.encoding.texts import ENCODING, codes


def test_invisible_characters_and_their_fixes():
    found = lint_text("Anthro\u200bpic\n投资\u202e了\n", settings=ENCODING)
    assert [(f.code, f.line, f.column, f.fix.applicability.value) for f in found] == [
        ("SL005", 1, 7, "safe"),
        ("SL005", 2, 3, "unsafe"),
    ]
    assert codes("emoji 👨\u200d💻 and Persian می\u200cخواهم\n") == []


def test_control_characters_but_not_tabs_or_newlines():
    assert codes("a\tb\r\nc\r\n") == []
    assert codes("bell\x07 and escape\x1b[0m\n") == ["SL005", "SL005"]
