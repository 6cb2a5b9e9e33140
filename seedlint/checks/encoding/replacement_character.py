"""SL003 replacement-character: U+FFFD stored in the file itself."""

from __future__ import annotations

import re
from collections.abc import Iterator

from seedlint.checks.encoding._common import runs
from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain

RULE = Rule(
    code="SL003",
    name="replacement-character",
    severity=Severity.ERROR,
    summary="Text contains U+FFFD replacement characters",
    explanation=explain(
        "Reports runs of U+FFFD (�) stored in the file itself.",
        "U+FFFD is what a decoder writes when it gives up on bytes. The original characters are "
        "gone; the sentence around them no longer says what the author wrote.",
        "`微软向OpenAI投资了��亿美元`",
        "Recover the text from the original source; the lost characters cannot be guessed.",
    ),
    fail_examples=("微软向OpenAI投资了\ufffd\ufffd亿美元。\n", "The company said \ufffd it would invest.\n"),
    pass_examples=("微软向OpenAI投资了10亿美元。\n",),
)


_REPLACEMENT_RUN = re.compile("\ufffd+")


def replacement(doc: Document) -> Iterator[Finding]:
    """SL003 findings: runs of U+FFFD that are in the file, not written for undecodable bytes."""
    broken = set(doc.undecodable)
    for m in _REPLACEMENT_RUN.finditer(doc.text):
        own = [i for i in range(m.start(), m.end()) if i not in broken]
        for start, end in runs(own):
            yield doc.finding(
                RULE,
                start,
                end,
                f"{end - start} replacement character{'s' if end - start > 1 else ''} (U+FFFD): "
                "text was lost in an earlier decoding",
            )
