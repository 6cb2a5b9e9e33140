"""Machine-readable JSON (schema_version 1). Documented in README.md under "Output formats".

Text is exact except where it cannot be UTF-8: an undecodable byte of a file name or document
(a surrogate-escaped character) is written as the four characters ``\\xNN``, any other lone
surrogate as U+FFFD (:func:`seedlint.display.json_safe`). Control characters are JSON-escaped.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from seedlint.display import json_safe
from seedlint.model import Finding
from seedlint.reporters import Summary

SCHEMA_VERSION = 1


def finding_to_dict(f: Finding) -> dict[str, Any]:
    fix = None
    if f.fix is not None:
        fix = {
            "applicability": str(f.fix.applicability),
            "encoding": f.fix.encoding,
            "edits": [{"start": e.start, "end": e.end, "content": json_safe(e.content)} for e in f.fix.edits],
        }
    return {
        "path": json_safe(f.path),
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "code": json_safe(f.code),
        "name": json_safe(f.name),
        "family": f.family,
        "severity": str(f.severity),
        "message": json_safe(f.message),
        "matched": json_safe(f.matched),
        "fingerprint": json_safe(f.fingerprint),
        "fix": fix,
    }


def render(findings: Sequence[Finding], summary: Summary) -> str:
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        counts[str(f.severity)] += 1
    document = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "seedlint", "version": json_safe(summary.version)},
        "summary": {
            "files": summary.files,
            "findings": len(findings),
            "fixable": sum(1 for f in findings if f.fixable),
            "by_severity": counts,
            "hidden_by_baseline": summary.hidden_by_baseline,
        },
        "findings": [finding_to_dict(f) for f in findings],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
