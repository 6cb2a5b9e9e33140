"""A one-line progress bar on standard error for runs that last: documents done, MB/s, ETA.

Shown only when standard error is a terminal and the run is not quiet (as ruff and pip do), and
only once the run has lasted ``DELAY`` seconds, so short runs print nothing extra. It is redrawn
at most every ``INTERVAL`` seconds and erased when the run ends (or before other output is written
to the terminal, ``clear``), so it never stays in the output or reaches a pipe or a file.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from typing import TextIO

from seedlint.corpus import is_corpus, split_address

DELAY = 1.0
INTERVAL = 0.1
ERASE = "\r\x1b[2K"
WIDTH = 20  # characters of the bar itself


def wanted(quiet: bool, stream: TextIO | None = None) -> bool:
    stream = stream if stream is not None else sys.stderr
    return not quiet and stream.isatty()


class Progress:
    """Draws ``items`` done (of ``total_items`` when known), the throughput in MB/s and, when
    ``total_bytes`` is known, the share done and the time left."""

    def __init__(
        self,
        stream: TextIO,
        unit: str,
        *,
        total_items: int | None = None,
        total_bytes: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.unit = unit
        self.total_items = total_items
        self.total_bytes = total_bytes
        self.clock = clock
        self.started = clock()
        self.drawn_at: float | None = None
        self.shown = False
        self.items = 0
        self.bytes_done = 0

    def update(self, items: int, bytes_done: int) -> None:
        self.items, self.bytes_done = items, bytes_done
        now = self.clock()
        if now - self.started < DELAY or (self.drawn_at is not None and now - self.drawn_at < INTERVAL):
            return
        self.drawn_at = now
        width = shutil.get_terminal_size((80, 24)).columns - 1
        self.stream.write(ERASE + self.line(now)[:width])
        self.stream.flush()
        self.shown = True

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        done = f"{self.items:,}" + (f"/{self.total_items:,}" if self.total_items is not None else "")
        parts = [f"{done} {self.unit}", f"{self.bytes_done / elapsed / 1e6:.1f} MB/s"]
        if self.total_bytes:
            share = min(1.0, self.bytes_done / self.total_bytes)
            filled = round(share * WIDTH)
            parts.insert(0, "[" + "#" * filled + "." * (WIDTH - filled) + f"] {share:4.0%}")
            if 0 < share < 1:
                left = round(elapsed * (1 - share) / share)
                parts.append(f"ETA {left // 60}:{left % 60:02d}")
        return "  ".join(parts)

    def clear(self) -> None:
        """Erase the bar (it is drawn again at the next update)."""
        if self.shown:
            self.stream.write(ERASE)
            self.stream.flush()
            self.shown = False
            self.drawn_at = None

    close = clear


class RunProgress:
    """Follows a check run through its results (``engine.run``'s ``on_files`` and ``on_result``):
    files done of the files found, or records done in corpora, and bytes done of their sizes."""

    def __init__(self, stream: TextIO) -> None:
        self.bar = Progress(stream, "files")
        self.sizes: list[int] = []
        self.corpora: list[bool] = []
        self.positions: dict[str, int] = {}
        self.index = 0
        self.done_bytes = 0
        self.partial = 0
        self.items = 0

    def start(self, files: Sequence[str]) -> None:
        self.corpora = [is_corpus(f) for f in files]
        self.sizes = [_size(f) for f in files]
        for i, name in enumerate(files):
            self.positions.setdefault(name, i)
        self.bar.total_bytes = sum(self.sizes)
        if any(self.corpora):
            self.bar.unit = "records" if all(self.corpora) else "documents"
        else:
            self.bar.total_items = len(files)

    def result(self, path: str, offset: int) -> None:
        name = path if path in self.positions else split_address(path)[0]
        at = self.positions.get(name)
        if at is None or at < self.index:
            return
        while self.index < at:  # files with no result of their own (a corpus that ended)
            self.done_bytes += self.sizes[self.index]
            self.index += 1
        if self.corpora[at] and (path != name or offset):
            self.items += 1
            self.partial = min(offset, self.sizes[at])
        else:
            self.done_bytes += self.sizes[at]
            self.index += 1
            self.partial = 0
            self.items += not self.corpora[at]
        self.bar.update(self.items, self.done_bytes + self.partial)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
