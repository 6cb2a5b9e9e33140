"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Columns are Unicode code points (``columnKind: unicodeCodePoints``).

Locations: ``originalUriBaseIds`` defines ``%SRCROOT%`` as the current directory (a ``file://`` URI
ending in ``/``); a file under it has a relative ``uri`` with ``uriBaseId: "%SRCROOT%"``, so viewers
resolve it against their own checkout, and a file outside it has its absolute ``file:///`` URI and
no base. URIs percent-encode the file name's original bytes (:func:`seedlint.display.path_uri`).

``partialFingerprints`` keep results identified across edits:

- ``seedlintFingerprint/v1``: the finding's own fingerprint (rule, normalised matched text and
  occurrence number in its document; no line number and no path), the same for the same text in
  two files;
- ``seedlintPathFingerprint/v1``: that fingerprint hashed with the artifact URI, unique within a
  report (:class:`seedlint.reporters.identity.PathFingerprints`), so findings in two files are
  never taken for one.

Each rule links to its page (``helpUri``, :func:`seedlint.rule_docs.rule_url`) when it is a
built-in rule. The one ``invocation`` carries the exit code when the run knows it; it is marked
unsuccessful only for exit code 2 (a file, configuration or internal error), not for findings.
Every text is made valid UTF-8 with :func:`seedlint.display.json_safe`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import Any

from seedlint.display import json_safe, path_uri
from seedlint.model import Finding, Rule, Severity
from seedlint.registry import load_registry
from seedlint.reporters import Summary
from seedlint.reporters.identity import PathFingerprints
from seedlint.rule_docs import DOCS_URL, is_builtin, rule_url

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _has_page(rule: Rule) -> bool:
    """Only built-in rules have a page on the documentation site; plugin rules have none there."""
    registry = load_registry()
    try:
        return is_builtin(registry, rule)
    except KeyError:  # a rule no loaded check declares
        return False


def _rule(rule: Rule) -> dict[str, Any]:
    what = rule.explanation.split("\n\n## ", 1)[0].removeprefix("## What it does\n")
    described: dict[str, Any] = {
        "id": json_safe(rule.code),
        "name": json_safe(rule.name),
        "shortDescription": {"text": json_safe(rule.summary)},
        "fullDescription": {"text": json_safe(what)},
        "help": {"text": json_safe(rule.explanation), "markdown": json_safe(rule.explanation)},
        "defaultConfiguration": {"level": _LEVEL[rule.severity], "enabled": rule.default_enabled},
        "properties": {"family": json_safe(rule.family), "fixable": rule.fixable, "tags": [json_safe(rule.family)]},
    }
    if _has_page(rule):
        described["helpUri"] = rule_url(rule)
    return described


def file_uri(path: str) -> str:
    """The ``file://`` URI of an absolute path."""
    uri = path_uri(path)
    return "file://" + (uri if uri.startswith("/") else "/" + uri)  # "C:/x" on Windows: file:///C:/x


def artifact_location(path: str, root: str) -> dict[str, str]:
    """``path`` (as given, relative to ``root``, the current directory, or absolute) as an
    ``artifactLocation``: relative to ``%SRCROOT%`` when it lies under ``root``."""
    full = os.path.normpath(os.path.join(root, path))
    try:
        inside = os.path.commonpath([full, root]) == root and full != root
    except ValueError:  # another drive on Windows
        inside = False
    if inside:
        return {"uri": path_uri(os.path.relpath(full, root)), "uriBaseId": SRCROOT}
    return {"uri": file_uri(full)}


def _result(f: Finding, index: int, location: dict[str, str], located: str) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": f.end_line,
        "endColumn": f.end_column,
    }
    if f.matched:
        region["snippet"] = {"text": json_safe(f.matched)}
    result: dict[str, Any] = {
        "ruleId": json_safe(f.code),
        "ruleIndex": index,
        "level": _LEVEL[f.severity],
        "message": {"text": json_safe(f.message)},
        "locations": [{"physicalLocation": {"artifactLocation": location, "region": region}}],
        "partialFingerprints": {
            "seedlintFingerprint/v1": json_safe(f.fingerprint),
            "seedlintPathFingerprint/v1": located,
        },
    }
    if index < 0:
        del result["ruleIndex"]
    return result


def render(findings: Sequence[Finding], summary: Summary) -> str:
    root = os.path.normpath(os.getcwd())
    codes = sorted(set(summary.rules) | {f.code for f in findings})
    rules = [summary.rules[c] for c in codes if c in summary.rules]
    index = {r.code: i for i, r in enumerate(rules)}
    fingerprints = PathFingerprints()
    results = []
    for f in findings:
        location = artifact_location(f.path, root)
        results.append(_result(f, index.get(f.code, -1), location, fingerprints.of(location["uri"], f)))
    invocation: dict[str, Any] = {"executionSuccessful": summary.exit_code != 2}
    if summary.exit_code is not None:
        invocation["exitCode"] = summary.exit_code
    base = file_uri(root)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "seedlint",
                        "version": json_safe(summary.version),
                        "informationUri": DOCS_URL,
                        "rules": [_rule(r) for r in rules],
                    }
                },
                "invocations": [invocation],
                "originalUriBaseIds": {SRCROOT: {"uri": base if base.endswith("/") else base + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
