"""Findings grouped under their file's name (ruff's ``grouped`` format)::

    news/a b.txt:
       2:10 SL005 [*] Invisible character: U+200B ZERO WIDTH SPACE
      12:1  SL102 Navigation chrome

Line numbers are right-aligned and columns padded so the codes line up within a file; a blank line
ends each file's group and the closing line ends the report. Path and message are escaped
(:mod:`seedlint.display`) so each finding is exactly one line.
"""

from __future__ import annotations

from collections.abc import Sequence

import click

from seedlint.display import escape_path, escape_text
from seedlint.model import Finding
from seedlint.reporters import Summary
from seedlint.reporters.full import COLORS
from seedlint.reporters.summary_line import closing_line


def _group(path: str, found: Sequence[Finding], color: bool, unsafe_fixes: bool) -> list[str]:
    header = escape_path(path)
    lines = [(click.style(header, bold=True, underline=True) if color else header) + ":"]
    row_width = max(len(str(f.line)) for f in found)
    column_width = max(len(str(f.column)) for f in found)
    for f in found:
        code = escape_text(f.code)
        if color:
            code = click.style(code, fg=COLORS[f.severity], bold=True)
        fix = "[*] " if f.fix_applies(unsafe_fixes) else ""
        where = f"{f.line:>{row_width}}:{f.column:<{column_width}}"
        lines.append(f"  {where} {code} {fix}{escape_text(f.message)}")
    lines.append("")
    return lines


def render_file(findings: Sequence[Finding], summary: Summary) -> str:
    groups: dict[str, list[Finding]] = {}
    for f in findings:
        groups.setdefault(f.path, []).append(f)
    return "".join(
        line + "\n"
        for path, found in groups.items()
        for line in _group(path, found, summary.color, summary.unsafe_fixes)
    )


def render(findings: Sequence[Finding], summary: Summary) -> str:
    return render_file(findings, summary) + closing_line(findings, summary) + "\n"
