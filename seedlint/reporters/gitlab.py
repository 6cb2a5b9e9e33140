"""GitLab Code Quality report: a JSON array of Code Climate issues, read by GitLab from a job's
``artifacts:reports:codequality`` file and shown in merge requests.

GitLab matches issues between the base and head pipelines by ``fingerprint``, so it must be unique
within a report and survive unrelated edits: it is derived from the path and the finding's own
fingerprint (rule, normalised matched text and occurrence number, no line number):
:class:`seedlint.reporters.identity.PathFingerprints`.

Texts are made valid UTF-8 with :func:`seedlint.display.json_safe`; the fingerprint is hashed from
the exact text (surrogates passed through), so it does not change with that substitution.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from seedlint.display import json_safe
from seedlint.model import Finding, Severity
from seedlint.reporters import Summary
from seedlint.reporters.identity import PathFingerprints

SEVERITIES = {Severity.INFO: "info", Severity.WARNING: "minor", Severity.ERROR: "major"}


def render(findings: Sequence[Finding], summary: Summary) -> str:
    fingerprints = PathFingerprints()  # GitLab shows only one issue per fingerprint
    issues = []
    for f in findings:
        path = report_path(f.path)
        issues.append(
            {
                "type": "issue",
                "description": json_safe(f"{f.code} {f.message}"),
                "check_name": json_safe(f.code),
                "fingerprint": fingerprints.of(path, f),
                "severity": SEVERITIES[f.severity],
                "location": {"path": json_safe(path), "lines": {"begin": f.line, "end": max(f.line, f.end_line)}},
            }
        )
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


def report_path(path: str) -> str:
    """GitLab links ``location.path`` relative to the repository root with forward slashes;
    paths are written as given (run seedlint from the repository root), minus a leading ``./``."""
    path = path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path
