"""paths -> files -> Documents -> checks -> findings.

Linting one document is a pure function of (bytes or text, path, settings); the built checks are
created once per process and settings, so a process pool or a distributed engine can call
``lint_bytes`` on any worker without change.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from seedlint.config import Settings
from seedlint.document import Document
from seedlint.model import Finding, fingerprint, normalize_matched
from seedlint.registry import Check, load_registry

# Below this many files a process pool costs more to start than it saves.
PARALLEL_THRESHOLD = 64
BINARY_SNIFF = 8192


class PathError(Exception):
    """A path the user named that does not exist or cannot be read."""


class CheckError(Exception):
    """A check raised while linting a document."""


@dataclass
class LintRun:
    findings: list[Finding] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)

    @property
    def files(self) -> int:
        return len(self.checked)


# One document ----------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _built_checks(check_options: tuple[tuple[str, str], ...]) -> tuple[Check, ...]:
    """Checks compile their patterns in __init__: build them once per process and option set."""
    settings = Settings(check_options=check_options)
    return tuple(c(settings.options_for(c.name, c.options)) for c in load_registry().checks)


def lint_document(doc: Document, settings: Settings | None = None) -> list[Finding]:
    """Run every enabled check on one decoded document; findings sorted and fingerprinted."""
    settings = settings or Settings()
    enabled = settings.enabled_codes(doc.path)
    findings: list[Finding] = []
    for check in _built_checks(settings.check_options):
        codes = enabled.intersection(r.code for r in check.rules)
        if not codes:
            continue
        try:
            findings.extend(f for f in check.check(doc, codes) if f.code in codes)
        except Exception as exc:  # a broken check must name itself, not crash anonymously
            raise CheckError(f"check {check.name!r} failed on {doc.path}: {type(exc).__name__}: {exc}") from exc
    if settings.suppressions:
        findings = _suppress(doc, findings, settings, enabled)
    return _fingerprinted(sorted(findings, key=Finding.sort_key))


def _suppress(doc: Document, findings: list[Finding], settings: Settings, enabled: frozenset[str]) -> list[Finding]:
    """Drop findings silenced by ``[[suppress]]`` entries; report entries that silenced nothing."""
    from seedlint.checks.suppression import UNUSED_SUPPRESSION

    kept: list[Finding] = []
    active = [s for s in settings.suppressions if s.rule in enabled and settings.path_matches(doc.path, s.path)]
    used: set[int] = set()
    for f in findings:
        hits = [
            i
            for i, s in enumerate(active)
            if s.rule == f.code and (s.matched is None or normalize_matched(s.matched) in normalize_matched(f.matched))
        ]
        used.update(hits)
        if not hits:
            kept.append(f)
    if UNUSED_SUPPRESSION.code in enabled:
        for i, s in enumerate(active):
            if i not in used:
                what = f" matching {s.matched!r}" if s.matched else ""
                message = f"Suppression of {s.rule}{what} for {s.path!r} matched nothing (reason given: {s.reason})"
                kept.append(doc.finding(UNUSED_SUPPRESSION, 0, 0, message, matched=f"{s.rule} {s.matched or ''}"))
    return kept


def _fingerprinted(findings: list[Finding]) -> list[Finding]:
    seen: dict[tuple[str, str], int] = {}
    out = []
    for f in findings:
        key = (f.code, normalize_matched(f.matched))
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        out.append(replace(f, fingerprint=fingerprint(f.code, f.matched, occurrence)))
    return out


def lint_bytes(raw: bytes, path: str = "-", settings: Settings | None = None) -> list[Finding]:
    return lint_document(Document.from_bytes(raw, path), settings)


def lint_text(text: str | bytes, *, path: str | None = None, settings: Settings | None = None) -> list[Finding]:
    """Lint a string (or raw bytes, decoded as a file would be). ``path`` only names the document
    in findings and selects per-file-ignores."""
    name = path or "-"
    if isinstance(text, bytes):
        return lint_bytes(text, name, settings)
    return lint_document(Document(text, name), settings)


# Many files ------------------------------------------------------------------------------------


def is_binary(raw: bytes) -> bool:
    """NUL bytes mean binary, unless the file is UTF-16/32 (which chardet recognises)."""
    head = raw[:BINARY_SNIFF]
    if b"\x00" not in head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    import chardet

    guess = (chardet.detect(head).get("encoding") or "").lower()
    return not guess.startswith(("utf-16", "utf-32"))


def discover(paths: Sequence[str], settings: Settings) -> list[str]:
    """Files to lint: named files as given, folders walked in sorted order, skipping hidden
    entries, ``exclude`` globs and names that ``include`` does not match."""
    files: list[str] = []
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise PathError(f"{given}: no such file or directory")
        if path.is_file():
            files.append(given)
            continue
        if not os.access(path, os.R_OK | os.X_OK):
            raise PathError(f"{given}: permission denied")
        files.extend(_walk(path, settings))
    seen: set[str] = set()
    return [f for f in files if not (f in seen or seen.add(f))]


def _walk(folder: Path, settings: Settings) -> Iterator[str]:
    for root, dirs, names in os.walk(folder):
        base = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not settings.is_excluded(base / d))
        for name in sorted(names):
            file = base / name
            if name.startswith(".") or settings.is_excluded(file) or not settings.is_included(file):
                continue
            yield str(file)


def _lint_file(path: str, settings: Settings) -> tuple[list[Finding], str | None]:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise PathError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if is_binary(raw):
        return [], "binary file"
    return lint_bytes(raw, path, settings), None


def _lint_chunk(paths: Sequence[str], settings: Settings) -> list[tuple[list[Finding], str | None]]:
    return [_lint_file(p, settings) for p in paths]


def run(paths: Sequence[str], settings: Settings | None = None, *, jobs: int | None = None) -> LintRun:
    """Lint files and folders; ``jobs`` > 1 spreads files over a process pool (default: one
    process per core once there are enough files to pay for it)."""
    settings = settings or Settings()
    files = discover(paths, settings)
    result = LintRun()
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if workers > 1 and len(files) >= (PARALLEL_THRESHOLD if jobs is None else 2):
        outcomes = list(_parallel(files, settings, workers))
    else:
        outcomes = [_lint_file(p, settings) for p in files]
    for path, (findings, skipped) in zip(files, outcomes, strict=True):
        if skipped:
            result.skipped.append((path, skipped))
            continue
        result.checked.append(path)
        result.findings.extend(findings)
    result.findings.sort(key=Finding.sort_key)
    return result


def _parallel(files: list[str], settings: Settings, workers: int) -> Iterable[tuple[list[Finding], str | None]]:
    size = max(1, min(256, len(files) // (workers * 8) or 1))
    chunks = [files[i : i + size] for i in range(0, len(files), size)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for chunk_result in pool.map(_lint_chunk, chunks, [settings] * len(chunks)):
            yield from chunk_result


def lint_paths(paths: Sequence[str], settings: Settings | None = None) -> list[Finding]:
    """Public API: findings for files and folders, sorted by path, line, column, code."""
    return run(paths, settings).findings
