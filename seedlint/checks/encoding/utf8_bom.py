"""SL002 utf8-bom: a UTF-8 file that starts with a byte-order mark."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.document import Document
from seedlint.model import Applicability, Finding, Fix, Rule, Severity, explain

RULE = Rule(
    code="SL002",
    name="utf8-bom",
    severity=Severity.WARNING,
    summary="File starts with a UTF-8 byte-order mark",
    explanation=explain(
        "Reports a UTF-8 file that begins with the byte-order mark EF BB BF.",
        "UTF-8 needs no byte-order mark. Tools that do not expect one keep it as an invisible U+FEFF "
        "at the start of the first line, which breaks exact matching of titles and field names.",
        "`\\ufeff来源:新华社` — the first line starts with an invisible character.",
        "`seedlint check --fix` rewrites the file without the mark (safe).",
    ),
    fail_examples=(b"\xef\xbb\xbf\xe6\x9d\xa5\xe6\xba\x90: Reuters\n",),
    pass_examples=(b"Source: Reuters\n", "\u6765\u6e90: Reuters\n"),
    fixable=True,
)


def utf8_bom(doc: Document) -> Iterator[Finding]:
    """SL002 finding when a UTF-8 ``doc`` started with a byte-order mark."""
    if doc.encoding != "utf-8" or not doc.bom:
        return
    yield doc.finding(
        RULE,
        0,
        0,
        "File starts with a UTF-8 byte-order mark",
        matched="\ufeff",
        fix=Fix((), Applicability.SAFE, encoding="utf-8"),
    )
