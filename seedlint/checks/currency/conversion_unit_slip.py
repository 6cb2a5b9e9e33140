"""SL502 conversion-unit-slip: a conversion off by a power of ten."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from seedlint.checks.currency._common import Conversion, Judge, Verdict
from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain

RULE = Rule(
    code="SL502",
    name="conversion-unit-slip",
    severity=Severity.ERROR,
    summary="Currency conversion is off by a power of ten (a 万/亿 or million/billion slip)",
    explanation=explain(
        "Reports a conversion whose implied rate misses the reference range but fits it after "
        "multiplying or dividing by 10, 100, 1000 or 10000, and names the likely slip: 亿 written "
        "as 万, million for billion, a per-100 quote (JPY, KRW) applied per unit.",
        "A magnitude slip changes a figure ten-thousandfold while looking perfectly plausible.",
        "`40亿美元(约合人民币286万元)` implies 0.000715 CNY/USD: 亿 written as 万.",
        "Correct the magnitude of the converted figure.",
    ),
    fail_examples=(
        "亚马逊对该公司投资40亿美元(约合人民币286万元)。\n",
        "The company raised $4 billion (about 28.6 million yuan).\n",
        "罚款130亿韩元(约合人民币77.11亿元)。\n",
    ),
    pass_examples=(
        "亚马逊对该公司投资40亿美元(约合人民币286亿元)。\n",
        "罚款130亿韩元(约合人民币7711万元)。\n",
    ),
)


def slip_name(factor: int, conversion: Conversion) -> str:
    """The likely slip behind a rate that fits after multiplying by ``factor`` (dividing if < 0)."""
    a, b = conversion.first, conversion.second
    small = factor > 0  # the converted figure is too small, or the stated one too large
    size = abs(factor)
    if size == 10000:
        if small and b.magnitude and "万" in b.magnitude and "亿" not in b.magnitude:
            return "亿 written as 万 in the converted figure"
        if not small and b.magnitude and "亿" in b.magnitude:
            return "万 written as 亿 in the converted figure"
        if small and a.magnitude and "亿" in a.magnitude:
            return "万 written as 亿 in the stated figure"
        if not small and a.magnitude and "万" in a.magnitude:
            return "亿 written as 万 in the stated figure"
        return "a 万/亿 slip"
    if size == 1000:
        if small and b.magnitude and b.magnitude.lower() in ("million", "mn", "m", "mln"):
            return "billion written as million in the converted figure"
        if not small and b.magnitude and b.magnitude.lower() in ("billion", "bn", "b", "bln"):
            return "million written as billion in the converted figure"
        return "a thousand/million/billion slip"
    if size == 100:
        if {conversion.source, conversion.target} & {"JPY", "KRW", "INR", "RUB"}:
            return "a per-100 quote applied per unit, or a 百万/万 slip"
        return "a 百万/万 slip or a misplaced decimal point"
    return "a 十/百/千 slip (百万 for 千万, 亿 for 十亿) or a misplaced decimal point"


def find(doc: Document, verdicts: Iterable[Verdict]) -> Iterator[Finding]:
    for verdict in verdicts:
        if verdict.fits or not verdict.slip:
            continue
        c = verdict.conversion
        factor = abs(verdict.slip)
        direction = "below" if verdict.slip > 0 else "above"
        yield doc.finding(
            RULE,
            c.start,
            c.end,
            f"{Judge.describe(verdict)} — {factor:,} times {direction} it: {slip_name(verdict.slip, c)}",
        )
