"""GitHub Actions workflow commands: one annotation per finding.

Escaping follows GitHub's runner: in the message ``%``, CR and LF are percent-encoded; in property
values ``:`` and ``,`` are too.
"""

from __future__ import annotations

from collections.abc import Sequence

from seedlint.model import Finding, Severity
from seedlint.reporters import Summary

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(findings: Sequence[Finding], summary: Summary) -> str:
    lines = []
    for f in findings:
        props = ",".join(
            f"{key}={escape_property(str(value))}"
            for key, value in (
                ("file", f.path),
                ("line", f.line),
                ("col", f.column),
                ("endLine", f.end_line),
                ("endColumn", f.end_column),
                ("title", f"{f.code} {f.name}"),
            )
        )
        lines.append(f"::{_LEVEL[f.severity]} {props}::{escape_data(f'{f.code} {f.message}')}\n")
    return "".join(lines)
