"""What the spam rule tests share: the family's codes, and the helpers of ``tests.checks.cases``."""

from __future__ import annotations

from tests.checks.cases import FIXTURES, apply, cases, codes, only

SPAM_CODES = ("SL101", "SL102", "SL103")
RULES = {"spam-header": "SL101", "page-chrome": "SL102", "spam-contact": "SL103"}

__all__ = ["FIXTURES", "RULES", "SPAM_CODES", "apply", "cases", "codes", "only"]
