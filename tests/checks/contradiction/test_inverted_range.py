"""SL404 inverted-range."""

from __future__ import annotations

import pytest

from tests.checks.contradiction import codes

RANGE_FLAG = [
    "目标估值将达到400亿至300亿美元。",
    "The round could raise $5-3 billion.",
    "预计投资规模在50亿到20亿元之间。",
    "The company expects revenue of $900 million to $700 million this year.",
    "该项目耗资800万至500万美元。",
    "Analysts see a valuation of 40 to 30 billion dollars.",
    "融资额为3亿-1亿元人民币。",
    "Prices ranged from €12m to €8m.",
    "市值在2万亿至1万亿美元之间波动。",
    "The fund will raise between 10 billion and 5 billion yuan, according to one estimate: 10-5 billion yuan.",
]

RANGE_PASS = [
    # The spread of several values, named either way round; a dash that opens an aside.
    "法院分别判处6名被告人有期徒刑4年至1年8个月不等，并处4万元到1万元不等的罚金。",
    "Borrowing figures for 2003/4 are £35bn - £2.5bn less than the £37.5bn predicted in March.",
    "目标估值将达到300亿至400亿美元（约合人民币2146至2862亿元）。",
    "The round could raise $3-5 billion.",
    "The team won 5-3 on Sunday.",
    "The policy covers 2024-2020 records.",
    "预计投资规模在20亿到50亿元之间。",
    "Revenue of $700 million to $900 million is expected.",
    "他住在5-3号楼。",
    "比分定格在3-1。",
    "该项目耗资500万至800万美元。",
    "市值在1万亿至2万亿美元之间波动。",
    "The score was 21-14 at half-time.",
    "Pages 30-25 were missing from the report.",
    "Anthropic raised $4 billion to $8 billion over two years.",
    "售价约为38至40美元。",
    "第10-8名的选手晋级。",
    # A change told as from X to Y, with a verb of change, or after a year, a date or a code.
    "Its profit fell from £20.6m to £1.2m last year.",
    "Cash credits dropped 400 mln to 300 mln.",
    "Losses were halved in 2004 to $200m.",
    "Supplies rose 2.1 pct in the four weeks ended February 27 to 16.39 mln barrels per day.",
    "The program under GSM-103 to 75.0 mln dlrs was approved.",
]


@pytest.mark.parametrize("text", RANGE_FLAG)
def test_inverted_range_flags(text):
    assert "SL404" in codes(text, "SL404")


@pytest.mark.parametrize("text", RANGE_PASS)
def test_inverted_range_passes(text):
    assert codes(text, "SL404") == []
