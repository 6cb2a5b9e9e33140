"""SL004 mojibake: text decoded with the wrong encoding."""

from __future__ import annotations

import re
from collections.abc import Iterator

from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.chars import HAN_CHAR

RULE = Rule(
    code="SL004",
    name="mojibake",
    severity=Severity.ERROR,
    summary="Text was decoded with the wrong encoding (mojibake)",
    explanation=explain(
        "Reports garbled runs that arise when text is decoded with the wrong encoding: `锟斤拷` "
        "(UTF-8 replacement bytes read as GBK), `Ã©`/`â€™` (UTF-8 read as Latin-1 or Windows-1252), "
        "and Chinese text whose bytes were UTF-8 but were read as GBK. A run is reported only when "
        "re-encoding it gives valid UTF-8 (or is the literal `锟斤拷`).",
        "Mojibake is unreadable for people and poison for models: it looks like text, so it passes "
        "length and language filters.",
        "`Itâ€™s a cafÃ© in MontrÃ©al` (should be `It’s a café in Montréal`).",
        "Re-decode the original bytes with the right encoding (e.g. `ftfy` can repair Latin-1 mojibake).",
    ),
    fail_examples=(
        "It\u00e2\u20ac\u2122s a caf\u00c3\u00a9 in Montr\u00c3\u00a9al.\n",
        "标题：锟斤拷锟斤拷锟斤拷\n",
        "科技巨头纷纷向人工智能初创公司投资".encode().decode("gb18030", errors="replace") + "\n",
    ),
    pass_examples=(
        "A café in Montréal, naïve façade, Ångström, São Paulo.\n",
        "科技巨头纷纷向人工智能初创公司投资，以换取云计算业务的收入。\n",
        "© 2024 Reuters — “quoted” text… ±5 °C, 90% of £3 and €4.\n",
    ),
)


_CP1252_HIGH = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
# UTF-8 lead byte read as Latin-1/cp1252 (Â..ô) followed by continuation bytes read the same way.
_LATIN_MOJIBAKE = re.compile(f"(?:[\u00c2-\u00f4][{_CP1252_HIGH}]{{1,3}})+")
_GBK_MARKER = re.compile("(?:锟斤拷|烫烫烫|屯屯屯)+")
# Candidate runs for UTF-8-read-as-GBK: non-ASCII, non-space, not CJK punctuation, 6 or more.
_CJK_RUN = re.compile("[^\\x00-\\x7f\\s\\u3000-\\u303f\\uff00-\\uffef]{6,}")


def mojibake(doc: Document) -> Iterator[Finding]:
    """SL004 findings: GBK garbage markers, UTF-8 read as Windows-1252, UTF-8 read as GBK."""
    for start, end, message in mojibake_runs(doc):
        yield doc.finding(RULE, start, end, message)


def mojibake_runs(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, message) of every mojibake run, worked out once per document: SL004 reports them
    and other rules leave their characters alone (a C1 control inside `Ã\x96` is half of an Ö)."""
    return doc.memo("mojibake-runs", _runs)


def _runs(doc: Document) -> list[tuple[int, int, str]]:
    text = doc.text
    out = [
        (m.start(), m.end(), f"Mojibake `{m.group()}`: bytes decoded as GBK garbage")
        for m in _GBK_MARKER.finditer(text)
    ]
    for m in _LATIN_MOJIBAKE.finditer(text):
        latin = _repair_latin(m.group())
        if latin:
            repaired, read_as = latin
            out.append((m.start(), m.end(), f"Mojibake `{m.group()}`: UTF-8 read as {read_as}; probably `{repaired}`"))
    for m in _CJK_RUN.finditer(text):
        chinese = _repair_gbk(m.group())
        if chinese:
            out.append((m.start(), m.end(), f"Mojibake `{m.group()}`: UTF-8 read as GBK; probably `{chinese}`"))
    return out


def _repair_latin(run: str) -> tuple[str, str] | None:
    """The run repaired and the encoding it was read as: Windows-1252, or Latin-1 when the run holds
    C1 controls (U+0080-U+009F), which Windows-1252 has no bytes for."""
    for codec, name in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
        try:
            repaired = run.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        return (repaired, name) if repaired != run else None
    return None


def _repair_gbk(run: str) -> str | None:
    """Chinese text whose UTF-8 bytes were decoded as GBK: re-encoding the run as GBK gives back
    mostly valid UTF-8 made of Chinese characters. Ordinary Chinese text almost never does."""
    try:
        raw = run.encode("gb18030")
    except UnicodeError:
        return None
    repaired = raw.decode("utf-8", errors="replace")
    han = len(HAN_CHAR.findall(repaired))
    bad = repaired.count("\ufffd")
    plausible = han >= 3 and han >= 0.6 * len(repaired) and bad <= 1 + 0.1 * len(repaired)
    return repaired.replace("\ufffd", "") if plausible else None
