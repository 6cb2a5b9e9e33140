"""Apply fixes to a document and write the result without ever leaving a half-written file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from seedlint.document import Document
from seedlint.model import Applicability, Finding


class FixError(Exception):
    """A file that cannot be fixed safely (e.g. its bytes could not all be decoded)."""


@dataclass(frozen=True)
class FixResult:
    text: str
    encoding: str
    bom: bool
    applied: tuple[Finding, ...]

    def encoded(self) -> bytes:
        data = self.text.encode(self.encoding)
        return ("\ufeff".encode(self.encoding) + data) if self.bom else data


def applicable(finding: Finding, unsafe: bool) -> bool:
    return finding.fix is not None and (unsafe or finding.fix.applicability is Applicability.SAFE)


def apply_fixes(doc: Document, findings: Iterable[Finding], *, unsafe: bool = False) -> FixResult:
    """Apply every applicable fix whose edits do not overlap an earlier one; the rest stay findings
    (running ``--fix`` again picks them up, as ruff does)."""
    if doc.undecodable:
        raise FixError(f"{doc.path}: has bytes that could not be decoded; fixing would lose them")
    chosen: list[Finding] = []
    taken: list[tuple[int, int]] = []
    encoding, bom = doc.encoding, doc.bom
    for finding in findings:
        if not applicable(finding, unsafe):
            continue
        assert finding.fix is not None
        spans = [(e.start, e.end) for e in finding.fix.edits]
        if any(s < te and ts < e or (s == e == ts == te) for s, e in spans for ts, te in taken):
            continue
        chosen.append(finding)
        taken.extend(spans)
        if finding.fix.encoding is not None:
            encoding, bom = finding.fix.encoding, False
    edits = sorted((e for f in chosen for e in f.fix.edits), key=lambda e: (e.start, e.end))  # type: ignore[union-attr]
    parts: list[str] = []
    cursor = 0
    for edit in edits:
        parts.append(doc.text[cursor : edit.start])
        parts.append(edit.content)
        cursor = max(cursor, edit.end)
    parts.append(doc.text[cursor:])
    return FixResult("".join(parts), encoding, bom, tuple(chosen))


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, flush it to disk, then rename it over the
    original: a crash leaves either the old file or the new one, never a mix. Keeps the mode."""
    target = Path(path)
    mode = target.stat().st_mode if target.exists() else None
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".seedlint-tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
