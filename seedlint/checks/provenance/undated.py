"""SL306 undated: relative time in a document that carries no date with a year."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from seedlint.checks.provenance._common import finditer_at, hit_starts
from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.dates import YEAR_MENTION, Date, find_dates
from seedlint.text.fold import simplified

if TYPE_CHECKING:
    from seedlint.checks.provenance import Vocabulary


RULE = Rule(
    code="SL306",
    name="undated",
    severity=Severity.INFO,
    summary="Document uses relative time but carries no date with a year",
    explanation=explain(
        "Reports a document that has no year anywhere — neither a date with a year (`2024年11月8日`, "
        "`2024-11-08`, `Nov 8, 2024`, `8 November 2024`) nor a year on its own (`2016年`, `2016年第3季`, "
        "`in 2015`, `by 2020`) — while it uses relative time (今年, 去年, 上周, 近日, last year, this week, "
        "on Tuesday) or a date without a year (`11月8日`, `Dec. 30`). The finding is placed on line 1 and "
        "quotes the first relative expressions.",
        "`今年` and `上周` mean nothing without a publication date: a reader, or a model trained on the text, "
        "cannot tell which year the facts belong to. Scrapers often keep the date in page metadata rather "
        "than in the text, so this is information, not a warning.",
        "`今年9月,亚马逊也向Anthropic投资高达40亿美元` in an article with no dated line.",
        "Keep the publication date with the text (a dateline or a `发布时间:2024-11-08` line).",
    ),
    fail_examples=("今年9月,亚马逊向Anthropic投资了40亿美元。\n", "The company said on Tuesday it would cut jobs.\n"),
    pass_examples=(
        "2024-11-08 10:00 来源:新华社\n今年9月,亚马逊向Anthropic投资了40亿美元。\n",
        "Nov 8, 2024 — The company said on Tuesday it would cut jobs.\n",
        "Anthropic于2021年初创立,今年估值翻了一番。\n",
    ),
)

# Every date of the grammar holds a digit, starts at most 11 characters before its first digit
# (`September. 8`), has at most 13 between two digits (`8 September., 2024`) and ends at most 2
# after its last (`8th`, `8 日`); the margins below leave room to spare. Runs of digits closer than
# _GAP form one cluster, and the grammar only needs to run around each cluster. A date with a year
# holds a run of exactly four digits starting 19 or 20; one without holds 月 or a month name.
_DIGITS = re.compile(r"\d+")
_YEARLESS_CUE = re.compile("[A-Za-z月]")
_GAP = 16
_BEFORE = 16
_AFTER = 6


def dates_in(text: str) -> list[Date]:
    """``find_dates(text)``, run only around the digits of ``text``."""
    return list(iter_dates(text))


def iter_dates(text: str) -> Iterator[Date]:
    """The dates of ``find_dates(text)`` in order, found cluster by cluster as they are asked for."""
    first = last = -1
    year = False
    for m in _DIGITS.finditer(text):
        start, end = m.span()
        if last < 0 or start - last > _GAP:
            if last >= 0:
                yield from _cluster(text, first, last, year)
            first, year = start, False
        last = end
        if end - start == 4 and text.startswith(("19", "20"), start):
            year = True
    if last >= 0:
        yield from _cluster(text, first, last, year)


def _cluster(text: str, first: int, last: int, year: bool) -> list[Date]:
    lo = max(0, first - _BEFORE)
    window = text[lo : last + _AFTER]
    if not year and not _YEARLESS_CUE.search(window):
        return []
    return [replace(d, start=d.start + lo, end=d.end + lo) for d in find_dates(window)]


def undated(doc: Document, vocab: Vocabulary) -> Iterator[Finding]:
    """One finding on line 1 quoting the first relative expressions, when no date has a year."""
    folded = simplified(doc)
    if YEAR_MENTION.search(folded):
        return
    dates: list[Date] = []
    for date in iter_dates(folded):
        if date.year is not None:
            return
        dates.append(date)
    # Relative words and year-less dates (11月8日, Dec. 30) never overlap: one ordered stream.
    spans = sorted(
        [m.span() for m in finditer_at(vocab.relative_word, folded, hit_starts(doc, vocab.relative_words))]
        + [(d.start, d.end) for d in dates]
    )
    cues: list[str] = []
    for start, end in spans:
        cue = f"`{doc.text[start:end]}` line {doc.position(start)[0]}"
        if cue not in cues:
            cues.append(cue)
        if len(cues) == 3:
            break
    if cues:
        yield doc.finding(
            RULE,
            0,
            0,
            f"No date with a year anywhere, but relative time ({', '.join(cues)}): "
            "the document cannot anchor its facts in time",
            matched="",
        )
