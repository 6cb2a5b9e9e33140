"""SL001 non-utf8-encoding: the file was not UTF-8 and was decoded with a guessed encoding."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.document import WEAK_GUESS, Document
from seedlint.model import Applicability, Finding, Fix, Rule, Severity, explain

RULE = Rule(
    code="SL001",
    name="non-utf8-encoding",
    severity=Severity.WARNING,
    summary="File is not encoded as UTF-8",
    explanation=explain(
        "Reports a file that is not UTF-8 and names the encoding it was decoded with: a byte-order mark, "
        "the NUL-byte pattern of UTF-16/32 without one, ISO-2022-JP/KR escape sequences in 7-bit text, "
        "else chardet's guess (the GB2312/GBK family is read as GB18030).",
        "Pipelines, tokenizers and diff tools assume UTF-8. A GBK or Big5 file read as UTF-8 turns "
        "into replacement characters or mojibake downstream, silently.",
        "A news article saved as GBK: `seeds/article.txt:1:1: SL001 File is encoded as gb18030, not UTF-8`.",
        "`seedlint check --fix --unsafe-fixes` rewrites the file as UTF-8. The fix is unsafe because "
        "other tools may expect the old encoding.",
    ),
    fail_examples=(
        "科技巨头纷纷向人工智能初创公司投资，以换取云计算业务的收入。".encode("gb18030"),
        "這是一篇以繁體中文撰寫的新聞報導，內容涉及科技公司的投資。".encode("big5"),
        "科技巨头纷纷向人工智能初创公司投资。".encode("utf-16"),
    ),
    pass_examples=(
        "科技巨头纷纷向人工智能初创公司投资。".encode(),
        b"Plain ASCII text is valid UTF-8.",
    ),
    fixable=True,
)


def non_utf8(doc: Document) -> Iterator[Finding]:
    """SL001 finding when ``doc`` was decoded with another encoding than UTF-8."""
    if doc.encoding == "utf-8":
        return
    note = ""
    if doc.encoding_confidence < WEAK_GUESS:
        other = f"; {doc.encoding_alternative} reads it differently" if doc.encoding_alternative else ""
        note = f" (a weak guess: chardet is {doc.encoding_confidence:.0%} sure{other}; check the text)"
    elif doc.encoding_confidence < 1:
        note = f" (chardet is {doc.encoding_confidence:.0%} sure)"
    yield doc.finding(
        RULE,
        0,
        0,
        f"File is encoded as {doc.encoding}{note}, not UTF-8",
        matched=doc.encoding,
        fix=Fix((), Applicability.UNSAFE, encoding="utf-8"),
    )
