"""SL0xx encoding: how the bytes became text, and what decoding accidents left in the text."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from seedlint.checks.encoding import (
    empty_file,
    invisible_character,
    mixed_line_endings,
    mojibake,
    non_utf8_encoding,
    replacement_character,
    undecodable_bytes,
    utf8_bom,
)
from seedlint.document import Document
from seedlint.model import Finding

NON_UTF8 = non_utf8_encoding.RULE
UTF8_BOM = utf8_bom.RULE
REPLACEMENT_CHARACTER = replacement_character.RULE
MOJIBAKE = mojibake.RULE
INVISIBLE_CHARACTER = invisible_character.RULE
MIXED_LINE_ENDINGS = mixed_line_endings.RULE
UNDECODABLE_BYTES = undecodable_bytes.RULE
EMPTY_FILE = empty_file.RULE

__all__ = [
    "CHECKS",
    "EMPTY_FILE",
    "INVISIBLE_CHARACTER",
    "MIXED_LINE_ENDINGS",
    "MOJIBAKE",
    "NON_UTF8",
    "REPLACEMENT_CHARACTER",
    "UNDECODABLE_BYTES",
    "UTF8_BOM",
    "EncodingCheck",
]


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

    def __init__(self, options: Mapping[str, Any]) -> None:
        self.settings = options

    def check(self, doc: Document, enabled: frozenset[str]) -> Iterator[Finding]:
        # How the file was decoded is reported even for an empty file; nothing else is.
        yield from non_utf8_encoding.non_utf8(doc)
        yield from utf8_bom.utf8_bom(doc)
        if empty_file.is_empty(doc):
            yield from empty_file.empty_file(doc)
            return
        yield from undecodable_bytes.undecodable(doc)
        yield from replacement_character.replacement(doc)
        if MOJIBAKE.code in enabled:
            yield from mojibake.mojibake(doc)
        if INVISIBLE_CHARACTER.code in enabled:
            yield from invisible_character.invisible(doc)
        yield from mixed_line_endings.mixed_endings(doc)


CHECKS = (EncodingCheck,)
