"""Where in a document a line sits: head, body or tail.

The head is the run of non-blank lines before the first line of running prose, the tail the run
after the last one, at most ``ZONE_LINES`` each: where scraped leftovers (spam headers, menus,
bylines, footers) gather. Every family asks this module, so "the head" means one thing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from seedlint.document import Document
from seedlint.text.chars import HAN, HAN_CHAR, LATIN_LETTER
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
        # Two different function words: one repeated may be a keyword's (在线观看 … 在线视频).
        return len(set(_CLAUSE_FUNCTION.findall(text))) >= 2
    return len(_WORD.findall(text)) >= 12


# A URL's letters and dots are no words and no full stops.
_URL = re.compile(r"https?://[^\s()<>\[\]]+")


def is_prose(line: str) -> bool:
    """A line of running text: long, punctuated, and made of many characters or words (URLs left
    out: a line that is one link, `[标题](https://mp.weixin.qq.com/s?__biz=…)`, is no prose)."""
    if "://" in line:
        line = _URL.sub("", line)
    if len(line.strip()) < _PROSE_MIN or not has_sentence(line):
        return False
    return len(HAN_CHAR.findall(line)) >= 20 or len(_WORD.findall(line)) >= 10


# Hard-wrapped text (plain-text archives, mailing lists, wire feeds of the 1980s: a line break every
# 60-odd characters, mid-sentence): each line is too short to read as prose, the block does.
_WRAP_MIN, _WRAP_MAX = 35, 100
_WRAP_RUN = 3
_CONTINUES = re.compile(r"[a-z(\"'$“‘]|\d(?![.)、])")
# Hard wrapping is a habit of Latin-script plain text: lines of letters, without a menu's bars or tags.
_NOT_WRAPPED = re.compile(r"[|<>]")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"'”’)]$")


def wrapped_prose_lines(doc: Document) -> frozenset[int]:
    """0-based indexes of lines of hard-wrapped prose: blocks of three lines or more (no blank line
    between) of Latin-script text, whose lines but the last are 35-100 characters, where most breaks
    fall inside a sentence (the next line goes on in lower case), and whose joined text is running
    prose."""
    return doc.memo("wrapped-prose-lines", _wrapped_prose)


def _wrapped_prose(doc: Document) -> frozenset[int]:
    lines = text_view(doc).lines

    def continues(line: str, above: str | None) -> bool:
        fits = len(line) <= _WRAP_MAX and _latin_text(line)
        return fits and (above is None or len(above) >= _WRAP_MIN)

    found: set[int] = set()
    for block in line_blocks(lines, continues):
        if len(block) >= _WRAP_RUN and _wraps(lines, block):
            found.update(block)
    return frozenset(found)


def line_blocks(lines: list[str], continues: Callable[[str, str | None], bool]) -> Iterator[list[int]]:
    """Runs of consecutive non-blank lines, each of which ``continues(line, line above)`` accepts
    (the line above is None for a run's first line): where text broken over short lines, or
    hard-wrapped, would be put back together."""
    block: list[int] = []
    for index, raw in enumerate(lines):
        line = raw.strip()
        if line and continues(line, lines[block[-1]].strip() if block else None):
            block.append(index)
            continue
        if block:
            yield block
        block = [index] if line and continues(line, None) else []
    if block:
        yield block


def _latin_text(line: str) -> bool:
    return len(LATIN_LETTER.findall(line)) * 2 >= len(line) and not _NOT_WRAPPED.search(line)


def _wraps(lines: list[str], block: list[int]) -> bool:
    texts = [lines[i].strip() for i in block]
    inside = sum(
        1
        for above, below in zip(texts, texts[1:], strict=False)
        if not _ENDS_SENTENCE.search(above) and _CONTINUES.match(below)
    )
    return inside * 2 >= len(texts) - 1 and is_prose(" ".join(texts))


# An HTML or XML tag; a document with one on most of its lines is written in markup.
TAG = re.compile(r"<[A-Za-z/!][^<>\n]{0,300}>")
_MARKUP_SHARE, _MARKUP_LINES = 0.4, 5


def is_markup_document(doc: Document) -> bool:
    """Is the document written in HTML or XML (a page's source, a CMS export)? Then a tag is its
    format, not something left over: tags on 40% of its non-blank lines or more, five at least."""
    return doc.memo("markup-document", _markup_document)


def _markup_document(doc: Document) -> bool:
    filled = [line for line in text_view(doc).lines if line.strip()]
    tagged = sum(1 for line in filled if "<" in line and TAG.search(line))
    return tagged >= _MARKUP_LINES and tagged >= _MARKUP_SHARE * len(filled)


# A Markdown table: rows between bars, one of them the delimiter row under the header (| --- | :-: |).
# A cell written over several lines leaves rows that only start or only end with a bar, and the
# lines between them.
_TABLE_EDGE = re.compile(r"[ \t]*\|.*|.*\|[ \t]*")
_DELIMITER_ROW = re.compile(r"[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*")
_CELL_LINES = 6  # lines of one cell between two rows


def table_lines(doc: Document) -> frozenset[int]:
    """0-based indexes of the lines of Markdown tables: runs of two or more rows between bars, one of
    them a delimiter row, with the lines of cells written over several lines. A table is the
    article's own content, however short its cells."""
    return doc.memo("table-lines", _table_lines)


def _table_lines(doc: Document) -> frozenset[int]:
    if "|" not in doc.text or "---" not in doc.text:
        return frozenset()
    lines = text_view(doc).lines
    out: set[int] = set()
    rows = [i for i, line in enumerate(lines) if line.strip() and _TABLE_EDGE.fullmatch(line)]
    block: list[int] = []
    for index in [*rows, len(lines) + _CELL_LINES + 1]:
        if block and index - block[-1] > _CELL_LINES:
            if len(block) >= 2 and any(_DELIMITER_ROW.fullmatch(lines[i]) for i in block):
                out.update(range(block[0], block[-1] + 1))
            block = []
        block.append(index)
    return frozenset(i for i in out if lines[i].strip())


def zones(doc: Document) -> tuple[frozenset[int], frozenset[int]]:
    """0-based indexes of the non-blank lines before the first prose line (the head) and after the
    last one (the tail), at most ``ZONE_LINES`` each: where scraped leftovers gather."""
    return doc.memo("scrape-zones", _zones)


def first_prose_line(doc: Document) -> int:
    """0-based index of the first line of running prose of the matching view (the number of lines
    when there is none): where the head ends and the article begins."""
    return doc.memo("first-prose-line", _first_prose_line)


def prose_lines(doc: Document) -> frozenset[int]:
    """0-based indexes of the lines of running prose of the matching view: prose lines
    (:func:`is_prose`) and lines of hard-wrapped prose (:func:`wrapped_prose_lines`)."""
    return doc.memo("prose-lines", _prose_lines)


def _prose_lines(doc: Document) -> frozenset[int]:
    lines = text_view(doc).lines
    return frozenset(i for i, line in enumerate(lines) if line.strip() and is_prose(line)) | wrapped_prose_lines(doc)


def _first_prose_line(doc: Document) -> int:
    return min(prose_lines(doc), default=len(text_view(doc).lines))


def _zones(doc: Document) -> tuple[frozenset[int], frozenset[int]]:
    lines = text_view(doc).lines
    first = first_prose_line(doc)
    filled = [i for i, line in enumerate(lines) if line.strip()]
    prose = sorted(prose_lines(doc))
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
