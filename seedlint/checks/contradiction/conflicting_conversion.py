"""SL408 conflicting-conversion: one amount converted into two different figures."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from seedlint.checks.currency import Conversion
from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain

RULE = Rule(
    code="SL408",
    name="conflicting-conversion",
    severity=Severity.WARNING,
    summary="The same amount is converted into two different figures",
    explanation=explain(
        "Reports a conversion of an amount that the document has already converted into the same "
        "currency with another result: `NT$1 trillion (US$28.88 billion)` and later `NT$1 trillion "
        "(US$28.49 billion)`. The two results must differ by more than the rounding of their last "
        "digits (twice over) and by more than 1%; ranges and open amounts (`over 200 billion yuan`) are not "
        "compared. No exchange rate is needed, so currencies the rate table lacks are checked too.",
        "One amount has one value in another currency: the article contradicts itself, and at least "
        "one of the two figures was copied from elsewhere or mistyped.",
        "`NT$1 trillion (US$28.88 billion) … NT$1 trillion (US$28.49 billion)`",
        "Find the rate the article uses and give the same converted figure both times.",
    ),
    fail_examples=(
        "The two industries will top NT$1 trillion (US$28.88 billion). Each is worth "
        "NT$1 trillion (US$28.49 billion) a year.\n",
    ),
    pass_examples=(
        "The two industries will top NT$1 trillion (US$28.88 billion). Each is worth "
        "NT$1 trillion (US$28.9 billion) a year.\n",
    ),
)

# Below this share of the larger figure a difference is a recomputation, not a contradiction; and a
# figure may be rounded as far as twice its last digit's half unit (US$100,000 as £52,590 and £52,000).
_MIN_DIFFERENCE = 0.01
_ROUNDING = 2


def find(doc: Document, conversions: Iterable[Conversion]) -> Iterator[Finding]:
    """The later of two conversions of one amount into one currency whose results disagree."""
    first: dict[tuple[str, float, str], Conversion] = {}
    for c in conversions:
        stated, converted = c.first, c.second
        if stated.is_range or converted.is_range or stated.approximate or converted.approximate:
            continue
        key = (c.source, stated.value, c.target)
        earlier = first.setdefault(key, c)
        if earlier is c:
            continue
        gap = abs(converted.value - earlier.second.value)
        if gap <= _ROUNDING * (converted.step + earlier.second.step) or gap < _MIN_DIFFERENCE * max(
            converted.value, earlier.second.value
        ):
            continue
        line = doc.position(earlier.second.start)[0]
        yield doc.finding(
            RULE,
            c.start,
            c.end,
            f"`{stated.text}` is converted to `{converted.text}` here and to `{earlier.second.text}` on "
            f"line {line}: one of the two figures is wrong",
        )
