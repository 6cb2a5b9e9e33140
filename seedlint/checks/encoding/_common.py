"""What the encoding rules share."""

from __future__ import annotations

from collections.abc import Iterator, Sequence


def runs(offsets: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Group sorted offsets into (start, end) runs of consecutive positions."""
    start = prev = -1
    for i in offsets:
        if start < 0:
            start = prev = i
        elif i == prev + 1:
            prev = i
        else:
            yield start, prev + 1
            start = prev = i
    if start >= 0:
        yield start, prev + 1
