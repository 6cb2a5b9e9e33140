"""SL403 conflicting-figures: one fact given two different figures."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seedlint.checks.contradiction._common import clip
from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.chars import HAN, HAN_CHAR
from seedlint.text.language import profile
from seedlint.text.numbers import Amount
from seedlint.text.patterns import trie_pattern
from seedlint.text.scan import PhraseSet
from seedlint.text.sentences import Sentence, sentences
from seedlint.text.view import text_view

if TYPE_CHECKING:
    from seedlint.checks.contradiction import Vocabulary

RULE = Rule(
    code="SL403",
    name="conflicting-figures",
    severity=Severity.WARNING,
    summary="One fact is given two different figures",
    explanation=explain(
        "Reports a figure that disagrees with an earlier figure for the same fact: the same subject, the same "
        "measure (投资, 融资, 估值, 营收, invested, valued at, revenue …), the same counterpart and currency, "
        "values apart by more than rounding (约/近/超, about/nearly/over widen the tolerance), and nothing that "
        "tells the two apart: no different year or date, no 第二笔/再/又/additional, no 总共/累计/in total, "
        "no 此前/previously. The finding points at the second figure and quotes the first. In a document "
        "written in Chinese and English, a figure restated in the other language 10, 100, 1,000 or 10,000 "
        "times larger or smaller (the same currency, in sentences that share a percentage: `39038.1亿元, "
        "同比增长6.8%` / `390.83 billion yuan, up 6.8 percent`) is reported too: a 亿/万 slip in translation.",
        "Two values for one fact mean one of them is wrong, usually an editing or translation slip; a reader "
        "cannot tell which to trust.",
        "`微软向OpenAI投资了10亿美元。……微软向OpenAI投资了100亿美元。`",
        "Check the source and correct the wrong figure, or add what distinguishes the two (a date, 累计, "
        "a second round).",
    ),
    fail_examples=(
        "2023年，微软向OpenAI投资了100亿美元。报道称，2023年微软向OpenAI投资了10亿美元。\n",
        "Anthropic was valued at $18 billion. Investors said Anthropic was valued at $30 billion.\n",
        "前三季度社会消费品零售总额39038.1亿元,同比增长6.8%。\n\n"
        "Retail sales of consumer goods reached 390.83 billion yuan in the first three quarters, up 6.8 percent.\n",
    ),
    pass_examples=(
        "2019年，微软向OpenAI投资了10亿美元。五年的时间里，微软总共向OpenAI投资了130亿美元。\n",
        "去年，亚马逊决定向Anthropic投资40亿美元。亚马逊向Anthropic投资约40亿美元。\n",
        "前三季度社会消费品零售总额39038.1亿元,同比增长6.8%。\n\n"
        "Retail sales of consumer goods reached 3.9 trillion yuan in the first three quarters, up 6.8 percent.\n",
        "前三季度出口额3903亿元,同比增长6.8%。\n\nImports reached 390.3 billion yuan, up 2.1 percent.\n",
    ),
)

_ID_CHARS = f"A-Za-z0-9{HAN}·&.\\- "
_SUBJECT_CHARS = f"[{_ID_CHARS}]"
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\"“”‘’《》「」【】<>/|。!?…\n\r]")
_NUMERIC_TIME = (
    r"\d{2,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?|(?<![\d.,])(?:19|20)\d\d(?!\d|[.,]\d)"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\bq[1-4]\b"
)
_CAPITAL = re.compile(r"[A-Z]")


@dataclass(frozen=True)
class _Mention:
    key: tuple[str, str, str, str]
    start: int  # where the quoted mention starts (its subject)
    end: int  # where it ends (the amount, or the counterpart after it)
    amount: Amount
    sentence: int  # index of the sentence holding it


class Figures:
    """Figures of the form subject – measure – (counterpart) – amount, and which of them disagree."""

    MAX_PREFIX = 48
    MAX_KEPT = 16

    def __init__(self, vocabulary: Vocabulary) -> None:
        data = vocabulary.figures
        self.measure_of: dict[str, str] = {}
        for measure, words in data["measures"].items():
            for word in (*words["cjk"], *words["english"]):
                self.measure_of[word.casefold()] = measure
        cjk_measures = trie_pattern(w for m in data["measures"].values() for w in m["cjk"])
        en_measures = trie_pattern(w for m in data["measures"].values() for w in m["english"])
        cjk_links = trie_pattern(data["links"]["cjk"])
        en_links = trie_pattern(data["links"]["english"])
        cjk_adverbs = trie_pattern(data["adverbs"]["cjk"])
        en_adverbs = trie_pattern(data["adverbs"]["english"])
        time_words = vocabulary.time_words
        cjk_times = trie_pattern(w for w in time_words if not w.isascii())
        en_times = trie_pattern(w for w in time_words if w.isascii())
        subject = rf"[A-Za-z{HAN}](?:(?![向对给的]){_SUBJECT_CHARS}){{0,15}}?"
        leads = trie_pattern(data["leads"]["cjk"])
        self.cjk_prefix = re.compile(
            rf"[ ]*(?:(?:{_NUMERIC_TIME}|{cjk_times}|{leads})[ ]*)*(?P<subj>{subject})(?:{cjk_adverbs})*"
            rf"(?:[向对给](?P<cp>{_SUBJECT_CHARS}{{1,20}}?)(?:{cjk_adverbs})*)?"
            rf"(?P<measure>{cjk_measures})(?:{cjk_links})*[ ]*"
        )
        word = r"[A-Z][\w&'-]*(?:\.[A-Za-z][\w&'-]*)*"
        name = rf"{word}(?: {word}){{0,3}}"
        self.english_prefix = re.compile(
            rf"(?:.*?\s)??(?P<subj>{name})(?:'s)?\s+(?:(?i:{en_adverbs})\s+)*"
            rf"(?P<measure>(?i:{en_measures}))\s+(?:(?i:{en_links})\s+)*"
        )
        self.english_counterpart = re.compile(rf"\s+(?:in|into)\s+(?P<cp>{name})")
        self.stopwords = vocabulary.subject_stopwords
        self.distinguishers: PhraseSet = vocabulary.distinguishers
        # Time words are read as a set of non-overlapping matches, numeric dates first: a pattern,
        # run only on the sentences that hold a figure.
        self.time = re.compile(rf"{_NUMERIC_TIME}|{cjk_times}|\b(?:{en_times})\b", re.I)
        qualifiers = data["qualifiers"]
        self.qualifier_range = {
            word.casefold(): tuple(spec["range"]) for spec in qualifiers.values() for word in spec["words"]
        }

    def conflicts(self, doc: Document, amounts: Sequence[Amount]) -> Iterator[tuple[_Mention, _Mention]]:
        """(earlier mention, later mention) for each figure that contradicts an earlier one."""
        sents = sentences(doc)
        starts = [s.start for s in sents]
        by_key: dict[tuple[str, str, str, str], list[_Mention]] = {}
        context: dict[int, tuple[bool, frozenset[str]]] = {}
        distinguished: set[int] | None = None
        for amount in amounts:
            index = _sentence_index(starts, amount.start)
            if index < 0 or amount.end > sents[index].end:
                continue
            mention = self._mention(doc.folded, sents[index], index, amount)
            if mention is None:
                continue
            if index not in context:
                if distinguished is None:
                    distinguished = self._distinguished(doc, sents, starts)
                text = doc.folded[sents[index].start : sents[index].end]
                context[index] = (
                    index in distinguished,
                    frozenset(m.group().casefold() for m in self.time.finditer(text)),
                )
            if context[index][0]:
                continue  # a cumulative, second, earlier or planned figure: not the same fact
            by_key.setdefault(mention.key, []).append(mention)
        for mentions in by_key.values():
            # Earlier mentions that differ in value or date; a repeated agreeing figure adds nothing,
            # and the cap keeps a document of thousands of mentions linear.
            kept: dict[tuple[float, float, frozenset[str]], _Mention] = {}
            for later in mentions:
                times = context[later.sentence][1]
                for earlier in kept.values():
                    if context[earlier.sentence][1] == times and self._disagree(earlier.amount, later.amount):
                        yield earlier, later
                        break
                if len(kept) < self.MAX_KEPT:
                    kept.setdefault((*self._range(later.amount), times), later)

    def _distinguished(self, doc: Document, sents: Sequence[Sentence], starts: Sequence[int]) -> set[int]:
        """Indexes of the sentences holding a distinguisher: Chinese ones anywhere, English ones
        as whole words, as written in the folded text (the scan also sees Traditional forms)."""
        view = text_view(doc)
        folded = doc.folded
        found: set[int] = set()
        for hit in self.distinguishers.hits(doc):
            start, end = view.to_doc(hit.start), view.to_doc_end(hit.end)
            index = _sentence_index(starts, start)
            if index < 0 or index in found or end > sents[index].end:
                continue
            if folded[start:end].lower() != hit.term:
                continue
            if hit.term.isascii():
                sentence = sents[index]
                if not (_boundary(folded, start, sentence) and _boundary(folded, end, sentence)):
                    continue
            found.add(index)
        return found

    def _mention(self, folded: str, sentence: Sentence, index: int, amount: Amount) -> _Mention | None:
        clause_start = sentence.start
        window_start = max(sentence.start, amount.start - self.MAX_PREFIX)
        for stop in _CLAUSE_BREAK.finditer(folded, window_start, amount.start):
            clause_start = stop.end()
        m: re.Match[str] | None = None
        if amount.start - clause_start > self.MAX_PREFIX:
            # Too long for a Chinese clause; an English subject is found by its capital, so a window
            # that starts at a word boundary is enough.
            space = folded.find(" ", window_start, amount.start)
            if space < 0:
                return None
            clause_start = space + 1
        else:
            m = self.cjk_prefix.fullmatch(folded, clause_start, amount.start)
        end = amount.end
        counterpart = ""
        if m is None:
            m = self.english_prefix.fullmatch(folded, clause_start, amount.start)
            if m is None:
                return None
            after = self.english_counterpart.match(folded, amount.end, min(sentence.end, amount.end + 60))
            if after:
                counterpart, end = after.group("cp"), after.end()
        else:
            counterpart = m.group("cp") or ""
        subject = m.group("subj").strip()
        counterpart = counterpart.strip()
        if not self._identifies(subject) or (counterpart and counterpart.casefold() in self.stopwords):
            return None
        measure = self.measure_of[m.group("measure").casefold()]
        key = (_key(subject), measure, _key(counterpart), amount.currency or "")
        return _Mention(key, m.start("subj"), end, amount, index)

    def _identifies(self, subject: str) -> bool:
        """A subject names something: a capitalised or Latin name, or two or more Chinese characters,
        and not a pronoun or a vague noun (该公司, it)."""
        if subject.casefold() in self.stopwords:
            return False
        return bool(_CAPITAL.search(subject)) or len(HAN_CHAR.findall(subject)) >= 2

    def _range(self, amount: Amount) -> tuple[float, float]:
        low = amount.value - amount.step
        high = (amount.high if amount.high is not None else amount.value) + (amount.high_step or amount.step)
        low, high = min(low, high), max(low, high)
        factors = self.qualifier_range.get((amount.qualifier or "").casefold())
        if amount.approximate:
            factors = (1.0, 2.0)
        if factors:
            low, high = low * factors[0], high * factors[1]
        return low, high

    def _disagree(self, a: Amount, b: Amount) -> bool:
        a_low, a_high = self._range(a)
        b_low, b_high = self._range(b)
        return a_high < b_low or b_high < a_low


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _boundary(text: str, at: int, sentence: Sentence) -> bool:
    """A regex word boundary at ``at`` inside the sentence, as if the sentence stood alone."""
    before = at > sentence.start and _is_word(text[at - 1])
    after = at < sentence.end and _is_word(text[at])
    return before != after


def _key(text: str) -> str:
    return "".join(text.casefold().split())


def _sentence_index(starts: Sequence[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


# A percentage: in a document written in two languages, the figure that shows a Chinese and an
# English sentence report the same fact (`同比增长6.8%` / `up 6.8 percent`).
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)", re.I)
_POWERS = (10.0, 100.0, 1000.0, 10000.0)
# How far the ratio may stray from the power of ten: a figure re-rounded or with two digits
# swapped on the way (39038.1亿 against 390.83 billion) is still the same slip.
_POWER_TOLERANCE = 0.02


def restated_slips(doc: Document, amounts: Sequence[Amount]) -> Iterator[tuple[Amount, Amount, float]]:
    """(earlier, later, power of ten) for a figure restated in the other language of the document
    off by a power of ten: the same currency, a Chinese and an English sentence that share a
    percentage, values 10, 100, 1,000 or 10,000 times apart. A magnitude slip (亿 read as billion)
    is the usual cause, and no rounding explains it."""
    sents = sentences(doc)
    starts = [s.start for s in sents]
    # Earlier amounts by (currency, percentage, script), a few each: a document of thousands of
    # figures stays linear, and a restatement is compared only with what it could restate.
    earlier: dict[tuple[str, str, str], list[Amount]] = {}
    described: dict[int, tuple[str, list[str]]] = {}  # sentence index -> its script and percentages
    for amount in amounts:
        if amount.currency is None or amount.high is not None or amount.approximate or amount.value <= 0:
            continue
        index = _sentence_index(starts, amount.start)
        if index < 0 or amount.end > sents[index].end:
            continue
        if index not in described:
            # Once per sentence: a sentence of thousands of figures is read once, not once a figure.
            # The text layer's one reading of a text's script (Chinese dense with English names is Chinese).
            text = doc.folded[sents[index].start : sents[index].end]
            described[index] = (profile(text).kind(), sorted({m.group(1) for m in _PERCENT.finditer(text)}))
        script, percents = described[index]
        if script not in ("han", "latin"):
            continue
        other = "latin" if script == "han" else "han"
        match = next(
            (
                (first, power)
                for percent in percents
                for first in earlier.get((amount.currency, percent, other), ())
                if (power := _power_apart(first.value, amount.value)) is not None
            ),
            None,
        )
        if match is not None:
            yield match[0], amount, match[1]
        for percent in percents:
            kept = earlier.setdefault((amount.currency, percent, script), [])
            if len(kept) < Figures.MAX_KEPT:
                kept.append(amount)


def _power_apart(a: float, b: float) -> float | None:
    """The power of ten (10 to 10,000) that ``a`` and ``b`` are apart, within the tolerance."""
    ratio = max(a, b) / min(a, b)
    return next((p for p in _POWERS if abs(ratio / p - 1) <= _POWER_TOLERANCE), None)


def find(doc: Document, figures: Figures, amounts: Sequence[Amount]) -> Iterator[Finding]:
    for first, second, power in restated_slips(doc, amounts):
        line = doc.position(first.start)[0]
        size = "larger" if second.value > first.value else "smaller"
        yield doc.finding(
            RULE,
            second.start,
            second.end,
            f"`{clip(second.text)}` restates `{clip(first.text)}` (line {line}) {power:,.0f} times {size}: "
            "one fact, two figures",
        )
    for earlier, later in figures.conflicts(doc, amounts):
        line = doc.position(earlier.start)[0]
        yield doc.finding(
            RULE,
            later.start,
            later.end,
            f"`{clip(doc.text[later.start : later.end])}` contradicts "
            f"`{clip(doc.text[earlier.start : earlier.end])}` on line {line}: one fact, two figures",
        )
