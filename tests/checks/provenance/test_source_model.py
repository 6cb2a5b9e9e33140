"""Source statements read by structure: empty and non-outlet source values, default-account bylines,
bare reprint markers, press-release and bracketed datelines, photo credits, qualified unnamed sources."""

from __future__ import annotations

import pytest

from tests.checks.provenance._shared import BODY_EN, codes, found

ZH_BODY = "本季度该地区新建住宅成交均价为每平方米1.8万元，环比上涨2.3%，成交量较上月增加约15%。\n"
TW_BODY = "本季該地區新建住宅成交均價為每平方米1.8萬元，環比上漲2.3%，成交量較上月增加約15%。\n"


# Source fields whose value is missing or is not an outlet: SL302 on the field, SL301 silent.
EMPTY_OR_NOT_OUTLET = [
    # Another header field where the value should be.
    ("2019-03-02 10:21:07    来源:    字号: T | T | T\n\n" + ZH_BODY, "来源:    ", "is empty"),
    ("来源: 作者: 发表时间:03-02 09:33\n\n" + ZH_BODY, "来源: ", "is empty"),
    ("來源:  瀏覽: 213\n\n" + TW_BODY, "來源:  ", "is empty"),
    # A kind of document, glued to the next field (a template site's header).
    (
        "网址:www.example.org 来源:可行性研究报告范文发布时间:2018-09-07 14:21:29\n\n" + ZH_BODY,
        "来源:可行性研究报告范文",
        "kind of document",
    ),
    ("来源:工作总结模板\n\n" + ZH_BODY, "来源:工作总结模板", "kind of document"),
]


@pytest.mark.parametrize("text,matched,message", EMPTY_OR_NOT_OUTLET)
def test_empty_or_non_outlet_source_value(text, matched, message):
    hits = found(text, "SL302")
    assert [f.matched for f in hits] == [matched]
    assert message in hits[0].message
    assert "SL301" not in codes(text)


NAMED_VALUES = [
    # The value runs up to the glued next field and is a real outlet.
    "文字作者:图片作者:稿件来源:衢州日报发布时间:2011-04-08浏览量:2785\n\n" + ZH_BODY,
    "来源:新华网 字号: T | T\n\n" + ZH_BODY,
    "来源:2023年政府工作报告\n\n" + ZH_BODY,
    "Source: http://www.stats.gov.cn/sj/\n\n" + BODY_EN,
    # 大全 inside a name, not at its end.
    "来源:大全日报社\n\n" + ZH_BODY,
]


@pytest.mark.parametrize("text", NAMED_VALUES)
def test_named_source_values_are_not_reported(text):
    assert "SL302" not in codes(text), text
    assert "SL301" not in codes(text), text


def test_glued_field_value_stops_at_the_next_key():
    text = "文字作者:图片作者:稿件来源:衢州日报发布时间:2011-04-08\n\n" + ZH_BODY
    assert codes(text).count("SL302") == 0
    text = "稿件来源:网络发布时间:2011-04-08\n\n" + ZH_BODY
    assert [f.matched for f in found(text, "SL302")] == ["稿件来源:网络"]


# A byline that is nothing but a CMS default account.
BARE_ACCOUNT_FLAG = [
    ("天都生活网\n\n医院回应门急诊人次破200万\n\n小编\n\n" + ZH_BODY, "小编"),
    ("Storm closes 40 schools\n\nadmin\n\n" + BODY_EN, "admin"),
    ("醫院回應門急診人次破200萬\n\n 管理员 \n\n" + TW_BODY, "管理员"),
]


@pytest.mark.parametrize("text,matched", BARE_ACCOUNT_FLAG)
def test_bare_default_account_byline(text, matched):
    hits = found(text, "SL303")
    assert [f.matched for f in hits] == [matched]
    assert hits[0].message.startswith("The byline is")


BARE_ACCOUNT_PASS = [
    # The account inside a sentence or beside a name is no default byline.
    "小编今天带大家看看这款新车。\n\n" + ZH_BODY,
    "小编 张三\n\n" + ZH_BODY,
    # 佚名 alone (a poem's author) and 编辑部 alone (a section title) are left to the keyed fields.
    "静夜思\n\n佚名\n\n" + ZH_BODY,
    "编辑部\n\n" + ZH_BODY,
    # Deep in a long text it is no byline.
    "\n".join([ZH_BODY.strip()] * 20 + ["小编"] + [ZH_BODY.strip()] * 20) + "\n",
]


@pytest.mark.parametrize("text", BARE_ACCOUNT_PASS)
def test_bare_account_near_misses(text):
    assert "SL303" not in codes(text), text


# A reprint marker that names no original.
REPRINT_FLAG = [
    ("探索:软件业的变迁\n\n互联网 | 编辑: 杨剑锋 2006-11-16 00:00:00转载 返回原文\n\n" + ZH_BODY, "转载"),
    ("软件业的变迁(转载)\n\n" + ZH_BODY, "转载"),
    ("軟件業的變遷 轉載\n\n" + TW_BODY, "轉載"),
]


@pytest.mark.parametrize("text,matched", REPRINT_FLAG)
def test_reprint_marker_without_origin(text, matched):
    hits = found(text, "SL302")
    assert [f.matched for f in hits] == [matched]
    assert "reprinted" in hits[0].message
    assert "SL301" not in codes(text)


REPRINT_PASS = [
    # Copyright notices use the word in a sentence.
    ZH_BODY + "未经授权禁止转载。\n",
    ZH_BODY + "转载请注明出处。\n",
    # The original is named: by a prefix field, by a source field, by an attribution in the text.
    "本文转载自新华网\n\n" + ZH_BODY,
    "软件业的变迁(转载)\n来源:新华社\n\n" + ZH_BODY,
    "软件业的变迁(转载)\n\n据新华社报道，" + ZH_BODY,
]


@pytest.mark.parametrize("text", REPRINT_PASS)
def test_reprint_near_misses(text):
    assert "SL302" not in codes(text), text


# Datelines and credits that name the origin: SL301 silent.
CREDITED = [
    # A press release with the date in brackets and the issuer introduced by an appositive.
    "CHICAGO, IL (November 9, 2023) – StreamNet, the fastest-growing network in cable news, today "
    "announced it will host the debate, watched by 24 million viewers last time.\n",
    # A press-release wire's slot in the dateline.
    "GRAND RAPIDS, Mich., April 28, 2025 /PRNewswire/ — A regional retailer will again collect 2 million "
    "pounds of used baby gear at its 241 stores.\n",
    "IRVING, Texas--(BUSINESS WIRE)--A media group said its 200 stations will drop the show, costing "
    "it 3 million dollars.\n",
    # A bracketed dateline of the paper's own report, Simplified and Traditional.
    "(莎阿南12日讯)商会总会长指出，去年两国双边贸易额达4871亿令吉，比前年增加了15.6%。\n",
    "(吉隆坡3日訊)商會總會長指出，去年兩國雙邊貿易額達4871億令吉，比前年增加了15.6%。\n",
    # A photo credit naming the outlet.
    "A new plant in Shandong. Wang Chao / China Daily\n\n" + BODY_EN,
]


@pytest.mark.parametrize("text", CREDITED)
def test_datelines_and_credits_name_a_source(text):
    assert "SL301" not in codes(text), text


NOT_CREDITED = [
    # A one-word subject after a dateline, without the appositive a release gives its issuer.
    "BEIJING, Dec. 30 -- China said its exports rose 5 percent to 3 trillion dollars this year.\n",
    # A slash slot that is no wire, a path.
    "SEATTLE, Wash. /docs/report/ Revenue rose 12 percent to 4 billion dollars in the quarter.\n",
    # 12日 without a bracketed place: a date in prose.
    "会议12日讯息显示，去年两国双边贸易额达4871亿令吉，比前年增加了15.6%，其中电子产品出口增长最快，"
    "农产品进口也有所回升。\n",
    # A slash after something that is not a person's name.
    "Shares / China Daily index rose 3 percent to 2,900 points, the highest in 5 years.\n",
]


@pytest.mark.parametrize("text", NOT_CREDITED)
def test_dateline_near_misses_still_report(text):
    assert "SL301" in codes(text), text


# Sources qualified instead of named, and rumours, for SL304.
VAGUE_EN_FLAG = [
    ("The story, from four reliable sources, has the deputy taking over at 4 p.m. today.\n", "reliable sources"),
    ("The plant will close, informed sources told the paper.\n", "informed sources"),
    ("A press conference is rumored to be taking place this afternoon.\n", "is rumored to"),
    ("The two firms are rumoured to be in talks.\n", "are rumoured to"),
]


@pytest.mark.parametrize("text,matched", VAGUE_EN_FLAG)
def test_qualified_and_rumoured_sources(text, matched):
    assert [f.matched for f in found(text, "SL304")] == [matched]


VAGUE_EN_PASS = [
    "Wind and solar are reliable sources of power for the grid.\n",
    "The rumored deal was confirmed by the company on Monday.\n",
]


@pytest.mark.parametrize("text", VAGUE_EN_PASS)
def test_qualified_sources_near_misses(text):
    assert "SL304" not in codes(text), text


# SL301 spans the head down to the article's first line of prose, where a source would stand.
def test_source_missing_spans_the_head_to_the_first_prose_line():
    text = (
        "真人棋牌游戏\n\n点击注册\n你的位置:首页 > 新闻 >\n\n春节首两天旅客挤爆中区\n\n"
        "发布日期:2024-01-01 01:36    点击次数:106\n\n" + ZH_BODY
    )
    (hit,) = found(text, "SL301")
    assert (hit.line, hit.end_line) == (1, 10)


def test_source_missing_stays_on_line_one_when_the_text_opens_with_prose():
    (hit,) = found(ZH_BODY + ZH_BODY, "SL301")
    assert (hit.line, hit.end_line) == (1, 1)
    english = "Events > Crime\nInvestigations Police Activity Arrests Pursuits\n" + BODY_EN
    (hit,) = found(english, "SL301")
    assert (hit.line, hit.end_line) == (1, 3)


# A news report in a newsroom's voice names its source only by naming its outlet.
NEWSROOM_FLAG = [
    "据澳门政府数据显示，今年农历新年首两天出入境人数较去年增加超过两成，达45.6万人次。"
    "记者尝试由新马路走上大三巴，仅数百米路程要用近20分钟。\n",
    "據統計局數據顯示，去年全市旅客人數達3200萬人次，增長12%。記者了解到，多家酒店入住率超過九成，"
    "部分餐廳需要排隊一個小時以上。\n",
]


@pytest.mark.parametrize("text", NEWSROOM_FLAG)
def test_newsroom_voice_without_outlet(text):
    (hit,) = found(text, "SL301")
    assert "news report" in hit.message


NEWSROOM_PASS = [
    # The outlet is named: a source field, a dateline, a byline with the reporter's name.
    "来源:澳门日报\n\n" + NEWSROOM_FLAG[0],
    "新华社澳门2月12日电 " + NEWSROOM_FLAG[0],
    "(记者 王芳)" + NEWSROOM_FLAG[0],
    # No unnamed reporter: the named body is the source of the figures.
    "据澳门政府数据显示，今年农历新年首两天出入境人数较去年增加超过两成，达45.6万人次，创下历史新高。\n",
    # 记者会 is a press conference, not the newsroom's voice.
    "统计局在记者会上表示，去年全市旅客人数达3200万人次，增长12%，酒店平均入住率超过九成。\n",
]


@pytest.mark.parametrize("text", NEWSROOM_PASS)
def test_newsroom_voice_near_misses(text):
    assert "SL301" not in codes(text), text


def test_reporter_followed_by_a_verb_is_no_byline():
    # 记者尝试… is the unnamed reporter at work, not a byline naming one.
    text = "记者尝试由新马路走上大三巴。\n\n" + ZH_BODY
    assert "SL301" in codes(text)
    assert "SL301" not in codes("记者王芳报道\n\n" + ZH_BODY)
