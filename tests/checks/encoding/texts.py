"""Text and helpers the encoding rule tests share."""

from __future__ import annotations

from seedlint.config import Settings
from seedlint.engine import lint_text

ENCODING = Settings(select=("encoding",))
ARTICLE = "亚马逊正讨论向人工智能初创公司Anthropic进行第二笔数十亿美元的投资，这笔投资与去年的交易类似。\n"


def codes(data, settings=ENCODING):
    return [f.code for f in lint_text(data, settings=settings)]
