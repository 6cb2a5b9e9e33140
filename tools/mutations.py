"""Mutation harness for the contradiction and currency rules: plant known defects in real text.

usage: python tools/mutations.py FOLDER [FOLDER ...] [--seed 0] [--per-doc 3] [--show]

Each mutation site is found by a pattern of its own (not by seedlint's parsers, so that what
seedlint cannot read is still mutated and counted as missed):
- list: an item between two separators of an enumeration written twice (`A、B和C` -> `A、B、B和C`) -> SL401;
- doubled: an English `the`/`a`/`of` written twice (`the the`) -> SL402;
- rate-up / rate-down: the converted figure of `X美元(约合人民币Y元)` or `$X billion (about Y
  billion yuan)` multiplied by 1.35 or 0.7 -> SL501, or SL503 where other conversions of the
  document give the right rate;
- unit-slip: 万 and 亿 swapped in the converted figure -> SL502.
A mutation is caught when linting the mutated document gives a finding of the expected code on
the mutated line that linting the original did not give. The documents are read, mutated in
memory and never written.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from seedlint.config import Settings
from seedlint.engine import lint_text

_ITEM = r"[\u4e00-\u9fff]{2,6}"
# An item with a separator on both sides, so that it is a whole item: 、B、 or 、B和.
_LIST = re.compile(rf"、(?P<b>{_ITEM}?)(?=、|和|以及|及|与)")
_ARTICLE = re.compile(r"(?<![A-Za-z])(?P<w>the|of|to|and) (?=[a-z])")
_NUMBER = r"\d+(?:\.\d+)?"
_CURRENCY_CN = r"(?:美元|欧元|日元|英镑|港元|港币|韩元|澳元|加元|卢比|卢布|泰铢|新台币)"
_CN_CONVERSION = re.compile(
    rf"{_NUMBER}[ ]?(?:万|亿)?[ ]?{_CURRENCY_CN}[ ]?[(（](?:约合|折合|约)?人民币[ ]?"
    rf"(?P<y>{_NUMBER})[ ]?(?P<mag>万|亿)?[ ]?元"
)
_EN_CONVERSION = re.compile(
    rf"(?:US)?\$[ ]?{_NUMBER}(?: (?:million|billion))? \((?:about|around|roughly|or about)? ?(?P<y>{_NUMBER})"
    r"(?: (?:million|billion))? yuan"
)

Mutation = tuple[str, str, int]  # kind, mutated text, 1-based line of the mutation
EXPECTED = {
    "list": ("SL401",),
    "doubled": ("SL402",),
    "rate-up": ("SL501", "SL503"),
    "rate-down": ("SL501", "SL503"),
    "unit-slip": ("SL502",),
}


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _scaled(number: str, factor: float) -> str:
    decimals = len(number.partition(".")[2])
    return f"{float(number) * factor:.{max(decimals, 1)}f}"


def mutations(text: str, rng: random.Random, per_doc: int) -> Iterator[Mutation]:
    sites: list[Callable[[], Mutation]] = []
    for m in _LIST.finditer(text):
        sites.append(
            lambda m=m: ("list", text[: m.end("b")] + "、" + m["b"] + text[m.end("b") :], _line_of(text, m.start()))
        )
    for m in _ARTICLE.finditer(text):
        sites.append(
            lambda m=m: ("doubled", text[: m.end("w")] + " " + m["w"] + text[m.end("w") :], _line_of(text, m.start()))
        )
    for pattern in (_CN_CONVERSION, _EN_CONVERSION):
        for m in pattern.finditer(text):
            y0, y1 = m.span("y")
            line = _line_of(text, m.start())
            for kind, factor in (("rate-up", 1.35), ("rate-down", 0.7)):
                sites.append(
                    lambda m=m, y0=y0, y1=y1, kind=kind, factor=factor, line=line: (
                        kind,
                        text[:y0] + _scaled(m["y"], factor) + text[y1:],
                        line,
                    )
                )
            if "mag" in m.groupdict() and m["mag"]:
                g0, g1 = m.span("mag")
                swapped = "亿" if m["mag"] == "万" else "万"
                sites.append(
                    lambda g0=g0, g1=g1, swapped=swapped, line=line: (
                        "unit-slip",
                        text[:g0] + swapped + text[g1:],
                        line,
                    )
                )
    rng.shuffle(sites)
    by_kind: Counter[str] = Counter()
    for make in sites:
        kind, mutated, line = make()
        if by_kind[kind] < per_doc:
            by_kind[kind] += 1
            yield kind, mutated, line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--per-doc", type=int, default=3, help="mutations of each kind per document")
    parser.add_argument("--show", action="store_true", help="print each missed mutation")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    settings = Settings(select=tuple(sorted({code for codes in EXPECTED.values() for code in codes})))
    made: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    for path in sorted(p for folder in args.folders for p in folder.rglob("*.txt")):
        text = path.read_text("utf-8", errors="replace")
        before = [(f.code, f.line) for f in lint_text(text, path=path.name, settings=settings)]
        for kind, mutated, line in mutations(text, rng, args.per_doc):
            made[kind] += 1
            after = [(f.code, f.line) for f in lint_text(mutated, path=path.name, settings=settings)]
            near = [(code, at) for code, at in after if code in EXPECTED[kind] and abs(at - line) <= 1]
            if len(near) > sum(1 for code, at in before if code in EXPECTED[kind] and abs(at - line) <= 1):
                caught[kind] += 1
            elif args.show:
                print(f"missed {kind} in {path}:{line}: {mutated.splitlines()[line - 1][:120]}")
    for kind in EXPECTED:
        if made[kind]:
            share = caught[kind] / made[kind]
            print(f"{kind:10} {'/'.join(EXPECTED[kind]):11}  caught {caught[kind]:4d} / {made[kind]:4d}  ({share:.2f})")
    total = sum(made.values())
    print(
        f"{'all':10}        caught {sum(caught.values()):4d} / {total:4d}  ({sum(caught.values()) / max(total, 1):.2f})"
    )


if __name__ == "__main__":
    main()
