"""SL2xx boilerplate as a family: fixtures, seeds, the dev corpus, and growth on pathological input."""

from __future__ import annotations

import pytest

from seedlint.config import Settings
from seedlint.engine import lint_text
from tests.checks.boilerplate._shared import BOILERPLATE_CODES, RULES, cases, only
from tests.growth import assert_linear, repeat


@pytest.mark.parametrize("name", RULES)
def test_fixture_sizes(name):
    assert len(cases(f"{name}.flag")) >= 10
    assert len(cases(f"{name}.pass")) >= 10


def test_seed_001_has_no_boilerplate(seed_findings):
    assert only(seed_findings["001_6f310a440d0ae3ad.txt"], BOILERPLATE_CODES) == []


# Recall on the dev corpus is measured by `python -m tools.measure dev`; the suite keeps the exact expectation.
def test_no_boilerplate_finding_in_dev_corpus_clean_documents(dev_corpus):
    assert dev_corpus.false_positives_in_clean(BOILERPLATE_CODES) == []


def _boilerplate(text: str) -> object:
    return lint_text(text, settings=Settings(select=BOILERPLATE_CODES))


# One huge line of a repeated unit: plain letters, Han, emoji, and anchors of every kind.
@pytest.mark.slow
@pytest.mark.parametrize("unit", ["a", "以", "😀", "版权", "以上内容", "©", "声明:", "如有侵权"])
def test_growth_on_one_huge_line(unit):
    assert_linear(_boilerplate, repeat(unit, "\n"), 100_000, unit)


# Anchors without the rest of their template, many per line or one line each.
@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    [
        "仅提供信息存储服务",
        "免责声明",
        "不代表本站立场,",
        "Copyright 19",
        "all rights reserved ",
        "ICP ",
        "本文由网易号",
        "未经",
        "本文为澎湃号上传并发布",
    ],
)
def test_growth_on_anchors_without_their_template(unit):
    assert_linear(_boilerplate, repeat(unit), 60_000, unit)


# 100,000 short lines (at the largest size): notices of one rule, of two rules in turn (a block
# and a fix each), and anchors separated by blank lines that a match may cross.
@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    [
        "版权所有\n",
        "未经同意\n",
        "禁止转载\nAll rights reserved.\n",
        "京ICP备\n\n\n",
        "声明\n\n:\n",
        "\n\n\n\n© 2023\n",
    ],
)
def test_growth_on_many_short_lines(unit):
    assert_linear(_boilerplate, repeat(unit), 100_000, repr(unit))


# Concepts of the notice families, many on one line or one line each: the work per line is bounded.
@pytest.mark.slow
@pytest.mark.parametrize("unit", ["网友评论 ", "如有侵权,联系删除 ", "仅供参考 不构成投资建议 ", "all right reserved "])
def test_growth_on_notice_family_concepts(unit):
    assert_linear(_boilerplate, repeat(unit, "\n"), 100_000, f"one line of {unit!r}")
    assert_linear(_boilerplate, repeat(unit + "\n"), 20_000, f"lines of {unit!r}")
