"""SL3xx provenance as a family: the seeds, fixtures, options, growth and the dev corpus."""

from __future__ import annotations

import pytest

from seedlint.engine import lint_text
from tests.checks.provenance._shared import BODY, FIXTURES, PROVENANCE, codes, found
from tests.growth import assert_linear, repeat

# Seeds ------------------------------------------------------------------------------------------

SEED_EXPECTED = {
    "000_bc273ac15db8b7fc.txt": [
        ("SL305", 1, ""),
        ("SL304", 5, "一位参与讨论的人士称"),
        ("SL304", 11, "参与讨论的人士透露"),
        ("SL304", 12, "四位负责OpenAI数据中心项目的人士透露"),
        ("SL304", 15, "一位投资者称"),
        ("SL304", 18, "一位高管称"),
        ("SL304", 19, "据亚马逊一位高管私下透露"),
    ],
    "001_6f310a440d0ae3ad.txt": [
        ("SL302", 5, "来源:未知"),
        ("SL303", 5, "责任编辑:admin"),
        ("SL304", 11, "有媒体报道称"),
        ("SL304", 13, "据知情人士向媒体透露"),
        ("SL304", 21, "据分析人士对媒体表示"),
        ("SL304", 65, "据悉"),
    ],
}


def test_seeds_give_exactly_the_expected_findings(seed_findings):
    for name, expected in SEED_EXPECTED.items():
        got = [(f.code, f.line, f.matched) for f in seed_findings[name] if f.family == "provenance"]
        assert got == expected, name


def test_seed_fields_point_at_the_exact_field(seed_findings):
    by_code = {f.code: f for f in seed_findings["001_6f310a440d0ae3ad.txt"] if f.code in ("SL302", "SL303")}
    assert (by_code["SL302"].column, by_code["SL302"].end_column) == (1, 6)
    assert (by_code["SL303"].column, by_code["SL303"].end_column) == (7, 17)
    assert all(f.fix is None for f in by_code.values())


def test_seed_counts_explain_the_document_level_findings(seed_findings):
    (dominant,) = [f for f in seed_findings["000_bc273ac15db8b7fc.txt"] if f.code == "SL305"]
    # Six unnamed people against three named attributions (智东西…消息 and twice The Information).
    assert dominant.message.startswith("6 attributions to unnamed sources against 3 named")
    # Both seeds name a year (2021年初, 2019年): their relative time is anchored.
    assert not [f for name in SEED_EXPECTED for f in seed_findings[name] if f.code == "SL306"]


# Fixtures, options, performance ----------------------------------------------------------------


def test_cms_header_fixture():
    text = (FIXTURES / "cms-header.txt").read_text("utf-8")
    got = [(f.code, f.line, f.matched) for f in found(text)]
    assert got == [
        ("SL305", 1, ""),
        ("SL302", 3, "来源:未知"),
        ("SL303", 3, "责任编辑:admin"),
        ("SL304", 7, "据悉"),
        ("SL304", 7, "有消息称"),
        ("SL304", 7, "一位不愿具名的高管透露"),
        ("SL303", 9, "作者:佚名"),
    ]


def test_wire_fixture_has_only_the_undated_note():
    text = (FIXTURES / "wire-clean.txt").read_text("utf-8")
    assert codes(text) == ["SL306"]


def test_extend_options():
    text = "据晨星周报消息，" + BODY
    assert "SL301" not in codes(text)  # 周报 is not an outlet ending, but 据<name>消息 names a body
    assert "SL302" in codes(
        "来源:某聚合站\n" + BODY, PROVENANCE.with_options("provenance", {"extend-placeholders": ["某聚合站"]})
    )
    assert "SL303" in codes(
        "作者:robot\n" + BODY, PROVENANCE.with_options("provenance", {"extend-editor-placeholders": ["robot"]})
    )
    vague = PROVENANCE.with_options("provenance", {"extend-vague": ["坊间流传"]})
    assert [f.matched for f in found("坊间流传，工厂将搬迁。\n", "SL304", vague)] == ["坊间流传"]
    byline = "晨星汽车 李明\n\n" + BODY
    assert "SL301" in codes(byline)
    assert "SL301" not in codes(byline, PROVENANCE.with_options("provenance", {"extend-outlets": ["晨星汽车"]}))


def test_head_lines_option():
    text = "\n".join([BODY.strip()] * 5 + ["来源:网络"] + [BODY.strip()] * 5) + "\n"
    assert "SL302" in codes(text)
    narrow = PROVENANCE.with_options("provenance", {"head-lines": 3, "tail-lines": 3})
    assert "SL302" not in codes(text, narrow)


def _provenance(text: str) -> object:
    return lint_text(text, settings=PROVENANCE)


@pytest.mark.slow
@pytest.mark.parametrize("char", ["据", "一", "位", "人", "来", "A", "a", ":", " ", "\u3000", "1", "(", "年"])
def test_one_long_line_is_linear(char):
    assert_linear(_provenance, repeat(char, "\n"), 100_000, char)


@pytest.mark.slow
@pytest.mark.parametrize("unit", ["一位人士", "据媒体", "Ab ", "来源:", "(a/", "知情人士表", "1月1日"])
def test_adversarial_repetitions_are_linear(unit):
    assert_linear(_provenance, repeat(unit, "\n"), 60_000, unit)


# Dev corpus -------------------------------------------------------------------------------------


# Recall on the dev corpus is measured by `python -m tools.measure dev`; the suite keeps the exact expectation.
def test_no_provenance_finding_in_dev_corpus_clean_documents(dev_corpus):
    assert dev_corpus.false_positives_in_clean(("SL301", "SL302", "SL303")) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    [
        "据悉。\n",
        "来源:未知\n",
        "Reuters said.\n",
        "a\n",
        "\n",
        "3月14日电\n",
        "知情人士透露\n",
        "本报讯\n",
        "MADISON, Wis., Feb. 5 -- The DNR Office said\n",
        "Associated Press After\n",
    ],
)
def test_many_short_lines_are_linear(unit):
    assert_linear(_provenance, repeat(unit), 100_000, repr(unit))


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    [
        "据悉，",
        "people familiar with the matter said ",
        "新华社北京3月14日电 ",
        "Bill Gates said ",
        "外交部发言人汪文斌表示，",
        "据路透社报道，",
        "今年 Nov 8 ",
        "据媒体援引Upper90的说法，",
        "https://example.com/reportedly ",
        "国家统计局表示",
        "The Ministry of Commerce Bank Group said ",
        "MADISON, Wis., Feb. 5 -- The Wisconsin Department of Natural Resources issued ",
        "(China Daily USA) ",
        "the newspaper said ",
        "该报称该媒体报道综合整理",
        "来源:今日头条 作者:综合 ",
    ],
)
def test_repeated_terms_on_one_line_are_linear(unit):
    assert_linear(_provenance, repeat(unit, "\n"), 60_000, unit)
