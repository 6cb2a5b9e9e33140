"""What the currency rules share: finding conversions, the document's own years, and judging the
rate a conversion implies against the reference band."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seedlint.document import Document
from seedlint.text.dates import own_dates
from seedlint.text.numbers import Amount, find_amounts, fold_digits

if TYPE_CHECKING:
    from seedlint.checks.currency import Cues, RateTable

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


_JAPAN = re.compile(r"日元|日圆|円|日本|(?i:\byen\b|japan)")
_CHINA = re.compile(r"人民币|(?i:\byuan\b|\brmb\b|renminbi)")


class _Context:
    """Whether the text speaks of Japan or of China, read once and only when a ``¥`` needs it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._read = False
        self._country: str | None = None

    def country(self) -> str | None:
        if not self._read:
            japan, china = _JAPAN.search(self.text) is not None, _CHINA.search(self.text) is not None
            self._country = ("JPY" if japan else "CNY") if japan != china else None
            self._read = True
        return self._country


def _resolve(amount: Amount, other: str | None, context: _Context) -> str | None:
    if amount.currency is not None or not amount.ambiguous:
        return amount.currency
    if other in amount.ambiguous:
        # Nobody converts yuan into yuan: ¥ next to a yuan figure is yen, and the other way round.
        rest = [c for c in amount.ambiguous if c != other]
        return rest[0] if len(rest) == 1 else None
    return context.country()


def conversions_in(
    text: str, cues: Cues, amounts: Sequence[Amount] | None = None, folded: str | None = None
) -> list[Conversion]:
    """Every explicit conversion in ``text``: an amount followed by the same value in another
    currency, in brackets or in a clause introduced by a conversion cue. ``folded`` may be the
    document's width-folded text: the cues read ``,`` and ``，`` alike, so it serves as well as
    ``fold_digits(text)``."""
    folded = fold_digits(text) if folded is None else folded
    amounts = find_amounts(text) if amounts is None else amounts
    context = _Context(text)
    out: list[Conversion] = []
    for a, b in zip(amounts, amounts[1:], strict=False):
        if a.currency is None and not a.ambiguous or b.currency is None and not b.ambiguous:
            continue
        gap_bracket = cues.before_bracket.fullmatch(folded, a.end, b.start)
        if gap_bracket is not None:
            if cues.bracket_close.match(folded, b.end) is None:
                continue
        elif cues.after_clause.fullmatch(folded, a.end, b.start) is None:
            continue
        source = _resolve(a, b.currency, context)
        target = _resolve(b, source, context)
        if source is None or target is None or source == target:
            continue
        out.append(Conversion(a, b, source, target))
    return out


# Dates -------------------------------------------------------------------------------------------


def years_in(doc: Document) -> tuple[int, ...]:
    """Years of the dates the document states as its own (``text.dates.own_dates``)."""
    return tuple(sorted({o.date.year for o in own_dates(doc) if o.date.year is not None}))


# Judging -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Band:
    low: float  # target units per source unit
    high: float
    label: str


@dataclass(frozen=True)
class Verdict:
    conversion: Conversion
    rate: float  # target per source, of the worst bound
    low: float
    high: float
    fits: bool
    slip: int  # the power of ten that makes it fit (negative: the converted figure is too large)
    band: Band


def _year_label(years: list[int]) -> str:
    if len(years) == 1:
        return str(years[0])
    if years == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}–{years[-1]}"
    return ", ".join(map(str, years))


def format_rate(value: float) -> str:
    if value >= 100:
        return f"{value:.1f}"
    if value >= 0.01:
        return f"{value:.3f}"
    return f"{value:.3g}"


_MAX_BANDS = 4096  # bands remembered: pairs times the year sets documents state


class Judge:
    """The reference band of a currency pair and the verdict on a conversion's implied rate."""

    def __init__(self, rates: RateTable, tolerance: float, years: tuple[int, ...]) -> None:
        self.rates = rates
        self.tolerance = tolerance
        self.years = years
        self._bands: dict[tuple[str, str, tuple[int, ...]], Band | None] = {}

    def band(self, source: str, target: str, years: tuple[int, ...]) -> Band | None:
        """Target units per source unit over ``years``; the configured years when the document's
        own have no data for this pair."""
        key = (source, target, years)
        if key not in self._bands:
            if len(self._bands) >= _MAX_BANDS:
                self._bands.clear()
            self._bands[key] = self._band(source, target, years)
        return self._bands[key]

    def _band(self, source: str, target: str, years: tuple[int, ...]) -> Band | None:
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
                return Band(min(lows), max(highs), _year_label(used))
        return None

    def judge(self, conversion: Conversion, years: tuple[int, ...]) -> Verdict | None:
        if conversion.first.approximate or conversion.second.approximate:
            return None
        band = self.band(conversion.source, conversion.target, years)
        if band is None:
            return None
        tolerance = self.tolerance + (0.05 if conversion.second.qualifier not in (None, "约", "about") else 0.0)
        lo_ok, hi_ok = band.low * (1 - tolerance), band.high * (1 + tolerance)
        worst: Verdict | None = None
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
            verdict = Verdict(conversion, converted / stated, low, high, fits, slip, band)
            if worst is None or (worst.fits and not fits):
                worst = verdict
        return worst

    @staticmethod
    def describe(verdict: Verdict) -> str:
        c = verdict.conversion
        rate, low, high, unit = verdict.rate, verdict.band.low, verdict.band.high, f"{c.target}/{c.source}"
        if (low * high) ** 0.5 < 1:
            rate, low, high, unit = 1 / rate, 1 / high, 1 / low, f"{c.source}/{c.target}"
        return (
            f"{c.first.text} → {c.second.text} implies {format_rate(rate)} {unit}; "
            f"{verdict.band.label} range {format_rate(low)}–{format_rate(high)}"
        )
