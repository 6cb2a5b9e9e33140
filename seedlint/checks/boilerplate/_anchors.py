"""What a template regex needs from the text: the literals every match contains (its anchors) and
how many line breaks a match can cross.

Both are read off the parsed expression, so a template in ``templates.toml`` is found by the phrase
scan without a second list to keep in step; ``anchors = [...]`` in the file overrides them.
"""

from __future__ import annotations

import re
from itertools import product
from typing import Any

try:  # the parser moved in Python 3.11; the tree it builds is the same
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as _c
    import sre_parse as _p

MAX_TERMS = 64  # an anchor set larger than this costs more in the scan than it saves
_SMALL_CLASS = 8
_SPACE_CATEGORIES = {_c.CATEGORY_SPACE, _c.CATEGORY_UNI_SPACE, _c.CATEGORY_LINEBREAK, _c.CATEGORY_UNI_LINEBREAK}
_NEWLINE_CATEGORIES = _SPACE_CATEGORIES | {
    _c.CATEGORY_NOT_DIGIT,
    _c.CATEGORY_UNI_NOT_DIGIT,
    _c.CATEGORY_NOT_WORD,
    _c.CATEGORY_UNI_NOT_WORD,
}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}


class TemplateShapeError(ValueError):
    """A template a local match cannot confirm: no literal every match contains, or a match that can
    run over any number of lines."""


def shape(pattern: str, explicit: tuple[str, ...] = (), flags: int = re.I | re.M) -> tuple[frozenset[str], int]:
    """``anchors`` and ``line_crossings`` of ``pattern`` from one parse of it."""
    tree = list(_p.parse(pattern, flags))
    return _anchors(tree, pattern, explicit), _crossings(tree, pattern)


def anchors(pattern: str, explicit: tuple[str, ...] = (), flags: int = re.I | re.M) -> frozenset[str]:
    """Literals, lowercased, at least one of which every match of ``pattern`` contains: the
    ``explicit`` ones when given (they must include such a set), else the best set read off."""
    return _anchors(list(_p.parse(pattern, flags)), pattern, explicit)


def _anchors(tree: list[Any], pattern: str, explicit: tuple[str, ...]) -> frozenset[str]:
    found = _candidates(tree)
    if explicit:
        chosen = {t.lower() for t in explicit}
        if not any({t.lower() for t in c} <= chosen for c in found):
            raise TemplateShapeError(f"anchors {sorted(chosen)} are not all a match needs: {pattern[:80]!r}")
        return frozenset(chosen)
    if not found:
        raise TemplateShapeError(f"no literal that every match contains: {pattern[:80]!r}")
    # The shortest term decides how often a set fires in ordinary text; at a tie the earliest set,
    # which opens the notice, is the one least often met without it.
    best = max(enumerate(found), key=lambda item: (min(len(t) for t in item[1]), -item[0]))[1]
    return frozenset(t.lower() for t in best)


def line_crossings(pattern: str, flags: int = re.I | re.M) -> int:
    """How many runs of whitespace with line breaks one match can span: each run reaches the next
    non-blank line, so a match covers at most this many lines more than the line it starts on."""
    return _crossings(list(_p.parse(pattern, flags)), pattern)


# Literals ------------------------------------------------------------------------------------


def _finite(node: tuple[Any, Any]) -> set[str] | None:
    """Every string the node can match, when that is a small set ("" for zero-width nodes)."""
    op, av = node
    if op is _c.LITERAL:
        return {chr(av)}
    if op in _ZERO_WIDTH:
        return {""}
    if op is _c.IN:
        if len(av) <= _SMALL_CLASS and all(o is _c.LITERAL for o, _ in av):
            return {chr(v) for _, v in av}
        return None
    if op is _c.SUBPATTERN:
        return _finite_seq(list(av[-1]))
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            sub = _finite_seq(list(alt))
            if sub is None:
                return None
            out |= sub
        return out if len(out) <= MAX_TERMS else None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, body = av
        if high > 3:
            return None
        inner = _finite_seq(list(body))
        if inner is None:
            return None
        out = set()
        for count in range(low, high + 1):
            out |= {"".join(p) for p in product(inner, repeat=count)}
            if len(out) > MAX_TERMS:
                return None
        return out
    return None


def _finite_seq(nodes: list[tuple[Any, Any]]) -> set[str] | None:
    out = {""}
    for node in nodes:
        sub = _finite(node)
        if sub is None:
            return None
        out = {a + b for a in out for b in sub}
        if len(out) > MAX_TERMS:
            return None
    return out


def _candidates(nodes: list[tuple[Any, Any]]) -> list[set[str]]:
    """Sets of literals, in pattern order, such that every match of the sequence contains one
    literal of each set."""
    candidates: list[set[str]] = []
    run: list[set[str]] = []

    def close_run() -> None:
        # Every stretch of consecutive fixed parts is a candidate: its strings all occur in a match.
        for i in range(len(run)):
            joined = {""}
            for part in run[i:]:
                joined = {a + b for a in joined for b in part}
                if len(joined) > MAX_TERMS:
                    break
                if "" not in joined:
                    candidates.append(joined)
        run.clear()

    for node in nodes:
        fixed = _finite(node)
        if fixed is not None:
            run.append(fixed)
            continue
        close_run()
        candidates.extend(_node_candidates(node))
    close_run()
    return candidates


def _node_candidates(node: tuple[Any, Any]) -> list[set[str]]:
    op, av = node
    if op is _c.SUBPATTERN:
        return _candidates(list(av[-1]))
    if op is _c.BRANCH:
        # One set per alternative, united: the set with the fewest terms of each.
        out: set[str] = set()
        for alt in av[1]:
            sub = _candidates(list(alt))
            if not sub:
                return []
            out |= min(sub, key=len)
        return [out] if len(out) <= MAX_TERMS else []
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
        return _candidates(list(av[2]))
    return []


# Line breaks ---------------------------------------------------------------------------------


def _crossings(nodes: list[tuple[Any, Any]], pattern: str) -> int:
    return sum(_node_crossings(node, pattern) for node in nodes)


def _node_crossings(node: tuple[Any, Any], pattern: str) -> int:
    op, av = node
    if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.CATEGORY, _c.ANY):
        newline, spaces_only = _newline_char(node)
        if newline and not spaces_only:
            raise TemplateShapeError(f"a line break matched by a class of non-space characters: {pattern[:80]!r}")
        return int(newline)
    if op is _c.SUBPATTERN:
        return _crossings(list(av[-1]), pattern)
    if op is _c.BRANCH:
        return max((_crossings(list(alt), pattern) for alt in av[1]), default=0)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, body = av
        body = list(body)
        if len(body) == 1 and body[0][0] in (_c.LITERAL, _c.IN, _c.CATEGORY):
            # One run of whitespace, however long, reaches the next non-blank line only.
            return _node_crossings(body[0], pattern) if high else 0
        inner = _crossings(body, pattern)
        if inner and high is _c.MAXREPEAT:
            raise TemplateShapeError(f"a match that can run over any number of lines: {pattern[:80]!r}")
        return inner * int(high)
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return 0
    if op is _c.AT:
        return 0
    raise TemplateShapeError(f"unsupported construct {op} in {pattern[:80]!r}")


def _newline_char(node: tuple[Any, Any]) -> tuple[bool, bool]:
    """(can it match a line break, does it match only whitespace)."""
    op, av = node
    if op is _c.LITERAL:
        return av == 10, chr(av).isspace()
    if op is _c.NOT_LITERAL:
        return av != 10, False
    if op is _c.ANY:
        return False, False  # no DOTALL: any character but a line break
    if op is _c.CATEGORY:
        return av in _NEWLINE_CATEGORIES, av in _SPACE_CATEGORIES
    negate = any(o is _c.NEGATE for o, _ in av)
    newline = False
    only_spaces = True
    for o, v in av:
        if o is _c.LITERAL:
            newline |= v == 10
            only_spaces &= chr(v).isspace()
        elif o is _c.RANGE:
            newline |= v[0] <= 10 <= v[1]
            only_spaces &= all(chr(x).isspace() for x in range(v[0], min(v[1], v[0] + 64) + 1))
        elif o is _c.CATEGORY:
            newline |= v in _NEWLINE_CATEGORIES
            only_spaces &= v in _SPACE_CATEGORIES
    if negate:
        return not newline, False
    return newline, only_spaces
