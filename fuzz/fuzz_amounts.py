"""Fuzz the amount parser in ``seedlint.text.numbers``. Nothing may raise.

    pip install -e '.[fuzz]'
    python fuzz/fuzz_amounts.py -max_total_time=60 [corpus_dir ...]

Each input is turned into text two ways: any Unicode (``ConsumeUnicodeNoSurrogates``), and text
assembled from the pieces amounts are made of (digits, Chinese numerals, 万/亿, currency words and
symbols, qualifiers, range separators), so the fuzzer reaches deep into the grammar quickly.
Checked: ``find_amounts`` (plain and not) returns ordered, non-overlapping amounts whose ``text`` is
the span they cover; ``parse_number``, ``significant_step`` and ``format_amount`` never raise.
"""

from __future__ import annotations

import math
import os
import sys

import atheris

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

with atheris.instrument_imports():
    from seedlint.text.numbers import find_amounts, format_amount, parse_number, significant_step

PIECES = (
    *"0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千拾佰仟万亿点.,，%％‰~〜～-–—－（）()多余数几。\n ",
    *"万亿 千万 百亿 个百分点 percent 元 美元 人民币 亿元 万美元 港元 港币 日元 欧元 英镑 韩元 约合 元旦".split(),
    *"$ US$ HK$ ¥ ￥ € £ RMB USD CNY EUR yuan dollars million billion trillion thousand".split(),
    *"mln bn m b k M B K 约 近 超过 超 逾 高达 不到 左右 上下 about around nearly over 至 到".split(),
    " to ",
)


def _text(fdp: atheris.FuzzedDataProvider) -> str:
    if fdp.ConsumeBool():
        return fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 400))
    parts = []
    for _ in range(fdp.ConsumeIntInRange(0, 40)):
        if fdp.ConsumeIntInRange(0, 9) == 0:
            parts.append(fdp.ConsumeUnicodeNoSurrogates(3))
        else:
            parts.append(PIECES[fdp.ConsumeIntInRange(0, len(PIECES) - 1)])
    return "".join(parts)


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    text = _text(fdp)
    for plain in (False, True):
        previous_end = 0
        for a in find_amounts(text, plain=plain):
            assert previous_end <= a.start < a.end <= len(text), (a, previous_end)
            assert a.text == text[a.start : a.end], a
            previous_end = a.end
    value = parse_number(text)
    significant_step(text)
    if value is not None and math.isfinite(value):
        format_amount(value)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
