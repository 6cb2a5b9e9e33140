"""SL305 vague-attribution-dominant: documents resting mostly on unnamed sources."""

from __future__ import annotations

import pytest

from seedlint.config import Settings
from tests.checks.provenance._shared import FIXTURES, PROVENANCE, codes, found

SL305_FLAG = [
    "据悉，双方已经达成协议。知情人士透露，投资规模为20亿美元。\n",
    "据悉，双方已经达成协议。知情人士透露，投资规模为20亿美元。一位高管称，交易将在年底完成。\n",
    "People familiar with the matter said the talks stalled. The company reportedly plans to cut jobs.\n",
    "据了解，工厂已经停产。有消息称，赔偿方案尚未公布。据悉，工会将抗议。据路透社报道，裁员规模为500人。\n",
    "业内人士表示，价格战还将持续。分析人士指出，需求正在放缓。\n",
    "据外媒报道，该公司正在裁员。有媒体报道称，裁员比例达到一成。\n",
    "Sources said the deal is close. Insiders said the price is 2 billion dollars. It is believed the board agrees.\n",
    "两名官员表示，谈判仍在进行。一位投资者称，估值可能下调。据悉，新一轮融资将在下月启动。\n",
    "据传，公司将被收购。网传收购价格为100亿元。\n",
    "据称，产品将推迟发布。据了解，推迟原因是芯片短缺。\n",
]

SL305_PASS = [
    (FIXTURES / "one-anonymous-two-named.txt").read_text("utf-8"),
    "据悉，双方已经达成协议。\n",
    "据路透社报道，双方已经达成协议。知情人士透露，投资规模为20亿美元。路透社援引文件称，交易将在年底完成。\n",
    "据悉，双方已经达成协议。知情人士透露，投资规模为20亿美元。据新华社报道，工厂已经停产。据路透社报道，裁员500人。\n",
    "Reuters reported the deal. Sources said it is close. Bloomberg reported the price.\n",
    "据悉，工厂已经停产。外交部发言人汪文斌表示，中方高度关注。\n",
    "The company said on Monday it would cut 500 jobs, according to Reuters.\n",
    "据新华社报道，工厂已经停产。\n",
    "据悉，工厂停产。Bill Gurley警告，收入可能被夸大。Christopher Armstrong则认为，交易合法。\n",
    "",
]


@pytest.mark.parametrize("text", SL305_FLAG)
def test_vague_dominant_flags(text):
    hits = found(text, "SL305")
    assert len(hits) == 1 and hits[0].line == 1 and "unnamed" in hits[0].message, text


@pytest.mark.parametrize("text", SL305_PASS)
def test_vague_dominant_passes(text):
    assert "SL305" not in codes(text), text


def test_vague_dominant_can_be_selected_alone():
    text = "据悉，双方已经达成协议。知情人士透露，投资规模为20亿美元。\n"
    assert codes(text, Settings(select=("SL305",))) == ["SL305"]


def test_vague_ratio_option():
    text = "据悉，双方已经达成协议。知情人士透露，投资规模为20亿美元。据路透社报道，工厂已经停产。\n"
    assert "SL305" in codes(text)
    relaxed = PROVENANCE.with_options("provenance", {"vague-ratio": 2.0})
    assert "SL305" not in codes(text, relaxed)
