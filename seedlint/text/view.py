"""The matching view of a document: what word lists are matched on.

Width-folded, Traditional characters folded to Simplified, pinyin annotations (`權(quán)`) and
Markdown emphasis removed, with a map back to ``doc.text`` offsets, and its lines.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from seedlint.document import Document
from seedlint.model import Fix
from seedlint.text.chars import HAN, PINYIN_LETTERS, PINYIN_TONED
from seedlint.text.fold import simplified

# The view ---------------------------------------------------------------------------------

_NEWLINE = re.compile(r"\r\n|\r|\n")
# Ruby-style pinyin after a character (權(quán)) and Markdown emphasis runs split words apart.
_ARTIFACT = re.compile(rf"(?<=[{HAN}])\((?=[a-zü]{{0,6}}[{PINYIN_TONED}])[{PINYIN_LETTERS}]{{1,7}}\)|\*+")


@dataclass
class TextView:
    """The matching view of a document and the way back to ``doc.text`` offsets."""

    text: str
    canon_starts: list[int]
    doc_starts: list[int]
    line_starts: list[int] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    def to_doc(self, offset: int) -> int:
        k = bisect.bisect_right(self.canon_starts, offset) - 1
        return self.doc_starts[k] + offset - self.canon_starts[k]

    def to_doc_end(self, offset: int) -> int:
        """Like ``to_doc`` for an end offset: a removed artifact right before it stays outside."""
        k = max(0, bisect.bisect_left(self.canon_starts, offset) - 1)
        return self.doc_starts[k] + offset - self.canon_starts[k]

    def line_index(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset) - 1


def text_view(doc: Document) -> TextView:
    return doc.memo("scrape-text-view", _build_view)


def _build_view(doc: Document) -> TextView:
    folded = simplified(doc)
    pieces: list[str] = []
    canon_starts, doc_starts = [0], [0]
    pos = length = 0
    for m in _ARTIFACT.finditer(folded):
        pieces.append(folded[pos : m.start()])
        length += m.start() - pos
        pos = m.end()
        canon_starts.append(length)
        doc_starts.append(pos)
    pieces.append(folded[pos:])
    text = "".join(pieces)
    view = TextView(text, canon_starts, doc_starts)
    view.line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    ends = [m.start() for m in _NEWLINE.finditer(text)] + [len(text)]
    view.lines = [text[s:e] for s, e in zip(view.line_starts, ends, strict=True)][: len(doc.lines)]
    return view


def line_hits(view: TextView, pattern: re.Pattern[str]) -> dict[int, list[re.Match[str]]]:
    """Matches of one pattern over the whole view, grouped by 0-based line index."""
    grouped: dict[int, list[re.Match[str]]] = {}
    for m in pattern.finditer(view.text):
        grouped.setdefault(view.line_index(m.start()), []).append(m)
    return grouped


def doc_span(doc: Document, view: TextView, line: int, start: int, end: int) -> tuple[int, int]:
    """Doc offsets of a span given by 0-based line and offsets inside the view's line."""
    base = view.line_starts[line]
    return view.to_doc(base + start), view.to_doc_end(base + end)


def trimmed_line_span(doc: Document, view: TextView, line: int) -> tuple[int, int]:
    """Doc offsets of a view line without its leading and trailing whitespace."""
    text = view.lines[line]
    return doc_span(doc, view, line, *strip_span(text, 0, len(text)))


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def line_fix(doc: Document, first: int, last: int) -> Fix:
    return doc.delete_lines_fix(first + 1, last + 1)
