"""The fix log (``--fix-log FILE``) and ``seedlint revert``.

Each applied edit is one JSON line: which file and rule, where the edit was in the text before and
after, the text it removed (and its sha256), what it put there, the sha256 of the whole file before
and after, the codecs, the seedlint version and the time. That is enough to audit a corpus clean-up
and to put every removed byte back: ``seedlint revert FILE`` restores a file when it still holds
exactly the bytes the fix wrote, and leaves it alone otherwise.

Lines are plain ASCII JSON (``ensure_ascii``), so any text, and file names that are not UTF-8,
survive the round trip.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TextIO

from seedlint.document import Document, encode
from seedlint.files import FileReadError, open_regular
from seedlint.fixes import FixError, FixResult, locked, new_span, sha256, unchanged_since, write_atomic

if TYPE_CHECKING:
    from seedlint.engine import FileResult

# Keys every entry must have for revert to use it.
_REQUIRED = ("path", "new_start", "new_end", "removed", "replacement", "before_sha256", "after_sha256")


def _text_sha256(text: str) -> str:
    return sha256(text.encode("utf-8", "surrogatepass"))


def log_entries(path: str, result: FixResult, before: bytes, after: bytes, doc: Document) -> list[dict[str, Any]]:
    """One entry per applied edit, in text order."""
    from seedlint import __version__

    owner = {edit: f for f in result.applied for edit in (f.fix.edits if f.fix else ())}
    when = datetime.now(UTC).isoformat(timespec="seconds")
    entries = []
    for index, edit in enumerate(result.edits):
        finding = owner[edit]
        new_start, new_end = new_span(result, index)
        removed = result.old_text[edit.start : edit.end]
        line, end_line = doc.position(edit.start)[0], doc.position(max(edit.start, edit.end - 1))[0]
        entries.append(
            {
                "path": path,
                "rule": finding.code,
                "name": finding.name,
                "line": line,
                "end_line": end_line,
                "start": edit.start,
                "end": edit.end,
                "new_start": new_start,
                "new_end": new_end,
                "removed": removed,
                "removed_sha256": _text_sha256(removed),
                "replacement": edit.content,
                "before_sha256": sha256(before),
                "after_sha256": sha256(after),
                "codec_before": doc.codec,
                "bom_before": doc.bom,
                "codec_after": result.codec,
                "bom_after": result.bom,
                "version": __version__,
                "time": when,
            }
        )
    return entries


class FixLog:
    """An append-only fix log; each file's entries are flushed to disk before the next file."""

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            self._handle: TextIO = open(path, "a", encoding="ascii", newline="\n")  # noqa: SIM115
        except OSError as exc:
            raise FixError(f"{path}: cannot open the fix log: {exc.strerror or exc}") from None

    def write(self, result: FileResult) -> None:
        """Append one file's entries as soon as it is done (the engine's ``on_result``)."""
        entries = result.log
        if not entries:
            return
        self._handle.write("".join(json.dumps(e, ensure_ascii=True, sort_keys=True) + "\n" for e in entries))
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def close(self) -> None:
        self._handle.close()


# Revert ----------------------------------------------------------------------------------------


@dataclass
class RevertOutcome:
    path: str
    status: str  # "reverted", "already", "changed", "error"
    detail: str = ""


def read_log(path: str) -> Iterator[dict[str, Any]]:
    """The entries of a fix log; a line that is not a valid entry is an error naming its number."""
    handle, _ = open_regular(path)
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                entry = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError):
                raise FileReadError(f"{path}:{number}: not a JSON line") from None
            if not isinstance(entry, dict) or any(k not in entry for k in _REQUIRED):
                raise FileReadError(f"{path}:{number}: not a fix-log entry (needs {', '.join(_REQUIRED)})")
            yield entry


def revert(log_path: str, *, dry_run: bool = False) -> list[RevertOutcome]:
    """Undo the fixes in a log, newest first, for every file that still holds what a fix wrote.

    A file fixed by several runs has one group of entries per run (same path and result hash);
    reverting the newest group gives the bytes the previous group produced, so the groups are
    undone in reverse order and each must match the file as it then is."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for entry in read_log(log_path):
        groups.setdefault((entry["path"], entry["after_sha256"]), []).append(entry)
    outcomes: list[RevertOutcome] = []
    for (path, after), entries in reversed(list(groups.items())):
        outcomes.append(_revert_file(path, after, entries, dry_run))
    outcomes.reverse()
    return outcomes


def _revert_file(path: str, after: str, entries: list[dict[str, Any]], dry_run: bool) -> RevertOutcome:
    before = entries[0]["before_sha256"]
    try:
        with locked(path) as fd:
            info = os.fstat(fd)
            with os.fdopen(os.dup(fd), "rb") as handle:
                data = handle.read()
            digest = sha256(data)
            if digest == before:
                return RevertOutcome(path, "already")
            if digest != after:
                return RevertOutcome(path, "changed", "the file changed after the fix; not reverted")
            restored = _restore(data, entries)
            if sha256(restored) != before:
                return RevertOutcome(path, "error", "restoring the logged text does not give the original bytes")
            if not dry_run:
                if not unchanged_since(path, info, digest):
                    return RevertOutcome(path, "changed", "changed on disk while being reverted; not reverted")
                write_atomic(os.path.realpath(path), restored)
    except FileNotFoundError:
        return RevertOutcome(path, "error", "no such file")
    except (OSError, FixError) as exc:
        return RevertOutcome(path, "error", str(exc))
    return RevertOutcome(path, "reverted")


def _restore(data: bytes, entries: list[dict[str, Any]]) -> bytes:
    first = entries[0]
    codec_after, bom_after = first.get("codec_after", "utf-8"), bool(first.get("bom_after", False))
    mark = encode("", codec_after, True) if bom_after else b""
    text = data[len(mark) :].decode(codec_after)
    for entry in sorted(entries, key=lambda e: e["new_start"], reverse=True):
        start, end = entry["new_start"], entry["new_end"]
        if text[start:end] != entry["replacement"]:
            raise FixError(f"logged replacement not found at offset {start}")
        text = text[:start] + entry["removed"] + text[end:]
    return encode(text, first.get("codec_before", codec_after), bool(first.get("bom_before", bom_after)))
