"""SL303 editor-placeholder: an author or editor field that holds a CMS default account."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain

if TYPE_CHECKING:
    from seedlint.checks.provenance._analysis import Analysis


RULE = Rule(
    code="SL303",
    name="editor-placeholder",
    severity=Severity.WARNING,
    summary="Author or editor field holds a CMS default account",
    explanation=explain(
        "Reports an author or editor field (`责任编辑`, `责编`, `编辑`, `作者`, `Author:`, `Editor:`, "
        "`Posted by`) in the head or tail of a document whose value is a content-management default: "
        "admin, administrator, 管理员, 小编, 编辑部 alone, root, test, 未知, 佚名, webmaster; and a line "
        "of the head that holds nothing but a CMS's built-in account (`小编`, `admin` under the headline), "
        "a byline left at its default.",
        "A default account means nobody filled in the field: the page was generated or copied in bulk, "
        "typical of content farms that republish scraped articles.",
        "`来源:未知 责任编辑:admin` — the second field.",
        "Replace it with the real author or editor from the original page, or drop the document. No automatic fix.",
    ),
    fail_examples=(
        "来源:未知 责任编辑:admin\n\n微软向OpenAI投资了100亿美元。\n",
        "作者:小编\n\n微软向OpenAI投资了100亿美元。\n",
        "Posted by admin\n\nThe company raised 2 billion dollars.\n",
        "By: admin\n\nPublished September 13, 2022, in Area News\n\nThe company raised 2 billion dollars.\n",
        "医院回应门急诊人次破200万\n\n小编\n\n微软向OpenAI投资了100亿美元。\n",
    ),
    pass_examples=(
        "编辑|Panken\n\n微软向OpenAI投资了100亿美元。\n",
        "责任编辑:新华社编辑部\n\n微软向OpenAI投资了100亿美元。\n",
        "By default, the tool reads every file.\n",
        "By: Jane Doe\n\nThe company raised 2 billion dollars.\n",
        "小编今天带大家看看这款新车。\n\n微软向OpenAI投资了100亿美元。\n",
    ),
)


def editor_placeholder(doc: Document, analysis: Analysis) -> Iterator[Finding]:
    """A finding for each author or editor field whose value is a default account."""
    for f, status in analysis.fields:
        if f.kind == "author" and status == "placeholder":
            what = f"`{f.key}` holds" if f.key else "The byline is"
            yield doc.finding(RULE, f.start, f.end, f"{what} `{f.value}`, a content-management default, not a person")
