"""One document's provenance, worked out once and only as far as the enabled rules ask."""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import TYPE_CHECKING

from seedlint.checks.provenance import _attribution, _fields, vague_attribution
from seedlint.checks.provenance._fields import Field
from seedlint.document import Document
from seedlint.text.fold import simplified, simplify

if TYPE_CHECKING:
    from seedlint.checks.provenance import Vocabulary


class Analysis:
    def __init__(self, doc: Document, vocab: Vocabulary) -> None:
        self.doc = doc
        self.vocab = vocab

    @cached_property
    def fields(self) -> list[tuple[Field, str]]:
        """Source and author fields of the head and tail, each with its status."""
        return [(f, _fields.status(self.vocab, f)) for f in _fields.fields(self.doc, self.vocab)]

    @cached_property
    def edge_credit(self) -> bool:
        """A byline or wire credit in the head or tail names the origin."""
        return _fields.edge_credit(self.doc, self.vocab)

    @cached_property
    def agencies(self) -> tuple[list[tuple[int, int, str]], bool]:
        """Agency slots naming no agency, and whether one names an agency."""
        return _fields.agencies(simplified(self.doc), self.vocab)

    @cached_property
    def ju(self) -> list[tuple[re.Match[str], str | None]]:
        return _attribution.ju(simplified(self.doc), self.vocab)

    @cached_property
    def vague(self) -> list[tuple[int, int]]:
        spans = vague_attribution.vague_attributions(self.doc, self.vocab, self.ju)
        return [s for s in spans if not self._refers_back(s)]

    @cached_property
    def credits(self) -> list[tuple[int, int]]:
        """Spans crediting a named outlet or wire (datelines, 本报讯, 据路透社…报道, shaped credits)."""
        return list(_attribution.source_credits(self.doc, self.vocab, self.wires))

    @cached_property
    def head_credits(self) -> list[tuple[int, int]]:
        """Head lines naming the publisher: a body's name alone, a date line ending in a credit."""
        return _attribution.head_credits(self.doc, self.vocab)

    @cached_property
    def holder_credits(self) -> list[tuple[int, int]]:
        """Tail copyright notices naming an outlet as the holder (本文版权归朝鲜日报网所有)."""
        return _attribution.holder_credits(self.doc, self.vocab)

    @cached_property
    def wires(self) -> list[_attribution.Wire]:
        """Wire datelines (新华社北京3月14日电, 广州8月11日电) with the names before their dates."""
        return _attribution.wires(self.doc, self.vocab)

    @cached_property
    def cut_datelines(self) -> list[tuple[int, int]]:
        """Dispatch datelines naming a place and no agency (广州8月11日电)."""
        return [(w.name_start, w.end) for w in self.wires if w.city_only]

    @cached_property
    def speakers(self) -> list[tuple[int, int]]:
        """Named people and bodies who speak in the text (``_attribution.speakers``)."""
        return _attribution.speakers(self.doc, self.vocab, self.bodies)

    @cached_property
    def bodies(self) -> list[tuple[int, int]]:
        """Official bodies and companies that speak for themselves (``_attribution.bodies``)."""
        return _attribution.bodies(self.doc, self.vocab)

    @cached_property
    def _credit_starts(self) -> list[int]:
        """Starts of attributions that name an outlet or body, whatever the rules ask."""
        named = [m.start() for m, kind in self.ju if kind == "named"]
        return sorted(named + [start for start, _ in self.credits])

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.doc.paragraphs]

    def _refers_back(self, span: tuple[int, int]) -> bool:
        """Whether a bare 据报道/据悉 refers to a source already named: one in the same or the
        previous paragraph, or, in a document with a dateline or byline credit, any one before it."""
        doc, start = self.doc, span[0]
        if simplified(doc)[span[0] : span[1]].casefold() not in self.vocab.anaphoric:
            return False
        credits = self._credit_starts
        if not credits:
            return False
        starts = self._paragraph_starts
        k = bisect.bisect_right(starts, start) - 1
        since = starts[max(0, k - 1)] if k >= 0 else 0
        i = bisect.bisect_left(credits, since)
        if i < len(credits) and credits[i] < start:
            return True
        return self.edge_credit and credits[0] < start

    @cached_property
    def source_named(self) -> bool:
        """Whether anything names where the document comes from (SL301 stays silent then)."""
        vocab = self.vocab
        for f, status in self.fields:
            if f.kind == "source":
                # Any source field, even an unhelpful one, is SL302's business rather than SL301's.
                return True
            if f.kind == "author" and status == "named" and f.key.casefold() in vocab.authorship:
                return True
        if self.outlet_named:
            return True
        # A report whose statements are attributed to an official body or company speaking for itself
        # (国家统计局表示, the Ministry of Trade and Industry (MTI) said), or, more than once, to named
        # people (Crouch announced … Crouch says) names its source though no outlet is credited.
        if self.bodies:
            return True
        outlets = set(self.credits)
        return sum(1 for span in self.speakers if span not in outlets) >= 2

    @cached_property
    def outlet_named(self) -> bool:
        """Whether an outlet or body the text came from is named: a source field naming one (not an
        aggregator platform), a byline or wire credit, an agency slot, 据<named>报道 or a credit."""
        for f, status in self.fields:
            if f.kind == "source" and status == "named" and not self.is_aggregator(f.value):
                return True
        if self.edge_credit or self.agencies[1] or self.head_credits or self.holder_credits:
            return True
        return any(kind == "named" for _, kind in self.ju) or bool(self.credits)

    @cached_property
    def outlet_credited(self) -> bool:
        """Whether an outlet, not only a body or person, is named: ``outlet_named`` without the
        据<body>数据/统计 attributions (据澳门政府数据显示 names a source of a figure, not a newsroom)."""
        for f, status in self.fields:
            if f.kind == "source" and status == "named" and not self.is_aggregator(f.value):
                return True
        if self.edge_credit or self.agencies[1] or self.credits or self.holder_credits:
            return True
        form = self.vocab.outlet_form
        return any(kind == "named" and form.search(m.group("mid")) for m, kind in self.ju)

    @cached_property
    def newsroom_voice(self) -> bool:
        """The text speaks as a newsroom through an unnamed reporter (记者了解到, 记者尝试…): it is a
        news report, so its outlet, not only the people and bodies it quotes, is its source."""
        folded = simplified(self.doc)
        return "记者" in folded and self.vocab.after_reporter.search(folded) is not None

    def is_aggregator(self, value: str) -> bool:
        return simplify(value.strip()).casefold() in self.vocab.aggregator_platforms

    @cached_property
    def named(self) -> list[tuple[int, int]]:
        return _attribution.named_attributions(self.ju, self.vague, self.credits, self.speakers)
