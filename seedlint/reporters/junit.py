"""JUnit XML: one test case per finding and one passing test case per clean file, so CI systems
that show test reports (GitLab, Jenkins, Azure Pipelines) list every checked file and each finding.

A finding's case is named ``seedlint.<CODE>`` with the file's path as ``classname`` (ruff's
``org.ruff.<CODE>``), its line and column in the message and in ``line``/``column`` attributes; a
clean file's case is named ``seedlint``. A finding at or above the run's fail level (``fail-on``)
is a ``<failure>``; one below it is ``<skipped>`` with the same message, so the report shows it
without failing, as the exit code does. ``tests``, ``failures`` and ``skipped`` count those cases.

Characters XML 1.0 cannot carry at all (C0 controls other than tab and line breaks, lone surrogates,
U+FFFE/U+FFFF) are written as visible ``\\xNN`` / ``\\uNNNN`` escapes; an undecodable byte of a file
name or document (a surrogate-escaped U+DC80..U+DCFF) is written as ``\\xNN`` of the byte itself, as
in the other formats (:func:`seedlint.display.json_safe`), and is never confused with a control
character, which is always below ``\\x20``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from seedlint.model import Finding
from seedlint.reporters import Summary

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _xml_text(text: str) -> str:
    return _NOT_XML.sub(_escape, text)


def _detail(f: Finding) -> str:
    detail = f"{f.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}"
    return detail + (f"\n  | {f.line_text}" if f.line_text else "")


def render(findings: Sequence[Finding], summary: Summary) -> str:
    by_path: dict[str, list[Finding]] = {path: [] for path in summary.paths}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    root = ET.Element("testsuites", {"name": "seedlint"})
    suite = ET.SubElement(root, "testsuite", {"name": "seedlint"})
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for path, found in by_path.items():
        classname = _xml_text(path)
        if not found:
            ET.SubElement(suite, "testcase", {"name": "seedlint", "classname": classname})
        for f in found:
            case = ET.SubElement(
                suite,
                "testcase",
                {
                    "name": _xml_text(f"seedlint.{f.code}"),
                    "classname": classname,
                    "line": str(f.line),
                    "column": str(f.column),
                },
            )
            message = _xml_text(f"{f.line}:{f.column}: {f.code} {f.message}")
            if f.severity >= summary.fail_on:
                outcome = ET.SubElement(case, "failure", {"message": message, "type": _xml_text(f.code)})
                counts["failures"] += 1
            else:
                outcome = ET.SubElement(case, "skipped", {"message": message})
                counts["skipped"] += 1
            outcome.text = _xml_text(_detail(f))
        counts["tests"] += len(found) or 1
    totals = {key: str(value) for key, value in counts.items()}
    root.attrib.update({key: totals[key] for key in ("tests", "failures", "errors")})
    suite.attrib.update(totals)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
