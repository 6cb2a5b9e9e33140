"""SL004 mojibake: the three kinds of garbled runs, and the near-misses that must stay quiet."""

from __future__ import annotations

import pytest

from tests.checks.encoding.texts import ARTICLE, codes


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
