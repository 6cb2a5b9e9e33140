"""SL401 duplicate-list-item."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.checks.contradiction import codes, run

LIST_FLAG = [
    "据统计，微软、微软和亚马逊仅在Anthropic和OpenAI上就投入了近200亿美元。",
    "参投方包括红杉资本、高瓴资本、红杉资本和腾讯。",
    "谷歌、亚马逊、谷歌等科技巨头都在加码人工智能。",
    "今年，北京、上海、北京和深圳的房价均有上涨。",
    "会议由国家发改委、商务部与商务部共同主办。",
    "苹果、三星、华为以及三星纷纷发布了新款手机。",
    "据悉，腾讯和腾讯已签署合作协议。",
    "Investors include Google, Google and Amazon, the filing shows.",
    "The round was led by Sequoia, Andreessen Horowitz, Sequoia and Thrive Capital.",
    "Microsoft, Amazon, Microsoft and Google have all invested in AI startups.",
    "Leaders from France, Germany, France, and Italy met in Brussels on Monday.",
]

LIST_PASS = [
    # A closing word that starts a longer word of the last item (中国共产党 is not 中国 + 共).
    "四十年改革开放，极大改变了中国、中华民族、中国人民、中国共产党的面貌。",
    # A slogan stresses one item said again.
    "笔记本的扉页上都写着“服务、服务、再服务”。",
    "据统计，谷歌、微软和亚马逊仅在Anthropic和OpenAI上就投入了近200亿美元。",
    "微软和OpenAI，微软和Anthropic，都签了云服务协议。",
    "大家要多看看、多想想，研究研究再决定。",
    "人人、天天、家家户户都在谈论这件事。",
    "他一步一步、一个一个地核对了名单。",
    "谢谢、谢谢大家的支持。",
    "王先生、王女士和李女士出席了发布会。",
    "中美、中日和中韩关系都受到关注。",
    "企业和企业之间的合作日益紧密。",
    "微软和微软研究院的专家共同撰写了报告。",
    "人与人之间需要信任。",
    "3月、4月和5月的销量分别增长10%、12%和15%。",
    "微软向OpenAI投资，谷歌和亚马逊向Anthropic投资，微软和谷歌则在云服务上竞争。",
    "此事最终不了了之，高高兴兴、的的确确地结束了。",
    "Microsoft and OpenAI, Microsoft and Anthropic: the pairs keep changing.",
    "It was gone, gone, gone.",
    "Location, location, location is what matters.",
    "Prices rose again and again, and analysts were surprised.",
    "Sales grew more and more, year after year, in Europe, Asia and America.",
    "Microsoft invested in OpenAI, and Microsoft later expanded the deal.",
    "Rain, rain and more rain fell on Monday.",
    "三家公司的营收分别增长10%、10%和12%。",
    "The three funds returned 5%, 5% and 7% respectively.",
    # One thing said again to close the clause, or turned around: emphasis, not a list.
    "一名工作人员对着游行人士称「拉佢、拉佢」,指示保安上前。",
    "咁就听到大台嗌,警方要克制、警方要克制。",
    "我们要牢记江山就是人民、人民就是江山,坚持以人民为中心。",
    # A list of pairs, the last of which pairs a thing with itself.
    "中央和地方、地方和地方、政府和企业、企业和企业都要加强协调配合。",
    # English names with an ampersand, addresses and appositions, a conjunction inside a clause.
    "Other suitors include Kimberly-Clark, Johnson & Johnson, and private equity investors.",
    "The deposits of the failed First National Bank of Crosby, Crosby, Tex., were assumed.",
    "Ahmad Rahimi, who lived in Elizabeth, New Jersey, was convicted of setting off bombs in Manhattan and New Jersey.",
]


@pytest.mark.parametrize("text", LIST_FLAG)
def test_duplicate_list_item_flags(text):
    assert codes(text, "SL401") == ["SL401"]


@pytest.mark.parametrize("text", LIST_PASS)
def test_duplicate_list_item_passes(text):
    assert codes(text, "SL401") == []


def test_duplicate_list_item_points_at_the_copy():
    text = "据统计，微软、微软和亚马逊仅在Anthropic和OpenAI上就投入了近200亿美元。"
    (finding,) = run(text, "SL401")
    assert text[finding.start : finding.end] == "微软"
    assert finding.start == text.index("微软、") + 3
    assert finding.fix is None


def test_duplicate_list_item_folds_width_and_case():
    assert codes("投资方有ＯｐｅｎＡＩ、OpenAI和谷歌。", "SL401") == ["SL401"]
    assert codes("The deal involved OpenAI, Google, OPENAI and Amazon.", "SL401") == ["SL401"]


WORDS = st.text(alphabet="甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土", min_size=2, max_size=4)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=2, max_size=6, unique=True), st.sampled_from(["、", "和"]))
def test_distinct_items_never_flagged(items, last_joiner):
    text = "据统计，" + "、".join(items[:-1]) + last_joiner + items[-1] + "都参与了投资。"
    assert codes(text, "SL401") == []


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=5, unique=True), st.data(), st.sampled_from(["、", "和"]))
def test_item_joined_to_itself_always_flagged(items, data, last_joiner):
    index = data.draw(st.integers(0, len(items) - 1))
    doubled = items[: index + 1] + [items[index]] + items[index + 1 :]
    text = "据统计，" + "、".join(doubled[:-1]) + last_joiner + doubled[-1] + "都参与了投资。"
    assert codes(text, "SL401") == ["SL401"]
