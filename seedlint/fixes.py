"""Apply fixes to a document, prove nothing else changed, and write the result without ever leaving a
half-written file or overwriting bytes that seedlint did not read.

The write path, in order, for one file (see ``engine`` for where it is called):

1. take an exclusive advisory lock on the file (``flock``), so two overlapping ``--fix`` runs fix
   it one after the other and the second sees the first one's result;
2. read the bytes once, lint them, apply the fixes to *that* text;
3. verify: the new text is the old text with exactly the applied spans replaced, and the bytes to
   be written decode back to the new text (``verify``);
4. just before the rename, check that the file still has the bytes that were read (size, mtime,
   inode and a hash); otherwise leave it alone;
5. write a temporary file in the same folder, flush it to disk, rename it over the original.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from seedlint.document import Document, encode
from seedlint.model import Edit, Finding

TEMP_SUFFIX = ".seedlint-tmp"


class FixError(Exception):
    """A file that cannot be fixed safely; nothing was written."""


class VerificationError(FixError):
    """A fix failed the no-loss verification; nothing was written. This is a bug in a rule's fix."""


@dataclass(frozen=True)
class FixResult:
    old_text: str
    text: str
    codec: str
    bom: bool
    applied: tuple[Finding, ...]
    edits: tuple[Edit, ...]

    def encoded(self) -> bytes:
        return encode(self.text, self.codec, self.bom)


def _overlaps(span: tuple[int, int], taken: Iterable[tuple[int, int]]) -> bool:
    # Two insertions at one point conflict too: their order would be arbitrary.
    s, e = span
    return any((s < te and ts < e) or (s == e == ts == te) for ts, te in taken)


def apply_fixes(doc: Document, findings: Iterable[Finding], *, unsafe: bool = False) -> FixResult:
    """Apply every applicable fix whose edits do not overlap an earlier one; the rest stay findings
    (running ``--fix`` again picks them up, as ruff does)."""
    if doc.undecodable:
        raise FixError(f"{doc.path}: has bytes that could not be decoded; fixing would lose them")
    if doc.unwritable:
        raise FixError(
            f"{doc.path}: has characters {doc.encoding} writes back as other bytes; fixing would change them"
        )
    chosen: list[Finding] = []
    taken: list[tuple[int, int]] = []
    codec, bom = doc.codec, doc.bom
    for finding in findings:
        if not finding.fix_applies(unsafe):
            continue
        assert finding.fix is not None
        spans = [(e.start, e.end) for e in finding.fix.edits]
        if any(_overlaps(span, taken) for span in spans) or any(
            _overlaps(span, spans[:i]) for i, span in enumerate(spans)
        ):
            continue
        chosen.append(finding)
        taken.extend(spans)
        if finding.fix.encoding is not None:
            codec, bom = finding.fix.encoding, False
    edits = tuple(sorted((e for f in chosen for e in f.fix.edits), key=lambda e: (e.start, e.end)))  # type: ignore[union-attr]
    parts: list[str] = []
    cursor = 0
    for edit in edits:
        parts.append(doc.text[cursor : edit.start])
        parts.append(edit.content)
        cursor = edit.end
    parts.append(doc.text[cursor:])
    return FixResult(doc.text, "".join(parts), codec, bom, tuple(chosen), edits)


def verify(result: FixResult, data: bytes, path: str) -> None:
    """Prove the fix removed or replaced exactly its edits' spans and nothing else, and that the
    bytes about to be written read back as the new text. Raises VerificationError otherwise."""
    old, new = result.old_text, result.text
    cursor = position = 0
    for edit in result.edits:
        if not (cursor <= edit.start <= edit.end <= len(old)):
            raise VerificationError(
                f"{path}: fix edits overlap or leave the text ({edit.start}-{edit.end}); nothing written"
            )
        kept = old[cursor : edit.start]
        if new[position : position + len(kept)] != kept:
            raise VerificationError(f"{path}: fix changed text outside its edits near offset {cursor}; nothing written")
        position += len(kept)
        if new[position : position + len(edit.content)] != edit.content:
            raise VerificationError(
                f"{path}: fix did not write its replacement at offset {edit.start}; nothing written"
            )
        position += len(edit.content)
        cursor = edit.end
    if new[position:] != old[cursor:]:
        raise VerificationError(f"{path}: fix changed the end of the text; nothing written")
    # Read back with the exact codec the bytes were written in: that is what a reader of the file
    # gets, whatever an encoding guesser would make of the new bytes.
    mark = encode("", result.codec, True) if result.bom else b""
    try:
        back = data[len(mark) :].decode(result.codec) if data.startswith(mark) else None
    except (UnicodeDecodeError, LookupError):
        back = None
    if back != new:
        raise VerificationError(
            f"{path}: the fixed text does not read back the same in {result.codec}; nothing written"
        )


def new_span(result: FixResult, index: int) -> tuple[int, int]:
    """Where edit ``index``'s content lies in the new text (for the fix log and revert)."""
    shift = sum(len(e.content) - (e.end - e.start) for e in result.edits[:index])
    edit = result.edits[index]
    return edit.start + shift, edit.start + shift + len(edit.content)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# Writing ---------------------------------------------------------------------------------------


@contextlib.contextmanager
def locked(path: str) -> Iterator[int]:
    """An exclusive advisory lock on the file now at ``path``, held for the whole read-fix-write.

    A run that waited for the lock may find the path now names a new file (the other run renamed
    its result over it); the lock is then retaken on the new file, so the caller always holds the
    lock of the file it is about to read.
    """
    for _ in range(100):
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            held, now = os.fstat(fd), os.stat(path)
        except BaseException:
            os.close(fd)
            raise
        if (held.st_dev, held.st_ino) == (now.st_dev, now.st_ino):
            try:
                yield fd
            finally:
                os.close(fd)
            return
        os.close(fd)
    raise FixError(f"{path}: replaced again and again while waiting to fix it; not fixed")


def unchanged_since(path: str, seen: os.stat_result, digest: str) -> bool:
    """Does ``path`` still hold the file and bytes that were read?"""
    try:
        now = os.stat(path)
    except OSError:
        return False
    same = (now.st_dev, now.st_ino, now.st_size, now.st_mtime_ns) == (
        seen.st_dev,
        seen.st_ino,
        seen.st_size,
        seen.st_mtime_ns,
    )
    if not same:
        return False
    try:
        with open(path, "rb") as handle:
            return sha256(handle.read(seen.st_size + 1)) == digest
    except OSError:
        return False


def write_atomic(path: str | Path, data: bytes, *, mode: int | None = None) -> None:
    """Write to a temporary file in the same folder, flush it to disk, then rename it over the
    original: a crash leaves either the old file or the new one, never a mix. Keeps the mode.

    The temporary file is named ``.<name>.<random>.seedlint-tmp`` so a later run can find and remove
    one left by a killed run (``remove_stale_temporaries``)."""
    with atomic_writer(path, mode=mode) as handle:
        handle.write(data)


@contextlib.contextmanager
def atomic_writer(path: str | Path, *, mode: int | None = None) -> Iterator[BinaryIO]:
    """A file handle whose content replaces ``path`` only when the block ends without an error
    (written to a temporary file, flushed to disk, renamed); on an error the temporary file is
    removed and ``path`` is untouched. For output written piece by piece, such as a report."""
    target = Path(path)
    if mode is None:
        with contextlib.suppress(OSError):
            mode = stat.S_IMODE(target.stat().st_mode)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent)
    except OSError as exc:
        raise FixError(f"{path}: cannot write: {_folder_problem(exc, target.parent)}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


def _folder_problem(exc: OSError, folder: Path) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"folder {str(folder) or '.'} is not writable"
    if exc.errno == errno.ENOENT:
        return f"folder {str(folder) or '.'} does not exist"
    if exc.errno == errno.ENOSPC:
        return "no space left on the device"
    return exc.strerror or str(exc)


def _fsync_folder(folder: Path) -> None:
    # The rename is durable only once the folder's entry is on disk.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_stale_temporaries(folder: str) -> list[str]:
    """Remove temporary files that a killed run left in ``folder``.

    A writer holds the lock on its target for as long as its temporary file exists, so a temporary
    file whose target can be locked at once (or no longer exists) belongs to no running writer."""
    removed: list[str] = []
    try:
        names = os.listdir(folder or ".")
    except OSError:
        return removed
    for name in sorted(names):
        if not (name.startswith(".") and name.endswith(TEMP_SUFFIX)):
            continue
        stem = name[1 : -len(TEMP_SUFFIX)]
        target_name = stem.rsplit(".", 1)[0] if "." in stem else stem
        temp = os.path.join(folder, name)
        target = os.path.join(folder, target_name)
        if not os.path.isfile(temp) or os.path.islink(temp):
            continue
        if os.path.exists(target) and not _lock_free(target):
            continue
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
            removed.append(temp)
    return removed


def _lock_free(path: str) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def unified_diff(path: str, old: str, new: str) -> str:
    """The unified diff ``--diff`` prints for one file (as ruff's: ``---``/``+++`` name the path)."""
    import difflib

    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True), fromfile=path, tofile=path
    )
    out = []
    for line in lines:
        # A last line without a line break is marked as diff(1) and git mark it.
        out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)
