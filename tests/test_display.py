"""seedlint.display: what is escaped for people, what machine formats get, and SARIF URIs."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedlint.display import escape_path, escape_text, json_safe, path_uri
from tests.helpers import must_be_escaped

ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=40)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("标题\x1b]0;pwned\x07正文", "标题\\u001b]0;pwned\\u0007正文"),
        ("清屏\x1b[2J之后", "清屏\\u001b[2J之后"),
        ("第一行\r\n第二行", "第一行\\u000d\\u000a第二行"),
        ("NUL\x00 DEL\x7f", "NUL\\u0000 DEL\\u007f"),
        ("next line\x85 csi\x9b", "next line\\u0085 csi\\u009b"),
        ("price \u202e01$\u202c", "price \\u202e01$\\u202c"),
        ("\u2066isolate\u2069 \u200emark\u200f \u061carabic", "\\u2066isolate\\u2069 \\u200emark\\u200f \\u061carabic"),
        ("para\u2028graph\u2029", "para\\u2028graph\\u2029"),
        ("byte \udcff and \udc80", "byte \\xff and \\x80"),
        ("lone \ud800 high, \udc7f low", "lone \\ud800 high, \\udc7f low"),
    ],
)
def test_escape_text_makes_controls_visible(raw: str, shown: str) -> None:
    assert escape_text(raw) == shown


@pytest.mark.parametrize(
    "text",
    [
        "微软和亚马逊宣布投资",  # CJK
        "Anthro\u200bpic\u200d and \ufeff",  # zero-width characters are findings, not terminal controls
        "👩\u200d💻 emoji 🇨🇳",  # ZWJ sequence and flags
        "e\u0301 cafe\u0301 한국어",  # combining marks, Hangul
        "tab\there",  # tab is kept
        "nbsp\u00a0 narrow\u202f ellipsis… \u2070",  # neighbours of C1, of U+202A-E and U+2066-9
        "C:\\Users\\news\\a.txt \\u001b",  # backslashes are not doubled
        "\x20~",  # printable ASCII edges
    ],
)
def test_escape_text_leaves_printable_text_alone(text: str) -> None:
    assert escape_text(text) == text


def test_byte_and_code_point_escapes_differ() -> None:
    # U+0085 NEXT LINE and the undecodable byte 0x85 must not look alike.
    assert escape_text("\x85") == "\\u0085"
    assert escape_text("\udc85") == "\\x85"


def test_escape_path_keeps_a_name_on_one_line() -> None:
    assert escape_path("d/line\nbreak.txt") == "d/line\\u000abreak.txt"
    assert escape_path("d/\x1b[31mred.txt") == "d/\\u001b[31mred.txt"
    assert escape_path("d/\udcff.txt") == "d/\\xff.txt"
    assert escape_path("新闻/2024 年/a.txt") == "新闻/2024 年/a.txt"


@settings(max_examples=100, deadline=None)
@given(ANY_TEXT)
def test_escape_text_output_is_safe_and_encodable(text: str) -> None:
    shown = escape_text(text)
    assert not any(must_be_escaped(c) for c in shown)
    shown.encode("utf-8")
    assert len(shown.splitlines()) <= 1
    if not any(must_be_escaped(c) for c in text):
        assert shown == text


def test_json_safe() -> None:
    assert json_safe("a\udcff.txt") == "a\\xff.txt"
    assert len(json_safe("a\udcff.txt")) == 9
    assert json_safe("lone \ud800 and \udc00") == "lone \ufffd and \ufffd"
    # Control characters and everything printable are left for the encoder.
    for text in ("\x1b]0;pwned\x07", "\u202e反转", "line\nbreak\r", "👩\u200d💻", "C:\\a"):
        assert json_safe(text) == text


@settings(max_examples=100, deadline=None)
@given(ANY_TEXT)
def test_json_safe_always_encodes_and_only_touches_surrogates(text: str) -> None:
    safe = json_safe(text)
    safe.encode("utf-8")
    if not any(unicodedata.category(c) == "Cs" for c in text):
        assert safe == text


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("d/\udcff.txt", "d/%FF.txt"),
        ("dir/a b.txt", "dir/a%20b.txt"),
        ("新闻/a.txt", "%E6%96%B0%E9%97%BB/a.txt"),
        ("d/\x1b[31mred.txt", "d/%1B%5B31mred.txt"),
        ("d/line\nbreak.txt", "d/line%0Abreak.txt"),
        ("100%.txt", "100%25.txt"),
        ("./news/a-b_c~d.txt", "news/a-b_c~d.txt"),
        ("/srv/crawl/x#y?.txt", "/srv/crawl/x%23y%3F.txt"),
        ("d/\ud800.txt", "d/%EF%BF%BD.txt"),
    ],
)
def test_path_uri_percent_encodes_the_original_bytes(path: str, uri: str) -> None:
    assert path_uri(path) == uri


@settings(max_examples=100, deadline=None)
@given(ANY_TEXT.filter(bool))
def test_path_uri_is_ascii(path: str) -> None:
    uri = path_uri(path)
    assert uri.isascii()
    assert all(c.isalnum() or c in "/-._~%" for c in uri)
