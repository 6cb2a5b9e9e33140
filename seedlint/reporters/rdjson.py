"""reviewdog Diagnostic Format (rdjson): one ``DiagnosticResult`` object for ``reviewdog -f=rdjson``.

rdjson columns count UTF-8 bytes (1-based) while findings count code points, so columns are
converted using the text a finding carries: ``line_text`` (its first line) and ``matched`` (the
literal text of its span). Byte columns are those of the decoded text written as UTF-8, which are
the file's own byte columns for a UTF-8 file without a byte-order mark.

When either column of a range cannot be computed exactly (the first line is too long to be
carried in ``line_text``, or a multi-line finding quotes something other than its literal span)
both columns are left out: reviewdog then reads the range as whole lines ``line``..``end_line``,
which still covers the finding. Safe fixes become ``suggestions`` only when every edit of the fix
lies inside that known text, so a suggestion never carries a guessed range.

Positions are computed on the exact text; the strings written are made valid UTF-8 with
:func:`seedlint.display.json_safe`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from seedlint.display import json_safe
from seedlint.model import Applicability, Finding, Severity
from seedlint.reporters import Summary

SEVERITIES = {Severity.INFO: "INFO", Severity.WARNING: "WARNING", Severity.ERROR: "ERROR"}


def render(findings: Sequence[Finding], summary: Summary) -> str:
    result: dict[str, Any] = {"source": {"name": "seedlint"}}
    if findings:
        result["severity"] = SEVERITIES[max(f.severity for f in findings)]
    result["diagnostics"] = [_diagnostic(f) for f in findings]
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"


def _diagnostic(f: Finding) -> dict[str, Any]:
    window = _KnownText.of(f)
    start = window.position(f.start) if window else None
    end = window.position(max(f.start, f.end)) if window else None
    if start and end:
        range_ = {"start": start, "end": end}
    else:
        range_ = {"start": {"line": f.line}, "end": {"line": max(f.line, f.end_line)}}
    diagnostic: dict[str, Any] = {
        "message": json_safe(f.message),
        "location": {"path": json_safe(f.path), "range": range_},
        "severity": SEVERITIES[f.severity],
        "code": {"value": json_safe(f.code)},
    }
    suggestions = _suggestions(f, window)
    if suggestions:
        diagnostic["suggestions"] = suggestions
    return diagnostic


def _suggestions(f: Finding, window: _KnownText | None) -> list[dict[str, Any]]:
    # A fix that rewrites the file's encoding cannot be expressed as a text replacement.
    if f.fix is None or f.fix.applicability is not Applicability.SAFE or f.fix.encoding or not window:
        return []
    suggestions = []
    for edit in f.fix.edits:
        start, end = window.position(edit.start), window.position(edit.end)
        if start is None or end is None:
            return []
        suggestions.append({"range": {"start": start, "end": end}, "text": json_safe(edit.content)})
    return suggestions


class _KnownText:
    """A stretch of the document whose text the finding lets us rebuild exactly: from the start of
    the finding's first line to the end of its span (or of that line, for one-line findings)."""

    def __init__(self, offset: int, line: int, text: str) -> None:
        self.offset = offset
        self.line = line
        self.text = text

    @classmethod
    def of(cls, f: Finding) -> _KnownText | None:
        prefix_length = f.column - 1
        line_start = f.start - prefix_length
        # An empty line_text is either an empty line or one too long to carry; only a finding at
        # column 1 is unambiguous then.
        if prefix_length and len(f.line_text) < prefix_length:
            return None
        prefix = f.line_text[:prefix_length]
        span = max(0, f.end - f.start)
        literal = len(f.matched) == span and _ends_at(f.matched, f.end_line - f.line, f.end_column, f.column)
        if f.end_line == f.line and f.line_text:
            return cls(line_start, f.line, f.line_text)
        if literal:
            return cls(line_start, f.line, prefix + f.matched)
        return None

    def position(self, offset: int) -> dict[str, int] | None:
        """rdjson position (line, UTF-8 byte column) of a document offset inside the known text."""
        index = offset - self.offset
        if not 0 <= index <= len(self.text):
            return None
        before = self.text[:index]
        line_start = max(before.rfind("\n"), before.rfind("\r")) + 1
        line = self.line + _count_breaks(before)
        return {"line": line, "column": len(before[line_start:].encode("utf-8", "surrogatepass")) + 1}


def _count_breaks(text: str) -> int:
    return text.count("\r") + text.count("\n") - text.count("\r\n")


def _ends_at(matched: str, breaks: int, end_column: int, column: int) -> bool:
    """Whether ``matched`` has exactly the shape the finding's positions describe: as many line
    breaks as lines it spans, and a last line ending at ``end_column``."""
    if _count_breaks(matched) != breaks:
        return False
    if breaks == 0:
        return len(matched) == end_column - column
    last = max(matched.rfind("\n"), matched.rfind("\r"))
    return len(matched) - last - 1 == end_column - 1
