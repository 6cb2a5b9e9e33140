"""Shared by the harnesses: the invariants every finding must keep."""

from __future__ import annotations


def check_findings(text: str, findings) -> None:  # noqa: ANN001 - list[Finding]
    for f in findings:
        assert 0 <= f.start <= f.end <= len(text), (f.code, f.start, f.end, len(text))
        assert f.line >= 1 and f.column >= 1, (f.code, f.line, f.column)
