"""SL006 mixed-line-endings: a file whose lines end in more than one style."""

from __future__ import annotations

import re
from collections.abc import Iterator

from seedlint.document import Document
from seedlint.model import Applicability, Edit, Finding, Fix, Rule, Severity, explain

RULE = Rule(
    code="SL006",
    name="mixed-line-endings",
    severity=Severity.WARNING,
    summary="File mixes line-ending styles (LF, CRLF, CR)",
    explanation=explain(
        "Reports a file whose lines end in more than one style, pointing at the first line that "
        "differs from the most common style.",
        "Mixed endings usually mean text was pasted together from different sources; they produce "
        "noisy diffs and stray `\\r` characters in lines after splitting on `\\n`.",
        "`line one\\r\\nline two\\nline three\\n`",
        "`seedlint check --fix` rewrites every line ending in the file's most common style (safe).",
    ),
    fail_examples=("one\r\ntwo\nthree\n", "one\rtwo\nthree\n"),
    pass_examples=("one\ntwo\nthree\n", "one\r\ntwo\r\n"),
    fixable=True,
)


_NEWLINE = re.compile(r"\r\n|\r|\n")
_NAMES = {"\n": "LF", "\r\n": "CRLF", "\r": "CR"}


def mixed_endings(doc: Document) -> Iterator[Finding]:
    """SL006 finding at the first line ending that differs from the most common style."""
    counts = doc.newlines
    if len(counts) <= 1:
        return
    majority = max(counts, key=lambda k: (counts[k], k == "\n"))
    edits = []
    first = None
    for m in _NEWLINE.finditer(doc.text):
        if m.group() != majority:
            edits.append(Edit(m.start(), m.end(), majority))
            first = m if first is None else first
    assert first is not None
    summary = ", ".join(f"{n} {_NAMES[k]}" for k, n in sorted(counts.items(), key=lambda kv: -kv[1]))
    yield doc.finding(
        RULE,
        first.start(),
        first.start(),
        f"Mixed line endings ({summary}); this line ends in {_NAMES[first.group()]}, most end in {_NAMES[majority]}",
        matched=_NAMES[first.group()],
        fix=Fix(tuple(edits), Applicability.SAFE),
    )
