"""SL004 mojibake: the three kinds of garbled runs, and the near-misses that must stay quiet."""

from __future__ import annotations

import pytest

from seedlint.engine import lint_text
from tests.checks.encoding.texts import ARTICLE, ENCODING, codes
from tests.helpers import run_python


@pytest.mark.parametrize(
    "text",
    [
        "It\u00e2\u20ac\u2122s the company\u00e2\u20ac\u2122s first quarter.\n",
        "Caf\u00c3\u00a9 owner Jos\u00c3\u00a9 said\n",
        "数据显示：锟斤拷锟斤拷\n",
        "亚马逊正讨论向人工智能初创公司进行第二笔投资".encode().decode("gb18030", errors="replace") + "\n",
    ],
)
def test_mojibake_flagged(text):
    assert "SL004" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Café, naïve, résumé, Zürich, São Paulo, Ærø, Øresund, señor, ½ cup.\n",
        "“Quoted” text — with dashes… and £5, €3, ¥100, ©2024, ®, ™.\n",
        "Ãlvaro and Âge are rare names but a single accented capital is not mojibake.\n",
        ARTICLE,
        "烫发和屯田都是普通词语，不是乱码。\n",
    ],
)
def test_mojibake_near_misses(text):
    assert "SL004" not in codes(text)


def test_mojibake_quiet_on_dev_corpus(dev_corpus):
    noisy = [
        (d, f.line, f.matched) for d in dev_corpus.docs() for f in dev_corpus.findings(d) if f.family == "encoding"
    ]
    assert noisy == []


def test_ftfy_is_loaded_only_for_text_that_may_hold_latin_mojibake():
    code = (
        "import sys\n"
        "from seedlint.engine import lint_text\n"
        "lint_text('新华社北京3月14日电 “国务院”召开会议，研究部署今年的重点工作。\\n' * 20)\n"
        # A middle dot in a transliterated name, pinyin with tone marks, × in a size: real text.
        "lint_text('穆罕默德·阿里访问北京（Běijīng），展品尺寸 30×40 厘米。\\n' * 5)\n"
        "assert 'ftfy' not in sys.modules, 'ftfy imported for Chinese text'\n"
        "lint_text('It\\u00e2\\u20ac\\u2122s a caf\\u00c3\\u00a9.\\n')\n"
        "assert 'ftfy' in sys.modules\n"
    )
    run_python(code)


@pytest.mark.parametrize(
    "garbled,repaired",
    [
        ("Le docteur conseille g√¢teaux et baies pour un r√©gime", "gâteaux"),  # MacRoman
        ("Liège written as LiĂ¨ge Avenue", "Liè"),  # Windows-1250
        ("РґРѕСЂРѕРіРµ Р\x98Р·-РїРѕРґ", "дороге"),  # Windows-1251
        ("新闻".encode().decode("cp1252", errors="replace") + " 今日", "新闻"),  # CJK read as Windows-1252
    ],
)
def test_other_code_pages_and_their_repairs(garbled, repaired):
    finding = [f for f in lint_text(garbled + "\n", settings=ENCODING) if f.code == "SL004"][0]
    assert finding.fix.edits[0].content in repaired
    assert finding.fix.applicability.value == "unsafe"
