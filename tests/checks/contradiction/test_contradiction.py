"""The contradiction family as a whole: seeds, dev corpus, options and growth."""

from __future__ import annotations

import pytest

from seedlint.config import Settings
from seedlint.engine import lint_text
from tests.checks.contradiction import CODES, run
from tests.growth import assert_linear, repeat


def test_seeds_exact(seed_findings):
    found = sorted(
        (name, f.line, f.code) for name, findings in seed_findings.items() for f in findings if f.code in CODES
    )
    assert found == [("001_6f310a440d0ae3ad.txt", 15, "SL401")]


# Recall on the dev corpus is measured by `python -m tools.measure dev`; the suite keeps the exact expectation.
def test_no_contradiction_finding_in_dev_corpus_clean_documents(dev_corpus):
    assert dev_corpus.false_positives_in_clean(CODES) == []


# Growth: CPU time at 4n against n, on inputs that would expose a rescan or a quadratic loop.
PATHOLOGICAL = {
    # Repeated terms.
    "的": repeat("的"),
    "the": repeat("the "),
    "list": repeat("微软、"),
    "comma": repeat("a,"),
    "range": repeat("1-"),
    "amount": repeat("40亿美元"),
    "measure": repeat("投资了"),
    "distinguisher": repeat("此前微软向OpenAI投资了10亿美元。"),
    "figures": repeat("微软向OpenAI投资了10亿美元。微软向OpenAI投资了30亿美元。"),
    "english figures": repeat("Microsoft invested $1 billion in OpenAI. Microsoft invested $3 billion in OpenAI. "),
    # One huge line that is one sentence.
    "huge cjk sentence": repeat("微软、谷歌和亚马逊向OpenAI投资了10亿美元，"),
    "huge english sentence": repeat("Microsoft, Amazon, Google and Meta invested $1 billion in OpenAI, "),
    "huge line of repeats": repeat("亚马逊决定向Anthropic投资40亿美元，该笔投资已全额支付。"),
    # Many short lines.
    "short lines": repeat("a\n"),
    "doubled lists": repeat("微软、微软和亚马逊。\n"),
    "doubled words": repeat("the the\n"),
    "doubled names": repeat("周冬 周冬\n"),
    "weekdays": repeat("2024年11月27日(星期五)"),
    "relative dates": repeat("今天(6月17日)"),
    "english weekdays": repeat("Friday, Nov. 27, 2024 "),
    "dated document": lambda n: "发布时间:2024-11-27\n" + "今天(6月17日)昨天是11月2" * (n // 17),
    "bilingual figures": repeat("营收100亿元,同比增长5%。\nRevenue rose 5 percent to 10 billion yuan.\n"),
    # Phrases that nearly double: every word repeats at every distance the phrase rule tries.
    "near-doubled phrases": repeat("the rights needed to build the rights needed to hold "),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_linear_time_on_pathological_input(name):
    assert_linear(run, PATHOLOGICAL[name], 60_000, name)


def _doubled_numbered_lines(n: int) -> str:
    """Lines that each hold one sentence written twice: every line is a repeat and a doubled line."""
    sentence = "第{0}号报道组成员整装待发，从左至右依次为章新新、王晓晖。"
    line = sentence + sentence + "\n"
    return "".join(line.format(i) for i in range(max(1, n // len(line))))


@pytest.mark.slow
def test_linear_time_on_many_repeats():
    assert_linear(run, _doubled_numbered_lines, 60_000, "repeated and doubled lines")


@pytest.mark.slow
def test_linear_time_on_100000_lines():
    assert_linear(run, repeat("句\n"), 200_000, "100,000 short lines")


def test_options_extend_the_lists(tmp_path):
    allowed = tmp_path / "doubles.txt"
    allowed.write_text("# project words\nmurmel\n", "utf-8")
    base = Settings(select=CODES)
    configured = base.with_options(
        "contradiction",
        {
            "extend-allowed-doubles": ["widget"],
            "extend-allowed-doubles-file": str(allowed),
            "extend-allowed-cjk-doubles": ["周冬"],
            "extend-distinguishers": ["分析师说"],
        },
    )
    text = "The widget widget and the murmel murmel.\n责任编辑：周冬 周冬\n"
    assert len(lint_text(text, settings=base)) == 3
    assert lint_text(text, settings=configured) == []
    figures = "微软向OpenAI投资了10亿美元。分析师说，微软向OpenAI投资了30亿美元。"
    assert [f.code for f in lint_text(figures, settings=base)] == ["SL403"]
    assert lint_text(figures, settings=configured) == []
