"""Record, or compare against, the findings seedlint gives on a fixed set of documents.

The golden file pins the output while the text layer and the checks are restructured: after a
change the findings must be identical, or every difference explained in the commit message and the
file re-recorded. The sets:

- ``seeds``: the two seed documents in ``seeds/``;
- ``fixtures``: every ``tests/fixtures/**/*.txt``;
- ``generated``: 200 documents of ``benchmarks/generate_corpus.py`` with seed 0;
- ``dev``: the labelled development corpus in ``../shared/corpus/dev`` (only code, position and
  fingerprint: its text stays out of the repository).

    python tests/golden/record.py          # rewrite tests/golden/findings.jsonl
    python tests/golden/record.py --check  # print the differences, exit 1 if any
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).with_name("findings.jsonl")
DEV = REPO.parent / "shared" / "corpus" / "dev" / "docs"
GENERATED_DOCS = 200

sys.path.insert(0, str(REPO / "benchmarks"))


def documents(include_dev: bool = True) -> Iterator[tuple[str, str, bytes]]:
    """(set, name, bytes) for every golden document, in a fixed order."""
    from generate_corpus import document  # type: ignore[import-not-found]

    for path in sorted((REPO / "seeds").glob("*.txt")):
        yield "seeds", path.name, path.read_bytes()
    for path in sorted((REPO / "tests" / "fixtures").rglob("*.txt")):
        yield "fixtures", path.relative_to(REPO / "tests" / "fixtures").as_posix(), path.read_bytes()
    rng = random.Random(0)
    for i in range(GENERATED_DOCS):
        yield "generated", f"{i:07d}.txt", document(rng).encode("utf-8")
    if include_dev and DEV.is_dir():
        for path in sorted(DEV.glob("*.txt")):
            yield "dev", path.name, path.read_bytes()


def rows(include_dev: bool = True) -> list[dict]:
    from seedlint.engine import lint_bytes

    out = []
    for group, name, raw in documents(include_dev):
        for f in lint_bytes(raw, name):
            row = {"set": group, "doc": name, "code": f.code, "line": f.line, "column": f.column}
            row.update({"end_line": f.end_line, "end_column": f.end_column, "fingerprint": f.fingerprint})
            if group != "dev":
                row["message"] = f.message
            out.append(row)
    return out


def load() -> list[dict]:
    return [json.loads(line) for line in GOLDEN.read_text("utf-8").splitlines() if line.strip()]


def differences(recorded: list[dict], current: list[dict]) -> list[str]:
    def key(row: dict) -> str:
        return json.dumps(row, ensure_ascii=False, sort_keys=True)

    before, after = {key(r) for r in recorded}, {key(r) for r in current}
    return [f"- {k}" for k in sorted(before - after)] + [f"+ {k}" for k in sorted(after - before)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of recording")
    args = parser.parse_args()
    current = rows()
    if args.check:
        diff = differences(load(), current)
        print("\n".join(diff) or "no differences")
        return 1 if diff else 0
    if not DEV.is_dir():
        print(f"{DEV} is missing: the dev set cannot be recorded", file=sys.stderr)
        return 2
    GOLDEN.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in current), "utf-8")
    print(f"wrote {len(current)} findings to {GOLDEN}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
