"""Traditional -> Simplified folding: one table, one parser.

The table (``data/common/traditional_simplified.txt``) is generated from OpenCC's character tables
by ``tools/make_fold_table.py``. Every pair maps one code point to one, so folding keeps offsets.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from seedlint.data import read_list
from seedlint.text.chars import same_or

if TYPE_CHECKING:
    from seedlint.document import Document


@cache
def _pairs() -> tuple[tuple[str, str, bool], ...]:
    out = []
    for entry in read_list("common/traditional_simplified.txt"):
        traditional, simplified, *mark = entry.split()
        out.append((traditional, simplified, mark == ["shared"]))
    return tuple(out)


@cache
def simplify_table() -> dict[int, int]:
    """``str.translate`` table folding each listed Traditional character to its Simplified form."""
    return {ord(t): ord(s) for t, s, _ in _pairs()}


def simplify(text: str) -> str:
    """``text`` with Traditional characters folded to Simplified ones; the length is kept."""
    return same_or(text, text.translate(simplify_table()))


def simplified(doc: Document) -> str:
    """The document width-folded and folded to Simplified characters, computed once: every offset
    is an offset of ``doc.text``, so a regex that runs on it reports spans of the document."""
    return doc.memo("simplified", lambda d: simplify(d.folded))


@cache
def writing_system_chars() -> tuple[frozenset[str], frozenset[str]]:
    """Characters only Traditional text uses and characters only Simplified text uses.

    Pairs marked ``shared`` are left out: their Simplified form is an ordinary Traditional
    character as well, so it is evidence of neither system."""
    pairs = [(t, s) for t, s, shared in _pairs() if not shared]
    return frozenset(t for t, _ in pairs), frozenset(s for _, s in pairs)
