"""Which language a document and each of its blocks are written in.

Unicode script shares decide most text in microseconds: a block of Han characters is Chinese, one of
Hangul is Korean. langdetect is asked only where scripts cannot decide: Latin-script text that is not
plainly English (English vs. French, German, ...), Han text with a little Kana (Chinese vs. Japanese)
and scripts that several languages share (Cyrillic, Arabic, Devanagari). langdetect is seeded and
its profiles are loaded in a fixed order, once per process and only when first needed, so every run
gives the same answer; it reads a bounded sample of each text, and a sample seen before (a notice
repeated across a corpus) is answered from memory.

Results are BCP-47 codes (``zh``, ``zh-Hant``, ``en``, ``ja``, ``ko``, ...) or ``und``, and the
analyses are cached on the Document through ``doc.memo`` so every rule shares them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from seedlint.data import read_list
from seedlint.document import Document
from seedlint.text.chars import HAN_ALL
from seedlint.text.fold import writing_system_chars

UNDETERMINED = "und"

# Letters of each script, as character classes.
_SCRIPT_CLASSES = (
    ("han", HAN_ALL),
    # Kana without U+30FB (katakana middle dot) and U+30FC (prolonged sound mark): Chinese text uses
    # both as a name separator and a dash.
    ("kana", "\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fd-\u30ff\u31f0-\u31ff\uff66-\uff9d"),
    ("hangul", "\uac00-\ud7a3\u1100-\u11ff\u3131-\u318e"),
    ("latin", "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"),
    ("cyrillic", "\u0400-\u0481\u048a-\u052f"),
    ("greek", "\u0386\u0388-\u03ce\u1f00-\u1ffc"),
    ("arabic", "\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f"),
    ("hebrew", "\u05d0-\u05ea"),
    ("thai", "\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e46"),
    ("devanagari", "\u0904-\u0939\u093d\u0950\u0958-\u0961\u0972-\u097f"),
)
_CLASS = dict(_SCRIPT_CLASSES)
_HAN_RUN = re.compile(f"[{_CLASS['han']}]+")
_LATIN_RUN = re.compile(f"[{_CLASS['latin']}]+")
_OTHER_RUNS = tuple((name, re.compile(f"[{cls}]+")) for name, cls in _SCRIPT_CLASSES if name not in ("han", "latin"))
_OTHER_LETTER = re.compile("[" + "".join(cls for name, cls in _SCRIPT_CLASSES if name not in ("han", "latin")) + "]")
# Han and Kana (and Hangul, which Korean mixes with Han) are one writing family for deciding what a
# block is dominated by; the language inside the family is decided afterwards.
FAMILY = {"han": "cjk", "kana": "cjk", "hangul": "cjk"}
# A CJK character carries about as much text as two Latin letters; without a weight a Chinese
# paragraph full of English names would look Latin-dominated.
WEIGHT = {"han": 2, "kana": 2, "hangul": 2}
# Scripts that name one language; the others (Latin, Cyrillic, Arabic, Devanagari) need langdetect.
SINGLE_LANGUAGE = {"greek": "el", "hebrew": "he", "thai": "th"}

_URL = re.compile(
    r"(?:https?://|ftp://|www\.)[!-~]+"
    # Bounded label lengths keep a long run like "a.a.a.a..." linear.
    r"|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"
    r"|(?<![\w.-])[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.(?:com|cn|org|net|io|html?|php|gov|edu)\b(?:[/?#][!-~]*)?",
    re.ASCII,
)
_LINK_HINT = re.compile(r"://|www\.|@|\.(?:com|cn|org|net|io|html?|php|gov|edu)\b", re.ASCII)
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:'[a-z]+)?")
_NON_ASCII_LATIN = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")

# Kana shares of a Han/Kana block: at or above JAPANESE_KANA the block is Japanese; between
# SPARSE_KANA and JAPANESE_KANA scripts cannot tell Chinese with a few loan characters from Japanese
# kanji-heavy prose, so langdetect decides.
JAPANESE_KANA = 0.15
SPARSE_KANA = 0.02
HANGUL_SHARE = 0.3
# A Latin block is English without langdetect when this share of its words are English function
# words and "the" is among them, or the higher share without "the" (headlines drop articles).
# English prose scores 0.3-0.5; French, German, Dutch, Spanish, Italian, Portuguese, Danish and
# Indonesian paragraphs score below 0.18 even with an English name in them.
ENGLISH_WORD_SHARE = 0.25
ENGLISH_WORD_SHARE_WITHOUT_THE = 0.35
ENGLISH_MIN_WORDS = 6
# Above this share of accented Latin letters the text is not English whatever its function words.
ENGLISH_MAX_ACCENTED = 0.02
# Text sent to langdetect is cut to this length: its estimate is stable long before, and the cut
# keeps a huge line from costing more than a paragraph.
LANGDETECT_SAMPLE = 2000
# Blocks with at least this many letters make the sample a document's language is decided on.
SAMPLE_BLOCK_LETTERS = 100
# A text with at least this many CJK characters whose Latin words are below this share lowercase
# is CJK prose with names in it.
MIN_CJK_WITH_NAMES = 4
NAMES_MAX_LOWERCASE = 0.35
# Letters a document needs before its main language is reported.
DOCUMENT_MIN_LETTERS = 20


@dataclass(frozen=True)
class Detection:
    """A language decision: BCP-47 ``language`` (``und`` when undecided), ``confidence`` in 0..1,
    ``method`` ("script", "function-words", "langdetect" or "none"), the dominant ``script``,
    the block's ``letters`` and the weighted share of its dominant writing family."""

    language: str
    confidence: float
    method: str
    script: str
    letters: int
    share: float

    @property
    def base(self) -> str:
        """The language subtag: ``zh`` for both ``zh`` and ``zh-Hant``."""
        return self.language.split("-", 1)[0]

    @property
    def decided(self) -> bool:
        return self.language != UNDETERMINED


@dataclass(frozen=True)
class Profile:
    """Letters per script of a piece of text (URLs and e-mail addresses removed), with how many
    Latin words it has and how many of them start with a lowercase letter."""

    counts: tuple[tuple[str, int], ...]
    latin_words: int = 0
    lowercase_words: int = 0
    capitalized_letters: int = 0

    @property
    def letters(self) -> int:
        return sum(n for _, n in self.counts)

    def count(self, script: str) -> int:
        return dict(self.counts).get(script, 0)

    def weighted(self) -> dict[str, int]:
        """Weighted letters by writing family (cjk, latin, cyrillic, ...)."""
        out: dict[str, int] = {}
        for script, n in self.counts:
            family = FAMILY.get(script, script)
            out[family] = out.get(family, 0) + n * WEIGHT.get(script, 1)
        return out

    def dominant(self) -> tuple[str, float]:
        """The dominant writing family and its weighted share; ("", 0.0) without letters.

        Chinese prose dense with names (`据The Information报道,Amazon与Anthropic...`) has more Latin
        letters than Han characters; when a text has CJK characters and its Latin words are nearly
        all capitalized (names, products, tickers), it is CJK text with names, and the share
        reported counts the names with it."""
        weighted = self.weighted()
        total = sum(weighted.values())
        if not total:
            return "", 0.0
        family = max(sorted(weighted), key=lambda k: weighted[k])
        if family == "latin" and self.names_in_cjk():
            return "cjk", (weighted["cjk"] + self.capitalized_letters) / total
        return family, weighted[family] / total

    def kind(self) -> str:
        """The dominant script class: a writing family, with CJK split into "han" (Chinese),
        "kana" (Japanese) and "hangul" (Korean) by their shares; "" without letters."""
        family = self.dominant()[0]
        if family != "cjk":
            return family
        han, kana, hangul = self.count("han"), self.count("kana"), self.count("hangul")
        if hangul >= HANGUL_SHARE * (han + kana + hangul):
            return "hangul"
        return "kana" if kana >= JAPANESE_KANA * (han + kana) else "han"

    def names_in_cjk(self) -> bool:
        cjk = self.count("han") + self.count("kana") + self.count("hangul")
        return cjk >= MIN_CJK_WITH_NAMES and self.lowercase_words < NAMES_MAX_LOWERCASE * self.latin_words


@dataclass(frozen=True)
class Block:
    """Consecutive lines of one paragraph of the same script class (``Profile.kind``)."""

    start: int
    end: int
    first_line: int
    last_line: int
    kind: str
    profile: Profile

    @property
    def family(self) -> str:
        return FAMILY.get(self.kind, self.kind)


@dataclass(frozen=True)
class HanziCounts:
    """Traditional-only and Simplified-only characters of a text, with the offset of each."""

    traditional: tuple[int, ...]
    simplified: tuple[int, ...]


# Profiles -----------------------------------------------------------------------------------------


def strip_links(text: str) -> str:
    """``text`` with URLs, e-mail addresses and domain names blanked out (same length)."""
    if not _LINK_HINT.search(text):
        return text
    return _URL.sub(lambda m: " " * len(m.group()), text)


def profile(text: str) -> Profile:
    """Count letters per script; URLs and e-mail addresses do not count. Han and Latin are
    counted with one regex each; the rarer scripts only when one of their letters is present."""
    text = strip_links(text)
    counts: dict[str, int] = {}
    han = len(text) - len(_HAN_RUN.sub("", text))
    if han:
        counts["han"] = han
    words = _LATIN_RUN.findall(text)
    if words:
        counts["latin"] = sum(map(len, words))
    if _OTHER_LETTER.search(text):
        for script, pattern in _OTHER_RUNS:
            runs = pattern.findall(text)
            if runs:
                counts[script] = sum(map(len, runs))
    lowercase_words = [w for w in words if w[0].islower()]
    capitalized = counts.get("latin", 0) - sum(map(len, lowercase_words))
    return Profile(tuple(sorted(counts.items())), len(words), len(lowercase_words), capitalized)


# Deciding ------------------------------------------------------------------------------------------


def detect_block(text: str) -> Detection:
    """The language of one paragraph or line: scripts first, langdetect only where they cannot decide."""
    return _decide(profile(text), text)


def _decide(prof: Profile, text: str, variant: Callable[[], str] | None = None) -> Detection:
    """``variant`` names the Chinese variant when the text is Chinese; by default that of ``text``."""
    family, share = prof.dominant()
    share = round(share, 4)
    letters = prof.letters
    if not family:
        return Detection(UNDETERMINED, 0.0, "none", "", 0, 0.0)
    if family == "cjk":
        return _decide_cjk(prof, text, share, variant or (lambda: chinese_variant(text)))
    if family in SINGLE_LANGUAGE:
        return Detection(SINGLE_LANGUAGE[family], share, "script", family, letters, share)
    if family == "latin" and is_english(text):
        return Detection("en", share, "function-words", family, letters, share)
    language, probability = langdetect(text, script=family)
    return Detection(language, round(share * probability, 4), "langdetect", family, letters, share)


def _decide_cjk(prof: Profile, text: str, share: float, variant: Callable[[], str]) -> Detection:
    han, kana, hangul = prof.count("han"), prof.count("kana"), prof.count("hangul")
    letters = prof.letters
    if hangul >= HANGUL_SHARE * (han + kana + hangul):
        return Detection("ko", share, "script", "hangul", letters, share)
    kana_share = kana / (han + kana)
    if kana_share >= JAPANESE_KANA:
        return Detection("ja", share, "script", "kana", letters, share)
    if kana_share >= SPARSE_KANA:
        language, probability = langdetect(text, script="cjk")
        if language == "ja":
            return Detection("ja", round(share * probability, 4), "langdetect", "han", letters, share)
        return Detection(variant(), round(share * probability, 4), "langdetect", "han", letters, share)
    return Detection(variant(), share, "script", "han", letters, share)


def is_english(text: str) -> bool:
    """English by function words: a high share of English function words (higher without "the")
    and almost no accented letters. Decides most English prose without langdetect."""
    words = latin_words(text)
    if len(words) < ENGLISH_MIN_WORDS:
        return False
    lowered = [w.lower() for w in words]
    function = english_function_words()
    share = sum(1 for w in lowered if w in function) / len(words)
    if share < (ENGLISH_WORD_SHARE if "the" in lowered else ENGLISH_WORD_SHARE_WITHOUT_THE):
        return False
    latin_letters = sum(len(w) for w in words)
    return accented_letters(text) <= ENGLISH_MAX_ACCENTED * latin_letters


def chinese_variant(text: str) -> str:
    """``zh-Hant`` when Traditional-only characters outnumber Simplified-only ones, else ``zh``."""
    return "zh-Hant" if hanzi_count(text, "traditional") > hanzi_count(text, "simplified") else "zh"


def hanzi_count(text: str, system: str) -> int:
    """How many characters of ``text`` only the writing ``system`` ("traditional" or "simplified") uses."""
    return len(text) - len(text.translate(_writing_system(system)[1]))


def hanzi_positions(text: str, system: str) -> tuple[int, ...]:
    """Offsets of the characters of ``text`` only the writing ``system`` uses."""
    chars = _writing_system(system)[0]
    return tuple(i for i, c in enumerate(text) if c in chars)


def hanzi_counts(text: str) -> HanziCounts:
    return HanziCounts(hanzi_positions(text, "traditional"), hanzi_positions(text, "simplified"))


@cache
def _writing_system(system: str) -> tuple[frozenset[str], dict[int, None]]:
    """The characters only ``system`` uses, as a set and as a deleting ``str.translate`` table:
    one lookup a character, where a regex class of thousands of literals (some outside the
    Basic Multilingual Plane) tests each character against many."""
    chars = writing_system_chars()[0 if system == "traditional" else 1]
    return chars, dict.fromkeys(map(ord, chars))


def latin_words(text: str) -> list[str]:
    """The Latin-script words of ``text`` (with an apostrophe suffix: ``it's``), links left out."""
    return _WORD.findall(strip_links(text))


def accented_letters(text: str) -> int:
    """How many Latin letters of ``text`` carry an accent or are outside ASCII."""
    return len(_NON_ASCII_LATIN.findall(text))


@cache
def english_function_words() -> frozenset[str]:
    return frozenset(read_list("common/english_function_words.txt"))


# langdetect ---------------------------------------------------------------------------------------

# langdetect codes that are not BCP-47 as seedlint reports them.
_LANGDETECT_CODES = {"zh-cn": "zh", "zh-tw": "zh-Hant"}
# What a script can be: a langdetect answer outside it is noise (names read as Vietnamese, Han read
# as Korean) and is reported as undetermined, or as Chinese for Han text.
_SCRIPT_LANGUAGES = {
    "cjk": {"zh", "zh-Hant", "ja"},
    "cyrillic": {"ru", "uk", "bg", "mk"},
    "arabic": {"ar", "fa", "ur"},
    "devanagari": {"hi", "mr", "ne"},
}


_NON_ALPHABETIC = frozenset({"zh", "zh-Hant", "ja", "ko"})


def langdetect(text: str, *, script: str = "latin") -> tuple[str, float]:
    """(BCP-47 code, probability) from a seeded langdetect detector; ("und", 0.0) without features.
    Only the first ``LANGDETECT_SAMPLE`` characters (links removed) are read."""
    return _langdetect_sample(strip_links(text)[:LANGDETECT_SAMPLE], script)


# Seeded detection is a pure function of the sample: boilerplate repeated across a corpus (bylines,
# notices, footers) is detected once per process.
@lru_cache(maxsize=4096)
def _langdetect_sample(sample: str, script: str) -> tuple[str, float]:
    from langdetect.lang_detect_exception import LangDetectException

    detector = _detector_factory().create()
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return UNDETERMINED, 0.0
    language = _LANGDETECT_CODES.get(best.lang, best.lang)
    allowed = _SCRIPT_LANGUAGES.get(script)
    if allowed is not None and language not in allowed:
        return ("zh", 0.5) if script == "cjk" else (UNDETERMINED, 0.0)
    if allowed is None and language in _NON_ALPHABETIC:
        return UNDETERMINED, 0.0
    return language, float(best.prob)


class _SparseTable(Mapping[str, list[float]]):
    """langdetect's n-gram table (n-gram -> one probability per language) kept sparse.

    The stock table holds a list of 55 floats for each of its 87,598 n-grams (about 45 MB), though
    an n-gram occurs in 2 profiles on average. Here each n-gram keeps only its (language index,
    probability) pairs; the detector reads a row only for the n-grams of one bounded sample, and
    the row it gets is the stock one, float for float."""

    __slots__ = ("_rows", "_size")

    def __init__(self, rows: dict[str, tuple[float, ...]], size: int) -> None:
        self._rows = rows  # n-gram -> (index, probability, index, probability, ...)
        self._size = size

    def __getitem__(self, word: str) -> list[float]:
        row = [0.0] * self._size
        pairs = self._rows[word]
        for at in range(0, len(pairs), 2):
            row[int(pairs[at])] = pairs[at + 1]
        return row

    def __contains__(self, word: object) -> bool:
        return word in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


@cache
def _detector_factory() -> Any:
    """Profiles loaded once per process, in sorted order so language indexes never depend on the
    order the file system lists them in; detectors created from it carry the fixed seed.

    The n-gram table has the rows ``DetectorFactory.add_profile`` builds (same keys, same
    ``count / n_words`` floats, 0.0 elsewhere), filled in one pass over each profile file and
    stored sparse (see ``_SparseTable``)."""
    import json
    import os

    from langdetect import DetectorFactory
    from langdetect.detector_factory import PROFILES_DIRECTORY

    DetectorFactory.seed = 0
    factory = DetectorFactory()
    factory.set_seed(0)
    names = sorted(n for n in os.listdir(PROFILES_DIRECTORY) if not n.startswith("."))
    pairs: dict[str, list[float]] = {}
    for index, name in enumerate(names):
        with open(os.path.join(PROFILES_DIRECTORY, name), encoding="utf-8") as handle:
            data = json.load(handle)
        factory.langlist.append(data["name"])
        n_words = data["n_words"]
        for word, count in data["freq"].items():
            row = pairs.setdefault(word, [])
            if 1 <= len(word) <= 3:
                row += (index, 1.0 * count / n_words[len(word) - 1])
    factory.word_lang_prob_map = _SparseTable({word: tuple(row) for word, row in pairs.items()}, len(names))
    return factory


# Documents ----------------------------------------------------------------------------------------


_FENCE = re.compile(r"[ \t]*(```|~~~)")


def language_blocks(doc: Document) -> tuple[Block, ...]:
    """The document's blocks: within each paragraph, runs of consecutive lines dominated by the
    same script class. Lines without letters and fenced code end a block."""
    return doc.memo("language.blocks", _blocks)


def _blocks(doc: Document) -> tuple[Block, ...]:
    folded = doc.folded
    blocks: list[Block] = []
    in_fence = False
    for paragraph in doc.paragraphs:
        run: list[tuple[int, str, Profile]] = []
        for number in range(paragraph.first_line, paragraph.last_line + 1):
            start, end = doc.line_span(number)
            if _FENCE.match(folded[start:end]):
                in_fence = not in_fence
                _close(doc, run, blocks)
                continue
            prof = None if in_fence else profile(folded[start:end])
            kind = prof.kind() if prof else ""
            if run and kind != run[-1][1]:
                _close(doc, run, blocks)
            if kind and prof is not None:
                run.append((number, kind, prof))
        _close(doc, run, blocks)
    return tuple(blocks)


def _close(doc: Document, run: list[tuple[int, str, Profile]], blocks: list[Block]) -> None:
    if not run:
        return
    first, last = run[0][0], run[-1][0]
    start, end = doc.line_starts[first - 1], doc.line_span(last)[1]
    blocks.append(Block(start, end, first, last, run[0][1], merge_profiles(p for _, _, p in run)))
    run.clear()


def merge_profiles(profiles: Iterable[Profile]) -> Profile:
    counts: Counter[str] = Counter()
    words = lowercase = capitalized = 0
    for prof in profiles:
        counts.update(dict(prof.counts))
        words += prof.latin_words
        lowercase += prof.lowercase_words
        capitalized += prof.capitalized_letters
    return Profile(tuple(sorted(counts.items())), words, lowercase, capitalized)


def block_language(doc: Document, block: Block) -> Detection:
    """The detected language of one block, cached on the document."""
    return doc.memo(
        f"language.block.{block.start}", lambda d: _decide(block.profile, d.folded[block.start : block.end])
    )


def kind_letters(doc: Document) -> dict[str, int]:
    """Weighted letters of the document's blocks by the script class of each block (the names
    inside a Chinese line count for Chinese)."""

    def compute(d: Document) -> dict[str, int]:
        totals: Counter[str] = Counter()
        for block in language_blocks(d):
            totals[block.kind] += sum(block.profile.weighted().values())
        return dict(totals)

    return doc.memo("language.kinds", compute)


def document_language(doc: Document) -> Detection:
    """The document's main language: the script class with most weighted letters, then the
    language inside it, decided on a sample of that class's blocks. ``script`` is the class."""
    return doc.memo("language.document", _document_language)


def _document_language(doc: Document) -> Detection:
    totals = kind_letters(doc)
    total = sum(totals.values())
    if not total:
        return Detection(UNDETERMINED, 0.0, "none", "", 0, 0.0)
    kind = max(sorted(totals), key=lambda k: totals[k])
    share = totals[kind] / total
    sample_parts: list[str] = []
    size = 0
    own = [b for b in language_blocks(doc) if b.kind == kind]
    # Headlines, menus and bylines say little about the language; paragraphs say it best.
    paragraphs = [b for b in own if b.profile.letters >= SAMPLE_BLOCK_LETTERS] or own
    merged = merge_profiles(b.profile for b in own)
    for block in paragraphs:
        part = doc.folded[block.start : block.end][: LANGDETECT_SAMPLE - size]
        sample_parts.append(part)
        size += len(part)
        if size >= LANGDETECT_SAMPLE:
            break
    letters = merged.letters
    if letters < DOCUMENT_MIN_LETTERS:
        return Detection(UNDETERMINED, 0.0, "none", kind, letters, share)
    sample = "\n".join(sample_parts)
    # The Chinese variant of the whole document, not of its first paragraphs.
    decided = _decide(merged, sample, lambda: chinese_variant(doc.text))
    language = decided.language
    method_confidence = decided.confidence / decided.share if decided.share else 0.0
    return Detection(language, round(share * method_confidence, 4), decided.method, kind, letters, share)


def document_hanzi(doc: Document) -> HanziCounts:
    return doc.memo("language.hanzi", lambda d: hanzi_counts(d.text))


def matches_declared(declared: str, detected: str) -> bool:
    """Whether a detected code satisfies a declared BCP-47 tag: ``zh`` accepts ``zh`` and
    ``zh-Hant``; ``zh-Hans``/``zh-CN`` accept only Simplified, ``zh-Hant``/``zh-TW`` only
    Traditional; a region on other languages (``en-US``) is ignored."""
    want = _normalize_tag(declared)
    have = _normalize_tag(detected if detected != "zh" else "zh-Hans")
    return have[: len(want)] == want


_REGION_SCRIPT = {"cn": "hans", "sg": "hans", "my": "hans", "tw": "hant", "hk": "hant", "mo": "hant"}


def _normalize_tag(tag: str) -> tuple[str, ...]:
    parts = tag.strip().replace("_", "-").lower().split("-")
    language = parts[0]
    rest = parts[1:]
    if language == "zh":
        script = next((p for p in rest if p in ("hans", "hant")), None)
        script = script or next((_REGION_SCRIPT[p] for p in rest if p in _REGION_SCRIPT), None)
        return (language, script) if script else (language,)
    return (language,)
