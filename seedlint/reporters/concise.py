"""One line per finding: ``path:line:col: CODE [*] message`` (``[*]`` marks a fixable finding).

Path and message are escaped (:mod:`seedlint.display`) so a finding is always exactly one line and
nothing from a document acts on the terminal.
"""

from __future__ import annotations

from collections.abc import Sequence

from seedlint.display import escape_path, escape_text
from seedlint.model import Finding
from seedlint.reporters import Summary
from seedlint.reporters.summary_line import closing_line


def format_finding(f: Finding) -> str:
    fixable = " [*]" if f.fixable else ""
    return f"{escape_path(f.path)}:{f.line}:{f.column}: {escape_text(f.code)}{fixable} {escape_text(f.message)}"


def render_file(findings: Sequence[Finding], summary: Summary) -> str:
    return "".join(format_finding(f) + "\n" for f in findings)


def render(findings: Sequence[Finding], summary: Summary) -> str:
    return render_file(findings, summary) + closing_line(findings, summary) + "\n"
