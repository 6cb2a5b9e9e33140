"""The family's shared matching: gated matches equal whole-text matches, span arithmetic, the vocabulary."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from seedlint.checks.provenance import ProvenanceCheck, vocabulary
from seedlint.checks.provenance._common import (
    char_offsets,
    disjoint,
    finditer_at,
    finditer_lines,
    hit_starts,
    lines_of,
    overlaps,
    without,
)
from seedlint.document import Document

_TEXT = st.text(alphabet="据悉了解路透社报道称 Reuters said\n\r.,月3日电讯", max_size=80)
_SPANS = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8)).map(lambda t: (t[0], t[0] + t[1])), max_size=12)


@given(_TEXT)
def test_phrase_gated_matches_equal_a_whole_text_scan(text):
    doc = Document(text)
    vocab = vocabulary({})
    for phrases, pattern in (
        (vocab.vague_phrases, vocab.vague_phrase),
        (vocab.outlets, vocab.outlet),
        (vocab.relative_words, vocab.relative_word),
    ):
        gated = [m.span() for m in finditer_at(pattern, doc.folded, hit_starts(doc, phrases))]
        assert gated == [m.span() for m in pattern.finditer(doc.folded)]


@given(_TEXT)
def test_line_gated_matches_equal_a_whole_text_scan(text):
    doc = Document(text)
    pattern = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+ said(?![A-Za-z])|[路透]{1,3}(?=[\s.]|$)")
    lines = lines_of(doc, char_offsets(doc.folded, "路透s"))
    gated = [m.span() for m in finditer_lines(pattern, doc, doc.folded, lines)]
    assert gated == [m.span() for m in pattern.finditer(doc.folded)]


@given(_SPANS, _SPANS)
def test_without_drops_exactly_the_overlapping_spans(spans, others):
    spans, others = disjoint(spans), sorted(others)
    assert without(spans, others) == [s for s in spans if not any(overlaps(s, o) for o in others)]


def test_the_vocabulary_is_built_once_per_options():
    assert ProvenanceCheck({}).vocabulary is ProvenanceCheck({"min-vague": 2}).vocabulary
    assert ProvenanceCheck({}).vocabulary is not ProvenanceCheck({"extend-vague": ["坊间流传"]}).vocabulary


def test_traditional_terms_are_found_through_the_matching_view():
    doc = Document("據悉，工廠停產。有消息稱，裁員。\n")
    vocab = vocabulary({})
    found = [m.group() for m in finditer_at(vocab.vague_phrase, doc.folded, hit_starts(doc, vocab.vague_phrases))]
    assert found == ["據悉", "有消息稱"]
