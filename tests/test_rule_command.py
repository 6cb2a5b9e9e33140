"""`seedlint rule`: one rule or --all, as text or as ruff's JSON fields."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner, Result

from seedlint.cli import cli
from seedlint.registry import load_registry

RUFF_FIELDS = ["name", "code", "linter", "summary", "fix", "fix_availability", "explanation", "preview"]


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, ["rule", *args], catch_exceptions=False)


def test_one_rule_as_json_has_ruffs_fields() -> None:
    result = invoke("SL402", "--output-format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert list(data)[: len(RUFF_FIELDS)] == RUFF_FIELDS
    assert data["code"] == "SL402" and data["name"] == "doubled-word" and data["linter"] == "contradiction"
    assert data["fix_availability"] == "Sometimes" and data["fix"] == "Fix is sometimes available."
    assert data["preview"] is False and data["explanation"].startswith("## What it does\n")
    assert data["severity"] == "warning"


def test_a_rule_without_fix_says_so_in_json() -> None:
    unfixable = next(r for r in load_registry().rules if not r.fixable)
    data = json.loads(invoke(unfixable.name, "--output-format", "json").stdout)
    assert (data["code"], data["fix_availability"], data["fix"]) == (unfixable.code, "None", "Fix is not available.")


def test_all_as_json_is_a_list_of_every_rule_in_code_order() -> None:
    data = json.loads(invoke("--all", "--output-format", "json").stdout)
    assert [d["code"] for d in data] == [r.code for r in load_registry().rules]
    assert all(list(d)[: len(RUFF_FIELDS)] == RUFF_FIELDS for d in data)


def test_all_as_text_explains_every_rule_as_rule_code_does() -> None:
    everything = invoke("--all").stdout
    codes = [r.code for r in load_registry().rules]
    assert [line for line in everything.splitlines() if line.startswith("# ")] == [
        f"# {r.name} ({r.code})" for r in load_registry().rules
    ]
    assert everything.count("## What it does") == len(codes)
    assert invoke("SL002").stdout in everything


@pytest.mark.parametrize(
    ("given", "suggestion"), [("SL4061", "SL406"), ("sl4o2", "SL402"), ("doubled-wrd", "doubled-word")]
)
def test_unknown_rule_is_one_line_exit_2_with_a_suggestion(given: str, suggestion: str) -> None:
    result = invoke(given)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"seedlint: error: unknown rule {given!r}; did you mean {suggestion!r}? (see 'seedlint rules')"
    ]


def test_unknown_rule_without_a_close_match_has_no_suggestion() -> None:
    result = invoke("zzzzzz", "--output-format", "json")
    assert result.exit_code == 2
    assert result.stderr == "seedlint: error: unknown rule 'zzzzzz' (see 'seedlint rules')\n"


@pytest.mark.parametrize("args", [(), ("SL402", "--all")])
def test_a_rule_or_all_is_required_but_not_both(args: tuple[str, ...]) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert result.stderr == "seedlint: error: give either a RULE (a code or a name) or --all\n"
