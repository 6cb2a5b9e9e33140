"""The default format: each finding with its rule name, message and the source line, span marked.

Everything taken from a document or a file name is escaped (:mod:`seedlint.display`) before it is
measured or coloured: the carets are computed on the escaped line, so they stay under the span, and
our own colour codes are the only ones that reach the terminal.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import click

from seedlint.display import escape_path, escape_text
from seedlint.model import Finding, Severity
from seedlint.reporters import Summary
from seedlint.reporters.summary_line import closing_line

COLORS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


# Characters whose cells East Asian Width alone gives exactly as wcwidth does (checked for every
# one of them): ASCII, Latin, punctuation, CJK and full-width forms, without combining marks,
# zero-width or format characters, emoji or anything outside the Basic Multilingual Plane.
_PLAIN = re.compile(
    "[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u3000-\u3029\u3030-\u303f"
    "\u3041-\u3096\u309b-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6]*"
)


def _width(text: str) -> int:
    """Terminal cells, as wcwidth measures them: CJK and emoji take two, combining marks and
    zero-width characters none, and an emoji sequence joined by ZWJ or a flag counts once.
    Plain text (most Chinese news) is measured without loading wcwidth."""
    if _PLAIN.fullmatch(text):
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    from wcwidth import wcswidth, wcwidth

    cells = wcswidth(text)
    # -1 means a character wcwidth cannot place (a control one); they are escaped before this,
    # so count each remaining one as one cell rather than lose the alignment of the rest.
    return cells if cells >= 0 else sum(1 if wcwidth(c) < 0 else wcwidth(c) for c in text)


def _source(f: Finding, color: bool) -> list[str]:
    if not f.line_text:
        return []
    gutter = " " * len(str(f.line))
    stop = f.end_column - 1 if f.end_line == f.line else len(f.line_text)
    # escape_text works character by character, so escaping the prefix and the span separately
    # measures exactly the cells they take in the escaped line shown above the carets.
    shown = escape_text(f.line_text).expandtabs(1)
    pad = _width(escape_text(f.line_text[: f.column - 1]).expandtabs(1))
    marks = "^" * max(1, _width(escape_text(f.line_text[f.column - 1 : stop]).expandtabs(1)))
    marks = click.style(marks, fg=COLORS[f.severity], bold=True) if color else marks
    return [f"{gutter} |", f"{f.line} | {shown}", f"{gutter} | {' ' * pad}{marks}", ""]


def render(findings: Sequence[Finding], summary: Summary) -> str:
    return render_file(findings, summary) + closing_line(findings, summary) + "\n"


def render_file(findings: Sequence[Finding], summary: Summary) -> str:
    out: list[str] = []
    for f in findings:
        where = f"{escape_path(f.path)}:{f.line}:{f.column}:"
        code = f"{escape_text(f.code)}{' [*]' if f.fix_applies(summary.unsafe_fixes) else ''}"
        label = f"{f.severity}[{escape_text(f.name)}]"
        if summary.color:
            where = click.style(where, bold=True)
            code = click.style(code, fg=COLORS[f.severity], bold=True)
            label = click.style(label, fg=COLORS[f.severity])
        out.append(f"{where} {code} {label} {escape_text(f.message)}")
        out.extend(_source(f, summary.color))
    return "".join(line + "\n" for line in out)
