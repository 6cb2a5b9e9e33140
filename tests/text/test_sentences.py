from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedlint.document import Document
from seedlint.text.sentences import sentences, split_spans


def texts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_spans(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "微软向OpenAI投资了10亿美元。谷歌向Anthropic投资了20亿美元。",
            ["微软向OpenAI投资了10亿美元。", "谷歌向Anthropic投资了20亿美元。"],
        ),
        ("真的吗？当然！好的；再见", ["真的吗？", "当然！", "好的；", "再见"]),
        ("他说：“我们会继续投资。”随后离开。", ["他说：“我们会继续投资。”", "随后离开。"]),
        ("等等……然后呢?", ["等等……", "然后呢?"]),
        ("Revenue rose 3.5% to $1.2 billion. Profit fell.", ["Revenue rose 3.5% to $1.2 billion.", "Profit fell."]),
        (
            "Mr. Smith met Dr. Jones in the U.S. on Monday. They talked.",
            ["Mr. Smith met Dr. Jones in the U.S. on Monday.", "They talked."],
        ),
        ("J. K. Rowling wrote it. Done.", ["J. K. Rowling wrote it.", "Done."]),
        ('He said "it is over." Then he left.', ['He said "it is over."', "Then he left."]),
        ("标题一行\n  正文第一句。第二句\n\n", ["标题一行", "正文第一句。", "第二句"]),
        ("Wait... what?! Yes.", ["Wait...", "what?!", "Yes."]),
        ("Visit example.com for more", ["Visit example.com for more"]),
        ("", []),
        ("   \n\t\n", []),
    ],
)
def test_split(text, expected):
    assert texts(text) == expected


def test_width_folded_stops_end_sentences():
    text = "Ａｍａｚｏｎ ｉｎｖｅｓｔｅｄ．Ｇｏｏｇｌｅ ｆｏｌｌｏｗｅｄ！然后；结束"
    assert texts(text) == ["Ａｍａｚｏｎ ｉｎｖｅｓｔｅｄ．", "Ｇｏｏｇｌｅ ｆｏｌｌｏｗｅｄ！", "然后；", "结束"]


def test_spans_index_the_original_text_and_are_cached():
    doc = Document("第一句。\r\n第二句！\r\n")
    result = sentences(doc)
    assert [s.text for s in result] == ["第一句。", "第二句！"]
    assert all(doc.text[s.start : s.end] == s.text for s in result)
    assert sentences(doc) is result


@given(st.text(alphabet="ab 。.!?\n“”3", max_size=60))
def test_spans_are_ordered_trimmed_and_disjoint(text):
    spans = split_spans(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end


def test_linear_on_one_long_line():
    assert len(split_spans("。" * 1_000_000)) == 1
    assert len(split_spans("a. " * 200_000)) == 200_000
    assert len(split_spans("a." * 200_000)) == 1
