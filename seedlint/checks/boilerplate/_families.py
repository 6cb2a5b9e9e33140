"""Notice families: a notice recognised by what it says, not by one site's exact sentence.

A family (``seedlint/data/boilerplate/notice_families.toml``) lists the concepts every notice of
its kind states, each as the ways sites write it. The phrases are phrase sets of the one scan; a
line (or, on a long line at the head or tail, a sentence) that states ``need`` concepts of one
family within ``window`` characters is a notice. When it states all but one exactly, the missing
concept may be written with a typo or a changed character: its longer phrases are then matched
approximately (edit distance, one edit in eight characters).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seedlint.checks.boilerplate._common import Hit, Place
from seedlint.data import read_toml
from seedlint.document import Document
from seedlint.text.scan import PhraseSet, fold_case, lower_view, whole_word
from seedlint.text.sentences import split_spans

if TYPE_CHECKING:
    from seedlint.model import Rule

# A phrase this long or longer may match with one edit in every ``_EDIT_EVERY`` characters.
_FUZZY_MIN = 8
_EDIT_EVERY = 8


@dataclass(frozen=True)
class Family:
    name: str
    rule: str
    need: int
    require: frozenset[int]
    window: int
    max_line: int
    concepts: tuple[tuple[str, ...], ...]
    edges_only: bool = False


@dataclass(frozen=True)
class _Found:
    family: int
    concept: int
    start: int  # offsets in the line
    end: int


class NoticeFamilies:
    def __init__(self) -> None:
        table = read_toml("boilerplate/notice_families.toml")
        self.families = tuple(
            Family(
                name=entry["name"],
                rule=entry["rule"],
                need=int(entry["need"]),
                require=frozenset(int(c) for c in entry.get("require", ())),
                window=int(entry["window"]),
                max_line=int(entry["max-line"]),
                concepts=tuple(tuple(fold_case(p) for p in concept) for concept in entry["concepts"]),
                edges_only=entry.get("place") == "edges",
            )
            for entry in table["family"]
        )
        owners: dict[str, list[tuple[int, int]]] = {}
        for f, family in enumerate(self.families):
            for c, concept in enumerate(family.concepts):
                for phrase in concept:
                    owners.setdefault(phrase, []).append((f, c))
        self.owners = {phrase: tuple(places) for phrase, places in owners.items()}
        self.phrases = PhraseSet("boilerplate.families", self.owners)
        self.longest = max(f.max_line for f in self.families)
        self.shortest = min(f.max_line for f in self.families)

    def hits(self, doc: Document, place: Place, rules: dict[str, Rule]) -> list[Hit]:
        """Notices of the families whose rule is in ``rules`` (rule name -> Rule)."""
        view = place.view
        low = lower_view(doc)
        by_line: dict[int, list[_Found]] = {}
        for hit in self.phrases.hits(doc):
            if not whole_word(low, hit.start, hit.end):
                continue
            index = view.line_index(hit.start)
            base = view.line_starts[index]
            for f, c in self.owners[hit.term]:
                if self.families[f].rule in rules:
                    by_line.setdefault(index, []).append(_Found(f, c, hit.start - base, hit.end - base))
        out: list[Hit] = []
        for index in sorted(by_line):
            line = view.lines[index]
            lowered = low[view.line_starts[index] : view.line_starts[index] + len(line)]
            found = by_line[index]  # in order of start, as the scan reports them
            starts = [x.start for x in found]
            for units in self._units(line, index, place):
                before = len(out)
                for unit_start, unit_end in units:
                    first = bisect.bisect_left(starts, unit_start)
                    last = bisect.bisect_left(starts, unit_end, first)
                    inside = [x for x in found[first:last] if x.end <= unit_end]
                    family = self._notice(inside, lowered[unit_start:unit_end], index in place.borders())
                    if family is not None:
                        base = view.line_starts[index]
                        rule = rules[self.families[family].rule]
                        out.append(Hit(rule, base + unit_start, base + unit_end, index, index))
                if len(out) > before:
                    break
        return out

    def _units(self, line: str, index: int, place: Place) -> Iterable[list[tuple[int, int]]]:
        """The ways to read the line, tried in turn until one holds a notice: the whole line when it
        is short enough for some family; then, when the line is at the head or tail or opens or
        closes the body (``Place.borders``), its sentences, so that a notice written as the first
        sentence of a paragraph is found. A unit is never longer than the longest ``max-line``, so
        the work per unit is bounded and a document's cost stays linear."""
        start, end = len(line) - len(line.lstrip()), len(line.rstrip())
        if end - start <= self.longest:
            yield [(start, end)]
        if end - start > self.shortest and index in place.borders():
            sentences = [(a, b) for a, b in split_spans(line) if b - a <= self.longest]
            if sentences != [(start, end)]:
                yield sentences

    def _notice(self, found: list[_Found], unit: str, at_border: bool) -> int | None:
        """The first family ``found`` makes this unit a notice of, or None."""
        for f, family in enumerate(self.families):
            if len(unit.strip()) > family.max_line or family.edges_only and not at_border:
                continue
            mine = [x for x in found if x.family == f]
            if not mine:
                continue
            concepts = _concepts_within(mine, family.window)
            if len(concepts) >= family.need and family.require <= concepts:
                return f
            short = max(family.need - len(concepts), len(family.require - concepts))
            if short == 1 and self._near_missing(family, concepts, unit):
                return f
        return None

    def _near_missing(self, family: Family, present: set[int], unit: str) -> bool:
        """Whether a concept that would complete ``present`` is in ``unit`` with a typo."""
        for c, concept in enumerate(family.concepts):
            complete = present | {c}
            if c in present or not family.require <= complete or len(complete) < family.need:
                continue
            for phrase in concept:
                if len(phrase) >= _FUZZY_MIN and near(phrase, unit, len(phrase) // _EDIT_EVERY):
                    return True
        return False


def _concepts_within(found: list[_Found], window: int) -> set[int]:
    """The largest set of distinct concepts found within ``window`` characters of one another."""
    found = sorted(found, key=lambda x: x.start)
    best: set[int] = set()
    for i, first in enumerate(found):
        concepts = {x.concept for x in found[i:] if x.end - first.start <= window}
        if len(concepts) > len(best):
            best = concepts
    return best


def near(pattern: str, text: str, errors: int) -> bool:
    """Whether ``pattern`` occurs in ``text`` with at most ``errors`` edits (Sellers' dynamic
    programme: the best edit distance of the pattern against any substring ending at each
    position)."""
    if errors <= 0:
        return pattern in text
    m = len(pattern)
    column = list(range(m + 1))
    for ch in text:
        previous_diagonal = column[0]
        column[0] = 0  # a match may start anywhere in the text
        for i in range(1, m + 1):
            above = column[i]
            cost = 0 if pattern[i - 1] == ch else 1
            column[i] = min(above + 1, column[i - 1] + 1, previous_diagonal + cost)
            previous_diagonal = above
        if column[m] <= errors:
            return True
    return False
