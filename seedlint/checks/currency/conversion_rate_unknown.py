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
        "has no row in the rate table, so that SL501-SL503 say nothing about it: in the shipped table, the "
        "currencies no primary source there quotes (UAE dirham, Saudi riyal, tenge, Pakistani rupee, Egyptian "
        "pound, naira, Argentine peso), or any currency a table of your own leaves out. The rate is never guessed.",
        "A silent pass would read as a checked conversion; a curator who needs the check can add the "
        "currency's yearly rates with `[tool.seedlint.currency] rate-table`.",
        "`200万迪拉姆(约合人民币390万元)`: no reference rate for AED.",
        "Nothing in the document: add the currency to a rate table of your own, or ignore SL504.",
    ),
    fail_examples=(
        "迪拜一套公寓售价200万迪拉姆(约合人民币390万元)。\n",
        "The project costs 5 billion Egyptian pounds (about 750 million yuan).\n",
    ),
    pass_examples=(
        "泰国政府拨款50亿泰铢(约合人民币10亿元)。\n",
        "The bill is NT$300 million (about 69 million yuan).\n",
        "迪拜一套公寓售价200万迪拉姆。\n",
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
