"""SL305 vague-attribution-dominant: unnamed sources outnumber named ones."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain

if TYPE_CHECKING:
    from seedlint.checks.provenance._analysis import Analysis


RULE = Rule(
    code="SL305",
    name="vague-attribution-dominant",
    severity=Severity.WARNING,
    summary="Vague attributions outnumber named ones",
    explanation=explain(
        "Counts the document's vague attributions (those SL304 reports) and its named ones (a named outlet "
        "or wire: `据路透社报道`, `智东西11月8日消息`, `according to Reuters`; a named person who speaks: "
        "`Benchmark的风险投资家Bill Gurley警告`, `外交部发言人汪文斌14日表示`, `Hong Lei said`), and "
        "reports the document on line 1 when there are at least `min-vague` vague ones and more than "
        "`vague-ratio` times the named ones. Source lines are not counted: they credit the page, not a claim.",
        "One unnamed source beside several named ones is ordinary reporting; a document built mostly on "
        "unnamed sources carries claims that cannot be traced even when the outlet is known.",
        "An article with 知情人士透露, 据悉 and 一位高管称 and a single named outlet.",
        "Nothing to fix in the text; weigh or drop the document. Raise `vague-ratio` to report only "
        "documents where anonymous sources dominate more strongly.",
    ),
    fail_examples=("据悉,双方已经达成协议。知情人士透露,投资规模为20亿美元。一位高管称,交易将在年底完成。\n",),
    pass_examples=(
        "据路透社报道,双方已经达成协议。知情人士透露,投资规模为20亿美元。路透社援引文件称,交易将在年底完成。\n",
    ),
)


def vague_dominant(doc: Document, analysis: Analysis) -> Iterator[Finding]:
    """One finding on line 1 when vague attributions are many and outnumber the named ones."""
    vocab = analysis.vocab
    vague = len(analysis.vague)
    if vague < vocab.min_vague:
        return  # the named ones need not be counted
    named = len(analysis.named)
    if vague > vocab.vague_ratio * named:
        yield doc.finding(
            RULE,
            0,
            0,
            f"{vague} attributions to unnamed sources against {named} named "
            f"(the first at line {doc.position(analysis.vague[0][0])[0]}): the document rests mostly "
            "on sources nobody can check",
            matched="",
        )
