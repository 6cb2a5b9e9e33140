"""SL5xx currency: conversions between currencies whose implied exchange rate is wrong.

``40亿美元(约合人民币286亿元)`` implies 7.15 yuan per dollar. The rate is compared with the yearly
[min, max] of reference rates (``seedlint/data/fx``): a rate outside the band is a wrong rate
(SL501), one that fits after a power of ten is a magnitude slip (SL502), and conversions of one
currency pair in a document that disagree with each other are inconsistent (SL503).
"""

from __future__ import annotations

import csv
import math
import re
import statistics
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from seedlint.config import ConfigError
from seedlint.data import read_text, read_toml
from seedlint.document import Document
from seedlint.files import SMALL_FILE_LIMIT, FileReadError, read_regular_text
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.numbers import Amount, amounts_of, find_amounts, fold_digits

RATE_MISMATCH = Rule(
    code="SL501",
    name="conversion-rate-mismatch",
    severity=Severity.ERROR,
    summary="Currency conversion implies an exchange rate outside the reference range",
    explanation=explain(
        "Finds conversions such as `40亿美元(约合人民币286亿元)`, `A,折合人民币B` or "
        "`$4 billion (about 28.6 billion yuan)`, computes the exchange rate they imply and compares it "
        "with the yearly [min, max] of reference rates (ECB daily rates, yuan per unit), widened by "
        "`tolerance` (3%). The years are the document's own when a dateline states one, else "
        "`years` (2005–2026). Rounding of the converted figure is allowed for.",
        "A wrong rate or a swapped currency misinforms every reader and every model trained on the "
        "text, and nothing else in the sentence shows it.",
        "`售价约为38至40美元,折合人民币约4万元` implies about 1000 CNY/USD; the 2005–2026 range is 6.05–8.28.",
        "Recompute the converted figure at the rate of the article's date, or remove it.",
    ),
    fail_examples=(
        "该设备售价约为40美元,折合人民币约4万元。\n",
        "这笔投资为40亿美元(约合人民币186亿元)。\n",
        "The company raised $4 billion (about 18.6 billion yuan) last year.\n",
    ),
    pass_examples=(
        "亚马逊对该公司投资40亿美元(约合人民币286亿元)。\n",
        "The company raised $4 billion (about 28.6 billion yuan) last year.\n",
        "公司营收40亿美元,约300亿元来自中国市场。\n",
    ),
)

UNIT_SLIP = Rule(
    code="SL502",
    name="conversion-unit-slip",
    severity=Severity.ERROR,
    summary="Currency conversion is off by a power of ten (a 万/亿 or million/billion slip)",
    explanation=explain(
        "Reports a conversion whose implied rate misses the reference range but fits it after "
        "multiplying or dividing by 10, 100, 1000 or 10000, and names the likely slip: 亿 written "
        "as 万, million for billion, a per-100 quote (JPY, KRW) applied per unit.",
        "A magnitude slip changes a figure ten-thousandfold while looking perfectly plausible.",
        "`40亿美元(约合人民币286万元)` implies 0.000715 CNY/USD: 亿 written as 万.",
        "Correct the magnitude of the converted figure.",
    ),
    fail_examples=(
        "亚马逊对该公司投资40亿美元(约合人民币286万元)。\n",
        "The company raised $4 billion (about 28.6 million yuan).\n",
        "罚款130亿韩元(约合人民币77.11亿元)。\n",
    ),
    pass_examples=(
        "亚马逊对该公司投资40亿美元(约合人民币286亿元)。\n",
        "罚款130亿韩元(约合人民币7711万元)。\n",
    ),
)

INCONSISTENT = Rule(
    code="SL503",
    name="conversion-inconsistent",
    severity=Severity.WARNING,
    summary="Conversions of one currency pair in a document imply different rates",
    explanation=explain(
        "Compares the rates implied by every conversion of the same currency pair in a document and "
        "reports the one furthest from the document's median rate when two differ by more than "
        "`consistency-tolerance` (2%) beyond what rounding of the figures explains.",
        "One article converts at one rate. A conversion that disagrees with the others was copied "
        "from another source, computed at another date, or mistyped.",
        "`40亿美元(约合人民币286亿元)` and later `80亿美元(约合人民币530亿元)`: 7.15 and 6.63 CNY/USD.",
        "Convert every figure at the same rate, stated once.",
    ),
    fail_examples=("去年投资40亿美元(约合人民币286亿元),今年再投80亿美元(约合人民币530亿元)。\n",),
    pass_examples=("去年投资40亿美元(约合人民币286亿元),今年再投80亿美元(约合人民币573亿元)。\n",),
)


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


# Conversions -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Conversion:
    """``first`` stated, ``second`` its conversion: ``first.text(second.text)`` or a clause after it.
    ``source``/``target`` are the currencies, with an ambiguous ``¥`` resolved from context."""

    first: Amount
    second: Amount
    source: str
    target: str

    @property
    def start(self) -> int:
        return self.first.start

    @property
    def end(self) -> int:
        return self.second.end

    def pairs(self) -> list[tuple[float, float, float]]:
        """(stated, converted, rounding step of converted) for each bound that converts on its own."""
        a, b = self.first, self.second
        b_steps = (b.step,) if b.high is None else (b.step, b.high_step or b.step)
        if a.high is not None and b.high is not None:
            low_a, high_a = sorted(a.bounds)
            (low_b, step_low), (high_b, step_high) = sorted(zip(b.bounds, b_steps, strict=True))
            return [(low_a, low_b, step_low), (high_a, high_b, step_high)]
        if a.high is not None:
            return [(bound, b.value, b.step) for bound in a.bounds]
        return [(a.value, bound, step) for bound, step in zip(b.bounds, b_steps, strict=True)]


def _cue_pattern(cues: list[str]) -> str:
    parts = []
    for cue in sorted(set(cues), key=lambda c: (-len(c), c)):
        escaped = re.escape(cue).replace(r"\ ", "[ ]+")
        parts.append(f"(?i:{escaped})" if cue.isascii() and cue[:1].isalpha() else escaped)
    return "|".join(parts)


@cache
def _gap_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cues = read_toml("fx/conversion_cues.toml")
    bracket = _cue_pattern(cues["bracket"])
    clause = _cue_pattern(cues["clause"])
    # A few words may sit between a figure and its bracket: 43.2万美元的高价(约合人民币300万元).
    before_bracket = re.compile(rf"[\u4e00-\u9fff]{{0,6}}[ ]?[(（][ ]?(?:(?:{bracket})[ ]?[:：]?[ ]?)?")
    after_clause = re.compile(rf"[ ]?(?:左右|上下)?[ ]?[,，][ ]?(?:{clause})[ ]?")
    # After the converted figure the bracket closes, or a short remark follows (,下同).
    bracket_close = re.compile(r"[ ]?(?:左右|上下)?[ ]?(?:[,，;；、][^()（）\n]{0,20})?[)）]")
    return before_bracket, after_clause, bracket_close


_JAPAN = re.compile(r"日元|日圆|円|日本|(?i:\byen\b|japan)")
_CHINA = re.compile(r"人民币|(?i:\byuan\b|\brmb\b|renminbi)")


def _resolve(amount: Amount, other: str | None, text: str) -> str | None:
    if amount.currency is not None or not amount.ambiguous:
        return amount.currency
    if other in amount.ambiguous:
        # Nobody converts yuan into yuan: ¥ next to a yuan figure is yen, and the other way round.
        rest = [c for c in amount.ambiguous if c != other]
        return rest[0] if len(rest) == 1 else None
    japan, china = _JAPAN.search(text) is not None, _CHINA.search(text) is not None
    if japan != china:
        return "JPY" if japan else "CNY"
    return None


def find_conversions(text: str, amounts: list[Amount] | None = None) -> list[Conversion]:
    """Every explicit conversion in ``text``: an amount followed by the same value in another
    currency, in brackets or in a clause introduced by a conversion cue."""
    before_bracket, after_clause, bracket_close = _gap_patterns()
    folded = fold_digits(text)
    amounts = find_amounts(text) if amounts is None else amounts
    out: list[Conversion] = []
    for a, b in zip(amounts, amounts[1:], strict=False):
        if a.currency is None and not a.ambiguous or b.currency is None and not b.ambiguous:
            continue
        gap_bracket = before_bracket.fullmatch(folded, a.end, b.start)
        if gap_bracket is not None:
            if bracket_close.match(folded, b.end) is None:
                continue
        elif after_clause.fullmatch(folded, a.end, b.start) is None:
            continue
        source = _resolve(a, b.currency, text)
        target = _resolve(b, source, text)
        if source is None or target is None or source == target:
            continue
        out.append(Conversion(a, b, source, target))
    return out


# Dates -------------------------------------------------------------------------------------------

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DATE = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})(?:年[ ]?[0-9]{1,2}[ ]?月[ ]?[0-9]{1,2}[ ]?日"
    r"|[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?![0-9]))"
    rf"|(?i:\b(?:{_MONTHS})\.?[ ]+[0-9]{{1,2}},?[ ]+((?:19|20)[0-9]{{2}})\b)"
    rf"|(?i:\b[0-9]{{1,2}}[ ]+(?:{_MONTHS})\.?,?[ ]+((?:19|20)[0-9]{{2}})\b)"
)


@cache
def _dateline_labels() -> re.Pattern[str]:
    labels = read_toml("fx/conversion_cues.toml")["dateline-labels"]
    return re.compile(rf"[ \t]*(?:{_cue_pattern(labels)})[ ]?[:：]")


def document_years(doc: Document, header_lines: int = 3) -> tuple[int, ...]:
    """Years of the full dates (year, month and day) in the document's first non-blank lines or
    on a labelled date line: the dates the document states as its own."""
    years: set[int] = set()
    seen = 0
    labels = _dateline_labels()
    for line in doc.lines:
        if not line.strip():
            continue
        seen += 1
        folded = fold_digits(line)
        if seen > header_lines and not labels.match(folded):
            continue
        for m in _DATE.finditer(folded[:400]):
            years.add(int(next(g for g in m.groups() if g)))
    return tuple(sorted(years))


# Checking ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Band:
    low: float  # target units per source unit
    high: float
    label: str


def _year_label(years: list[int]) -> str:
    if len(years) == 1:
        return str(years[0])
    if years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}–{years[-1]}"
    return ", ".join(map(str, years))


def _format_rate(value: float) -> str:
    if value >= 100:
        return f"{value:.1f}"
    if value >= 0.01:
        return f"{value:.3f}"
    return f"{value:.3g}"


@dataclass(frozen=True)
class _Verdict:
    conversion: Conversion
    rate: float  # target per source, of the worst bound
    low: float
    high: float
    fits: bool
    slip: int  # the power of ten that makes it fit (negative: the converted figure is too large)
    band: _Band


def _slip_name(factor: int, conversion: Conversion) -> str:
    a, b = conversion.first, conversion.second
    small = factor > 0  # the converted figure is too small, or the stated one too large
    size = abs(factor)
    if size == 10000:
        if small and b.magnitude and "万" in b.magnitude and "亿" not in b.magnitude:
            return "亿 written as 万 in the converted figure"
        if not small and b.magnitude and "亿" in b.magnitude:
            return "万 written as 亿 in the converted figure"
        if small and a.magnitude and "亿" in a.magnitude:
            return "万 written as 亿 in the stated figure"
        if not small and a.magnitude and "万" in a.magnitude:
            return "亿 written as 万 in the stated figure"
        return "a 万/亿 slip"
    if size == 1000:
        if small and b.magnitude and b.magnitude.lower() in ("million", "mn", "m", "mln"):
            return "billion written as million in the converted figure"
        if not small and b.magnitude and b.magnitude.lower() in ("billion", "bn", "b", "bln"):
            return "million written as billion in the converted figure"
        return "a thousand/million/billion slip"
    if size == 100:
        if {conversion.source, conversion.target} & {"JPY", "KRW", "INR", "RUB"}:
            return "a per-100 quote applied per unit, or a 百万/万 slip"
        return "a 百万/万 slip or a misplaced decimal point"
    return "a 十/百/千 slip (百万 for 千万, 亿 for 十亿) or a misplaced decimal point"


class CurrencyCheck:
    name = "currency"
    rules = (RATE_MISMATCH, UNIT_SLIP, INCONSISTENT)
    options: dict[str, Any] = {
        "tolerance": 0.03,
        "consistency-tolerance": 0.02,
        "years": [2005, 2026],
        # A CSV with the columns of RATE_COLUMNS replacing the shipped table; "" for the shipped one.
        # A relative path is taken from the folder of the config file that sets it (config.py
        # resolves it when settings are loaded, and reads and parses it there, so a bad table is a
        # config error before any document is linted).
        "rate-table": "",
    }
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
        self.tolerance = float(merged["tolerance"])
        self.consistency = float(merged["consistency-tolerance"])
        first, last = merged["years"]
        self.years = tuple(range(first, last + 1))
        try:
            self.rates = load_rates(str(merged["rate-table"]))
        except RateTableError as exc:
            raise RateTableError(f"[tool.seedlint.currency] rate-table: {exc}") from None
        _gap_patterns()
        _dateline_labels()

    # Bands ----------------------------------------------------------------------------------

    def band(self, source: str, target: str, years: tuple[int, ...]) -> _Band | None:
        """Target units per source unit over ``years``; the configured years when the document's
        own have no data for this pair."""
        for candidates in (years, self.years):
            lows, highs, used = [], [], []
            for year in candidates:
                s = self.rates.cny_band(source, year)
                t = self.rates.cny_band(target, year)
                if s is None or t is None:
                    continue
                lows.append(s[0] / t[1])
                highs.append(s[1] / t[0])
                used.append(year)
            if used:
                return _Band(min(lows), max(highs), _year_label(used))
        return None

    def judge(self, conversion: Conversion, years: tuple[int, ...]) -> _Verdict | None:
        if conversion.first.approximate or conversion.second.approximate:
            return None
        band = self.band(conversion.source, conversion.target, years)
        if band is None:
            return None
        tolerance = self.tolerance + (0.05 if conversion.second.qualifier not in (None, "约", "about") else 0.0)
        lo_ok, hi_ok = band.low * (1 - tolerance), band.high * (1 + tolerance)
        worst: _Verdict | None = None
        for stated, converted, step in conversion.pairs():
            if stated <= 0 or converted <= 0:
                return None
            low, high = max(converted - step, 0.0) / stated, (converted + step) / stated
            fits = high >= lo_ok and low <= hi_ok
            slip = 0
            if not fits:
                for factor in (10, 100, 1000, 10000):
                    if high * factor >= lo_ok and low * factor <= hi_ok:
                        slip = factor
                    elif high / factor >= lo_ok and low / factor <= hi_ok:
                        slip = -factor
                    if slip:
                        break
            verdict = _Verdict(conversion, converted / stated, low, high, fits, slip, band)
            if worst is None or (worst.fits and not fits):
                worst = verdict
        return worst

    def describe(self, verdict: _Verdict) -> str:
        c = verdict.conversion
        rate, low, high, unit = verdict.rate, verdict.band.low, verdict.band.high, f"{c.target}/{c.source}"
        if (low * high) ** 0.5 < 1:
            rate, low, high, unit = 1 / rate, 1 / high, 1 / low, f"{c.source}/{c.target}"
        return (
            f"{c.first.text} → {c.second.text} implies {_format_rate(rate)} {unit}; "
            f"{verdict.band.label} range {_format_rate(low)}–{_format_rate(high)}"
        )

    # Check ----------------------------------------------------------------------------------

    def check(self, doc: Document, enabled: frozenset[str]) -> Iterator[Finding]:
        conversions = doc.memo("currency.conversions", lambda d: find_conversions(d.text, amounts_of(d)))
        if not conversions:
            return
        years = document_years(doc)
        verdicts = [v for v in (self.judge(c, years) for c in conversions) if v is not None]
        for verdict in verdicts:
            if verdict.fits:
                continue
            c = verdict.conversion
            if verdict.slip and UNIT_SLIP.code in enabled:
                factor = abs(verdict.slip)
                direction = "below" if verdict.slip > 0 else "above"
                yield doc.finding(
                    UNIT_SLIP,
                    c.start,
                    c.end,
                    f"{self.describe(verdict)} — {factor:,} times {direction} it: {_slip_name(verdict.slip, c)}",
                )
            elif not verdict.slip and RATE_MISMATCH.code in enabled:
                yield doc.finding(RATE_MISMATCH, c.start, c.end, self.describe(verdict))
        if INCONSISTENT.code in enabled:
            yield from self._inconsistent(doc, [v for v in verdicts if v.fits])

    def _inconsistent(self, doc: Document, verdicts: list[_Verdict]) -> Iterator[Finding]:
        groups: dict[tuple[str, str], list[tuple[float, float, float, Conversion, float]]] = {}
        for verdict in verdicts:
            c = verdict.conversion
            if (c.first.high is None) != (c.second.high is None):
                continue  # a range converted into one figure has no single rate
            key = tuple(sorted((c.source, c.target)))
            flip = key[0] != c.source
            centre = (verdict.band.low * verdict.band.high) ** 0.5
            for stated, converted, step in c.pairs():
                low, high = max(converted - step, 1e-300) / stated, (converted + step) / stated
                rate = converted / stated
                if flip:
                    rate, low, high = 1 / rate, 1 / high, 1 / low
                groups.setdefault(key, []).append((rate, low, high, c, 1 / centre if flip else centre))
        for entries in groups.values():
            flagged: set[int] = set()
            while len({id(e[3]) for e in entries}) >= 2:
                median = statistics.median(e[0] for e in entries)
                allowed = median * self.consistency

                spread = max(e[1] for e in entries) - min(e[2] for e in entries)
                if spread <= allowed:
                    break
                if len({id(e[3]) for e in entries}) == 2:
                    # Two rates have no majority: the outlier is the one further from the reference.
                    worst = max(entries, key=lambda e: (abs(math.log(e[0] / e[4])), e[3].start))
                else:
                    worst = max(entries, key=lambda e: (max(e[1] - median, median - e[2], 0.0), e[3].start))
                c = worst[3]
                if id(c) not in flagged:
                    flagged.add(id(c))
                    unit_flip = median < 1
                    shown_rate, shown_median = (1 / worst[0], 1 / median) if unit_flip else (worst[0], median)
                    base, quote = sorted((c.source, c.target))
                    unit = f"{base}/{quote}" if unit_flip else f"{quote}/{base}"
                    yield doc.finding(
                        INCONSISTENT,
                        c.start,
                        c.end,
                        f"{c.first.text} → {c.second.text} implies {_format_rate(shown_rate)} {unit}; "
                        f"the document's median rate is {_format_rate(shown_median)} {unit}",
                    )
                entries = [e for e in entries if e[3] is not c]


CHECKS = (CurrencyCheck,)
