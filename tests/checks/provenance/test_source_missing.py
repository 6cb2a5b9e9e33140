"""SL301 source-missing: documents with figures and no source, and what counts as a source."""

from __future__ import annotations

import pytest

from tests.checks.provenance._shared import BODY, BODY_EN, codes, found

SL301_FLAG = [
    BODY,
    BODY_EN,
    "责任编辑:张伟\n\n" + BODY,
    "据悉，该项目总投资约50亿元，预计2026年投产，年产能达到30万吨，可新增就业岗位2000个，带动上下游产值超过百亿元。\n",
    BODY_EN.rstrip() + " People familiar with the matter said the trend would continue.\n",
    BODY + "特别声明:以上内容为自媒体平台用户上传并发布,本平台仅提供信息存储服务。\n",
    "某电动车企业表示，今年营收将增长20%，达到650亿元，海外市场贡献约三成，公司还将回购价值10亿元的股份以提振信心。\n",
    "全球電動車銷量今年有望達到1700萬輛，同比增長約20%，其中中國市場佔比超過六成，歐洲市場增速放緩至一成左右。\n",
    "标题:三季度交付量创新高\n\n" + BODY + "\n" + BODY,
    # A percentage in words.
    "銀行告知解鎖需二至三周,他撥打工地牆上「無壓力借款」電話,發現是高利貸,一個月下來月息高達百分之十二,最後靠親友湊錢才度過難關。\n",
    # Figures written with a currency sign and a glued unit.
    "Speaking at the trial, the former finance chief said he lied to the board. The firm had been "
    "overstating its accounts by $11bn (£8.5bn), and he will be sentenced after the trial ends.\n",
    "The central bank cut its key rate by 0.25 percent to 3.1 percent, the first cut this year, and said "
    "inflation had eased to 2.4 percent in the latest quarter while growth slowed.\n",
]

SL301_PASS = [
    "新华社北京3月14日电 " + BODY,
    BODY_EN.rstrip() + ", according to Reuters.\n",
    BODY + "\n来源:新华社\n",
    "据路透社16日报道，" + BODY,
    "科技日报11月8日消息，" + BODY,
    "SEOUL, Oct 8 (Reuters) - " + BODY_EN,
    "By Jane Smith\n\n" + BODY_EN,
    "作者:李明\n\n" + BODY,
    "本报讯(记者 王芳)" + BODY,
    "据外媒The Information报道，" + BODY,
    "文|张三\n\n" + BODY,
    "我上个月买了一台新车，花了25万元，比去年同款便宜了10%，感觉很划算，下面说说我的用车体验和油耗数据。\n",
    "这是一篇没有任何数字的随笔，写的是秋天的街道、落叶和傍晚的光线，也写了一些关于城市的回忆和感受。\n",
    "营收增长35%。\n",
]


@pytest.mark.parametrize("text", SL301_FLAG)
def test_source_missing_flags(text):
    hits = found(text, "SL301")
    assert len(hits) == 1 and hits[0].line == 1, text


@pytest.mark.parametrize("text", SL301_PASS)
def test_source_missing_passes(text):
    assert "SL301" not in codes(text), text


def test_placeholder_source_is_sl302_not_sl301():
    assert codes("来源:未知\n\n" + BODY).count("SL301") == 0
    assert "SL302" in codes("来源:未知\n\n" + BODY)


@pytest.mark.parametrize(
    "credit",
    [
        # Traditional characters and their verbs, read through the Simplified fold.
        "據路透社報導,",
        "據美聯社報道,",
        "據國家統計局發布的數據,",
        # Outlets by their shape: a title in 《》, a name ending in 通讯社, a bracketed dateline.
        "據《京華時報》報道,",
        "南韓聯合新聞通訊社報導,",
        "【产通社,2月27日讯】",
        # The day between the outlet and its verb.
        "法国《世界报》星期二报道,",
        "《南方日报》12日报道,",
        "《华尔街日报》日前报道,",
        "《费加罗报》指出,",
    ],
)
def test_a_source_a_reader_would_see_is_a_source(credit):
    assert "SL301" not in codes(credit + BODY)


def test_a_copyright_notice_naming_an_outlet_names_the_publisher():
    assert "SL301" not in codes(BODY + "\n本文版权归东方早报网所有,未经许可不得转载\n")
    assert "SL301" not in codes(BODY + "\n版權歸聯合報所有\n")
    # A holder that is no outlet by its name, or a notice inside the body, credits no one.
    assert "SL301" in codes(BODY + "\n本文版权归原作者所有,如有侵权请联系删除\n")


@pytest.mark.parametrize(
    "credit",
    [
        "According to ITAR-TASS, the government will send more money to the regions. ",
        "The Korea Times reported that exports would slow. ",
        "Exports will slow, according to Kyodo News. ",
        "Exports will slow next year, reported Xinhua news agency. ",
        # A wire's acronym in the slot of a dateline.
        "Beijing, Aug 22 (IANS) ",
        "NEW DELHI, March 3 (PTI) ",
        # The article's date and a source field in lower case on one line.
        "Headline of the story\n2018-01-08 source:Xinhua\n\n",
        # An official body speaking for itself, its acronym in brackets before the verb.
        "Growth slowed, the Ministry of Trade and Industry (MTI) said on Monday. ",
    ],
)
def test_english_outlets_by_their_shape(credit):
    assert "SL301" not in codes(credit + BODY_EN)


def test_a_capitalised_speaker_who_is_no_outlet_still_leaves_the_document_unsourced():
    assert "SL301" in codes("The Minister said exports would slow. " + BODY_EN)
    # An acronym in brackets that follows no dateline is no wire's slot.
    assert "SL301" in codes("The plan (ARR) will cost more. " + BODY_EN)


@pytest.mark.parametrize(
    "credit",
    [
        # A wire byline opening a paragraph of a flattened e-paper page, after its page chrome.
        "Page 16\n\nClaims: shipments fall\n\nAssociated Press Global smartphone shipments fell. ",
        # An outlet's edition in brackets on a line of its own.
        "The Number\n\nUpdated: 2013-10-22 08:09\n\n(China Daily USA)\n\n",
        # A press release: a dateline, then the organisation that announces.
        "MADISON, Wisconsin, Feb. 5 -- The Wisconsin Department of Natural Resources issued the following news "
        "release on Feb. 4, 2026:\n\n",
        "WINSTON-SALEM, N.C. – Nov. 14, 2011 – Reynolds American Inc. announced today that its board met. ",
        # …with the issuer's ticker, the name the release gives it and what it is, before the verb.
        "SHENYANG, CHINA — November 16, 2010 — 3SBio Inc. (NASDAQ: SSRX) (“3SBio” or “the Company”), a leading "
        "China-based biotechnology company focused on researching, developing and marketing biopharmaceutical "
        "products, today announced its unaudited results. ",
    ],
)
def test_credits_by_their_place_and_shape(credit):
    assert "SL301" not in codes(credit + BODY_EN)


def test_a_named_person_who_speaks_more_than_once_is_a_source():
    speaker = (
        "Lieutenant Governor Suzanne Crouch announced the first round of grants Wednesday. "
        "\u201cWe always try to serve the need,\u201d Crouch says. "
    )
    assert "SL301" not in codes(speaker + BODY_EN)
    assert "SL301" in codes("Crouch says the need is great. " + BODY_EN)


def test_the_ju_of_a_word_is_no_attribution():
    # 数据库 holds 据…数据 but credits nobody; an acronym in brackets is no outlet either.
    assert "SL301" in codes("数据库引擎就会对数据进行压缩。" + BODY)
    assert "SL301" in codes("The firm's annual recurring revenue (ARR) rose. " + BODY_EN)


def test_official_bodies_and_companies_that_speak_for_themselves():
    body = "国家统计局表示，7月份规模以上工业增加值同比增长5.1%。国家统计局新闻发言人刘爱华指出，经济运行总体平稳。"
    assert "SL301" not in codes(body + BODY)
    english = "The Ministry of Commerce said exports would slow. Reynolds American Inc. announced a dividend. "
    assert "SL301" not in codes(english + BODY_EN)
    # A body that is not named (该公司, 某集团) speaks for nobody a reader can check.
    assert "SL301" in codes("该公司表示，销量将继续增长。某集团称，利润创新高。" + BODY)


@pytest.mark.parametrize(
    "statement",
    [
        "国家统计局公布，7月份规模以上工业增加值同比增长5.1%。",
        "当地时间18日,德国联邦统计局发布的初步统计数据显示,2020年德国进口了约60亿欧元的口罩。",
        "比亚迪股份有限公司宣布，将在匈牙利建设第二座工厂。",
    ],
)
def test_a_body_announcing_or_publishing_its_own_figures_is_a_source(statement):
    assert "SL301" not in codes(statement + BODY)


@pytest.mark.parametrize(
    "statement",
    [
        "该公司宣布，将在匈牙利建设第二座工厂。",  # 该 names no one
        "初步统计数据显示,2020年德国进口了约60亿欧元的口罩。",  # figures, and nobody who published them
        "德国联邦统计局的大楼在施工时发布的公告显示为另一地址，工程预计明年完工。",  # 发布的 of another subject
    ],
)
def test_figures_or_announcements_without_a_named_body_are_no_source(statement):
    assert "SL301" in codes(statement + BODY)


@pytest.mark.parametrize(
    "title",
    [
        "恒基地产(00012):二零二五年中期业绩公布",
        "好孩子国际(01086) - 2025 - 中期财报",
        "贵州茅台(600519)：关于回购股份的公告",
    ],
)
def test_the_title_of_an_exchange_filing_names_the_company_that_files_it(title):
    assert found(RELEASE.format(title), "SL301") == []


@pytest.mark.parametrize("title", ["恒基地产(00012)", "港股通(2025)中期业绩回顾", "二零二五年中期业绩公布"])
def test_a_stock_code_or_a_filing_word_alone_is_no_filing_title(title):
    assert len(found(RELEASE.format(title), "SL301")) == 1


@pytest.mark.parametrize("credit", ["来自: 新浪科技", "> 原文：[36氪](https://36kr.com/newsflashes/3831673)"])
def test_a_repost_credit_or_a_link_to_the_original_names_the_source(credit):
    assert "SL301" not in codes(BODY + "\n" + credit + "\n")


CUT = "{}9月2日电 (李明 王芳)当地一座可容纳2万名观众的体育馆2日启用,首场比赛吸引了1.6万名观众到场。\n"


@pytest.mark.parametrize("place", ["杭州", "乌鲁木齐", "廣州"])
def test_a_dispatch_dateline_whose_agency_was_cut_off_credits_no_one(place):
    hits = found(CUT.format(place), "SL301")
    assert len(hits) == 1 and f"`{place}9月2日" in hits[0].message


@pytest.mark.parametrize("opening", ["中新社杭州", "新华社", "本报杭州", "中新网杭州", "杭州日报"])
def test_a_dispatch_dateline_with_its_agency_is_a_credit(opening):
    assert found(CUT.format(opening), "SL301") == []


RELEASE = (
    "前三季度国民经济运行稳中有进\n(2016年10月19日)\n{}\n"
    "前三季度国内生产总值529971亿元,按可比价格计算,同比增长6.7%,好于预期。\n"
)


@pytest.mark.parametrize("publisher", ["中华人民共和国国家统计局", "中國人民銀行", "深圳市人民政府办公厅"])
def test_a_body_named_alone_under_the_title_publishes_the_text(publisher):
    assert found(RELEASE.format(publisher), "SL301") == []


@pytest.mark.parametrize("line", ["该公司", "统计数据显示经济运行稳中有进的公司", "前三季度"])
def test_a_line_that_is_no_bodys_name_publishes_nothing(line):
    assert len(found(RELEASE.format(line), "SL301")) == 1


@pytest.mark.parametrize(
    ("line", "sourced"),
    [
        ("Updated: October 20, 2022 09:33 CGTN", True),
        ("Published 2023-09-01 15:53 Xinhua", True),
        ("Updated: October 20, 2022 09:33 Beijing Time", False),
        ("Updated: October 20, 2022 09:33", False),
    ],
)
def test_a_date_line_ending_in_an_outlet_credits_it(line, sourced):
    text = (
        f"Autumn harvest in full swing\n{line}\n\nFarmers harvested 92.9 percent of 930,000 hectares of paddy fields.\n"
    )
    assert (found(text, "SL301") == []) is sourced


@pytest.mark.parametrize(
    "head",
    ["钜亨网编译陈又嘉 2026-01-01 11:51", "香港政府新闻网 - 新闻速递", "- 有线新闻", "中央社记者王明"],
)
def test_a_head_line_crediting_an_outlet_by_its_shape_is_a_source(head):
    assert found(RELEASE.format(head), "SL301") == []


@pytest.mark.parametrize("head", ["网友热议 - 新闻速递", "新闻速递", "点击进入专题"])
def test_a_head_line_without_an_outlets_name_credits_none(head):
    assert len(found(RELEASE.format(head), "SL301")) == 1


PHOTO_STORY = (
    "日前,位于县城东部的供水调蓄池项目工地,工人正加紧施工。该项目建成后可满足17个乡镇99.6万名群众的生活用水需求。\n"
    "眼下正值寒冬时节,各重点项目建设工地一派繁忙景象。{}\n"
)


def test_a_photo_story_closed_by_its_photographers_credit_is_sourced():
    assert found(PHOTO_STORY.format(" 赵少辉 摄"), "SL301") == []


def test_a_photo_credit_in_a_caption_above_the_article_is_no_source():
    assert len(found("志愿者在擦站牌。(王博 摄)\n\n" + PHOTO_STORY.format(""), "SL301")) == 1


def test_a_letter_spaced_byline_is_a_byline():
    assert found("标题\n\n记 者 王 博\n\n" + PHOTO_STORY.format(""), "SL301") == []


def test_people_named_twice_with_their_chinese_names_in_brackets_are_a_source():
    text = (
        "Minister of Economic Affairs Lin Yi-fu (林義夫) said the plan would go ahead. "
        "Vice Minister Shih Yen-hsiang (施顏祥) said output would rise. " + BODY_EN
    )
    assert "SL301" not in codes(text)


BLOTTER = (
    "At 2:07 p.m. Macy's loss prevention reported a past shoplifting of $1,300, and officers checked the area "
    "but were unable to locate anyone matching the description.\n"
)


def test_a_masthead_alone_above_the_first_paragraph_names_the_publisher():
    assert found("Wicked Local\n\n" + BLOTTER, "SL301") == []
    # A headline between them makes the line above it no masthead, and a sentence is no name.
    assert [h.line for h in found("Wicked Local\n\nPolice log for Tuesday\n\n" + BLOTTER, "SL301")] == [1]
    assert [h.line for h in found("Officers were busy on Tuesday.\n\n" + BLOTTER, "SL301")] == [1]


@pytest.mark.parametrize(
    "page",
    [
        "Summary written by an AI model from 1 source. How we write summaries →\n",
        "Sign in | My account | Our newsletters\n",
    ],
)
def test_first_person_words_in_page_links_are_no_writers_voice(page):
    assert "SL301" in codes(BODY_EN + page)


@pytest.mark.parametrize(
    "voice",
    ["I visited the plant last week and we saw the new line at work.\n", "我们在现场看到，新生产线已经投产。\n"],
)
def test_a_first_person_sentence_makes_the_writer_the_source(voice):
    assert "SL301" not in codes(BODY_EN + voice)


def test_a_source_named_in_text_annotated_with_pinyin_is_a_source():
    # Pinyin after each character (a hijacked mirror's conversion) splits 晚報 from 報道.
    assert "SL301" not in codes(
        "據(jù)北京晚報(bào)報(bào)道,機(jī)場(chǎng)節(jié)後7天共接送旅客312.5萬(wàn)人,創(chuàng)歷史新高。\n"
    )


def test_text_annotated_with_pinyin_and_no_source_still_names_none():
    text = (
        "某電動(dòng)車(chē)企業(yè)第三季度交付新車(chē)12萬(wàn)輛,同比增長(zhǎng)35%,營(yíng)收達(dá)到480億元,"
        "毛利率為18.5%。公司計(jì)劃在歐洲建設(shè)第二座工廠。\n"
    )
    assert "SL301" in codes(text)
