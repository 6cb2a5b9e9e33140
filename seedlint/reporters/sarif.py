"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Columns are Unicode code points (``columnKind: unicodeCodePoints``); ``partialFingerprints`` carry
the finding's line-independent fingerprint so results keep their identity across edits.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from seedlint.model import Finding, Rule, Severity
from seedlint.reporters import Summary

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    return quote(PurePath(path).as_posix())


def _rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.explanation.split("\n\n## ", 1)[0].removeprefix("## What it does\n")},
        "help": {"text": rule.explanation, "markdown": rule.explanation},
        "defaultConfiguration": {"level": _LEVEL[rule.severity], "enabled": rule.default_enabled},
        "properties": {"family": rule.family, "fixable": rule.fixable, "tags": [rule.family]},
    }


def _result(f: Finding, index: int) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": f.end_line,
        "endColumn": f.end_column,
    }
    if f.matched:
        region["snippet"] = {"text": f.matched}
    return {
        "ruleId": f.code,
        "ruleIndex": index,
        "level": _LEVEL[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(f.path)}, "region": region}}],
        "partialFingerprints": {"seedlintFingerprint/v1": f.fingerprint},
    }


def render(findings: Sequence[Finding], summary: Summary) -> str:
    codes = sorted(set(summary.rules) | {f.code for f in findings})
    rules = [summary.rules[c] for c in codes if c in summary.rules]
    index = {r.code: i for i, r in enumerate(rules)}
    results = [_result(f, index.get(f.code, -1)) for f in findings]
    for result in results:
        if result["ruleIndex"] < 0:
            del result["ruleIndex"]
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "seedlint",
                        "version": summary.version,
                        "informationUri": "https://pypi.org/project/seedlint/",
                        "rules": [_rule(r) for r in rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
