"""The encoding family as a whole: seeds, growth, and chardet left unimported."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest

from seedlint.engine import lint_text
from tests.checks.encoding.texts import ARTICLE, ENCODING, codes
from tests.growth import assert_linear, repeat


def test_seeds_and_plain_utf8_are_clean(seed_findings):
    for name, found in seed_findings.items():
        assert not [f for f in found if f.family == "encoding"], name
    assert codes(ARTICLE.encode()) == []


def test_chardet_is_imported_only_for_a_file_that_needs_guessing():
    code = (
        "import sys\n"
        "from seedlint.config import Settings\n"
        "from seedlint.engine import lint_bytes\n"
        "import seedlint.checks.encoding\n"
        "settings = Settings(select=('encoding',))\n"
        f"lint_bytes({ARTICLE.encode()!r} + b'\\xff', 'a.txt', settings)\n"
        "print('chardet' in sys.modules)\n"
        f"lint_bytes({ARTICLE.encode('gb18030')!r}, 'b.txt', settings)\n"
        "print('chardet' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]


def _bytes(unit: bytes, prefix: bytes = b"") -> Callable[[int], bytes]:
    return lambda n: prefix + unit * max(1, n // len(unit))


@pytest.mark.slow
@pytest.mark.parametrize(
    "make",
    [
        repeat("Ã"),
        repeat("锟"),
        repeat("\u200b"),
        repeat("Ã©"),
        repeat("锟斤拷"),
        repeat("a\u200db"),
        repeat("\ufffd"),
        repeat("\ufffd\n"),
        repeat("ab\r\ncd\n"),
        repeat("\x07\n"),
        repeat("正文"),
        repeat("科技巨头纷纷向人工智能初创公司投资".encode().decode("gb18030", errors="replace")),
        lambda n: "Ã" * (n // 3) + "锟" * (n // 3) + "\u200b" * (n // 3),
        _bytes(b"\xff", ARTICLE.encode()),
        _bytes(b"\xe4\xb8 ", ARTICLE.encode()),
        _bytes(ARTICLE.encode("gb18030")),
        repeat("It\u00e2\u20ac\u2122s a caf\u00c3\u00a9 "),
        repeat("caf\u00c3\u00a9 in Montr\u00c3\u00a9al\n"),
        repeat("\u00c3\u0096"),
    ],
    ids=[
        "latin-lead",
        "gbk-marker-char",
        "zero-width",
        "latin-mojibake",
        "gbk-markers",
        "joiners",
        "replacement-run",
        "replacement-lines",
        "mixed-endings",
        "control-lines",
        "han",
        "gbk-mojibake",
        "mixed-huge-line",
        "undecodable-run",
        "undecodable-cuts",
        "gb18030-file",
        "ftfy-one-line",
        "ftfy-many-lines",
        "c1-mojibake",
    ],
)
def test_encoding_rules_grow_linearly(make):
    assert_linear(lambda data: lint_text(data, settings=ENCODING), make, 5_000, "SL001-SL008")
