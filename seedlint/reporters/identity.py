"""The identity of a finding within a report, for formats whose readers track findings across runs.

A finding's own fingerprint (:func:`seedlint.model.fingerprint`: rule, normalised matched text and
occurrence number, no line number) is the same for the same text in two files; code-review systems
need one value per finding, so the report's fingerprint adds the path, and numbers the repeats of
findings that still coincide (built outside the engine, they may share a fingerprint).
"""

from __future__ import annotations

import hashlib

from seedlint.model import Finding, fingerprint


class PathFingerprints:
    """One per report: ``of(path, finding)`` is unique within it and survives unrelated edits."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str], int] = {}

    def of(self, path: str, f: Finding) -> str:
        own = f.fingerprint or fingerprint(f.code, f.matched, 0)
        repeat = self._seen.get((path, own), 0)
        self._seen[(path, own)] = repeat + 1
        key = f"{path}\x00{own}" + (f"\x00{repeat}" if repeat else "")
        # Hashed from the exact text (surrogates passed through), so it does not depend on how a
        # format makes the path printable.
        return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]
