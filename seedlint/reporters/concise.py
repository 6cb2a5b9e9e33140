"""One line per finding: ``path:line:col: CODE [*] message`` (``[*]`` marks a fixable finding).

Path and message are escaped (:mod:`seedlint.display`) so a finding is always exactly one line and
nothing from a document acts on the terminal.
"""

from __future__ import annotations

from collections.abc import Sequence

import click

from seedlint.display import escape_path, escape_text
from seedlint.model import Finding
from seedlint.reporters import Summary
from seedlint.reporters.summary_line import closing_line


def format_finding(f: Finding, color: bool = False, unsafe_fixes: bool = False) -> str:
    where = f"{escape_path(f.path)}:{f.line}:{f.column}:"
    code = f"{escape_text(f.code)}{' [*]' if f.fix_applies(unsafe_fixes) else ''}"
    if color:
        # As ruff colours its concise lines: the place in bold, the code in its severity's colour.
        from seedlint.reporters.full import COLORS

        where = click.style(where, bold=True)
        code = click.style(code, fg=COLORS[f.severity], bold=True)
    return f"{where} {code} {escape_text(f.message)}"


def render_file(findings: Sequence[Finding], summary: Summary) -> str:
    return "".join(format_finding(f, summary.color, summary.unsafe_fixes) + "\n" for f in findings)


def render(findings: Sequence[Finding], summary: Summary) -> str:
    return render_file(findings, summary) + closing_line(findings, summary) + "\n"
