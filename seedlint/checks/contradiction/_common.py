"""What several contradiction rules use: quoting a passage in a message, merging word lists."""

from __future__ import annotations

import re
from collections.abc import Iterable


def union(*groups: Iterable[str]) -> tuple[str, ...]:
    """The entries of all ``groups`` in order, each once."""
    return tuple(dict.fromkeys(w for group in groups for w in group))


def last(matches: Iterable[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for found in matches:  # noqa: B007 - only the last match is wanted
        pass
    return found


def clip(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to ``limit`` characters for a message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
