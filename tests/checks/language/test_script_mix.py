"""SL603 script-mix: Traditional and Simplified characters, half- and full-width punctuation."""

from __future__ import annotations

from pathlib import Path

import pytest

from seedlint.config import Settings
from seedlint.engine import lint_text
from tests.checks.language.texts import ALL_LANGUAGE, codes, findings


def test_script_mix_is_off_by_default():
    assert "SL603" not in codes("公司表示,这项投资将于明年完成。该公司(总部位于北京)将继续扩大业务。\n", Settings())


def test_punctuation_mix_reported_once_with_counts(seed_findings):
    found = findings("公司表示,这项投资将于明年完成。该公司(总部位于北京)将继续扩大业务,预计营收增长。\n", ALL_LANGUAGE)
    assert [f.code for f in found] == ["SL603"]
    assert "half-width punctuation (4: `,` ×2, `(` ×1, `)` ×1)" in found[0].message
    assert "full-width punctuation (2: `。` ×2)" in found[0].message


def test_seed_punctuation_mix_once_per_document():
    for seed in sorted(Path(__file__).resolve().parents[3].joinpath("seeds").glob("*.txt")):
        found = [f for f in lint_text(seed.read_bytes(), settings=ALL_LANGUAGE) if f.code == "SL603"]
        assert len(found) == 1 and "mixes half-width punctuation" in found[0].message


def test_traditional_characters_in_simplified_document():
    text = "这家公司表示，这项投资将于明年完成，这个项目會帶來很多机会，这对公司来说很重要，公司对此很有信心。\n"
    found = findings(text, ALL_LANGUAGE)
    assert [f.code for f in found] == ["SL603"]
    assert "Traditional characters" in found[0].message and "in a Simplified Chinese document" in found[0].message
    assert found[0].matched == "會"


def test_simplified_characters_in_traditional_document():
    text = "這家公司表示，這項投資將於明年完成，这个项目會帶來很多機會，公司對此很有信心。\n"
    found = findings(text, ALL_LANGUAGE)
    assert [f.code for f in found] == ["SL603"]
    assert "Simplified characters" in found[0].message and "Traditional Chinese document" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "公司表示，这项投资将于明年完成。该公司（总部位于北京）将继续扩大业务。\n",
        "公司表示,这项投资将于明年完成,营收增长3.5%,时间是10:30,规模1,000亿元.\n",
        "這家公司表示，這項投資將於明年完成。\n",
        "这家公司表示，这项投资将于明年完成，這个项目很重要。\n",
        "The company said, in a statement (issued Tuesday), that it would invest. It did; it will.\n",
    ],
    ids=["all-full-width", "all-half-width", "traditional", "one-traditional-char", "english"],
)
def test_script_mix_not_flagged(text):
    assert codes(text, ALL_LANGUAGE) == []
