"""JUnit XML: one test case per checked file, one ``<failure>`` per finding in it, so CI systems
that show test reports (GitLab, Jenkins, Azure Pipelines) list every file and mark the bad ones.

``failures`` counts failed test cases (files with findings), as JUnit readers expect; each failure
element still stands for one finding. Characters XML 1.0 cannot carry at all (C0 controls other
than tab and line breaks, lone surrogates, U+FFFE/U+FFFF) are written as visible ``\\xNN`` /
``\\uNNNN`` escapes; an undecodable byte of a file name or document (a surrogate-escaped
U+DC80..U+DCFF) is written as ``\\xNN`` of the byte itself, as in the other formats
(:func:`seedlint.display.json_safe`), and is never confused with a control character, which is
always below ``\\x20``.
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


def render(findings: Sequence[Finding], summary: Summary) -> str:
    by_path: dict[str, list[Finding]] = {path: [] for path in summary.paths}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    failed = sum(1 for found in by_path.values() if found)
    counts = {"tests": str(len(by_path)), "failures": str(failed), "errors": "0"}
    root = ET.Element("testsuites", {"name": "seedlint", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": "seedlint", **counts, "skipped": "0"})
    for path, found in by_path.items():
        case = ET.SubElement(suite, "testcase", {"name": _xml_text(path), "classname": _xml_text(path)})
        for f in found:
            failure = ET.SubElement(
                case,
                "failure",
                {"message": _xml_text(f"{f.line}:{f.column}: {f.code} {f.message}"), "type": f.code},
            )
            detail = f"{f.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message}"
            if f.line_text:
                detail += f"\n  | {f.line_text}"
            failure.text = _xml_text(detail)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
