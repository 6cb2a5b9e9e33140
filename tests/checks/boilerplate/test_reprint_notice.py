"""SL202 reprint-notice."""

from __future__ import annotations

import pytest

from seedlint.config import Settings
from seedlint.engine import lint_text
from tests.checks.boilerplate._shared import codes, flag_cases, pass_cases


@pytest.mark.parametrize("text", flag_cases("SL202"), ids=lambda v: v[:30])
def test_must_flag(text):
    assert "SL202" in codes(text, "SL202"), f"SL202 did not flag {text!r}"


@pytest.mark.parametrize("text", pass_cases("SL202"), ids=lambda v: v[:30])
def test_must_not_flag(text):
    assert "SL202" not in codes(text, "SL202"), f"SL202 flagged {text!r}"


def test_notice_label_opens_the_block():
    text = (
        "正文。\n声明:除无法追溯作者的文章外,我们均注明来源。如涉及版权问题请及时联系我们,我们会在第一时间删改,谢谢!\n"
    )
    (finding,) = lint_text(text, settings=Settings(select=("SL202",)))
    assert finding.matched.startswith("声明:") and finding.matched.endswith("谢谢!")


def test_weak_template_needs_a_boilerplate_place():
    prose = "这篇评论很长," * 20 + "文章仅代表作者观点,作者随后解释了原因。\n"
    assert (
        codes("正文第一段。\n" + prose + "正文最后一段,作者总结了全文的观点和看法,以及下一步的研究方向。\n", "SL202")
        == []
    )
    assert codes("正文。\n\n文章仅代表作者观点,不代表本站立场。\n", "SL202") == ["SL202"]


def test_full_width_and_traditional_text():
    assert codes("正文。\n版權聲明：未經許可，不得轉載。\n", "SL202") == ["SL202"]


def test_config_extends_notices(tmp_path):
    notices = tmp_path / "notices.txt"
    notices.write_text("# house notices\n本文由智能助手辅助生成\n", "utf-8")
    text = "正文。\n本文由智能助手辅助生成\n"
    assert codes(text, "SL202") == []
    settings = Settings(select=("SL202",)).with_options("boilerplate", {"extend-notices-file": str(notices)})
    assert codes(text, settings=settings) == ["SL202"]
    inline = Settings(select=("SL202",)).with_options("boilerplate", {"extend-notices": ["House Notice"]})
    assert codes("Body.\nHOUSE NOTICE\n", settings=inline) == ["SL202"]


@pytest.mark.parametrize(
    "notice",
    [
        # Taiwan's 非經授權, and the uses the notice forbids after the first (、公開播送…).
        "本網站之文字、圖片及影音,非經授權,不得轉載、公開播送或公開傳輸及利用。",
        "本文系本报独家稿件,未经授权,不得转载。",
        # The disclaimer every Hong Kong listed company's announcement carries.
        "香港交易及結算所有限公司及香港聯合交易所有限公司對本公佈的內容概不負責,對其準確性或完整性亦不發表任何聲明。",
        "Hong Kong Exchanges and Clearing Limited take no responsibility for the contents of this announcement.",
    ],
)
def test_the_whole_notice_sentence_is_reported_and_cut(notice):
    text = "正文第一段,记者报道了此事的来龙去脉。\n\n" + notice + "\n"
    (finding,) = lint_text(text, settings=Settings(select=("SL202",)))
    assert finding.matched == notice


def test_a_notice_inside_reported_speech_is_cut_no_further_than_before():
    # Reported speech may say a notice's words; the sentence around them is never widened into.
    text = "正文第一段。\n\n他说,这些照片未经授权不得使用,否则将追究责任,公司已经报警。\n"
    found = lint_text(text, settings=Settings(select=("SL202",)))
    assert [f.matched for f in found] in ([], ["未经授权不得使用"])
    rule = "正文第一段。\n\n新规明确,未经同意不得使用他人肖像进行商业广告宣传,违者将被处罚。\n"
    assert [f.matched for f in lint_text(rule, settings=Settings(select=("SL202",)))] in ([], ["未经同意不得使用"])


def test_reporting_about_an_announcement_is_no_disclaimer():
    assert codes("正文。\n\n法院表示,被告称对本案的内容概不负责的说法没有依据。\n", "SL202") == []


def test_a_syndication_notice_hard_wrapped_over_lines_is_one_notice():
    text = (
        "Analysts expect Beijing to allow the yuan to rise to cool inflation, which surged in March.\n"
        "Copyright 2011 The Associated Press. All rights reserved. This\n"
        "material may not be published, broadcast, rewritten or\n"
        "redistributed.\n"
    )
    (finding,) = lint_text(text, settings=Settings(select=("SL202",)))
    assert (finding.line, finding.end_line) == (2, 4)


def test_a_takedown_notice_that_offers_a_correction_is_a_notice_and_a_call_for_corrections_is_not():
    assert codes("正文第一段。\n(僅供參考;如有侵權或錯誤,敬請告知改正)\n", "SL202") == ["SL202"]
    assert codes("正文第一段。\n如发现错误,请告知我们改正。\n", "SL202") == []
