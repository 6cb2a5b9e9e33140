"""SL302 source-unknown: a source field or agency slot that holds a placeholder."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain

if TYPE_CHECKING:
    from seedlint.checks.provenance._analysis import Analysis


RULE = Rule(
    code="SL302",
    name="source-unknown",
    severity=Severity.WARNING,
    summary="Source field holds a placeholder instead of a source",
    explanation=explain(
        "Reports a source field in the head or tail of a document (`来源`, `文章来源`, `稿源`, `出处`, "
        "`本文转自`, `Source:`, `Via:`) whose value is a placeholder (未知, 不详, 网络, 互联网, 网友, 佚名, "
        "本站, 转载, N/A, unknown, internet), an identifier instead of a name (`sp20241101`), a kind of "
        "document instead of an outlet (`资金申请报告范文`, `工作总结模板`), or empty (`来源:` with nothing "
        "after it, or with the next header field where the value should be: `来源:    字号: T`); a reprint "
        "marker standing on its own (`2006-11-16 转载`, `(转载)`) when no outlet is named anywhere; "
        "also a wire dateline or photo credit whose agency slot holds `(Chinese media)` or a similar "
        "lower-case stand-in. Several fields on one line are read separately.",
        "The field looks like provenance and passes a check for its presence, but it says nothing: the "
        "text is as untraceable as one without a source line, and the placeholder is often a CMS default "
        "left by a scraper or content farm.",
        "`来源:未知 责任编辑:admin` — the first field.",
        "Replace the value with the real outlet from the original page, or drop the document. No automatic "
        "fix: the real source cannot be guessed.",
    ),
    fail_examples=(
        "来源:未知 责任编辑:admin\n\n微软向OpenAI投资了100亿美元。\n",
        "微软向OpenAI投资了100亿美元。\n\n来源:网络\n",
        "Source: unknown\n\nThe company raised 2 billion dollars.\n",
        "BEIJING, Dec. 30 (Chinese media) -- Officials met on Tuesday.\n",
        "2011-08-10 19:05:20    来源:    字号: T | T | T\n\n微软向OpenAI投资了100亿美元。\n",
        "来源:资金申请报告范文发布时间:2018-09-07\n\n微软向OpenAI投资了100亿美元。\n",
        "编辑: 杨剑锋 2006-11-16 00:00:00转载 返回原文\n\n微软向OpenAI投资了100亿美元。\n",
    ),
    pass_examples=(
        "来源:新华社\n\n微软向OpenAI投资了100亿美元。\n",
        "Source: Xinhua\n\nThe company raised 2 billion dollars.\n",
        "BEIJING, Dec. 30 (Reuters) -- Officials met on Tuesday.\n",
        "其收入来源:广告和订阅。\n",
        "转载请注明出处。来源:新华社\n\n微软向OpenAI投资了100亿美元。\n",
    ),
)


def source_unknown(doc: Document, analysis: Analysis) -> Iterator[Finding]:
    """A finding for each source field whose value is no source, then each vague agency slot."""
    for f, status in analysis.fields:
        if f.kind == "source" and status != "named":
            if status == "reprint" and analysis.outlet_named:
                continue  # reprinted from an outlet the text names elsewhere
            what = {
                "empty": "is empty",
                "code": f"`{f.value}` is an identifier, not a source name",
                "document": f"`{f.value}` names a kind of document, not an outlet",
                "reprint": "marks the text as reprinted but names no original source",
            }.get(status, f"`{f.value}` is a placeholder, not a source")
            what = f"Reprint marker `{f.key}` {what}" if status == "reprint" else f"Source field `{f.key}` {what}"
            yield doc.finding(RULE, f.start, f.end, what)
    for start, end, agency in analysis.agencies[0]:
        yield doc.finding(RULE, start, end, f"Agency credit `{agency}` names no agency")
