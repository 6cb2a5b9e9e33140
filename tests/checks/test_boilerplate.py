"""SL2xx boilerplate: platform disclaimers, reprint notices and copyright lines."""

from __future__ import annotations

import pytest

from seedlint.config import Settings
from seedlint.engine import lint_text
from tests.checks.test_spam import apply, assert_dev_corpus, cases, codes, only, seconds_on_megabyte_line

BOILERPLATE_CODES = ("SL201", "SL202", "SL203")
RULES = {"platform-disclaimer": "SL201", "reprint-notice": "SL202", "copyright-line": "SL203"}
NOTICE = "特别声明:以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布,本平台仅提供信息存储服务。"
NOTICE_EN = (
    "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of "
    "NetEase Hao, which is a social media platform and only provides information storage services."
)


@pytest.mark.parametrize("name", RULES)
def test_fixture_sizes(name):
    assert len(cases("boilerplate", f"{name}.flag")) >= 10
    assert len(cases("boilerplate", f"{name}.pass")) >= 10


@pytest.mark.parametrize(
    "code,text",
    [(c, t) for n, c in RULES.items() for t in cases("boilerplate", f"{n}.flag")],
    ids=lambda v: str(v)[:30],
)
def test_must_flag(code, text):
    assert code in codes(text, code), f"{code} did not flag {text!r}"


@pytest.mark.parametrize(
    "code,text",
    [(c, t) for n, c in RULES.items() for t in cases("boilerplate", f"{n}.pass")],
    ids=lambda v: str(v)[:30],
)
def test_must_not_flag(code, text):
    assert code not in codes(text, code), f"{code} flagged {text!r}"


def test_seed_000_notice_block_is_one_finding(seed_findings):
    # The Chinese notice (line 25) and its English twin (line 26) are one block; line 24, the
    # source line, is not boilerplate.
    findings = [f for f in seed_findings["000_bc273ac15db8b7fc.txt"] if f.code in BOILERPLATE_CODES]
    assert only(findings, BOILERPLATE_CODES) == [("SL201", 25, 26)]
    assert "网易号" in findings[0].message


def test_seed_001_has_no_boilerplate(seed_findings):
    assert only(seed_findings["001_6f310a440d0ae3ad.txt"], BOILERPLATE_CODES) == []


def test_block_fix_deletes_both_lines_and_the_gap():
    text = f"正文最后一段。\n\n{NOTICE}\n{NOTICE_EN}\n"
    (finding,) = lint_text(text, settings=Settings(select=BOILERPLATE_CODES))
    assert (finding.line, finding.end_line) == (3, 4)
    assert apply(text, finding) == "正文最后一段。\n"
    middle = f"第一段。\n\n{NOTICE}\n\n第二段。\n"
    (finding,) = lint_text(middle, settings=Settings(select=BOILERPLATE_CODES))
    assert apply(middle, finding) == "第一段。\n\n第二段。\n"


def test_notice_glued_to_prose_is_cut_out_of_the_line():
    text = f"没有任何力量能够阻挡前进的步伐!{NOTICE}{NOTICE_EN}\n"
    (finding,) = lint_text(text, settings=Settings(select=BOILERPLATE_CODES))
    assert finding.code == "SL201" and finding.column > 1
    assert apply(text, finding) == "没有任何力量能够阻挡前进的步伐!\n"


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
    assert codes("正文。\nＣｏｐｙｒｉｇｈｔ © ２０２３ Example News. All rights reserved.\n", "SL203") == ["SL203"]


def test_config_extends_platforms_and_notices(tmp_path):
    line = "正文。\n本文为蓝鲸号作者原创,未经授权不得转载\n"
    assert "SL201" not in codes(line, "SL201")
    platforms = Settings(select=("SL201",)).with_options("boilerplate", {"extend-platforms": ["蓝鲸号"]})
    assert codes(line, settings=platforms) == ["SL201"]
    notices = tmp_path / "notices.txt"
    notices.write_text("# house notices\n本文由智能助手辅助生成\n", "utf-8")
    text = "正文。\n本文由智能助手辅助生成\n"
    assert codes(text, "SL202") == []
    settings = Settings(select=("SL202",)).with_options("boilerplate", {"extend-notices-file": str(notices)})
    assert codes(text, settings=settings) == ["SL202"]


@pytest.mark.parametrize("unit", ["a", "以", "😀", "版权", "以上内容", "©", "声明:", "如有侵权"])
def test_pathological_line_is_linear(unit):
    assert seconds_on_megabyte_line(unit, BOILERPLATE_CODES) < 20


def test_dev_corpus_recall_and_false_positives(dev_corpus):
    assert_dev_corpus(dev_corpus, "copyright-boilerplate", BOILERPLATE_CODES)
