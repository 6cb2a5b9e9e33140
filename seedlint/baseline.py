"""Baselines: record today's findings so that only new ones are reported.

Entries are keyed by path, rule code and the finding's fingerprint (rule + normalized matched text +
occurrence), never by line number, so inserting or reflowing lines keeps an entry valid while a
change to the matched text makes the finding reappear.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from seedlint.files import FileReadError, read_regular_text
from seedlint.fixes import write_atomic
from seedlint.model import Finding

SCHEMA_VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be read or has the wrong shape."""


Key = tuple[str, str, str]


def _relative(path: str, root: str) -> str:
    try:
        return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except (ValueError, OSError):
        return PurePath(path).as_posix()


@dataclass
class Baseline:
    entries: list[dict[str, Any]]
    root: str

    def key(self, finding: Finding) -> Key:
        return (_relative(finding.path, self.root), finding.code, finding.fingerprint)

    @staticmethod
    def entry_key(entry: dict[str, Any]) -> Key:
        return (entry["path"], entry["code"], entry["fingerprint"])

    def split(self, findings: Iterable[Finding]) -> tuple[list[Finding], int, set[Key]]:
        """(findings not in the baseline, how many it hid, keys of the entries that matched)."""
        known = {self.entry_key(e) for e in self.entries}
        kept, used = [], set()
        hidden = 0
        for f in findings:
            key = self.key(f)
            if key in known:
                hidden += 1
                used.add(key)
            else:
                kept.append(f)
        return kept, hidden, used


# A corpus baseline holds one entry per finding (about 200 bytes each), so it may be far larger than
# a config file; 256 MB is over a million entries and still a bounded read.
BASELINE_LIMIT = 256 * 1024 * 1024


def load(path: str | Path, root: str) -> Baseline:
    """Read a baseline: a regular file of at most BASELINE_LIMIT bytes (a FIFO or a device is
    refused at once); every problem is a BaselineError whose one-line message starts with the path."""
    if not os.path.lexists(path):
        raise BaselineError(f"{path}: baseline file not found (create it with --add-baseline)")
    try:
        data = json.loads(read_regular_text(str(path), BASELINE_LIMIT))
    except FileReadError as exc:
        raise BaselineError(str(exc)) from None
    except ValueError as exc:  # JSONDecodeError, or an integer too long to convert
        raise BaselineError(f"{path}: cannot read baseline: {exc}") from None
    except RecursionError:
        raise BaselineError(f"{path}: cannot read baseline: nested too deeply") from None
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION or not isinstance(entries, list):
        raise BaselineError(f"{path}: not a seedlint baseline (schema_version {SCHEMA_VERSION})")
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(k), str) for k in ("path", "code", "fingerprint")
        ):
            shown = repr(entry)
            shown = shown if len(shown) <= 120 else shown[:117] + "..."
            raise BaselineError(f"{path}: entry #{number} {shown} needs string path, code and fingerprint")
    return Baseline(entries, root)


def write(path: str | Path, findings: Sequence[Finding], root: str, previous: Baseline | None = None) -> int:
    """Write a baseline of ``findings``, keeping the ``reason`` of entries that already had one."""
    reasons = {Baseline.entry_key(e): e.get("reason", "") for e in (previous.entries if previous else [])}
    base = Baseline([], root)
    entries = []
    for f in findings:
        key = base.key(f)
        entry = {"path": key[0], "code": f.code, "fingerprint": f.fingerprint, "matched": f.matched[:200]}
        if reasons.get(key):
            entry["reason"] = reasons[key]
        entries.append(entry)
    entries.sort(key=lambda e: (e["path"], e["code"], e["fingerprint"]))
    _save(path, entries)
    return len(entries)


def _save(path: str | Path, entries: list[dict[str, Any]]) -> None:
    document = {"schema_version": SCHEMA_VERSION, "tool": "seedlint", "entries": entries}
    os.makedirs(Path(path).resolve().parent, exist_ok=True)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        # A file name that is not UTF-8 (surrogate-escaped): JSON's \u escapes carry it exactly.
        data = (json.dumps(document, ensure_ascii=True, indent=2) + "\n").encode("ascii")
    write_atomic(path, data)


def prune(path: str | Path, baseline: Baseline, used: set[Key], checked_paths: Iterable[str]) -> int:
    """Drop entries for checked files that no longer match a finding; returns how many went."""
    checked = {_relative(p, baseline.root) for p in checked_paths}
    keep = [e for e in baseline.entries if e["path"] not in checked or Baseline.entry_key(e) in used]
    _save(path, keep)
    return len(baseline.entries) - len(keep)
