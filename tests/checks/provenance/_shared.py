"""What the provenance tests share: the settings, document bodies and ways to read findings."""

from __future__ import annotations

from pathlib import Path

from seedlint.config import Settings
from seedlint.engine import lint_text

PROVENANCE = Settings(select=("provenance",))
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "provenance"
CODES = ("SL301", "SL302", "SL303", "SL304", "SL305", "SL306", "SL307", "SL308")

# A body with figures, no source and no first person: what SL301 needs to speak at all.
BODY = (
    "某电动车企业第三季度交付新车12万辆，同比增长35%，营收达到480亿元，毛利率为18.5%。公司计划在欧洲建设第二座工厂。\n"
)
BODY_EN = (
    "Global smartphone shipments fell 4 percent in the third quarter to 290 million units, while average "
    "selling prices rose for the sixth quarter in a row as buyers moved to premium models.\n"
)


def found(text: str, code: str | None = None, settings: Settings = PROVENANCE):
    return [f for f in lint_text(text, settings=settings) if code is None or f.code == code]


def codes(text: str, settings: Settings = PROVENANCE) -> list[str]:
    return [f.code for f in found(text, settings=settings)]
