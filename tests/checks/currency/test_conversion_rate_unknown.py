"""SL504 conversion-rate-unknown, and the currencies the rate table covers."""

from __future__ import annotations

import importlib.util
import tomllib

import pytest

from seedlint.checks.currency import load_rates
from seedlint.config import Settings
from seedlint.engine import lint_text
from tests.checks.currency import codes_of
from tests.helpers import REPO

WITH_UNKNOWN = Settings(select=("SL501", "SL502", "SL503", "SL504"))
# Currencies the parser names but no primary source in the table quotes (see data/fx/README.md).
UNQUOTED = {"TWD", "VND"}


def test_reported_once_per_document_and_currency():
    text = "这笔投资为1000亿越南盾(约合人民币3亿元)。另一笔为500亿越南盾(约合人民币1.5亿元)。\n"
    (finding,) = [f for f in lint_text(text, settings=WITH_UNKNOWN) if f.code == "SL504"]
    assert finding.message == "1000亿越南盾 → 人民币3亿元: no reference rate for VND, so the conversion is not checked"
    assert str(finding.severity) == "info"


def test_known_currencies_are_not_reported():
    assert [f.code for f in lint_text("泰国政府拨款50亿泰铢(约合人民币10亿元)。\n", settings=WITH_UNKNOWN)] == []


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("泰国政府拨款50亿泰铢(约合人民币10亿元)。", "泰国政府拨款50亿泰铢(约合人民币14亿元)。"),
        ("马来西亚公司投资10亿林吉特(约合人民币15.5亿元)。", "马来西亚公司投资10亿林吉特(约合人民币25亿元)。"),
        ("澳门特区拨款100亿澳门元(约合人民币88亿元)。", "澳门特区拨款100亿澳门元(约合人民币60亿元)。"),
        ("印尼政府拨款10万亿印尼盾(约合人民币46亿元)。", "印尼政府拨款10万亿印尼盾(约合人民币30亿元)。"),
        (
            "The deal is worth 5 billion baht (about 1 billion yuan).",
            "The deal is worth 5 billion baht (about 1.5 billion yuan).",
        ),
        ("新西兰公司获得1亿新西兰元(约合人民币4.4亿元)投资。", "新西兰公司获得1亿新西兰元(约合人民币2.4亿元)投资。"),
    ],
)
def test_regional_currencies_are_checked(text, wrong):
    assert codes_of(text) == []
    assert codes_of(wrong) == ["SL501"]


def test_every_named_currency_has_rates_unless_no_source_quotes_it():
    names = tomllib.loads((REPO / "seedlint" / "data" / "common" / "currency_names.toml").read_text("utf-8"))
    named = set(names["before"]) | set(names["after"])
    rates = load_rates()
    assert named - set(rates.known) == UNQUOTED
    for code in rates.known - {"CNY"}:
        years = rates.years[code]
        last = 2022 if code == "RUB" else 2026  # the ECB has not quoted the rouble since 2022-03-02
        assert years[0] <= 2011 and list(years) == list(range(years[0], last + 1)), code


def test_the_pataca_follows_the_hong_kong_dollar_peg():
    rates = load_rates()
    for year in range(2006, 2027):
        hkd, mop = rates.cny_band("HKD", year), rates.cny_band("MOP", year)
        assert mop == pytest.approx((hkd[0] / 1.03, hkd[1] / 1.03), rel=1e-5)


def _tool():
    spec = importlib.util.spec_from_file_location("make_rate_table", REPO / "tools" / "make_rate_table.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_table_builder_crosses_ecb_rates_through_the_euro(tmp_path):
    tool = _tool()
    previous = tmp_path / "old.csv"
    previous.write_text(",".join(tool.HEADER) + "\n2004,USD,8.2768,8.2765,8.2771,monthly\n", "utf-8")
    rows = [
        {"Date": "2024-01-02", "USD": "1.1", "CNY": "7.8", "HKD": "8.6", "THB": "N/A"},
        {"Date": "2024-01-03", "USD": "1.0", "CNY": "7.3", "HKD": "7.8", "THB": "36.5"},
        {"Date": "2003-05-02", "USD": "1.1", "CNY": "N/A"},
    ]
    table = {(r[0], r[1]): r[2:] for r in tool.build(rows, previous)}
    assert table[("2004", "USD")] == ["8.2768", "8.2765", "8.2771", "monthly"]
    assert table[("2024", "USD")] == ["7.19545", "7.09091", "7.3", "2"]
    assert table[("2024", "EUR")] == ["7.55", "7.3", "7.8", "2"]
    assert table[("2024", "THB")] == ["0.2", "0.2", "0.2", "1"]
    assert float(table[("2024", "MOP")][1]) == pytest.approx(7.8 / 8.6 / 1.03, rel=1e-5)
    assert ("2003", "USD") not in table or table[("2003", "USD")][-1] == "monthly"
