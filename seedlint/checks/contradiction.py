"""SL4xx contradiction: text that contradicts or repeats itself after editing or scraping went wrong."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from seedlint.data import read_list, read_toml, user_terms
from seedlint.document import Document
from seedlint.model import Applicability, Edit, Finding, Fix, Rule, Severity, explain
from seedlint.text.chars import HAN, HAN_CHAR
from seedlint.text.numbers import Amount, amounts_of, format_amount
from seedlint.text.patterns import trie_pattern
from seedlint.text.sentences import Sentence, sentences

DUPLICATE_LIST_ITEM = Rule(
    code="SL401",
    name="duplicate-list-item",
    severity=Severity.WARNING,
    summary="An enumeration names the same item twice",
    explanation=explain(
        "Reports a list that repeats one of its items: Chinese lists joined by 、 and a final 和/与/及/以及, "
        "English lists joined by commas and a final and/or. Items are compared after width and case folding. "
        "Reduplication (看看, 人人), the same name in two different lists (`微软和OpenAI，微软和Anthropic`) "
        "and pairs like `企业和企业之间` are not reported.",
        "A repeated item almost always replaced another one during editing: `微软、微软和亚马逊` lost the name "
        "of a third company, and the sentence now claims a total for the wrong set of companies.",
        "`据统计，微软、微软和亚马逊仅在Anthropic和OpenAI上就投入了近200亿美元` (probably `谷歌、微软和亚马逊`).",
        "Restore the missing item from the source; deleting the copy would hide the loss, so there is no "
        "automatic fix.",
    ),
    fail_examples=(
        "据统计，微软、微软和亚马逊仅在Anthropic和OpenAI上就投入了近200亿美元。\n",
        "Investors include Google, Google and Amazon, the filing shows.\n",
    ),
    pass_examples=(
        "据统计，谷歌、微软和亚马逊仅在Anthropic和OpenAI上就投入了近200亿美元。\n",
        "微软和OpenAI，微软和Anthropic，都签了云服务协议。\n",
        "大家要多看看、多想想，研究研究再决定。\n",
    ),
)

DOUBLED_WORD = Rule(
    code="SL402",
    name="doubled-word",
    severity=Severity.WARNING,
    summary="The same word appears twice in a row",
    explanation=explain(
        "Reports an English word written twice across whitespace or a line break (`the the`, `to to`), a "
        "Chinese function character doubled where it never is (的的, 了了, 是是, 在在, 和和, 与与, 及及), and a "
        "Chinese word repeated after a space (`周冬 周冬`). Idiomatic doubles are left alone: `had had`, "
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
        "来源：新华社 责任编辑：周冬 周冬\n",
    ),
    pass_examples=(
        "He had had enough of it, and said that that was final.\n",
        "这的的确确是一笔目的的明确的投资，为了了解市场，他现在在北京。\n",
        "此事最终不了了之。\n",
    ),
    fixable=True,
)

CONFLICTING_FIGURES = Rule(
    code="SL403",
    name="conflicting-figures",
    severity=Severity.WARNING,
    summary="One fact is given two different figures",
    explanation=explain(
        "Reports a figure that disagrees with an earlier figure for the same fact: the same subject, the same "
        "measure (投资, 融资, 估值, 营收, invested, valued at, revenue …), the same counterpart and currency, "
        "values apart by more than rounding (约/近/超, about/nearly/over widen the tolerance), and nothing that "
        "tells the two apart: no different year or date, no 第二笔/再/又/additional, no 总共/累计/in total, "
        "no 此前/previously. The finding points at the second figure and quotes the first.",
        "Two values for one fact mean one of them is wrong, usually an editing or translation slip; a reader "
        "cannot tell which to trust.",
        "`微软向OpenAI投资了10亿美元。……微软向OpenAI投资了100亿美元。`",
        "Check the source and correct the wrong figure, or add what distinguishes the two (a date, 累计, "
        "a second round).",
    ),
    fail_examples=(
        "2023年，微软向OpenAI投资了100亿美元。报道称，2023年微软向OpenAI投资了10亿美元。\n",
        "Anthropic was valued at $18 billion. Investors said Anthropic was valued at $30 billion.\n",
    ),
    pass_examples=(
        "2019年，微软向OpenAI投资了10亿美元。五年的时间里，微软总共向OpenAI投资了130亿美元。\n",
        "去年，亚马逊决定向Anthropic投资40亿美元。亚马逊向Anthropic投资约40亿美元。\n",
    ),
)

INVERTED_RANGE = Rule(
    code="SL404",
    name="inverted-range",
    severity=Severity.WARNING,
    summary="A range's upper bound is below its lower bound",
    explanation=explain(
        "Reports an amount range whose second bound is smaller than the first: `400亿至300亿美元`, "
        "`$5-3 billion`. Only ranges with a currency or a magnitude (万, 亿, million, billion) are read, so "
        "scores and dates are not mistaken for ranges.",
        "An inverted range is a transposed or mistyped figure; the reader cannot know which bound is wrong.",
        "`目标估值将达到400亿至300亿美元`",
        "Swap the bounds or correct the mistyped one from the source.",
    ),
    fail_examples=("目标估值将达到400亿至300亿美元。\n", "The round could raise $5-3 billion.\n"),
    pass_examples=("目标估值将达到300亿至400亿美元。\n", "The round could raise $3-5 billion.\n"),
)

REPEATED_SENTENCE = Rule(
    code="SL405",
    name="repeated-sentence",
    severity=Severity.INFO,
    summary="A sentence is repeated verbatim",
    explanation=explain(
        "Reports a sentence of 20 or more characters that appears verbatim earlier in the document, and a "
        "line whose text is the same passage written twice back to back. Consecutive repeated sentences are "
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
    ),
    pass_examples=(
        "去年，亚马逊决定向Anthropic投资40亿美元。\n这笔新投资与去年亚马逊对该公司投资40亿美元的交易类似。\n",
        "短句重复。\n短句重复。\n",
    ),
    fixable=True,
)


def _union(*groups: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w for group in groups for w in group))


def _last(matches: Iterable[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for last in matches:  # noqa: B007 - only the last match is wanted
        pass
    return last


# Duplicate list items ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    start: int
    end: int
    key: str


class _Lists:
    """Finds enumerations and the item they repeat."""

    MAX_CJK_ITEM = 15
    MAX_ENGLISH_WORDS = 5

    def __init__(self) -> None:
        data = read_toml("contradiction/lists.toml")
        self.ignored = frozenset(data["cjk-ignored-items"]) | frozenset(read_list("contradiction/reduplication.txt"))
        # A clause of a Chinese list: a run of characters an item can be made of, plus 、.
        self.cjk_clause = re.compile(f"[{HAN}A-Za-z0-9·&.'+\\- 、]+")
        self.conjunction = re.compile(trie_pattern(data["cjk-conjunctions"]))
        self.pair_conjunction = re.compile(trie_pattern(data["cjk-pair-conjunctions"]))
        self.words = read_toml("contradiction/doubled_characters.toml")
        self.lead_ins = frozenset(data["cjk-lead-ins"])
        self.lead_in_size = max(map(len, self.lead_ins))
        self.lead_in = re.compile(f"(?:{trie_pattern(self.lead_ins)})")
        self.closer = re.compile(f"(?:{trie_pattern(data['cjk-closers'])})")
        self.english_part = re.compile(r"[^;:()\[\]\"“”‘’{}<>|\n]+")
        self.english_conjunction = re.compile(rf"(?:^|\s)(?:{trie_pattern(data['english-conjunctions'])})\s", re.I)
        self.name_run = re.compile(r"(?:[A-Z0-9][\w.&'-]*)(?: [A-Z0-9][\w.&'-]*){0,3}")

    def find(self, folded: str, sentence: Sentence) -> Iterator[tuple[_Item, _Item, int, int]]:
        """(first copy, repeated copy, list start, list end) for each list that repeats an item."""
        text = folded[sentence.start : sentence.end]
        base = sentence.start
        if HAN_CHAR.search(text):
            for m in self.cjk_clause.finditer(text):
                found = self._cjk_list(m.group(), base + m.start())
                if found:
                    yield found
        else:
            for m in self.english_part.finditer(text):
                found = self._english_list(m.group(), base + m.start())
                if found:
                    yield found

    # Chinese ------------------------------------------------------------------------------------

    def _cjk_list(self, clause: str, base: int) -> tuple[_Item, _Item, int, int] | None:
        if "、" not in clause:
            return self._cjk_pair(clause, base)
        bounds = [-1] + [i for i, ch in enumerate(clause) if ch == "、"] + [len(clause)]
        segments = [(bounds[i] + 1, bounds[i + 1]) for i in range(len(bounds) - 1)]
        items: list[_Item] = []
        first_start, first_end = segments[0]
        first = clause[first_start:first_end]
        if not self.pair_conjunction.search(first):
            lead = _last(self.lead_in.finditer(first))
            start = lead.end() if lead else 0
            self._add(items, clause, base, start, first_end, minimum=2)
        for start, end in segments[1:-1]:
            self._add(items, clause, base, start, end, minimum=1)
        last_start, last_end = segments[-1]
        conj = next(
            (m for m in self.conjunction.finditer(clause, last_start + 1, last_end) if self._joins(clause, m)), None
        )
        if conj:
            self._add(items, clause, base, last_start, conj.start(), minimum=1)
            last_start = conj.end()
        closer = self.closer.search(clause, last_start + 1, last_end)
        stop = closer.start() if closer else last_end
        self._add(items, clause, base, last_start, stop, minimum=2)
        return self._repeat(items, base, base + len(clause))

    def _joins(self, clause: str, m: re.Match[str]) -> bool:
        """Whether a conjunction joins items rather than belonging to a word (参与, 涉及, 和平, 及时)."""
        table = self.words.get(m.group(), {})
        if any(clause.endswith(w, 0, m.end()) for w in table.get("ends", ()) if w != m.group() * 2):
            return False
        return not any(clause.startswith(w, m.start()) for w in table.get("starts", ()))

    def _add(self, items: list[_Item], clause: str, base: int, start: int, end: int, minimum: int) -> None:
        while start < end and clause[start] == " ":
            start += 1
        while end > start and clause[end - 1] == " ":
            end -= 1
        key = clause[start:end].casefold().replace(" ", "")
        if minimum <= len(key) <= self.MAX_CJK_ITEM and key not in self.ignored:
            items.append(_Item(base + start, base + end, key))

    def _cjk_pair(self, clause: str, base: int) -> tuple[_Item, _Item, int, int] | None:
        """`X和X` without 、: both copies must stand between clear boundaries, so `企业和企业之间`,
        `人与人` and `微软和微软研究院` are left alone."""
        for conj in self.pair_conjunction.finditer(clause):
            for size in range(2, 9):
                left, right = conj.start() - size, conj.end() + size
                if left < 0 or right > len(clause):
                    break
                word = clause[left : conj.start()]
                if word != clause[conj.end() : right] or " " in word or word in self.ignored:
                    continue
                before_ok = left == 0 or self._ends_with_lead_in(clause, left)
                after_ok = right == len(clause) or self.closer.match(clause, right) is not None
                if before_ok and after_ok:
                    first = _Item(base + left, base + conj.start(), word)
                    second = _Item(base + conj.end(), base + right, word)
                    return first, second, base + left, base + right
        return None

    def _ends_with_lead_in(self, clause: str, at: int) -> bool:
        return any(clause[max(0, at - size) : at] in self.lead_ins for size in range(1, self.lead_in_size + 1))

    # English ------------------------------------------------------------------------------------

    def _english_list(self, part: str, base: int) -> tuple[_Item, _Item, int, int] | None:
        if part.count(",") < 1:
            return None
        bounds = [-1] + [i for i, ch in enumerate(part) if ch == ","] + [len(part)]
        segments = [(bounds[i] + 1, bounds[i + 1]) for i in range(len(bounds) - 1)]
        items: list[_Item] = []
        first_start, first_end = segments[0]
        if not self.english_conjunction.search(part, first_start, first_end):
            run = _last(self.name_run.finditer(part, first_start, first_end))
            if run and part[run.end() : first_end].strip() == "":
                items.append(self._english_item(part, base, run.start(), run.end()))
        # The list ends at the first segment with a conjunction; what follows is another clause.
        last = next((i for i, (s, e) in enumerate(segments) if i and self.english_conjunction.search(part, s, e)), None)
        middle = segments[1:last] if last is not None else segments[1:-1]
        for start, end in middle:
            segment = part[start:end].strip()
            offset = start + part[start:end].index(segment) if segment else start
            if segment and len(segment.split()) <= self.MAX_ENGLISH_WORDS and re.search(r"[A-Z0-9]", segment):
                items.append(self._english_item(part, base, offset, offset + len(segment)))
        last_start, last_end = segments[last if last is not None else -1]
        conj = self.english_conjunction.search(part, last_start, last_end)
        if conj:
            before = part[last_start : conj.start()].strip()
            if before:
                offset = last_start + part[last_start : conj.start()].index(before)
                if len(before.split()) <= self.MAX_ENGLISH_WORDS and re.search(r"[A-Z0-9]", before):
                    items.append(self._english_item(part, base, offset, offset + len(before)))
            last_start = conj.end()
        run = self.name_run.match(
            part, last_start + len(part[last_start:last_end]) - len(part[last_start:last_end].lstrip())
        )
        if run and run.end() <= last_end:
            items.append(self._english_item(part, base, run.start(), run.end()))
        if len(items) < 3 or len({i.key for i in items}) < 2:
            return None
        return self._repeat(items, base, base + len(part))

    @staticmethod
    def _english_item(part: str, base: int, start: int, end: int) -> _Item:
        return _Item(base + start, base + end, " ".join(part[start:end].casefold().split()))

    @staticmethod
    def _repeat(items: Sequence[_Item], start: int, end: int) -> tuple[_Item, _Item, int, int] | None:
        seen: dict[str, _Item] = {}
        for item in items:
            if any(ch.isdigit() for ch in item.key):
                continue  # figures repeat legitimately: 分别增长10%、10%和12%
            if item.key in seen:
                return seen[item.key], item, start, end
            seen[item.key] = item
        return None


# Doubled words ----------------------------------------------------------------------------------

_NUMERALS = frozenset("一二两三四五六七八九十几数0123456789")


class _Doubles:
    """Doubled English words, doubled Chinese function characters and doubled Chinese words."""

    def __init__(self, options: dict[str, Any]) -> None:
        english = read_toml("contradiction/english_doubles.toml")
        extra = user_terms(options, "extend-allowed-doubles")
        self.allowed = frozenset(w.casefold() for w in _union(english["allowed"], extra))
        self.safe = frozenset(english["safe-to-delete"])
        # A word, whitespace holding at most one line break, the same word (case-insensitive backreference).
        self.english = re.compile(
            r"(?<![\w'’-])([A-Za-z]{1,30}(?:['’][A-Za-z]{1,3})?)([ \t]*(?:\r\n|\r|\n)?[ \t]*)(?<=\s)(\1)(?![\w'’-])",
            re.I,
        )
        self.tables = read_toml("contradiction/doubled_characters.toml")
        self.measure_words = frozenset(read_list("contradiction/measure_words.txt"))
        chars = "".join(sorted(self.tables))
        self.cjk_char = re.compile(f"([{re.escape(chars)}])\\1+")
        self.cjk_allowed = frozenset(
            _union(read_list("contradiction/cjk_doubles.txt"), read_list("contradiction/reduplication.txt"))
        ) | frozenset(user_terms(options, "extend-allowed-cjk-doubles"))
        self.cjk_word = re.compile(f"(?<![{HAN}])([{HAN}]{{2,4}})([ \\t]+)(\\1)(?![{HAN}])")

    def find(self, doc: Document) -> Iterator[tuple[int, int, int, int, bool]]:
        """(first start, first end, second start, second end, safe to delete) for each doubled word."""
        yield from self._english(doc.folded)
        yield from self._cjk_chars(doc.folded)
        yield from self._cjk_words(doc.folded)

    def _english(self, text: str) -> Iterator[tuple[int, int, int, int, bool]]:
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

    def _cjk_chars(self, text: str) -> Iterator[tuple[int, int, int, int, bool]]:
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

    def _cjk_words(self, text: str) -> Iterator[tuple[int, int, int, int, bool]]:
        for m in self.cjk_word.finditer(text):
            word = m.group(1)
            if word in self.cjk_allowed or len(set(word)) == 1:
                continue
            if _neighbour_word(text, m.start(1), -1) == word or _neighbour_word(text, m.end(3), 1) == word:
                continue
            yield m.start(1), m.end(1), m.start(3), m.end(3), False


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


# Conflicting figures ----------------------------------------------------------------------------

_ID_CHARS = f"A-Za-z0-9{HAN}·&.\\- "
_SUBJECT_CHARS = f"[{_ID_CHARS}]"
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\"“”‘’《》「」【】<>/|。!?…\n\r]")
_NUMERIC_TIME = (
    r"\d{2,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月(?:\d{1,2}日)?|(?<![\d.,])(?:19|20)\d\d(?!\d|[.,]\d)"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\bq[1-4]\b"
)


@dataclass(frozen=True)
class _Mention:
    key: tuple[str, str, str, str]
    start: int  # where the quoted mention starts (its subject)
    end: int  # where it ends (the amount, or the counterpart after it)
    amount: Amount
    sentence: int  # index of the sentence holding it


class _Figures:
    """Figures of the form subject – measure – (counterpart) – amount, and which of them disagree."""

    MAX_PREFIX = 48
    MAX_KEPT = 16

    def __init__(self, options: dict[str, Any]) -> None:
        data = read_toml("contradiction/figures.toml")
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
        time_words = read_list("contradiction/time_words.txt")
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
        self.stopwords = frozenset(w.casefold() for w in read_list("contradiction/subject_stopwords.txt"))
        distinguishers = _union(
            read_list("contradiction/distinguishers.txt"), user_terms(options, "extend-distinguishers")
        )
        cjk_words = trie_pattern(w for w in distinguishers if not w.isascii())
        en_words = trie_pattern(w for w in distinguishers if w.isascii())
        self.distinguisher = re.compile(rf"{cjk_words}|\b(?:{en_words})\b", re.I)
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
        for amount in amounts:
            index = _sentence_index(starts, amount.start)
            if index < 0 or amount.end > sents[index].end:
                continue
            mention = self._mention(doc.folded, sents[index], index, amount)
            if mention is None:
                continue
            if index not in context:
                text = doc.folded[sents[index].start : sents[index].end]
                context[index] = (
                    self.distinguisher.search(text) is not None,
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

    def _mention(self, folded: str, sentence: Sentence, index: int, amount: Amount) -> _Mention | None:
        clause_start = sentence.start
        window_start = max(sentence.start, amount.start - self.MAX_PREFIX)
        for m in _CLAUSE_BREAK.finditer(folded, window_start, amount.start):
            clause_start = m.end()
        m = None
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
        return bool(re.search(r"[A-Z]", subject)) or len(HAN_CHAR.findall(subject)) >= 2

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


def _key(text: str) -> str:
    return "".join(text.casefold().split())


def _sentence_index(starts: Sequence[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


# Repeated sentences -----------------------------------------------------------------------------

_LETTER = re.compile(f"[A-Za-z{HAN}]")
# A sentence proper ends with a stop; a repeated line without one is a title, credit or menu item.
_SENTENCE_END = re.compile(r"[。.!?…;][\"'”’」』)）]*\Z")


def _repeated_runs(doc: Document, min_length: int) -> Iterator[tuple[int, int, int]]:
    """(start, end, first offset) for each duplicated passage: a run of consecutive sentences that
    repeats a run of consecutive earlier sentences verbatim, either right after it (back to back) or
    as whole lines copying whole lines (a duplicated paragraph). One sentence shared by two captions,
    or a teaser that the body repeats and continues, is not a duplicated passage."""
    sents = sentences(doc)
    keys = [" ".join(doc.folded[s.start : s.end].split()) for s in sents]
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
        last = index
        while last + 1 < len(sents) and origin[last + 1] is not None and origin[last + 1] == origin[last] + 1:
            last += 1
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


def _doubled_lines(doc: Document, min_length: int) -> Iterator[tuple[int, int, int]]:
    """(second copy start, end, first copy start) for a line that is one passage written twice."""
    for number, line in enumerate(doc.lines, start=1):
        stripped = line.strip()
        if len(stripped) < 2 * min_length:
            continue
        offset = doc.line_starts[number - 1] + len(line) - len(line.lstrip())
        for gap in range(0, 4):
            half, rest = divmod(len(stripped) - gap, 2)
            if rest or half < min_length:
                continue
            if stripped[half : half + gap].strip() == "" and stripped[:half] == stripped[half + gap :]:
                if len(_LETTER.findall(stripped[:half])) >= min_length // 2:
                    yield offset + half + gap, offset + len(stripped), offset
                break


# The check --------------------------------------------------------------------------------------


class ContradictionCheck:
    name = "contradiction"
    rules = (DUPLICATE_LIST_ITEM, DOUBLED_WORD, CONFLICTING_FIGURES, INVERTED_RANGE, REPEATED_SENTENCE)
    options: dict[str, Any] = {
        "min-sentence-length": 20,
        "extend-allowed-doubles": [],
        "extend-allowed-doubles-file": "",
        "extend-allowed-cjk-doubles": [],
        "extend-allowed-cjk-doubles-file": "",
        "extend-distinguishers": [],
        "extend-distinguishers-file": "",
    }

    def __init__(self, options: dict[str, Any]) -> None:
        self.settings = {**self.options, **options}
        self.min_length = int(self.settings["min-sentence-length"])
        self.lists = _Lists()
        self.doubles = _Doubles(self.settings)
        self.figures = _Figures(self.settings)

    def check(self, doc: Document, enabled: frozenset[str]) -> Iterator[Finding]:
        if DUPLICATE_LIST_ITEM.code in enabled:
            yield from self._duplicate_items(doc)
        if DOUBLED_WORD.code in enabled:
            yield from self._doubled_words(doc)
        if CONFLICTING_FIGURES.code in enabled or INVERTED_RANGE.code in enabled:
            amounts = amounts_of(doc)
            if INVERTED_RANGE.code in enabled:
                yield from self._inverted_ranges(doc, amounts)
            if CONFLICTING_FIGURES.code in enabled:
                yield from self._conflicting_figures(doc, amounts)
        if REPEATED_SENTENCE.code in enabled:
            yield from self._repeated(doc)

    def _duplicate_items(self, doc: Document) -> Iterator[Finding]:
        for sentence in sentences(doc):
            for _first, second, start, end in self.lists.find(doc.folded, sentence):
                listed = doc.text[start:end]
                yield doc.finding(
                    DUPLICATE_LIST_ITEM,
                    second.start,
                    second.end,
                    f"`{doc.text[second.start : second.end]}` is listed twice in `{_clip(listed)}`; "
                    "an item was probably replaced by a copy of another",
                )

    def _doubled_words(self, doc: Document) -> Iterator[Finding]:
        for first, first_end, second, end, safe in self.doubles.find(doc):
            shown = " ".join(doc.text[first:end].split())
            yield doc.finding(
                DOUBLED_WORD,
                second,
                end,
                f"Doubled word `{shown}`: the second copy is probably a slip",
                fix=Fix((Edit(first_end, end, ""),), Applicability.SAFE if safe else Applicability.UNSAFE),
            )

    def _inverted_ranges(self, doc: Document, amounts: Sequence[Amount]) -> Iterator[Finding]:
        for amount in amounts:
            if amount.high is None or amount.high >= amount.value:
                continue
            if amount.currency is None and amount.magnitude is None:
                continue  # a bare `5-3` is a score or a date, not a range
            yield doc.finding(
                INVERTED_RANGE,
                amount.start,
                amount.end,
                f"Range `{amount.text}` runs from {format_amount(amount.value)} down to "
                f"{format_amount(amount.high)}; the bounds are swapped or one is mistyped",
            )

    def _conflicting_figures(self, doc: Document, amounts: Sequence[Amount]) -> Iterator[Finding]:
        for earlier, later in self.figures.conflicts(doc, amounts):
            line = doc.position(earlier.start)[0]
            yield doc.finding(
                CONFLICTING_FIGURES,
                later.start,
                later.end,
                f"`{_clip(doc.text[later.start : later.end])}` contradicts "
                f"`{_clip(doc.text[earlier.start : earlier.end])}` on line {line}: one fact, two figures",
            )

    def _repeated(self, doc: Document) -> Iterator[Finding]:
        reported: list[tuple[int, int]] = []
        for start, end, first in _repeated_runs(doc, self.min_length):
            reported.append((start, end))
            yield self._repeat_finding(doc, start, end, first)
        for start, end, first in _doubled_lines(doc, self.min_length):
            if not any(s < end and start < e for s, e in reported):
                yield self._repeat_finding(doc, start, end, first)

    def _repeat_finding(self, doc: Document, start: int, end: int, first: int) -> Finding:
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
            REPEATED_SENTENCE,
            start,
            end,
            f"`{_clip(doc.text[start:end])}` repeats text from line {line} verbatim",
            fix=fix,
        )


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


CHECKS = (ContradictionCheck,)
