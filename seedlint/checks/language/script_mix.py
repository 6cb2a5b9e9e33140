"""SL603 script-mix: Traditional and Simplified characters, or half- and full-width punctuation,
mixed in one Chinese document."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.chars import HAN
from seedlint.text.language import Detection, hanzi_count, hanzi_positions

RULE = Rule(
    code="SL603",
    name="script-mix",
    severity=Severity.INFO,
    summary="Chinese document mixes Traditional and Simplified characters or punctuation widths",
    explanation=explain(
        "In a Chinese document, reports (once per document, with counts) Traditional characters inside "
        "Simplified text or the reverse, and half-width punctuation (`,` `;` `:` `!` `?` `(` `)` `.` next to "
        "Chinese characters) mixed with full-width punctuation (`，` `；` `：` `！` `？` `（` `）` `。`). Off by "
        "default: stored copies of web pages often carry half-width punctuation.",
        "Mixed scripts and widths are a sign of text stitched from several sources or converted halfway; "
        "they also split one word or phrase into several spellings for search and deduplication.",
        "`公司表示,这项投资将于明年完成。` — a half-width comma before a full-width full stop.",
        "Convert the document to one script (OpenCC) and one punctuation width.",
    ),
    fail_examples=(
        "公司表示,这项投资将于明年完成。该公司(总部位于北京)将继续扩大业务。\n",
        "这家公司表示，这项投资將於明年完成，這個項目會帶來很多機會。\n",
    ),
    pass_examples=(
        "公司表示，这项投资将于明年完成。该公司（总部位于北京）将继续扩大业务。\n",
        "公司表示,这项投资将于明年完成,营收增长3.5%,时间是10:30.\n",
        "The company said, in a statement (issued Tuesday), that it would invest.\n",
    ),
    default_enabled=False,
)


# Fewer occurrences of the minority form than this are names or stray characters.
MIN_MINORITY_HANZI = 3
MIN_MINORITY_DISTINCT = 2
MIN_MINORITY_PUNCTUATION = 2

# Half-width marks next to a Han character; `,` `.` `:` between digits (3.5, 10:30, 1,000) are not.
_HALF_PUNCT = re.compile(f"(?<=[{HAN}])[,;:!?().]|[,;:!?(](?=[{HAN}])|(?<=[{HAN}\\w])\\)(?=[{HAN}])")
_FULL_PUNCT = re.compile("[\uff0c\uff1b\uff1a\uff01\uff1f\uff08\uff09\u3002]")


def script_mix(doc: Document, main: Detection) -> Iterator[Finding]:
    """SL603 findings for a Chinese document whose main language is ``main``: at most one for
    characters of the other script, one for mixed punctuation widths."""
    text = doc.text
    if main.language == "zh-Hant":
        minority, majority, kind, host = "simplified", "traditional", "Simplified", "Traditional"
    else:
        minority, majority, kind, host = "traditional", "simplified", "Traditional", "Simplified"
    # Counting is one table lookup per character; positions are needed only for a finding.
    if hanzi_count(text, minority) >= MIN_MINORITY_HANZI:
        found = hanzi_positions(text, minority)
        chars = Counter(text[i] for i in found)
        if len(chars) >= MIN_MINORITY_DISTINCT:
            shown = ", ".join(f"{c} ×{n}" for c, n in sorted(chars.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
            yield doc.finding(
                RULE,
                found[0],
                found[0] + 1,
                f"{len(found)} {kind} characters ({shown}) in a {host} Chinese document "
                f"({hanzi_count(text, majority)} {host}-only characters)",
            )
    half = [(m.start(), m.group()) for m in _HALF_PUNCT.finditer(doc.text)]
    full = [(m.start(), m.group()) for m in _FULL_PUNCT.finditer(doc.text)]
    if min(len(half), len(full)) < MIN_MINORITY_PUNCTUATION:
        return
    first = min(half if len(half) <= len(full) else full)[0]
    yield doc.finding(
        RULE,
        first,
        first + 1,
        f"Chinese text mixes half-width punctuation ({len(half)}: {_marks(half)}) with full-width "
        f"punctuation ({len(full)}: {_marks(full)})",
    )


def _marks(found: list[tuple[int, str]]) -> str:
    counts = Counter(mark for _, mark in found)
    return ", ".join(f"`{m}` ×{n}" for m, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
