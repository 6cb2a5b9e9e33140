"""The closing line of the human formats."""

from __future__ import annotations

from collections.abc import Sequence

from seedlint.model import Finding
from seedlint.reporters import Summary


def closing_line(findings: Sequence[Finding], summary: Summary) -> str:
    safe = sum(1 for f in findings if f.fix_applies(False))
    return closing_line_of(len(findings), safe, sum(1 for f in findings if f.fixable), summary)


def closing_line_of(n: int, safe: int, fixable: int, summary: Summary) -> str:
    """The closing line from counts (findings, those with a safe fix, those with any fix), for
    output written file by file. As in ruff, "fixable" is what ``--fix`` would apply; unsafe fixes
    are counted apart unless ``--unsafe-fixes`` is given."""
    if n == 0 and not summary.fixed and not summary.hidden_by_baseline:
        return "All checks passed!"
    applies = fixable if summary.unsafe_fixes else safe
    hidden = fixable - applies
    more = f"; {hidden} hidden fix{'es' * (hidden != 1)} can be enabled with --unsafe-fixes" if hidden else ""
    line = (
        f"Found {n} finding{'' if n == 1 else 's'} in {summary.files} file{'' if summary.files == 1 else 's'}"
        f" ({applies} fixable{more})."
    )
    extras = []
    if summary.fixed:
        extras.append(f"{summary.fixed} fixed")
    if summary.hidden_by_baseline:
        extras.append(f"{summary.hidden_by_baseline} hidden by the baseline")
    if extras:
        line = line[:-1] + f"; {', '.join(extras)}."
    return line
