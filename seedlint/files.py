"""Reading the user's files safely: regular files only, never more than a stated number of bytes.

Every file seedlint reads on the user's behalf (documents, config files, rate tables, lists, standard
input) goes through here, so a FIFO never blocks a run, ``/dev/zero`` never fills the memory and the
error names the path and what is wrong with it in one line.
"""

from __future__ import annotations

import errno
import os
import stat
from typing import BinaryIO

# Config files, rate tables and word lists are small; 8 MB is far beyond any real one.
SMALL_FILE_LIMIT = 8 * 1024 * 1024
# Documents: overridden by the `max-file-size` setting.
DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024


class FileReadError(Exception):
    """A path that cannot be read as a regular file within the size limit; the message is one line
    that starts with the path."""


def kind_of(mode: int) -> str:
    """What a non-regular file is, for messages: 'a FIFO', 'a socket', 'a device', 'a folder'."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def describe_os_error(exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        return "no such file or directory"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return exc.strerror or str(exc)


def open_regular(path: str) -> tuple[BinaryIO, os.stat_result]:
    """Open ``path`` for reading without blocking on a FIFO, and refuse anything but a regular file.

    O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer; the mode is then
    checked on the open descriptor, so a file swapped for a FIFO after a stat cannot slip through.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise FileReadError(f"{path}: cannot read: {describe_os_error(exc)}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileReadError(f"{path}: {kind_of(info.st_mode)}, not a regular file")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb"), info
    except BaseException:
        os.close(fd)
        raise


def read_stream(handle: BinaryIO, limit: int, name: str) -> bytes:
    """Read at most ``limit`` bytes; one byte more means the input is too large."""
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileReadError(f"{name}: larger than {format_size(limit)}, the most seedlint reads")
    return data


def read_regular(path: str, limit: int = SMALL_FILE_LIMIT) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or a FileReadError naming the path."""
    handle, info = open_regular(path)
    with handle:
        if info.st_size > limit:
            raise FileReadError(f"{path}: {format_size(info.st_size)}, larger than the limit of {format_size(limit)}")
        try:
            return read_stream(handle, limit, path)
        except OSError as exc:
            raise FileReadError(f"{path}: cannot read: {describe_os_error(exc)}") from None


def read_regular_text(path: str, limit: int = SMALL_FILE_LIMIT) -> str:
    """A small UTF-8 file (config, rate table, word list) as text."""
    raw = read_regular(path, limit)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileReadError(f"{path}: not UTF-8 (byte {exc.start}: {raw[exc.start : exc.start + 1]!r})") from None


def format_size(size: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"
