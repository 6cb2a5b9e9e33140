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


def test_c1_controls_inside_mojibake_belong_to_it_and_fix_keeps_them(tmp_path):
    # "Schönko" written as UTF-8 and read as Latin-1: the Ö became Ã and the C1 control U+0096.
    garbled = "Sch\u00c3\u0096nko und M\u00c3\u00bcller.\n"
    found = lint_text(garbled + "A\x07bell.\n", settings=ENCODING)
    assert [(f.code, f.line) for f in found] == [("SL004", 1), ("SL004", 1), ("SL005", 2)]
    assert found[0].message == "Mojibake `\u00c3\u0096`: UTF-8 read as Latin-1; probably `Ö`"
    target = tmp_path / "doc.txt"
    target.write_text(garbled + "A\x07bell.\n", "utf-8")
    from tests.helpers import run

    result = run("check", "--fix", "--no-cache", "doc.txt", cwd=tmp_path)
    assert result.returncode == 1
    # The bell is gone; every byte of the garbled Ö is still there, so the letter can be recovered.
    fixed = target.read_text("utf-8")
    assert fixed == garbled + "Abell.\n"
    assert fixed.splitlines()[0][:8].encode("latin-1").decode("utf-8") == "SchÖnko"


def test_a_c1_control_outside_mojibake_is_still_reported():
    assert codes("price\x81list\n") == ["SL005"]
    # U+0096 alone is a Windows-1252 en dash read as Latin-1: mojibake with a repair, not a control.
    (finding,) = lint_text("price\x96list\n", settings=ENCODING)
    assert finding.code == "SL004" and finding.fix.edits[0].content == "\u2013"
