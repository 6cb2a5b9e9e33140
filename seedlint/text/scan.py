"""One multi-pattern scan: every word list of every family, matched in one pass per document.

A family declares each of its literal word lists once, when its check is built::

    LEXICON = PhraseSet("spam.lexicon", terms)        # terms are matched case-insensitively

and asks for the occurrences in a document::

    for hit in LEXICON.hits(doc):                     # start, end (matching-view offsets), term
        ...

All phrase sets of the process share one Aho-Corasick automaton (pyahocorasick) over the lowercased
matching view (``seedlint.text.view``); it runs once per document, and the hits are dispatched to
the sets that own them. Every occurrence is reported, overlapping ones included, in order of start
(longer terms first at the same start); word boundaries, line positions and context are for the
rule to check around the hit, never by rescanning the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any, NamedTuple

from seedlint.document import Document
from seedlint.text.chars import same_or
from seedlint.text.view import text_view

__all__ = ["Hit", "PhraseSet", "fold_case", "lower_view", "whole_word"]

_BEFORE_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_AFTER_WORD = frozenset("abcdefghijklmnopqrstuvwxyz")


class Hit(NamedTuple):
    """One occurrence of ``term`` at ``view.text[start:end]`` (offsets of the matching view)."""

    start: int
    end: int
    term: str


class _Automaton:
    """The process-wide automaton; rebuilt lazily when a phrase set is added after a scan."""

    def __init__(self) -> None:
        self.sets: dict[str, frozenset[str]] = {}
        self.version = 0
        self._built: Any = None
        self._built_version = -1

    def register(self, name: str, terms: frozenset[str]) -> None:
        known = self.sets.get(name)
        if known is not terms and known != terms:
            self.sets[name] = terms
            self.version += 1

    def automaton(self) -> Any:
        if self._built_version != self.version:
            import ahocorasick

            owners: dict[str, list[str]] = {}
            for name in sorted(self.sets):
                for term in self.sets[name]:
                    owners.setdefault(term, []).append(name)
            automaton = ahocorasick.Automaton()
            for term, names in owners.items():
                # The term itself is the text of every hit on it: hits share it instead of a slice each.
                automaton.add_word(term, (len(term), tuple(names), term))
            if owners:
                automaton.make_automaton()
            self._built, self._built_version = (automaton if owners else None), self.version
        return self._built

    def scan(self, doc: Document) -> dict[str, list[Hit]]:
        key = f"phrase-scan-{self.version}"
        return doc.memo(key, self._scan)

    def _scan(self, doc: Document) -> dict[str, list[Hit]]:
        automaton = self.automaton()
        found: dict[str, list[Hit]] = {name: [] for name in self.sets}
        if automaton is None:
            return found
        text = lower_view(doc)
        for end, (length, names, term) in automaton.iter(text):
            hit = Hit(end + 1 - length, end + 1, term)
            for name in names:
                found[name].append(hit)
        for hits in found.values():
            # The automaton reports hits by end; rules read them by start, longer first.
            hits.sort(key=_by_start)
        return found


def _by_start(hit: Hit) -> tuple[int, int]:
    return hit.start, -hit.end


_AUTOMATON = _Automaton()


class PhraseSet:
    """A named list of literal terms matched, case-insensitively, in the one scan."""

    def __init__(self, name: str, terms: Iterable[str]) -> None:
        self.name = name
        self.terms = frozenset(t for t in (fold_case(str(t)) for t in terms) if t)
        _AUTOMATON.register(name, self.terms)

    def hits(self, doc: Document) -> list[Hit]:
        # Re-register: a set built again with other terms (another configuration) takes over its name.
        _AUTOMATON.register(self.name, self.terms)
        return _AUTOMATON.scan(doc)[self.name]

    def __repr__(self) -> str:
        return f"PhraseSet({self.name!r}, {len(self.terms)} terms)"


@cache
def _lower_table() -> dict[int, int]:
    """Lowercasing that keeps every offset: characters whose lowercase is one code point."""
    table = {}
    for cp in range(0x10000):
        ch = chr(cp)
        low = ch.lower()
        if low != ch and len(low) == 1:
            table[cp] = ord(low)
    return table


def fold_case(text: str) -> str:
    """Lowercase ``text`` keeping its length: how terms and the view are compared."""
    low = text.lower()
    # Lowercasing only ever lengthens a character (İ -> i̇); the same length means none did.
    return same_or(text, low if len(low) == len(text) else text.translate(_lower_table()))


def lower_view(doc: Document) -> str:
    """The matching view, lowercased without changing its length: what the scan runs on."""
    return doc.memo("lower-view", lambda d: fold_case(text_view(d).text))


def whole_word(text: str, start: int, end: int) -> bool:
    """Whether the hit ``text[start:end]`` (of the lowercased view) is a whole word, as a regex
    alternation of the terms (``text.patterns.lexicon_pattern``) would find it: a term that starts
    with an ASCII letter or digit needs no letter or digit before it and no letter after it."""
    first = text[start]
    if not (first.isascii() and first.isalnum()):
        return True
    return (start == 0 or text[start - 1] not in _BEFORE_WORD) and (end >= len(text) or text[end] not in _AFTER_WORD)
