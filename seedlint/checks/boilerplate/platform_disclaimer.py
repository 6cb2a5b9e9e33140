"""SL201 platform-disclaimer: the notice a self-media platform prints under a user's post."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from seedlint.checks.boilerplate._common import Hit, Match, Place, template_hits
from seedlint.model import Rule, Severity, explain
from seedlint.text.view import TextView

_NOTICE = "特别声明:以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布,本平台仅提供信息存储服务。"
_NOTICE_EN = (
    "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of "
    "NetEase Hao, which is a social media platform and only provides information storage services."
)

RULE = Rule(
    code="SL201",
    name="platform-disclaimer",
    severity=Severity.WARNING,
    summary="Self-media platform disclaimer left in the text",
    explanation=explain(
        "Reports the notices self-media platforms print under user posts — 网易号 (`特别声明:以上内容…"
        "为自媒体平台“网易号”用户上传并发布…`) and its English twin (`Notice: The content above…`), "
        "搜狐号, 百家号, 头条号, 企鹅号/腾讯新闻, 一点号, 大鱼号, 澎湃号, 新浪看点, 雪球, 东方财富, and the "
        "知乎/简书 copy suffix. Templates take the platform name as a variable "
        "(`seedlint/data/boilerplate/templates.toml`, `platforms.txt`). A notice over two adjacent "
        "lines (Chinese and English) is one finding.",
        "The notice belongs to the platform page, not to the article: it repeats verbatim across "
        "thousands of documents and tells a model nothing about the story.",
        f"`{_NOTICE}`",
        "`seedlint check --fix` deletes the notice and the blank lines it leaves (safe). Add platforms "
        "with `[tool.seedlint.boilerplate] extend-platforms = [...]`.",
    ),
    fail_examples=(
        f"正文最后一段。\n{_NOTICE}\n{_NOTICE_EN}\n",
        "正文。\n声明:该文观点仅代表作者本人,搜狐号系信息发布平台,搜狐仅提供信息存储空间服务。\n",
        "正文。\n本文为澎湃号作者或机构在澎湃新闻上传并发布,仅代表该作者或机构观点,不代表澎湃新闻的观点或立场,"
        "澎湃新闻仅提供信息发布平台。\n",
    ),
    pass_examples=(
        "网易号是网易推出的自媒体平台,用户可以在上面发布文章。\n",
        "来源:The Information\n",
    ),
    fixable=True,
)


def detect(matches: Iterable[Match], place: Place) -> list[Hit]:
    """Matches of the platform templates (all strong: a platform notice is never reporting)."""
    return template_hits(RULE, matches, place)


def describe(platform: re.Pattern[str]) -> Callable[[TextView, int, int], str]:
    """The message names the platform the notice mentions first."""

    def what(view: TextView, start: int, end: int) -> str:
        found = platform.search(view.text[start:end])
        return "Platform disclaimer" + (f" of {found.group()}" if found else "")

    return what
