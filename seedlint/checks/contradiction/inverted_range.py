"""SL404 inverted-range: an amount range whose upper bound is below its lower bound."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.numbers import Amount, format_amount

RULE = Rule(
    code="SL404",
    name="inverted-range",
    severity=Severity.WARNING,
    summary="A range's upper bound is below its lower bound",
    explanation=explain(
        "Reports an amount range whose second bound is smaller than the first: `400亿至300亿美元`, "
        "`$5-3 billion`. Only ranges with a currency or a magnitude (万, 亿, million, billion) are read, so "
        "scores and dates are not mistaken for ranges.",
        "An inverted range is a transposed or mistyped figure; the reader cannot know which bound is wrong.",
        "`目标估值将达到400亿至300亿美元`",
        "Swap the bounds or correct the mistyped one from the source.",
    ),
    fail_examples=("目标估值将达到400亿至300亿美元。\n", "The round could raise $5-3 billion.\n"),
    pass_examples=("目标估值将达到300亿至400亿美元。\n", "The round could raise $3-5 billion.\n"),
)


def find(doc: Document, amounts: Sequence[Amount]) -> Iterator[Finding]:
    for amount in amounts:
        if amount.high is None or amount.high >= amount.value:
            continue
        if amount.currency is None and amount.magnitude is None:
            continue  # a bare `5-3` is a score or a date, not a range
        yield doc.finding(
            RULE,
            amount.start,
            amount.end,
            f"Range `{amount.text}` runs from {format_amount(amount.value)} down to "
            f"{format_amount(amount.high)}; the bounds are swapped or one is mistyped",
        )
