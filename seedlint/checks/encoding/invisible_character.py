"""SL005 invisible-character: zero-width, bidirectional and control characters."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from seedlint.checks.encoding.mojibake import mojibake_runs
from seedlint.document import Document
from seedlint.model import Applicability, Edit, Finding, Fix, Rule, Severity, explain
from seedlint.text.chars import is_han

RULE = Rule(
    code="SL005",
    name="invisible-character",
    severity=Severity.WARNING,
    summary="Text contains invisible or control characters",
    explanation=explain(
        "Reports zero-width characters (U+200B, U+2060, a stray U+FEFF, and U+200C/U+200D between "
        "letters where no script needs them), bidirectional controls (U+202A–U+202E, U+2066–U+2069, "
        "U+200E, U+200F, U+061C) and C0/C1 control characters other than tab and line breaks. C1 controls "
        "inside a mojibake run (`Ã\\x96`, an Ö read as Latin-1) are left to SL004: they are bytes of a letter.",
        "Invisible characters split words that look whole, defeat deduplication and exact matching, "
        "and bidi controls can make text display differently from what it says.",
        "`Anthro\\u200bpic` looks like `Anthropic` but does not match it.",
        "`seedlint check --fix` deletes them (unsafe for bidi controls, which right-to-left text may need).",
    ),
    fail_examples=("Anthro\u200bpic raised money.\n", "投资\u202e了\n", "A\x07bell\n", "微软\u200d和亚马逊\n"),
    pass_examples=(
        "Tab\tseparated\tvalues\n",
        "family emoji 👩\u200d👩\u200d👧 stays\n",
        "普通的中文文本。\n",
        "Sch\u00c3\u0096nko is mojibake, not an invisible character.\n",
    ),
    fixable=True,
)


_INVISIBLE = re.compile(
    "[\u200b\u2060\ufeff\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f\u200c\u200d]+"
)
_BIDI = set("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_JOINERS = set("\u200c\u200d")


def _letterlike(ch: str) -> bool:
    return ch.isascii() and ch.isalnum() or is_han(ch)


def invisible(doc: Document) -> Iterator[Finding]:
    """SL005 findings: one per run of invisible characters, with a fix that deletes it."""
    text = doc.text
    garbled: list[tuple[int, int, str, str]] | None = None
    for m in _INVISIBLE.finditer(text):
        chars = m.group()
        if all("\x80" <= c <= "\x9f" for c in chars):
            # A C1 control is usually a byte of mojibake (`Ã\x96` is Ö read as Latin-1): inside a
            # mojibake run it belongs to SL004, and deleting it would lose the letter for good.
            garbled = mojibake_runs(doc) if garbled is None else garbled
            if any(start <= m.start() and m.end() <= end for start, end, _, _ in garbled):
                continue
        if set(chars) <= _JOINERS:
            before = text[m.start() - 1] if m.start() else " "
            after = text[m.end()] if m.end() < len(text) else " "
            # Joiners are required inside emoji sequences and in Arabic and Indic scripts.
            if not (_letterlike(before) or before.isspace()) or not (_letterlike(after) or after.isspace()):
                continue
        names = ", ".join(dict.fromkeys(f"U+{ord(c):04X} {unicodedata.name(c, 'CONTROL')}" for c in chars))
        unsafe = any(c in _BIDI for c in chars)
        yield doc.finding(
            RULE,
            m.start(),
            m.end(),
            f"Invisible character{'s' if len(chars) > 1 else ''}: {names}",
            fix=Fix((Edit(m.start(), m.end(), ""),), Applicability.UNSAFE if unsafe else Applicability.SAFE),
        )
