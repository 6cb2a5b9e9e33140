"""The shape of every line: what a line of running prose has and a menu, a widget or a keyword
list has not.

Computed once per document on the matching view (``seedlint.text.view``), for every non-blank
line: its length and script shares, sentence punctuation, the density of function words (的 了 是
在 / the of and to: prose has them, chrome has almost none), the items it splits into at
separators and how many of them are short, links, contact handles, template and markup debris,
where it sits (head, tail, distance to the nearest prose line) and whether it repeats. Each
feature is a float in [0, 1], in the order of ``FEATURES``, so that a linear model over them
(see ``seedlint.checks.spam._model``) reads the same numbers whoever computes them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache

from seedlint.data import read_list
from seedlint.document import Document
from seedlint.text.chars import HAN, HAN_CHAR, LATIN_LETTER, unspaced
from seedlint.text.language import english_function_words
from seedlint.text.view import text_view
from seedlint.text.zones import TAG, has_sentence, line_blocks, prose_lines, zones

FEATURES = (
    "length",  # log-scaled number of characters (stripped)
    "very-short",  # six characters or fewer
    "han",  # share of Han characters
    "latin",  # share of Latin letters
    "digits",  # share of digits
    "separators",  # share of separator characters (| / > » · • _ and the like)
    "sentence",  # has sentence-final punctuation somewhere
    "ends-sentence",  # ends with sentence-final punctuation
    "function-words",  # function characters per Han character / function words per word
    "items",  # several items split at separators (log-scaled count)
    "short-items",  # share of items of 1-6 Han characters or 1-3 words, when there are 3 or more
    "menu-shape",  # four or more items, nearly all short, and no sentence: a menu or link row
    "link",  # a URL or a bare domain name
    "contact",  # an e-mail address, a phone number, a QQ/WeChat handle
    "debris",  # unrendered template variables, HTML tags or entities, wiki markup
    "repeated",  # the same line occurs elsewhere in the document
    "self-repeat",  # one item of the line occurs twice in it (X|X, X-X)
    "head",  # before the first line of running prose
    "tail",  # after the last line of running prose
    "prose",  # itself a line of running prose
    "prose-distance",  # non-blank lines to the nearest prose line (log-scaled, 0 on prose)
    "date",  # carries a date or a clock time
    "bracketed",  # wrapped in brackets as a whole (【打印】, [ Print ])
    "arrows",  # two or more breadcrumb arrows (> » ›)
    "label",  # opens with a short label and a colon (分享到:, Tags:)
    "byline",  # a source, byline, editorial sign-off or dateline label (来源:, 记者, 编辑, 校对:, 终审:,
    # By, (AP), BEIJING, May 1, Published:)
    "markdown",  # Markdown structure: a heading, a rule, a quote, a fence, front matter
    "list-item",  # opens with a list marker (-, *, •, 1.)
    "number-only",  # nothing but digits and punctuation
    "run",  # how many short lines without sentence punctuation stand together around it (log-scaled)
    "title-case",  # share of English words that are capitalised
)

_SEPARATOR_CHARS = "|/\\>»›<«·•■□●◆◇▲▼►★☆_–—┃=+*#~"
# Items of a menu: separated by a separator character, a run of blanks, or one blank between Han
# characters or next to punctuation.
_ITEM_SPLIT = re.compile(rf"\s*[|/\\>»›·•┃_]\s*|\s{{2,}}|\t|(?<=[^\s\w])\s|\s(?=[^\s\w])|(?<=[{HAN}])\s(?=[{HAN}])")
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_LINK = re.compile(r"https?://|www\.|(?<![a-z0-9-])[a-z0-9-]{2,63}\.(?:com|cn|net|org|html?|shtml|php|aspx?)\b", re.I)
# Every repetition is bounded and starts where its run starts, so no line costs more than linear time.
_CONTACT = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}|(?<!\d)1[3-9]\d{9}(?!\d)|\(?0\d{2,3}\)?[- ]\d{7,8}(?!\d)|"
    r"(?:QQ|微信|wechat|WeChat|电话|Tel|TEL|手机)[号]?\s?[:：]?\s?[A-Za-z0-9_-]{5}"
)
_DEBRIS = re.compile(
    r"\{\{[^{}\n]{0,80}\}\}|\{%[^%\n]{0,80}%\}|\$\{\w{1,40}\}|(?<![A-Za-z0-9])_[A-Z]{3,20}_(?![A-Za-z0-9])|"
    r"</?[A-Za-z][A-Za-z0-9]{0,20}(?:\s[^<>]{0,200})?/?>|&(?:nbsp|amp|lt|gt|quot|#\d{2,5});|\[\[\d{1,12}\]\]|"
    r"\bundefined\b|\bNaN\b"
)
# What every match of _CONTACT (other than a run of seven digits or more) and of _DEBRIS contains.
_CONTACT_CUE = re.compile(r"@|QQ|微信|[Ww]e[Cc]hat|电话|Tel|TEL|手机")
_DEBRIS_CUE = re.compile(r"[{_<&\[]|undefined|NaN|\$\{")
_DATE = re.compile(r"(?:19|20)\d{2}\s?[-/.年]\s?\d{1,2}|\d{1,2}月\d{1,2}日|(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_SENTENCE_END_CHARS = "。!?.…\"'”’)"
_LABEL = re.compile(r"^\s*[^\s:]{1,12}\s?:\s*\S")
# The labels every byline and dateline uses, in any outlet: who wrote or sent the text, and from where.
_BYLINE = re.compile(
    r"(?:来源|作者|记者|编辑|责编|责任编辑|通讯员|稿源|出处|发布时间|发布日期|发稿时间|更新时间|日期|摄影?"
    r"|校对|审核|审校|初审|二审|三审|终审|图文编辑|美编)\s?[/:：]|"
    r"(?:(?:First|Last) )?(?:Published|Updated|Posted)(?: on)?\s?:|"
    r"(?:记者|通讯员)\s?[\u4e00-\u9fff]{2,4}|\b[Bb]y\s[A-Z][A-Za-z.'-]+\s[A-Z]|\((?:[A-Z][A-Za-z]{1,20}\s?){1,3}\)\s?(?:--|—|-)|"
    r"^[A-Z][A-Z .,'-]{2,30},\s(?:[A-Z][a-z]{2,4}\.?\s\d{1,2}|\d{1,2}\s[A-Z][a-z]{2,8})"
)
_MARKDOWN = re.compile(r"^(?:#{1,6}\s|-{3,}\s*$|\*{3,}\s*$|>\s|```|[a-z_]{2,20}:\s)")
_LIST_ITEM = re.compile(r"^(?:[-*+•·●■◆▪►]|\d{1,3}[.)、])\s?")
# A line of a list, a menu or a block of teasers: short, no sentence punctuation.
_RUN_LINE = 60
_NUMBER_ONLY = re.compile(r"^[\d\s.,:/%+-]+$")
_BRACKETED = re.compile(r"^\s*[\[【(「『<].{0,60}[\]】)」』>]\s*$")


# A line that is one Markdown link and nothing else: list, quote, code and emphasis marks around it
# are how a page's list of links reaches plain text (`-   [Title](https://…)`, `> `[Title](…)``).
_LINK_ONLY = re.compile(
    r"[\s>`*_•·+-]*(?:\d{1,3}[.)、]\s*)?[`*_]*\[([^\[\]\n]{1,200})\]\((https?://[^()\s]{1,2000})\)[\s`*_]*"
)


def link_only(line: str) -> tuple[str, str] | None:
    """(text, URL) of a line that holds one Markdown link and nothing else, or None."""
    if "](" not in line:
        return None
    match = _LINK_ONLY.fullmatch(line)
    return (match.group(1).strip(), match.group(2)) if match else None


_DIGIT = re.compile(r"[0-9]")
_SEPARATOR = re.compile("[" + re.escape(_SEPARATOR_CHARS) + "]")


@cache
def function_chars() -> re.Pattern[str]:
    """One Chinese function character (的 了 是 在 和 …, ``data/common/chinese_function_chars.txt``)."""
    return re.compile("[" + re.escape("".join(read_list("common/chinese_function_chars.txt"))) + "]")


def line_features(doc: Document) -> dict[int, tuple[float, ...]]:
    """The features of every non-blank line of the matching view, by 0-based line index."""
    return doc.memo("line-features", _compute)


def _compute(doc: Document) -> dict[int, tuple[float, ...]]:
    lines = text_view(doc).lines
    head, tail = zones(doc)
    filled = [i for i, line in enumerate(lines) if line.strip()]
    prose_set = prose_lines(doc)
    distance = _prose_distance(filled, prose_set)
    counts = Counter(lines[i].strip() for i in filled)
    runs = _runs(lines, filled)
    return {
        i: _features(lines[i], i in head, i in tail, i in prose_set, distance[i], counts[lines[i].strip()] > 1)
        + (_log_scaled(max(0, runs[i] - 1), 12), _title_case(lines[i]))
        for i in filled
    }


def _runs(lines: list[str], filled: list[int]) -> dict[int, int]:
    """For each non-blank line, the size of the run of short lines without sentence punctuation it
    belongs to (at most one blank line between two of them); 0 for any other line."""
    sizes: dict[int, int] = {}
    run: list[int] = []
    for index in [*filled, None]:
        short = index is not None and len(lines[index].strip()) <= _RUN_LINE and not has_sentence(lines[index])
        if short and run and index is not None and index - run[-1] <= 2:
            run.append(index)
            continue
        for member in run:
            sizes[member] = len(run)
        run = [index] if short and index is not None else []
    for index in filled:
        sizes.setdefault(index, 0)
    return sizes


def _title_case(line: str) -> float:
    words = [w for w in _WORD.findall(line) if len(w) > 3]
    return sum(1 for w in words if w[0].isupper()) / len(words) if len(words) >= 2 else 0.0


def _prose_distance(filled: list[int], prose: frozenset[int]) -> dict[int, int]:
    """For each non-blank line, how many non-blank lines away the nearest prose line is (a large
    number when the document has none)."""
    far = 1 << 20
    distance = {}
    last = -far
    for rank, index in enumerate(filled):
        if index in prose:
            last = rank
        distance[index] = rank - last
    last = far
    for rank in range(len(filled) - 1, -1, -1):
        index = filled[rank]
        if index in prose:
            last = rank
        distance[index] = min(distance[index], last - rank)
    return distance


def _log_scaled(value: float, top: float) -> float:
    return min(1.0, math.log1p(value) / math.log1p(top))


def _features(line: str, head: bool, tail: bool, prose: bool, distance: int, repeated: bool) -> tuple[float, ...]:
    text = line.strip()
    size = len(text)
    han = len(HAN_CHAR.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    digits = len(_DIGIT.findall(text))
    separators = len(_SEPARATOR.findall(text))
    words = _WORD.findall(text) if latin else []
    if han >= len(words):
        density = min(1.0, len(function_chars().findall(text)) / han / 0.1) if han else 0.0
    else:
        function_words = english_function_words()
        density = min(1.0, sum(1 for w in words if w.lower() in function_words) / len(words) / 0.35)
    items = [s for s in _ITEM_SPLIT.split(text) if s and s.strip(_SEPARATOR_CHARS + ":")]
    short = 0.0
    self_repeat = 0.0
    if len(items) >= 3:
        short = sum(1 for s in items if _short_item(s)) / len(items)
    if len(items) >= 2:
        seen = Counter(s for s in items if len(s) >= 2 and not s.isdigit())
        self_repeat = 1.0 if seen and max(seen.values()) >= 2 else 0.0
    last = text[-1:] if text else ""
    sentence = has_sentence(text)
    return (
        _log_scaled(size, 200),
        1.0 if size <= 6 else 0.0,
        han / size if size else 0.0,
        latin / size if size else 0.0,
        digits / size if size else 0.0,
        separators / size if size else 0.0,
        1.0 if sentence else 0.0,
        1.0 if last and last in _SENTENCE_END_CHARS and len(text) > 6 else 0.0,
        density,
        _log_scaled(len(items) - 1, 20) if len(items) >= 2 else 0.0,
        short,
        1.0 if len(items) >= 4 and short >= 0.8 and not sentence else 0.0,
        # Each search runs only where a character its matches need occurs.
        1.0 if ("." in text or "//" in text) and _LINK.search(text) else 0.0,
        1.0 if (digits >= 7 or _CONTACT_CUE.search(text)) and _CONTACT.search(text) else 0.0,
        1.0 if _DEBRIS_CUE.search(text) and _DEBRIS.search(text) else 0.0,
        1.0 if repeated else 0.0,
        self_repeat,
        1.0 if head else 0.0,
        1.0 if tail else 0.0,
        1.0 if prose else 0.0,
        0.0 if prose else _log_scaled(distance, 30),
        1.0 if digits and _DATE.search(text) else 0.0,
        1.0 if _BRACKETED.match(text) else 0.0,
        # The brackets of tags are no arrows: <p>…</p> is markup, not a breadcrumb.
        1.0 if sum((TAG.sub("", text) if "<" in text else text).count(a) for a in ">»›") >= 2 else 0.0,
        1.0 if _LABEL.match(text) else 0.0,
        1.0 if _BYLINE.search(unspaced(text)) else 0.0,
        1.0 if _MARKDOWN.match(text) else 0.0,
        1.0 if _LIST_ITEM.match(text) else 0.0,
        1.0 if _NUMBER_ONLY.match(text) else 0.0,
    )


def _short_item(item: str) -> bool:
    item = item.strip()
    if HAN_CHAR.search(item):
        return 1 <= len(item) <= 6
    return 1 <= len(item.split()) <= 3 and len(item) <= 24


# Text broken into short lines: some reposts and chat exports put every clause of the article on a
# line of its own. Such a block reads as prose once joined, which a menu or a list of links never does.
_BROKEN_LINE = 40
_BROKEN_RUN = 4
_PROSE_FUNCTION_SHARE = 0.05


def broken_prose_lines(doc: Document) -> frozenset[int]:
    """0-based indexes of lines in blocks of at least four consecutive short lines (no blank line
    between, no separators) whose joined text has the function words of running prose."""
    return doc.memo("broken-prose-lines", _broken_prose)


def _short_line(line: str, above: str | None) -> bool:
    return len(line) <= _BROKEN_LINE and not _SEPARATOR.search(line)


def _broken_prose(doc: Document) -> frozenset[int]:
    lines = text_view(doc).lines
    found: set[int] = set()
    for block in line_blocks(lines, _short_line):
        if len(block) >= _BROKEN_RUN:
            joined = "".join(lines[i].strip() for i in block)
            han = len(HAN_CHAR.findall(joined))
            if han >= 20 and len(function_chars().findall(joined)) / han >= _PROSE_FUNCTION_SHARE:
                found.update(block)
    return frozenset(found)
