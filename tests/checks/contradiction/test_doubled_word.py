"""SL402 doubled-word."""

from __future__ import annotations

import pytest

from seedlint.model import Applicability
from tests.checks.contradiction import apply_fix, codes, run

DOUBLE_FLAG = [
    # After an opening quote, as headlines quote a claim.
    ("Alfa Romeos 'to to get GM engines'", True),
    ("Crossrail link ‘to to get go-ahead’", True),
    ("Julie Geller said the the decision was straightforward.", True),
    ("Analysts said the The was very straightforward.", True),
    ("The company plans to to hire more engineers.", True),
    ("It is a a very large investment.", True),
    ("The deal was announced in\nin Seattle on Monday.", True),
    ("Shares of of the company fell 10%.", True),
    ("The startup said it it would raise more money.", False),
    ("亚马逊对该公司的的投资规模可能取决于此次讨论。", True),
    ("双方已经签署了了合作协议。", True),
    ("这是是一笔数十亿美元的投资。", True),
    ("微软和和亚马逊都在加大投入。", True),
    ("谷歌与与Anthropic达成了协议。", True),
    ("亚马逊在在西雅图发布了新芯片。", True),
    ("来源：新华社 责任编辑：周冬 周冬", False),
]

DOUBLE_PASS = [
    # A letter after an apostrophe belongs to the word before it.
    "It's s-shaped, and the firm's s-series sold well.",
    "He had had enough of it, and said that that was final.",
    "What it is is a very very large deal.",
    "They flew to Walla Walla and then to Bora Bora.",
    "No no no, he said, it is not for sale.",
    "It was gone, gone for good.",
    "Bye bye, said the child.",
    "The The played in London.",
    "这的的确确是一笔目的的明确的投资。",
    "为了了解市场，他现在在北京调研。",
    "此事最终不了了之。",
    "他对事情的经过了了分明。",
    "公司旨在在全球推广这项技术，实实在在地帮助客户。",
    "但是是否投资还没有决定。",
    "这家公司参与与否尚不清楚，双方和和美美地合作。",
    "他一把把地数钱，一个个地清点。",
    "大家看看、想想，研究研究再说，天天如此，人人有责。",
    "口号是：加油 加油 加油！",
    "哈哈 哈哈，真有意思。",
    "它为人温和和善，涉及及时处理的问题。",
    "被告被被告知需要出庭。",
    # A headline's last word and the next paragraph's first.
    "Tech firms lift shares\nShares in technology firms rose on Monday.",
    # A title's words repeat on purpose; a direction or 新 before a place makes another place.
    "孩子们演唱《国旗国旗真美丽》,歌声嘹亮。",
    "他是新中国中国法制史学科的主要创建者。",
    "南苏丹苏丹人民解放运动副主席表示感谢。",
]


@pytest.mark.parametrize("text,safe", DOUBLE_FLAG)
def test_doubled_word_flags(text, safe):
    findings = [f for f in run(text, "SL402") if f.code == "SL402"]
    assert len(findings) == 1
    fix = findings[0].fix
    assert fix is not None
    assert fix.applicability == (Applicability.SAFE if safe else Applicability.UNSAFE)


@pytest.mark.parametrize("text", DOUBLE_PASS)
def test_doubled_word_passes(text):
    assert codes(text, "SL402") == []


def test_doubled_word_fix_deletes_the_second_copy():
    text = "Julie Geller said the the decision was straightforward."
    (finding,) = run(text, "SL402")
    assert apply_fix(text, finding.fix) == "Julie Geller said the decision was straightforward."
    text = "亚马逊对该公司的的投资规模可能取决于此次讨论。"
    (finding,) = run(text, "SL402")
    assert apply_fix(text, finding.fix) == "亚马逊对该公司的投资规模可能取决于此次讨论。"
    text = "责任编辑：周冬 周冬\n"
    (finding,) = run(text, "SL402")
    assert apply_fix(text, finding.fix) == "责任编辑：周冬\n"
