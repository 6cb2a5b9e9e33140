"""SL306 undated: relative time without a date that has a year."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedlint.checks.provenance.undated import dates_in
from seedlint.document import Document
from seedlint.text.dates import find_dates
from tests.checks.provenance._shared import codes, found

SL306_FLAG = [
    "今年9月，亚马逊向Anthropic投资了40亿美元。\n",
    "去年，该公司营收增长了20%。\n",
    "上周，谷歌公布了三季度财报。\n",
    "近日，工厂已经停产。\n",
    "智东西11月8日消息，亚马逊正讨论新的投资。\n",
    "The company said last year it would build a plant.\n",
    "Shares fell this week after the report.\n",
    "The company said on Tuesday it would cut jobs.\n",
    "SEOUL, Nov. 8 (Reuters) - The company cut prices.\n",
    "The minister spoke yesterday in Beijing.\n",
    # Four digits that are no year: a count, and a decade.
    "今年共有2000人参加比赛。\n",
    "上世纪2000年代的老歌今年又火了。\n",
]

SL306_PASS = [
    "2024年11月8日，亚马逊向Anthropic投资了40亿美元，今年累计投资80亿美元。\n",
    "发布时间:2024-11-08 10:27 今年9月，亚马逊向Anthropic投资了40亿美元。\n",
    "Nov 8, 2024 — The company said on Tuesday it would cut jobs.\n",
    "8 November 2024. The company said last year it would build a plant.\n",
    "INDUSTRY NEWS 4-17-2014\nThe winners were named on Monday.\n",
    "亚马逊向Anthropic投资了40亿美元。\n",
    "Anthropic于2021年初创立。\n",
    # A year on its own dates the text.
    "Anthropic于2021年初创立，今年估值翻了一番。\n",
    "2016年5月，公司上市；今年营收翻番。\n",
    "该行2016年第3季净利润增长，今年继续扩张。\n",
    "去年的数据与2015年持平。\n",
    "The plant, planned since 2015, will open next year.\n",
    "The company said on Tuesday it expects to double sales by 2020.\n",
    "今日头条上有一篇关于芯片的文章。\n",
    "2019/03/05 北京 上周的会议讨论了预算。\n",
    "Tuesday, December 30, 2008\nLeaders watched the performance on Tuesday evening.\n",
]


@pytest.mark.parametrize("text", SL306_FLAG)
def test_undated_flags(text):
    hits = found(text, "SL306")
    assert len(hits) == 1 and hits[0].line == 1 and hits[0].column == 1, text
    assert hits[0].severity.name == "INFO"


@pytest.mark.parametrize("text", SL306_PASS)
def test_undated_passes(text):
    assert "SL306" not in codes(text), text


_DATE_TEXT = st.text(alphabet="0123456789 ,.-/年月日号NovSeptember th\n", max_size=120)


@given(_DATE_TEXT)
def test_dates_around_digits_equal_dates_of_the_whole_text(text):
    assert dates_in(text) == find_dates(text)


def test_dates_around_digits_on_real_documents():
    for path in sorted((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt")):
        text = Document.from_bytes(path.read_bytes()).folded
        assert dates_in(text) == find_dates(text)
    text = "8 September., 2024 and Sept. 30th, 1999; 2024 年 11 月 8 号 11-8-2024 2024.1.2 Dec. 30" * 3
    assert dates_in(text) == find_dates(text)
