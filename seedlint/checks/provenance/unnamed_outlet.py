"""SL308 unnamed-outlet: an outlet the text refers to but never names."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from seedlint.checks.provenance._common import finditer_lines, hit_lines
from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.fold import simplified

if TYPE_CHECKING:
    from seedlint.checks.provenance._analysis import Analysis


RULE = Rule(
    code="SL308",
    name="unnamed-outlet",
    severity=Severity.WARNING,
    summary="The text cites an outlet it never names",
    explanation=explain(
        "Reports `the newspaper said`, `told the broadcaster`, `according to the magazine`, `该报称`, "
        "`该媒体报道` and `综合整理`/`综合自网络` in a document that names no outlet anywhere (no source "
        "field, dateline, byline, wire credit or named attribution): the reference points at an outlet the "
        "reader cannot see, usually one whose name was lost when the page was scraped or rewritten. "
        "`the paper` (a research paper), `the agency` (a government agency) and `该报告` are not outlets.",
        "A claim credited to `the newspaper` with no newspaper named is as untraceable as an anonymous one, "
        "while it reads as if it were sourced.",
        "`The company will cut 500 jobs, the newspaper reported.` in a text that names no newspaper.",
        "Restore the outlet's name from the original page (`the Financial Times reported`), or drop the document.",
    ),
    fail_examples=(
        "The company will cut 500 jobs next year, the newspaper reported on Tuesday.\n",
        "该报称，这家公司明年将裁员500人。\n",
        "这家公司明年将裁员500人。(本文综合自网络)\n",
    ),
    pass_examples=(
        "The company will cut 500 jobs next year, the Financial Times reported. The newspaper said talks went on.\n",
        "据《京华时报》报道，这家公司明年将裁员500人。该报称，谈判仍在继续。\n",
        "The paper said the model was accurate, and the agency said it would review the data.\n",
        "该报告称，这家公司明年将裁员500人。\n",
    ),
)


def unnamed_outlet(doc: Document, analysis: Analysis) -> Iterator[Finding]:
    vocab = analysis.vocab
    lines = hit_lines(doc, vocab.unnamed_outlet_terms)
    if not lines or analysis.outlet_named:
        return
    for m in finditer_lines(vocab.unnamed_outlet, doc, simplified(doc), lines):
        yield doc.finding(
            RULE,
            m.start(),
            m.end(),
            f"`{doc.text[m.start() : m.end()]}` cites an outlet the document never names",
        )
