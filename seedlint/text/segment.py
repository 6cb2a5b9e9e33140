"""Chinese words and their parts of speech, as jieba (the standard Chinese segmenter) cuts them.

The words come from jieba's dictionary (``dict.txt`` in its wheel: word, frequency and part of
speech), cut the way ``jieba.posseg`` cuts without its hidden Markov model: the route through the
words the dictionary knows that has the highest product of their frequencies. jieba itself holds
that dictionary as Python dicts of every word and every prefix (about 150 MB and a second to load
per process); here it is one sorted string with offsets (about 6 MB and a few tenths of a second),
loaded only when a caller first asks for a segmentation. Callers ask only for the short stretches
of text that need one (a doubling candidate, for instance), so lookups by bisection cost little.
Whether a word is listed at all is answered by searching the dictionary's text until enough such
questions have been asked to pay for the sorted form.
"""

from __future__ import annotations

import bisect
import importlib.util
import itertools
import math
import re
from array import array
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import NamedTuple


class Word(NamedTuple):
    """A word at ``text[start:end]`` of the segmented text, with jieba's part-of-speech tag (``n``
    noun, ``nr`` person, ``ns`` place, ``nt`` organisation, ``nz`` other proper noun, ``v`` verb,
    ``a`` adjective, ``q`` measure word, ``m`` numeral, ...)."""

    start: int
    end: int
    word: str
    tag: str


class Lexicon:
    """A dictionary of words with frequencies and tags in a compact, sorted form."""

    def __init__(self, words: list[str], freqs: array[int], tags: bytes, tag_names: tuple[str, ...]) -> None:
        # As jieba reads its dictionary: a word listed twice keeps its last entry, and the total
        # counts every entry.
        self.total = sum(freqs)
        # Indices are held in arrays, not lists of ints (about 36 bytes an entry), to keep the
        # peak of building low: the lexicon is built while a large document is being linted.
        order = array("I", sorted(range(len(words)), key=words.__getitem__))
        last = len(order) - 1
        kept = array("I", (i for k, i in enumerate(order) if k == last or words[order[k + 1]] != words[i]))
        del order
        self._text = "".join(map(words.__getitem__, kept))
        self._offsets = array("I", itertools.accumulate((len(words[i]) for i in kept), initial=0))
        self._freqs = array("I", map(freqs.__getitem__, kept))
        self._tags = bytes(map(tags.__getitem__, kept))
        self._tag_names = tag_names
        self._count = len(kept)
        self._log_total = math.log(self.total) if self.total else 0.0

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: int) -> str:
        return self._text[self._offsets[index] : self._offsets[index + 1]]

    def _find(self, text: str) -> int:
        return bisect.bisect_left(self, text)

    def is_prefix(self, text: str) -> bool:
        """Whether ``text`` starts some word of the dictionary (or is one)."""
        i = self._find(text)
        return i < self._count and self[i].startswith(text)

    def freq(self, word: str) -> int:
        i = self._find(word)
        return self._freqs[i] if i < self._count and self[i] == word else 0

    def tag(self, word: str) -> str:
        i = self._find(word)
        return self._tag_names[self._tags[i]] if i < self._count and self[i] == word else "x"

    def cut_block(self, block: str) -> list[str]:
        """The words of a run of Han characters, letters and digits, by jieba's route."""
        n = len(block)
        text, offsets, freqs, count = self._text, self._offsets, self._freqs, self._count
        # For each start, the ends of the dictionary's words there with their log frequencies:
        # one bisection per fragment answers both "a word?" and "a prefix of one?".
        dag: list[list[tuple[int, float]]] = []
        for k in range(n):
            ends = []
            i = k
            frag = block[k]
            while i < n:
                at = bisect.bisect_left(self, frag)
                if at >= count or not text.startswith(frag, offsets[at]):
                    break
                if offsets[at + 1] - offsets[at] == len(frag) and freqs[at]:
                    ends.append((i, math.log(freqs[at]) - self._log_total))
                i += 1
                frag = block[k : i + 1]
            dag.append(ends or [(k, -self._log_total)])
        route: list[tuple[float, int]] = [(0.0, 0)] * (n + 1)
        for k in range(n - 1, -1, -1):
            route[k] = max((weight + route[x + 1][0], x) for x, weight in dag[k])
        words = []
        k = 0
        while k < n:
            end = route[k][1] + 1
            words.append(block[k:end])
            k = end
        return words


# jieba.posseg's own expressions: runs of Han characters, letters, digits and +#&._ are cut by the
# dictionary; whitespace is a word of its own; any other character is one.
_BLOCK = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&._]+)")
_SKIP = re.compile(r"(\r\n|\s)")
_ENGLISH = re.compile("[a-zA-Z0-9]+")
_NUMBER = re.compile(r"[.0-9]+")
_ENGLISH_CHAR = re.compile("^[a-zA-Z0-9]$")


def _pairs(lexicon: Lexicon, text: str) -> Iterator[tuple[str, str]]:
    """(word, tag) in order, as ``jieba.posseg.cut(text, HMM=False)`` gives them."""
    for block in _BLOCK.split(text):
        if not block:
            continue
        if _BLOCK.fullmatch(block):
            letters = ""
            for word in lexicon.cut_block(block):
                if _ENGLISH_CHAR.match(word):
                    letters += word
                    continue
                if letters:
                    yield letters, "eng"
                    letters = ""
                yield word, lexicon.tag(word)
            if letters:
                yield letters, "eng"
            continue
        for part in _SKIP.split(block):
            if not part:
                continue
            if _SKIP.fullmatch(part):
                yield part, "x"
                continue
            for ch in part:
                if _NUMBER.match(ch):
                    yield ch, "m"
                elif _ENGLISH.match(part):
                    yield ch, "eng"
                else:
                    yield ch, "x"


def dictionary_path() -> Path:
    """jieba's dictionary file, found without importing jieba."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("jieba is not installed")
    return Path(spec.origin).parent / "dict.txt"


@cache
def lexicon() -> Lexicon:
    # Every line of jieba's dictionary is "word frequency tag". It is read about 1 MB of lines at a
    # time, each split once and its three columns read as slices (a loop over its 349,046 lines in
    # Python would cost several tenths of a second; splitting the whole file at once would hold a
    # million strings at the peak).
    words: list[str] = []
    freqs = array("I")
    tags = bytearray()
    tag_index: dict[str, int] = {}
    path = dictionary_path()
    with path.open(encoding="utf-8") as lines:
        while chunk := lines.readlines(1 << 20):
            fields = "".join(chunk).split()
            if len(fields) % 3:
                raise ValueError(f"{path}: expected lines of word, frequency and tag")
            words += fields[0::3]
            freqs.extend(map(int, fields[1::3]))
            tags.extend(tag_index.setdefault(tag, len(tag_index)) for tag in fields[2::3])
    _dictionary_text.cache_clear()  # the searched lookups are over: their copy of the text goes
    return Lexicon(words, freqs, bytes(tags), tuple(tag_index))


# Building the lexicon costs about 0.3 s, most of a short run's time; a short run asks whether a
# handful of words are listed. The first lookups search the dictionary's text instead (about 2 ms
# each); past this many, the lexicon is built, since searching on would soon cost more.
_SEARCHED_LOOKUPS = 64
_searched = 0


@cache
def _dictionary_text() -> str:
    return "\n" + dictionary_path().read_text(encoding="utf-8")


def _listed_frequency(word: str) -> int:
    """The frequency of ``word`` on the last line of the dictionary's text that lists it (as the
    lexicon keeps the last entry of a word listed twice), 0 if no line does."""
    if word.split() != [word]:
        return 0  # the dictionary's columns are separated by whitespace: no word holds any
    text = _dictionary_text()
    at = text.rfind(f"\n{word} ")
    if at < 0:
        return 0
    start = at + len(word) + 2
    return int(text[start : text.index(" ", start)])


def in_dictionary(word: str) -> bool:
    """Whether jieba's dictionary lists ``word`` (中国, 腾讯 are words; 赛博, 梅利尼克 are not)."""
    global _searched
    if _searched < _SEARCHED_LOOKUPS and not lexicon.cache_info().currsize:
        _searched += 1
        return _listed_frequency(word) > 0
    return lexicon().freq(word) > 0


def words(text: str) -> list[Word]:
    """The words of ``text`` with their offsets and tags (the dictionary's route, so segmentation
    is deterministic and follows the dictionary)."""
    out = []
    at = 0
    for word, tag in _pairs(lexicon(), text):
        out.append(Word(at, at + len(word), word, tag))
        at += len(word)
    return out
