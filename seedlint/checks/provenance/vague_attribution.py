"""SL304 vague-attribution: each claim attributed to an unnamed source."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from seedlint.checks.provenance._common import CLAUSE_END, disjoint, finditer_at, hit_starts, without
from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.fold import simplified

if TYPE_CHECKING:
    from seedlint.checks.provenance import Vocabulary
    from seedlint.checks.provenance._analysis import Analysis


RULE = Rule(
    code="SL304",
    name="vague-attribution",
    severity=Severity.INFO,
    summary="Claim attributed to an unnamed source",
    explanation=explain(
        "Reports each attribution to an unnamed source: fixed phrases (据悉, 据了解, 有媒体报道称, "
        "有消息称, people familiar with the matter, sources said, reportedly; sources described by how far "
        "to trust them instead of by name, `from four reliable sources`; a rumour, `is rumored to`), "
        "unnamed people who speak "
        "(知情人士透露, 参与讨论的人士称, 一位投资者称, 两名官员表示) and unnamed media (据外媒报道, "
        "据当地媒体报道). An attribution that names its source in the same clause is not reported "
        "(`据媒体援引Upper90的首席执行官Bill Libby的说法`, `据外媒The Information报道`).",
        "Anonymous sources are the weakest kind of evidence; a seed document resting on them carries claims "
        "that cannot be checked. One such phrase is normal in news, so this is information; SL305 warns "
        "when they dominate a document.",
        "`上周,有媒体报道称,谷歌最近同意再向Anthropic投资20亿美元`",
        "Nothing to fix in the text; use the finding to weigh the document, or name the source if the "
        "original page does.",
    ),
    fail_examples=(
        "据悉,该公司将于下月发布新产品。\n",
        "据知情人士向媒体透露,双方已经达成协议。\n",
        "一位参与讨论的人士称,投资规模尚未确定。\n",
        "The deal is worth 2 billion dollars, people familiar with the matter said.\n",
        "The story, from four reliable sources, has the deputy chief taking over at 4 p.m.\n",
    ),
    pass_examples=(
        "据新华社报道,双方已经达成协议。\n",
        "据媒体援引Upper90的首席执行官Bill Libby的说法,芯片是一种新的资产类别。\n",
        "The deal is worth 2 billion dollars, Reuters reported.\n",
        "参与交易的投资者表示,谷歌还与其他公司达成了类似协议。\n",
        "Wind and solar are reliable sources of power for the grid.\n",
    ),
)


def vague_attribution(doc: Document, analysis: Analysis) -> Iterator[Finding]:
    for start, end in analysis.vague:
        yield doc.finding(RULE, start, end, f"Claim attributed to an unnamed source: `{doc.text[start:end]}`")


def vague_attributions(
    doc: Document, vocab: Vocabulary, ju: list[tuple[re.Match[str], str | None]]
) -> list[tuple[int, int]]:
    """Spans of attributions to unnamed sources, outside URLs."""
    folded = simplified(doc)
    spans: list[tuple[int, int]] = []
    for m in finditer_at(vocab.vague_phrase, folded, hit_starts(doc, vocab.vague_phrases)):
        if m.group().casefold().endswith("sources") and folded.startswith(" of ", m.end()):
            continue  # reliable sources of revenue: things, not people
        spans.append((m.start(), m.end()))
    for m in finditer_at(vocab.anonymous, folded, hit_starts(doc, vocab.anonymous_nouns)):
        if vocab.latin_pair.search(m.group("gap")):
            continue  # 一位高管Bill Smith表示 names the speaker
        start = _clause_start(folded, m.start())
        before = folded[start : m.start("noun")]
        if m.group("noun") not in vocab.always_anonymous:
            counted = list(vocab.quantifier.finditer(before))
            if not counted:
                continue
            if not before.startswith("据"):
                # The speaker is the counted person; what precedes is the employer (亚马逊的一位高管).
                start += counted[0].start()
        spans.append((start, m.end()))
    for m, kind in ju:
        if kind == "vague":
            spans.append((m.start(), m.end()))
    spans = disjoint(spans)
    if spans and ("://" in folded or "www." in folded):
        spans = without(spans, [m.span() for m in vocab.url.finditer(folded)])
    return spans


def _clause_start(text: str, pos: int, reach: int = 24) -> int:
    lo = max(0, pos - reach)
    window = text[lo:pos]
    for i in range(len(window) - 1, -1, -1):
        if window[i] in CLAUSE_END or window[i] in " \t\u3000":
            return lo + i + 1
    return pos if lo > 0 else 0
