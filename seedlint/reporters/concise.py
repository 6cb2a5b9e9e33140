"""One line per finding: ``path:line:col: CODE [*] message`` (``[*]`` marks a fixable finding)."""

from __future__ import annotations

from collections.abc import Sequence

from seedlint.model import Finding
from seedlint.reporters import Summary
from seedlint.reporters.summary_line import closing_line


def format_finding(f: Finding) -> str:
    return f"{f.path}:{f.line}:{f.column}: {f.code}{' [*]' if f.fixable else ''} {f.message}"


def render(findings: Sequence[Finding], summary: Summary) -> str:
    lines = [format_finding(f) for f in findings]
    lines.append(closing_line(findings, summary))
    return "\n".join(lines) + "\n"
