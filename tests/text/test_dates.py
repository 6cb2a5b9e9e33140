import pytest

from seedlint.document import Document
from seedlint.text.dates import Date, document_date, find_dates, mentioned_years, own_dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2024年11月8日", (2024, 11, 8)),
        ("2024 年 11 月 8 号", (2024, 11, 8)),
        ("2024-11-08", (2024, 11, 8)),
        ("2024/11/8", (2024, 11, 8)),
        ("2024.11.8", (2024, 11, 8)),
        ("Nov 8, 2024", (2024, 11, 8)),
        ("Nov. 8th 2024", (2024, 11, 8)),
        ("November 8 2024", (2024, 11, 8)),
        ("8 November 2024", (2024, 11, 8)),
        ("8 Sept. 2024", (2024, 9, 8)),
        ("8/11/2024", (2024, None, None)),
        ("11月8日", (None, 11, 8)),
        ("Nov 8", (None, 11, 8)),
    ],
)
def test_dates(text, date):
    (found,) = find_dates(f"据报道,{text}消息。")
    assert (found.year, found.month, found.day) == date
    assert f"据报道,{text}消息。"[found.start : found.end] == text


@pytest.mark.parametrize(
    "text",
    ["12345年11月8日", "2024-11-081", "版本1.2.3", "3/4", "Novel 8", "1850年", "今年11月", "共11月份"],
)
def test_not_dates(text):
    assert [d for d in find_dates(text) if d.year is not None and d.day is not None] == []


def test_offsets_and_order():
    text = "新华社北京3月14日电 2023年3月14日,会议于March 15, 2023闭幕。"
    assert find_dates(text) == [
        Date(5, 10, None, 3, 14),
        Date(12, 22, 2023, 3, 14),
        Date(26, 40, 2023, 3, 15),
    ]


def test_letters_that_case_fold_to_ascii_are_read_as_month_names():
    # IGNORECASE lets ſ (long s) match s; the month must still be found.
    (found,) = find_dates("ſep 8, 2024")
    assert (found.year, found.month, found.day) == (2024, 9, 8)


def test_an_ordinal_must_end_the_word():
    (found,) = find_dates("Nov 8The meeting")
    assert found.end == len("Nov 8")


def _ymd(date: Date | None) -> tuple[int | None, int | None, int | None] | None:
    return None if date is None else (date.year, date.month, date.day)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("新华社北京2024年11月8日电 国务院召开常务会议。\n正文。\n", (2024, 11, 8)),
        ("标题\n\n发布时间：2024-11-27 10:20 来源：人民网\n\n正文提到2019年3月1日的事。\n", (2024, 11, 27)),
        ("Storm hits coast\nPublished: Nov. 27, 2024\nThe storm made landfall on Nov 20, 2024.\n", (2024, 11, 27)),
        # A labelled date wins over other dates on the first lines.
        ("2019年3月1日 旧闻回顾\n发布日期: 2024年1月2日\n正文。\n", (2024, 1, 2)),
        # Two different full dates on the first lines and none labelled: the document's date is unknown.
        ("2024年11月8日 北京\n2024年11月9日 上海\n正文。\n", None),
        # A year alone, or a date deep in the body, is not the document's date.
        ("2024年的经济形势\n正文。\n正文。\n正文。\n后来在2024年11月8日发布。\n", None),
        ("8/11/2024 report\nText.\n", None),
    ],
)
def test_document_date(text, expected):
    assert _ymd(document_date(Document(text))) == expected


def test_own_dates_carry_document_offsets_and_labels():
    text = "头条\n\n发布时间：2024-11-27 10:20\n"
    (own,) = own_dates(Document(text))
    assert text[own.date.start : own.date.end] == "2024-11-27"
    assert (own.line, own.labelled) == (2, True)


@pytest.mark.parametrize(
    "text,years",
    [
        ("2014年全球网络安全市场规模有望达到956亿美元。", (2014,)),
        ("计划到2030年实现目标,2019年已完成一半。", (2019,)),
        ("In 2015 the plant opened; by 2030 it will close.", (2015,)),
        ("It was signed on Nov. 8, 2024, and first proposed in 1999.", (1999, 2024)),
        ("２０１８年的数据", (2018,)),
        ("没有年份的文字。", ()),
    ],
)
def test_mentioned_years(text, years):
    assert mentioned_years(Document(text)) == years


def test_a_date_label_after_a_list_marker_is_a_label():
    from seedlint.text.dates import own_dates

    doc = Document("标题\n\n" + "正文第一段。\n" * 12 + "  • 发布时间:2016-04-20 08:22:11  来源:新华网\n")
    assert [(o.date.year, o.labelled) for o in own_dates(doc)] == [(2016, True)]
