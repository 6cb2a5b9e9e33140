"""SL5xx currency: conversions between currencies whose implied exchange rate is wrong.

``40亿美元(约合人民币286亿元)`` implies 7.15 yuan per dollar. The rate is compared with the yearly
[min, max] of reference rates (``seedlint/data/fx``): a rate outside the band is a wrong rate
(SL501), one that fits after a power of ten is a magnitude slip (SL502), conversions of one
currency pair in a document that disagree with each other are inconsistent (SL503), and a
conversion of a currency the table has no rates for is reported as unchecked (SL504).

One module per rule; this package holds the family's vocabulary (the rate table and the
conversion cues of ``seedlint/data/fx``), the option defaults and the check.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from seedlint.checks.currency import (
    conversion_inconsistent,
    conversion_rate_mismatch,
    conversion_rate_unknown,
    conversion_unit_slip,
)
from seedlint.checks.currency._common import Conversion, Judge, conversions_in, years_in
from seedlint.config import ConfigError
from seedlint.data import read_text, read_toml
from seedlint.document import Document
from seedlint.files import SMALL_FILE_LIMIT, FileReadError, read_regular_text
from seedlint.model import Finding
from seedlint.text.chars import HAN
from seedlint.text.dates import mentioned_years
from seedlint.text.numbers import Amount, amounts_of

__all__ = [
    "CHECKS",
    "Conversion",
    "CurrencyCheck",
    "Cues",
    "RateTable",
    "RateTableError",
    "document_conversions",
    "document_years",
    "find_conversions",
    "load_rates",
]

# Reference rates ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RateTable:
    """Yuan per unit of each currency, by year: (min, max) of the daily rates."""

    bands: Mapping[tuple[int, str], tuple[float, float]]
    years: Mapping[str, tuple[int, ...]]

    def cny_band(self, code: str, year: int) -> tuple[float, float] | None:
        if code == "CNY":
            return 1.0, 1.0
        return self.bands.get((year, code))

    def has(self, code: str) -> bool:
        return code == "CNY" or code in self.years

    @property
    def known(self) -> frozenset[str]:
        """The currencies with at least one year of rates (CNY among them)."""
        return frozenset(self.years) | {"CNY"}


class RateTableError(ConfigError):
    """A rate table that cannot be read or parsed; the message is one line that starts with its path."""


RATE_COLUMNS = ("year", "currency", "cny_per_unit_min", "cny_per_unit_max")


def _parse_table(text: str, where: str) -> RateTable:
    """Rows of ``year,currency,cny_per_unit_min,cny_per_unit_max`` (other columns are ignored);
    blank and ``#`` lines are skipped; errors give the line number in the file."""
    bands: dict[tuple[int, str], tuple[float, float]] = {}
    years: dict[str, set[int]] = {}
    numbered = [
        (number, line)
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not numbered:
        raise RateTableError(f"{where}: empty rate table (expected the columns {','.join(RATE_COLUMNS)})")
    reader = csv.reader(line for _, line in numbered)

    def line_number() -> int:
        return numbered[max(reader.line_num, 1) - 1][0]

    try:
        header = [name.strip() for name in next(reader, [])]
        missing = [name for name in RATE_COLUMNS if name not in header]
        if missing:
            raise RateTableError(
                f"{where}: line {line_number()}: the header lacks {', '.join(missing)}"
                f" (expected the columns {','.join(RATE_COLUMNS)})"
            )
        column = {name: header.index(name) for name in RATE_COLUMNS}
        for fields in reader:
            here = f"{where}: line {line_number()}: bad rate row"
            if len(fields) != len(header):
                raise RateTableError(f"{here}: {len(fields)} fields, the header has {len(header)}")
            try:
                year = int(fields[column["year"]])
                low = float(fields[column["cny_per_unit_min"]])
                high = float(fields[column["cny_per_unit_max"]])
            except ValueError as exc:
                raise RateTableError(f"{here}: {exc}") from None
            code = fields[column["currency"]].strip().upper()
            if not code:
                raise RateTableError(f"{here}: empty currency")
            if not (math.isfinite(low) and math.isfinite(high) and low > 0 and high > 0):
                raise RateTableError(f"{here}: rates must be finite numbers > 0")
            bands[(year, code)] = (min(low, high), max(low, high))
            years.setdefault(code, set()).add(year)
    except csv.Error as exc:
        raise RateTableError(f"{where}: line {line_number()}: {exc}") from None
    if not bands:
        raise RateTableError(f"{where}: no rate rows (expected the columns {','.join(RATE_COLUMNS)})")
    return RateTable(bands, {code: tuple(sorted(ys)) for code, ys in years.items()})


@cache
def load_rates(path: str = "") -> RateTable:
    """The shipped table, or a user's CSV with the same columns; read once per process.

    A user's table must be a regular file of at most ``SMALL_FILE_LIMIT`` bytes; any problem is a
    ``RateTableError`` (a ``ConfigError``) whose one-line message starts with ``path``."""
    if path:
        try:
            text = read_regular_text(path, SMALL_FILE_LIMIT)
        except FileReadError as exc:
            raise RateTableError(str(exc)) from None
        return _parse_table(text, path)
    return _parse_table(read_text("fx/cny_per_unit_by_year.csv"), "fx/cny_per_unit_by_year.csv")


# Conversion cues ---------------------------------------------------------------------------------


def _cue_pattern(cues: list[str]) -> str:
    parts = []
    for cue in sorted(set(cues), key=lambda c: (-len(c), c)):
        escaped = re.escape(cue).replace(r"\ ", "[ ]+")
        parts.append(f"(?i:{escaped})" if cue.isascii() and cue[:1].isalpha() else escaped)
    return "|".join(parts)


@dataclass(frozen=True)
class Cues:
    """What may stand between a figure and its conversion."""

    before_bracket: re.Pattern[str]
    after_clause: re.Pattern[str]
    bracket_close: re.Pattern[str]


@cache
def cues() -> Cues:
    data = read_toml("fx/conversion_cues.toml")
    bracket = _cue_pattern(data["bracket"])
    clause = _cue_pattern(data["clause"])
    chinese_clause = _cue_pattern([c for c in data["clause"] if not c.isascii() and c != "合"])
    return Cues(
        # A few words may sit between a figure and its bracket: 43.2万美元的高价(约合人民币300万元).
        before_bracket=re.compile(rf"[{HAN}]{{0,6}}[ ]?[(（][ ]?(?:(?:{bracket})[ ]?[:：]?[ ]?)?"),
        # The comma may be left out before a Chinese cue (40亿美元约合人民币286亿元, 1新加坡元约合5.3元人民币).
        after_clause=re.compile(rf"[ ]?(?:左右|上下)?[ ]?(?:[,，][ ]?(?:{clause})|(?:{chinese_clause}))[ ]?"),
        # After the converted figure the bracket closes, or a short remark follows (,下同).
        bracket_close=re.compile(r"[ ]?(?:左右|上下)?[ ]?(?:[,，;；、][^()（）\n]{0,20})?[)）]"),
    )


def find_conversions(text: str, amounts: Sequence[Amount] | None = None) -> list[Conversion]:
    """Every explicit conversion in ``text``: an amount followed by the same value in another
    currency, in brackets or in a clause introduced by a conversion cue."""
    return conversions_in(text, cues(), amounts)


def document_conversions(doc: Document) -> list[Conversion]:
    """The conversions of a document, found once for every family that reads them."""
    return doc.memo("currency.conversions", lambda d: conversions_in(d.text, cues(), amounts_of(d), d.folded))


def document_years(doc: Document) -> tuple[int, ...]:
    """Years of the full dates in the document's first non-blank lines or on a labelled date
    line: the dates the document states as its own."""
    return years_in(doc)


# The check ---------------------------------------------------------------------------------------

OPTIONS: dict[str, Any] = {
    "tolerance": 0.03,
    "consistency-tolerance": 0.02,
    "years": [2005, 2026],
    # A CSV with the columns of RATE_COLUMNS replacing the shipped table; "" for the shipped one.
    # A relative path is taken from the folder of the config file that sets it (config.py
    # resolves it when settings are loaded, and reads and parses it there, so a bad table is a
    # config error before any document is linted).
    "rate-table": "",
}


class CurrencyCheck:
    name = "currency"
    rules = (
        conversion_rate_mismatch.RULE,
        conversion_unit_slip.RULE,
        conversion_inconsistent.RULE,
        conversion_rate_unknown.RULE,
    )
    options: dict[str, Any] = OPTIONS
    # Options that name a user file, with the function that reads and parses it (config.py calls it).
    file_options = {"rate-table": load_rates}

    @classmethod
    def validate_options(cls, options: Mapping[str, Any], where: str = "[tool.seedlint.currency]") -> None:
        """Checks beyond the type of each value (config.py has checked those), as ConfigError."""
        years = options.get("years", cls.options["years"])
        if not (
            isinstance(years, list | tuple)
            and len(years) == 2
            and all(isinstance(y, int) and not isinstance(y, bool) and 1000 <= y <= 9999 for y in years)
            and years[0] <= years[1]
        ):
            raise ConfigError(f"{where} years: expected [first, last], two four-digit years, got {years!r}")

    def __init__(self, options: Mapping[str, Any]) -> None:
        merged = {**self.options, **options}
        self.validate_options(merged)
        self.consistency = float(merged["consistency-tolerance"])
        first, last = merged["years"]
        try:
            rates = load_rates(str(merged["rate-table"]))
        except RateTableError as exc:
            raise RateTableError(f"[tool.seedlint.currency] rate-table: {exc}") from None
        self.first, self.last = first, last
        self.judge = Judge(rates, float(merged["tolerance"]), tuple(range(first, last + 1)))

    def check(self, doc: Document, enabled: frozenset[str]) -> Iterator[Finding]:
        conversions = document_conversions(doc)
        if not conversions:
            return
        years = years_in(doc) or self._possible_years(doc)
        verdicts = [v for v in (self.judge.judge(c, years) for c in conversions) if v is not None]
        if conversion_unit_slip.RULE.code in enabled:
            yield from conversion_unit_slip.find(doc, verdicts)
        if conversion_rate_mismatch.RULE.code in enabled:
            yield from conversion_rate_mismatch.find(doc, verdicts)
        if conversion_inconsistent.RULE.code in enabled:
            yield from conversion_inconsistent.find(doc, verdicts, self.consistency)
        if conversion_rate_unknown.RULE.code in enabled:
            yield from conversion_rate_unknown.find(doc, conversions, self.judge.rates.known)

    def _possible_years(self, doc: Document) -> tuple[int, ...]:
        """With no date of its own, a document is from the year before the earliest year it
        mentions (2014年, in 2015) or later, up to the last configured year."""
        mentioned = [y for y in mentioned_years(doc) if y <= self.last]
        if not mentioned:
            return ()
        return tuple(range(max(self.first, mentioned[0] - 1), self.last + 1))


CHECKS = (CurrencyCheck,)
