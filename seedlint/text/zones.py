"""Where in a document a line sits: head, body or tail.

The head is the run of non-blank lines before the first line of running prose, the tail the run
after the last one, at most ``ZONE_LINES`` each: where scraped leftovers (spam headers, menus,
bylines, footers) gather. Every family asks this module, so "the head" means one thing.
"""

from __future__ import annotations

import re

from seedlint.document import Document
from seedlint.text.chars import HAN, HAN_CHAR
from seedlint.text.view import text_view

ZONE_LINES = 15

# A folded full-width semicolon sits between Chinese clauses; a code semicolon does not.
_SENTENCE_END = re.compile(f"[。!?]|;(?=[{HAN}])|(?:[A-Za-z\"')]|\\d\\d)[.!?](?:\\s|$)")
_PROSE_MIN = 50
_WORD = re.compile(r"[A-Za-z]{2,}")


def has_sentence(text: str) -> bool:
    return _SENTENCE_END.search(text) is not None


_CLAUSE_BREAK = re.compile(r"[，,；;、]")
_CLAUSE_FUNCTION = re.compile("[的了是在和为与将对]")
_CLAUSES_MIN, _CLAUSE_LENGTH = 3, 10


def is_clause_chain(line: str) -> bool:
    """A long line of clauses that reads as running text though no full stop ends it (a sentence
    cut off by the scraper, a caption): three clauses or more, ten characters each on average,
    with the function words of prose. Keyword lists split at commas have short items and none."""
    text = line.strip()
    if len(text) < _PROSE_MIN:
        return False
    clauses = [c for c in _CLAUSE_BREAK.split(text) if c.strip()]
    if len(clauses) < _CLAUSES_MIN or len(text) / len(clauses) < _CLAUSE_LENGTH:
        return False
    han = len(HAN_CHAR.findall(text))
    if han >= 30:
        return len(_CLAUSE_FUNCTION.findall(text)) >= 2
    return len(_WORD.findall(text)) >= 12


def is_prose(line: str) -> bool:
    """A line of running text: long, punctuated, and made of many characters or words."""
    if len(line.strip()) < _PROSE_MIN or not has_sentence(line):
        return False
    return len(HAN_CHAR.findall(line)) >= 20 or len(_WORD.findall(line)) >= 10


def zones(doc: Document) -> tuple[frozenset[int], frozenset[int]]:
    """0-based indexes of the non-blank lines before the first prose line (the head) and after the
    last one (the tail), at most ``ZONE_LINES`` each: where scraped leftovers gather."""
    return doc.memo("scrape-zones", _zones)


def first_prose_line(doc: Document) -> int:
    """0-based index of the first line of running prose of the matching view (the number of lines
    when there is none): where the head ends and the article begins."""
    return doc.memo("first-prose-line", _first_prose_line)


def _first_prose_line(doc: Document) -> int:
    lines = text_view(doc).lines
    return next((i for i, line in enumerate(lines) if line.strip() and is_prose(line)), len(lines))


def _zones(doc: Document) -> tuple[frozenset[int], frozenset[int]]:
    lines = text_view(doc).lines
    first = first_prose_line(doc)
    filled = [i for i, line in enumerate(lines) if line.strip()]
    prose = [i for i in filled if i >= first and is_prose(lines[i])]
    last = prose[-1] if prose else -1
    head = [i for i in filled if i < first][:ZONE_LINES]
    tail = [i for i in filled if i > last][-ZONE_LINES:]
    return frozenset(head), frozenset(tail)


def edge_lines(doc: Document, count: int) -> tuple[list[int], list[int]]:
    """0-based indexes of the first ``count`` and the last ``count`` non-blank lines: where a
    document states its own source, byline and date."""
    filled = doc.memo("filled-lines", _filled)
    return filled[: max(count, 0)], (filled[-count:] if count > 0 else [])


def _filled(doc: Document) -> list[int]:
    return [i for i, line in enumerate(doc.lines) if line.strip()]
