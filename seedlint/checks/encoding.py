"""SL0xx encoding: how the bytes became text, and what decoding accidents left in the text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from seedlint.document import Document
from seedlint.model import Applicability, Edit, Finding, Fix, Rule, Severity, explain

NON_UTF8 = Rule(
    code="SL001",
    name="non-utf8-encoding",
    severity=Severity.WARNING,
    summary="File is not encoded as UTF-8",
    explanation=explain(
        "Reports a file that is not valid UTF-8 and names the encoding it was decoded with "
        "(chardet's guess; the GB2312/GBK family is read as GB18030).",
        "Pipelines, tokenizers and diff tools assume UTF-8. A GBK or Big5 file read as UTF-8 turns "
        "into replacement characters or mojibake downstream, silently.",
        "A news article saved as GBK: `seeds/article.txt:1:1: SL001 File is encoded as gb18030, not UTF-8`.",
        "`seedlint check --fix --unsafe-fixes` rewrites the file as UTF-8. The fix is unsafe because "
        "other tools may expect the old encoding.",
    ),
    fail_examples=(
        "科技巨头纷纷向人工智能初创公司投资，以换取云计算业务的收入。".encode("gb18030"),
        "這是一篇以繁體中文撰寫的新聞報導，內容涉及科技公司的投資。".encode("big5"),
        "科技巨头纷纷向人工智能初创公司投资。".encode("utf-16"),
    ),
    pass_examples=(
        "科技巨头纷纷向人工智能初创公司投资。".encode(),
        b"Plain ASCII text is valid UTF-8.",
    ),
    fixable=True,
)

UTF8_BOM = Rule(
    code="SL002",
    name="utf8-bom",
    severity=Severity.WARNING,
    summary="File starts with a UTF-8 byte-order mark",
    explanation=explain(
        "Reports a UTF-8 file that begins with the byte-order mark EF BB BF.",
        "UTF-8 needs no byte-order mark. Tools that do not expect one keep it as an invisible U+FEFF "
        "at the start of the first line, which breaks exact matching of titles and field names.",
        "`\\ufeff来源:新华社` — the first line starts with an invisible character.",
        "`seedlint check --fix` rewrites the file without the mark (safe).",
    ),
    fail_examples=(b"\xef\xbb\xbf\xe6\x9d\xa5\xe6\xba\x90: Reuters\n",),
    pass_examples=(b"Source: Reuters\n", "\u6765\u6e90: Reuters\n"),
    fixable=True,
)

REPLACEMENT_CHARACTER = Rule(
    code="SL003",
    name="replacement-character",
    severity=Severity.ERROR,
    summary="Text contains U+FFFD replacement characters",
    explanation=explain(
        "Reports runs of U+FFFD (�) stored in the file itself.",
        "U+FFFD is what a decoder writes when it gives up on bytes. The original characters are "
        "gone; the sentence around them no longer says what the author wrote.",
        "`微软向OpenAI投资了��亿美元`",
        "Recover the text from the original source; the lost characters cannot be guessed.",
    ),
    fail_examples=("微软向OpenAI投资了\ufffd\ufffd亿美元。\n", "The company said \ufffd it would invest.\n"),
    pass_examples=("微软向OpenAI投资了10亿美元。\n",),
)

MOJIBAKE = Rule(
    code="SL004",
    name="mojibake",
    severity=Severity.ERROR,
    summary="Text was decoded with the wrong encoding (mojibake)",
    explanation=explain(
        "Reports garbled runs that arise when text is decoded with the wrong encoding: `锟斤拷` "
        "(UTF-8 replacement bytes read as GBK), `Ã©`/`â€™` (UTF-8 read as Latin-1 or Windows-1252), "
        "and Chinese text whose bytes were UTF-8 but were read as GBK. A run is reported only when "
        "re-encoding it gives valid UTF-8 (or is the literal `锟斤拷`).",
        "Mojibake is unreadable for people and poison for models: it looks like text, so it passes "
        "length and language filters.",
        "`Itâ€™s a cafÃ© in MontrÃ©al` (should be `It’s a café in Montréal`).",
        "Re-decode the original bytes with the right encoding (e.g. `ftfy` can repair Latin-1 mojibake).",
    ),
    fail_examples=(
        "It\u00e2\u20ac\u2122s a caf\u00c3\u00a9 in Montr\u00c3\u00a9al.\n",
        "标题：锟斤拷锟斤拷锟斤拷\n",
        "科技巨头纷纷向人工智能初创公司投资".encode().decode("gb18030", errors="replace") + "\n",
    ),
    pass_examples=(
        "A café in Montréal, naïve façade, Ångström, São Paulo.\n",
        "科技巨头纷纷向人工智能初创公司投资，以换取云计算业务的收入。\n",
        "© 2024 Reuters — “quoted” text… ±5 °C, 90% of £3 and €4.\n",
    ),
)

INVISIBLE_CHARACTER = Rule(
    code="SL005",
    name="invisible-character",
    severity=Severity.WARNING,
    summary="Text contains invisible or control characters",
    explanation=explain(
        "Reports zero-width characters (U+200B, U+2060, a stray U+FEFF, and U+200C/U+200D between "
        "letters where no script needs them), bidirectional controls (U+202A–U+202E, U+2066–U+2069, "
        "U+200E, U+200F, U+061C) and C0/C1 control characters other than tab and line breaks.",
        "Invisible characters split words that look whole, defeat deduplication and exact matching, "
        "and bidi controls can make text display differently from what it says.",
        "`Anthro\\u200bpic` looks like `Anthropic` but does not match it.",
        "`seedlint check --fix` deletes them (unsafe for bidi controls, which right-to-left text may need).",
    ),
    fail_examples=("Anthro\u200bpic raised money.\n", "投资\u202e了\n", "A\x07bell\n", "微软\u200d和亚马逊\n"),
    pass_examples=("Tab\tseparated\tvalues\n", "family emoji 👩\u200d👩\u200d👧 stays\n", "普通的中文文本。\n"),
    fixable=True,
)

MIXED_LINE_ENDINGS = Rule(
    code="SL006",
    name="mixed-line-endings",
    severity=Severity.WARNING,
    summary="File mixes line-ending styles (LF, CRLF, CR)",
    explanation=explain(
        "Reports a file whose lines end in more than one style, pointing at the first line that "
        "differs from the most common style.",
        "Mixed endings usually mean text was pasted together from different sources; they produce "
        "noisy diffs and stray `\\r` characters in lines after splitting on `\\n`.",
        "`line one\\r\\nline two\\nline three\\n`",
        "`seedlint check --fix` rewrites every line ending in the file's most common style (safe).",
    ),
    fail_examples=("one\r\ntwo\nthree\n", "one\rtwo\nthree\n"),
    pass_examples=("one\ntwo\nthree\n", "one\r\ntwo\r\n"),
    fixable=True,
)

UNDECODABLE_BYTES = Rule(
    code="SL007",
    name="undecodable-bytes",
    severity=Severity.ERROR,
    summary="Bytes that cannot be decoded in the file's encoding",
    explanation=explain(
        "Reports byte sequences that are invalid in the encoding the file was decoded with; "
        "they are shown as U+FFFD in other findings.",
        "A truncated or corrupted file loses characters at these places; the text around them "
        "may be cut mid-word or mid-number.",
        "A UTF-8 article with a lone byte `\\xe4` where a character was cut in half.",
        "Recover the bytes from the original source.",
    ),
    fail_examples=("微软向OpenAI投资了十亿美元，成为最大的股东之一。".encode() + b"\xe4\xb8 end\n",),
    pass_examples=("微软向OpenAI投资了十亿美元。".encode(),),
)

EMPTY_FILE = Rule(
    code="SL008",
    name="empty-file",
    severity=Severity.WARNING,
    summary="File is empty or holds only whitespace",
    explanation=explain(
        "Reports a document with no visible character.",
        "An empty seed document is a failed scrape; it counts as a document in corpus statistics "
        "while contributing nothing.",
        "A file of zero bytes, or of blank lines only.",
        "Re-fetch the document or remove it from the corpus.",
    ),
    fail_examples=("", "\n\n  \n", "\u3000\n"),
    pass_examples=("x\n",),
)

_INVISIBLE = re.compile(
    "[\u200b\u2060\ufeff\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f\u200c\u200d]+"
)
_BIDI = set("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_JOINERS = set("\u200c\u200d")
_CP1252_HIGH = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
# UTF-8 lead byte read as Latin-1/cp1252 (Â..ô) followed by continuation bytes read the same way.
_LATIN_MOJIBAKE = re.compile(f"(?:[\u00c2-\u00f4][{_CP1252_HIGH}]{{1,3}})+")
_GBK_MARKER = re.compile("(?:锟斤拷|烫烫烫|屯屯屯)+")
# Candidate runs for UTF-8-read-as-GBK: non-ASCII, non-space, not CJK punctuation, 6 or more.
_CJK_RUN = re.compile("[^\\x00-\\x7f\\s\\u3000-\\u303f\\uff00-\\uffef]{6,}")


def _letterlike(ch: str) -> bool:
    return ch.isascii() and ch.isalnum() or "\u3400" <= ch <= "\u9fff"


class EncodingCheck:
    name = "encoding"
    rules = (
        NON_UTF8,
        UTF8_BOM,
        REPLACEMENT_CHARACTER,
        MOJIBAKE,
        INVISIBLE_CHARACTER,
        MIXED_LINE_ENDINGS,
        UNDECODABLE_BYTES,
        EMPTY_FILE,
    )
    options: dict[str, Any] = {}

    def __init__(self, options: dict[str, Any]) -> None:
        self.settings = options

    def check(self, doc: Document, enabled: frozenset[str]) -> Iterator[Finding]:
        if doc.encoding != "utf-8":
            confidence = f" (confidence {doc.encoding_confidence:.0%})" if doc.encoding_confidence < 1 else ""
            yield doc.finding(
                NON_UTF8,
                0,
                0,
                f"File is encoded as {doc.encoding}{confidence}, not UTF-8",
                matched=doc.encoding,
                fix=Fix((), Applicability.UNSAFE, encoding="utf-8"),
            )
        elif doc.bom:
            yield doc.finding(
                UTF8_BOM,
                0,
                0,
                "File starts with a UTF-8 byte-order mark",
                matched="\ufeff",
                fix=Fix((), Applicability.SAFE, encoding="utf-8"),
            )
        if not doc.text.strip(" \t\r\n\u3000\ufeff"):
            what = "empty" if not doc.text else "only whitespace"
            yield doc.finding(EMPTY_FILE, 0, 0, f"File is {what}", matched="")
            return
        yield from self._undecodable(doc)
        yield from self._replacement(doc)
        if MOJIBAKE.code in enabled:
            yield from self._mojibake(doc)
        if INVISIBLE_CHARACTER.code in enabled:
            yield from self._invisible(doc)
        if len(doc.newlines) > 1:
            yield self._mixed_endings(doc)

    def _undecodable(self, doc: Document) -> Iterator[Finding]:
        for start, end in _runs(doc.undecodable):
            count = end - start
            yield doc.finding(
                UNDECODABLE_BYTES,
                start,
                end,
                f"{count} byte{'s' if count > 1 else ''} cannot be decoded as {doc.encoding}",
            )

    def _replacement(self, doc: Document) -> Iterator[Finding]:
        broken = set(doc.undecodable)
        for m in re.finditer("\ufffd+", doc.text):
            own = [i for i in range(m.start(), m.end()) if i not in broken]
            for start, end in _runs(own):
                yield doc.finding(
                    REPLACEMENT_CHARACTER,
                    start,
                    end,
                    f"{end - start} replacement character{'s' if end - start > 1 else ''} (U+FFFD): "
                    "text was lost in an earlier decoding",
                )

    def _mojibake(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _GBK_MARKER.finditer(text):
            yield doc.finding(MOJIBAKE, m.start(), m.end(), f"Mojibake `{m.group()}`: bytes decoded as GBK garbage")
        for m in _LATIN_MOJIBAKE.finditer(text):
            repaired = _repair_latin(m.group())
            if repaired:
                yield doc.finding(
                    MOJIBAKE,
                    m.start(),
                    m.end(),
                    f"Mojibake `{m.group()}`: UTF-8 read as Windows-1252; probably `{repaired}`",
                )
        for m in _CJK_RUN.finditer(text):
            repaired = _repair_gbk(m.group())
            if repaired:
                yield doc.finding(
                    MOJIBAKE,
                    m.start(),
                    m.end(),
                    f"Mojibake `{m.group()}`: UTF-8 read as GBK; probably `{repaired}`",
                )

    def _invisible(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _INVISIBLE.finditer(text):
            chars = m.group()
            if set(chars) <= _JOINERS:
                before = text[m.start() - 1] if m.start() else " "
                after = text[m.end()] if m.end() < len(text) else " "
                # Joiners are required inside emoji sequences and in Arabic and Indic scripts.
                if not (_letterlike(before) or before.isspace()) or not (_letterlike(after) or after.isspace()):
                    continue
            names = ", ".join(dict.fromkeys(f"U+{ord(c):04X} {unicodedata.name(c, 'CONTROL')}" for c in chars))
            unsafe = any(c in _BIDI for c in chars)
            yield doc.finding(
                INVISIBLE_CHARACTER,
                m.start(),
                m.end(),
                f"Invisible character{'s' if len(chars) > 1 else ''}: {names}",
                fix=Fix((Edit(m.start(), m.end(), ""),), Applicability.UNSAFE if unsafe else Applicability.SAFE),
            )

    def _mixed_endings(self, doc: Document) -> Finding:
        names = {"\n": "LF", "\r\n": "CRLF", "\r": "CR"}
        counts = doc.newlines
        majority = max(counts, key=lambda k: (counts[k], k == "\n"))
        edits = []
        first = None
        for m in re.finditer(r"\r\n|\r|\n", doc.text):
            if m.group() != majority:
                edits.append(Edit(m.start(), m.end(), majority))
                first = m if first is None else first
        assert first is not None
        summary = ", ".join(f"{n} {names[k]}" for k, n in sorted(counts.items(), key=lambda kv: -kv[1]))
        return doc.finding(
            MIXED_LINE_ENDINGS,
            first.start(),
            first.start(),
            f"Mixed line endings ({summary}); this line ends in {names[first.group()]}, most end in {names[majority]}",
            matched=names[first.group()],
            fix=Fix(tuple(edits), Applicability.SAFE),
        )


def _runs(offsets: list[int] | tuple[int, ...]) -> Iterator[tuple[int, int]]:
    """Group sorted offsets into (start, end) runs of consecutive positions."""
    start = prev = None
    for i in offsets:
        if start is None:
            start = prev = i
        elif i == prev + 1:
            prev = i
        else:
            yield start, prev + 1
            start = prev = i
    if start is not None:
        yield start, prev + 1


def _repair_latin(run: str) -> str | None:
    try:
        repaired = run.encode("cp1252").decode("utf-8")
    except UnicodeError:
        try:
            repaired = run.encode("latin-1").decode("utf-8")
        except UnicodeError:
            return None
    return repaired if repaired != run else None


def _repair_gbk(run: str) -> str | None:
    """Chinese text whose UTF-8 bytes were decoded as GBK: re-encoding the run as GBK gives back
    mostly valid UTF-8 made of CJK characters. Ordinary Chinese text almost never does."""
    try:
        raw = run.encode("gb18030")
    except UnicodeError:
        return None
    repaired = raw.decode("utf-8", errors="replace")
    cjk = sum(1 for c in repaired if "\u3400" <= c <= "\u9fff")
    bad = repaired.count("\ufffd")
    plausible = cjk >= 3 and cjk >= 0.6 * len(repaired) and bad <= 1 + 0.1 * len(repaired)
    return repaired.replace("\ufffd", "") if plausible else None


CHECKS = (EncodingCheck,)
