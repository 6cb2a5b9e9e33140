"""SL203 copyright-line."""

from __future__ import annotations

import pytest

from tests.checks.boilerplate._shared import codes, flag_cases, pass_cases


@pytest.mark.parametrize("text", flag_cases("SL203"), ids=lambda v: v[:30])
def test_must_flag(text):
    assert "SL203" in codes(text, "SL203"), f"SL203 did not flag {text!r}"


@pytest.mark.parametrize("text", pass_cases("SL203"), ids=lambda v: v[:30])
def test_must_not_flag(text):
    assert "SL203" not in codes(text, "SL203"), f"SL203 flagged {text!r}"


def test_full_width_copyright():
    assert codes("正文。\nＣｏｐｙｒｉｇｈｔ © ２０２３ Example News. All rights reserved.\n", "SL203") == ["SL203"]


def test_filing_number_broken_over_lines():
    # Whitespace in a filing number may hold line breaks; the number is still one finding.
    assert codes("正文。\n京ICP备\n12345678号\n", "SL203") == ["SL203"]


def test_dotless_i_still_reads_as_i():
    # The regex folds ı to i where the phrase scan does not: such a text is matched whole.
    assert codes("Body.\nAll rıghts reserved.\n", "SL203") == ["SL203"]


@pytest.mark.parametrize(
    "text",
    [
        "该公司今年取得了增值电信业务经营许可证,业务范围扩大到全国。",
        "该公司持有沪B2-20171116号许可证,可在全国开展业务。",
        "? 2020 saw prices increase sharply across the region, the bank said.",
        "? 2023 年该公司营业收入增长了两成。",
        "Under the new rules, Copyright (c) notices are optional for small publishers.",
        "该公司已取得网络文化经营许可证,业务覆盖全国。",
        "公司去年取得网络文化经营许可证2025年将扩大业务。",
    ],
)
def test_reporting_that_names_a_licence_or_a_copyright_notice_is_no_footer(text):
    assert codes("正文第一段,记者报道了此事的来龙去脉。\n\n" + text + "\n", "SL203") == []


@pytest.mark.parametrize(
    "text",
    [
        "增值电信业务经营许可证:沪B2-20171116",
        "沪B2-20171116 | 京ICP备05070218号",
        "? 2014-2025 上海东方报业有限公司",
        "互联网新闻信息服务许可证:10120170002 | 信息网络传播视听节目许可证 0108263号",
        "網絡文化經營許可證 京网文[2013]0934-983号",
        "License for publishing multimedia online 0108263",
    ],
)
def test_footer_licences_and_a_mangled_copyright_sign(text):
    assert "SL203" in codes("正文第一段,记者报道了此事的来龙去脉。\n\n" + text + "\n", "SL203")
