"""What the boilerplate rules share: the templates, found by their anchors and confirmed on the lines
around them, and the way template matches become findings (blocks of adjacent lines, one fix each).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from seedlint.checks.boilerplate._anchors import TemplateShapeError, shape
from seedlint.data import read_list, read_toml, user_terms
from seedlint.document import Document
from seedlint.model import Edit, Finding, Fix, Rule
from seedlint.text.patterns import trie_pattern
from seedlint.text.scan import PhraseSet, fold_case
from seedlint.text.view import TextView, text_view
from seedlint.text.zones import zones

_GAP, _LONG_GAP = r"[^\n]{0,40}?", r"[^\n]{0,120}?"
_QUOTE = "[“”\"「」『』'‘’]?"
# A notice label that opens the line the notice sits on (声明:, 免责声明:) belongs to the notice.
_LABEL = re.compile(r"^[ \t\u3000【\[(■●]*(?:特别|免责|版权|郑重|重要|平台|转载)?声明[】\])]?\s*[::]")
_SHORT_LINE = 100
_SPACES = re.compile(r"\s*")
_FLAGS = re.I | re.M
_SUBSET_CACHE = 512
USER = "user"


@dataclass(frozen=True)
class Template:
    """One template of ``templates.toml`` (or the user's own notices), expanded and ready to match."""

    group: str  # the regex group name; templates keep their file order in every alternation
    rule: str  # rule name
    weak: bool
    pattern: str
    anchors: frozenset[str]
    crossings: int  # line breaks one match can span


@dataclass(frozen=True)
class Match:
    """A template match, in matching-view offsets."""

    template: Template
    start: int
    end: int


@dataclass
class Hit:
    rule: Rule
    start: int  # view offsets
    end: int
    first: int  # 0-based lines
    last: int


class Templates:
    """The templates of one configuration, and where in a document they match.

    The matches are those of one alternation of all templates run over the whole text, leftmost
    first and the earlier template winning at a position. Each template is found instead by its
    anchors in the one phrase scan; the alternation of the templates anchored there then runs only
    on the lines around the anchors: the anchor's line and, for a template whose match can span line
    breaks, as many non-blank lines before and after. Any match contains an anchor and lies within
    those lines, and the stretches end at line ends, so the matches are the same.
    """

    def __init__(self, options: Mapping[str, Any]) -> None:
        platforms = read_list("boilerplate/platforms.txt") + tuple(options.get("extend-platforms", ()))
        names = sorted({p.lower() for p in platforms})
        self.platform = re.compile(trie_pattern(names), re.I)
        places = {
            "{p}": f"(?:{trie_pattern(names)})",
            "{g}": _GAP,
            "{G}": _LONG_GAP,
            "{c}": r"\s*[::]\s*",
            "{q}": _QUOTE,
            "{s}": r"\s*",
        }
        templates = []
        for number, entry in enumerate(read_toml("boilerplate/templates.toml")["template"]):
            pattern = entry["pattern"]
            for key, value in places.items():
                pattern = pattern.replace(key, value)
            explicit = tuple(entry.get("anchors", ()))
            templates.append(_template(f"t{number}", entry["rule"], entry.get("strength") == "weak", pattern, explicit))
        notices = user_terms(options, "extend-notices", "extend-notices-file")
        if notices:
            terms = sorted({n.lower() for n in notices})
            templates.append(Template(USER, "reprint-notice", False, trie_pattern(terms), frozenset(terms), 0))
        self.templates = tuple(templates)
        self.by_group = {t.group: t for t in self.templates}
        owners: dict[str, list[int]] = {}
        for index, template in enumerate(self.templates):
            for term in template.anchors:
                owners.setdefault(fold_case(term), []).append(index)
        self.owners = {term: tuple(indexes) for term, indexes in owners.items()}
        self.anchors = PhraseSet("boilerplate.anchors", self.owners)
        self.unseen = _unseen_case_variants("".join(self.owners))
        self._alternations: dict[tuple[int, ...], re.Pattern[str]] = {}

    def matches(self, doc: Document) -> list[Match]:
        view = text_view(doc)
        text = view.text
        if self.unseen and any(ch in text for ch in self.unseen):
            # A letter the scan's lowercasing leaves alone but the regex folds (ı, ſ, İ): the phrase
            # scan could miss an anchor, so the alternation runs over the whole text.
            return self._run(tuple(range(len(self.templates))), text, 0, len(text))
        found: list[Match] = []
        for start, end, indexes in self._stretches(text, self.anchors.hits(doc)):
            found.extend(self._run(indexes, text, start, end))
        return found

    def _stretches(self, text: str, hits: Iterable[Any]) -> list[tuple[int, int, tuple[int, ...]]]:
        """Merged spans of text (line start to line end) that hold every match around the hits,
        with the templates anchored in each."""
        stretches: list[tuple[int, int, set[int]]] = []
        line_start = line_end = -1
        reach = 0
        owned: set[int] = set()

        def close() -> None:
            start, end, held = _lines_up(text, line_start, reach), _lines_down(text, line_end, reach), set(owned)
            # A template reaching further up than the ones before can swallow earlier stretches.
            while stretches and start <= stretches[-1][1] + 1:
                first, last, more = stretches.pop()
                start, end, held = min(start, first), max(end, last), held | more
            stretches.append((start, end, held))

        for hit in hits:
            if hit.start > line_end:
                if line_end >= 0:
                    close()
                # Anchors hold no line break, so a hit lies on one line; the previous line end
                # bounds the search back.
                line_start = text.rfind("\n", max(line_end, 0), hit.start) + 1
                found = text.find("\n", hit.end)
                line_end = len(text) if found < 0 else found
                reach = 0
                owned = set()
            for index in self.owners[hit.term]:
                owned.add(index)
                reach = max(reach, self.templates[index].crossings)
        if line_end >= 0:
            close()
        return [(start, end, tuple(sorted(held))) for start, end, held in stretches]

    def _run(self, indexes: tuple[int, ...], text: str, start: int, end: int) -> list[Match]:
        pattern = self._alternation(indexes)
        by_group = self.by_group
        return [Match(by_group[m.lastgroup or ""], m.start(), m.end()) for m in pattern.finditer(text, start, end)]

    def _alternation(self, indexes: tuple[int, ...]) -> re.Pattern[str]:
        """The alternation of these templates, in file order (which decides between two matches at
        one position)."""
        pattern = self._alternations.get(indexes)
        if pattern is None:
            if len(self._alternations) >= _SUBSET_CACHE:
                self._alternations.clear()
            parts = (f"(?P<{self.templates[i].group}>{self.templates[i].pattern})" for i in indexes)
            pattern = self._alternations[indexes] = re.compile("|".join(parts), _FLAGS)
        return pattern


def _template(group: str, rule: str, weak: bool, pattern: str, explicit: tuple[str, ...]) -> Template:
    found, crossings = shape(pattern, explicit, _FLAGS)
    if any("\n" in a or not a.strip() for a in found):
        raise TemplateShapeError(f"an anchor must be text on one line: {sorted(found)}")
    return Template(group, rule, weak, pattern, found, crossings)


def _lines_up(text: str, start: int, count: int) -> int:
    """Start of the ``count``-th non-blank line before the line starting at ``start`` (blank lines
    between are passed over, as a run of whitespace in a match passes them)."""
    for _ in range(count):
        if start <= 0:
            break
        start = text.rfind("\n", 0, _last_non_space(text, start) + 1) + 1
    return start


def _last_non_space(text: str, end: int) -> int:
    """Index of the last non-whitespace character before ``end``, or -1."""
    size = 256
    while True:
        low = max(0, end - size)
        kept = len(text[low:end].rstrip())
        if kept or low == 0:
            return low + kept - 1
        end, size = low, size * 2


def _lines_down(text: str, end: int, count: int) -> int:
    """End of the ``count``-th non-blank line after the line ending at ``end``."""
    for _ in range(count):
        if end >= len(text):
            break
        spaces = _SPACES.match(text, end)  # always matches, if only the empty string
        found = text.find("\n", spaces.end() if spaces else end)
        end = len(text) if found < 0 else found
    return end


@cache
def _unseen_case_variants(anchor_chars: str) -> frozenset[str]:
    """Characters a case-insensitive regex takes for a letter of an anchor that the scan's lowercasing
    does not turn into it."""
    letters = sorted({ch for ch in anchor_chars if ch.upper() != ch or ch.lower() != ch})
    if not letters:
        return frozenset()
    any_letter = re.compile("[" + "".join(re.escape(ch) for ch in letters) + "]", re.I)
    unseen = set()
    for y in set(any_letter.findall(_bmp())):
        for ch in letters:
            # Σ lowercases to σ or, ending a word, to ς: the scan may see either.
            if re.fullmatch(re.escape(ch), y, re.I) and (_char_lower(y) != _char_lower(ch) or y == "Σ"):
                unseen.add(y)
    return frozenset(unseen)


def _char_lower(ch: str) -> str:
    # As the scan lowercases one character: only into one character.
    low = ch.lower()
    return low if len(low) == 1 else ch


@cache
def _bmp() -> str:
    return "".join(map(chr, range(0x10000)))


# Findings ------------------------------------------------------------------------------------


class Place:
    """Where matches sit in a document: the text of each line (without its leading and trailing
    whitespace), worked out once per line, and the head and tail lines, once a weak template asks."""

    def __init__(self, doc: Document, view: TextView) -> None:
        self.doc = doc
        self.view = view
        self._spans: dict[int, tuple[int, int]] = {}
        self._edges: frozenset[int] | None = None
        self._borders: frozenset[int] | None = None

    def text_span(self, line: int) -> tuple[int, int]:
        """View offsets of the first and after the last non-blank character of ``line``."""
        span = self._spans.get(line)
        if span is None:
            start, text = self.view.line_starts[line], self.view.lines[line]
            lead, kept = len(text) - len(text.lstrip()), len(text.rstrip())
            span = self._spans[line] = (start + lead, start + kept) if kept else (start + len(text), start)
        return span

    def edges(self) -> frozenset[int]:
        if self._edges is None:
            head, tail = zones(self.doc)
            self._edges = head | tail
        return self._edges

    def borders(self) -> frozenset[int]:
        """The head and tail lines and the first and last line of the body between them: a licence
        or reprint notice that opens or closes the article is written as prose, so the zones,
        which end at the first prose line, leave it just outside."""
        if self._borders is None:
            edges = self.edges()
            body = [i for i, line in enumerate(self.view.lines) if line.strip() and i not in edges]
            self._borders = edges | frozenset(body[:1] + body[-1:])
        return self._borders


def template_hits(rule: Rule, matches: Iterable[Match], place: Place) -> list[Hit]:
    """The matches of ``rule``'s templates that count: weak ones only in a boilerplate place."""
    view = place.view
    hits = []
    for m in matches:
        if m.template.rule != rule.name:
            continue
        first, last = view.line_index(m.start), view.line_index(max(m.start, m.end - 1))
        if m.template.weak and not weak_ok(place, first, m.start):
            continue
        hits.append(Hit(rule, m.start, m.end, first, last))
    return hits


def weak_ok(place: Place, line: int, start: int) -> bool:
    """A weak template counts on a short line, at a line start, or in the head or tail."""
    text_start, text_end = place.text_span(line)
    return start <= text_start or text_end - text_start <= _SHORT_LINE or line in place.edges()


def blocks(view: TextView, hits: list[Hit]) -> list[Hit]:
    """Hits of one rule on the same or adjacent lines (blank lines between allowed) form one block."""
    out: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, h.rule.code)):
        prev = next((b for b in reversed(out) if b.rule is hit.rule), None)
        between = range(prev.last + 1, hit.first) if prev else range(0)
        if prev and hit.first <= prev.last + 1 + len(between) and all(not view.lines[i].strip() for i in between):
            if prev is out[-1] or out[-1].last < hit.first:
                prev.end, prev.last = max(prev.end, hit.end), max(prev.last, hit.last)
                continue
        out.append(Hit(hit.rule, hit.start, hit.end, hit.first, hit.last))
    return out


class Claims:
    """Spans already given a fix: a later block overlapping one gets none."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def take(self, start: int, end: int) -> bool:
        # Claimed spans never overlap, so the one starting last before ``end`` reaches furthest.
        k = bisect.bisect_left(self.starts, end) - 1
        if k >= 0 and self.ends[k] > start:
            return False
        self.starts.insert(k + 1, start)
        self.ends.insert(k + 1, end)
        return True


def block_finding(
    place: Place,
    block: Hit,
    claims: Claims,
    describe: Callable[[TextView, int, int], str],
) -> Finding:
    """The finding of one block, with a fix deleting its lines (or cutting it out of a line of prose)."""
    doc, view = place.doc, place.view
    line_start = view.line_starts[block.first]
    start = block.start
    text_start = place.text_span(block.first)[0]
    if start - line_start <= 160 and start > text_start:
        prefix = view.text[line_start:start]
        if _LABEL.match(prefix):
            start = line_start + len(prefix) - len(prefix.lstrip())
    # The whole of its lines: nothing but whitespace before it on the first and after it on the last.
    whole = start <= text_start and block.end >= place.text_span(block.last)[1]
    doc_start, doc_end = view.to_doc(start), view.to_doc_end(block.end)
    fix: Fix | None
    if whole:
        fix = doc.delete_lines_fix(block.first + 1, block.last + 1)
    else:
        cut = doc_start
        while cut > doc.line_starts[block.first] and doc.text[cut - 1] in " \t\u3000":
            cut -= 1
        fix = Fix((Edit(cut, doc_end, ""),))
    if not claims.take(min(e.start for e in fix.edits), max(e.end for e in fix.edits)):
        fix = None
    text = doc.text[doc_start:doc_end]
    what = describe(view, start, block.end)
    lines = f" (lines {block.first + 1}-{block.last + 1})" if block.last > block.first else ""
    clip = " ".join(text.split())
    clip = clip if len(clip) <= 60 else clip[:59] + "…"
    return doc.finding(block.rule, doc_start, doc_end, f"{what}{lines}: `{clip}`", fix=fix)


__all__ = ["Claims", "Hit", "Match", "Place", "Template", "Templates", "block_finding", "blocks", "template_hits"]
