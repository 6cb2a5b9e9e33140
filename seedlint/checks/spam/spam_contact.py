"""SL103 spam-contact: lines that solicit contact (QQ, WeChat, phone) like an advertisement."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from seedlint.checks.spam._common import MAX_SPAM_LINE, LineScan, line_finding, quote
from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.view import TextView

RULE = Rule(
    code="SL103",
    name="spam-contact",
    severity=Severity.WARNING,
    summary="Line solicits contact (QQ, WeChat, phone) like an advertisement",
    explanation=explain(
        "Reports a line that solicits contact the way an advertisement does: a contact number with a "
        "cue (`加QQ 123456`, `微信: abc123`, a mobile number, `联系电话`) together with advertising "
        "words (`咨询`, `代理`, `优惠`, `24小时`), or two messaging-app promotion phrases "
        "(`后台回复…`, `免费领取`). Lines reporting on fraud (`诈骗`, `警方`) and sentences that merely "
        "quote a number are left alone.",
        "Contact lures are advertising inserted into the text; kept in a corpus they spread phone "
        "numbers and scam contacts.",
        "`诚招代理,日结高佣,加微信 abc12345 详聊`",
        "`seedlint check --fix` deletes the line and the blank lines it leaves (safe).",
    ),
    fail_examples=(
        "正文第一段。\n\n诚招代理,日结高佣,加微信 abc12345 详聊\n\n正文第二段。\n",
        "办证刻章 24小时在线客服 电话:13812345678\n",
        "关注公众号,后台回复“资料”免费领取学习资料一份\n",
        "后台回复“工具”，即可获取如下软件安装包链接。\n",
    ),
    pass_examples=(
        "诈骗分子冒充客服,通过QQ号12345678联系受害人,骗取钱财2万元。\n",
        "公司客服热线为400-800-1234,市民可拨打咨询。\n",
        "市民可关注公众号了解详情。\n",
        "记者关注该账号后,后台回复关键词,即可获取一份所谓的内部资料。\n",
    ),
    fixable=True,
)


# Emphasis and bullets a promotion line may open with (**扫码入群**, - 后台回复).
_LEAD = " \t*#>-•·【["


def _opens_with(line: str, phrases: set[str]) -> bool:
    """Does the line open with one of the phrases? A promotion is an imperative (后台回复“资料”,即可获取。),
    which a sentence reporting on one never starts with."""
    body = line.lstrip(_LEAD).lower()
    return any(body.startswith(p) for p in phrases)


def findings(doc: Document, view: TextView, scans: dict[int, LineScan], spam: dict[int, Any]) -> Iterator[Finding]:
    """Contact lures among the lines with lexicon hits or contact numbers; lines already reported
    as injected spam (``spam``) are left to that rule."""
    for index in sorted(scans):
        scan = scans[index]
        line = view.lines[index]
        if index in spam or len(line) > MAX_SPAM_LINE or scan.categories.get("reporting"):
            continue
        ad, promo = scan.categories.get("ad", set()), scan.categories.get("promo", set())
        if scan.contact and ad and "。" not in line:
            why = f"a contact number with advertising words {quote(ad)}"
        elif len(promo) >= 2 and ("。" not in line or _opens_with(line, promo)):
            why = f"promotion phrases {quote(promo)}"
        else:
            continue
        yield line_finding(doc, view, RULE, index, f"Line solicits contact: {why}")
