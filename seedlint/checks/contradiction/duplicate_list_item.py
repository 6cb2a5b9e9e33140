"""SL401 duplicate-list-item: an enumeration that names the same item twice."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seedlint.checks.contradiction._common import clip, last
from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.chars import HAN, HAN_CHAR
from seedlint.text.patterns import trie_pattern
from seedlint.text.segment import in_dictionary
from seedlint.text.sentences import Sentence, sentences

if TYPE_CHECKING:
    from seedlint.checks.contradiction import Vocabulary

RULE = Rule(
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


# Adverbs that stress an item said again (服务、服务、再服务; 学习、学习、再学习): a slogan, not a list.
_STRESS = ("再", "又", "还是", "更")


def _unstressed(key: str) -> str:
    for adverb in _STRESS:
        if key.startswith(adverb) and len(key) > len(adverb):
            return key[len(adverb) :]
    return key


@dataclass(frozen=True)
class _Item:
    start: int
    end: int
    key: str


_Repeat = tuple[_Item, _Item, int, int]  # first copy, repeated copy, list start, list end


def _segments(text: str, separator: str) -> list[tuple[int, int]]:
    """(start, end) of the pieces of ``text`` between occurrences of ``separator``."""
    spans = []
    start = 0
    while (at := text.find(separator, start)) >= 0:
        spans.append((start, at))
        start = at + 1
    spans.append((start, len(text)))
    return spans


_CAPITAL_OR_DIGIT = re.compile(r"[A-Z0-9]")


class Lists:
    """Finds enumerations and the item they repeat."""

    MAX_CJK_ITEM = 15
    MAX_ENGLISH_WORDS = 5

    def __init__(self, vocabulary: Vocabulary) -> None:
        data = vocabulary.lists
        self.ignored = frozenset(data["cjk-ignored-items"]) | vocabulary.reduplication
        # A clause of a Chinese list: a run of characters an item can be made of, plus 、.
        self.cjk_clause = re.compile(f"[{HAN}A-Za-z0-9·&.'+\\- 、]+")
        self.conjunction = re.compile(trie_pattern(data["cjk-conjunctions"]))
        self.pair_conjunction = re.compile(trie_pattern(data["cjk-pair-conjunctions"]))
        self.words = vocabulary.doubled_characters
        self.lead_ins = frozenset(data["cjk-lead-ins"])
        self.lead_in_size = max(map(len, self.lead_ins))
        self.lead_in = re.compile(f"(?:{trie_pattern(self.lead_ins)})")
        self.closer = re.compile(f"(?:{trie_pattern(data['cjk-closers'])})")
        self.english_part = re.compile(r"[^;:()\[\]\"“”‘’{}<>|\n]+")
        self.english_conjunction = re.compile(rf"(?:^|\s)(?:{trie_pattern(data['english-conjunctions'])})\s", re.I)
        self.name_run = re.compile(r"(?:[A-Z0-9][\w.&'-]*)(?: [A-Z0-9][\w.&'-]*){0,3}")

    def find(self, folded: str, sentence: Sentence) -> Iterator[_Repeat]:
        """(first copy, repeated copy, list start, list end) for each list that repeats an item."""
        text = folded[sentence.start : sentence.end]
        base = sentence.start
        if HAN_CHAR.search(text):
            # A Chinese list needs a 、 or a conjunction that can join two items.
            if "、" not in text and self.pair_conjunction.search(text) is None:
                return
            for m in self.cjk_clause.finditer(text):
                clause = m.group()
                if "、" in clause or self.pair_conjunction.search(clause):
                    found = self._cjk_list(clause, base + m.start())
                    if found:
                        yield found
        elif "," in text:
            for m in self.english_part.finditer(text):
                found = self._english_list(m.group(), base + m.start())
                if found:
                    yield found

    # Chinese ------------------------------------------------------------------------------------

    def _cjk_list(self, clause: str, base: int) -> _Repeat | None:
        if "、" not in clause:
            return self._cjk_pair(clause, base)
        segments = _segments(clause, "、")
        items: list[_Item] = []
        first_start, first_end = segments[0]
        first = clause[first_start:first_end]
        if not self.pair_conjunction.search(first):
            lead = last(self.lead_in.finditer(first))
            start = lead.end() if lead else 0
            self._add(items, clause, base, start, first_end, minimum=2)
        for start, end in segments[1:-1]:
            self._add(items, clause, base, start, end, minimum=1)
        last_start, last_end = segments[-1]
        # Items that are pairs themselves (中央和地方、政府和企业、企业和企业): the last one's 和 is its own.
        paired = any(self.pair_conjunction.search(clause, a, b) for a, b in segments[1:-1])
        conj = None
        if not paired:
            conj = next(
                (m for m in self.conjunction.finditer(clause, last_start + 1, last_end) if self._joins(clause, m)), None
            )
        if conj:
            self._add(items, clause, base, last_start, conj.start(), minimum=1)
            last_start = conj.end()
        closer = self._closer(clause, last_start + 1, last_end)
        stop = closer.start() if closer else last_end
        self._add(items, clause, base, last_start, stop, minimum=2)
        if len({_unstressed(item.key) for item in items}) < 2 and self._said_again(
            clause, base, items, first_start, last_end
        ):
            return None
        return _repeat(items, base, base + len(clause))

    def _closer(self, clause: str, start: int, end: int) -> re.Match[str] | None:
        """The first word after the last item that closes the list (都, 等, 分别), not the start of a
        longer word of the item (中国共产党 does not end at 共)."""
        for m in self.closer.finditer(clause, start, end):
            # Two characters more: 都是, 也将 are the closer and a word after it; 共产党 is a name.
            longer = clause[m.start() : m.end() + 2]
            if m.end() + 2 > end or not in_dictionary(longer):
                return m
        return None

    def _said_again(self, clause: str, base: int, items: list[_Item], first_start: int, last_end: int) -> bool:
        """Whether one item repeated and nothing else is emphasis, not a list: said again to close
        the clause (拉佢、拉佢; 警方要克制、警方要克制), or turned around (江山就是人民、人民就是江山).
        A repeat that goes on to a predicate (微软、微软都参与了投资) is a list with a copy in it."""
        if not items:
            return False
        rest = clause[items[-1].end - base : last_end].strip()
        if not rest:
            return True
        lead = clause[first_start : items[0].start - base]
        return any(lead[k : k + 2] in rest for k in range(len(lead) - 1))

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

    def _cjk_pair(self, clause: str, base: int) -> _Repeat | None:
        """`X和X` without 、: both copies must stand between clear boundaries, so `企业和企业之间`,
        `人与人` and `微软和微软研究院` are left alone."""
        for conj in self.pair_conjunction.finditer(clause):
            start, end = conj.span()
            for size in range(2, 9):
                left, right = start - size, end + size
                if left < 0 or right > len(clause):
                    break
                if clause[left] != clause[end]:
                    continue  # the copies differ in their first character
                word = clause[left:start]
                if word != clause[conj.end() : right] or " " in word or word in self.ignored:
                    continue
                before_ok = left == 0 or self._ends_with_lead_in(clause, left)
                after_ok = right == len(clause) or self.closer.match(clause, right) is not None
                if before_ok and after_ok:
                    first = _Item(base + left, base + start, word)
                    second = _Item(base + end, base + right, word)
                    return first, second, base + left, base + right
        return None

    def _ends_with_lead_in(self, clause: str, at: int) -> bool:
        return any(clause[max(0, at - size) : at] in self.lead_ins for size in range(1, self.lead_in_size + 1))

    # English ------------------------------------------------------------------------------------

    def _english_list(self, part: str, base: int) -> _Repeat | None:
        if "," not in part:
            return None
        segments = _segments(part, ",")
        items: list[_Item] = []
        first_start, first_end = segments[0]
        if not self.english_conjunction.search(part, first_start, first_end):
            run = last(self.name_run.finditer(part, first_start, first_end))
            if run and part[run.end() : first_end].strip() == "":
                items.append(_english_item(part, base, run.start(), run.end()))
        # The list ends at the first segment with a conjunction; what follows is another clause. An
        # ampersand before the last segment joins a name's words (Johnson & Johnson), not the list.
        end_index = next(
            (
                i
                for i, (s, e) in enumerate(segments)
                if i
                and (conj_m := self.english_conjunction.search(part, s, e))
                and (conj_m.group().strip() != "&" or i == len(segments) - 1)
            ),
            None,
        )
        middle = segments[1:end_index] if end_index is not None else segments[1:-1]
        for start, end in middle:
            segment = part[start:end].strip()
            offset = start + part[start:end].index(segment) if segment else start
            if segment and len(segment.split()) <= self.MAX_ENGLISH_WORDS and _CAPITAL_OR_DIGIT.search(segment):
                items.append(_english_item(part, base, offset, offset + len(segment)))
        last_start, last_end = segments[end_index if end_index is not None else -1]
        conj = self.english_conjunction.search(part, last_start, last_end)
        if conj is None:
            # Commas without a closing and/or are appositions and addresses (Crosby, Crosby, Tex.;
            # Kentish Town, London), not an enumeration.
            return None
        before = part[last_start : conj.start()].strip()
        if len(before.split()) > self.MAX_ENGLISH_WORDS:
            # A clause before the conjunction (was convicted of bombs in Manhattan and New Jersey):
            # the conjunction joins inside the clause and closes no list.
            return None
        if before:
            offset = last_start + part[last_start : conj.start()].index(before)
            if _CAPITAL_OR_DIGIT.search(before):
                items.append(_english_item(part, base, offset, offset + len(before)))
        last_start = conj.end()
        run = self.name_run.match(
            part, last_start + len(part[last_start:last_end]) - len(part[last_start:last_end].lstrip())
        )
        if run and run.end() <= last_end:
            items.append(_english_item(part, base, run.start(), run.end()))
        if len(items) < 3 or len({i.key for i in items}) < 2:
            return None
        return _repeat(items, base, base + len(part))


def _english_item(part: str, base: int, start: int, end: int) -> _Item:
    return _Item(base + start, base + end, " ".join(part[start:end].casefold().split()))


def _repeat(items: Sequence[_Item], start: int, end: int) -> _Repeat | None:
    seen: dict[str, _Item] = {}
    for item in items:
        first = seen.setdefault(item.key, item)
        # Figures repeat legitimately: 分别增长10%、10%和12%.
        if first is not item and not any(ch.isdigit() for ch in item.key):
            return first, item, start, end
    return None


def find(doc: Document, lists: Lists) -> Iterator[Finding]:
    for sentence in sentences(doc):
        for _first, second, start, end in lists.find(doc.folded, sentence):
            listed = doc.text[start:end]
            yield doc.finding(
                RULE,
                second.start,
                second.end,
                f"`{doc.text[second.start : second.end]}` is listed twice in `{clip(listed)}`; "
                "an item was probably replaced by a copy of another",
            )
