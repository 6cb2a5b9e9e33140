"""SL409 name-variant: a foreign name spelled one way throughout and another way once."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.fold import simplified
from seedlint.text.segment import in_dictionary

RULE = Rule(
    code="SL409",
    name="name-variant",
    severity=Severity.WARNING,
    summary="A foreign name is spelled two ways",
    explanation=explain(
        "Reads the transliterated foreign names of a Chinese text (runs of four to seven of the "
        "characters Chinese transliterates with, `seedlint/data/contradiction/transliteration_chars.txt`) "
        "and reports a name written once that differs by one character, not its first or last, from a name "
        "written at least twice elsewhere: `梅利尼克` among nine `梅尔尼克`. Traditional and Simplified are compared "
        "alike; a name the segmenter's dictionary knows as a word is not reported.",
        "One person has one name in an article. A second spelling is a slip of the translator or "
        "of an edit, and a reader cannot tell whether a second person is meant.",
        "`梅尔尼克表示……此外，梅利尼克还谈到……梅尔尼克强调`",
        "Use the spelling of the rest of the text, or the official transliteration.",
    ),
    fail_examples=(
        "乌克兰外长梅尔尼克表示，谈判仍在继续。此外，梅利尼克还谈到反攻的问题。梅尔尼克强调，西方的援助太慢。\n",
    ),
    pass_examples=(
        "乌克兰外长梅尔尼克表示，谈判仍在继续。此外，梅尔尼克还谈到反攻的问题。梅尔尼克强调，西方的援助太慢。\n",
    ),
)

_MIN_NAME, _MAX_NAME = 4, 7
# The established spelling must be written this often, the variant once.
_ESTABLISHED = 2


def find(doc: Document, names: re.Pattern[str]) -> Iterator[Finding]:
    first: dict[str, re.Match[str]] = {}
    counts: Counter[str] = Counter()
    for m in names.finditer(simplified(doc)):
        counts[m.group()] += 1
        first.setdefault(m.group(), m)
    common = [name for name, n in counts.items() if n >= _ESTABLISHED]
    if not common:
        return
    for variant, n in counts.items():
        if n != 1:
            continue
        spelling = next((name for name in common if _one_apart(name, variant)), None)
        if spelling is None or in_dictionary(variant):
            continue
        at = first[variant]
        yield doc.finding(
            RULE,
            at.start(),
            at.end(),
            f"`{doc.text[at.start() : at.end()]}` here, `{spelling}` {counts[spelling]} times elsewhere: "
            "the same name spelled two ways?",
        )


def names_pattern(characters: frozenset[str]) -> re.Pattern[str]:
    """Runs of four to seven transliteration characters: the foreign names of a Chinese text."""
    return re.compile(f"[{''.join(sorted(characters))}]{{{_MIN_NAME},{_MAX_NAME}}}")


def _one_apart(a: str, b: str) -> bool:
    """The same length, one character different, inside the name (梅尔尼克 / 梅利尼克). A run's first
    and last characters may belong to the words around the name (也门胡塞武装 read from 门, 乌克兰
    followed by 武器 or 提供), so a difference there says nothing."""
    if len(a) != len(b) or a[0] != b[0] or a[-1] != b[-1]:
        return False
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1
