"""SL007 undecodable-bytes: invalid byte sequences are findings, never crashes or rewrites."""

from __future__ import annotations

import codecs

import pytest

from seedlint.engine import lint_text
from tests.checks.encoding.texts import ARTICLE, ENCODING


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        (b"\xff\xfea", "utf-16"),  # a UTF-16 BOM and half a code unit: used to crash
        (b"\xff\xfe" + ARTICLE.encode("utf-16-le") + b"\x00\xd8", "utf-16"),  # a cut surrogate pair
        (b"\xfe\xff" + ARTICLE.encode("utf-16-be")[:-1], "utf-16"),
        (codecs.BOM_UTF32_LE + ARTICLE.encode("utf-32-le") + b"\x00\x00\x11\x00", "utf-32"),
    ],
)
def test_undecodable_utf16_and_utf32_bytes_are_findings_not_crashes(raw, name):
    found = lint_text(raw, settings=ENCODING)
    assert [f.code for f in found] == ["SL001", "SL007"]
    assert f"cannot be decoded as {name}" in found[1].message


def test_lone_surrogates_in_a_str_are_reported_as_undecodable():
    found = lint_text("\ud800", settings=ENCODING)
    assert [(f.code, f.start, f.end, f.matched) for f in found] == [("SL007", 0, 1, "\ufffd")]
    found = lint_text(ARTICLE[:10] + "\udc80\udcff" + ARTICLE[10:], settings=ENCODING)
    assert [(f.code, f.start, f.end) for f in found] == [("SL007", 10, 12)]
    assert lint_text("\udfff" + ARTICLE)  # all rule families run on it without raising


def test_a_file_with_undecodable_bytes_is_never_rewritten():
    from seedlint.document import Document
    from seedlint.fixes import FixError, apply_fixes

    raw = b"\xff\xfe" + "正文\u200b一\n".encode("utf-16-le") + b"a"
    found = lint_text(raw, settings=ENCODING)
    assert {"SL007", "SL005"} <= {f.code for f in found}
    with pytest.raises(FixError):
        apply_fixes(Document.from_bytes(raw), found, unsafe=True)
