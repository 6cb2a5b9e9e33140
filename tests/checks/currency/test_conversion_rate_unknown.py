"""SL504 conversion-rate-unknown, and the currencies the rate table covers."""

from __future__ import annotations

import argparse
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
UNQUOTED = {"AED", "SAR", "KZT", "PKR", "EGP", "NGN", "ARS"}
# The last year each source quotes, when it is not the table's last (see data/fx/README.md).
LAST_YEAR = {"RUB": 2022, "TWD": 2025, "VND": 2025}


def test_reported_once_per_document_and_currency():
    text = "这笔投资为1000亿巴基斯坦卢比(约合人民币25亿元)。另一笔为500亿巴基斯坦卢比(约合人民币12.5亿元)。\n"
    (finding,) = [f for f in lint_text(text, settings=WITH_UNKNOWN) if f.code == "SL504"]
    assert finding.message == (
        "1000亿巴基斯坦卢比 → 人民币25亿元: no reference rate for PKR, so the conversion is not checked"
    )
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
        (
            "2024年，台积电投资新台币100亿元(约合人民币22.4亿元)。",
            "2024年，台积电投资新台币100亿元(约合人民币32亿元)。",
        ),
        ("2024年，越南拨款1000亿越南盾(约合人民币2870万元)。", "2024年，越南拨款1000亿越南盾(约合人民币4000万元)。"),
        ("2012年，越南拨款1000亿越南盾(约合人民币3030万元)。", "2012年，越南拨款1000亿越南盾(约合人民币2000万元)。"),
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
        assert years[0] <= 2011 and list(years) == list(range(years[0], LAST_YEAR.get(code, 2026) + 1)), code


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


def test_the_table_builder_crosses_daily_and_yearly_sources(tmp_path):
    tool = _tool()
    fred_cny = tmp_path / "DEXCHUS.csv"
    fred_cny.write_text("DATE,DEXCHUS\n2024-01-02,7.1\n2024-01-03,\n2024-01-04,7.2\n", "utf-8")
    fred_twd = tmp_path / "DEXTAUS.csv"
    fred_twd.write_text("DATE,VALUE\n2024-01-02,31.0\n2024-01-03,31.5\n2024-01-04,32.0\n", "utf-8")
    rba = tmp_path / "f11.1-data.csv"
    rba.write_text(
        "F11.1 EXCHANGE RATES,,\nSeries ID,FXRCR,FXRVD\n03-Jan-2023,4.70,16000\n04-Jan-2023,4.80,16000\n", "utf-8"
    )
    wdi = tmp_path / "wdi.csv"
    wdi.write_text(
        '"Country Name","Country Code","Indicator Name","Indicator Code","2021","2022","2023"\n'
        '"China","CHN","x","PA.NUS.FCRF","6.45","6.74","7.08"\n'
        '"Viet Nam","VNM","x","PA.NUS.FCRF","23160","23271","23787"\n',
        "utf-8",
    )
    args = argparse.Namespace(fred_cny=fred_cny, fred_twd=fred_twd, rba=rba, wdi=wdi)
    others = tool.other_rows(args)
    (twd,) = others["TWD"]
    assert twd[:2] == ["2024", "TWD"] and twd[-1] == "2"  # the day without a yuan quote is left out
    assert float(twd[3]) == pytest.approx(7.2 / 32.0, rel=1e-5) and float(twd[4]) == pytest.approx(7.1 / 31.0, rel=1e-5)
    by_year = {r[0]: r for r in others["VND"]}
    assert by_year["2023"][-1] == "2"  # the daily source wins over the yearly average
    assert float(by_year["2023"][3]) == pytest.approx(4.70 / 16000, rel=1e-5)
    # A yearly average's band spans its neighbours' averages.
    assert by_year["2022"][-1] == "yearly"
    assert float(by_year["2022"][3]) == pytest.approx(6.45 / 23160, rel=1e-5)
    assert float(by_year["2022"][4]) == pytest.approx(7.08 / 23787, rel=1e-5)
