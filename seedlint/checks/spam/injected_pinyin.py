"""SL105 injected-pinyin: pinyin a mirror site wrote after the characters of a copied text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from seedlint.document import Document
from seedlint.model import Applicability, Edit, Finding, Fix, Rule, Severity, explain
from seedlint.text.chars import HAN, HAN_CHAR, PINYIN_LETTERS

RULE = Rule(
    code="SL105",
    name="injected-pinyin",
    severity=Severity.WARNING,
    summary="Pinyin written after the characters of a line, a mirror site's disguise of a copied text",
    explanation=explain(
        "Reports, once per line, pinyin in brackets after Chinese characters, toned or not "
        "(`国(guo)(guo)务(wu)院`, `中國(guó)在發(fā)生`): three annotations or more, at least one per 15 "
        "characters of the line or one syllable written twice in a row, as no text that teaches a "
        "reading has them. Off by default (`--extend-select SL105`): the text under the annotations is "
        "the article, and the other rules read past them, as the matching view drops toned ones.",
        "Mirror sites inject pinyin so that a search engine takes a copied article for a new one; "
        "the annotations break words for tokenizers, segmenters and exact-match deduplication.",
        "`国(guo)(guo)务(wu)院总理(li)李(li)强(qiang)主持召开国务院常务会议。`",
        "`seedlint check --fix --unsafe-fixes` removes the annotations of the line and nothing else "
        "(unsafe: a textbook annotates readings too).",
    ),
    fail_examples=("国(guo)(guo)务(wu)院总理(li)李(li)强(qiang)主持召开国务院常务会议。\n",),
    pass_examples=(
        "课文中的生字要会读会写：第一个字是权(quán)，表示权力；第二个字是利(lì)，表示利益；"
        "第三个字是义(yì)，表示道义。老师请同学们在课后把这三个字各写十遍，并用它们各组两个词语。\n",
    ),
    fixable=True,
    default_enabled=False,
)

# Pinyin written after characters, toned or not (国(guo)(guo)务(wu)院, 現(xiàn)在): mirror sites inject
# it to make a copied article look new to a search engine. A line has it throughout, or the same
# syllable twice in a row, as no text that teaches a reading does.
_PINYIN = re.compile(rf"(?<=[{HAN})])\([{PINYIN_LETTERS}]{{1,7}}\)")
_PINYIN_MIN = 3  # annotations on a line
_PINYIN_EVERY = 15  # Han characters per annotation at most, when no syllable is doubled


def find(doc: Document) -> Iterator[Finding]:
    """One finding per line holding injected pinyin; its fix (unsafe: a textbook annotates readings
    too) removes every annotation of the line and nothing else."""
    if "(" not in doc.text:
        return
    for number, line in enumerate(doc.lines):
        if "(" not in line:
            continue
        marks = list(_PINYIN.finditer(line))
        if len(marks) < _PINYIN_MIN:
            continue
        doubled = any(a.end() == b.start() and a.group() == b.group() for a, b in zip(marks, marks[1:], strict=False))
        if not doubled and len(HAN_CHAR.findall(line)) > _PINYIN_EVERY * len(marks):
            continue
        base = doc.line_starts[number]
        edits = tuple(Edit(base + m.start(), base + m.end(), "") for m in marks)
        yield doc.finding(
            RULE,
            base + marks[0].start(),
            base + marks[-1].end(),
            f"Pinyin injected after the characters of the line ({len(marks)} annotations such as "
            f"`{marks[0].group()}`): a mirror site's disguise of a copied text",
            fix=Fix(edits, Applicability.UNSAFE),
        )
