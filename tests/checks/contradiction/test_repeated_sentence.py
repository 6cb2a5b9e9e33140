"""SL405 repeated-sentence."""

from __future__ import annotations

import pytest

from seedlint.model import Applicability
from tests.checks.contradiction import FIXTURES, apply_fix, codes, run

REPEAT_FLAG = [
    "亚马逊决定向Anthropic投资40亿美元，该笔投资已全额支付。\n其他内容。\n亚马逊决定向Anthropic投资40亿美元，该笔投资已全额支付。\n",
    "▲报道组部分成员整装待发，从左至右依次为章新新、王晓晖。▲报道组部分成员整装待发，从左至右依次为章新新、王晓晖。\n",
    "The startup has raised more than $8 billion since 2021. The startup has raised more than $8 billion since 2021.\n",
    "Amazon is in talks to invest in Anthropic again.\n\nAmazon is in talks to invest in Anthropic again.\n",
    "第一段：双方的谈判仍处于早期阶段，投资规模尚未确定。第二句话也在这里。\n\n"
    "第一段：双方的谈判仍处于早期阶段，投资规模尚未确定。第二句话也在这里。\n",
    "图为记者们在国庆新闻中心体验互联网服务的场景 图为记者们在国庆新闻中心体验互联网服务的场景\n",
    "微软向OpenAI投资了10亿美元，为其提供算力。微软向OpenAI投资了10亿美元，为其提供算力。后续还有合作。\n",
    "Anthropic was founded in 2021 by former OpenAI researchers.\nIt sells subscriptions.\n"
    "Anthropic was founded in 2021 by former OpenAI researchers.\nIt sells subscriptions.\n",
    "亚马逊云科技的一位高管称，合作帮助云部门保持了收入增长。\n亚马逊云科技的一位高管称，合作帮助云部门保持了收入增长。\n",
    "“我们会继续投资人工智能基础设施建设，”他说。“我们会继续投资人工智能基础设施建设，”他说。\n",
    # A caption written twice after a short lead the copies do not share (a scraper's date).
    " date 2020-12-14 Police guard a banned rally in Hong Kong. Photo: EPA-EFE Police guard a banned rally in "
    "Hong Kong. Photo: EPA-EFE\n",
    # A phrase written twice inside a sentence.
    "During this phase the city acquires the property rights needed to build and maintain the property rights "
    "needed to build and maintain the project.\n",
]

REPEAT_PASS = [
    "去年，亚马逊决定向Anthropic投资40亿美元。\n这笔新投资与去年亚马逊对该公司投资40亿美元的交易类似。\n",
    "短句重复。\n短句重复。\n",
    "Read more\nRead more\n",
    # Two captions that share a first sentence describe two photos.
    "图为9月27日，记者们在国庆新闻中心参加活动，场面十分热闹。记者们在晚宴上提问。\n\n"
    "图为9月27日，记者们在国庆新闻中心参加活动，场面十分热闹。记者们体验互联网服务。\n",
    # A teaser that the body repeats and continues.
    "3月1日，参加全国两会采访的记者排队依次领取采访证件。参加两会的中外记者总数突破\n\n"
    "3月1日，参加全国两会采访的记者排队依次领取采访证件。参加两会的中外记者总数突破3000人。\n",
    # A title and the same words at the start of a longer line.
    "Does Radio News Rip Off Newspapers?  | American Journalism Review\n\nDoes Radio News Rip Off Newspapers?\n",
    "----------------------------------------\ntext\n----------------------------------------\n",
    "(Xinhua/Li Ming) Photo Gallery\nA caption.\n(Xinhua/Li Ming) Photo Gallery\n",
    "亚马逊向Anthropic投资40亿美元。\n谷歌向Anthropic投资20亿美元。\n",
    # A lead longer than a date or a label: the line's halves are not one passage twice.
    "Police guard a banned rally in Hong Kong and more words here. Photo: EPA-EFE Photo: EPA-EFE\n",
    # A refrain set apart by punctuation, and short repeats.
    "We will fight on the beaches, we will fight on the beaches, he told the crowd.\n",
    "It was very very good, and the food was very very good too.\n",
    "Little by little, bit by bit, the water rose again and again and again.\n",
    # Not verbatim: other punctuation, another line, a row of numbers.
    "One, two, three, four one two three four: the children counted the steps of the old tower.\n",
    "the property rights needed to build the property\nrights needed to build the bridge over the river.\n",
    "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n",
    "Amazon invested $4 billion in Anthropic. Google invested $2 billion in Anthropic.\n",
    "微软和OpenAI的合作关系非常紧密，被外界称为联姻。\n谷歌和Anthropic的合作关系同样非常紧密。\n",
    "| 日期 | 金额 |\n|---|---|\n| 2023 | 40亿 |\n| 2024 | 40亿 |\n",
    "第一章\n\n第二章\n\n第三章\n",
    "特别声明：以上内容为自媒体平台用户上传并发布。\n",
    'He said: "We will keep investing." She said: "We will keep investing in chips."\n',
    # A gloss written once, where glosses go, and two different names around a Chinese one.
    "礼拜在卫理公会巴耶黎峇堂(Paya Lebar Methodist Church)举行,约300人出席。\n",
    "Paya Lebar Methodist Church卫理公会巴耶黎峇堂(Methodist Church of Singapore)举行礼拜。\n",
]


@pytest.mark.parametrize("text", REPEAT_FLAG)
def test_repeated_sentence_flags(text):
    findings = [f for f in run(text, "SL405") if f.code == "SL405"]
    assert len(findings) == 1
    assert findings[0].fix is not None and findings[0].fix.applicability == Applicability.UNSAFE


@pytest.mark.parametrize("text", REPEAT_PASS)
def test_repeated_sentence_passes(text):
    assert codes(text, "SL405") == []


def test_repeated_paragraph_fixture_fix_removes_the_copy():
    text = (FIXTURES / "duplicated_paragraph.txt").read_text("utf-8")
    (finding,) = run(text, "SL405")
    assert finding.line == 9 and "line 5" in finding.message
    fixed = apply_fix(text, finding.fix)
    assert fixed.count("目前无法得知会谈的进展。") == 1
    assert "\n\n\n" not in fixed


def test_restated_facts_fixture_is_clean():
    text = (FIXTURES / "restated_facts.txt").read_text("utf-8")
    assert run(text) == []


def test_a_name_written_before_its_chinese_name_and_again_as_its_gloss():
    text = "礼拜在Paya Lebar Methodist Church卫理公会巴耶黎峇堂（Paya Lebar Methodist Church）举行,约300人出席。\n"
    (finding,) = [f for f in run(text, "SL405") if f.code == "SL405"]
    assert finding.matched == "Paya Lebar Methodist Church"
    assert apply_fix(text, finding.fix) == "礼拜在卫理公会巴耶黎峇堂（Paya Lebar Methodist Church）举行,约300人出席。\n"
