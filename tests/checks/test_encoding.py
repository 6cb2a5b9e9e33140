"""SL0xx on real encodings written by the tests, and the near-misses that must stay quiet."""

from __future__ import annotations

import codecs

import pytest

from seedlint.config import Settings
from seedlint.engine import lint_text

ENCODING = Settings(select=("encoding",))
ARTICLE = "亚马逊正讨论向人工智能初创公司Anthropic进行第二笔数十亿美元的投资，这笔投资与去年的交易类似。\n"


def codes(data, settings=ENCODING):
    return [f.code for f in lint_text(data, settings=settings)]


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


def test_seeds_and_plain_utf8_are_clean(seed_findings):
    for name, found in seed_findings.items():
        assert not [f for f in found if f.family == "encoding"], name
    assert codes(ARTICLE.encode()) == []


def test_bom_is_reported_once_and_fix_drops_it():
    from seedlint.document import Document
    from seedlint.fixes import apply_fixes

    raw = b"\xef\xbb\xbf" + ARTICLE.encode()
    found = lint_text(raw, settings=ENCODING)
    assert [f.code for f in found] == ["SL002"]
    result = apply_fixes(Document.from_bytes(raw), found)
    assert result.encoded() == ARTICLE.encode()


@pytest.mark.parametrize(
    "text",
    [
        "It\u00e2\u20ac\u2122s the company\u00e2\u20ac\u2122s first quarter.\n",
        "Caf\u00c3\u00a9 owner Jos\u00c3\u00a9 said\n",
        "数据显示：锟斤拷锟斤拷\n",
        "亚马逊正讨论向人工智能初创公司进行第二笔投资".encode().decode("gb18030", errors="replace") + "\n",
    ],
)
def test_mojibake_flagged(text):
    assert "SL004" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Café, naïve, résumé, Zürich, São Paulo, Ærø, Øresund, señor, ½ cup.\n",
        "“Quoted” text — with dashes… and £5, €3, ¥100, ©2024, ®, ™.\n",
        "Ãlvaro and Âge are rare names but a single accented capital is not mojibake.\n",
        ARTICLE,
        "烫发和屯田都是普通词语，不是乱码。\n",
    ],
)
def test_mojibake_near_misses(text):
    assert "SL004" not in codes(text)


def test_mojibake_quiet_on_dev_corpus(dev_corpus):
    noisy = [
        (d, f.line, f.matched) for d in dev_corpus.docs() for f in dev_corpus.findings(d) if f.family == "encoding"
    ]
    assert noisy == []


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


def test_mixed_line_endings_points_at_the_first_odd_line():
    found = lint_text("a\nb\nc\r\nd\n", settings=ENCODING)
    assert [(f.code, f.line) for f in found] == [("SL006", 3)]
    assert "1 CRLF" in found[0].message and "3 LF" in found[0].message


def test_replacement_and_undecodable_are_distinct():
    raw = (
        "已有替换符\ufffd。".encode()
        + "后面是坏字节".encode()
        + b"\xff"
        + "。再来一些正常的中文内容以保持为UTF-8。".encode()
    )
    found = lint_text(raw, settings=ENCODING)
    assert sorted(f.code for f in found) == ["SL003", "SL007"]


def test_empty_and_whitespace_files():
    assert codes(b"") == ["SL008"]
    assert codes("\n \u3000\n") == ["SL008"]


def test_pathological_input_is_linear():
    import time

    start = time.perf_counter()
    lint_text("Ã" * 500_000 + "锟" * 500_000 + "\u200b" * 100_000, settings=ENCODING)
    assert time.perf_counter() - start < 20  # sanity guard only; real speed lives in benchmarks/


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
