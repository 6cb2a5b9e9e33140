"""SL103 spam-contact."""

from __future__ import annotations

import pytest

from tests.checks.spam import cases, codes

CODE = "SL103"


def test_fixture_sizes():
    assert len(cases("spam", "spam-contact.flag")) >= 10
    assert len(cases("spam", "spam-contact.pass")) >= 10


@pytest.mark.parametrize("text", cases("spam", "spam-contact.flag"), ids=lambda v: v[:30])
def test_must_flag(text):
    assert CODE in codes(text, CODE), f"{CODE} did not flag {text!r}"


@pytest.mark.parametrize("text", cases("spam", "spam-contact.pass"), ids=lambda v: v[:30])
def test_must_not_flag(text):
    assert CODE not in codes(text, CODE), f"{CODE} flagged {text!r}"


def test_contact_number_on_the_next_line_counts_for_the_cue_line():
    # The number runs on from the cue; the line with the cue is the one that solicits contact.
    assert codes("如需咨询请加QQ:\n12345678\n\n正文第一段。\n", CODE) == [CODE]
