"""A decoded text file: bytes -> text, lines, paragraphs, a width-folded view, and offset mapping.

Every check reads a Document and reports offsets into ``doc.text``; ``doc.position`` turns an
offset into a 1-based line and a 1-based column counted in Unicode code points. ``doc.folded`` has
exactly the same length as ``doc.text``, so a match found in the folded view maps back exactly.
"""

from __future__ import annotations

import bisect
import codecs
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeVar, cast

from seedlint.model import Edit, Finding, Fix, Rule
from seedlint.text.chars import width_fold

T = TypeVar("T")

_NEWLINE = re.compile(r"\r\n|\r|\n")
_BLANK = re.compile(r"[\s\u3000]*")
_SURROGATE = re.compile("[\ud800-\udfff]")
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
# Codecs that write a byte-order mark of their own (or pick the machine's byte order): seedlint
# always writes with the explicit codec and adds exactly one mark itself.
_EXPLICIT = {"utf-16": "utf-16-le", "utf-32": "utf-32-le", "utf-8-sig": "utf-8"}
# How many bytes the UTF-16/32 sniff looks at (the engine passes at most this much to looks_binary).
_SNIFF = 8192

UNDECODABLE = "seedlint-undecodable"


def _escape_undecodable(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: each undecodable byte b becomes the lone surrogate U+DC00+b.

    Like ``surrogateescape``, but it also works for bytes below 0x80 and for UTF-16/32, whose
    decoders reject what ``surrogateescape`` would return. ``decode`` then turns every surrogate
    into U+FFFD and records its offset, so one undecodable byte is one code point of text."""
    if isinstance(exc, UnicodeDecodeError):
        return "".join(chr(0xDC00 + b) for b in exc.object[exc.start : exc.end]), exc.end
    raise exc


codecs.register_error(UNDECODABLE, _escape_undecodable)


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
    """``encoding`` is the name shown to people; ``codec`` the exact Python codec (explicit byte
    order, never one that writes its own byte-order mark) that ``encode`` writes the text back with.
    When ``undecodable`` and ``unwritable`` are empty, ``encode(text, codec, bom)`` gives back the
    original bytes."""

    text: str
    encoding: str
    bom: bool
    confidence: float
    undecodable: tuple[int, ...]
    codec: str = "utf-8"
    # For a weak guess: another encoding the detector considered that reads the bytes differently.
    alternative: str | None = None
    # Offsets of characters read right but written back as other bytes: codecs with duplicate
    # mappings (Big5, cp932) read two byte sequences as one character and write only one of them.
    unwritable: tuple[int, ...] = ()


def codec_of(encoding: str) -> str:
    """The exact codec for an encoding name: Python's canonical name, with an explicit byte order
    (``utf-16`` is written little-endian) and without a codec-added byte-order mark."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return "utf-8"
    return _EXPLICIT.get(name, name)


def encode(text: str, codec: str, bom: bool) -> bytes:
    """Write ``text`` in ``codec``; with ``bom``, exactly one byte-order mark for the codec's byte
    order comes first (EF BB BF for UTF-8). Raises UnicodeEncodeError for text the codec cannot hold
    and LookupError for an unknown codec (never silently writes another encoding)."""
    name = codecs.lookup(codec).name
    name = _EXPLICIT.get(name, name)
    mark = "\ufeff".encode(name) if bom else b""
    return mark + text.encode(name)


def decode(raw: bytes) -> Decoded:
    """Decode bytes the way a careful reader would: BOM first, then a UTF-16/32 NUL pattern, then
    ISO-2022 escape sequences in 7-bit bytes, then UTF-8, then chardet. Never raises.

    Bytes that cannot be decoded become U+FFFD and their text offsets are kept in
    ``undecodable``, so a broken byte is a finding and never a crash. A guessed codec that does not
    give back the same bytes when writing the text keeps the characters it read and marks those it
    would write differently as ``unwritable``, so a file whose text cannot be written back exactly is
    never rewritten.
    """
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            text, bad = _decode_with(raw[len(bom) :], codec)
            if codec == "utf-32-le" and bad:
                # FF FE 00 00 is also a UTF-16-LE mark followed by U+0000.
                text16, bad16 = _decode_with(raw[2:], "utf-16-le")
                if len(bad16) + sum(map(_is_junk, text16)) < len(bad) + sum(map(_is_junk, text)):
                    return Decoded(text16, "utf-16", True, 1.0, bad16, "utf-16-le")
            name = "utf-8" if codec == "utf-8" else codec.rsplit("-", 1)[0]
            return Decoded(text, name, True, 1.0, bad, codec)
    if b"\x00" in raw:
        wide = _wide_codec(raw[:_SNIFF])
        if wide is not None:
            text, bad = _decode_with(raw, wide)
            return Decoded(text, wide, False, 1.0, bad, wide)
    if b"\x1b" in raw:
        seven_bit = _iso2022(raw)
        if seven_bit is not None:
            return seven_bit
    try:
        return Decoded(raw.decode("utf-8"), "utf-8", False, 1.0, (), "utf-8")
    except UnicodeDecodeError:
        pass
    text, bad = _decode_with(raw, "utf-8")
    valid_multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - len(bad)
    if valid_multibyte >= 4 * len(bad):
        # Mostly valid UTF-8 with a few broken bytes: a damaged UTF-8 file, not another encoding.
        return Decoded(text, "utf-8", False, 1.0, bad, "utf-8")
    return _guess(raw) or Decoded(text, "utf-8", False, 1.0, bad, "utf-8")


# ISO-2022 designations (7-bit Japanese and Korean e-mail and news text): ESC $ B, ESC $ @, ESC ( J
# and ESC $ ( D for Japanese, ESC $ ) C for Korean. Those bytes are ASCII, so UTF-8 would read them
# as control characters around Latin letters.
_ISO2022 = (
    (re.compile(rb"\x1b\$[@B]|\x1b\$\(D|\x1b\([JI]"), ("iso2022_jp", "iso2022_jp_2", "iso2022_jp_ext"), "iso-2022-jp"),
    (re.compile(rb"\x1b\$\)C"), ("iso2022_kr",), "iso-2022-kr"),
)


def _iso2022(raw: bytes) -> Decoded | None:
    """7-bit bytes with ISO-2022 escape sequences, decoded with the first codec that gives back the
    very same bytes when the text is written, else the first whose written bytes read back as the
    same text (a stateful codec may choose other, equivalent escapes: ESC ( B for ESC ( J)."""
    if max(raw, default=0) >= 0x80:
        return None
    for designation, candidates, name in _ISO2022:
        if not designation.search(raw):
            continue
        equivalent: Decoded | None = None
        for codec in candidates:
            try:
                text = raw.decode(codec)
                written = text.encode(codec)
            except (UnicodeError, LookupError):
                continue
            if written == raw:
                return Decoded(text, name, False, 1.0, (), codec)
            if equivalent is None and written.decode(codec) == text:
                equivalent = Decoded(text, name, False, 1.0, (), codec)
        if equivalent is not None:
            return equivalent
    return None


def _guess(raw: bytes) -> Decoded | None:
    """chardet's reading of bytes that are not UTF-8, or None when it has none that works."""
    try:
        import chardet  # imported here: most files are UTF-8 and never need it

        sample = raw[:262144]
        candidates = [g for g in chardet.detect_all(sample) if g.get("encoding")] or [chardet.detect(sample)]
        guess = candidates[0]
        encoding = str(guess.get("encoding") or "").lower()
        confidence = float(guess.get("confidence") or 0.0)
    except Exception:  # a detector failure must not stop the lint
        return None
    if not encoding:
        # chardet calls BOM-less UTF-16 without NUL bytes (pure CJK text) binary.
        wide = _wide_by_content(raw[:_SNIFF])
        if wide is None:
            return None
        text, bad = _decode_with(raw, wide)
        return Decoded(text, wide, False, confidence, bad, wide)
    if encoding in _GB_FAMILY:
        encoding = "gb18030"
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None
    codec = _EXPLICIT.get(info.name, info.name)
    if info.name in ("utf-16", "utf-32"):
        codec = _byte_order(raw, info.name)
    try:
        text, bad = _decode_with(raw, codec)
        unwritable: tuple[int, ...] = ()
        if not bad and text.encode(codec) != raw:
            text, bad, unwritable = _exact_units(raw, codec)
            if not bad and not unwritable:
                return None  # the codec writes other bytes and cannot say which characters
    except Exception:  # a codec that fails other than by undecodable bytes
        return None
    alternative = _alternative(sample, text, candidates[1:]) if confidence < WEAK_GUESS else None
    return Decoded(text, encoding, False, confidence, bad, codec, alternative, unwritable)


# Below this confidence a detector's guess is reported as weak, with another reading of the bytes.
WEAK_GUESS = 0.5


def _alternative(sample: bytes, text: str, others: Sequence[Mapping[str, Any]]) -> str | None:
    """The first other candidate whose reading of the sample differs from the chosen text."""
    for other in others:
        name = str(other.get("encoding") or "").lower()
        try:
            reading = sample.decode(name)
        except (LookupError, UnicodeError):
            continue
        if reading != text[: len(reading)]:
            return name
    return None


def _decode_with(raw: bytes, codec: str) -> tuple[str, tuple[int, ...]]:
    """Decode with the undecodable-byte handler; every surrogate left in the text (an escaped byte,
    or one a codec such as UTF-7 produced) becomes U+FFFD and is recorded."""
    return _replace_surrogates(raw.decode(codec, UNDECODABLE))


def _replace_surrogates(text: str) -> tuple[str, tuple[int, ...]]:
    if not _SURROGATE.search(text):
        return text, ()
    bad = tuple(m.start() for m in _SURROGATE.finditer(text))
    return _SURROGATE.sub("\ufffd", text), bad


def _exact_units(raw: bytes, codec: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """Decode one character at a time: the text, the offsets of undecodable bytes (one U+FFFD
    each) and the offsets of characters whose bytes do not come back when they are encoded
    (codecs with duplicate mappings read two byte sequences the same)."""
    decoder = codecs.getincrementaldecoder(codec)(UNDECODABLE)
    parts: list[str] = []
    bad: list[int] = []
    unwritable: list[int] = []
    length = start = 0
    for i in range(len(raw) + 1):
        chunk = decoder.decode(raw[i : i + 1], final=i == len(raw))
        if not chunk:
            continue
        consumed = raw[start : i + 1]
        start = i + 1
        if _SURROGATE.search(chunk):
            chunk, broken = _replace_surrogates(chunk)
            bad.extend(length + k for k in broken)
        else:
            try:
                exact = chunk.encode(codec) == consumed
            except UnicodeError:
                exact = False
            if not exact:
                unwritable.extend(range(length, length + len(chunk)))
        parts.append(chunk)
        length += len(chunk)
    return "".join(parts), tuple(bad), tuple(unwritable)


# UTF-16/32 and binary sniffing ----------------------------------------------------------------


def looks_binary(head: bytes) -> bool:
    """Is a file that begins with ``head`` (at most its first 8 KB) binary?

    NUL bytes mean binary unless the bytes are UTF-16/32 text: the byte order comes from a BOM or
    the NUL pattern, and the decoded head must read as text (few controls, NULs or undecodable
    units). A BOM alone exempts nothing: a BOM followed by NUL bytes is binary. Never imports chardet.
    """
    if b"\x00" not in head:
        return False
    for bom, codec in _BOMS:
        if codec != "utf-8" and head.startswith(bom):
            body = head[len(bom) :]
            if _reads_as_text(body, codec):
                return False
            if codec == "utf-32-le" and _reads_as_text(head[2:], "utf-16-le"):
                return False
            return True
    return _wide_codec(head) is None


def _wide_codec(head: bytes) -> str | None:
    """The UTF-16/32 codec (explicit byte order) of BOM-less bytes with NUL bytes, decided by the
    positions of the NULs (as chardet and charset-normalizer do) and checked by decoding them."""
    for codec in _parity_candidates(head):
        if _reads_as_text(head, codec):
            return codec
    return _wide_by_content(head)


def _parity_candidates(head: bytes) -> list[str]:
    candidates = []
    n4 = len(head) // 4
    if n4:
        quad = head[: 4 * n4]
        # A code point is at most 0x10FFFF: its top byte is always 0, the next at most 0x10.
        if quad[3::4].count(0) == n4 and max(quad[2::4]) <= 0x10:
            candidates.append("utf-32-le")
        if quad[0::4].count(0) == n4 and max(quad[1::4]) <= 0x10:
            candidates.append("utf-32-be")
    n2 = len(head) // 2
    if n2:
        even, odd = head[0 : 2 * n2 : 2].count(0), head[1 : 2 * n2 : 2].count(0)
        # ASCII in UTF-16-LE has its NUL at odd offsets; a few U+xx00 characters (一 is U+4E00)
        # put some at even ones. Scattered NULs (binary data, a stray NUL in UTF-8) fall at either
        # parity by chance, so a handful of them proves nothing: ask for 8, or a quarter of the units.
        # A few NULs in what is otherwise UTF-8 can still line up by chance: unless NULs are in a
        # quarter of the units (ASCII-heavy UTF-16), the bytes without them must not be UTF-8.
        needed = min(8, max(1, n2 // 4))
        for dominant, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
            if dominant >= needed and other * 4 <= dominant and (dominant * 4 >= n2 or not _utf8_but_nuls(head)):
                candidates.append(codec)
    return candidates


def _utf8_but_nuls(head: bytes) -> bool:
    """Do these bytes read as UTF-8 once their NUL bytes are dropped (allowing a cut character)?"""
    rest = head.replace(b"\x00", b"")
    _, bad = _decode_with(rest, "utf-8")
    return len(bad) <= 3 + len(rest) // 100


def _units(data: bytes, codec: str) -> str:
    size = 4 if "32" in codec else 2
    return data[: len(data) - len(data) % size].decode(codec, UNDECODABLE)


def _reads_as_text(data: bytes, codec: str) -> bool:
    """Decoded with ``codec``, do these bytes read as text? Binary shows up as C0/C1 controls other
    than tab/CR/LF/FF, U+0000, undecodable units, unassigned or private-use code points."""
    text = _units(data, codec)
    if not text:
        return True
    junk = sum(1 for ch in text if _is_junk(ch))
    return junk * 10 <= len(text)


def _is_junk(ch: str) -> bool:
    if ch in "\t\n\r\f":
        return False
    return unicodedata.category(ch) in ("Cc", "Cs", "Cn", "Co")


def _common_text(ch: str) -> bool:
    """Characters ordinary text is made of: ASCII, Latin/Greek/Cyrillic letters, CJK ideographs and
    punctuation, kana, Hangul, full-width forms and the common typographic punctuation."""
    cp = ord(ch)
    return (
        0x20 <= cp < 0x7F
        or ch in "\t\n\r"
        or 0xA0 <= cp < 0x530
        or 0x3000 <= cp < 0x3100
        or 0x4E00 <= cp < 0xA000
        or 0xAC00 <= cp < 0xD7A4
        or 0xFF00 <= cp < 0xFFF0
        or ch in "\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2030\u20ac"
    )


def _wide_by_content(head: bytes) -> str | None:
    """BOM-less UTF-16 whose NUL bytes (if any) show no byte order: accept an order only when
    nearly everything it decodes to is ordinary text. Random bytes read as UTF-16 are spread over
    the whole BMP and fall far short; so does UTF-8 text read as UTF-16."""
    if len(head) < 16:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        text = _units(head, codec)
        if sum(map(_common_text, text)) >= 0.97 * len(text):
            return codec
    return None


def _byte_order(raw: bytes, family: str) -> str:
    """The explicit codec for BOM-less bytes chardet calls plain "utf-16" or "utf-32"."""
    head = raw[:_SNIFF]
    for codec in _parity_candidates(head):
        if codec.startswith(family):
            return codec
    options = [f"{family}-le", f"{family}-be"]
    return min(options, key=lambda c: sum(map(_is_junk, _units(head, c))))


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
        codec: str | None = None,
        alternative: str | None = None,
        unwritable: tuple[int, ...] = (),
    ) -> None:
        # Any Python str is accepted: a lone surrogate (which no encoder can write) becomes U+FFFD,
        # one code point for one so offsets stay, and is reported as undecodable (SL007).
        text, lone = _replace_surrogates(text)
        if lone:
            undecodable = tuple(sorted(set(undecodable).union(lone)))
        self.path = path
        self.text = text
        self.encoding = encoding
        # The exact codec the file is written back with (explicit byte order, no codec-added BOM).
        self.codec = codec_of(encoding) if codec is None else codec
        self.bom = bom
        self.raw_length = len(text.encode("utf-8")) if raw_length is None else raw_length
        self.encoding_confidence = confidence
        self.encoding_alternative = alternative
        self.undecodable = undecodable
        self.unwritable = unwritable
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
            codec=decoded.codec,
            alternative=decoded.alternative,
            unwritable=decoded.unwritable,
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
        return cast(T, self._memo[key])
