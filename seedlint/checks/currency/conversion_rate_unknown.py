"""SL504 conversion-rate-unknown: a conversion from or into a currency the rate table lacks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from seedlint.checks.currency._common import Conversion
from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain

RULE = Rule(
    code="SL504",
    name="conversion-rate-unknown",
    severity=Severity.INFO,
    summary="Currency conversion that cannot be checked: the rate table has no rate for the currency",
    explanation=explain(
        "Reports, once per document and currency, a conversion whose stated or converted currency "
        "has no row in the rate table (the shipped table has no TWD or VND: the ECB quotes neither), "
        "so that SL501-SL503 say nothing about it. The rate is never guessed.",
        "A silent pass would read as a checked conversion; a curator who needs the check can add the "
        "currency's yearly rates with `[tool.seedlint.currency] rate-table`.",
        "`1000亿越南盾(约合人民币3亿元)`: no reference rate for VND.",
        "Nothing in the document: add the currency to a rate table of your own, or ignore SL504.",
    ),
    fail_examples=(
        "这笔投资为1000亿越南盾(约合人民币3亿元)。\n",
        "The bill is NT$300 million (about 69 million yuan).\n",
    ),
    pass_examples=(
        "泰国政府拨款50亿泰铢(约合人民币10亿元)。\n",
        "这笔投资为1000亿越南盾。\n",
    ),
)


def find(doc: Document, conversions: Iterable[Conversion], known: frozenset[str]) -> Iterator[Finding]:
    """The first conversion of each currency missing from ``known`` (the currencies with rates)."""
    reported: set[str] = set()
    for c in conversions:
        for code in (c.source, c.target):
            if code in known or code in reported:
                continue
            reported.add(code)
            yield doc.finding(
                RULE,
                c.start,
                c.end,
                f"{c.first.text} → {c.second.text}: no reference rate for {code}, so the conversion is not checked",
            )
