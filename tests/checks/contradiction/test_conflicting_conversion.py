"""SL408 conflicting-conversion: one amount converted into two different figures."""

from __future__ import annotations

import pytest

from seedlint.config import Settings
from seedlint.engine import lint_text


def _found(text: str) -> list[str]:
    return [f.message for f in lint_text(text, settings=Settings(select=("SL408",)))]


@pytest.mark.parametrize(
    "text",
    [
        # A currency the rate table lacks: no rate is needed to see the two figures disagree.
        "Output will top NT$1 trillion (US$28.88 billion) in a few years.\n\n"
        "The minister said each industry will reach NT$1 trillion (US$28.49 billion).\n",
        "公司去年投资1亿美元(约合人民币6.9亿元)。\n\n报告称,这笔1亿美元(约合人民币7.2亿元)的投资已到位。\n",
        "The fund holds £2 million ($2.5 million), and the £2 million ($2.8 million) is invested abroad.\n",
    ],
)
def test_one_amount_converted_twice_into_different_figures(text):
    (message,) = _found(text)
    assert "one of the two figures is wrong" in message and "line" in message


@pytest.mark.parametrize(
    "text",
    [
        # Rounding explains the difference: 28.9 is 28.88 to one decimal, 约7亿 is 6.9亿 to one digit.
        "Output will top NT$1 trillion (US$28.88 billion).\n\nEach reaches NT$1 trillion (US$28.9 billion).\n",
        "投资1亿美元(约合人民币6.9亿元)。\n\n这笔1亿美元(约合人民币7亿元)的投资已到位。\n",
        # A round figure of the same conversion: £52,000 for £52,590.
        "The jackpot is US$100,000 (£52,000).\n\nShe wins US$100,000 (£52,590) if she picks right.\n",
        # Two different amounts, or one amount into two currencies.
        "Output will top NT$1 trillion (US$28.88 billion), exports NT$2 trillion (US$57.2 billion).\n",
        "It raised NT$1 trillion (US$28.88 billion), or NT$1 trillion (HK$225 billion).\n",
        # Open amounts and ranges are not one figure.
        "It costs $3 billion (over 20 billion yuan); the $3 billion (about 21.5 billion yuan) is due.\n",
        "估值300亿至400亿美元(约合人民币2146至2862亿元),即300亿至400亿美元(约合人民币2100至2800亿元)。\n",
    ],
)
def test_consistent_or_different_conversions_pass(text):
    assert _found(text) == []
