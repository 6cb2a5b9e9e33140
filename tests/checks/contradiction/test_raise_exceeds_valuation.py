"""SL410 raise-exceeds-valuation: money raised at a valuation smaller than the amount raised."""

from __future__ import annotations

import pytest

from seedlint.config import Settings
from seedlint.engine import lint_text


def _found(text: str) -> list[str]:
    return [f.matched for f in lint_text(text, settings=Settings(select=("SL410",)))]


@pytest.mark.parametrize(
    "text,raised",
    [
        ("该公司以50亿美元的估值融资80亿美元。\n", "80亿美元"),
        ("The startup raised $8 billion at a $5 billion valuation.\n", "$8 billion"),
        ("The firm, valued at $5 billion, raised $8 billion from investors.\n", "$8 billion"),
        ("该公司估值为50亿美元，本轮融资80亿美元。\n", "80亿美元"),
    ],
)
def test_a_raise_above_its_valuation(text, raised):
    assert _found(text) == [raised]


@pytest.mark.parametrize(
    "text",
    [
        "该公司以500亿美元的估值融资80亿美元。\n",
        "The startup raised $800 million at a $5 billion valuation.\n",
        # A valuation given as a bound, or in another currency, or another sentence.
        "估值超过50亿美元，此轮融资80亿美元。\n",
        "公司估值50亿元人民币，融资8亿美元。\n",
        "该公司估值50亿美元。\n\n去年全行业融资80亿美元。\n",
        # Raising is not only fund-raising when no amount follows the verb.
        "The company, valued at $5 billion, raised its forecast to $8 billion.\n",
    ],
)
def test_a_raise_below_its_valuation_or_not_comparable(text):
    assert _found(text) == []
