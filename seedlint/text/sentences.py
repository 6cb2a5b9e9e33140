"""Sentence spans of a document, for Chinese and English text alike.

Splitting runs on the width-folded view, so `！` and `!`, `；` and `;` end a sentence the same way,
and every span is an offset pair into ``doc.text`` (the folded view has the same length).
A line break always ends a sentence: scraped text puts headlines, captions and bylines on lines of
their own without a final stop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from seedlint.data import read_list
from seedlint.document import Document
from seedlint.text.chars import width_fold

# Stops that end a sentence wherever they appear (after width folding); the English full stop
# ends one only where it is not a decimal point or an abbreviation.
STOPS = "。!?;…"
# Closing quotes and brackets that belong to the sentence they follow.
CLOSERS = "\"'”’」』】》)]）"
# Marks that end a clause inside a sentence.
CLAUSE_STOPS = ",、:"
_ABBREVIATIONS = frozenset(a.casefold().rstrip(".") for a in read_list("common/abbreviations.txt"))

# One sentence end: a run of hard stops, or an English full stop that is not a decimal point, followed
# by closing quotes and brackets. A line break ends a sentence too.
_END = re.compile(
    rf"[{STOPS}]+[{re.escape(CLOSERS)}]*"
    rf"|\.+(?![0-9A-Za-z])[{re.escape(CLOSERS)}]*"
    r"|\r\n|\r|\n"
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\Z")


@dataclass(frozen=True)
class Sentence:
    """``text`` is ``doc.text[start:end]``: the sentence with its stop, without surrounding blanks."""

    start: int
    end: int
    text: str


def split_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of ``text``; leading and trailing whitespace is left out."""
    # A full-width full stop ends a sentence even before a letter, as 。 does.
    folded = width_fold(text.replace("\uff0e", "。"))
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(folded):
        if m.group()[0] == "." and _is_abbreviation(folded, m.start()):
            continue
        end = m.start() if m.group()[0] in "\r\n" else m.end()
        _add(folded, start, end, spans)
        start = m.end()
    _add(folded, start, len(folded), spans)
    return spans


def _is_abbreviation(folded: str, dot: int) -> bool:
    """`Mr.`, `U.S.`, `Inc.` and single initials do not end a sentence."""
    word = _WORD_BEFORE.search(folded, max(0, dot - 12), dot)
    if word is None:
        return False
    token = word.group(1).casefold().rstrip(".")
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha() and folded[word.start()].isupper())


def _add(folded: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and folded[start].isspace():
        start += 1
    while end > start and folded[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentences(doc: Document) -> tuple[Sentence, ...]:
    """The document's sentences, computed once per document and shared between checks."""
    return doc.memo("sentences", _compute)


def _compute(doc: Document) -> tuple[Sentence, ...]:
    return tuple(Sentence(s, e, doc.text[s:e]) for s, e in split_spans(doc.text))
