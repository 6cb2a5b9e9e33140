"""SL302 source-unknown: placeholder source fields and agency slots."""

from __future__ import annotations

import pytest

from tests.checks.provenance._shared import BODY, BODY_EN, codes, found

SL302_FLAG = [
    ("来源:未知\n\n" + BODY, "来源:未知"),
    (BODY + "\n来源:网络\n", "来源:网络"),
    ("来源: \n\n" + BODY, "来源: "),
    ("发布时间:2021-11-24 10:27 所属栏目:行业 来源:互联网\n" + BODY, "来源:互联网"),
    ("文章来源:本站\n" + BODY, "文章来源:本站"),
    ("稿源:佚名 作者:张三\n" + BODY, "稿源:佚名"),
    ("出处|不详\n" + BODY, "出处|不详"),
    ("Source: unknown\n\n" + BODY_EN, "Source: unknown"),
    ("Source: N/A\n\n" + BODY_EN, "Source: N/A"),
    # The anchor text of the link to the original, kept where the outlet's name should be.
    (BODY_EN + "\nSource: Read Full Article\n", "Source: Read Full Article"),
    ("【来源:网络整理】\n" + BODY, "来源:网络整理"),
    (BODY + "本文转自网络\n", "本文转自网络"),
    ("来源: cms20240517\n" + BODY, "来源: cms20240517"),
    ("來源:網絡\n" + BODY, "來源:網絡"),
    # A CMS header written without separators: the source key is glued to the editor's value and
    # its own value to a counter field.
    ("编辑:企联编辑来源:互联网评论数:0发布时间:2013-09-09 10:09:59\n" + BODY, "来源:互联网"),
    ("SEOUL, Oct. 8 (local media) -- " + BODY_EN, "(local media)"),
    (BODY_EN + "A worker at the plant on Oct. 8. (Chinese media/Li Wei)\n", "(Chinese media/Li Wei)"),
]

SL302_PASS = [
    "来源:新华社\n\n" + BODY,
    "Source: Xinhua\n\n" + BODY_EN,
    "Source: Internet Society\n\n" + BODY_EN,
    "其收入来源:广告和订阅。\n" + BODY,
    "来源:21世纪经济报道\n" + BODY,
    "图片来源:网络\n" + BODY,
    "SEOUL, Oct. 8 (Reuters) -- " + BODY_EN,
    "来源:\n新华社\n\n" + BODY,
    "来源于网络的信息需要核实。\n" + BODY,
    "来源:IT168\n" + BODY,
    "来源|智东西\n" + BODY,
    "编辑:王静来源:新华社浏览量:1024\n" + BODY,
    # A source word continuing prose after a field's value is not a glued key (no colon).
    "编辑:王静 来源于新华社的报道称,政策将于明年实施。\n" + BODY,
    # A source line in the middle of a long document is quoted text, not the page's field.
    "\n".join([BODY.strip()] * 20 + ["来源:网络"] + [BODY.strip()] * 20) + "\n",
]


@pytest.mark.parametrize("text,matched", SL302_FLAG)
def test_source_unknown_flags(text, matched):
    hits = found(text, "SL302")
    assert [f.matched for f in hits] == [matched], text
    assert hits[0].fix is None


@pytest.mark.parametrize("text", SL302_PASS)
def test_source_unknown_passes(text):
    assert "SL302" not in codes(text), text


def test_a_source_field_glued_to_a_clock_time_is_read():
    hits = found("标题\n\n发布时间:2019-11-14 15:13:58来源:\n" + BODY + "\n" + BODY, "SL302")
    assert [(h.line, h.message) for h in hits] == [(3, "Source field `来源` is empty")]


def test_a_key_inside_a_quotation_is_no_field():
    notice = "版权声明:凡注明“来源:“宁波新闻网”的所有作品,版权归宁波新闻网所有。\n"
    assert "SL302" not in codes("来源:新华社\n\n" + BODY + "\n" + notice)


def test_a_source_stated_as_the_internet_in_a_sentence_is_a_placeholder():
    assert [h.line for h in found(BODY + "\n[图文来源于网络,如有侵权,请联系删除]\n", "SL302")] == [3]
    # Photos from the internet are a picture credit, not the text's source.
    assert "SL302" not in codes("来源:新华社\n\n" + BODY + "\n图片来源于网络,如有侵权请联系删除\n")


@pytest.mark.parametrize("value", ["新闻", "艺术", "体育"])
def test_a_channel_name_in_the_source_field_is_a_placeholder(value):
    assert [h.line for h in found(f"来源：{value}\n\n" + BODY, "SL302")] == [1]
    assert "SL302" not in codes(f"来源：{value}在线\n\n" + BODY)  # 体育在线 may be an outlet


def test_each_item_of_a_page_of_items_has_its_source_field_read():
    # A digest or a page of search results: every item carries its own source line, away from the
    # page's head and tail.
    items = [
        f"标题{n}\n来源：{value}\n发布时间：2026-02-1{n} 10:11:21\n{BODY}\n"
        for n, value in enumerate("新闻 新华社 新闻 新闻".split())
    ]
    text = "\n".join(items + [BODY] * 12)
    # Line 2 is in the head; 14 and 20 are two items down, line 8 names its outlet.
    assert [h.line for h in found(text, "SL302")] == [2, 14, 20]
    # Inside a sentence the word is no field.
    assert "SL302" not in codes("来源:新华社\n\n" + BODY + "\n" + "其收入来源:广告和订阅。\n" + BODY * 3)


@pytest.mark.parametrize("line", ["(資料來源:網路或報章雜誌)", "來源:網路", "来源:网友/网络"])
def test_the_internet_in_taiwans_word_and_alternatives_of_placeholders_are_placeholders(line):
    assert "SL302" in codes(BODY + line + "\n")


@pytest.mark.parametrize("line", ["来源:新华社及网络", "资料来源:国家统计局", "資料來源:中央社"])
def test_a_named_source_among_the_alternatives_or_in_a_data_source_field_is_a_source(line):
    assert "SL302" not in codes(BODY + line + "\n")
