"""Decoding real encodings, width folding and offset -> line/column mapping."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedlint.document import Document, decode
from seedlint.engine import is_binary, lint_document
from seedlint.fixes import FixError, apply_fixes
from tests.helpers import run_python

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


# Decoding never raises ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        b"\xff\xfea",  # UTF-16-LE BOM and half a code unit
        b"\xfe\xff\x00",
        b"\xff\xfe\x00\xd8a\x00",  # a lone high surrogate
        b"\xff\xfe\x00\xdc",  # a lone low surrogate
        b"\xff\xfe\x00\x00a",  # UTF-32-LE BOM and a cut unit
        b"\x00\x00\xfe\xff\x00\x11\x00\x00",  # beyond U+10FFFF
        b"\xef\xbb\xbf\xff",
        b"\xe4\xb8",
        bytes(range(256)),
    ],
)
def test_decode_is_total_and_marks_undecodable_bytes(raw):
    decoded = decode(raw)
    assert decoded.undecodable
    assert all(decoded.text[i] == "\ufffd" for i in decoded.undecodable)
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in decoded.text)


def test_utf16_bom_with_half_a_unit_reports_one_undecodable_byte():
    decoded = decode(b"\xff\xfe" + "来源".encode("utf-16-le") + b"a")
    assert (decoded.encoding, decoded.codec, decoded.bom) == ("utf-16", "utf-16-le", True)
    assert decoded.text == "来源\ufffd"
    assert decoded.undecodable == (2,)


def test_error_handler_escapes_bytes_below_0x80_and_utf16_units():
    from seedlint.document import UNDECODABLE

    assert UNDECODABLE == "seedlint-undecodable"
    assert b"a\x00\x00\xd8".decode("utf-16-le", UNDECODABLE) == "a\udc00\udcd8"
    assert b"\xfe\xff\x61".decode("utf-16-be", UNDECODABLE) == "\ufeff\udc61"


def test_a_codec_that_cannot_write_the_text_back_keeps_the_character_and_marks_it():
    # cp932 reads FA 5C and ED 40 as the same character; writing it back gives ED 40.
    article = "東京証券取引所で日経平均株価が大幅に上昇し、投資家の間で安心感が広がった。\n"
    raw = article.encode("cp932") + b"\xfa\x5c" + article.encode("cp932")
    decoded = decode(raw)
    assert decoded.codec == "cp932"
    assert decoded.text == raw.decode("cp932")
    assert decoded.undecodable == () and decoded.unwritable == (len(article),)


def test_big5_duplicate_mappings_are_text_not_undecodable_bytes(tmp_path):
    # Big5 reads A1 FE and A2 41 as U+FF0F (／) and writes it back as A2 41 (a duplicate mapping).
    article = "中央社記者台北5日電 台積電今天公布第一季財報，營收達新台幣5926億元，優於市場預期。\n" * 3
    raw = article.encode("big5") + b"\xa1\xfe" + article.encode("big5")
    assert raw.decode("big5").encode("big5") != raw
    doc = Document.from_bytes(raw, "tw.txt")
    assert doc.codec == "big5" and doc.text == raw.decode("big5")
    assert doc.undecodable == () and doc.unwritable == (len(article),)
    codes = {f.code for f in lint_document(doc)}
    assert "SL001" in codes and "SL007" not in codes
    with pytest.raises(FixError, match="tw.txt: has characters big5 writes back as other bytes"):
        apply_fixes(doc, lint_document(doc))


def test_chardet_failure_or_unknown_codec_falls_back_to_utf8(monkeypatch):
    import chardet

    raw = "科技巨头".encode("gb18030") * 3
    monkeypatch.setattr(chardet, "detect_all", lambda data: [{"encoding": "no-such-codec", "confidence": 0.9}])
    assert decode(raw).codec == "utf-8"
    monkeypatch.setattr(chardet, "detect_all", lambda data: [{"encoding": "base64", "confidence": 0.9}])
    assert decode(raw).codec == "utf-8"

    def boom(data):
        raise RuntimeError("detector broke")

    monkeypatch.setattr(chardet, "detect_all", boom)
    decoded = decode(raw)
    assert decoded.codec == "utf-8" and decoded.undecodable


def test_document_replaces_lone_surrogates_and_keeps_offsets():
    doc = Document("a\ud800b\udfffc", undecodable=(0,))
    assert doc.text == "a\ufffdb\ufffdc"
    assert doc.undecodable == (0, 1, 3)
    assert doc.raw_length == len(doc.text.encode())


# Exact codecs and writing back -------------------------------------------------------------------

ZH_NEWS = (
    "新华社北京3月5日电 十四届全国人大二次会议5日上午在人民大会堂开幕，国务院总理作政府工作报告。"
    "亚马逊将向Anthropic追加投资3050万美元（约合人民币2.7亿元）。\n来源：新华社\n责任编辑：王静\n"
)
TW_NEWS = "中央社記者台北5日電 台積電今天公布第一季財報，營收達新台幣5926億元，年增16.5%，優於市場預期。\n"
JA_NEWS = "東京証券取引所で5日、日経平均株価が大幅に上昇し、終値は前日比744円高の3万9910円となった。\n"


@pytest.mark.parametrize(
    ("text", "codec", "bom", "encoding"),
    [
        (ZH_NEWS, "utf-8", b"", "utf-8"),
        (ZH_NEWS, "utf-8", codecs.BOM_UTF8, "utf-8"),
        (ZH_NEWS, "utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        (ZH_NEWS, "utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
        (ZH_NEWS, "utf-32-le", codecs.BOM_UTF32_LE, "utf-32"),
        (ZH_NEWS, "utf-32-be", codecs.BOM_UTF32_BE, "utf-32"),
        (ZH_NEWS, "utf-16-le", b"", "utf-16-le"),
        (ZH_NEWS, "utf-16-be", b"", "utf-16-be"),
        (ZH_NEWS * 3, "gb18030", b"", "gb18030"),
        (TW_NEWS * 3, "big5", b"", "big5"),
        (JA_NEWS * 3, "shift_jis", b"", None),
    ],
)
def test_exact_codec_round_trips(text, codec, bom, encoding):
    from seedlint.document import encode

    raw = bom + text.encode(codec)
    decoded = decode(raw)
    assert decoded.text == text
    assert decoded.undecodable == ()
    assert decoded.bom is bool(bom)
    if encoding is not None:
        assert decoded.encoding == encoding
    if codec in ("utf-8", "gb18030", "big5") or codec.startswith("utf-"):
        assert decoded.codec == codec
    assert encode(decoded.text, decoded.codec, decoded.bom) == raw
    doc = Document.from_bytes(raw)
    assert (doc.codec, doc.bom) == (decoded.codec, decoded.bom)


def test_encode_writes_exactly_one_bom_in_the_codecs_byte_order():
    from seedlint.document import encode

    assert encode("", "utf-8", True) == codecs.BOM_UTF8
    assert encode("a", "utf-16-le", True) == b"\xff\xfea\x00"
    assert encode("a", "utf-16-be", True) == b"\xfe\xff\x00a"
    assert encode("a", "utf-32-be", True) == b"\x00\x00\xfe\xff\x00\x00\x00a"
    assert encode("a", "utf-16-be", False) == b"\x00a"
    # Codecs that would add a mark of their own never do: plain utf-16 is written little-endian.
    assert encode("a", "utf-16", False) == b"a\x00"
    assert encode("a", "utf-16", True) == b"\xff\xfea\x00"
    assert encode("a", "utf-8-sig", False) == b"a"
    with pytest.raises(LookupError):
        encode("a", "no-such-codec", False)


def test_fixing_a_utf16_be_file_keeps_one_bom_and_big_endian():
    from seedlint.checks.encoding import EMPTY_FILE
    from seedlint.fixes import apply_fixes
    from seedlint.model import Edit, Fix

    raw = codecs.BOM_UTF16_BE + "垃圾广告\n正文\n".encode("utf-16-be")
    doc = Document.from_bytes(raw)
    assert (doc.encoding, doc.codec, doc.bom) == ("utf-16", "utf-16-be", True)
    finding = doc.finding(EMPTY_FILE, 0, 5, "m", fix=Fix((Edit(0, 5, ""),)))
    assert apply_fixes(doc, [finding]).encoded() == codecs.BOM_UTF16_BE + "正文\n".encode("utf-16-be")


def test_document_codec_defaults_from_encoding():
    assert Document("x").codec == "utf-8"
    assert Document("x", encoding="utf-16").codec == "utf-16-le"
    assert Document("x", encoding="windows-1252").codec == "cp1252"
    assert Document("x", encoding="no-such-codec").codec == "utf-8"


# Binary sniffing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "binary"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00", True),
        (bytes.fromhex("1f8b0800000000000003") + bytes(range(1, 200)), True),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4, True),
        ("ARTICLE".encode("utf-16"), False),
        ("ARTICLE".encode("utf-16-le"), False),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), False),
        (codecs.BOM_UTF16_LE + b"\x00" * 8190, True),
        (codecs.BOM_UTF16_BE + b"\x00" * 8190, True),
        (codecs.BOM_UTF32_LE + b"\x00" * 8188, True),
        (ARTICLE.encode("utf-32"), False),
        (ARTICLE.encode("utf-32-be"), False),
        (ARTICLE.encode("utf-16-le"), False),
        (ARTICLE.encode(), False),
        (b"plain ascii with a stray NUL\x00 in the middle of a UTF-8 line\n" * 3, True),
        (b"", False),
    ],
)
def test_looks_binary(head, binary):
    from seedlint.document import looks_binary

    assert looks_binary(head[:8192]) is binary


def test_a_bom_followed_by_a_megabyte_of_nuls_is_binary():
    from seedlint.document import looks_binary

    data = codecs.BOM_UTF16_LE + b"\x00" * (1 << 20)
    assert is_binary(data)
    assert looks_binary(data[:8192])


@pytest.mark.slow
def test_the_binary_test_reads_a_bounded_head():
    from tests.growth import assert_linear

    # The cost must not grow with the file at all; linear growth would already be a defect.
    assert_linear(is_binary, lambda n: codecs.BOM_UTF16_LE + b"\x00" * n, 1 << 20, "is_binary")


def test_utf16_without_bom_decodes_with_the_sniffed_byte_order():
    for codec in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        raw = ("Reuters " + ARTICLE).encode(codec)
        decoded = decode(raw)
        assert (decoded.codec, decoded.text, decoded.undecodable) == (codec, "Reuters " + ARTICLE, ())


def test_utf8_never_imports_chardet():
    code = (
        "import sys\n"
        "from seedlint.document import Document, looks_binary\n"
        f"raw = {ARTICLE.encode()!r} * 50\n"
        "assert not looks_binary(raw[:8192])\n"
        "Document.from_bytes(raw)\n"
        "Document.from_bytes('broken 中文文文文'.encode() + b' \\xff')\n"
        "assert 'chardet' not in sys.modules, 'chardet imported'\n"
    )
    run_python(code)


@pytest.mark.parametrize(
    "text,codec,encoding",
    [
        ("東京で会議が開かれた。日本語のテキストです。\n", "iso2022_jp", "iso-2022-jp"),
        ("서울에서 회의가 열렸다. 한국어 텍스트입니다.\n", "iso2022_kr", "iso-2022-kr"),
    ],
)
def test_iso2022_escapes_in_7_bit_text_are_read_as_iso2022(text, codec, encoding):
    raw = text.encode(codec)
    assert max(raw) < 0x80
    decoded = decode(raw)
    assert (decoded.text, decoded.encoding, decoded.codec, decoded.undecodable) == (text, encoding, codec, ())


def test_ascii_with_terminal_escapes_stays_utf8():
    decoded = decode(b"Plain text with \x1b[1mbold\x1b[0m and ESC ( B alone: \x1b(B\n")
    assert decoded.encoding == "utf-8"


def test_iso2022_with_equivalent_escapes_is_read_when_its_text_writes_back_the_same():
    # ESC ( J (JIS-Roman) where the codec writes ESC ( B: other bytes, the same text.
    raw = "東京で会議 abc が開かれた。\n".encode("iso2022_jp").replace(b"\x1b(B", b"\x1b(J")
    decoded = decode(raw)
    assert (decoded.encoding, decoded.text) == ("iso-2022-jp", "東京で会議 abc が開かれた。\n")


def test_a_weak_guess_says_so_and_names_another_reading():
    from seedlint.checks.encoding.non_utf8_encoding import non_utf8

    raw = "Caf\u00e9 cr\u00e8me".encode("cp1252")  # too short for chardet to be sure
    doc = Document.from_bytes(raw, "short.txt")
    (finding,) = non_utf8(doc)
    assert doc.encoding_confidence < 0.5
    assert "(a weak guess: chardet is " in finding.message and "check the text)" in finding.message
    assert doc.encoding_alternative is None or f"{doc.encoding_alternative} reads it differently" in finding.message
    strong = Document.from_bytes("這是一篇以繁體中文撰寫的新聞報導，內容涉及科技公司的投資。".encode("big5") * 4)
    assert "weak" not in next(non_utf8(strong)).message
