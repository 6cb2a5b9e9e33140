"""SL6xx language: text in another language than the document's, documents filed under the wrong
language, and mixed Chinese scripts and punctuation widths."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from seedlint.checks.language import foreign_block, language_mismatch, script_mix
from seedlint.checks.language._common import language_name, language_names
from seedlint.document import Document
from seedlint.model import Finding
from seedlint.text.language import document_language

FOREIGN_BLOCK = foreign_block.RULE
LANGUAGE_MISMATCH = language_mismatch.RULE
SCRIPT_MIX = script_mix.RULE

__all__ = [
    "CHECKS",
    "FOREIGN_BLOCK",
    "LANGUAGE_MISMATCH",
    "SCRIPT_MIX",
    "LanguageCheck",
    "language_name",
    "language_names",
]


class LanguageCheck:
    name = "language"
    rules = (FOREIGN_BLOCK, LANGUAGE_MISMATCH, SCRIPT_MIX)
    options: dict[str, Any] = {"declared": "auto", "declared-per-file": {}, "min-letters": 40}

    def __init__(self, options: Mapping[str, Any]) -> None:
        self.declared = language_mismatch.Declared(options)
        self.min_letters = int(options.get("min-letters", 40))

    def check(self, doc: Document, enabled: frozenset[str]) -> Iterator[Finding]:
        main = document_language(doc)
        if not main.decided:
            return
        if FOREIGN_BLOCK.code in enabled:
            yield from foreign_block.foreign_blocks(doc, main, self.min_letters)
        if LANGUAGE_MISMATCH.code in enabled:
            yield from language_mismatch.mismatch(doc, main, self.declared)
        if SCRIPT_MIX.code in enabled and main.base == "zh":
            yield from script_mix.script_mix(doc, main)


CHECKS = (LanguageCheck,)
