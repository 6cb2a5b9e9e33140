"""SL503 conversion-inconsistent: conversions of one currency pair that imply different rates."""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Iterator
from typing import Any

from seedlint.checks.currency._common import Conversion, Verdict, format_rate
from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain

RULE = Rule(
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

# (rate, lowest rate rounding allows, highest, the conversion, the reference band's centre)
_Entry = tuple[float, float, float, Conversion, float]


def find(doc: Document, verdicts: Iterable[Verdict], consistency: float) -> Iterator[Finding]:
    """Outliers among the conversions whose rate fits the reference band."""
    groups: dict[tuple[str, ...], list[_Entry]] = {}
    for verdict in verdicts:
        if not verdict.fits:
            continue
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
        yield from _outliers(doc, entries, consistency)


def _outliers(doc: Document, entries: list[_Entry], consistency: float) -> Iterator[Finding]:
    """Take out the conversion furthest from the median until the rest agree, reporting each."""
    remaining = _Remaining(entries)
    flagged: set[int] = set()
    while remaining.conversions >= 2:
        median = remaining.median()
        allowed = median * consistency

        spread = remaining.spread()
        if spread <= allowed:
            break
        if remaining.conversions == 2:
            # Two rates have no majority: the outlier is the one further from the reference.
            worst = max(remaining.entries(), key=lambda e: (abs(math.log(e[0] / e[4])), e[3].start))
        else:
            worst = remaining.furthest(median)
        c = worst[3]
        if id(c) not in flagged:
            flagged.add(id(c))
            unit_flip = median < 1
            shown_rate, shown_median = (1 / worst[0], 1 / median) if unit_flip else (worst[0], median)
            base, quote = sorted((c.source, c.target))
            unit = f"{base}/{quote}" if unit_flip else f"{quote}/{base}"
            yield doc.finding(
                RULE,
                c.start,
                c.end,
                f"{c.first.text} → {c.second.text} implies {format_rate(shown_rate)} {unit}; "
                f"the document's median rate is {format_rate(shown_median)} {unit}",
            )
        remaining.remove(c)


class _Remaining:
    """The entries still compared, ordered by rate, by lowest and by highest rate, with counts of
    the live ones (``_Alive``), so each round costs logarithmic time, not a pass over every entry."""

    def __init__(self, entries: list[_Entry]) -> None:
        self.alive = dict(enumerate(entries))  # in document order, for ties
        self.of_conversion: dict[int, list[int]] = {}
        for index, entry in enumerate(entries):
            self.of_conversion.setdefault(id(entry[3]), []).append(index)
        # Among equal bounds the later conversion, then the earlier entry, stands at the extreme
        # (the last of ``lows``, the first of ``highs``), as ``max`` over the entries in order picks.
        self.rates = _Order([e[0] for e in entries], [(e[0],) for e in entries])
        self.lows = _Order([e[1] for e in entries], [(e[1], e[3].start, -i) for i, e in enumerate(entries)])
        self.highs = _Order([e[2] for e in entries], [(e[2], -e[3].start, i) for i, e in enumerate(entries)])

    @property
    def conversions(self) -> int:
        return len(self.of_conversion)

    def entries(self) -> list[_Entry]:
        return list(self.alive.values())

    def median(self) -> float:
        """As ``statistics.median`` of the rates."""
        n = self.rates.live.count
        if n % 2:
            return self.rates.value(n // 2)
        return (self.rates.value(n // 2 - 1) + self.rates.value(n // 2)) / 2

    def spread(self) -> float:
        return self.lows.value(self.lows.live.count - 1) - self.highs.value(0)

    def furthest(self, median: float) -> _Entry:
        """The entry whose rounding interval lies furthest from ``median``; the later one on a tie."""
        top_rank, bottom_rank = self.lows.live.count - 1, 0
        top, bottom = self.lows.value(top_rank), self.highs.value(bottom_rank)
        distance = max(top - median, median - bottom, 0.0)
        candidates: list[int] = []
        if distance > 0:
            if top - median == distance:
                below = self.lows.below(top)
                if below is not None and below - median == distance:
                    return self._scan(median)  # unequal bounds at one distance after rounding
                candidates.append(self.lows.entry(top_rank))
            if median - bottom == distance:
                above = self.highs.above(bottom)
                if above is not None and median - above == distance:
                    return self._scan(median)
                candidates.append(self.highs.entry(bottom_rank))
        if not candidates:
            return self._scan(median)
        best = max(candidates, key=lambda i: (self.alive[i][3].start, -i))
        return self.alive[best]

    def _scan(self, median: float) -> _Entry:
        return max(self.alive.values(), key=lambda e: (max(e[1] - median, median - e[2], 0.0), e[3].start))

    def remove(self, conversion: Conversion) -> None:
        for index in self.of_conversion.pop(id(conversion)):
            del self.alive[index]
            for order in (self.rates, self.lows, self.highs):
                order.remove(index)


class _Order:
    """Entries sorted by a key, and the values and entries at ranks among the live ones."""

    def __init__(self, values: list[float], keys: list[tuple[Any, ...]]) -> None:
        self.by_rank = sorted(range(len(keys)), key=keys.__getitem__)
        self.values = [values[i] for i in self.by_rank]
        self.position = {index: at for at, index in enumerate(self.by_rank)}
        self.live = _Alive(len(keys))

    def value(self, rank: int) -> float:
        return self.values[self.live.find(rank)]

    def entry(self, rank: int) -> int:
        return self.by_rank[self.live.find(rank)]

    def below(self, value: float) -> float | None:
        """The largest live value under ``value``."""
        count = self.live.before(bisect.bisect_left(self.values, value))
        return self.values[self.live.find(count - 1)] if count else None

    def above(self, value: float) -> float | None:
        """The smallest live value over ``value``."""
        count = self.live.before(bisect.bisect_right(self.values, value))
        return self.values[self.live.find(count)] if count < self.live.count else None

    def remove(self, index: int) -> None:
        self.live.remove(self.position[index])


class _Alive:
    """Which of ``size`` positions are live: a Fenwick tree of counts."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.count = size
        self.tree = [0] * (size + 1)
        for at in range(1, size + 1):
            self.tree[at] += 1
            parent = at + (at & -at)
            if parent <= size:
                self.tree[parent] += self.tree[at]
        self.step = 1 << max(size.bit_length() - 1, 0)

    def remove(self, position: int) -> None:
        self.count -= 1
        at = position + 1
        while at <= self.size:
            self.tree[at] -= 1
            at += at & -at

    def before(self, position: int) -> int:
        """Live positions below ``position``."""
        total, at = 0, position
        while at > 0:
            total += self.tree[at]
            at -= at & -at
        return total

    def find(self, rank: int) -> int:
        """The position of the live one with ``rank`` live ones before it."""
        at, left, step = 0, rank + 1, self.step
        while step:
            if at + step <= self.size and self.tree[at + step] < left:
                at += step
                left -= self.tree[at]
            step >>= 1
        return at
