"""GitHub Actions workflow commands: one annotation per finding.

Escaping follows GitHub's runner (``actions/toolkit`` ``escapeData``/``escapeProperty``, undone by
the runner's ``ActionCommand`` parser): in the message ``%``, CR and LF are percent-encoded; in
property values ``:`` and ``,`` are too. That keeps every command on one line, so a document cannot
smuggle in a command of its own.

The runner decodes only those sequences, and the job log renders ANSI escape sequences, so every
other control character (ESC, BEL, C1, bidi controls) and any undecodable byte is first made
visible with :func:`seedlint.display.escape_text`. CR and LF are left to the percent-encoding,
which GitHub turns back into the real characters (a line break in an annotation message, the exact
file name in ``file=``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from seedlint.display import escape_text
from seedlint.model import Finding, Severity
from seedlint.reporters import Summary

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
_LINE_BREAK = re.compile("([\r\n])")


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def visible_in_log(value: str) -> str:
    """``value`` escaped for the log except CR and LF, which the command escaping encodes."""
    return "".join(part if part in ("\r", "\n") else escape_text(part) for part in _LINE_BREAK.split(value))


def render(findings: Sequence[Finding], summary: Summary) -> str:
    lines = []
    for f in findings:
        props = ",".join(
            f"{key}={escape_property(visible_in_log(str(value)))}"
            for key, value in (
                ("file", f.path),
                ("line", f.line),
                ("col", f.column),
                ("endLine", f.end_line),
                ("endColumn", f.end_column),
                ("title", f"{f.code} {f.name}"),
            )
        )
        lines.append(f"::{_LEVEL[f.severity]} {props}::{escape_data(visible_in_log(f'{f.code} {f.message}'))}\n")
    return "".join(lines)


render_file = render
