"""SL008 empty-file: a document without a visible character."""

from __future__ import annotations

from collections.abc import Iterator

from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain

RULE = Rule(
    code="SL008",
    name="empty-file",
    severity=Severity.WARNING,
    summary="File is empty or holds only whitespace",
    explanation=explain(
        "Reports a document with no visible character.",
        "An empty seed document is a failed scrape; it counts as a document in corpus statistics "
        "while contributing nothing.",
        "A file of zero bytes, or of blank lines only.",
        "Re-fetch the document or remove it from the corpus.",
    ),
    fail_examples=("", "\n\n  \n", "\u3000\n"),
    pass_examples=("x\n",),
)


_BLANK = " \t\r\n\u3000\ufeff"


def is_empty(doc: Document) -> bool:
    return not doc.text.strip(_BLANK)


def empty_file(doc: Document) -> Iterator[Finding]:
    """SL008 finding when ``doc`` is empty or holds only whitespace."""
    if not is_empty(doc):
        return
    what = "empty" if not doc.text else "only whitespace"
    yield doc.finding(RULE, 0, 0, f"File is {what}", matched="")
