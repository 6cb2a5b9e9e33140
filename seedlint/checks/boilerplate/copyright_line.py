"""SL203 copyright-line: copyright footers and Chinese ICP / public-security filing numbers."""

from __future__ import annotations

from collections.abc import Iterable

from seedlint.checks.boilerplate._common import Hit, Match, Place, template_hits
from seedlint.model import Rule, Severity, explain
from seedlint.text.view import TextView

RULE = Rule(
    code="SL203",
    name="copyright-line",
    severity=Severity.INFO,
    summary="Copyright or licence-number footer left in the text",
    explanation=explain(
        "Reports copyright footers: `All rights reserved`, `Copyright © 2023 Holder`, `© 2023 Holder`, "
        "`版权所有` (not `版权所有人`), Chinese ICP and public-security filing numbers (`京ICP备12345678号`), "
        "and the permits a Chinese news site shows with their numbers (`互联网新闻信息服务许可证:10120170002`, "
        "`License for publishing multimedia online 0108263`); a permit named in a sentence has no number.",
        "Footers come from the site template, not the article; they repeat across every page of a site "
        "and carry no content.",
        "`Copyright © 2023 Example News. All rights reserved.` at the end of an article.",
        "`seedlint check --fix` deletes the line and the blank lines it leaves (safe).",
    ),
    fail_examples=(
        "The article ends here.\n\nCopyright © 2023 Example News. All rights reserved.\n",
        "正文。\n版权所有 © 2008-2024 某某网 京ICP备12345678号\n",
    ),
    pass_examples=(
        "The court ruled on the copyright of the photograph in 2019.\n",
        "法院判定该照片的版权所有人为摄影师本人。\n",
    ),
    fixable=True,
)


def detect(matches: Iterable[Match], place: Place) -> list[Hit]:
    """Matches of the copyright templates; a bare `版权所有` (weak) only in a footer-like place."""
    return template_hits(RULE, matches, place)


def describe(view: TextView, start: int, end: int) -> str:
    return "Copyright line"
