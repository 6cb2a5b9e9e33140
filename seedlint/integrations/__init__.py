"""Running seedlint inside existing engines: Ray Data (``ray``) and datatrove (``datatrove``).

Both lint each document with the same settings and checks as ``seedlint check`` (built once per
worker process) and describe its findings the same way, ``finding_record``: a plain dict of code,
name, severity, line, column, end line and column, message, matched text, whether it has a fix, its
fingerprint, and the characters its safe fix removes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from seedlint.config import Settings
from seedlint.document import Document
from seedlint.engine import lint_document, with_repeated
from seedlint.model import Finding


def finding_record(f: Finding) -> dict[str, Any]:
    """One finding as the integrations store it (a struct in Arrow, a dict in document metadata)."""
    return {
        "code": f.code,
        "name": f.name,
        "severity": str(f.severity),
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "message": f.message,
        "matched": f.matched,
        "fixable": f.fixable,
        "fingerprint": f.fingerprint,
        "removed_by_safe_fix": f.removed_by_safe_fix,
    }


def arrow_finding_type() -> Any:
    """``finding_record`` as an Arrow struct type (needs pyarrow)."""
    import pyarrow as pa

    strings = ("code", "name", "severity")
    numbers = ("line", "column", "end_line", "end_column")
    fields = [(n, pa.string()) for n in strings] + [(n, pa.int64()) for n in numbers]
    return pa.struct(
        [
            *fields,
            ("message", pa.string()),
            ("matched", pa.string()),
            ("fixable", pa.bool_()),
            ("fingerprint", pa.string()),
            ("removed_by_safe_fix", pa.int64()),
        ]
    )


def lint_one(
    text: str, path: str, settings: Settings, repeated: Mapping[int, int] | None = None, site: str | None = None
) -> list[dict[str, Any]]:
    """The findings of one document as records, in the order ``seedlint check`` reports them;
    ``repeated`` holds the corpus's repeated lines when SL104 is selected, counted per ``site``."""
    doc = Document(text, path)
    found = with_repeated(doc, lint_document(doc, settings), settings, repeated, site)
    return [finding_record(f) for f in found]
