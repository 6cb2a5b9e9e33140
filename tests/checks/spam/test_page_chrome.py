"""SL102 page-chrome."""

from __future__ import annotations

import pytest

from seedlint.config import Settings
from seedlint.engine import lint_text
from tests.checks.spam import apply, cases, codes

CODE = "SL102"


def test_fixture_sizes():
    assert len(cases("spam", "page-chrome.flag")) >= 10
    assert len(cases("spam", "page-chrome.pass")) >= 10


@pytest.mark.parametrize("text", cases("spam", "page-chrome.flag"), ids=lambda v: v[:30])
def test_must_flag(text):
    assert CODE in codes(text, CODE), f"{CODE} did not flag {text!r}"


@pytest.mark.parametrize("text", cases("spam", "page-chrome.pass"), ids=lambda v: v[:30])
def test_must_not_flag(text):
    assert CODE not in codes(text, CODE), f"{CODE} flagged {text!r}"


def test_full_width_text_is_folded():
    assert codes("Ｎａｖｉｇａｔｉｏｎ ｍｅｎｕ\n\n正文。\n", CODE) == [CODE]


def test_edge_run_fix_keeps_the_rest_of_the_line():
    text = "2015-03-02 08:42    来源:中国新闻网     打印本页 关闭\n\n记者排队领取证件。\n"
    (finding,) = lint_text(text, settings=Settings(select=(CODE,)))
    assert finding.matched == "打印本页 关闭"
    assert apply(text, finding) == "2015-03-02 08:42    来源:中国新闻网\n\n记者排队领取证件。\n"


def test_vertical_menu_is_one_finding():
    text = "会议要求各地加大政策支持力度,稳定就业形势。\n\n新闻\n\n体育\n\n财经\n\n/\n\n科技\n\n汽车\n"
    findings = lint_text(text, settings=Settings(select=(CODE,)))
    assert [(f.line, f.end_line) for f in findings] == [(3, 13)]
    assert apply(text, findings[0]) == "会议要求各地加大政策支持力度,稳定就业形势。\n"


def test_weak_lines_beside_chrome_are_promoted_transitively():
    # Each menu item is chrome only because the one below it is: promotion runs up the whole list.
    text = "正文第一段,会议开幕。\n\n新闻\n体育\n财经\nNavigation menu\n"
    findings = lint_text(text, settings=Settings(select=(CODE,)))
    assert [f.line for f in findings] == [3, 4, 5, 6]


def test_traditional_characters_and_pinyin_annotations():
    assert codes("本頁位置: 首頁新聞中心國內(nèi)新聞\n\n正文。\n", CODE) == [CODE]


def test_config_extends_chrome():
    line = "Jump to recipe\n\nThe article starts here.\n"
    assert codes(line, CODE) == []
    extended = Settings(select=(CODE,)).with_options("spam", {"extend-chrome": ["Jump to recipe"]})
    assert codes(line, settings=extended) == [CODE]


def test_wordpress_comment_forms():
    article = "The city council met on Tuesday to discuss the budget, and members said they would vote next week.\n\n"
    form = (
        "Leave a Reply\n\n"
        "Your email address will not be published. Required fields are marked *\n\n"
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.\n\n"
        "Notify me of new comments via email.\n"
    )
    lines = sorted(f.line for f in lint_text(article + form, settings=Settings(select=(CODE,))))
    assert lines == [3, 5, 7, 9]
    # The same words inside a sentence are prose.
    prose = (
        article + "Officials said your email address will not be published, and required fields are marked in red.\n"
    )
    assert CODE not in codes(prose, CODE)
