"""SL101 spam-header."""

from __future__ import annotations

import pytest

from seedlint.config import Settings
from seedlint.engine import lint_text
from tests.checks.spam import cases, codes

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
