"""A decoded text file: bytes -> text, lines, paragraphs, a width-folded view, and offset mapping.

Every check reads a Document and reports offsets into ``doc.text``; ``doc.position`` turns an
offset into a 1-based line and a 1-based column counted in Unicode code points. ``doc.folded`` has
exactly the same length as ``doc.text``, so a match found in the folded view maps back exactly.
"""

from __future__ import annotations

import bisect
import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeVar

from seedlint.model import Edit, Finding, Fix, Rule

T = TypeVar("T")

_NEWLINE = re.compile(r"\r\n|\r|\n")
_BLANK = re.compile(r"[\s\u3000]*")
# Encodings chardet reports for simplified-Chinese text; gb18030 is their superset, so decoding as
# gb18030 never loses a character that the narrower name would have decoded.
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "cp936", "hz-gb-2312", "euc-cn"}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Full-width ASCII forms U+FF01..U+FF5E fold to U+0021..U+007E, the ideographic space to a space:
# one code point for one, so offsets survive the fold.
_WIDTH_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH_FOLD[0x3000] = 0x20


def width_fold(text: str) -> str:
    """Fold full-width ASCII forms and the ideographic space to ASCII, keeping the length."""
    return text.translate(_WIDTH_FOLD)


@dataclass(frozen=True)
class Paragraph:
    """A blank-line separated block: ``text`` is ``doc.text[start:end]``; lines are 1-based."""

    start: int
    end: int
    first_line: int
    last_line: int
    text: str


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    bom: bool
    confidence: float
    undecodable: tuple[int, ...]


def decode(raw: bytes) -> Decoded:
    """Decode bytes the way a careful reader would: BOM first, then UTF-8, then chardet.

    Bytes that cannot be decoded become U+FFFD and their text offsets are kept in
    ``undecodable``, so a broken byte is a finding and never a crash.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            text, bad = _decode_with(raw[len(bom) :], encoding)
            name = "utf-8" if encoding == "utf-8" else encoding.rsplit("-", 1)[0]
            return Decoded(text, name, True, 1.0, bad)
    try:
        return Decoded(raw.decode("utf-8"), "utf-8", False, 1.0, ())
    except UnicodeDecodeError:
        pass
    text, bad = _decode_with(raw, "utf-8")
    valid_multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - len(bad)
    if valid_multibyte >= 4 * len(bad):
        # Mostly valid UTF-8 with a few broken bytes: a damaged UTF-8 file, not another encoding.
        return Decoded(text, "utf-8", False, 1.0, bad)
    import chardet  # imported here: most files are UTF-8 and never need it

    guess = chardet.detect(raw[:262144])
    encoding = (guess.get("encoding") or "utf-8").lower()
    confidence = float(guess.get("confidence") or 0.0)
    if encoding in _GB_FAMILY:
        encoding = "gb18030"
    try:
        codecs.lookup(encoding)
    except LookupError:
        encoding = "utf-8"
    text, bad = _decode_with(raw, encoding)
    return Decoded(text, encoding, False, confidence, bad)


def _decode_with(raw: bytes, encoding: str) -> tuple[str, tuple[int, ...]]:
    text = raw.decode(encoding, errors="surrogateescape")
    bad = tuple(i for i, ch in enumerate(text) if 0xDC80 <= ord(ch) <= 0xDCFF)
    if bad:
        text = re.sub("[\udc80-\udcff]", "\ufffd", text)
    return text, bad


class Document:
    """One file's decoded content and the views checks need, computed lazily and shared."""

    def __init__(
        self,
        text: str,
        path: str = "-",
        *,
        encoding: str = "utf-8",
        bom: bool = False,
        raw_length: int | None = None,
        confidence: float = 1.0,
        undecodable: tuple[int, ...] = (),
    ) -> None:
        self.path = path
        self.text = text
        self.encoding = encoding
        self.bom = bom
        self.raw_length = len(text.encode("utf-8")) if raw_length is None else raw_length
        self.encoding_confidence = confidence
        self.undecodable = undecodable
        self._memo: dict[str, Any] = {}

    @classmethod
    def from_bytes(cls, raw: bytes, path: str = "-") -> Document:
        decoded = decode(raw)
        return cls(
            decoded.text,
            path,
            encoding=decoded.encoding,
            bom=decoded.bom,
            raw_length=len(raw),
            confidence=decoded.confidence,
            undecodable=decoded.undecodable,
        )

    # Views -----------------------------------------------------------------------------------

    @cached_property
    def folded(self) -> str:
        """The width-folded text: same length as ``text``; match on this, report offsets of it."""
        return width_fold(self.text)

    @cached_property
    def line_starts(self) -> list[int]:
        return [0] + [m.end() for m in _NEWLINE.finditer(self.text)]

    @cached_property
    def newlines(self) -> dict[str, int]:
        """How many line breaks of each style ("\\n", "\\r\\n", "\\r") the file has."""
        counts: dict[str, int] = {}
        for m in _NEWLINE.finditer(self.text):
            counts[m.group()] = counts.get(m.group(), 0) + 1
        return counts

    @cached_property
    def lines(self) -> list[str]:
        """The lines without their line breaks; a final line break does not start a new line."""
        lines = _NEWLINE.split(self.text)
        if len(lines) > 1 and lines[-1] == "":
            lines.pop()
        return lines

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        """Blank-line separated blocks (a line of only spaces, tabs or U+3000 counts as blank)."""
        paragraphs: list[Paragraph] = []
        start_line = None
        for number, line in enumerate(self.lines, start=1):
            blank = _BLANK.fullmatch(line) is not None
            if not blank and start_line is None:
                start_line = number
            if blank and start_line is not None:
                paragraphs.append(self._paragraph(start_line, number - 1))
                start_line = None
        if start_line is not None:
            paragraphs.append(self._paragraph(start_line, len(self.lines)))
        return paragraphs

    def _paragraph(self, first: int, last: int) -> Paragraph:
        start = self.line_starts[first - 1]
        end = self.line_starts[last - 1] + len(self.lines[last - 1])
        return Paragraph(start, end, first, last, self.text[start:end])

    def line_span(self, number: int) -> tuple[int, int]:
        """Start and end offsets of 1-based line ``number`` without its line break."""
        start = self.line_starts[number - 1]
        return start, start + len(self.lines[number - 1])

    def line_span_with_break(self, number: int) -> tuple[int, int]:
        """Like ``line_span`` but including the line break, for edits that delete whole lines."""
        start = self.line_starts[number - 1]
        end = self.line_starts[number] if number < len(self.line_starts) else len(self.text)
        return start, end

    # Offsets -> positions --------------------------------------------------------------------

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a text offset; columns count code points."""
        offset = max(0, min(offset, len(self.text)))
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def finding(
        self,
        rule: Rule,
        start: int,
        end: int,
        message: str,
        *,
        fix: Fix | None = None,
        matched: str | None = None,
    ) -> Finding:
        """Build a Finding for ``text[start:end]``; ``matched`` overrides the quoted text."""
        line, column = self.position(start)
        end_line, end_column = self.position(max(start, end))
        return Finding(
            path=self.path,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            code=rule.code,
            name=rule.name,
            severity=rule.severity,
            message=message,
            matched=self.text[start:end] if matched is None else matched,
            fix=fix,
            start=start,
            end=end,
            line_text=self._display_line(line),
        )

    def _display_line(self, line: int) -> str:
        """The finding's line for reporters that show source; omitted for very long lines."""
        text = self.lines[line - 1] if line <= len(self.lines) else ""
        return text if len(text) <= 1000 else ""

    def delete_lines_fix(self, first: int, last: int) -> Fix:
        """A safe fix deleting lines ``first..last`` and the blank lines that would be left behind
        (so removing a block never leaves a double gap), used by the boilerplate and spam rules."""
        while last < len(self.lines) and _BLANK.fullmatch(self.lines[last]):
            last += 1
        if last == len(self.lines):
            # Deleting through the end: also drop the blank lines before, and end with one break.
            while first > 1 and _BLANK.fullmatch(self.lines[first - 2]):
                first -= 1
            start = self.line_starts[first - 1]
            if first > 1:
                start -= len(self._break_before(first))
            return Fix((Edit(start, len(self.text), self._final_break(start)),))
        start = self.line_starts[first - 1]
        end = self.line_span_with_break(last)[1]
        return Fix((Edit(start, end, ""),))

    def _break_before(self, line: int) -> str:
        start = self.line_starts[line - 1]
        return "\r\n" if self.text[max(0, start - 2) : start] == "\r\n" else self.text[start - 1]

    def _final_break(self, start: int) -> str:
        """Keep the file's trailing line break when deleting up to the end."""
        if start == 0 or not self.text.endswith(("\n", "\r")):
            return ""
        return "\r\n" if self.text.endswith("\r\n") else self.text[-1]

    # Shared analyses ------------------------------------------------------------------------

    def memo(self, key: str, compute: Callable[[Document], T]) -> T:
        """Compute an analysis once per document and share it between checks
        (language detection, sentence splits, amounts)."""
        if key not in self._memo:
            self._memo[key] = compute(self)
        return self._memo[key]
