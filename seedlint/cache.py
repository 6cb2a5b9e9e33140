"""The results cache: the findings of a file whose bytes, settings and seedlint are unchanged are
read back instead of being linted again (as ruff's ``.ruff_cache``).

Layout of the cache folder (``.seedlint_cache`` beside the config file, else in the current folder)::

    CACHEDIR.TAG            marks the folder as a cache for backup tools (bford.info/cachedir)
    .gitignore              "*": the folder never shows up in ``git status``
    <version>/<key>.json    one file per seedlint version and settings; ``key`` digests everything
                            a file's findings depend on besides its bytes and its path

Each entry of ``<key>.json`` maps a path, as it was named to seedlint, to the sha256 of the bytes
that were linted and their findings. An entry is used only when the file's bytes hash the same.
The file is replaced atomically at the end of a run (written beside it, then renamed), so two runs
at once never see a half-written cache: the one that finishes last keeps its entries, the other's
are linted again next time. A cache file that cannot be read or parsed counts as empty.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from seedlint._version import __version__
from seedlint.model import Applicability, Edit, Finding, Fix, Severity

FOLDER_NAME = ".seedlint_cache"
TAG_NAME = "CACHEDIR.TAG"
# The signature the cache-directory tagging specification requires as the tag's first line.
TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This folder is a cache made by seedlint; `seedlint clean` removes it.\n"
)
_FORMAT = 1  # bumped when the layout of an entry changes


class CacheError(Exception):
    """A cache folder that cannot be used (the message names it)."""


def default_folder(root: str) -> Path:
    return Path(root) / FOLDER_NAME


def settings_key(settings: Any) -> str:
    """A digest of everything besides a file's bytes and path that its findings depend on:
    seedlint's version and code, the installed plugins, the settings that select and configure
    rules, the files those settings name, and the folder paths are relative to."""
    parts: list[Any] = [
        _FORMAT,
        __version__,
        _code_stamp(),
        _plugin_stamp(),
        os.getcwd(),
        settings.root,
        settings.select,
        settings.extend_select,
        settings.ignore,
        settings.cli_selection,
        settings.fixable,
        settings.unfixable,
        settings.per_file_ignores,
        [(s.path, s.rule, s.matched) for s in settings.suppressions],
        settings.max_file_size,
        settings.check_options,
        _option_files(settings.check_options, settings.root),
    ]
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()[:20]


def _stat_key(path: str) -> tuple[str, int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (path, info.st_size, info.st_mtime_ns)


def _code_stamp() -> list[tuple[str, int, int] | None]:
    """Size and modification time of every file of the seedlint package: an edited rule or word
    list (a development install, a patched site-packages) invalidates the cache like a new version."""
    package = os.path.dirname(os.path.abspath(__file__))
    stamp: list[tuple[str, int, int] | None] = []
    for folder, dirs, names in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        stamp.extend(_stat_key(os.path.join(folder, n)) for n in sorted(names) if not n.endswith(".pyc"))
    return stamp


def _plugin_stamp() -> list[tuple[str, int, int] | None]:
    """The modification times of the folders distributions are installed in: installing,
    upgrading or removing one (a seedlint plugin among them) changes them. Cheaper than reading
    every distribution's entry points, and never misses such a change (at worst it re-lints after
    an unrelated install). The script's own folder, first on ``sys.path``, is left out: it differs
    between ``seedlint`` and ``python -m seedlint``."""
    folders = sorted({p for p in sys.path if os.path.basename(p) in ("site-packages", "dist-packages")})
    return [_stat_key(p) for p in folders]


def _option_files(check_options: tuple[tuple[str, str], ...], root: str) -> list[tuple[str, int, int] | None]:
    """Files named by check options (a rate table, a user word list): their edits change findings."""
    found = []
    for _, encoded in check_options:
        for value in _strings(json.loads(encoded)):
            for candidate in (value, os.path.join(root, value)):
                if len(candidate) < 4096 and os.path.isfile(candidate):
                    found.append(_stat_key(os.path.abspath(candidate)))
                    break
    return found


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


# Findings as JSON ------------------------------------------------------------------------------


def _encode(f: Finding) -> list[Any]:
    fix = None
    if f.fix is not None:
        fix = [[[e.start, e.end, e.content] for e in f.fix.edits], f.fix.applicability.value, f.fix.encoding]
    return [
        f.line,
        f.column,
        f.end_line,
        f.end_column,
        f.code,
        f.name,
        int(f.severity),
        f.message,
        f.matched,
        fix,
        f.start,
        f.end,
        f.line_text,
        f.fingerprint,
    ]


def _decode(path: str, row: list[Any]) -> Finding:
    line, column, end_line, end_column, code, name, severity, message, matched, fix, start, end, text, mark = row
    decoded_fix = None
    if fix is not None:
        edits, applicability, encoding = fix
        decoded_fix = Fix(tuple(Edit(s, e, c) for s, e, c in edits), Applicability(applicability), encoding)
    return Finding(
        path,
        line,
        column,
        end_line,
        end_column,
        code,
        name,
        Severity(severity),
        message,
        matched,
        decoded_fix,
        start,
        end,
        text,
        mark,
    )


class Cache:
    """The entries of one settings key, read once at the start of a run and written once at its end."""

    def __init__(self, folder: Path, key: str) -> None:
        self.folder = folder
        self.file = folder / __version__ / f"{key}.json"
        self._entries: dict[str, list[Any]] = {}
        self._changed = False
        with contextlib.suppress(OSError, ValueError, UnicodeDecodeError):
            data = json.loads(self.file.read_bytes())
            if isinstance(data, dict) and isinstance(data.get("entries"), dict):
                self._entries = data["entries"]

    def get(self, path: str, sha256: str) -> list[Finding] | None:
        """The findings stored for ``path`` if they were found in bytes hashing to ``sha256``."""
        entry = self._entries.get(path)
        if not isinstance(entry, list) or len(entry) != 2 or entry[0] != sha256:
            return None
        try:
            return [_decode(path, row) for row in entry[1]]
        except (TypeError, ValueError):
            return None  # an entry of another shape: lint the file again

    def put(self, path: str, sha256: str, findings: list[Finding]) -> None:
        self._entries[path] = [sha256, [_encode(f) for f in findings]]
        self._changed = True

    def save(self) -> None:
        """Write the entries (those of files that still exist) if the run changed any."""
        if not self._changed:
            return
        entries = {p: e for p, e in self._entries.items() if os.path.lexists(p)}
        data = json.dumps({"seedlint": __version__, "entries": entries}, ensure_ascii=False, separators=(",", ":"))
        try:
            _prepare(self.folder)
            self.file.parent.mkdir(exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{self.file.name}.", suffix=".tmp", dir=self.file.parent)
        except OSError as exc:
            raise CacheError(f"{self.folder}: cannot write the cache: {exc.strerror or exc}") from None
        try:
            # No fsync: a cache lost in a crash is linted again, and a torn one is ignored on reading.
            with os.fdopen(fd, "wb") as handle:
                handle.write(data.encode("utf-8", "surrogatepass"))
            os.replace(tmp, self.file)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise CacheError(f"{self.folder}: cannot write the cache: {exc.strerror or exc}") from None
        self._changed = False


def _prepare(folder: Path) -> None:
    """Create the cache folder with its tag and .gitignore (kept if they are there)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in ((TAG_NAME, TAG), (".gitignore", "# Created by seedlint.\n*\n")):
        target = folder / name
        if not target.exists():
            target.write_text(content, "utf-8")


def is_cache_folder(folder: Path) -> bool:
    """Does ``folder`` carry seedlint's cache tag? Only such a folder is ever removed."""
    try:
        return (folder / TAG_NAME).read_text("utf-8").startswith(TAG)
    except (OSError, UnicodeDecodeError):
        return False
