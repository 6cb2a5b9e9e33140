"""The currency family as a whole: conversions, dates, the rate table, seeds, the dev corpus and growth."""

from __future__ import annotations

import pytest

from seedlint.checks.currency import (
    CurrencyCheck,
    RateTableError,
    document_years,
    find_conversions,
    load_rates,
)
from seedlint.config import ConfigError
from seedlint.document import Document
from seedlint.engine import lint_text
from tests.checks.currency import CASES, CODES, ONLY, codes_of
from tests.growth import assert_linear, repeat
from tests.helpers import SEEDS


def test_enough_written_cases():
    assert len(CASES["flag"]) >= 25 and len(CASES["pass"]) >= 25
    assert {c["code"] for c in CASES["flag"]} == set(CODES)


@pytest.mark.parametrize("case", CASES["pass"], ids=lambda c: c["text"][:24])
def test_must_not_flag(case):
    assert codes_of(case["text"]) == []


@pytest.mark.parametrize(
    "text,pair",
    [
        ("投资40亿美元(约合人民币286亿元)。", ("USD", "CNY")),
        ("投资40亿美元（折合人民币286亿元）。", ("USD", "CNY")),
        ("投资40亿美元(合人民币286亿元)。", ("USD", "CNY")),
        ("投资40亿美元(相当于人民币286亿元)。", ("USD", "CNY")),
        ("投资40亿美元(约286亿元人民币)。", ("USD", "CNY")),
        ("投资40亿美元,约合人民币286亿元。", ("USD", "CNY")),
        ("投资40亿美元，折合人民币约286亿元。", ("USD", "CNY")),
        ("投资人民币286亿元(约合40亿美元)。", ("CNY", "USD")),
        ("收购价为310亿港元(约合人民币285亿元)。", ("HKD", "CNY")),
        ("该计划投资1000亿日元(约合6.9亿美元)。", ("JPY", "USD")),
        ("Amazon invested $4 billion (about 28.6 billion yuan).", ("USD", "CNY")),
        ("It spent 28.6 billion yuan ($4 billion).", ("CNY", "USD")),
        ("It will spend 50 billion yuan, or about $7 billion, on roads.", ("CNY", "USD")),
        ("The fine was 1 million yuan (roughly US$140,000).", ("CNY", "USD")),
        ("这套相机售价¥1,000,000(约合人民币5万元)。", ("JPY", "CNY")),
    ],
)
def test_conversion_forms(text, pair):
    (conversion,) = find_conversions(text)
    assert (conversion.source, conversion.target) == pair


@pytest.mark.parametrize(
    "text",
    [
        "营收40亿美元(同比增长12%)。",
        "营收40亿美元(其中30亿元来自中国)。",
        "营收40亿美元,约300亿元来自中国市场。",
        "营收40亿美元(40亿美元为现金)。",
        "投资40亿美元(2023年)。",
        "The ticket costs ¥500 ($70).",
        "营收40亿美元的30%(约合人民币86亿元)。",
    ],
)
def test_not_conversions(text):
    assert find_conversions(text) == []


def test_dateline_year():
    assert document_years(Document("新华社北京2024年11月8日电\n正文")) == (2024,)
    assert document_years(Document("BEIJING, Nov. 8, 2024 (Xinhua) --\nText")) == (2024,)
    assert document_years(Document("发布时间:2019-03-01 10:00\n正文")) == (2019,)
    body = "标题\n作者\n编辑\n正文第一段\n公司于2021年3月1日成立。\n"
    assert document_years(Document(body)) == ()
    assert document_years(Document(body + "发布时间: 2023年5月6日\n")) == (2023,)


def test_bad_years_option():
    for years in ([2026, 2005], [2005], [2005.5, 2026], [0, 10**9]):
        with pytest.raises(ConfigError, match=r"^\[tool.seedlint.currency\] years: expected \[first, last\]"):
            CurrencyCheck({"years": years})


def test_rate_table_errors_are_config_errors_that_start_with_the_path(tmp_path):
    header = "year,currency,cny_per_unit_min,cny_per_unit_max\n"
    cases = {
        "bad.csv": (header + "\n2024,USD,7.0,7.3\n2023,USD,7.0,x\n", "bad.csv: line 4: bad rate row: could not"),
        "year.csv": (header + "20x4,USD,7.0,7.3\n", "year.csv: line 2: bad rate row: invalid literal for int()"),
        "zero.csv": (header + "2024,USD,0,7.3\n", "zero.csv: line 2: bad rate row: rates must be finite numbers > 0"),
        "inf.csv": (header + "2024,USD,7,inf\n", "inf.csv: line 2: bad rate row: rates must be finite numbers > 0"),
        "code.csv": (header + "2024, ,7,7.3\n", "code.csv: line 2: bad rate row: empty currency"),
        "long.csv": (header + "2024,USD,7,7.3,extra\n", "long.csv: line 2: bad rate row: 5 fields, the header has 4"),
        "rows.csv": (header, "rows.csv: no rate rows"),
        "quote.csv": (header + '2024,"' + "U" * 200_000 + '",7,7.3\n', "quote.csv: line 2: field larger than"),
        "latin1.csv": (b"year,currency\xff\n", "latin1.csv: not UTF-8 (byte 13"),
    }
    for name, (body, message) in cases.items():
        target = tmp_path / name
        target.write_bytes(body if isinstance(body, bytes) else body.encode())
        with pytest.raises(RateTableError) as info:
            load_rates(str(target))
        assert isinstance(info.value, ConfigError)
        assert str(info.value).startswith(f"{tmp_path}/{message}"), str(info.value)
        assert "\n" not in str(info.value)
    for path, message in (("/dev/zero", "/dev/zero: a device, not a regular file"), (str(tmp_path), "a folder")):
        with pytest.raises(RateTableError, match=message):
            load_rates(path)


def test_a_check_built_with_a_bad_rate_table_names_the_option():
    with pytest.raises(RateTableError, match=r"^\[tool.seedlint.currency\] rate-table: /dev/zero: a device"):
        CurrencyCheck({"rate-table": "/dev/zero"})


def test_the_shipped_rate_table_parses():
    rates = load_rates()
    assert rates.has("USD") and rates.cny_band("USD", 2024) is not None


@pytest.mark.slow
def test_linear_time():
    def make(n: int) -> str:
        return "投资1亿美元(约合人民币7亿元)" * (n // 40) + "1亿至" * (n // 10)

    assert_linear(lambda text: lint_text(text, settings=ONLY), make, 40_000, "conversions")


# Growth on inputs that would expose a rescan per conversion or a quadratic loop.
PATHOLOGICAL = {
    # A ¥ on both sides is resolved from the whole text: once, not per conversion.
    "ambiguous yen": repeat("¥1000(约合¥50)。", "日本"),
    # Every conversion an outlier of a growing group.
    "inconsistent": repeat("去年投资40亿美元(约合人民币286亿元),今年再投80亿美元(约合人民币530亿元)。"),
    "huge line": repeat("投资40亿美元(约合人民币286亿元)，"),
    "labelled date lines": repeat("日期:2024-11-08\n", "投资40亿美元(约合人民币286亿元)。\n"),
    "short lines": repeat("1亿美元(约合人民币7亿元)\n"),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_linear_time_on_pathological_input(name):
    assert_linear(lambda text: lint_text(text, settings=ONLY), PATHOLOGICAL[name], 40_000, name)


def test_seed_000_has_four_consistent_conversions(seed_findings):
    (path,) = SEEDS.glob("000_*.txt")
    conversions = find_conversions(path.read_text("utf-8"))
    got = [(c.first.value, c.first.high, c.second.value, c.second.high, c.source, c.target) for c in conversions]
    assert got == [
        (4e9, None, 2.86e10, None, "USD", "CNY"),
        (8e9, None, 5.73e10, None, "USD", "CNY"),
        (3e10, 4e10, 2.146e11, 2.862e11, "USD", "CNY"),
        (3e10, 4e10, 2.146e11, 2.862e11, "USD", "CNY"),
    ]
    assert [f for f in seed_findings[path.name] if f.code in CODES] == []


def test_seed_001_has_no_conversion(seed_findings):
    (path,) = SEEDS.glob("001_*.txt")
    assert find_conversions(path.read_text("utf-8")) == []
    assert [f for f in seed_findings[path.name] if f.code in CODES] == []


def test_dev_corpus_correct_conversions_are_not_flagged(dev_corpus):
    for lab in dev_corpus.instances("currency"):
        if not lab["correct"]:
            continue
        lines = {f.line for f in dev_corpus.findings(lab["doc"]) if f.code in CODES}
        assert lab["line"] not in lines, lab["evidence"]


def test_dev_corpus_clean_documents(dev_corpus):
    assert dev_corpus.false_positives_in_clean(CODES) == []


def test_a_conversion_off_by_a_thousand_with_the_amount_written_out():
    text = "China will invest six trillion yuan ($865 million) in infrastructure in 2017, the planner said.\n"
    assert "SL502" in [f.code for f in lint_text(text)]
