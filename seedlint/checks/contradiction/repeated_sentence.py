"""SL405 repeated-sentence: a sentence or passage repeated verbatim."""

from __future__ import annotations

import re
from collections.abc import Iterator

from seedlint.checks.contradiction._common import clip
from seedlint.document import Document
from seedlint.model import Applicability, Edit, Finding, Fix, Rule, Severity, explain
from seedlint.text.chars import HAN
from seedlint.text.sentences import CLOSERS, STOPS, sentences

RULE = Rule(
    code="SL405",
    name="repeated-sentence",
    severity=Severity.INFO,
    summary="A sentence is repeated verbatim",
    explanation=explain(
        "Reports a sentence of 20 or more characters that appears verbatim earlier in the document, and a "
        "line whose text is the same passage written twice back to back (after at most a short lead, a date or "
        "a label, that the copies do not share), and an English phrase of four to twelve words written twice "
        "back to back inside a sentence, and a clause of eight characters or more written twice in a row "
        "(`SmartScreen是一个大型弹出窗口，SmartScreen是一个大型弹出窗口，`), and a name in Latin letters written "
        "before its Chinese name and again as the gloss in brackets after it (`Paya Lebar Methodist Church卫理公会"
        "巴耶黎峇堂(Paya Lebar Methodist Church)`: the copy before is reported). Consecutive repeated sentences are "
        "reported as one finding. Restating a fact in different words is not reported.",
        "Scrapers often duplicate a paragraph or a caption; the copy inflates the document and skews "
        "deduplication and training statistics.",
        "A caption printed twice on one line: `▲《出征图》，报道组成员整装待发。▲《出征图》，报道组成员整装待发。`",
        "`seedlint check --fix --unsafe-fixes` deletes the repeat. The fix is unsafe because a repetition "
        "can be deliberate (a refrain, a quoted sentence).",
    ),
    fail_examples=(
        "亚马逊决定向Anthropic投资40亿美元，该笔投资已全额支付。\n其他内容。\n"
        "亚马逊决定向Anthropic投资40亿美元，该笔投资已全额支付。\n",
        "▲报道组部分成员整装待发，从左至右依次为章新新、王晓晖。▲报道组部分成员整装待发，从左至右依次为章新新、王晓晖。\n",
        "微软表示，新功能是一个大型弹出窗口，新功能是一个大型弹出窗口，会在用户打开文件时出现。\n",
    ),
    pass_examples=(
        "去年，亚马逊决定向Anthropic投资40亿美元。\n这笔新投资与去年亚马逊对该公司投资40亿美元的交易类似。\n",
        "短句重复。\n短句重复。\n",
        "一二一，一二一，队伍喊着口号走过广场。\n",
    ),
    fixable=True,
)

_LETTER = re.compile(f"[A-Za-z{HAN}]")
# A sentence proper ends with a stop; a repeated line without one is a title, credit or menu item.
_SENTENCE_END = re.compile(rf"[{STOPS}.][{re.escape(CLOSERS)}]*\Z")


def repeated_runs(doc: Document, min_length: int) -> Iterator[tuple[int, int, int]]:
    """(start, end, first offset) for each duplicated passage: a run of consecutive sentences that
    repeats a run of consecutive earlier sentences verbatim, either right after it (back to back) or
    as whole lines copying whole lines (a duplicated paragraph). One sentence shared by two captions,
    or a teaser that the body repeats and continues, is not a duplicated passage."""
    sents = sentences(doc)
    folded = doc.folded
    keys = [" ".join(folded[s.start : s.end].split()) for s in sents]
    seen: dict[str, int] = {}
    origin: list[int | None] = []
    for index, key in enumerate(keys):
        origin.append(seen.get(key))
        seen[key] = index  # the latest copy, so a passage written three times is one run
    index = 0
    while index < len(sents):
        if origin[index] is None:
            index += 1
            continue
        last, last_copied = index, origin[index]
        while last + 1 < len(sents) and last_copied is not None and origin[last + 1] == last_copied + 1:
            last += 1
            last_copied = origin[last]
        first_origin, last_origin = origin[index], origin[last]
        assert first_origin is not None and last_origin is not None
        long_enough = any(
            len(keys[i].replace(" ", "")) >= min_length
            and len(_LETTER.findall(keys[i])) >= min_length // 2
            and _SENTENCE_END.search(keys[i]) is not None
            for i in range(index, last + 1)
        )
        back_to_back = last_origin + 1 >= index
        whole = _whole_lines(doc, sents[index].start, sents[last].end) and _whole_lines(
            doc, sents[first_origin].start, sents[last_origin].end
        )
        if long_enough and (back_to_back or whole):
            yield sents[index].start, sents[last].end, sents[first_origin].start
        index = last + 1


def _whole_lines(doc: Document, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` starts and ends a line, ignoring indentation."""
    line_start = doc.line_starts[doc.position(start)[0] - 1]
    end_line = doc.position(end)[0]
    line_end = doc.line_span(end_line)[1]
    return doc.text[line_start:start].strip() == "" and doc.text[end:line_end].strip() == ""


# The longest lead a doubled line may have before its passage: a date, a label or a bullet
# (` date 2020-12-14 Police stand guard … Police stand guard …`).
_MAX_LEAD = 30
_LEAD_START = re.compile(r"(?<=\s)\S")


def doubled_lines(doc: Document, min_length: int) -> Iterator[tuple[int, int, int]]:
    """(second copy start, end, first copy start) for a line that is one passage written twice,
    after at most a short lead (a date or a label) that the copies do not share."""
    for number, line in enumerate(doc.lines, start=1):
        if len(line) < 2 * min_length:
            continue
        stripped = line.strip()
        if len(stripped) < 2 * min_length:
            continue
        offset = doc.line_starts[number - 1] + len(line) - len(line.lstrip())
        leads = [0, *(m.start() for m in _LEAD_START.finditer(stripped, 0, _MAX_LEAD))]
        for lead in leads:
            found = _doubled(stripped[lead:], min_length)
            if found is not None:
                half, gap = found
                yield offset + lead + half + gap, offset + len(stripped), offset + lead
                break


def _doubled(text: str, min_length: int) -> tuple[int, int] | None:
    """(length of one copy, gap) when ``text`` is a passage, up to three blanks, the passage again."""
    for gap in range(0, 4):
        half, rest = divmod(len(text) - gap, 2)
        if rest or half < min_length:
            continue
        # The first characters of the halves settle most lines before the halves are compared.
        if half and text[0] != text[half + gap]:
            continue
        if text[half : half + gap].strip() == "" and text[:half] == text[half + gap :]:
            if len(_LETTER.findall(text[:half])) >= min_length // 2:
                return half, gap
            return None
    return None


_PHRASE_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
# A phrase of four to twelve words written twice with nothing but a space between: an editing
# slip (`acquires the property rights needed to build and maintain the property rights needed to
# build and maintain the project`). Shorter repeats are refrains and doubled words (SL402's).
_PHRASE_WORDS = (4, 12)


def doubled_phrases(doc: Document, min_length: int) -> Iterator[tuple[int, int, int]]:
    """(second copy start, end, first copy start) for an English phrase written twice back to back
    inside a line, the copies at least ``min_length`` characters long. Each line is read on its own,
    so the words held at once are those of one line, however long the document."""
    text = doc.folded
    for start, line in zip(doc.line_starts, doc.lines, strict=False):
        if len(line) >= 2 * min_length:
            yield from _phrases_in_line(text, start, start + len(line), min_length)


def _phrases_in_line(text: str, start: int, end: int, min_length: int) -> Iterator[tuple[int, int, int]]:
    words = [(m.start(), m.end(), m.group().casefold()) for m in _PHRASE_WORD.finditer(text, start, end)]
    if len(words) < 2 * _PHRASE_WORDS[0]:
        return
    # The next occurrence of each word: a phrase can only be doubled at the distance of one of
    # them, and in most text no word comes back within twelve words.
    following: list[int] = [len(words)] * len(words)
    last: dict[str, int] = {}
    for k in range(len(words) - 1, -1, -1):
        following[k] = last.get(words[k][2], len(words))
        last[words[k][2]] = k
    i = 0
    while i < len(words):
        found = None
        j = following[i]
        while j < len(words) and j - i <= _PHRASE_WORDS[1]:
            size = j - i
            if size >= _PHRASE_WORDS[0] and j + size <= len(words):
                found = _doubled_phrase(text, words, i, size, min_length)
                if found is not None:
                    break
            j = following[j]
        if found is None:
            i += 1
            continue
        yield found
        i = next(k for k in range(i, len(words) + 1) if k == len(words) or words[k][0] >= found[1])


def _doubled_phrase(
    text: str, words: list[tuple[int, int, str]], i: int, size: int, min_length: int
) -> tuple[int, int, int] | None:
    """The phrase of ``size`` words at word ``i`` when the next ``size`` words repeat it verbatim."""
    j = i + size
    if any(words[i + k][2] != words[j + k][2] for k in range(size)):
        return None
    first = text[words[i][0] : words[j - 1][1]]
    second = text[words[j][0] : words[j + size - 1][1]]
    between = text[words[j - 1][1] : words[j][0]]
    # Verbatim: the same characters, punctuation and case, with one run of spaces between, on one
    # line, and words of letters (a row of zeros in a table is no phrase).
    if first != second or between.strip(" ") or "\n" in first or len(first) < min_length:
        return None
    if sum(1 for k in range(i, j) if words[k][2].isalpha()) < _PHRASE_WORDS[0]:
        return None
    return words[j][0], words[j + size - 1][1], words[i][0]


def find(doc: Document, min_length: int) -> Iterator[Finding]:
    # Runs come in document order and do not overlap, and so do doubled lines: one sweep finds
    # the lines a run already covers.
    reported: list[tuple[int, int]] = []
    for start, end, first in repeated_runs(doc, min_length):
        reported.append((start, end))
        yield _finding(doc, start, end, first)
    next_run = 0
    doubled = sorted(
        [
            *doubled_lines(doc, min_length),
            *doubled_phrases(doc, min_length),
            *doubled_clauses(doc),
            *doubled_glosses(doc),
        ]
    )
    for start, end, first in doubled:
        while next_run < len(reported) and reported[next_run][1] <= start:
            next_run += 1
        if next_run < len(reported) and reported[next_run][0] < end:
            continue
        reported.insert(next_run, (start, end))
        yield _finding(doc, start, end, first)


# Clauses of a sentence, split where a comma, a semicolon or an enumeration comma ends one (on
# the folded view, where ，and ；are , and ;).
_CLAUSE = re.compile(r"[^,;、\n]+")
_MIN_CLAUSE = 8  # shorter clauses repeat on purpose: chants, counts, 是的，是的
_SEPARATOR_AFTER = re.compile(r"[,;、] ?")


def doubled_clauses(doc: Document) -> Iterator[tuple[int, int, int]]:
    """(second copy start, its end with the separator after it, first copy start) for a clause
    written twice in a row inside a sentence: an editing slip that pasted it again. Removing the
    span leaves the sentence as it was meant (X，X，Y becomes X，Y)."""
    text = doc.folded
    previous: tuple[int, int, str] | None = None
    for m in _CLAUSE.finditer(text):
        clause = m.group().strip()
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        if (
            previous is not None
            and clause == previous[2]
            and text[previous[1] : start].strip() in (",", ";", "、")
            and len(_LETTER.findall(clause)) >= _MIN_CLAUSE
        ):
            end = start + len(clause)
            after = _SEPARATOR_AFTER.match(text, end)
            yield start, after.end() if after else end, previous[0]
            previous = None
            continue
        previous = (start, start + len(clause), clause)


# A name in Latin letters written before its Chinese name and again in the brackets after it, as
# a gloss is written: Paya Lebar Methodist Church卫理公会巴耶黎峇堂(Paya Lebar Methodist Church).
_GLOSS = re.compile(
    rf"(?<![A-Za-z0-9.&'’-])(?P<name>[A-Z][A-Za-z0-9.&'’-]*(?: [A-Za-z0-9.&'’-]+){{1,8}})"
    rf"[{HAN}·]{{2,24}} ?[(（](?P=name)[)）]"
)


def doubled_glosses(doc: Document) -> Iterator[tuple[int, int, int]]:
    """(start, end, gloss start) of a Latin name written both before its Chinese name and as the
    gloss in brackets after it: the copy before is the slip, and removing it leaves the gloss."""
    text = doc.folded
    if "(" not in text:
        return
    for m in _GLOSS.finditer(text):
        yield m.start("name"), m.end("name"), m.end() - 1 - len(m["name"])


def _finding(doc: Document, start: int, end: int, first: int) -> Finding:
    line = doc.position(first)[0]
    first_line, _ = doc.position(start)
    last_line, _ = doc.position(end)
    whole_lines = doc.line_span(first_line)[0] == start and doc.line_span(last_line)[1] == end
    if whole_lines:
        fix = doc.delete_lines_fix(first_line, last_line)
        fix = Fix(fix.edits, Applicability.UNSAFE)
    else:
        fix = Fix((Edit(start, end, ""),), Applicability.UNSAFE)
    return doc.finding(
        RULE,
        start,
        end,
        f"`{clip(doc.text[start:end])}` repeats text from line {line} verbatim",
        fix=fix,
    )
