"""SL407 mixed-currency: an amount with two currencies that disagree."""

from __future__ import annotations

import pytest

from seedlint.config import Settings
from seedlint.engine import lint_text


def _found(text: str) -> list[str]:
    return [f.matched for f in lint_text(text, settings=Settings(select=("SL407",)))]


@pytest.mark.parametrize(
    "text",
    [
        "GDP reached $817.8 billion yuan in the first half.",
        "The deal is worth HK$3 billion yuan, the company said.",
        "该公司去年营收港币10亿美元。",
        "门票售价¥500 dollars。",
    ],
)
def test_an_amount_with_two_currencies_is_reported(text):
    assert len(_found(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "GDP reached 817.8 billion yuan ($126 billion) in the first half.",
        "该公司去年营收港币10亿元,约合人民币9亿元。",
        "新台币100亿元的预算已获通过。",
        "The fund raised US$5 million and 30 million yuan in two rounds.",
    ],
)
def test_one_currency_per_amount_is_not_reported(text):
    assert _found(text) == []
