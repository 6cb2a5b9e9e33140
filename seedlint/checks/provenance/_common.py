"""What the provenance rules share: clause limits, span arithmetic and gated matching.

Word lists are found by the one phrase scan (``seedlint.text.scan``); a regex then confirms a
candidate where the scan found one, so no pattern walks the whole text on its own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from seedlint.document import Document
from seedlint.text.chars import LATIN_LETTER
from seedlint.text.fold import simplify
from seedlint.text.patterns import trie_pattern
from seedlint.text.scan import PhraseSet
from seedlint.text.sentences import CLAUSE_STOPS, STOPS
from seedlint.text.view import text_view

# Characters that end a clause (sentence and clause stops of the text layer, line breaks, quotes
# and title brackets): an attribution never reaches across them.
CLAUSE_END = f'.{STOPS}{CLAUSE_STOPS}\n\r“”"()《》'
CLAUSE = f"[^{re.escape(CLAUSE_END)}]"


def latin_bounded(words: Iterable[str]) -> str:
    """Entries with Latin letters must stand as whole words; CJK entries match anywhere."""
    words = list(words)
    latin = [w for w in words if LATIN_LETTER.search(w)]
    other = [w for w in words if not LATIN_LETTER.search(w)]
    parts = []
    if latin:
        parts.append(f"(?<![A-Za-z0-9])(?:{trie_pattern(latin)})(?![A-Za-z0-9])")
    if other:
        parts.append(f"(?:{trie_pattern(other)})")
    return "|".join(parts) or "(?!)"


def phrase_set(name: str, terms: Iterable[str]) -> PhraseSet:
    """A phrase set that finds ``terms`` as the matching view spells them (Simplified), so every
    place a regex over ``simplified(doc)`` matches one of them is among its hits."""
    return PhraseSet(f"provenance.{name}", (simplify(t) for t in terms))


def hit_starts(doc: Document, phrases: PhraseSet) -> list[int]:
    """Sorted ``simplified(doc)`` offsets where a term of ``phrases`` starts."""
    hits = phrases.hits(doc)
    if not hits:
        return []
    view = text_view(doc)
    return sorted({view.to_doc(h.start) for h in hits})


def hit_lines(doc: Document, phrases: PhraseSet) -> list[int]:
    """Sorted 0-based indexes of the lines holding a term of ``phrases``."""
    return lines_of(doc, hit_starts(doc, phrases))


def lines_of(doc: Document, offsets: Iterable[int]) -> list[int]:
    starts = doc.line_starts
    return sorted({bisect.bisect_right(starts, o) - 1 for o in offsets})


def char_offsets(text: str, chars: str) -> list[int]:
    """Sorted offsets of every occurrence of each character of ``chars``."""
    out: list[int] = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1)
    out.sort()
    return out


def finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that can only match at one of the sorted ``starts``:
    the same non-overlapping matches, tried only there."""
    end = 0
    for start in starts:
        if start < end:
            continue
        m = pattern.match(text, start)
        if m:
            yield m
            end = max(m.end(), start + 1)


def finditer_lines(pattern: re.Pattern[str], doc: Document, text: str, lines: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that never matches a line break, run only on the
    given sorted lines (the others are known to hold no match)."""
    starts, content = doc.line_starts, doc.lines
    for i in lines:
        start = starts[i]
        yield from pattern.finditer(text, start, start + len(content[i]))


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlaps removed, keeping the earliest and then the longest."""
    out: list[tuple[int, int]] = []
    for span in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


def without(spans: list[tuple[int, int]], others: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (sorted, disjoint) minus those that overlap any of ``others`` (sorted by start)."""
    if not others:
        return spans
    starts = [o[0] for o in others]
    ends = [o[1] for o in others]
    # Any span of ``others`` that overlaps s starts before s ends; the longest reach among those
    # decides, and a running maximum of ends over the start-sorted list gives it.
    reach: list[int] = []
    top = -1
    for e in ends:
        top = max(top, e)
        reach.append(top)
    out = []
    for s in spans:
        k = bisect.bisect_left(starts, s[1]) - 1
        if k < 0 or reach[k] <= s[0]:
            out.append(s)
    return out
