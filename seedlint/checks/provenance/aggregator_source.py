"""SL307 aggregator-source: the source given is an aggregator or a compilation, not an outlet."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.fold import simplify

if TYPE_CHECKING:
    from seedlint.checks.provenance._analysis import Analysis


RULE = Rule(
    code="SL307",
    name="aggregator-source",
    severity=Severity.WARNING,
    summary="Source field names an aggregator, or the author is a compilation with no outlet named",
    explanation=explain(
        "Reports a source field whose value is a platform that republishes others' reporting or hosts "
        "self-published accounts (`来源:今日头条`, `来源:百家号`, `Source: Yahoo News`; the list is "
        "`data/provenance/aggregators.toml`), and an author field that says the text was compiled "
        "(`作者:综合`, `综合整理`, `编辑整理`) when no outlet is named anywhere in the document.",
        "An aggregator says where the text was copied from, not who reported it; a compilation credits "
        "nobody. Either way the original outlet, and with it the claims' provenance, is lost.",
        "`来源:今日头条`; `作者:综合` on a page that names no outlet.",
        "Find the original report and use its outlet as the source, or drop the document.",
    ),
    fail_examples=(
        "来源:今日头条\n\n某电动车企业第三季度交付新车12万辆，同比增长35%。\n",
        "作者:综合\n\n某电动车企业第三季度交付新车12万辆，同比增长35%。\n",
        "Source: Yahoo News\n\nGlobal smartphone shipments fell 4 percent in the third quarter.\n",
    ),
    pass_examples=(
        "来源:新华社\n\n某电动车企业第三季度交付新车12万辆，同比增长35%。\n",
        "作者:综合 来源:今日高邮\n\n某电动车企业第三季度交付新车12万辆，同比增长35%。\n",
        "来源:今日头条号“新京报”\n\n文章正文。\n",
    ),
)


def aggregator_source(doc: Document, analysis: Analysis) -> Iterator[Finding]:
    compiled = analysis.vocab.compiled_authors
    for f, status in analysis.fields:
        if status != "named":
            continue
        if f.kind == "source" and analysis.is_aggregator(f.value):
            yield doc.finding(
                RULE,
                f.start,
                f.end,
                f"Source field `{f.key}` names `{f.value}`, a platform that republishes others' reporting, "
                "not the outlet that reported it",
            )
        elif f.kind == "author" and simplify(f.value.strip()).casefold() in compiled and not analysis.outlet_named:
            yield doc.finding(
                RULE,
                f.start,
                f.end,
                f"`{f.key}` is `{f.value}`: the text is a compilation, and no outlet it was compiled from is named",
            )
