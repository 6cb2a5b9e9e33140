"""paths -> files -> Documents -> checks -> findings.

Linting one document is a pure function of (bytes or text, path, settings); the built checks are
created once per process and settings, so a process pool or a distributed engine can call
``lint_bytes`` on any worker without change.
"""

from __future__ import annotations

import os
import stat
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar

from seedlint.cache import Cache, CacheError
from seedlint.config import ConfigError, Settings
from seedlint.corpus import Record, is_corpus, records
from seedlint.document import Document, looks_binary
from seedlint.files import FileReadError, describe_os_error, format_size, kind_of, open_regular, read_stream
from seedlint.fixes import (
    FixError,
    FixResult,
    VerificationError,
    apply_fixes,
    locked,
    remove_stale_temporaries,
    sha256,
    unchanged_since,
    unified_diff,
    verify,
    write_atomic,
)
from seedlint.fixlog import log_entries
from seedlint.globs import GitIgnore
from seedlint.model import Applicability, Finding, Severity, fingerprint, normalize_matched
from seedlint.registry import Check, load_registry

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")

# Below this many files a process pool costs more to start than it saves.
PARALLEL_THRESHOLD = 64
BINARY_SNIFF = 8192
# Families whose findings judge the wording of a span; they yield to a fix that removes the span.
YIELDS_TO_REMOVAL = frozenset({"language", "contradiction", "currency"})


class CheckError(Exception):
    """A check raised while linting a document."""


class PathError(Exception):
    """Paths given to ``lint_paths`` that could not be linted (missing, unreadable, not a regular
    file); ``errors`` holds each one's (path, reason), the message the first of them."""

    def __init__(self, errors: Sequence[tuple[str, str]]) -> None:
        self.errors = list(errors)
        path, reason = self.errors[0]
        more = len(self.errors) - 1
        super().__init__(f"{path}: {reason}" + (f" (and {more} more)" if more else ""))


@dataclass
class LintRun:
    """What a run found. With ``collect`` false the findings are not kept (they went to
    ``on_result`` file by file); the counts are kept either way."""

    findings: list[Finding] = field(default_factory=list)
    collect: bool = True
    count: int = 0
    fixable: int = 0
    safely_fixable: int = 0  # of them, those whose fix is safe (what --fix applies without --unsafe-fixes)
    worst: Severity | None = None
    checked: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason): a warning
    errors: list[tuple[str, str]] = field(default_factory=list)  # (path, reason): the run fails
    warnings: list[str] = field(default_factory=list)
    fixed: int = 0
    fixed_files: int = 0
    diffs: list[str] = field(default_factory=list)
    fixes: list[tuple[str, tuple[tuple[str, str, int], ...]]] = field(default_factory=list)  # per fixed file
    removed_temporaries: list[str] = field(default_factory=list)

    checked_count: int = 0  # documents checked (files and corpus records), kept also without ``collect``

    @property
    def files(self) -> int:
        return self.checked_count

    def add(self, outcome: FileResult) -> None:
        """Take one file's outcome, in input order (its fix-log entries go to ``on_result``)."""
        self.warnings.extend(outcome.warnings)
        if outcome.skipped:
            self.skipped.append((outcome.path, outcome.skipped))
            return
        if outcome.error:
            self.errors.append((outcome.path, outcome.error))
            if not outcome.findings:
                return  # the file could not be read: it was not checked
        self.checked_count += 1
        if self.collect:
            self.checked.append(outcome.path)
            self.findings.extend(outcome.findings)
        self.count += len(outcome.findings)
        self.fixable += sum(1 for f in outcome.findings if f.fixable)
        self.safely_fixable += sum(1 for f in outcome.findings if f.fix_applies(False))
        for f in outcome.findings:
            if self.worst is None or f.severity > self.worst:
                self.worst = f.severity
        self.fixed += outcome.fixed
        self.fixed_files += outcome.fixed > 0
        if outcome.fixed_rules:
            self.fixes.append((outcome.path, outcome.fixed_rules))
        if outcome.diff:
            self.diffs.append(outcome.diff)


# One document ----------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _built_checks(check_options: tuple[tuple[str, str], ...]) -> tuple[Check, ...]:
    """Checks compile their patterns in __init__: build them once per process and option set."""
    settings = Settings(check_options=check_options)
    built = []
    for check in load_registry().checks:
        try:
            built.append(check(settings.options_for(check.name, check.options)))
        except (ValueError, FileReadError) as exc:
            # A check refuses its options (a bad rate table, an unreadable word list): that is the
            # user's configuration, reported as such and before any file is linted.
            raise ConfigError(f"[tool.seedlint.{check.name}]: {exc}") from None
    return tuple(built)


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
    findings = _arbitrate(findings)
    if settings.suppressions:
        findings = _suppress(doc, findings, settings, enabled)
    return _fingerprinted(sorted(_fixable_only(findings, settings), key=Finding.sort_key))


def _fixable_only(findings: list[Finding], settings: Settings) -> list[Finding]:
    """An unfixable rule's findings are reported without their fix, so nothing applies it, counts
    it as fixable or shows it in a diff."""
    fixable = settings.fixable_codes()
    if fixable is None:
        return findings
    return [f if f.fix is None or f.code in fixable else replace(f, fix=None) for f in findings]


# Lines repeated across the run (SL104) ----------------------------------------------------------

Repeated = Mapping[int, int]  # line key -> how many documents of the run hold the line


def repeated_lines(files: Sequence[str], settings: Settings) -> Repeated | None:
    """The first pass of SL104 corpus-repeated-line: count the candidate lines of every document
    of the run (files and corpus records, the records per site); None when the rule is off or the
    run is too small."""
    thresholds = repeated_thresholds(settings)
    if thresholds is None:
        return None
    from seedlint.checks.spam.corpus_repeated_line import LineCounter

    least, share = thresholds
    counter = LineCounter()
    for path in files:
        if is_corpus(path):
            try:
                for record in records(path, settings.text_field, settings.id_field, settings.site_field):
                    if record.text is not None:
                        counter.add(record.text, record.site)
            except FileReadError:
                pass  # the linting pass reports it
            continue
        text = _text_of(path, settings)
        if text is not None:
            counter.add(text)
    if counter.documents < least:
        return None
    return counter.frequent(least, share) or None


def repeated_thresholds(settings: Settings) -> tuple[int, float] | None:
    """How many documents must share a line for SL104 to report it, and what share of its site's
    documents (``repeated-min-documents``, ``repeated-min-site-share``); None when SL104 is off."""
    if settings.selects_defaults_only():
        return None  # SL104 is off by default
    from seedlint.checks.spam import OPTIONS
    from seedlint.checks.spam.corpus_repeated_line import RULE

    if RULE.code not in settings.enabled_codes():
        return None
    options = settings.options_for("spam", OPTIONS)
    return int(options["repeated-min-documents"]), float(options["repeated-min-site-share"])


def _text_of(path: str, settings: Settings) -> str | None:
    """A file's decoded text for a pass that reports nothing itself."""
    raw = _bytes_of(path, settings)
    return None if raw is None else Document.from_bytes(raw, path).text


def _bytes_of(path: str, settings: Settings) -> bytes | None:
    """A document's bytes, or None when it cannot be read or is skipped (binary, too large): the
    linting pass is the one that reports why."""
    try:
        handle, info = open_regular(path)
        with handle:
            raw = _read_document(handle, info, path, settings.max_file_size)
    except (FileReadError, OSError):
        return None
    return None if isinstance(raw, str) else raw


def with_repeated(
    doc: Document, findings: list[Finding], settings: Settings, repeated: Repeated | None, site: str | None = None
) -> list[Finding]:
    """A document's findings with its SL104 ones added (the second pass); ``site`` is the site
    its record names (None for a file, or when unknown)."""
    if not repeated:
        return findings
    from seedlint.checks.spam.corpus_repeated_line import RULE
    from seedlint.checks.spam.corpus_repeated_line import findings as repeated_findings

    if RULE.code not in settings.enabled_codes(doc.path):
        return findings
    extra = _fixable_only(repeated_findings(doc, repeated, findings, site), settings)
    return sorted(findings + _fingerprinted(extra), key=Finding.sort_key) if extra else findings


def _arbitrate(findings: list[Finding]) -> list[Finding]:
    """A finding whose safe fix deletes a span claims that span: a finding of a content family
    (``YIELDS_TO_REMOVAL``) without a fix of its own that lies wholly inside it judges text that is
    not part of the article (an English line inside a platform disclaimer, a doubled word in a spam
    header) and is dropped. Kept: provenance and encoding findings (a placeholder source or a broken
    byte inside removed chrome is still true of the document), findings about the whole document
    (an empty span) and findings with fixes of their own (overlaps are settled when fixes apply)."""
    claims = [
        (edit.start, edit.end)
        for f in findings
        if f.fix is not None and f.fix.applicability is Applicability.SAFE
        for edit in f.fix.edits
        if edit.end > edit.start and not edit.content.strip()
    ]
    if not claims:
        return findings
    return [
        f
        for f in findings
        if f.fix is not None
        or f.family not in YIELDS_TO_REMOVAL
        or f.end <= f.start
        or not any(s <= f.start and f.end <= e for s, e in claims)
    ]


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


def lint_records(
    records: Iterable[Mapping[str, Any] | tuple[str, str]],
    *,
    settings: Settings | None = None,
    text_field: str | None = None,
    id_field: str | None = None,
) -> Iterator[tuple[str, list[Finding]]]:
    """Public API: (id, findings) for each record, lazily, in order. A record is an ``(id, text)``
    pair or a mapping read through ``text_field`` and ``id_field`` (dots for nesting, as
    ``--text-field``; the settings' fields by default, its 1-based number when it has no id). A
    mapping without a string text is skipped, as ``seedlint check`` skips it in a corpus."""
    from seedlint.corpus import read_row

    settings = settings or Settings()
    text_key = text_field or settings.text_field
    id_key = id_field if id_field is not None else settings.id_field
    for number, record in enumerate(records, start=1):
        if isinstance(record, tuple):
            key, text = str(record[0]), record[1]
        else:
            key, read, _ = read_row(dict(record), number, text_key, id_key)
            if read is None:
                continue  # no string text: skipped, as in a corpus
            text = read
        yield key, lint_document(Document(text, key), settings)


# Many files ------------------------------------------------------------------------------------


def is_binary(raw: bytes) -> bool:
    """Is a file with this beginning binary? Only the first ``BINARY_SNIFF`` bytes are looked at."""
    return looks_binary(raw[:BINARY_SNIFF])


@dataclass
class Discovery:
    """What the paths on the command line name: files to lint in order, and the paths that could
    not be used, each with a one-line reason (``errors`` fail the run, ``skipped`` only warn)."""

    files: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def discover(paths: Sequence[str], settings: Settings) -> Discovery:
    """Files to lint, in path order: named files, and folders walked, skipping hidden
    entries, what ``exclude`` and (inside a git work tree) ``.gitignore`` name, and names that
    ``include`` does not match. A named file is linted whatever its name, unless ``force-exclude``
    is set and ``exclude`` names it.

    Only regular files are linted: a FIFO, socket or device inside a folder is skipped with a
    warning, and named on the command line it is an error. A file reached twice (named twice, or
    through a link) is linted once, under the first name it was reached by."""
    found = Discovery()
    seen: set[tuple[int, int]] = set()

    def add(name: str, info: os.stat_result) -> None:
        identity = (info.st_dev, info.st_ino)
        if identity not in seen:
            seen.add(identity)
            found.files.append(name)

    for given in paths:
        if given == "":
            found.errors.append(("''", "an empty path names no file"))
            continue
        try:
            info = os.stat(given)
        except OSError as exc:
            found.errors.append((given, describe_os_error(exc)))
            continue
        if stat.S_ISDIR(info.st_mode):
            if not os.access(given, os.R_OK | os.X_OK):
                found.errors.append((given, "permission denied"))
                continue
            _walk(given, settings, found, add)
        elif stat.S_ISREG(info.st_mode):
            if not settings.is_force_excluded(given):
                add(given, info)
        else:
            found.errors.append((given, f"{kind_of(info.st_mode)}, not a regular file"))
    # Linted in path order, so findings written file by file are in the order a sort of all of
    # them would give, whatever the number of workers.
    found.files.sort()
    return found


def _walk(folder: str, settings: Settings, found: Discovery, add: Callable[[str, os.stat_result], None]) -> None:
    def unreadable(exc: OSError) -> None:
        found.errors.append((exc.filename or folder, f"cannot read folder: {describe_os_error(exc)}"))

    git = GitIgnore.around(folder) if settings.respect_gitignore else None
    if settings.is_force_excluded(folder.rstrip("/") or folder, folder=True):
        return
    named = settings
    if settings.is_excluded(Path(folder), True) or (git is not None and git.ignored(folder, True)):
        # A folder named on the command line is linted although exclude or .gitignore name it
        # (unless force-exclude): below it, exclude patterns are matched relative to it, since
        # every path inside would otherwise match through it, and .gitignore is not consulted.
        named = replace(settings, root=folder)
        git = None

    def skipped(path: Path, is_folder: bool) -> bool:
        return (
            path.name.startswith(".")
            or named.is_excluded(path, is_folder)
            or (git is not None and git.ignored(path, is_folder))
        )

    for root, dirs, names in os.walk(folder, onerror=unreadable):
        base = Path(root)
        dirs[:] = sorted(d for d in dirs if not skipped(base / d, True))
        for name in sorted(names):
            file = base / name
            if skipped(file, False) or not settings.is_included(file):
                continue
            try:
                info = os.stat(file)
            except OSError as exc:
                reason = "broken symbolic link" if os.path.islink(file) else describe_os_error(exc)
                found.errors.append((str(file), reason))
                continue
            if stat.S_ISREG(info.st_mode):
                add(str(file), info)
            else:
                found.skipped.append((str(file), f"{kind_of(info.st_mode)}, not a regular file"))


@dataclass(frozen=True)
class FixMode:
    """How ``--fix`` / ``--diff`` treat files.

    ``roots`` are the real paths of what was named on the command line: a file reached through a
    symbolic link is fixed (through the link, in its target) only when the target lies inside one
    of them; otherwise it is linted but left alone."""

    unsafe: bool = False
    write: bool = True
    roots: tuple[str, ...] = ()
    # Lines repeated across the run: their SL104 findings are fixed with the others.
    repeated: Repeated | None = None


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    skipped: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    fixed: int = 0
    diff: str = ""
    log: list[dict[str, Any]] = field(default_factory=list)
    sha256: str = ""  # of the bytes the findings were found in (for the cache)
    fixed_rules: tuple[tuple[str, str, int], ...] = ()  # (code, name, fixes applied), by code
    offset: int = 0  # a corpus record: bytes of the corpus read once it was (for a progress bar)


def _read_document(handle: BinaryIO, info: os.stat_result, path: str, limit: int) -> bytes | str:
    """The file's bytes, or the reason it is skipped: too large, or binary by its first bytes
    (only ``BINARY_SNIFF`` bytes are read before deciding, however large the file)."""
    if info.st_size > limit:
        return f"{format_size(info.st_size)}, larger than max-file-size ({format_size(limit)})"
    head = handle.read(BINARY_SNIFF)
    if looks_binary(head):
        return "binary file"
    try:
        return head + read_stream(handle, limit - len(head), path)
    except FileReadError:
        return f"grew beyond max-file-size ({format_size(limit)}) while being read"


def _lint_file(path: str, settings: Settings, fix: FixMode | None = None) -> FileResult:
    try:
        if fix is not None and fix.write:
            return _fix_file(path, settings, fix)
        handle, info = open_regular(path)
        with handle:
            raw = _read_document(handle, info, path, settings.max_file_size)
    except (FileReadError, FixError) as exc:
        return FileResult(path, error=str(exc).removeprefix(f"{path}: "))
    except OSError as exc:
        return FileResult(path, error=f"cannot read: {describe_os_error(exc)}")
    if isinstance(raw, str):
        return FileResult(path, skipped=raw)
    doc = Document.from_bytes(raw, path)
    outcome = FileResult(path, lint_document(doc, settings), sha256=sha256(raw) if fix is None else "")
    if fix is not None:
        outcome.findings = with_repeated(doc, outcome.findings, settings, fix.repeated)
        _diff(doc, outcome, fix)
    return outcome


def _cached(path: str, settings: Settings, cache: Cache) -> FileResult | None:
    """The outcome of a file from the cache, or None when it must be linted (its bytes changed,
    it was never linted with these settings, or reading it fails: the linting run reports that)."""
    raw = _bytes_of(path, settings)
    if raw is None:
        return None
    findings = cache.get(path, sha256(raw))
    return None if findings is None else FileResult(path, findings)


def _fixed(doc: Document, outcome: FileResult, fix: FixMode) -> tuple[FixResult, bytes] | None:
    """Apply the fixes to the document that was linted and verify them; None when there is
    nothing to apply or it cannot be applied safely (the reason is in ``outcome``)."""
    if not any(f.fix_applies(fix.unsafe) for f in outcome.findings):
        return None
    try:
        result = apply_fixes(doc, outcome.findings, unsafe=fix.unsafe)
        if not result.applied:
            return None
        data = result.encoded()
        verify(result, data, doc.path)
    except VerificationError as exc:
        outcome.error = str(exc).removeprefix(f"{doc.path}: ")
        return None
    except FixError as exc:
        outcome.warnings.append(f"{exc}")
        return None
    return result, data


def _diff(doc: Document, outcome: FileResult, fix: FixMode) -> None:
    fixed = _fixed(doc, outcome, fix)
    if fixed is None:
        return
    result, _ = fixed
    outcome.fixed = len(result.applied)
    outcome.fixed_rules = _per_rule(result.applied)
    outcome.diff = unified_diff(doc.path, result.old_text, result.text)


def _fix_file(path: str, settings: Settings, fix: FixMode) -> FileResult:
    """Read, lint, fix and write one file under its lock; see ``seedlint.fixes`` for the steps."""
    real = os.path.realpath(path)
    outcome = FileResult(path)
    reason = _not_fixable(path, real, fix)
    if reason:
        # Still linted, from one read, so the findings are reported as in check mode.
        plain = _lint_file(path, settings, None)
        if any(f.fix_applies(fix.unsafe) for f in plain.findings):
            plain.warnings.append(f"{path}: {reason}; not fixed")
        return plain
    with locked(real) as fd:
        info = os.fstat(fd)
        with os.fdopen(os.dup(fd), "rb") as handle:
            raw = _read_document(handle, info, path, settings.max_file_size)
        if isinstance(raw, str):
            return FileResult(path, skipped=raw)
        doc = Document.from_bytes(raw, path)
        outcome.findings = with_repeated(doc, lint_document(doc, settings), settings, fix.repeated)
        fixed = _fixed(doc, outcome, fix)
        if fixed is None:
            return outcome
        result, data = fixed
        after = Document.from_bytes(data, path)
        remaining = with_repeated(after, lint_document(after, settings), settings, fix.repeated)
        if not unchanged_since(real, info, sha256(raw)):
            outcome.warnings.append(f"{path}: changed on disk while it was being fixed; not fixed")
            return outcome
        try:
            write_atomic(real, data, mode=stat.S_IMODE(info.st_mode))
        except FixError as exc:
            outcome.error = str(exc).removeprefix(f"{real}: ").removeprefix(f"{path}: ")
            return outcome
    outcome.findings = remaining
    outcome.fixed = len(result.applied)
    outcome.fixed_rules = _per_rule(result.applied)
    outcome.log = log_entries(path, result, raw, data, doc)
    return outcome


def _per_rule(applied: Sequence[Finding]) -> tuple[tuple[str, str, int], ...]:
    counts = Counter((f.code, f.name) for f in applied)
    return tuple((code, name, n) for (code, name), n in sorted(counts.items()))


def _not_fixable(path: str, real: str, fix: FixMode) -> str | None:
    """Why a file must be left alone by --fix, or None. Checked before any lock is taken."""
    if not any(real == root or real.startswith(root.rstrip(os.sep) + os.sep) for root in fix.roots):
        return "a symbolic link to a file outside the paths being checked"
    try:
        info = os.stat(real)
    except OSError as exc:
        return f"cannot read: {describe_os_error(exc)}"
    if info.st_nlink > 1:
        # An atomic rename would give this name a new file and split it from its other names;
        # writing in place could leave a half-written file. Neither is acceptable, so skip.
        return f"has {info.st_nlink} hard links, which a rewrite would split"
    if not (info.st_mode & stat.S_IWUSR) or not os.access(real, os.W_OK):
        return "read-only"
    return None


def _lint_chunk(paths: Sequence[str], settings: Settings, fix: FixMode | None) -> list[FileResult]:
    return [_lint_file(p, settings, fix) for p in paths]


def run(
    paths: Sequence[str],
    settings: Settings | None = None,
    *,
    jobs: int | None = None,
    fix: FixMode | None = None,
    on_result: Callable[[FileResult], None] | None = None,
    collect: bool = True,
    cache: Cache | None = None,
    on_files: Callable[[list[str]], None] | None = None,
) -> LintRun:
    """Lint files and folders; ``jobs`` > 1 spreads files over a process pool (default: one
    process per core once there are enough files to pay for it). With ``fix``, each file is
    fixed (or, with ``fix.write`` false, diffed) by the worker that linted it, from the same read.
    ``on_result`` sees each file's outcome as soon as it is done, in path order; with ``collect``
    false the run keeps no findings, so its memory does not grow with the number of files.
    With a ``cache`` (check mode only), a file whose bytes it knows is not linted again, and the
    checks are not even built when every file is known. ``on_files`` is told the files found
    before any is linted (a progress bar's total)."""
    settings = settings or Settings()
    found = discover(paths, settings)
    if on_files is not None:
        on_files(found.files)
    result = LintRun(errors=list(found.errors), skipped=list(found.skipped), collect=collect)
    files = found.files
    if fix is not None:
        cache = None  # a fix rewrites files: findings are worked out from what is read under the lock
    known = {
        p: hit
        for p in files
        if cache is not None and not is_corpus(p) and (hit := _cached(p, settings, cache)) is not None
    }
    todo = [p for p in files if p not in known and not is_corpus(p)]
    if todo or len(known) < len(files) or not files:
        _built_checks(settings.check_options)  # configuration errors stop the run before any file
    repeated = repeated_lines(files, settings)
    if fix is not None and repeated:
        fix = replace(fix, repeated=repeated)
    if fix is not None and fix.write:
        for folder in sorted({os.path.dirname(os.path.realpath(f)) for f in files}):
            result.removed_temporaries.extend(remove_stale_temporaries(folder))
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if workers > 1 and len(todo) >= (PARALLEL_THRESHOLD if jobs is None else 2):
        linted: Iterable[FileResult] = _parallel(todo, settings, workers, fix)
    else:
        linted = (_lint_file(p, settings, fix) for p in todo)
    pending = iter(linted)
    for path in files:
        if is_corpus(path):
            if fix is not None:
                result.warnings.append(f"{path}: a corpus is linted but never rewritten by --fix or --diff")
            for record in _lint_corpus(path, settings, corpus_workers(path, workers, jobs), repeated):
                if on_result is not None:
                    on_result(record)
                result.add(record)
            continue
        outcome = known.pop(path, None) or next(pending)
        if cache is not None and outcome.sha256 and not (outcome.error or outcome.skipped or outcome.warnings):
            cache.put(path, outcome.sha256, outcome.findings)
        if repeated and fix is None and not (outcome.error or outcome.skipped):
            # The second pass of SL104 needs the whole run's counts, so it is never cached.
            text = _text_of(path, settings)
            if text is not None:
                outcome.findings = with_repeated(Document(text, path), outcome.findings, settings, repeated)
        if on_result is not None:
            on_result(outcome)
        result.add(outcome)
    if cache is not None:
        try:
            cache.save()
        except CacheError as exc:
            result.warnings.append(str(exc))
    result.findings.sort(key=Finding.sort_key)
    return result


def _parallel(files: list[str], settings: Settings, workers: int, fix: FixMode | None) -> Iterable[FileResult]:
    from concurrent.futures import ProcessPoolExecutor  # only runs with many files pay for it

    size = max(1, min(256, len(files) // (workers * 8) or 1))
    chunks = [files[i : i + size] for i in range(0, len(files), size)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for chunk_result in pool.map(_lint_chunk, chunks, [settings] * len(chunks), [fix] * len(chunks)):
            yield from chunk_result


# Corpora ---------------------------------------------------------------------------------------

RECORD_BATCH = 64  # records a worker lints per task: enough to pay for passing them over
PARALLEL_CORPUS_BYTES = 4 * 1024 * 1024  # below this a corpus is linted in one process unless -j says


def corpus_workers(path: str, workers: int, jobs: int | None) -> int:
    if jobs is not None:
        return workers
    try:
        return workers if os.path.getsize(path) >= PARALLEL_CORPUS_BYTES else 1
    except OSError:
        return 1


def _lint_corpus(path: str, settings: Settings, workers: int, repeated: Repeated | None = None) -> Iterator[FileResult]:
    """One outcome per record of a corpus file, in record order: findings, or why it was skipped."""
    try:
        stream = records(path, settings.text_field, settings.id_field, settings.site_field)
        batches = record_batches(path, stream, settings)
        # A partial of a module-level function stays picklable for the pool.
        work = partial(_lint_records, repeated=repeated)
        for batch, findings in map_batches(batches, work, settings, workers):
            yield from _outcomes(batch, findings)
    except FileReadError as exc:
        yield FileResult(path, error=str(exc).removeprefix(f"{path}: "))


def map_batches(
    batches: Iterable[list[Record]],
    work: Callable[[list[RecordText], Settings], list[T]],
    settings: Settings,
    workers: int,
) -> Iterator[tuple[list[Record], list[T]]]:
    """Each batch with ``work`` done on the (path, text, site) of its records that have a text, in batch
    order. With several workers, batches go to a process pool, a few at a time, so memory stays
    bounded however large the corpus; ``work`` must then be picklable (a module-level function)."""
    if workers <= 1:
        for batch in batches:
            yield batch, work(_texts(batch), settings)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        window: deque[tuple[list[Record], Future[list[T]]]] = deque()
        for batch in batches:
            texts = _texts(batch)
            window.append((batch, pool.submit(work, texts, settings)))
            if len(window) >= 2 * workers:
                done, future = window.popleft()
                yield done, future.result()
        while window:
            done, future = window.popleft()
            yield done, future.result()


RecordText = tuple[str, str, str | None]  # a record's address, its text and its site (None: unknown)


def _texts(batch: list[Record]) -> list[RecordText]:
    return [(r.path, r.text, r.site) for r in batch if r.text is not None]


def record_batches(path: str, stream: Iterable[Record], settings: Settings) -> Iterator[list[Record]]:
    batch: list[Record] = []
    for record in stream:
        # Four UTF-8 bytes at most per character: only a text that may be too large is encoded.
        if record.text is not None and len(record.text) * 4 > settings.max_file_size:
            if len(record.text.encode("utf-8", "surrogatepass")) > settings.max_file_size:
                limit = format_size(settings.max_file_size)
                problem = f"text larger than max-file-size ({limit})"
                record = Record(record.path, record.number, None, problem, record.offset)
        batch.append(record)
        if len(batch) >= RECORD_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _lint_records(texts: list[RecordText], settings: Settings, repeated: Repeated | None = None) -> list[list[Finding]]:
    out = []
    for path, text, site in texts:
        doc = Document(text, path)
        out.append(with_repeated(doc, lint_document(doc, settings), settings, repeated, site))
    return out


def _outcomes(batch: list[Record], findings: list[list[Finding]]) -> Iterator[FileResult]:
    found = iter(findings)
    for record in batch:
        if record.text is None:
            corpus = record.path.rpartition("#")[0]
            yield FileResult(corpus, skipped=f"record {record.number}: {record.problem}", offset=record.offset)
        else:
            yield FileResult(record.path, next(found), offset=record.offset)


def lint_paths(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], settings: Settings | None = None
) -> list[Finding]:
    """Public API: findings for files and folders (one path or an iterable of them), sorted by
    path, line, column, code. Raises ``PathError`` when a path cannot be linted, as
    ``seedlint check`` fails the run for it."""
    given = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
    result = run([os.fspath(p) for p in given], settings)
    if result.errors:
        raise PathError(result.errors)
    return result.findings
