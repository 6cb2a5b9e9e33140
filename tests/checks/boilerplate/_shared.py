"""What the boilerplate tests share: fixture cases, ways to read findings, the notice texts."""

from __future__ import annotations

from tests.checks import cases as shared
from tests.checks.cases import apply, codes, only

FIXTURES = shared.FIXTURES / "boilerplate"
BOILERPLATE_CODES = ("SL201", "SL202", "SL203")
RULES = {"platform-disclaimer": "SL201", "reprint-notice": "SL202", "copyright-line": "SL203"}
NOTICE = "特别声明:以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布,本平台仅提供信息存储服务。"
NOTICE_EN = (
    "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of "
    "NetEase Hao, which is a social media platform and only provides information storage services."
)

__all__ = ["FIXTURES", "apply", "codes", "only"]


def cases(name: str) -> list[str]:
    return shared.cases("boilerplate", name)


def flag_cases(code: str) -> list[str]:
    return cases(f"{_name(code)}.flag")


def pass_cases(code: str) -> list[str]:
    return cases(f"{_name(code)}.pass")


def _name(code: str) -> str:
    return next(name for name, c in RULES.items() if c == code)
