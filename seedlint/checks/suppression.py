"""SL9xx: findings about seedlint's own configuration of a document."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity

UNUSED_SUPPRESSION = Rule(
    code="SL901",
    name="unused-suppression",
    severity=Severity.INFO,
    summary="A suppression entry matches no finding in a document it applies to",
    explanation=(
        "## What it does\n"
        "Reports a `[[suppress]]` entry (in `.seedlintignore` or the config's `suppress` array) whose "
        "path matches the document and whose rule is enabled, but which silenced nothing there.\n\n"
        "## Why it matters\n"
        "Suppressions outlive the text they were written for. A stale one hides the next real "
        "finding of that rule in that document, like an unused `# noqa` comment.\n\n"
        "## Example\n"
        '```toml\n[[suppress]]\npath = "seeds/001.txt"\nrule = "SL304"\nmatched = "据悉"\n'
        'reason = "the agency is named two lines later"\n```\n'
        "after `据悉` was edited out of the document.\n\n"
        "## Fix\n"
        "Delete the entry, or narrow its `path` glob.\n"
    ),
    fail_examples=("A clean line without any byte-order mark.\n",),
    pass_examples=(b"\xef\xbb\xbfA line that starts with a byte-order mark.\n",),
    example_config=(
        'select = ["SL002", "SL901"]\n'
        '[[suppress]]\npath = "*"\nrule = "utf8-bom"\nreason = "these files come from a Windows tool"\n'
    ),
)


class SuppressionCheck:
    """Holds the rule's metadata; the engine reports it after the other checks, because only then
    is it known which suppressions silenced something."""

    name = "suppression"
    family = "seedlint"
    rules = (UNUSED_SUPPRESSION,)
    options: dict[str, Any] = {}

    def __init__(self, options: dict[str, Any]) -> None:
        self.settings = options

    def check(self, doc: Document, enabled: frozenset[str]) -> Iterator[Finding]:
        return iter(())


CHECKS = (SuppressionCheck,)
