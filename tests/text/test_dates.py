import pytest

from seedlint.text.dates import Date, find_dates


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
