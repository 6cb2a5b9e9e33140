"""Word lists compiled into regexes: the one builder of literal alternations.

A list of literal terms becomes an alternation factored as a trie, so each position of the text
costs at most the depth of the trie, and at any position the longest term that lets the rest of
the pattern match wins (as in a longest-first alternation).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


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
    root: dict[str, dict] = {}
    for term in terms:
        node = root
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
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
