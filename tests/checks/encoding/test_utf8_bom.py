"""SL002 utf8-bom: the mark is reported once and the fix drops it."""

from __future__ import annotations

from seedlint.engine import lint_text
from tests.checks.encoding.texts import ARTICLE, ENCODING


def test_bom_is_reported_once_and_fix_drops_it():
    from seedlint.document import Document
    from seedlint.fixes import apply_fixes

    raw = b"\xef\xbb\xbf" + ARTICLE.encode()
    found = lint_text(raw, settings=ENCODING)
    assert [f.code for f in found] == ["SL002"]
    result = apply_fixes(Document.from_bytes(raw), found)
    assert result.encoded() == ARTICLE.encode()
