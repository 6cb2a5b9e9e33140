"""The view of scraped text that the spam and boilerplate families match on.

Width-folded, Traditional characters folded to Simplified, pinyin annotations (`權(quán)`) and
Markdown emphasis removed, with a map back to ``doc.text`` offsets; plus the head and tail zones
where scraped leftovers gather, and vocabulary compiled into one trie-shaped regex.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from seedlint.data import read_list, read_user_list
from seedlint.document import Document
from seedlint.model import Fix

# The view ---------------------------------------------------------------------------------

_NEWLINE = re.compile(r"\r\n|\r|\n")
# Ruby-style pinyin after a character (權(quán)) and Markdown emphasis runs split words apart.
_ARTIFACT = re.compile(
    r"(?<=[\u3400-\u9fff])\((?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)|\*+"
)


@cache
def _simplify_table() -> dict[int, int]:
    table: dict[int, int] = {}
    for entry in read_list("traditional_simplified.txt"):
        traditional, simplified = entry.split()[:2]
        table[ord(traditional)] = ord(simplified)
    return table


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
    folded = doc.folded.translate(_simplify_table())
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


# A folded full-width semicolon sits between Chinese clauses; a code semicolon does not.
_SENTENCE_END = re.compile("[。!?]|;(?=[\u3400-\u9fff])|(?:[A-Za-z\"')]|\\d\\d)[.!?](?:\\s|$)")
_PROSE_MIN = 50
_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[A-Za-z]{2,}")


def has_sentence(text: str) -> bool:
    return _SENTENCE_END.search(text) is not None


def is_prose(line: str) -> bool:
    """A line of running text: long, punctuated, and made of many characters or words."""
    if len(line.strip()) < _PROSE_MIN or not has_sentence(line):
        return False
    return len(_CJK.findall(line)) >= 20 or len(_WORD.findall(line)) >= 10


def zones(doc: Document) -> tuple[frozenset[int], frozenset[int]]:
    """0-based indexes of the non-blank lines before the first prose line (the head) and after the
    last one (the tail), at most 15 each: where scraped leftovers gather."""
    return doc.memo("scrape-zones", _zones)


def _zones(doc: Document) -> tuple[frozenset[int], frozenset[int]]:
    lines = text_view(doc).lines
    filled = [i for i, line in enumerate(lines) if line.strip()]
    prose = [i for i in filled if is_prose(lines[i])]
    first, last = (prose[0], prose[-1]) if prose else (len(lines), -1)
    head = [i for i in filled if i < first][:15]
    tail = [i for i in filled if i > last][-15:]
    return frozenset(head), frozenset(tail)


# Vocabulary -> one regex ------------------------------------------------------------------------


def trie_pattern(terms: Iterable[str]) -> str:
    """A regex alternation of literal terms factored as a trie, so each position of the text costs
    at most the depth of the trie: an Aho-Corasick-like scan with one compiled pattern."""
    root: dict[str, dict] = {}
    for term in terms:
        node = root
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        keys = sorted(k for k in node if k)
        if not keys:
            return ""
        alts = [re.escape(k) + build(node[k]) for k in keys]
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def lexicon_pattern(terms: Iterable[str]) -> str:
    """Terms that start with an ASCII letter or digit match only as whole words; others anywhere."""
    terms = sorted({t.lower() for t in terms if t})
    wordy = [t for t in terms if t[0].isascii() and t[0].isalnum()]
    other = [t for t in terms if t not in wordy]
    parts = []
    if wordy:
        parts.append(f"(?<![A-Za-z0-9])(?:{trie_pattern(wordy)})(?![A-Za-z])")
    if other:
        parts.append(trie_pattern(other))
    return "|".join(parts) or "(?!)"


def user_terms(options: dict[str, Any], list_key: str, file_key: str) -> tuple[str, ...]:
    """Entries a user adds in config: a list option and a list file option."""
    extra = tuple(str(t).strip() for t in options.get(list_key, ()) if str(t).strip())
    path = options.get(file_key) or ""
    return extra + (read_user_list(path) if path else ())


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


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def line_fix(doc: Document, first: int, last: int) -> Fix:
    return doc.delete_lines_fix(first + 1, last + 1)
