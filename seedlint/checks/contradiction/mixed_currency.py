"""SL407 mixed-currency: an amount written with two currencies that disagree."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.numbers import Amount

RULE = Rule(
    code="SL407",
    name="mixed-currency",
    severity=Severity.WARNING,
    summary="An amount is written with two different currencies",
    explanation=explain(
        "Reports an amount whose currency sign or name before the number and currency name after it "
        "disagree (`$817.8 billion yuan`, `HK$3 billion yuan`, `¥500 dollars`, `港币10亿美元`). The generic "
        "`元` after another currency's name (`港币10亿元`, `新台币100亿元`) is how Chinese writes that "
        "currency and is not reported.",
        "Such an amount has no currency a reader can trust: a conversion was half done, or one figure "
        "was pasted over another's unit, and the value may be off by the rate between the two.",
        "`GDP reached $817.8 billion yuan in the first half.`",
        "Check the source and keep the one currency it gives (`817.8 billion yuan` or its dollar value).",
    ),
    fail_examples=(
        "GDP reached $817.8 billion yuan in the first half of the year.\n",
        "该公司去年营收港币10亿美元。\n",
    ),
    pass_examples=(
        "GDP reached 817.8 billion yuan ($126 billion) in the first half of the year.\n",
        "该公司去年营收港币10亿元。\n",
    ),
)


def find(doc: Document, amounts: Iterable[Amount]) -> Iterator[Finding]:
    for a in amounts:
        if a.conflict:
            before, after = a.conflict
            yield doc.finding(
                RULE, a.start, a.end, f"`{a.text}` names two currencies, `{before}` and `{after}`: which one is meant?"
            )
