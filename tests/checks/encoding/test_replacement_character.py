"""SL003 replacement-character: U+FFFD in the file, apart from undecodable bytes."""

from __future__ import annotations

from seedlint.engine import lint_text
from tests.checks.encoding.texts import ENCODING


def test_replacement_and_undecodable_are_distinct():
    raw = (
        "已有替换符\ufffd。".encode()
        + "后面是坏字节".encode()
        + b"\xff"
        + "。再来一些正常的中文内容以保持为UTF-8。".encode()
    )
    found = lint_text(raw, settings=ENCODING)
    assert sorted(f.code for f in found) == ["SL003", "SL007"]
