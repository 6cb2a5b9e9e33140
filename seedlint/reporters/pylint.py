"""Pylint's parseable format, one line per finding: ``path:line: [CODE] message`` (as ruff writes
it), read by editors and CI tools that know pylint. No summary line.

Path and message are escaped (:mod:`seedlint.display`) so a finding is always exactly one line.
"""

from __future__ import annotations

from collections.abc import Sequence

from seedlint.display import escape_path, escape_text
from seedlint.model import Finding
from seedlint.reporters import Summary


def format_finding(f: Finding) -> str:
    return f"{escape_path(f.path)}:{f.line}: [{escape_text(f.code)}] {escape_text(f.message)}"


def render(findings: Sequence[Finding], summary: Summary) -> str:
    return "".join(format_finding(f) + "\n" for f in findings)


render_file = render
