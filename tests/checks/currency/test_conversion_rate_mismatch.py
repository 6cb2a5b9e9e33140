"""SL501 conversion-rate-mismatch."""

from __future__ import annotations

import pytest

from seedlint.checks.currency import load_rates
from seedlint.config import Settings
from seedlint.engine import lint_text
from tests.checks.currency import ONLY, codes_of, flag_cases


@pytest.mark.parametrize("case", flag_cases("SL501"), ids=lambda c: c["text"][:24])
def test_must_flag(case):
    assert case["code"] in codes_of(case["text"])


def test_message_gives_the_numbers():
    (finding,) = lint_text("去年投资40亿美元(约合人民币186亿元)。", settings=ONLY)
    assert finding.message == "40亿美元 → 人民币186亿元 implies 4.650 CNY/USD; 2005–2026 range 6.043–8.277"
    assert finding.matched == "40亿美元(约合人民币186亿元"


def test_tolerance_option():
    text = "去年投资40亿美元(约合人民币250亿元)。"  # 6.25, inside 2005–2026
    assert codes_of(text) == []
    assert codes_of(text, ONLY.with_options("currency", {"years": [2023, 2025]})) == ["SL501"]
    loose = ONLY.with_options("currency", {"years": [2023, 2025], "tolerance": 0.15})
    assert codes_of(text, loose) == []


def test_user_rate_table(tmp_path):
    table = tmp_path / "rates.csv"
    table.write_text(
        "year,currency,cny_per_unit_mean,cny_per_unit_min,cny_per_unit_max,days\n2024,USD,9.5,9.4,9.6,250\n",
        "utf-8",
    )
    settings = ONLY.with_options("currency", {"rate-table": str(table), "years": [2024, 2024]})
    assert codes_of("去年投资40亿美元(约合人民币286亿元)。", settings) == ["SL501"]
    assert codes_of("去年投资40亿美元(约合人民币380亿元)。", settings) == []
    assert load_rates(str(table)) is load_rates(str(table))


def test_dev_corpus_wrong_conversion_is_flagged(dev_corpus):
    wrong = [lab for lab in dev_corpus.instances("currency") if not lab["correct"]]
    assert [lab["doc"] for lab in wrong] == ["027.txt"]
    (lab,) = wrong
    codes = {f.code for f in dev_corpus.findings(lab["doc"]) if f.line == lab["line"]}
    assert "SL501" in codes


def test_years_the_text_mentions_narrow_the_band_when_it_states_no_date():
    # 8.4 yuan per dollar is inside 2005-2026 (the peg years) but not from 2013 on.
    (finding,) = lint_text("2014年全球网络安全市场规模有望达到956亿美元(约合人民币8034亿元)。", settings=ONLY)
    assert finding.code == "SL501" and "2013–2026 range" in finding.message
    assert codes_of("全球网络安全市场规模有望达到956亿美元(约合人民币8034亿元)。") == []
    # Only a lower bound: a text that recalls 2015 may convert at a later year's rate.
    assert codes_of("2015年该公司成立。如今它投资了10亿美元(约合人民币72亿元)。") == []
    assert codes_of("到2030年,该公司计划投资10亿美元(约合人民币83亿元)。") == []


def test_a_conversion_without_a_comma_before_its_chinese_cue_is_judged():
    def found(text: str) -> list[str]:
        return [f.code for f in lint_text(text, settings=Settings(select=("SL501",)))]

    assert found("2023年9月,1新加坡元约合7.2至7.4元人民币,游客换汇成本上升。") == ["SL501"]
    assert found("2023年,该公司投资40亿美元约合人民币186亿元建设新工厂。") == ["SL501"]
    assert found("2023年,该公司投资40亿美元约合人民币286亿元建设新工厂。") == []
    # 合 alone is no cue without its comma: 合 also joins words (合资, 合计).
    assert found("2023年,40亿美元合资项目和186亿元人民币的贷款同时签约。") == []
