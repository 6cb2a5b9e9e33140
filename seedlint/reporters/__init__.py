"""Output formats, one module each. A reporter is a pure function of the findings:

    def render(findings: Sequence[Finding], summary: Summary) -> str

Formats made of one record per finding (``STREAMING``) also have ``render_file``, the output for
one file's findings, so a run can write each file's findings as soon as they are known; the human
formats then end with the closing line (``summary_line.closing_line_of``).

``FORMATS`` maps the ``--output-format`` names to their modules, imported only when used.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import cast

from seedlint.model import Finding, Rule, Severity

FORMATS = {
    "full": "seedlint.reporters.full",
    "concise": "seedlint.reporters.concise",
    "grouped": "seedlint.reporters.grouped",
    "pylint": "seedlint.reporters.pylint",
    "azure": "seedlint.reporters.azure",
    "json": "seedlint.reporters.json",
    "json-lines": "seedlint.reporters.json_lines",
    "sarif": "seedlint.reporters.sarif",
    "github": "seedlint.reporters.github",
    "gitlab": "seedlint.reporters.gitlab",
    "rdjson": "seedlint.reporters.rdjson",
    "junit": "seedlint.reporters.junit",
    "html": "seedlint.reporters.html",
}
# Formats read by people: they end with a summary line; the others print nothing but their data.
HUMAN_FORMATS = {"full", "concise", "grouped"}
STREAMING = {"full", "concise", "grouped", "json-lines", "github", "pylint", "azure"}
# What --statistics can be written as: a text table for the human formats, JSON for json. Other
# formats have a schema of their own that statistics do not fit, so the combination is refused.
STATISTICS_FORMATS = ("full", "concise", "grouped", "json")


@dataclass(frozen=True)
class Summary:
    """What a reporter may say besides the findings themselves."""

    files: int = 0
    rules: Mapping[str, Rule] = field(default_factory=dict)
    version: str = "0"
    color: bool = False
    fixed: int = 0
    hidden_by_baseline: int = 0
    paths: Sequence[str] = ()  # every file checked, for formats that list passing files too
    fail_on: Severity = Severity.WARNING  # the lowest severity that fails the run (settings' fail-on)
    exit_code: int | None = None  # the run's exit code when known before the report is written
    settings: tuple[tuple[str, str], ...] = ()  # the resolved settings as (key, value), for reports that show them
    unsafe_fixes: bool = False  # --unsafe-fixes: unsafe fixes count as fixable and are marked [*]


def render(fmt: str, findings: Sequence[Finding], summary: Summary) -> str:
    module = importlib.import_module(FORMATS[fmt])
    return cast(str, module.render(findings, summary))


def render_file(fmt: str, findings: Sequence[Finding], summary: Summary) -> str:
    """One file's part of a ``STREAMING`` format."""
    module = importlib.import_module(FORMATS[fmt])
    return cast(str, module.render_file(findings, summary))
