"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Columns are Unicode code points (``columnKind: unicodeCodePoints``); ``partialFingerprints`` carry
the finding's line-independent fingerprint so results keep their identity across edits.

Artifact URIs percent-encode the file name's original bytes (:func:`seedlint.display.path_uri`);
every text is made valid UTF-8 with :func:`seedlint.display.json_safe`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from seedlint.display import json_safe, path_uri
from seedlint.model import Finding, Rule, Severity
from seedlint.reporters import Summary

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _rule(rule: Rule) -> dict[str, Any]:
    what = rule.explanation.split("\n\n## ", 1)[0].removeprefix("## What it does\n")
    return {
        "id": json_safe(rule.code),
        "name": json_safe(rule.name),
        "shortDescription": {"text": json_safe(rule.summary)},
        "fullDescription": {"text": json_safe(what)},
        "help": {"text": json_safe(rule.explanation), "markdown": json_safe(rule.explanation)},
        "defaultConfiguration": {"level": _LEVEL[rule.severity], "enabled": rule.default_enabled},
        "properties": {"family": json_safe(rule.family), "fixable": rule.fixable, "tags": [json_safe(rule.family)]},
    }


def _result(f: Finding, index: int) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": f.end_line,
        "endColumn": f.end_column,
    }
    if f.matched:
        region["snippet"] = {"text": json_safe(f.matched)}
    return {
        "ruleId": json_safe(f.code),
        "ruleIndex": index,
        "level": _LEVEL[f.severity],
        "message": {"text": json_safe(f.message)},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": path_uri(f.path)}, "region": region}}],
        "partialFingerprints": {"seedlintFingerprint/v1": json_safe(f.fingerprint)},
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
                        "version": json_safe(summary.version),
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
