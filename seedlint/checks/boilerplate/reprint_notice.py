"""SL202 reprint-notice: repost, takedown, disclaimer and investment-risk boilerplate."""

from __future__ import annotations

from collections.abc import Iterable

from seedlint.checks.boilerplate._common import Hit, Match, Place, template_hits
from seedlint.model import Rule, Severity, explain
from seedlint.text.view import TextView

RULE = Rule(
    code="SL202",
    name="reprint-notice",
    severity=Severity.WARNING,
    summary="Reprint, takedown or disclaimer notice left in the text",
    explanation=explain(
        "Reports repost and disclaimer boilerplate: `本文来源于网络,如有侵权请联系删除`, `版权归原作者所有`, "
        "`转载请注明出处`, `未经授权禁止转载`, a line opened by `免责声明:` or `版权声明:`, `文章仅代表作者观点`, "
        "`投资有风险,入市需谨慎`, and the English syndication notices (`This material may not be published, "
        "broadcast, rewritten or redistributed`). Phrases that also occur in reporting are reported only "
        "on short lines, at a line start, or in the head or tail of the document.",
        "These notices are site furniture copied with the article; they repeat across documents and "
        "mislead about who wrote or owns the text.",
        "`本文来源于网络,如有侵权请联系删除。` under a reposted article.",
        "`seedlint check --fix` deletes the notice and the blank lines it leaves (safe). Add phrases with "
        "`[tool.seedlint.boilerplate] extend-notices = [...]` or `extend-notices-file`.",
    ),
    fail_examples=(
        "正文。\n本文来源于网络,如有侵权请联系删除。\n",
        "正文。\n版权声明:凡注有“cnsphoto”字样的图片版权均属中国新闻网,未经书面授权,不得转载使用。\n",
        "正文。\n投资有风险,入市需谨慎。\n",
    ),
    pass_examples=(
        "法院认定被告未经授权转载原告文章,判赔5万元,此案引发业界对网络转载乱象的讨论。\n",
        "该文作者认为,市场将在明年回暖。\n",
    ),
    fixable=True,
)


def detect(matches: Iterable[Match], place: Place) -> list[Hit]:
    """Matches of the notice templates and of the user's own notices; phrases that also occur in
    reporting (weak templates) only on a short line, at a line start, or in the head or tail."""
    return template_hits(RULE, matches, place)


def describe(view: TextView, start: int, end: int) -> str:
    return "Reprint or disclaimer notice"
