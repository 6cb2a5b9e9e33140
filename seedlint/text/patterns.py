"""Word lists compiled into regexes: the one builder of literal alternations.

A list of literal terms becomes an alternation factored as a trie, so each position of the text
costs at most the depth of the trie, and at any position the longest term that lets the rest of
the pattern match wins (as in a longest-first alternation).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, cast


def trie_pattern(terms: Iterable[str], *, ignore_case: Callable[[str], bool] | None = None) -> str:
    """An alternation of the literal ``terms``; terms for which ``ignore_case`` holds match in any
    letter case (they are tried after the case-sensitive ones at the same position)."""
    terms = sorted({t for t in terms if t})
    if ignore_case is None:
        return _trie(terms)
    exact = [t for t in terms if not ignore_case(t)]
    folded = sorted({t.lower() for t in terms if ignore_case(t)})
    parts = ([_trie(exact)] if exact else []) + ([f"(?i:{_trie(folded)})"] if folded else [])
    return "|".join(parts) or "(?!)"


def _trie(terms: Iterable[str]) -> str:
    root: dict[str, dict[str, Any]] = {}
    for term in terms:
        node = root
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict[str, Any]]) -> str:
        keys = sorted(k for k in node if k)
        if not keys:
            return ""
        alts = [re.escape(k) + build(node[k]) for k in keys]
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root) or "(?!)"


def lexicon_pattern(terms: Iterable[str]) -> str:
    """Terms that start with an ASCII letter or digit match only as whole words; others anywhere."""
    terms = sorted({t.lower() for t in terms if t})
    wordy = [t for t in terms if t[0].isascii() and t[0].isalnum()]
    other = [t for t in terms if t not in wordy]
    parts = []
    if wordy:
        parts.append(f"(?<![A-Za-z0-9])(?:{trie_pattern(wordy)})(?![A-Za-z])")
    if other:
        parts.append(trie_pattern(other))
    return "|".join(parts) or "(?!)"


_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _LazyPattern:
    """A regex compiled on its first use: a vocabulary holds dozens of patterns that only run
    behind a gate (a phrase hit, a cheap test), so a process that never needs one never pays
    for compiling it. After the first use its methods are the compiled pattern's own."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_source":  # copy and pickle probe before __init__
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.__dict__["pattern"], self.__dict__["flags"] = compiled.pattern, compiled.flags
        return getattr(compiled, name)


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` deferred to the pattern's first use (same object interface)."""
    return cast(re.Pattern[str], _LazyPattern(pattern, flags))
