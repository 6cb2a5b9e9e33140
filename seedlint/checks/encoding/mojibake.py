"""SL004 mojibake: text decoded with the wrong encoding."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from seedlint.document import Document
from seedlint.model import Applicability, Edit, Finding, Fix, Rule, Severity, explain
from seedlint.text.chars import HAN_CHAR

RULE = Rule(
    code="SL004",
    name="mojibake",
    severity=Severity.ERROR,
    summary="Text was decoded with the wrong encoding (mojibake)",
    explanation=explain(
        "Reports garbled runs that arise when text is decoded with the wrong encoding. UTF-8 read as "
        "Windows-1252 or Latin-1 (`cafÃ©`, `â€™`), Windows-1250/1251, ISO-8859-2, MacRoman or code page 437, "
        "and CESU-8 emoji, are judged by ftfy (its badness heuristic weighs character categories that do not "
        "sit together in real text, then its repair must decode), so `NESTLÉ®` and `5×£35` are left alone. "
        "Chinese, Japanese or Korean read as Windows-1252 (`æ–°é—»`), UTF-8 read as GBK (`鏂伴椈`) and the "
        "GBK garbage `锟斤拷` are found by seedlint's own patterns, which ftfy does not cover.",
        "Mojibake is unreadable for people and poison for models: it looks like text, so it passes "
        "length and language filters.",
        "`Itâ€™s a cafÃ© in MontrÃ©al` (should be `It’s a café in Montréal`).",
        "`seedlint check --fix --unsafe-fixes` replaces a run with its repair (unsafe: the repair is a "
        "reading of the bytes, best confirmed against the original page). The best fix is to decode the "
        "original bytes with the right encoding.",
    ),
    fail_examples=(
        "It\u00e2\u20ac\u2122s a caf\u00c3\u00a9 in Montr\u00c3\u00a9al.\n",
        "标题：锟斤拷锟斤拷锟斤拷\n",
        "科技巨头纷纷向人工智能初创公司投资".encode().decode("gb18030", errors="replace") + "\n",
        "新闻".encode().decode("cp1252", errors="replace") + " 今日头条\n",
        "Le Schtroumpf Docteur conseille g√¢teaux et baies pour un r√©gime.\n",
    ),
    pass_examples=(
        "A café in Montréal, naïve façade, Ångström, São Paulo.\n",
        "NESTLÉ® requiere personal; offering 5×£35 pin ups; RETWEET SE VOCÊ…\n",
        "科技巨头纷纷向人工智能初创公司投资，以换取云计算业务的收入。\n",
        "© 2024 Reuters — “quoted” text… ±5 °C, 90% of £3 and €4.\n",
    ),
    fixable=True,
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
# Latin-family mojibake (a UTF-8 sequence read as Latin-1, a Windows code page, MacRoman or code
# page 437) is a lead byte's character from this set followed by a continuation byte's character,
# which is never ASCII and never CJK: only lines with such a pair are given to ftfy. A lone `·` or
# `é` between Chinese characters or ASCII letters (`穆罕默德·阿里`, pinyin `Tiān`) is not a candidate,
# so ftfy is not even imported for most Chinese text. Two more shapes ftfy repairs: a C1 control
# alone (a Windows-1252 quote read as Latin-1) and `Ã` whose no-break space became a space (`voilÃ `).
_FTFY_GATE = re.compile(
    "[\u0080-\u017f\u0192\u02c6\u02dc\u0400-\u045f\u2020-\u2022\u221a\u2500-\u257f]"
    "[^\x00-\x7f\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]"
    "|[\x80-\x9f]|\u00c3(?:\\s|$)"
)
_EAST_ASIAN = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CODEC_NAMES = {
    "sloppy-windows-1252": "Windows-1252",
    "windows-1252": "Windows-1252",
    "latin-1": "Latin-1",
    "sloppy-windows-1251": "Windows-1251",
    "windows-1251": "Windows-1251",
    "sloppy-windows-1250": "Windows-1250",
    "windows-1250": "Windows-1250",
    "iso-8859-2": "ISO-8859-2",
    "macroman": "MacRoman",
    "cp437": "code page 437",
}

Run = tuple[int, int, str, str]  # start, end, message, the repaired text


def mojibake(doc: Document) -> Iterator[Finding]:
    """SL004 findings, each with its repair as an unsafe fix."""
    for start, end, message, repaired in mojibake_runs(doc):
        fix = Fix((Edit(start, end, repaired),), Applicability.UNSAFE) if repaired else None
        yield doc.finding(RULE, start, end, message, fix=fix)


def mojibake_runs(doc: Document) -> list[Run]:
    """Every mojibake run, worked out once per document: SL004 reports them and other rules leave
    their characters alone (a C1 control inside `Ã\x96` is half of an Ö)."""
    return doc.memo("mojibake-runs", _runs)


def _runs(doc: Document) -> list[Run]:
    text = doc.text
    out: list[Run] = [
        (m.start(), m.end(), f"Mojibake `{m.group()}`: bytes decoded as GBK garbage", "")
        for m in _GBK_MARKER.finditer(text)
    ]
    latin = _ftfy_runs(doc)
    out.extend(latin)
    taken = [(s, e) for s, e, _, _ in latin]
    for m in _LATIN_MOJIBAKE.finditer(text):
        # ftfy leaves Chinese, Japanese and Korean read as Windows-1252 alone (æ–°é—» is 新闻).
        repaired = _repair_latin(m.group())
        if repaired and len(_EAST_ASIAN.findall(repaired[0])) >= 2:
            if not any(s < m.end() and m.start() < e for s, e in taken):
                message = f"Mojibake `{m.group()}`: UTF-8 read as {repaired[1]}; probably `{repaired[0]}`"
                out.append((m.start(), m.end(), message, repaired[0]))
    for m in _CJK_RUN.finditer(text):
        chinese = _repair_gbk(m.group())
        if chinese:
            out.append((m.start(), m.end(), f"Mojibake `{m.group()}`: UTF-8 read as GBK; probably `{chinese}`", ""))
    return sorted(out)


def _ftfy_runs(doc: Document) -> list[Run]:
    """Latin-family mojibake as ftfy judges it (its badness heuristic, then its repair), line by
    line: UTF-8 read as Windows-1252, Latin-1, Windows-1250/1251, ISO-8859-2, MacRoman, code page
    437, and CESU-8. Only lines holding a character such mojibake needs are looked at, so ftfy is
    imported only for documents that may need it."""
    out: list[Run] = []
    for index, line in enumerate(doc.lines):
        if not _FTFY_GATE.search(line):
            continue
        from ftfy import badness, fix_encoding_and_explain  # loaded on the first candidate line

        if not badness.is_bad(line):
            continue
        fixed, steps = fix_encoding_and_explain(line)
        if fixed == line:
            continue
        how = _how(steps or [])
        base = doc.line_starts[index]
        for start, end, repaired in _changed(line, fixed):
            message = f"Mojibake `{line[start:end]}`: {how}; probably `{repaired}`"
            out.append((base + start, base + end, message, repaired))
    return out


def _how(steps: Sequence[tuple[str, str]]) -> str:
    """What went wrong, from ftfy's explanation of its repair."""
    read_as = [_CODEC_NAMES.get(name, name) for op, name in steps if op == "encode"]
    if not read_as:
        return "a Windows-1252 character read as Latin-1 (a C1 control)"
    cesu = any(op == "decode" and name == "utf-8-variants" for op, name in steps)
    return f"{'UTF-8 (CESU-8)' if cesu else 'UTF-8'} read as {' and then as '.join(read_as)}"


def _changed(old: str, new: str) -> list[tuple[int, int, str]]:
    """The regions of ``old`` that differ from ``new``, in linear time: word by word when both have
    the same words between the same spaces, else the one region between the common prefix and suffix."""
    words_old, words_new = old.split(" "), new.split(" ")
    if len(words_old) != len(words_new):
        return [_region(old, new, 0)]
    out, at = [], 0
    for a, b in zip(words_old, words_new, strict=True):
        if a != b:
            out.append(_region(a, b, at))
        at += len(a) + 1
    return out


def _region(old: str, new: str, offset: int) -> tuple[int, int, str]:
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(old), len(new)) - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return offset + prefix, offset + len(old) - suffix, new[prefix : len(new) - suffix]


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
