"""What the spam rules share: lexicon hits and contact numbers per line, whole-word matching."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seedlint.document import Document
from seedlint.model import Edit, Finding, Fix, Rule
from seedlint.text.scan import Hit, lower_view, whole_word
from seedlint.text.view import TextView, doc_span, line_fix, trimmed_line_span

if TYPE_CHECKING:
    from seedlint.checks.spam import SpamVocabulary

MAX_SPAM_LINE = 1200

# Room for the eleven digits of a mobile number, the one contact pattern without a cue word.
_DIGIT_RUN = re.compile(r"\d{11,}")


@dataclass
class LineScan:
    """Per-line facts of one spam scan: lexicon hits by category and contact numbers."""

    categories: dict[str, set[str]]
    hits: list[tuple[int, int, str]]
    contact: bool


def leftmost_longest(hits: Iterable[Hit], text: str) -> list[Hit]:
    """The hits a regex alternation of the terms would find scanning ``text`` left to right: at
    each position the longest term that is a whole word there, none overlapping the one before.
    ``hits`` are in the scan's order (by start, longer first)."""
    chosen = []
    pos = 0
    for hit in hits:
        if hit.start >= pos and whole_word(text, hit.start, hit.end):
            chosen.append(hit)
            pos = hit.end
    return chosen


def string_matches(text: str, terms: Container[str], lengths: Iterable[int]) -> list[str]:
    """``leftmost_longest`` on a short string of its own (no scan): the terms found in ``text``.
    ``lengths`` are the distinct term lengths, longest first."""
    low = text.lower()
    sizes = tuple(lengths)
    found = []
    i = 0
    while i < len(low):
        for size in sizes:
            term = low[i : i + size]
            if len(term) == size and term in terms and whole_word(low, i, i + size):
                found.append(term)
                i += size
                break
        else:
            i += 1
    return found


def scan_lines(doc: Document, view: TextView, vocab: SpamVocabulary) -> dict[int, LineScan]:
    """Lexicon hits and contact numbers of every line that has any, by 0-based line index."""
    scans: dict[int, LineScan] = {}
    base = view.line_starts
    for hit in leftmost_longest(vocab.lexicon.hits(doc), lower_view(doc)):
        index = view.line_index(hit.start)
        scan = scans.setdefault(index, LineScan({}, [], False))
        for category in vocab.categories.get(hit.term, ()):
            scan.categories.setdefault(category, set()).add(hit.term)
        scan.hits.append((hit.start - base[index], hit.end - base[index], hit.term))
    for index in _contact_lines(doc, view, vocab):
        scans.setdefault(index, LineScan({}, [], False)).contact = True
    return scans


def _contact_lines(doc: Document, view: TextView, vocab: SpamVocabulary) -> set[int]:
    """Lines where a match of the contact patterns starts, as one left-to-right scan of the view
    would find them (a match may run on into the next line)."""
    text = view.text
    # A match starts at a cue word, or at most four characters (``+86-``) before the eleven digits
    # that end a run of digits (a mobile number): only those positions are tried.
    starts = {hit.start for hit in vocab.contact_cues.hits(doc)}
    for run in _DIGIT_RUN.finditer(text):
        starts.update(range(max(0, run.start() - 4, run.end() - 15), run.end() - 10))
    lines: set[int] = set()
    pos = 0
    for start in sorted(starts):
        if start < pos:
            continue
        m = vocab.contact.match(text, start)
        if m:
            lines.add(view.line_index(start))
            pos = max(m.end(), start + 1)
    return lines


def neighbour(lines: Sequence[str], index: int, step: int) -> int | None:
    """The nearest non-blank line in direction ``step`` with at most two blank lines between:
    chrome comes in runs, and a run may hold blank lines."""
    i = index + step
    for _ in range(3):
        if not 0 <= i < len(lines):
            return None
        if lines[i].strip():
            return i
        i += step
    return None


def quote(terms: Iterable[str]) -> str:
    return ", ".join(sorted(terms))


def clip(text: str, size: int = 60) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def line_finding(doc: Document, view: TextView, rule: Rule, index: int, message: str) -> Finding:
    """A finding on the whole of line ``index`` (without its outer blanks), fixed by deleting it."""
    start, end = trimmed_line_span(doc, view, index)
    return doc.finding(rule, start, end, message, fix=line_fix(doc, index, index))


def span_finding(doc: Document, view: TextView, rule: Rule, index: int, a: int, b: int, message: str) -> Finding:
    """A finding on ``view.lines[index][a:b]`` whose fix removes that span and one blank beside it
    (after it, else before it unless that blank indents the line), and nothing else of the line."""
    line = view.lines[index]
    start, end = doc_span(doc, view, index, a, b)
    cut_a, cut_b = a, b
    if line[b : b + 1] == " ":
        cut_b += 1
    elif a and line[a - 1 : a] == " " and line[: a - 1].strip():
        cut_a -= 1
    cut = doc_span(doc, view, index, cut_a, cut_b)
    return doc.finding(rule, start, end, message, fix=Fix((Edit(cut[0], cut[1], ""),)))
