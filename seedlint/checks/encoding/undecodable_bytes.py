"""SL007 undecodable-bytes: byte sequences that are invalid in the file's encoding."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.checks.encoding._common import runs
from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain

RULE = Rule(
    code="SL007",
    name="undecodable-bytes",
    severity=Severity.ERROR,
    summary="Bytes that cannot be decoded in the file's encoding",
    explanation=explain(
        "Reports byte sequences that are invalid in the encoding the file was decoded with; "
        "they are shown as U+FFFD in other findings.",
        "A truncated or corrupted file loses characters at these places; the text around them "
        "may be cut mid-word or mid-number.",
        "A UTF-8 article with a lone byte `\\xe4` where a character was cut in half.",
        "Recover the bytes from the original source.",
    ),
    fail_examples=("微软向OpenAI投资了十亿美元，成为最大的股东之一。".encode() + b"\xe4\xb8 end\n",),
    pass_examples=("微软向OpenAI投资了十亿美元。".encode(),),
)


def undecodable(doc: Document) -> Iterator[Finding]:
    """SL007 findings: one per run of consecutive undecodable positions."""
    for start, end in runs(doc.undecodable):
        count = end - start
        yield doc.finding(
            RULE,
            start,
            end,
            f"{count} byte{'s' if count > 1 else ''} cannot be decoded as {doc.encoding}",
        )
