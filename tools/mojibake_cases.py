"""Measure SL004 mojibake on ftfy-style test cases: recall on mojibake, false alarms on must-stay text.

usage: python tools/mojibake_cases.py FOLDER [--show]

FOLDER holds JSON files in the layout of ftfy's ``tests/test-cases/`` (a list of cases with
``original``, ``fixed``, optional ``fixed-encoding`` and ``expect``); point it at a checkout of ftfy.
A case is mojibake when its encoding fix changes the text (``fixed-encoding``, else ``fixed``,
differs from ``original``) and must stay when it does not. Known failures (``expect: fail``) are
counted apart. Nothing is downloaded or written.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from seedlint.config import Settings
from seedlint.engine import lint_text

ONLY = Settings(select=("SL004",))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--show", action="store_true", help="print each miss and false alarm")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    for path in sorted(args.folder.glob("*.json")):
        for case in json.loads(path.read_text("utf-8")):
            original = case["original"]
            expected = case.get("fixed-encoding", case["fixed"])
            kind = "mojibake" if expected != original else "must-stay"
            if case.get("expect") == "fail":
                kind = f"known-failure {kind}"
            flagged = bool(lint_text(original, settings=ONLY))
            counts[(kind, flagged)] += 1  # type: ignore[index]
            wrong = flagged != (kind == "mojibake")
            if args.show and wrong and not kind.startswith("known"):
                what = "missed" if kind == "mojibake" else "false alarm"
                print(f"{what}: {case.get('label', '')[:60]}: {original[:80]!r}")
    for kind in ("mojibake", "must-stay", "known-failure mojibake", "known-failure must-stay"):
        flagged, total = counts[(kind, True)], counts[(kind, True)] + counts[(kind, False)]  # type: ignore[index]
        if total:
            print(f"{kind:24} flagged {flagged:3d} / {total:3d}")


if __name__ == "__main__":
    main()
