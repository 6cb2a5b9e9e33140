"""SL201 platform-disclaimer."""

from __future__ import annotations

import pytest

from seedlint.config import Settings
from seedlint.engine import lint_text
from tests.checks.boilerplate._shared import (
    BOILERPLATE_CODES,
    NOTICE,
    NOTICE_EN,
    apply,
    codes,
    flag_cases,
    only,
    pass_cases,
)


@pytest.mark.parametrize("text", flag_cases("SL201"), ids=lambda v: v[:30])
def test_must_flag(text):
    assert "SL201" in codes(text, "SL201"), f"SL201 did not flag {text!r}"


@pytest.mark.parametrize("text", pass_cases("SL201"), ids=lambda v: v[:30])
def test_must_not_flag(text):
    assert "SL201" not in codes(text, "SL201"), f"SL201 flagged {text!r}"


def test_seed_000_notice_block_is_one_finding(seed_findings):
    # The Chinese notice (line 25) and its English twin (line 26) are one block; line 24, the
    # source line, is not boilerplate.
    findings = [f for f in seed_findings["000_bc273ac15db8b7fc.txt"] if f.code in BOILERPLATE_CODES]
    assert only(findings, BOILERPLATE_CODES) == [("SL201", 25, 26)]
    assert "网易号" in findings[0].message


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


def test_notice_split_over_lines_by_its_label_is_found():
    # The label's colon may stand on a line of its own: the match spans three lines.
    text = "正文。\n\n特别声明\n:\n以上内容为自媒体平台网易号用户上传并发布,本平台仅提供信息存储服务。\n"
    (finding,) = lint_text(text, settings=Settings(select=("SL201",)))
    assert (finding.line, finding.end_line) == (3, 5)


def test_config_extends_platforms():
    line = "正文。\n本文为蓝鲸号作者原创,未经授权不得转载\n"
    assert "SL201" not in codes(line, "SL201")
    platforms = Settings(select=("SL201",)).with_options("boilerplate", {"extend-platforms": ["蓝鲸号"]})
    assert codes(line, settings=platforms) == ["SL201"]
