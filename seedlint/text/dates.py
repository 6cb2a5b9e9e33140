"""Dates in Chinese and English text: one grammar.

``find_dates`` finds calendar dates written the ways news text writes them — ``2024年11月8日``
(``号`` for ``日``, spaces allowed), ``2024-11-08``, ``2024/11/8``, ``2024.11.8``, ``8/11/2024``,
``Nov 8, 2024``, ``Nov. 8th 2024``, ``8 November 2024`` — and the year-less ``11月8日`` and ``Nov 8``
that wire datelines use. ``YEAR_MENTION`` finds a year written on its own (``2016年``, ``2016年第3季``,
``in 2015``, ``by 2020``, ``FY2021``), which dates a text as well as a full date does. Run both on
width-folded text with ASCII digits (``numbers.fold_digits``).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache

from seedlint.data import read_list
from seedlint.document import Document
from seedlint.text.numbers import fold_digits
from seedlint.text.zones import edge_lines, is_prose

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
        return Date(m.start(), m.end(), _int(g["ey"]), month_number(g["mon"]), int(g["ed"]))
    return Date(m.start(), m.end(), int(g["ey2"]), month_number(g["mon2"]), int(g["ed2"]))


def month_number(name: str) -> int:
    """1-12 for an English month name or abbreviation that ``MONTHS`` matched."""
    return _MONTH_NUMBER[name[:3].casefold()]


def _int(value: str | None) -> int | None:
    return int(value) if value is not None else None


# The document's own dates ------------------------------------------------------------------------

HEAD_LINES = 3  # the non-blank lines at the top where a dateline states the document's date
_DATE_SPAN = 400  # characters of a line read for a date: a dateline states it early
_HAS_YEAR = re.compile(_YEAR)


@cache
def _date_label() -> re.Pattern[str]:
    labels = sorted(read_list("common/date_labels.txt"), key=lambda w: (-len(w), w))
    alternation = "|".join(f"(?i:{re.escape(w)})" if w.isascii() else re.escape(w) for w in labels)
    # A list marker may stand before the label (  • 发布时间:2016-04-20), as a page's meta row has it.
    return re.compile(rf"[ \t\u3000]*(?:[•·\-*][ \t]*)?(?:{alternation})[ ]?[:：]")


@dataclass(frozen=True)
class OwnDate:
    """A date on one of the lines where a document states its own date; ``labelled`` when the line
    opens with a date label (发布时间:), not only because it is among the first lines."""

    date: Date
    line: int
    labelled: bool


def own_dates(doc: Document) -> list[OwnDate]:
    """Dates with a year on the document's first ``HEAD_LINES`` non-blank lines and on lines that
    open with a date label, in line order (offsets are the document's)."""
    return doc.memo("own-dates", _own_dates)


def _own_dates(doc: Document) -> list[OwnDate]:
    head, _ = edge_lines(doc, HEAD_LINES)
    label = _date_label()
    folded = doc.folded
    labelled = {i for i, start in enumerate(doc.line_starts) if label.match(folded, start)}
    out: list[OwnDate] = []
    for index in sorted(set(head) | labelled):
        if index >= len(doc.lines):
            continue
        line = fold_digits(doc.lines[index][:_DATE_SPAN])
        if not _HAS_YEAR.search(line):
            continue
        start = doc.line_starts[index]
        for d in find_dates(line):
            if d.year is not None:
                moved = Date(start + d.start, start + d.end, d.year, d.month, d.day)
                out.append(OwnDate(moved, index, index in labelled))
    return out


def _exists(date: Date) -> bool:
    """A full date that is on the calendar (not 2月30日)."""
    if date.year is None or date.month is None or date.day is None:
        return False
    try:
        datetime.date(date.year, date.month, date.day)
    except ValueError:
        return False
    return True


def document_date(doc: Document) -> Date | None:
    """The document's publication date when it states exactly one: the one full date (year, month
    and day, on the calendar) on its labelled date lines, else the one full date on its first lines
    (not one inside a paragraph, which dates an event, unless it is the paragraph's dateline); None
    when there is none or they disagree."""
    full = [o for o in own_dates(doc) if _exists(o.date) and (o.labelled or not _event_date(doc, o))]
    for chosen in ([o for o in full if o.labelled], full):
        distinct = {(o.date.year, o.date.month, o.date.day) for o in chosen}
        if len(distinct) == 1:
            return chosen[0].date
        if distinct:
            return None
    return None


# What follows the date of a dateline: a wire's 电 or 讯, a credit in brackets, a dash.
_DATELINE_AFTER = re.compile(r"[ \t]*(?:电|讯|消息|[(（]|--|—|–|-(?!\d))")


def _event_date(doc: Document, own: OwnDate) -> bool:
    """A date inside a line of running prose (2023年4月17日，四川青神县民警…) that is not its dateline."""
    line = doc.lines[own.line]
    if not is_prose(line):
        return False
    at = own.date.end - doc.line_starts[own.line]
    return _DATELINE_AFTER.match(doc.folded, own.date.end) is None or at > _DATELINE_REACH


# A dateline's date ends within this many characters of its line's start.
_DATELINE_REACH = 40


# A year after these is a plan or a deadline, not evidence of when the text was written.
_FUTURE_CUE = re.compile(r"(?:到|至|预计|计划|目标|(?i:by|until|through|to))[ \t]?$")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")


def mentioned_years(doc: Document) -> tuple[int, ...]:
    """Years the text mentions anywhere (``2014年``, ``in 2015``, in a full date), leaving out one
    announced as a plan or deadline (到2030年, by 2030). A text is at least about as recent as the
    earliest of them, which bounds the years it can be from when it states no date of its own."""
    return doc.memo("mentioned-years", _mentioned_years)


def _mentioned_years(doc: Document) -> tuple[int, ...]:
    text = doc.folded  # width folding already folds every digit and sign fold_digits would
    found: set[int] = set()
    spans = [(m.start(), m.group()) for m in YEAR_MENTION.finditer(text)]
    spans += [(d.start, text[d.start : d.end]) for d in find_dates(text) if d.year is not None]
    for start, written in spans:
        digits = _YEAR_DIGITS.search(written)
        if digits is None or _FUTURE_CUE.search(text, max(0, start - 6), start + digits.start()):
            continue
        found.add(int(digits.group()))
    return tuple(sorted(found))
