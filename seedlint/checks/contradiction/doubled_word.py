"""SL402 doubled-word: the same word twice in a row."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from seedlint.document import Document
from seedlint.model import Applicability, Edit, Finding, Fix, Rule, Severity, explain
from seedlint.text.chars import HAN, HAN_CHAR
from seedlint.text.fold import simplified
from seedlint.text.segment import words

if TYPE_CHECKING:
    from seedlint.checks.contradiction import Vocabulary

RULE = Rule(
    code="SL402",
    name="doubled-word",
    severity=Severity.WARNING,
    summary="The same word appears twice in a row",
    explanation=explain(
        "Reports an English word written twice across whitespace or a line break (`the the`, `to to`), a "
        "Chinese function character doubled where it never is (的的, 了了, 是是, 在在, 和和, 与与, 及及), a "
        "Chinese word repeated after a space (`周冬 周冬`), and, told apart from reduplication by the part of "
        "speech jieba gives them, a noun or name written twice (`中国中国`) or a measure word repeated after "
        "the word that holds it (`近百名名`), a bracketed label written twice (`(来源:(来源:`) and a "
        "dateline or credit written twice (`CHICAGO (AP) — CHICAGO (AP) —`); Traditional "
        "text is judged as its Simplified form (`雜誌雜誌`); "
        "研究研究, 雪白雪白, 天天, 人人 and 一个个 are reduplication. "
        "Idiomatic doubles are left alone: `had had`, "
        "`that that`, `very very`, names such as `Walla Walla`, 的的确确, 目的的, 不了了之, 为了了解, 现在在.",
        "A doubled word is a typing or merging slip that readers notice at once; in scraped text it often "
        "marks where two copies of a field were joined.",
        "`Julie Geller said the the decision was straightforward.` / `他们的的投资` / `责任编辑：周冬 周冬`",
        "`seedlint check --fix` deletes the second copy of a doubled English article or preposition and of a "
        "doubled Chinese function character (safe); other doubles get an unsafe fix.",
    ),
    fail_examples=(
        "Julie Geller said the the decision was straightforward.\n",
        "Analysts said the The was very straightforward.\n",
        "亚马逊对该公司的的投资规模可能取决于此次讨论。\n",
        "目的是在在北京建设营地办公室。\n",
        "来源：新华社 责任编辑：周冬 周冬\n",
        "中国中国的经济增长很快。\n",
        "近百名名国内外记者参加了发布会。\n",
        "(来源:(来源: 极目新闻))\n",
        "據美國《時代》雜誌雜誌報導,該公司去年營收增長。\n",
        "CHICAGO (AP) — CHICAGO (AP) — Police said Tuesday that two men were arrested.\n",
        "Mother and children make a trip near downtown VancouverCHICAGO (AP) — CHICAGO (AP) — Oil-Dri said.\n",
        "新华社北京3月5日电 新华社北京3月5日电 国务院总理作政府工作报告。\n",
    ),
    pass_examples=(
        "He had had enough of it, and said that that was final.\n",
        "这的的确确是一笔目的的明确的投资，为了了解市场，他现在在北京。\n",
        "此事最终不了了之。\n",
        "学生们都在在线学习,他现在在北京。\n",
        "我们要研究研究这个问题,把墙刷得雪白雪白,大家天天锻炼。\n",
        "两个个体户开了店,记者们一个个走进会场。\n",
        "CHICAGO (AP) — Police said Tuesday that two men (both 19) were arrested in Chicago (AP).\n",
        "(完) (完)\n",
    ),
    fixable=True,
)

_NUMERALS = frozenset("一二两三四五六七八九十几数0123456789")
# What a measure word follows when it counts: numerals other than 一 and demonstratives.
_COUNTERS = frozenset("二两三四五六七八九十百千万几数多这那每0123456789")

_Double = tuple[int, int, int, int, bool]  # first start, first end, second start, second end, safe


class Doubles:
    """Doubled English words, doubled Chinese function characters and doubled Chinese words."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.allowed = vocabulary.allowed_doubles
        self.safe = vocabulary.safe_doubles
        # A word, whitespace holding at most one line break, the same word (case-insensitive backreference).
        self.english = re.compile(
            r"(?<![\w'’-])([A-Za-z]{1,30}(?:['’][A-Za-z]{1,3})?)([ \t]*(?:\r\n|\r|\n)?[ \t]*)(?<=\s)(\1)(?![\w'’-])",
            re.I,
        )
        self.tables = vocabulary.doubled_characters
        self.measure_words = vocabulary.measure_words
        chars = "".join(sorted(self.tables))
        self.cjk_char = re.compile(f"([{re.escape(chars)}])\\1+")
        self.cjk_allowed = vocabulary.allowed_cjk_doubles
        self.cjk_word = re.compile(f"(?<![{HAN}])([{HAN}]{{2,4}})([ \\t]+)(\\1)(?![{HAN}])")
        # A unit of one to four Han characters written twice with nothing between (not three times).
        self.cjk_adjacent = re.compile(f"([{HAN}]{{1,4}}?)\\1(?!\\1)")

    def find(self, text: str) -> Iterator[_Double]:
        """Each doubled word of the folded ``text``."""
        yield from self._english(text)
        yield from self._cjk_chars(text)
        yield from self._cjk_words(text)
        yield from self._cjk_segmented(text)
        yield from self._labels(text)
        yield from self._openings(text)

    def _labels(self, text: str) -> Iterator[_Double]:
        """A bracketed label written twice where two copies of a field were joined: (来源:(来源:."""
        for m in _DOUBLED_LABEL.finditer(text):
            yield m.start(1), m.end(1), m.start(2), m.end(2), False

    def _openings(self, text: str) -> Iterator[_Double]:
        """A dateline or credit written twice: CHICAGO (AP) — CHICAGO (AP) —, 新华社北京3月5日电
        新华社北京3月5日电."""
        for m in _DOUBLED_OPENING.finditer(text):
            yield m.start(1), m.end(1), m.start(2), m.end(2), False

    def _cjk_segmented(self, text: str) -> Iterator[_Double]:
        """Words doubled with nothing between, told from reduplication by their part of speech:
        a noun or name twice (中国中国) or a measure word repeated after the word that holds it
        (近百名名) is a slip; a verb or adjective twice (研究研究, 雪白雪白) and AA words (天天, 人人,
        一个个) are not. Only the clause around a candidate is segmented."""
        for m in self.cjk_adjacent.finditer(text):
            unit = m.group(1)
            if len(unit) > 1 and (len(set(unit)) == 1 or unit in self.cjk_allowed):
                continue
            if len(unit) == 1 and (unit not in self.measure_words or text[m.start() - 1 : m.start()] not in _COUNTERS):
                continue  # 近百名名, 这个个; after 一 it is reduplication (一步步)
            start, end = m.start(), m.end()
            lo, hi = _clause(text, start, end)
            for w, nxt in pairwise(words(text[lo:hi])):
                if lo + w.end != start + len(unit) or nxt.word != unit:
                    continue
                if len(unit) > 1 and w.word == unit and w.tag in _NOUN_TAGS and nxt.tag in _NOUN_TAGS:
                    yield start, start + len(unit), start + len(unit), end, False
                elif len(unit) == 1 and len(w.word) > 1 and w.word.endswith(unit) and nxt.tag in ("q", "m"):
                    yield start, start + 1, start + 1, end, False

    def _english(self, text: str) -> Iterator[_Double]:
        for m in self.english.finditer(text):
            first, second = m.group(1), m.group(3)
            word = first.casefold()
            if word in self.allowed or first[0].isupper() and second[0].isupper():
                continue  # `Walla Walla`, `The The`: names and titles, not slips
            if (
                _neighbour_word(text, m.start(1), -1).casefold() == word
                or _neighbour_word(text, m.end(3), 1).casefold() == word
            ):
                continue  # `no no no`, `ha ha ha`: deliberate repetition
            yield m.start(1), m.end(1), m.start(3), m.end(3), word in self.safe

    def _cjk_chars(self, text: str) -> Iterator[_Double]:
        for m in self.cjk_char.finditer(text):
            if m.end() - m.start() != 2:
                continue
            i, char = m.start(), m.group(1)
            before = text[i - 1] if i else ""
            after = text[m.end()] if m.end() < len(text) else ""
            if not before or not HAN_CHAR.match(before):
                continue  # a function character attaches to the word before it
            if i >= 2 and text[i - 2] == before or after and m.end() + 1 < len(text) and text[m.end() + 1] == after:
                continue  # AABB reduplication: 实实在在, 和和美美, 的的确确, 是是非非
            if before in _NUMERALS and char in self.measure_words:
                continue
            table = self.tables[char]
            if any(i + 1 >= len(w) and text[i + 1 - len(w) : i + 1] == w for w in table.get("ends", ())):
                continue
            if any(text.startswith(w, i + 1) or text.startswith(w, i) for w in table.get("starts", ())):
                continue
            yield i, i + 1, i + 1, i + 2, True

    def _cjk_words(self, text: str) -> Iterator[_Double]:
        for m in self.cjk_word.finditer(text):
            word = m.group(1)
            if word in self.cjk_allowed or len(set(word)) == 1:
                continue
            if _neighbour_word(text, m.start(1), -1) == word or _neighbour_word(text, m.end(3), 1) == word:
                continue
            yield m.start(1), m.end(1), m.start(3), m.end(3), False


# Nouns, places, organisations and other proper nouns. Not nr (person): jieba gives unknown
# two-character words that tag, verbs among them (修正修正, 谢谢谢谢).
_NOUN_TAGS = frozenset(("n", "ns", "nt", "nz"))
# An opening bracket, a short label and its colon, then the same again: (来源:(来源:, 【编者按:【编者按:.
_DOUBLED_LABEL = re.compile(r"([(\[【「][^()\[\]【】「」\n:]{1,10}:)\s?(\1)")
# A dateline or credit up to its closing bracket or its wire's 电/讯 (and a dash after it), then the
# same again: what it looks like when two copies of it were joined. It starts a line, follows a
# space, or starts a capitalised word glued to the headline before it (VancouverCHICAGO (AP) —).
_DOUBLED_OPENING = re.compile(
    rf"(?:^|(?<=\s)|(?<=[a-z])(?=[A-Z]))[ \t]*([A-Z{HAN}(（【\[][^\n]{{3,59}}?(?:[)）】\]]|[电讯])(?:[ \t]*[—–-]+)?)"
    r"[ \t]*(\1)",
    re.M,
)
_CLAUSE_END = re.compile(r"[,.;:!?、。，；：！？\n\s]")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``, at most 20 characters on either side."""
    lo = max(0, start - 20)
    before = [m.end() for m in _CLAUSE_END.finditer(text, lo, start)]
    after = _CLAUSE_END.search(text, end, min(len(text), end + 20))
    return (before[-1] if before else lo), (after.start() if after else min(len(text), end + 20))


def _neighbour_word(text: str, at: int, direction: int) -> str:
    """The whitespace-separated token just before (direction -1) or after (+1) offset ``at``."""
    if direction < 0:
        window = text[max(0, at - 40) : at]
        stripped = window.rstrip()
        if stripped == window:
            return ""
        return stripped.split()[-1] if stripped.split() else ""
    window = text[at : at + 40]
    stripped = window.lstrip()
    if stripped == window:
        return ""
    return stripped.split()[0] if stripped.split() else ""


def find(doc: Document, doubles: Doubles) -> Iterator[Finding]:
    # The Simplified view, so that jieba and the character tables see Traditional text as they see
    # Simplified (雜誌雜誌 is 杂志杂志); its offsets are the document's.
    for first, first_end, second, end, safe in doubles.find(simplified(doc)):
        shown = " ".join(doc.text[first:end].split())
        yield doc.finding(
            RULE,
            second,
            end,
            f"Doubled word `{shown}`: the second copy is probably a slip",
            fix=Fix((Edit(first_end, end, ""),), Applicability.SAFE if safe else Applicability.UNSAFE),
        )
