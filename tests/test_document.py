"""Decoding real encodings, width folding and offset -> line/column mapping."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedlint.document import Document, decode, width_fold
from seedlint.engine import is_binary

ARTICLE = "科技巨头纷纷向人工智能初创公司投资，以换取云计算业务的收入。亚马逊和谷歌是最大的投资方。\n"


@pytest.mark.parametrize(
    "encoding,expected",
    [("gbk", "gb18030"), ("gb2312", "gb18030"), ("gb18030", "gb18030")],
)
def test_gb_family_decodes_as_gb18030(encoding, expected):
    decoded = decode(ARTICLE.encode(encoding))
    assert decoded.encoding == expected
    assert decoded.text == ARTICLE
    assert decoded.undecodable == ()


def test_big5_decodes():
    text = "這是一篇以繁體中文撰寫的新聞報導，內容涉及科技公司的投資與雲端服務。\n"
    decoded = decode(text.encode("big5"))
    assert decoded.encoding == "big5"
    assert decoded.text == text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_bom(encoding):
    decoded = decode(ARTICLE.encode(encoding))
    assert decoded.encoding == encoding
    assert decoded.text == ARTICLE


def test_utf8_fast_path_and_bom():
    assert decode(ARTICLE.encode()).encoding == "utf-8"
    with_bom = decode(codecs.BOM_UTF8 + ARTICLE.encode())
    assert (with_bom.encoding, with_bom.bom, with_bom.text) == ("utf-8", True, ARTICLE)


def test_broken_utf8_keeps_positions_of_undecodable_bytes():
    raw = "微软向OpenAI投资了十亿美元，成为最大的股东。".encode() + b"\xe4\xb8" + "结束".encode()
    decoded = decode(raw)
    assert decoded.encoding == "utf-8"
    assert len(decoded.undecodable) == 2
    assert all(decoded.text[i] == "\ufffd" for i in decoded.undecodable)
    assert decoded.text.endswith("结束")


def test_width_fold_keeps_length_and_folds_fullwidth_ascii():
    text = "来源：新华社（北京）　ＡＢＣ１２３！"
    folded = width_fold(text)
    assert len(folded) == len(text)
    assert folded == "来源:新华社(北京) ABC123!"


@given(st.text())
def test_width_fold_is_length_preserving(text):
    assert len(width_fold(text)) == len(text)


def test_positions_are_one_based_code_points_across_line_styles():
    doc = Document("第一行\r\n第二行abc\rthird\nfour")
    assert doc.lines == ["第一行", "第二行abc", "third", "four"]
    assert doc.position(0) == (1, 1)
    assert doc.position(doc.text.index("abc")) == (2, 4)
    assert doc.position(doc.text.index("third")) == (3, 1)
    assert doc.position(doc.text.index("four") + 2) == (4, 3)
    assert doc.newlines == {"\r\n": 1, "\r": 1, "\n": 1}


@given(st.text(alphabet=st.sampled_from("ab中文\n\r　，")))
def test_position_roundtrip(text):
    doc = Document(text)
    for offset in range(len(text)):
        line, column = doc.position(offset)
        assert doc.line_starts[line - 1] + column - 1 == offset


def test_paragraphs_are_blank_line_separated():
    doc = Document("标题\n\n第一段第一行\n第一段第二行\n\u3000\n第二段\n")
    assert [(p.first_line, p.last_line, p.text) for p in doc.paragraphs] == [
        (1, 1, "标题"),
        (3, 4, "第一段第一行\n第一段第二行"),
        (6, 6, "第二段"),
    ]


def test_finding_maps_folded_match_back_to_text():
    from seedlint.checks.encoding import EMPTY_FILE

    doc = Document("正文\n来源：未知\n")
    start = doc.folded.index("来源:")
    finding = doc.finding(EMPTY_FILE, start, start + 5, "m")
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (2, 1, 2, 6)
    assert finding.matched == "来源：未知"
    assert finding.line_text == "来源：未知"


def test_delete_lines_fix_removes_block_and_its_blank_lines():
    from seedlint.fixes import apply_fixes

    doc = Document("正文一\n\n特别声明:以上内容\n第二行\n\n")
    fix = doc.delete_lines_fix(3, 4)
    finding = doc.finding(_rule(), 0, 1, "m", fix=fix)
    assert apply_fixes(doc, [finding]).text == "正文一\n"
    doc = Document("垃圾广告\n\n标题\n正文\n")
    finding = doc.finding(_rule(), 0, 1, "m", fix=doc.delete_lines_fix(1, 1))
    assert apply_fixes(doc, [finding]).text == "标题\n正文\n"


def _rule():
    from seedlint.checks.encoding import EMPTY_FILE

    return EMPTY_FILE


def test_binary_detection():
    assert is_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert not is_binary(ARTICLE.encode("utf-16"))
    assert not is_binary(ARTICLE.encode())
