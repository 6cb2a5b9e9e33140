"""Dates in Chinese and English text: one grammar.

``find_dates`` finds calendar dates written the ways news text writes them — ``2024年11月8日``
(``号`` for ``日``, spaces allowed), ``2024-11-08``, ``2024/11/8``, ``2024.11.8``, ``8/11/2024``,
``Nov 8, 2024``, ``Nov. 8th 2024``, ``8 November 2024`` — and the year-less ``11月8日`` and ``Nov 8``
that wire datelines use. ``YEAR_MENTION`` finds a year written on its own (``2016年``, ``2016年第3季``,
``in 2015``, ``by 2020``, ``FY2021``), which dates a text as well as a full date does. Run both on
width-folded text with ASCII digits (``numbers.fold_digits``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# English month names and their abbreviations; case-insensitive use: ``(?i:{MONTHS})``.
MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# Keys are casefolded: under IGNORECASE the pattern also accepts ſ (long s) and K (Kelvin sign).
_MONTH_NUMBER = {name: n for n, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}

_YEAR = r"(?:19|20)\d{2}"
_SP = r"[ \t]?"
_EN_MONTH = rf"(?<![A-Za-z])(?P<mon>{MONTHS})\.?"
_ORDINAL = r"(?:(?:st|nd|rd|th)(?![A-Za-z]))?"

DATE = re.compile(
    # 2024年11月8日, 2024 年 11 月 8 号, and 11月8日 without a year.
    rf"(?:(?<!\d)(?P<cy>{_YEAR}){_SP}年{_SP}|(?<![\d年]))(?P<cm>\d{{1,2}}){_SP}月{_SP}(?P<cd>\d{{1,2}}){_SP}[日号]"
    # 2024-11-08, 2024/11/8, 2024.11.8
    rf"|(?<!\d)(?P<iy>{_YEAR})(?P<sep>[-/.])(?P<im>\d{{1,2}})(?P=sep)(?P<id>\d{{1,2}})(?!\d)"
    # 8/11/2024, 11-8-2024: day and month order unknown.
    rf"|(?<!\d)\d{{1,2}}(?P<sep2>[-/])\d{{1,2}}(?P=sep2)(?P<ny>{_YEAR})(?!\d)"
    # Nov 8, 2024; Nov. 8th 2024; Nov 8 (no year).
    rf"|{_EN_MONTH} (?P<ed>\d{{1,2}}){_ORDINAL}(?!\d)(?:,? (?P<ey>{_YEAR})(?!\d))?"
    # 8 November 2024
    rf"|(?<!\d)(?P<ed2>\d{{1,2}}) (?P<mon2>{MONTHS})\.?,? (?P<ey2>{_YEAR})(?!\d)",
    re.IGNORECASE,
)


# A year on its own: before 年 (年度 and 年第3季 too, not 年代, a decade) or 财年, or after a
# preposition, 'year', 'fiscal' or FY.
YEAR_MENTION = re.compile(
    rf"(?<!\d){_YEAR}{_SP}(?:年(?!代)|财年)"
    rf"|(?<![A-Za-z0-9])(?i:in|by|since|from|until|through|during|before|after|of|early|late|mid-?|year|fiscal|FY)"
    rf"[ \t]?{_YEAR}(?!\d)"
)


@dataclass(frozen=True)
class Date:
    """A date at ``text[start:end]``; ``year`` is None for a year-less date, ``month`` and ``day``
    are None where the writing leaves them ambiguous (``8/11/2024``)."""

    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None


def find_dates(text: str) -> list[Date]:
    return [_date(m) for m in DATE.finditer(text)]


def _date(m: re.Match[str]) -> Date:
    g = m.groupdict()
    if g["cm"] is not None:
        return Date(m.start(), m.end(), _int(g["cy"]), int(g["cm"]), int(g["cd"]))
    if g["iy"] is not None:
        return Date(m.start(), m.end(), int(g["iy"]), int(g["im"]), int(g["id"]))
    if g["ny"] is not None:
        return Date(m.start(), m.end(), int(g["ny"]), None, None)
    if g["mon"] is not None:
        return Date(m.start(), m.end(), _int(g["ey"]), _MONTH_NUMBER[g["mon"][:3].casefold()], int(g["ed"]))
    return Date(m.start(), m.end(), int(g["ey2"]), _MONTH_NUMBER[g["mon2"][:3].casefold()], int(g["ed2"]))


def _int(value: str | None) -> int | None:
    return int(value) if value is not None else None
