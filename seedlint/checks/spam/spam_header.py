"""SL101 spam-header: lines that search-engine spam or advertising injected into a page."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from seedlint.checks.spam._common import MAX_SPAM_LINE, LineScan, line_finding, quote, span_finding, string_matches
from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.chars import HAN
from seedlint.text.line_features import function_chars
from seedlint.text.patterns import trie_pattern
from seedlint.text.segment import in_dictionary
from seedlint.text.sentences import STOPS
from seedlint.text.view import TextView
from seedlint.text.zones import has_sentence, is_clause_chain

if TYPE_CHECKING:
    from seedlint.checks.spam import SpamVocabulary

RULE = Rule(
    code="SL101",
    name="spam-header",
    severity=Severity.ERROR,
    summary="Injected SEO or advertising line",
    explanation=explain(
        "Reports lines that search-engine spam injected into a page: one brand repeated with "
        "call-to-action suffixes (`大摩娱乐注册 大摩娱乐登录`), gambling, porn or counterfeit keyword "
        "stuffing, and casino or `buy cheap` lines in English. A line is scored on several signals — "
        "a repeated brand, call-to-action words, lexicon hits, contact numbers, missing sentence "
        "punctuation and a place in the head or tail of the document — and one word never suffices, "
        "so entertainment news (`娱乐圈`) or a report on gambling regulation is not flagged. Once a "
        "brand is established, other short lines carrying it (a brand written into the source line) "
        "are reported too. A made-up gambling brand (a name the segmenter's dictionary does not know "
        "before 体育, 娱乐, 彩票: `赛博体育`) that opens two lines or byline fields or more is reported "
        "where it stands: the whole line when little else is on it, otherwise the brand alone, which is "
        "all its fix removes from a headline or paragraph. On a spun page that scatters gambling words "
        "through the article as clauses of their own (`…否認了這一傳聞,九州娛樂城,並表示…`), three such "
        "clauses or more are reported, each cut out with the comma before it. Lexicons: "
        "`seedlint/data/spam/lexicon.toml` and `brands.txt`.",
        "Injected lines are not part of the article. In a training corpus they teach a model spam; in "
        "a retrieval index they make the page match queries about gambling or porn.",
        "`大摩娱乐注册 大摩娱乐登录 大摩娱乐招商QQ` above the headline of a news article.",
        "`seedlint check --fix` deletes the line and the blank lines it leaves (safe). Extend the "
        "vocabulary with `[tool.seedlint.spam] extend-brands`, `extend-lexicon` or `extend-lexicon-file`.",
    ),
    fail_examples=(
        "大摩娱乐注册 大摩娱乐登录 大摩娱乐招商QQ\n\n科技巨头纷纷向人工智能初创公司投资。\n",
        "宝利彩票|宝利彩票\n宝利彩票2023-02-06\n\n中新社70年,有这样一群中青年。\n",
        "国产精品一区二区三区,影音先锋中文字幕在线观看,无码视频\n\n正文第一段。\n",
        "Best online casino bonus | free spins | sports betting | play now\n\nThe article starts here.\n",
    ),
    pass_examples=(
        "娱乐圈最新消息:两位演员官宣恋情\n\n娱乐新闻报道称,两人将于明年完婚。\n",
        "澳门博彩业收入同比增长12%\n\n澳门博彩监察协调局公布,上月博彩毛收入同比增长12%。\n",
        "诈骗分子冒充客服,通过QQ号12345678联系受害人,骗取钱财2万元。\n",
        "Police seized 5,000 fake watches in a raid on Canal Street.\n",
    ),
    fixable=True,
)

_SEGMENT = re.compile(r"[^\s|,_/\-–—·•、:;《》【】\[\]()<>«»●◆★]+")
_BRAND_SHAPE = re.compile(rf"[{HAN}]{{2,5}}\d{{2,4}}|\d{{2,4}}[{HAN}]{{2,5}}")
# A line that carries an established brand is reported only when it is this short.
_MAX_BRAND_LINE = 60


@dataclass
class Signals:
    score: int = 0
    reasons: list[str] = field(default_factory=list)
    brand: str = ""
    # The injected text when it is part of the line only (a brand glued to a headline): its
    # offsets in the line, and the fix removes it alone.
    span: tuple[int, int] | None = None


# An injected brand opens this many lines or byline fields of a page before it counts.
_BRAND_PLACES = 2


def injected_brands(view: TextView, vocab: SpamVocabulary) -> dict[int, Signals]:
    """Lines that a made-up gambling brand opens (`赛博体育午间阅读`, `赛博体育编木拱桥技术…`,
    `作者: 赛博体育`) when it opens two lines or fields or more: a hijacked page writes the brand
    into its headline, paragraphs and bylines. The name before the kind of site (体育, 娱乐) must be
    no word of the segmenter's dictionary (中国体育, 腾讯体育 are real names). A line that holds
    nothing else but call-to-action words and one- or two-character items (`赛博体育官方网站 分类`)
    is reported whole, any other only for the brand."""
    places: dict[str, list[tuple[int, int, int]]] = {}
    for m in vocab.line_brand.finditer(view.text):
        index = view.line_index(m.start())
        at = view.line_starts[index]
        places.setdefault(m.group("brand"), []).append((index, m.start("spot") - at, m.end("spot") - at))
    out: dict[int, Signals] = {}
    for brand, spots in places.items():
        # The dictionary loads only here, once a brand-shaped name opens two places.
        if len({i for i, _, _ in spots}) < _BRAND_PLACES or in_dictionary(brand[:-2]):
            continue
        reason = f"the made-up brand `{brand}` opens {len(spots)} lines or fields"
        for index, a, b in spots:
            line = view.lines[index]
            rest = (line[:a] + line[b:]).split()
            if all(len(piece) <= 2 or "cta" in vocab.categories.get(piece.lower(), ()) for piece in rest):
                out[index] = Signals(vocab.min_score, [reason], brand)
            else:
                out.setdefault(index, Signals(vocab.min_score, [reason], brand, (a, b)))
    return out


def spam_lines(
    view: TextView, scans: dict[int, LineScan], edges: frozenset[int], vocab: SpamVocabulary
) -> dict[int, Signals]:
    """The injected lines of a document by 0-based index, with the signals that flag them."""
    flagged: dict[int, Signals] = {}
    # Lines without any hit can still repeat a bare brand (彩神88-彩神88): score those near the edges.
    for index in sorted(set(scans) | set(edges)):
        line = view.lines[index]
        if not line.strip() or len(line) > MAX_SPAM_LINE:
            continue
        signals = _score(line, scans.get(index) or LineScan({}, [], False), index in edges, vocab)
        if signals is not None:
            flagged[index] = signals
    brands = {s.brand for s in flagged.values() if s.brand}
    if brands:
        # The brands are the document's own: a pattern of them, tried on short lines only.
        pattern = re.compile(trie_pattern(sorted(brands)), re.I)
        for index, line in enumerate(view.lines):
            if index in flagged or len(line.strip()) > _MAX_BRAND_LINE or has_sentence(line):
                continue
            m = pattern.search(line)
            if m:
                flagged[index] = Signals(vocab.min_score, [f"carries the spam brand `{m.group()}`"], "")
    for index, signals in injected_brands(view, vocab).items():
        flagged.setdefault(index, signals)
    return flagged


# Spun pages of hijacked mirrors scatter gambling words through the article as clauses of their
# own (…否認了這一傳聞,九州娛樂城,…, …攤上事兒了”,百家樂。): a clause that is a spam word, with
# at most a short name before it, between two clause marks. An enumeration (百家乐、老虎机) is
# joined by 、, never by these; and a document needs several such clauses before one counts.
_CLAUSE_MARKS = STOPS + ","  # the view is width-folded: ， is ,
_NAME_BEFORE = 3
_INJECTED_CLAUSES = 3


def injected_clauses(
    view: TextView, scans: dict[int, LineScan], flagged: dict[int, Signals], vocab: SpamVocabulary
) -> list[tuple[int, int, int, str]]:
    """(line index, start, end, clause) of the spam words injected as clauses: each span runs from
    the clause mark before the word to the word's end, so removing it leaves the sentence whole."""
    found = []
    for index in sorted(scans):
        if index in flagged:
            continue
        line = view.lines[index]
        for s, e, term in scans[index].hits:
            if "strong" not in vocab.categories.get(term, ()) or e == len(line) or line[e] not in _CLAUSE_MARKS:
                continue
            # The clause mark before the word, within the room a short name leaves.
            mark = max(line.rfind(c, max(0, s - _NAME_BEFORE - 1), s) for c in _CLAUSE_MARKS)
            if mark < 0 or not _HAN_RUN.fullmatch(line, mark + 1, s):
                continue
            found.append((index, mark, e, line[mark + 1 : e]))
    return found if len(found) >= _INJECTED_CLAUSES else []


def clause_findings(doc: Document, view: TextView, clauses: list[tuple[int, int, int, str]]) -> Iterator[Finding]:
    for index, a, b, clause in clauses:
        message = f"Spam word injected as a clause of its own (`{clause}`, one of {len(clauses)} in the document)"
        yield span_finding(doc, view, RULE, index, a, b, message)


def findings(doc: Document, view: TextView, flagged: dict[int, Signals]) -> Iterator[Finding]:
    for index in sorted(flagged):
        signals = flagged[index]
        why = "; ".join(signals.reasons) or "spam line"
        if signals.span is None:
            yield line_finding(doc, view, RULE, index, f"Injected spam line ({why}, score {signals.score})")
            continue
        a, b = signals.span
        yield span_finding(doc, view, RULE, index, a, b, f"Injected spam text at the start of the line ({why})")


def _score(line: str, scan: LineScan, at_edge: bool, vocab: SpamVocabulary) -> Signals | None:
    # A sentence is never an injected line, nor a chain of clauses whose full stop was cut off: most
    # candidates stop here, before any counting.
    if has_sentence(line) or is_clause_chain(line):
        return None
    cats = scan.categories
    strong, weak, cta = cats.get("strong", set()), cats.get("weak", set()), cats.get("cta", set())
    segments = [(m.start(), m.end()) for m in islice(_SEGMENT.finditer(line), 80)]
    repeat, brand = _repetition(line, segments, scan, vocab)
    shaped = bool(brand) and _BRAND_SHAPE.fullmatch(brand) is not None
    strong_starts = [s for s, _, t in scan.hits if t in strong]
    stuffed_segments = sum(1 for a, b in segments if any(a <= s < b for s in strong_starts))
    stuffing = len(segments) >= 3 and stuffed_segments >= 2
    # A keyword list of a porn or pirate-video site: many items that reuse each other's words
    # (久久亚洲精品国产一区, 久久久久国产成人免费精品免费), one of them at least a lexicon word.
    reused = bool(strong | weak) and _reused_words(line, segments)
    structure = (
        repeat >= 2 or len(cta) >= 2 or (scan.contact and bool(strong | weak)) or stuffing or reused or len(strong) >= 3
    )
    if not structure:
        return None
    # A lexicon word repeated is a topic, not a brand: only names built around it propagate.
    named = repeat >= 2 and brand.lower() not in vocab.categories and (shaped or _branded(brand, vocab))
    signals = Signals(brand=brand if named else "")
    points = [
        (2 * len(strong), f"spam words {quote(strong)}"),
        (len(weak), f"topic words {quote(weak)}"),
        (min(len(cta), 3), f"call-to-action words {quote(cta)}"),
        (2 if repeat >= 2 else 0, f"`{brand}` repeated {repeat} times"),
        (1 if shaped else 0, "brand-like name with digits"),
        (3 if reused else 0, "keyword items that reuse each other's words"),
        (1 if scan.contact else 0, "a contact number"),
        (1, "no sentence punctuation"),
        (1 if at_edge else 0, "at the edge of the document"),
    ]
    signals.score = sum(p for p, _ in points)
    signals.reasons = [why for p, why in points if p and not why.startswith(("no sentence", "at the edge"))]
    return signals if signals.score >= vocab.min_score else None


# A keyword list: this many items or more, and this many of their two-character words each in two
# items or more. A menu's items are different words; an enumeration in prose has function words.
_KEYWORD_ITEMS = 5
_REUSED_WORDS = 3


def _reused_words(line: str, segments: Sequence[tuple[int, int]]) -> bool:
    items = [line[a:b] for a, b in segments if b - a >= 3]
    if len(items) < _KEYWORD_ITEMS or function_chars().search(line):
        return False
    holders: Counter[str] = Counter()
    for item in items:
        holders.update({item[k : k + 2] for k in range(len(item) - 1) if _HAN_PAIR.fullmatch(item[k : k + 2])})
    return sum(1 for n in holders.values() if n >= 2) >= _REUSED_WORDS


_HAN_PAIR = re.compile(f"[{HAN}]{{2}}")
_HAN_RUN = re.compile(f"[{HAN}]*")


def _branded(brand: str, vocab: SpamVocabulary) -> bool:
    """Whether the name contains a spam or topic word (大摩娱乐 contains 娱乐)."""
    return any(
        vocab.categories.get(term, frozenset()) & {"strong", "weak"}
        for term in string_matches(brand, vocab.categories, vocab.lexicon_lengths)
    )


def _repetition(
    line: str, segments: Sequence[tuple[int, int]], scan: LineScan, vocab: SpamVocabulary
) -> tuple[int, str]:
    """How often the most repeated brand occurs: a whole segment repeated (X|X), the text before
    a call-to-action word repeated (X注册 X登录), or one spam term repeated."""
    categories = vocab.categories
    cta_starts = [s for s, _, t in scan.hits if "cta" in categories.get(t, ())]
    names: Counter[str] = Counter()
    for a, b in segments:
        text = line[a:b]
        cut = min((s for s in cta_starts if a < s < b), default=None)
        if cut is not None and cut - a >= 2:
            names[line[a:cut]] += 1
        elif len(text) >= 2 and not text.isdigit():
            names[text] += 1
    terms = Counter(t for _, _, t in scan.hits if "strong" in categories.get(t, ()))
    best = max(
        ((n, len(name), name) for name, n in (names + terms).items() if n >= 2),
        default=(1, 0, ""),
    )
    return best[0], best[2]
