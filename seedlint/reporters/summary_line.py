"""The closing line of the human formats."""

from __future__ import annotations

from collections.abc import Sequence

from seedlint.model import Finding
from seedlint.reporters import Summary


def closing_line(findings: Sequence[Finding], summary: Summary) -> str:
    return closing_line_of(len(findings), sum(1 for f in findings if f.fixable), summary)


def closing_line_of(n: int, fixable: int, summary: Summary) -> str:
    """The closing line from counts, for output written file by file."""
    if n == 0 and not summary.fixed and not summary.hidden_by_baseline:
        return "All checks passed!"
    line = (
        f"Found {n} finding{'' if n == 1 else 's'} in {summary.files} file{'' if summary.files == 1 else 's'}"
        f" ({fixable} fixable)."
    )
    extras = []
    if summary.fixed:
        extras.append(f"{summary.fixed} fixed")
    if summary.hidden_by_baseline:
        extras.append(f"{summary.hidden_by_baseline} hidden by the baseline")
    if extras:
        line = line[:-1] + f"; {', '.join(extras)}."
    return line
