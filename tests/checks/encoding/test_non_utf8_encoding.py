"""SL001 non-utf8-encoding: files in GBK, GB18030, Big5, UTF-16 and UTF-32."""

from __future__ import annotations

import pytest

from seedlint.engine import lint_text
from tests.checks.encoding.texts import ARTICLE, ENCODING


@pytest.mark.parametrize(
    "encoding,name",
    [("gbk", "gb18030"), ("gb18030", "gb18030"), ("big5", "big5"), ("utf-16", "utf-16"), ("utf-32", "utf-32")],
)
def test_non_utf8_names_the_encoding(encoding, name):
    text = (
        ARTICLE
        if encoding != "big5"
        else "亞馬遜正討論向人工智慧新創公司進行第二筆數十億美元的投資，這筆投資與去年的交易類似。\n"
    )
    found = lint_text(text.encode(encoding), settings=ENCODING)
    assert [f.code for f in found] == ["SL001"]
    assert f"encoded as {name}" in found[0].message
