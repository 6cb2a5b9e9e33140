"""The number and amount parser shared by the currency and contradiction checks."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedlint.text.numbers import Amount, find_amounts, format_amount, parse_number, significant_step
from tests.growth import assert_linear, repeat


@pytest.mark.parametrize(
    "text,value",
    [
        ("3.5", 3.5),
        ("3,500", 3500),
        ("1,234,567.5", 1234567.5),
        ("３５００", 3500),
        ("1.2万", 12_000),
        ("3亿", 3e8),
        ("1.2万亿", 1.2e12),
        ("10万亿", 1e13),
        ("3千万", 3e7),
        ("5百万", 5e6),
        ("2千亿", 2e11),
        ("4十亿", 4e9),
        ("3千", 3000),
        ("4 billion", 4e9),
        ("4bn", 4e9),
        ("1.5 million", 1.5e6),
        ("2 trillion", 2e12),
        ("三千五百", 3500),
        ("两千", 2000),
        ("十亿", 1e9),
        ("十", 10),
        ("十五", 15),
        ("一百零五", 105),
        ("三千零五", 3005),
        ("一万零五", 10_005),
        ("三亿五千万", 3.5e8),
        ("一万亿", 1e12),
        ("十万零五百", 100_500),
        ("三千五", 3500),
        ("两万五", 25_000),
        ("一点五亿", 1.5e8),
        ("二〇二四", 2024),
        ("壹佰贰拾", 120),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "abc", "1,23", "1..2", "万一", "千万", "亿万", "一点", "三四十亿", "数十亿", "几百万", "十几",
     "三三两两", "一十十", "万万", "$", "4 bn dollars", "12ab"],
)  # fmt: skip
def test_parse_number_rejects_garbage(text):
    assert parse_number(text) is None


def _one(text: str) -> Amount:
    amounts = find_amounts(text)
    assert len(amounts) == 1, amounts
    return amounts[0]


@pytest.mark.parametrize(
    "text,value,high,currency",
    [
        ("估值达到300亿至400亿美元。", 3e10, 4e10, "USD"),
        ("约合人民币2146至2862亿元。", 2.146e11, 2.862e11, "CNY"),
        ("规模300-400亿。", 3e10, 4e10, None),
        ("规模300到400亿。", 3e10, 4e10, None),
        ("规模三百至四百亿元。", 3e10, 4e10, "CNY"),
        ("售价约为38至40美元。", 38, 40, "USD"),
        ("a round of $5-3 billion", 5e9, 3e9, "USD"),
        ("between $3 billion to $5 billion", 3e9, 5e9, "USD"),
        ("worth 21-28 billion yuan", 2.1e10, 2.8e10, "CNY"),
        ("估值300亿美元至400亿美元", 3e10, 4e10, "USD"),
        ("homes priced US$833,000 to US$1.16 million", 833000, 1.16e6, "USD"),
        ("1,200 to 1,500 million yuan", 1.2e9, 1.5e9, "CNY"),
    ],
)
def test_ranges_are_one_amount(text, value, high, currency):
    amount = _one(text)
    assert (amount.value, amount.high, amount.currency) == (pytest.approx(value), pytest.approx(high), currency)
    assert amount.is_range and len(amount.bounds) == 2


@pytest.mark.parametrize(
    "text,value,currency",
    [
        ("投资40亿美元", 4e9, "USD"),
        ("约合人民币286亿元", 2.86e10, "CNY"),
        ("36.75亿元人民币", 3.675e9, "CNY"),
        ("罚款3000万韩元", 3e7, "KRW"),
        ("10万亿日元", 1e13, "JPY"),
        # A figure in two magnitudes.
        ("6714亿5000万日元", 6.7145e11, "JPY"),
        ("11万5000亿日元", 1.15e13, "JPY"),
        ("1万亿5000万元", 1.00005e12, "CNY"),
        ("3亿5000万元", 3.5e8, "CNY"),
        ("5亿日圆", 5e8, "JPY"),
        ("100亿港元", 1e10, "HKD"),
        ("港币10亿元", 1e9, "HKD"),
        ("新台币100亿元", 1e10, "TWD"),
        ("10亿新加坡元", 1e9, "SGD"),
        ("5000万澳元", 5e7, "AUD"),
        ("10亿加元", 1e9, "CAD"),
        ("10亿瑞士法郎", 1e9, "CHF"),
        ("100亿卢布", 1e10, "RUB"),
        ("100亿卢比", 1e10, "INR"),
        ("10亿欧元", 1e9, "EUR"),
        ("5亿英镑", 5e8, "GBP"),
        ("$4 billion", 4e9, "USD"),
        ("US$4.5bn", 4.5e9, "USD"),
        ("HK$3.5bn", 3.5e9, "HKD"),
        ("NT$20 billion", 2e10, "TWD"),
        ("S$2m", 2e6, "SGD"),
        ("A$300 million", 3e8, "AUD"),
        ("C$1.2bn", 1.2e9, "CAD"),
        ("€5m", 5e6, "EUR"),
        ("EUR 5 million", 5e6, "EUR"),
        ("£3bn", 3e9, "GBP"),
        ("GBP 3 billion", 3e9, "GBP"),
        ("RMB 1.05 million", 1.05e6, "CNY"),
        ("CNY 7 billion", 7e9, "CNY"),
        ("28.6 billion yuan", 2.86e10, "CNY"),
        ("JPY 100 million", 1e8, "JPY"),
        ("500 million yen", 5e8, "JPY"),
        ("70 million U.S. dollars", 7e7, "USD"),
        ("USD 4 billion", 4e9, "USD"),
        ("3429人民币万元", 3.429e7, "CNY"),
        ("32000美元", 32000, "USD"),
        ("两千美元", 2000, "USD"),
        ("十亿美元", 1e9, "USD"),
    ],
)
def test_currencies(text, value, currency):
    amount = _one(text)
    assert amount.value == pytest.approx(value)
    assert amount.currency == currency
    assert amount.high is None


def test_yen_sign_is_ambiguous():
    amount = _one("售价¥500")
    assert amount.currency is None and set(amount.ambiguous) == {"CNY", "JPY"}
    assert _one("售价￥500").ambiguous
    assert _one("¥500 yuan").currency == "CNY"


@pytest.mark.parametrize(
    "text,qualifier",
    [
        ("融资总金额超80亿美元", "超"),
        ("超过80亿美元", "超过"),
        ("逾80亿美元", "逾"),
        ("近200亿美元", "近"),
        ("高达40亿美元", "高达"),
        ("不到5亿元", "不到"),
        ("约合人民币286亿元", "约"),
        ("折合人民币约4万元", "约"),
        ("约1100万元左右", "约"),
        ("1100万元左右", "左右"),
        ("about $4 billion", "about"),
        ("nearly $4 billion", "nearly"),
        ("more than $4 billion", "more than"),
        ("投资40亿美元", None),
    ],
)
def test_qualifiers(text, qualifier):
    assert _one(text).qualifier == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "投资数十亿美元",
        "几百万元",
        "十几亿元",
        "数亿美元",
        "三四十亿元",
        "持有49%的股份",
        "增长3%-5%",
        "上涨12个百分点",
        "2024年11月8日",
        "2019至2021年",
        "2024年1月1日元旦",
        "当月5日元首会晤",
        "英伟达H100芯片",
        "GPT-4o模型",
        "a 5m wall",
        "3千米",
        "several billion dollars",
    ],
)
def test_not_amounts(text):
    assert find_amounts(text) == []


def test_bare_numbers_with_a_magnitude_are_amounts():
    amount = _one("员工人数达到1.2万人")
    assert amount.value == 12_000 and amount.currency is None
    assert _one("全年营收130亿").value == 1.3e10
    assert find_amounts("员工3500人") == []
    assert [a.value for a in find_amounts("员工3500人", plain=True)] == [3500]


def test_open_amounts_are_marked_approximate():
    amount = _one("交易额达30多亿美元")
    assert amount.value == 3e9 and amount.approximate and amount.qualifier == "多"
    assert _one("300余万元").approximate
    assert not _one("300万元").approximate


def test_offsets_order_and_text():
    text = "去年投资40亿美元(约合人民币286亿元),今年超80亿美元。"
    amounts = find_amounts(text)
    assert [a.text for a in amounts] == ["40亿美元", "人民币286亿元", "80亿美元"]
    for a in amounts:
        assert text[a.start : a.end] == a.text
    assert all(x.end <= y.start for x, y in zip(amounts, amounts[1:], strict=False))


def test_full_width_digits_keep_offsets():
    text = "投资４０亿美元（约合人民币２８６亿元）"
    amounts = find_amounts(text)
    assert [a.value for a in amounts] == [4e9, 2.86e10]
    assert text[amounts[1].start : amounts[1].end] == "人民币２８６亿元"


def test_chinese_comma_is_not_a_thousands_separator():
    assert [a.value for a in find_amounts("分别为40，300亿元")] == [3e10]


@pytest.mark.parametrize(
    "written,step",
    [("286亿", 5e7), ("4万", 5000), ("1200", 50), ("5951.3亿", 5e6), ("15.75万", 50), ("十亿", 5e8), ("7", 0.5)],
)
def test_significant_step(written, step):
    assert significant_step(written) == pytest.approx(step)


def test_format_amount():
    assert format_amount(4e9) == "40亿"
    assert format_amount(15_750) == "1.575万"
    assert format_amount(38) == "38"


@pytest.mark.slow
@pytest.mark.parametrize("unit", ["1", "一", "亿", "1-", "1亿至", "人民币", "US$1", "1 "])
def test_linear_time_on_one_long_line(unit):
    assert_linear(find_amounts, repeat(unit), 100_000, unit)


# Round trips -----------------------------------------------------------------------------------

_DIGITS = "零一二三四五六七八九"


def _section(n: int) -> str:
    out, pending_zero = "", False
    for size, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // size % 10
        if digit == 0:
            pending_zero = pending_zero or bool(out)
            continue
        if pending_zero:
            out += "零"
            pending_zero = False
        out += _DIGITS[digit] + unit
    return out


def to_chinese(n: int) -> str:
    """Standard Chinese numerals with 万/亿 sections and 零 for skipped places."""
    if n == 0:
        return "零"
    parts = []
    for size, unit in ((10**8, "亿"), (10**4, "万"), (1, "")):
        part = n // size if size == 10**8 else n // size % 10**4
        if not part:
            continue
        written = to_chinese(part) if part >= 10**4 else _section(part)
        if parts and part < 1000:
            parts.append("零")
        parts.append(written + unit)
        if size == 10**8:
            n %= 10**8
    return "".join(parts).replace("零零", "零")


@given(st.integers(min_value=1, max_value=10**13 - 1), st.booleans())
def test_round_trip_chinese_numerals(n, short_ten):
    written = to_chinese(n)
    if short_ten and written.startswith("一十"):
        written = written[1:]  # 十五 and 十亿 are the everyday forms of 一十五 and 一十亿
    assert parse_number(written) == n


_MAGNITUDES = {"万": 10**4, "亿": 10**8, "万亿": 10**12, "千万": 10**7, "百万": 10**6, "千亿": 10**11, "十亿": 10**9}


@given(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999"), places=2, allow_nan=False),
    st.sampled_from(sorted(_MAGNITUDES)),
)
def test_round_trip_arabic_with_magnitude(mantissa, magnitude):
    written = f"{mantissa.normalize():f}{magnitude}"
    expected = float(mantissa * _MAGNITUDES[magnitude])
    assert parse_number(written) == expected
    amounts = find_amounts(f"计划投资{written}美元。")
    assert [(a.value, a.currency) for a in amounts] == [(expected, "USD")]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("six trillion yuan", 6e12, "CNY"),
        ("a billion dollars", 1e9, "USD"),
        ("Twenty million euros", 2e7, "EUR"),
    ],
)
def test_a_sum_of_money_written_out_in_words(text, value, currency):
    (amount,) = find_amounts(f"The plan costs {text}, officials said.")
    assert (amount.text, amount.value, amount.currency) == (text, value, currency)


@pytest.mark.parametrize("text", ["One million people marched.", "Six of them won.", "a million-dollar home"])
def test_numbers_written_out_are_read_only_as_money_before_a_magnitude(text):
    assert find_amounts(text) == []


def test_a_year_before_an_amount_with_its_own_currency_is_no_range():
    found = find_amounts("losses halved in 2004 to $200m (£104m) from $500m")
    assert [(a.text, a.value, a.high) for a in found] == [
        ("$200m", 2e8, None),
        ("£104m", 1.04e8, None),
        ("$500m", 5e8, None),
    ]
    # Without a currency of its own the second figure shares the first's: 2000 to 3000 yuan.
    (price,) = find_amounts("tickets cost 2000 to 3000 yuan")
    assert (price.value, price.high) == (2000, 3000)
