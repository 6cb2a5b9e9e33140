"""SL502 conversion-unit-slip."""

from __future__ import annotations

import pytest

from seedlint.config import Settings
from seedlint.engine import lint_text
from tests.checks.currency import ONLY, codes_of, flag_cases


@pytest.mark.parametrize("case", flag_cases("SL502"), ids=lambda c: c["text"][:24])
def test_must_flag(case):
    assert case["code"] in codes_of(case["text"])


def test_slip_is_named():
    (finding,) = lint_text("去年投资40亿美元(约合人民币286万元)。", settings=ONLY)
    assert finding.code == "SL502" and "亿 written as 万" in finding.message and "10,000 times" in finding.message
    (finding,) = lint_text("该集团投资7000亿韩元(约合人民币3675亿元)。", settings=ONLY)
    assert "per-100" in finding.message


def test_rules_skip_when_not_enabled():
    text = "去年投资40亿美元(约合人民币286万元)。"
    assert codes_of(text, Settings(select=("SL501",))) == []
