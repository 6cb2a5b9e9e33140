"""SL404 inverted-range: an amount range whose upper bound is below its lower bound."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.dates import MONTHS
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
    pass_examples=(
        "目标估值将达到300亿至400亿美元。\n",
        "The round could raise $3-5 billion.\n",
        "法院分别判处被告人罚金4万元到1万元不等。\n",
    ),
)


# A bare year opening the "range" (…halved in 2004 to $200m): the year and an amount, no range.
_YEAR_FIRST = re.compile(r"(?:19|20)\d{2}\s+(?:to|-)\s")
# "From X to Y" and a verb of change before it tell of a change, which may go down (fell from £20.6m
# to £1.2m, dropped 400 mln to 300 mln): only a range written as a range is judged (ranged from €12m
# to €8m, 400亿至300亿美元).
_CHANGE_BEFORE = re.compile(
    r"(?i:\b(?:from|fell|dropped|declined|rose|increased|decreased|cut|reduced|lowered|raised|slipped|slid|"
    r"plunged|narrowed|grew|shrank|halved|fall|drop|rise))\b[^.;:\n]{0,30}$|(?:从|由)\s*$"
)
# 不等 after a range: the values of several cases lie between its bounds, named in either order.
_VARIED = re.compile(r"\s?(?:不等|各异|不一)")
# A comparison after the second figure: the dash opened an aside (£35bn - £2.5bn less than forecast).
_COMPARED = re.compile(r"(?i:\s(?:less|more|lower|higher|fewer|greater|smaller|bigger|below|above|short of)\b)")
_RANGE_BEFORE = re.compile(r"(?i:\brang(?:e|ed|es|ing)\s+from\s*)$")


def _a_change(text: str, at: int) -> bool:
    before = text[max(0, at - 40) : at]
    return _CHANGE_BEFORE.search(before) is not None and _RANGE_BEFORE.search(before) is None


def _glued(text: str, at: int) -> bool:
    """The first bound's digits belong to something before them (GSM-103, 1986/87, February 27)."""
    return at > 0 and (text[at - 1] in "-/" or _MONTH_BEFORE.search(text, max(0, at - 12), at) is not None)


_MONTH_BEFORE = re.compile(rf"(?i:\b(?:{MONTHS}))\.?\s$")


def find(doc: Document, amounts: Sequence[Amount]) -> Iterator[Finding]:
    for amount in amounts:
        if amount.high is None or amount.high >= amount.value:
            continue
        if amount.currency is None and amount.magnitude is None:
            continue  # a bare `5-3` is a score or a date, not a range
        if _YEAR_FIRST.match(amount.text) or _glued(doc.folded, amount.start) or _a_change(doc.folded, amount.start):
            continue
        if _VARIED.match(doc.folded, amount.end) or _COMPARED.match(doc.folded, amount.end):
            continue  # 4万元到1万元不等: the spread of several values; £35bn - £2.5bn less than…: an aside
        yield doc.finding(
            RULE,
            amount.start,
            amount.end,
            f"Range `{amount.text}` runs from {format_amount(amount.value)} down to "
            f"{format_amount(amount.high)}; the bounds are swapped or one is mistyped",
        )
