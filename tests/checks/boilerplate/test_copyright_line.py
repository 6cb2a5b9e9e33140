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
