"""SL503 conversion-inconsistent."""

from __future__ import annotations

import pytest

from seedlint.engine import lint_text
from tests.checks.currency import ONLY, codes_of, flag_cases


@pytest.mark.parametrize("case", flag_cases("SL503"), ids=lambda c: c["text"][:24])
def test_must_flag(case):
    assert case["code"] in codes_of(case["text"])


def test_inconsistent_names_the_median_at_the_outlier():
    text = "第一笔1亿美元(约合人民币7.15亿元),第二笔2亿美元(约合人民币14.3亿元),第三笔3亿美元(约合人民币20.1亿元)。"
    (finding,) = lint_text(text, settings=ONLY)
    assert finding.code == "SL503" and finding.matched.startswith("3亿美元")
    assert "median rate is 7.150 CNY/USD" in finding.message


def test_consistency_tolerance_option():
    text = "去年投资40亿美元(约合人民币286亿元),今年再投80亿美元(约合人民币530亿元)。"  # 7.15 and 6.63
    assert codes_of(text) == ["SL503"]
    assert codes_of(text, ONLY.with_options("currency", {"consistency-tolerance": 0.08})) == []
    # 7.15 and 7.00 differ by 2.1%, but 560亿 is rounded to 5亿: within rounding, not inconsistent.
    assert codes_of("去年投资40亿美元(约合人民币286亿元),今年再投80亿美元(约合人民币560亿元)。") == []
