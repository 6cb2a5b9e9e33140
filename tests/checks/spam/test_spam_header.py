"""SL101 spam-header."""

from __future__ import annotations

import pytest

from seedlint.config import Settings
from seedlint.document import Document
from seedlint.engine import lint_text
from seedlint.fixes import apply_fixes
from tests.checks.spam import apply, cases, codes

CODE = "SL101"


def test_fixture_sizes():
    assert len(cases("spam", "spam-header.flag")) >= 10
    assert len(cases("spam", "spam-header.pass")) >= 10


@pytest.mark.parametrize("text", cases("spam", "spam-header.flag"), ids=lambda v: v[:30])
def test_must_flag(text):
    assert CODE in codes(text, CODE), f"{CODE} did not flag {text!r}"


@pytest.mark.parametrize("text", cases("spam", "spam-header.pass"), ids=lambda v: v[:30])
def test_must_not_flag(text):
    assert CODE not in codes(text, CODE), f"{CODE} flagged {text!r}"


def test_full_width_text_is_folded():
    text = "大摩娱乐注册　大摩娱乐登录　大摩娱乐招商ＱＱ\n\n正文。\n"
    assert codes(text, CODE) == [CODE]


def test_brand_propagates_to_other_short_lines():
    text = "彩神88-彩神88\n\n来源:彩神882024-03-06 17:48\n\n外交部发言人表示,中方希望美方客观理性看待中国和中美关系。\n"
    assert [(f.code, f.line) for f in lint_text(text, settings=Settings(select=(CODE,)))] == [
        (CODE, 1),
        (CODE, 3),
    ]


def test_config_extends_brands():
    spam = "蓝鲸速递 蓝鲸速递\n\n正文。\n"
    assert codes(spam, CODE) == []
    brands = Settings(select=(CODE,)).with_options("spam", {"extend-brands": ["蓝鲸速递"]})
    assert codes(spam, settings=brands) == [CODE]


def test_config_lexicon_file(tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("# house spam words\n蓝鲸速递\n", "utf-8")
    settings = Settings(select=(CODE,)).with_options("spam", {"extend-lexicon-file": str(words)})
    assert codes("蓝鲸速递 蓝鲸速递\n\n正文。\n", settings=settings) == [CODE]


def test_ascii_terms_match_as_whole_words():
    # `slots` inside `slotsmith` and `casino` after a letter are not the spam words.
    assert codes("slotsmith | slotsmith | xcasino bonus\n\nThe article starts here.\n", CODE) == []
    assert codes("Best online casino bonus | free spins | sports betting | play now\n\nText.\n", CODE) == [CODE]


def test_a_keyword_list_whose_keywords_hold_a_function_character_is_spam():
    line = "日韩午夜高清在线观看,国产特色精品在线视频资源,欧美一区二区视频免费观看,亚洲高清在线观看中文字幕"
    article = "新华社北京3月1日电 国务院新闻办公室今天举行发布会,介绍了今年以来经济运行的情况,并回答了记者的提问。\n"
    assert codes(line + "\n\n" + article, "SL101") == ["SL101"]


HIJACKED = (
    "赛博体育官方网站 分类\n"
    "赛博体育午间阅读 专访《编木拱桥》作者刘妍 发布日期:2023-03-12\n\n"
    "  赛博体育编木拱桥技术,是一种以木材编织取代寻常由石材堆叠来构造拱桥的匠作技术,极为特殊。\n\n"
    "  可以预见,2023年将是AI技术和工具井喷式爆发的一年,从去年底到现在,新工具层出不穷。\n"
)


def test_a_made_up_brand_opening_several_lines_is_injected():
    found = lint_text(HIJACKED, settings=Settings(select=(CODE,)))
    assert [(f.line, f.matched) for f in found] == [(1, "赛博体育官方网站 分类"), (2, "赛博体育"), (4, "赛博体育")]
    # Only the brand goes from the headline and the paragraph it was glued to.
    fixed = apply_fixes(Document(HIJACKED), found).text
    assert fixed.startswith("午间阅读 专访《编木拱桥》") and "  编木拱桥技术,是一种" in fixed


@pytest.mark.parametrize(
    "text",
    [
        # Names the dictionary knows: real outlets and teams, however often they open a line.
        "腾讯体育讯 北京时间3月1日,中超联赛开幕。\n\n腾讯体育记者从现场获悉,比赛门票已经售罄。\n",
        "中国体育代表团今日抵达巴黎。\n\n中国体育代表团共有运动员405人,参加30个大项的比赛。\n",
        # A made-up name once is no pattern of injection.
        "赛博体育午间阅读\n\n编木拱桥技术,是一种以木材编织取代寻常由石材堆叠来构造拱桥的匠作技术。\n",
    ],
)
def test_real_names_and_a_single_opening_are_not_injected_brands(text):
    assert codes(text, CODE) == []


SPUN = (
    "據報道,度假世界近日“攤上事兒了”,百家樂。當地居民提出若乾意見,記者走訪了紅樹林度假世界內,九州百家樂,"
    "發現度假世界內的商品價格偏高。\n\n對此,集團否認了這一傳聞,九州娛樂城,並表示將依法維權。\n"
)


def test_spam_words_injected_as_clauses_of_their_own_are_cut_out_of_the_sentence():
    found = lint_text(SPUN, settings=Settings(select=("SL101",)))
    assert [f.line for f in found] == [1, 1, 3]
    assert all("injected as a clause" in f.message for f in found)
    fixed = apply(SPUN, found[2])
    assert fixed.endswith("對此,集團否認了這一傳聞,並表示將依法維權。\n")


@pytest.mark.parametrize(
    "text",
    [
        # An enumeration of games joined by 、, and a single clause: a report on gambling.
        "澳门赌场提供百家乐、老虎机、轮盘等游戏,其中百家乐最受欢迎。警方表示,网络博彩,危害极大。\n",
        # Two injected clauses are not yet a pattern of the page.
        "記者走訪了度假世界,九州百家樂,發現商品價格偏高。集團否認了傳聞,九州娛樂城,並表示將維權。\n",
    ],
)
def test_gambling_words_in_reports_or_twice_are_no_injected_clauses(text):
    assert not [f for f in lint_text(text, settings=Settings(select=("SL101",))) if "clause" in f.message]
