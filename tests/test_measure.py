"""python -m tools.measure dev: the dev-corpus report, and its one-line error when the corpus is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import shared_path
from tools.measure import main, measure_dev


def test_missing_shared_folder_is_one_line_naming_the_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dev", "--shared", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    missing = tmp_path / "corpus" / "dev" / "docs"
    assert err == f"measure: error: {missing}: not found (the shared folder sits beside the repository)\n"


def test_report_has_every_scored_family_with_recall_and_false_alarms() -> None:
    shared = shared_path("corpus", "dev").parents[1]
    result = measure_dev(shared)
    assert set(result["families"]) == {"boilerplate", "contradiction", "currency", "provenance", "spam"}
    for row in result["families"].values():
        assert row["labelled"] > 0 and 0 <= row["found"] <= row["labelled"]
        assert row["fp_on_negatives"] >= 0 and row["findings_on_no_label"] >= 0
    conversions = result["currency_conversions_detected"]
    assert 0 < conversions["found"] <= conversions["labelled"]
