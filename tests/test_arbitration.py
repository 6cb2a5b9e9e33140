"""Findings of different families on one span: a fix that removes the span claims it."""

from __future__ import annotations

from seedlint.engine import lint_text

ARTICLE = (
    "亚马逊正讨论向人工智能初创公司Anthropic进行第二笔数十亿美元的投资。科技巨头们的高管表示，"
    "这些投资和云计算是由不同的团队负责。\n"
    "来源:新华社\n"
)
DISCLAIMER = (
    "特别声明:以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布,本平台仅提供信息存储服务。\n"
    "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of "
    "NetEase Hao, which is a social media platform and only provides information storage services.\n"
)
ENGLISH = (
    "Microsoft said on Tuesday that revenue at its Azure cloud unit grew 29% in the latest quarter, and the "
    "company expects its spending on data centres to keep rising through next year, executives told analysts "
    "on a call with investors.\n"
)
BODY = "".join(f"{ARTICLE.splitlines()[0]}\n\n" for _ in range(4)) + "来源:新华社\n\n"


def codes(text: str) -> list[tuple[str, int]]:
    return [(f.code, f.line) for f in lint_text(text, path="doc.txt")]


def test_a_foreign_line_inside_a_removed_disclaimer_is_not_also_a_foreign_block():
    found = codes(ARTICLE + DISCLAIMER)
    assert ("SL201", 3) in found
    assert not [c for c in found if c[0] == "SL601"]


def test_a_foreign_line_outside_any_removed_span_is_still_reported():
    found = codes(BODY + ENGLISH + "\n" + DISCLAIMER)
    assert ("SL601", 11) in found
    assert ("SL201", 13) in found


def test_a_placeholder_source_inside_a_removed_spam_line_is_still_reported():
    spam = "大摩娱乐注册 大摩娱乐登录 大摩娱乐招商QQ 来源:未知\n"
    found = codes(spam + ARTICLE.replace("来源:新华社\n", ""))
    assert ("SL101", 1) in found
    assert ("SL302", 1) in found
