"""SL501 conversion-rate-mismatch: a conversion whose implied rate is outside the reference band."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from seedlint.checks.currency._common import Judge, Verdict
from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain

RULE = Rule(
    code="SL501",
    name="conversion-rate-mismatch",
    severity=Severity.ERROR,
    summary="Currency conversion implies an exchange rate outside the reference range",
    explanation=explain(
        "Finds conversions such as `40亿美元(约合人民币286亿元)`, `A,折合人民币B` or "
        "`$4 billion (about 28.6 billion yuan)`, computes the exchange rate they imply and compares it "
        "with the yearly [min, max] of reference rates (central banks' daily rates, yuan per unit: the ECB's, "
        "the Federal Reserve's for TWD, the Reserve Bank of Australia's for VND, and before 2023 the World "
        "Bank's yearly rate of the dong), widened by "
        "`tolerance` (3%). The years are the document's own when a dateline states one; else the year "
        "before the earliest year the text mentions (2014年, in 2015; not a plan such as 到2030年) through the "
        "last of `years` (2005–2026); else all of `years`. Rounding of the converted figure is allowed for.",
        "A wrong rate or a swapped currency misinforms every reader and every model trained on the "
        "text, and nothing else in the sentence shows it.",
        "`售价约为38至40美元,折合人民币约4万元` implies about 1000 CNY/USD; the 2005–2026 range is 6.05–8.28.",
        "Recompute the converted figure at the rate of the article's date, or remove it.",
    ),
    fail_examples=(
        "该设备售价约为40美元,折合人民币约4万元。\n",
        "这笔投资为40亿美元(约合人民币186亿元)。\n",
        "The company raised $4 billion (about 18.6 billion yuan) last year.\n",
    ),
    pass_examples=(
        "亚马逊对该公司投资40亿美元(约合人民币286亿元)。\n",
        "The company raised $4 billion (about 28.6 billion yuan) last year.\n",
        "公司营收40亿美元,约300亿元来自中国市场。\n",
    ),
)


def find(doc: Document, verdicts: Iterable[Verdict]) -> Iterator[Finding]:
    """A rate that misses the band even after a power of ten (that is a unit slip, SL502)."""
    for verdict in verdicts:
        if verdict.fits or verdict.slip:
            continue
        c = verdict.conversion
        yield doc.finding(RULE, c.start, c.end, Judge.describe(verdict))
