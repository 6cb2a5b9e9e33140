"""SL304 vague-attribution: attributions to unnamed sources."""

from __future__ import annotations

import pytest

from tests.checks.provenance._shared import codes, found

SL304_FLAG = [
    ("据悉，该公司将于下月发布新产品。\n", "据悉"),
    ("据了解，双方已经签署协议。\n", "据了解"),
    ("有消息称，工厂选址已基本确定。\n", "有消息称"),
    ("据知情人士透露，投资规模约为20亿元。\n", "据知情人士透露"),
    ("业内人士表示，价格战还将持续。\n", "业内人士表示"),
    ("有分析人士指出，需求正在放缓。\n", "有分析人士指出"),
    ("一位不愿具名的高管称，交易将在年底完成。\n", "一位不愿具名的高管称"),
    ("两名官员表示，谈判仍在进行。\n", "两名官员表示"),
    ("据外媒报道，该公司正在裁员。\n", "据外媒报道"),
    ("据当地媒体报道，工厂已经停产。\n", "据当地媒体报道"),
    # A country's media is no named outlet.
    ("据韩媒报道，该公司正在裁员。\n", "据韩媒报道"),
    ("據日媒報導，該公司正在裁員。\n", "據日媒報導"),
    ("The deal is worth 2 billion dollars, people familiar with the matter said.\n", "people familiar with the matter"),
    ("The talks stalled last week, sources said.\n", "sources said"),
    ("The company reportedly plans to cut 500 jobs.\n", "reportedly"),
    ("It is said that the plant will close.\n", "It is said"),
    ("上周，有媒体报道称，谷歌同意再投资20亿美元。\n", "有媒体报道称"),
]

SL304_PASS = [
    "据新华社报道，双方已经签署协议。\n",
    "据外媒The Information报道，亚马逊正讨论新的投资。\n",
    "据媒体援引Upper90的首席执行官Bill Libby的说法，芯片是一种新的资产类别。\n",
    "参与交易的投资者表示，谷歌还与其他公司达成了类似协议。\n",
    "微软高管表示，其中3个百分点的增长来自人工智能。\n",
    "第一位获奖的工程师表示，这项技术还需要改进。\n",
    "The deal is worth 2 billion dollars, Reuters reported.\n",
    "The plant will close next year, according to the company.\n",
    "据国家统计局数据，前三季度GDP增长5%。\n",
    "外交部发言人汪文斌14日表示，中方对此表示关切。\n",
    "据其介绍，该系统已经运行三年。\n",
    "原文链接: https://example.com/city-reportedly-lost-money-in-attack\n",
    "The open-source code said nothing about the sources of the data.\n",
]


@pytest.mark.parametrize("text,matched", SL304_FLAG)
def test_vague_attribution_flags(text, matched):
    hits = found(text, "SL304")
    assert [f.matched for f in hits] == [matched], text
    assert hits[0].severity.name == "INFO"


@pytest.mark.parametrize("text", SL304_PASS)
def test_vague_attribution_passes(text):
    assert "SL304" not in codes(text), text


def test_each_vague_occurrence_is_one_finding():
    text = "据悉，工厂已经停产。知情人士透露，裁员规模为500人。据悉，赔偿方案尚未公布。\n"
    assert [f.matched for f in found(text, "SL304")] == ["据悉", "知情人士透露", "据悉"]


@pytest.mark.parametrize(
    "text",
    [
        # 据报道 refers back to the outlet named just before it.
        "据《京华时报》报道,该市今年的用水量增长了12%。\n\n据报道,新建的工业园区用水最多。\n",
        "据新华社报道,双方已经签署协议。据悉,协议将于明年生效。\n",
        # 据悉 inside a wire story: the agency of the dateline is the source.
        "新华社北京3月1日电 国务院新闻办公室今天举行发布会。\n\n发言人介绍了情况。\n\n据悉,会议将持续三天。\n",
    ],
)
def test_a_vague_phrase_that_refers_back_to_a_named_source_is_not_reported(text):
    assert "SL304" not in codes(text), text


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        # The named source is three paragraphs back: 据悉 stands on its own again.
        ("据新华社报道,双方已经签署协议。\n\n第二段。\n\n第三段。\n\n据悉,协议将于明年生效。\n", "据悉"),
        # An unnamed person is another source, whatever was named before.
        ("据新华社报道,双方已经签署协议。一位不愿具名的官员称,谈判仍有分歧。\n", "一位不愿具名的官员称"),
    ],
)
def test_a_vague_source_of_its_own_is_still_reported(text, matched):
    assert [f.matched for f in found(text, "SL304")] == [matched]
