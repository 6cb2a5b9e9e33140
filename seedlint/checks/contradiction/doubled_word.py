"""SL402 doubled-word: the same word twice in a row."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from seedlint.data import read_list
from seedlint.document import Document
from seedlint.model import Applicability, Edit, Finding, Fix, Rule, Severity, explain
from seedlint.text.chars import HAN, HAN_CHAR
from seedlint.text.fold import simplified
from seedlint.text.segment import Word, words

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
        "the word that holds it (`近百名名`), a bracketed label written twice (`(来源:(来源:`), a "
        "dateline or credit written twice (`CHICAGO (AP) — CHICAGO (AP) —`) and one character typed "
        "twice where the second copy begins a word (`請檢檢察官`: 檢 + 檢察官, after a verb or "
        "preposition; between a noun and a verb, `報報請`, only beside such a slip, since `…报报道` may "
        "follow a paper's name); Traditional text is judged as its Simplified form (`雜誌雜誌`). "
        "研究研究, 雪白雪白, 天天, 人人 and 一个个 are reduplication; a pair that is a word of jieba's "
        "dictionary or sits in one (看看, 丽丽, 哈哈, 绿油油, 不了了之) is left alone without segmenting, and "
        "so are an office of the unit just named (`安全所所长`), a word ending where the next begins "
        "(`中国国家`), a verb of one character doubled (`耍耍威风`) and a unit after a numeral "
        "(`1997年年初`). "
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
        "警方隨即通知檢檢察官到場相驗。\n",
        "该公司已向银银行申请一笔贷款。\n",
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
        "中国国家主席会见了安全所所长,大家高高兴兴,年年有余,丽丽哈哈大笑。\n",
        "據中國消費者報報道,他就想耍耍威風,1997年年初開工。\n",
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
            # Not inside a word or after an apostrophe (it's s), but after an opening quote ('to to get').
            r"(?:(?<![\w'’-])|(?<=[\s(]['‘])|(?<=^['‘]))"
            r"([A-Za-z]{1,30}(?:['’][A-Za-z]{1,3})?)([ \t]*(?:\r\n|\r|\n)?[ \t]*)(?<=\s)(\1)(?![\w'’-])",
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
        self.han_pair = re.compile(f"([{HAN}])\\1")
        self.pairs = HanPairs(vocabulary)

    def find(self, text: str) -> Iterator[_Double]:
        """Each doubled word of the folded ``text``."""
        yield from self._english(text)
        yield from self._cjk_chars(text)
        yield from self._cjk_words(text)
        yield from self._cjk_segmented(text)
        yield from self._labels(text)
        yield from self._openings(text)
        yield from self._cjk_single(text)
        yield from self._cjk_trailing(text)

    def _cjk_trailing(self, text: str) -> Iterator[_Double]:
        """A word's last character typed again at the end of a clause: 阻力力。, 我们们, 问题题。 —
        jieba cuts [阻力][力]: a noun or pronoun of two characters or more, then its last character
        alone as a noun, suffix or measure word, then punctuation. Names (王芳芳), known doubled words
        (看看, 处处) and a measure word after a numeral (一场场) are not slips."""
        for m in self.han_pair.finditer(text):
            i, char = m.start(), m.group(1)
            after = text[i + 2 : i + 3]
            if char in self.tables or char in _NUMERALS or (after and _is_han(after)):
                continue
            before = text[i - 1 : i]
            if text[i : i + 2] in self.pairs.known or not _is_han(before) or before == char:
                continue
            if text[i - 2 : i - 1] == before or self.pairs.inside_word(text, i):
                continue  # AABB (高高兴兴), a word holding the pair (绿油油)
            lo, _ = _clause(text, i, i + 2)
            segmented = words(text[lo : i + 2])
            if len(segmented) < 2:
                continue
            prev, lone = segmented[-2], segmented[-1]
            if (
                lone.word == char
                and len(prev.word) >= 2
                and prev.word[-1] == char
                and prev.tag in _TRAILING_BEFORE
                and lone.tag in _TRAILING_LONE
            ):
                yield i, i + 1, i + 1, i + 2, False

    def _cjk_single(self, text: str) -> Iterator[_Double]:
        """One Han character typed twice where the second copy begins a word: 请检检察官 (检 +
        检察官), 警方报报请 (报 + 报请). The word list of doubled words comes first, so that 天天,
        人人, 看看 or 绿油油 are never segmented; what is left is confirmed on jieba's segmentation
        of the clause and the words either side of the lone first copy."""
        weak: dict[tuple[int, int], list[int]] = {}
        strong: set[tuple[int, int]] = set()
        for m in self.han_pair.finditer(text):
            i, char = m.start(), m.group(1)
            if char in self.tables or char in _NUMERALS or not self.pairs.candidate(text, i):
                continue  # function characters have their own tables; 一一, 三三 are numerals
            lo, hi = _clause(text, i, i + 2)
            kind = _lone_copy(words(text[lo:hi]), i - lo)
            if kind == _AFTER_VERB:
                strong.add((lo, hi))
                yield i, i + 1, i + 1, i + 2, False
            elif kind == _AFTER_NOUN:
                weak.setdefault((lo, hi), []).append(i)
        # After a noun the lone copy may end a name jieba does not know (消费者报报道 names a
        # paper), so it counts only in a clause that holds a clear slip as well (警方报报请检检察官).
        for clause, found in weak.items():
            if clause in strong:
                yield from ((i, i + 1, i + 1, i + 2, False) for i in found)

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
            if len(unit) > 1 and _in_title(text, start):
                continue  # 《国旗国旗真美丽》
            lo, hi = _clause(text, start, end)
            for w, nxt in pairwise(words(text[lo:hi])):
                if lo + w.end != start + len(unit) or nxt.word != unit:
                    continue
                if len(unit) > 1 and w.word == unit and w.tag in _NOUN_TAGS and nxt.tag in _NOUN_TAGS:
                    if w.tag == "ns" and text[start - 1 : start] in _PLACE_PREFIXES:
                        continue  # 新中国|中国法制史, 南苏丹|苏丹人民解放运动: two places
                    yield start, start + len(unit), start + len(unit), end, False
                elif len(unit) == 1 and len(w.word) > 1 and w.word.endswith(unit) and nxt.tag in ("q", "m"):
                    yield start, start + 1, start + 1, end, False

    def _english(self, text: str) -> Iterator[_Double]:
        for m in self.english.finditer(text):
            first, second = m.group(1), m.group(3)
            word = first.casefold()
            if word in self.allowed or first[0].isupper() and second[0].isupper():
                continue  # `Walla Walla`, `The The`: names and titles, not slips
            if second[0].isupper() and "\n" in text[m.end(1) : m.start(3)]:
                continue  # a headline's last word and the paragraph's first (… shares\nShares rose)
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
            if _in_title(text, m.start()):
                continue  # 《起来 起来》: a title repeats its words on purpose
            yield m.start(1), m.end(1), m.start(3), m.end(3), False


class HanPairs:
    """The cheap first test of a doubled Han character, before anything is segmented: words of
    jieba's dictionary holding the pair (han_doubles.txt), the family's reduplication lists and
    the shapes reduplication takes."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        known: set[str] = set()
        inside: dict[str, list[tuple[str, int]]] = {}
        for line in read_list("contradiction/han_doubles.txt"):
            word, count, _tag = line.split()
            if len(word) == 2:
                # At jieba's floor count an entry is barely attested (报报): the segmentation decides.
                if int(count) > _FLOOR_COUNT:
                    known.add(word)
                continue
            for k in range(len(word) - 1):
                if word[k] == word[k + 1]:
                    inside.setdefault(word[k : k + 2], []).append((word, k))
        known.update(w for w in vocabulary.allowed_cjk_doubles if len(w) == 2 and w[0] == w[1])
        self.known = frozenset(known)
        self.inside = {pair: tuple(found) for pair, found in inside.items()}

    def candidate(self, text: str, i: int) -> bool:
        """Whether the pair at ``text[i:i + 2]`` may be a slip: not a known doubled word, not
        inside a longer word (不了了之), not part of a run (好好好), not AABB reduplication
        (高高兴兴, 的的确确), not a measure word or unit after a numeral (一张张, 1997年年初) and
        not a name on its own (「范范」, 唐媛媛 at the end of a line)."""
        pair = text[i : i + 2]
        before, after = text[i - 1 : i], text[i + 2 : i + 3]
        if pair in self.known or before == pair[0] or after == pair[0]:
            return False
        if not _is_han(before) or not _is_han(after) or after in _OFFICES or text[i + 2 : i + 4] in _OFFICES:
            return False  # the confirmation needs a word on either side, and not an office (所所长)
        if before in _COUNTERS or before in _NUMERALS:
            return False  # 一张张, 1997年年初, 每年年底
        if after == text[i + 3 : i + 4] or before == text[i - 2 : i - 1]:
            return False  # AABB: 高高兴兴, 快快乐乐
        return not self.inside_word(text, i)

    def inside_word(self, text: str, i: int) -> bool:
        """Whether the pair at ``text[i:i + 2]`` is inside a word of the dictionary (绿油油, 不了了之)."""
        return any(
            text[i - k : i - k + len(word)] == word for word, k in self.inside.get(text[i : i + 2], ()) if i >= k
        )


def _lone_copy(segmented: list[Word], at: int) -> int:
    """How jieba cut the pair at offset ``at`` of the clause: ``_AFTER_VERB`` or ``_AFTER_NOUN``
    when it is [X][X…], the first copy a word of one character and the second the start of a
    longer word, after a verb or preposition (请检检察官) or between a noun and a verb
    (警方报报请); else 0. Not slips: an office of the unit named just before (安全所所长, 财税系
    系主任), a verb of one character doubled (想耍耍威风, 考考他), 中 after a verbal noun
    (竞争中中标), 直 after an adverb (就直直落)."""
    for k in range(1, len(segmented) - 1):
        prev, lone, nxt = segmented[k - 1], segmented[k], segmented[k + 1]
        if lone.start != at or len(lone.word) != 1 or nxt.start != at + 1 or len(nxt.word) < 2:
            continue
        if nxt.word[0] != lone.word or nxt.word[1:] in _OFFICES or not _is_han(prev.word[-1]) or lone.tag == "v":
            return 0
        if nxt.tag in _NAME_TAGS or lone.word in _SUFFIXES:
            return 0  # 尼尼斯托 (a name jieba cuts as 尼|尼斯), 亚氏保加症症状 (…症 ends a term)
        if k >= 2 and all(len(w.word) == 1 and w.tag not in _FUNCTION_TAGS for w in segmented[k - 2 : k]):
            # Content characters standing alone before the copy are a name or a term jieba does not
            # know, which the copy may end: 布海拉省省会 (布|海|拉|省), 发受电电量 (发|受|电). A
            # preposition or an adverb alone is a word (已|向|银|银行 is a slip).
            return 0
        if lone.word in _COMPLEMENTS and prev.tag in _VERB_TAGS:
            return 0  # 完善成成熟: the copy completes the verb (完善成), the next word is whole
        if prev.tag in _VERB_TAGS:
            return _AFTER_VERB
        return _AFTER_NOUN if prev.tag in _SUBJECT_TAGS and nxt.tag == "v" else 0
    return 0


# A person's or place's name after the lone copy: a transliteration jieba cuts apart (尼|尼斯托).
_NAME_TAGS = frozenset(("nr", "nrt", "nrfg", "ns"))
# Characters that end terms jieba does not know (亚氏保加症, 过敏性, 城镇化): a copy of one before a
# word it also starts (症状, 性别, 化学) closes the term before it.
_SUFFIXES = frozenset("症病炎性化率者界")
# jieba's tags of function words: prepositions, adverbs, conjunctions, particles, pronouns.
_FUNCTION_TAGS = frozenset(("p", "d", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r"))
# Complements that finish a verb (完善成, 做成): after a verb a copy of one belongs to the verb.
_COMPLEMENTS = frozenset("成")
# Before a place's name these make another place of it (南苏丹, 新中国, 北爱尔兰, 东帝汶).
_PLACE_PREFIXES = frozenset("南北东西新老大小上下")
# An open title: a song, a book or a programme, whose words may repeat on purpose.
_TITLE_OPEN = re.compile(r"《[^《》\n]{0,40}$")


def _in_title(text: str, at: int) -> bool:
    return _TITLE_OPEN.search(text, max(0, at - 41), at) is not None


def _is_han(ch: str) -> bool:
    return bool(ch) and HAN_CHAR.match(ch) is not None


# A word that may end with its last character typed twice (阻力力, 我们们): nouns, places,
# organisations, other proper nouns, verbal nouns and pronouns, never a person's name; and what
# jieba makes of the lone copy then: a noun, a suffix (们) or a measure word (场).
_TRAILING_BEFORE = frozenset(("n", "ns", "nt", "nz", "vn", "r"))
_TRAILING_LONE = frozenset(("n", "ng", "k", "q"))
# jieba's dict.txt gives 3 to words it barely attests.
_FLOOR_COUNT = 3
# The head, members or officers of a unit named just before: 所所长, 队队员, 系系主任, 市市委, 院院士.
_OFFICES = frozenset(("长", "员", "委", "士", "友", "主任", "主席", "书记"))
_VERB_TAGS = frozenset(("v", "vd", "p"))
_AFTER_VERB, _AFTER_NOUN = 1, 2

# Nouns, places, organisations and other proper nouns. Not nr (person): jieba gives unknown
# two-character words that tag, verbs among them (修正修正, 谢谢谢谢).
_NOUN_TAGS = frozenset(("n", "ns", "nt", "nz"))
# What may stand before a verb as its subject: a noun, a person or a pronoun (警方报报请).
_SUBJECT_TAGS = _NOUN_TAGS | {"nr", "r"}
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
    seen: set[int] = set()
    for first, first_end, second, end, safe in doubles.find(simplified(doc)):
        if second in seen:
            continue  # 近百名名 is a measure word repeated and a character typed twice
        seen.add(second)
        shown = " ".join(doc.text[first:end].split())
        yield doc.finding(
            RULE,
            second,
            end,
            f"Doubled word `{shown}`: the second copy is probably a slip",
            fix=Fix((Edit(first_end, end, ""),), Applicability.SAFE if safe else Applicability.UNSAFE),
        )
