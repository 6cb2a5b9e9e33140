"""Every rule documents itself with examples; this proves each one does what it says."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from seedlint.config import Settings, settings_from_table
from seedlint.engine import lint_text, run
from seedlint.registry import load_registry

RULES = load_registry().rules
SECTIONS = ("## What it does", "## Why it matters", "## Example", "## Fix")


def _settings(rule) -> Settings:
    """Only the rule itself, unless it documents the configuration its examples need."""
    if rule.example_config:
        return settings_from_table(tomllib.loads(rule.example_config), Path("example.toml"))
    return Settings(select=(rule.code,))


def _findings(rule, example):
    """The example's findings: linted alone, or as ``example_copies`` files of one folder for a
    rule reported from a whole run."""
    if not rule.example_copies:
        return lint_text(example, settings=_settings(rule))
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for i in range(rule.example_copies):
            name = Path(folder, f"{i}.txt")
            name.write_bytes(example if isinstance(example, bytes) else example.encode("utf-8"))
        return run([folder], _settings(rule)).findings


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r.code}-{r.name}")
def test_rule_has_examples_and_explanation(rule):
    assert rule.fail_examples, f"{rule.code} has no fail examples"
    assert rule.pass_examples, f"{rule.code} has no pass examples"
    assert rule.summary and not rule.summary.endswith(".")
    for section in SECTIONS:
        assert section in rule.explanation, f"{rule.code} explanation lacks {section!r}"


@pytest.mark.parametrize(
    "rule,example",
    [(r, ex) for r in RULES for ex in r.fail_examples],
    ids=lambda v: v.code if hasattr(v, "code") else "",
)
def test_fail_example_is_flagged(rule, example):
    codes = [f.code for f in _findings(rule, example)]
    assert rule.code in codes, f"{rule.code} did not flag {example!r}"


@pytest.mark.parametrize(
    "rule,example",
    [(r, ex) for r in RULES for ex in r.pass_examples],
    ids=lambda v: v.code if hasattr(v, "code") else "",
)
def test_pass_example_is_not_flagged(rule, example):
    codes = [f.code for f in _findings(rule, example)]
    assert rule.code not in codes, f"{rule.code} flagged {example!r}"


def test_fixable_rules_say_so():
    for rule in RULES:
        for example in rule.fail_examples:
            for finding in _findings(rule, example):
                if finding.fix is not None:
                    assert rule.fixable, f"{rule.code} produced a fix but is not marked fixable"
