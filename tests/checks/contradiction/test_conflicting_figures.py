"""SL403 conflicting-figures."""

from __future__ import annotations

import pytest

from seedlint.config import Settings
from seedlint.engine import lint_text
from tests.checks.contradiction import codes, run

FIGURES_FLAG = [
    "2023年，微软向OpenAI投资了100亿美元。报道称，2023年微软向OpenAI投资了10亿美元。",
    "微软向OpenAI投资了10亿美元。分析人士认为，微软向OpenAI投资了30亿美元，这是一笔大交易。",
    "亚马逊向Anthropic投资40亿美元。\n\n知情人士说，亚马逊向Anthropic投资了400亿美元。",
    "Anthropic的估值为180亿美元。投资者称，Anthropic的估值为300亿美元。",
    "字节跳动的营收为800亿美元。财报显示字节跳动营收达1200亿美元。",
    "OpenAI融资66亿美元。知情人士说，OpenAI融资了16亿美元。",
    "Anthropic was valued at $18 billion. Investors said Anthropic was valued at $30 billion.",
    "Microsoft invested $10 billion in OpenAI. People familiar said Microsoft invested $1 billion in OpenAI.",
    "Amazon invested $4 billion in Anthropic. According to the filing, Amazon invested $8 billion in Anthropic.",
    "Stripe raised $6.5 billion, the company said. Stripe raised $2 billion, according to filings.",
    "Databricks was valued at $43 billion.\nAnalysts noted that Databricks was valued at about $62 billion.",
    # A Hong Kong filing's profit (溢利), given in 百万 and then in 亿 ten times too large.
    "公司期内溢利为105.5百万港元。\n\n分析师指出，公司期内溢利为10.55亿港元。",
]

FIGURES_PASS = [
    # Seed pattern: a different year, and a running total.
    "2019年，在OpenAI经营最困难的时候，微软向OpenAI投资了10亿美元。五年的时间里，微软总共向OpenAI投资了130亿美元。",
    # The same figure twice.
    "去年，亚马逊决定向Anthropic投资40亿美元。亚马逊向Anthropic投资40亿美元，该笔投资已全额支付。",
    # Rounding and qualifiers.
    "微软向OpenAI投资了130亿美元。微软向OpenAI投资约128亿美元。",
    "OpenAI融资近70亿美元。OpenAI融资66亿美元。",
    "Anthropic融资超80亿美元。Anthropic融资了86亿美元。",
    # Different subjects or counterparts.
    "微软向OpenAI投资了130亿美元。谷歌向Anthropic投资了20亿美元。",
    "亚马逊向Anthropic投资40亿美元。亚马逊向Hugging Face投资2亿美元。",
    # A second deal, an addition, an earlier or cumulative figure.
    "谷歌向Anthropic投资了5亿美元。谷歌再向Anthropic投资了20亿美元。",
    "亚马逊向Anthropic投资40亿美元。亚马逊又向Anthropic投资40亿美元。",
    "微软向OpenAI投资了10亿美元。微软累计向OpenAI投资了130亿美元。",
    "此前，微软向OpenAI投资了10亿美元。微软向OpenAI投资了100亿美元。",
    "亚马逊向Anthropic投资40亿美元。这是亚马逊第二笔向Anthropic投资的40亿美元。",
    # Different years and dates.
    "2022年，Anthropic的估值为50亿美元。2024年，Anthropic的估值为600亿美元。",
    "今年字节跳动的营收为1200亿美元。去年字节跳动营收为800亿美元。",
    # Different currencies are the currency family's business.
    "亚马逊向Anthropic投资40亿美元。亚马逊向Anthropic投资286亿元人民币。",
    # Vague subjects.
    "该公司的估值为180亿美元。该公司的估值为300亿美元。",
    # English.
    "Microsoft invested $1 billion in OpenAI in 2019. Microsoft invested $10 billion in OpenAI in 2023.",
    "Amazon invested $4 billion in Anthropic. Amazon invested an additional $4 billion in Anthropic.",
    "Microsoft has invested $13 billion in OpenAI in total. Microsoft invested $1 billion in OpenAI.",
    "Anthropic was valued at $18 billion. Anthropic was valued at about $18.4 billion.",
    "Stripe raised $6.5 billion. Plaid raised $425 million.",
    "Anthropic was previously valued at $18 billion. Anthropic was valued at $60 billion.",
    "Amazon invested $4 billion in Anthropic. Google invested $2 billion in Anthropic.",
    "Anthropic raised $4 billion. Anthropic raised $7.5 billion in a later round.",
    "OpenAI的估值为1570亿美元。OpenAI的估值为860亿美元，这是去年的数据。",
    "公司期内溢利为105.5百万港元。公司期内溢利约为1.06亿港元，较去年同期下降43.7%。",
]


@pytest.mark.parametrize("text", FIGURES_FLAG)
def test_conflicting_figures_flags(text):
    assert codes(text, "SL403") == ["SL403"]


@pytest.mark.parametrize("text", FIGURES_PASS)
def test_conflicting_figures_passes(text):
    assert codes(text, "SL403") == []


def test_conflicting_figures_quotes_both_and_points_at_the_second():
    text = "微软向OpenAI投资了10亿美元。\n分析人士认为，微软向OpenAI投资了30亿美元。\n"
    (finding,) = run(text, "SL403")
    assert finding.line == 2
    assert "30亿美元" in finding.message and "10亿美元" in finding.message and "line 1" in finding.message


@pytest.mark.parametrize(
    "english,expected",
    [
        ("reached 390.83 billion yuan in the first three quarters, up 6.8 percent", "10 times smaller"),
        ("reached 39.04 trillion yuan in the first three quarters, up 6.8 percent", "10 times larger"),
        ("reached 3.9 trillion yuan in the first three quarters, up 6.8 percent", None),  # agrees
        ("reached 390.83 billion yuan in the first three quarters, up 2.1 percent", None),  # another fact
        ("reached 390.83 billion US dollars in the first three quarters, up 6.8 percent", None),  # another currency
    ],
)
def test_a_figure_restated_in_the_other_language_off_by_a_power_of_ten(english, expected):
    text = (
        f"今年前三季度全国社会消费品零售总额39038.1亿元,同比增长6.8%。\n\nRetail sales of consumer goods {english}.\n"
    )
    messages = [f.message for f in lint_text(text, settings=Settings(select=("SL403",)))]
    if expected is None:
        assert messages == []
    else:
        assert len(messages) == 1 and "restates `39038.1亿元` (line 1)" in messages[0] and expected in messages[0]
