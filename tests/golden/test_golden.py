"""The findings on the golden documents do not change unless a commit explains why (see record.py)."""

from __future__ import annotations

from tests.golden.record import differences, load, rows
from tests.helpers import has_shared


def test_findings_equal_the_recorded_golden_file():
    include_dev = has_shared("corpus", "dev", "docs")
    recorded = [r for r in load() if include_dev or r["set"] != "dev"]
    diff = differences(recorded, rows(include_dev))
    assert not diff, "findings changed; explain and re-record with python tests/golden/record.py:\n" + "\n".join(
        diff[:40]
    )


def test_the_golden_file_covers_every_set():
    assert {r["set"] for r in load()} == {"seeds", "fixtures", "generated", "dev"}
