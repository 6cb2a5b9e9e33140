"""The chrome score of a line: a two-stage logistic model over its shape and its neighbours.

Stage one reads a line's own features: its shape from the text layer
(``seedlint.text.line_features``) and what the family's word lists hit on it (how much of the line
chrome phrases cover, spam words, call-to-action words). Stage two adds what stage one said of the
nearest non-blank lines above and below, because chrome comes in runs: a weak line beside a
confident one is chrome, a prose line between two menus is not.

The weights live in ``seedlint/data/spam/chrome_model.toml``, written by ``tools/fit_chrome.py``
from labelled documents; the fit shifts the bias so that the operating point it chose (the lowest
cut-off that keeps precision on held-out documents at its target) is a score of 50 of 100.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from operator import mul
from typing import TYPE_CHECKING, Any, cast

from seedlint.checks.spam._common import LineScan, neighbour
from seedlint.data import read_toml
from seedlint.document import Document
from seedlint.text.dates import find_dates
from seedlint.text.line_features import FEATURES, line_features
from seedlint.text.outlets import ends_as_outlet, is_known_outlet
from seedlint.text.scan import lower_view, whole_word
from seedlint.text.view import text_view

if TYPE_CHECKING:
    from seedlint.checks.spam import SpamVocabulary

# What the family's word lists contribute to a line's features, after the text layer's.
VOCABULARY_FEATURES = (
    "chrome-cover",  # share of the line covered by chrome phrases and labels
    "weak-cover",  # share covered by one-word menu items and share targets
    "spam-words",  # spam lexicon words (log-scaled count)
    "call-to-action",  # call-to-action words (注册 登录 下载 ...)
)
# Where a line sits changes what its shape means (a list item after the article is a teaser, inside
# it a point of the text): products of shape and zone, which a linear model cannot form itself.
ZONE_FEATURES = (
    "list-item-in-tail",
    "list-item-in-body",
    "no-sentence-in-head",
    "no-sentence-in-tail",
    "no-sentence-in-body",
    "menu-shape-at-edge",
    "very-short-in-body",
)
STAGE_ONE = FEATURES + VOCABULARY_FEATURES + ZONE_FEATURES
_F = {name: i for i, name in enumerate(FEATURES)}
NEIGHBOUR_FEATURES = ("neighbour-max", "neighbour-mean")
STAGE_TWO = STAGE_ONE + NEIGHBOUR_FEATURES

# Plain-words names of the features, for a finding's message.
DESCRIPTIONS = {
    "very-short": "very short",
    "separators": "separator characters",
    "items": "several items",
    "short-items": "short items",
    "menu-shape": "a row of short items",
    "link": "a link",
    "contact": "contact details",
    "debris": "template or markup debris",
    "repeated": "repeated in the document",
    "self-repeat": "an item repeated",
    "head": "before the article",
    "tail": "after the article",
    "prose-distance": "away from the prose",
    "bracketed": "bracketed widget",
    "arrows": "breadcrumb arrows",
    "label": "a label and a colon",
    "chrome-cover": "chrome phrases",
    "weak-cover": "menu words",
    "spam-words": "spam words",
    "call-to-action": "call-to-action words",
    "neighbour-max": "beside chrome",
    "neighbour-mean": "between chrome lines",
    "latin": "Latin letters",
    "digits": "digits",
    "date": "a date",
}


@dataclass(frozen=True)
class Stage:
    bias: float
    weights: tuple[float, ...]

    def logit(self, x: tuple[float, ...]) -> float:
        return self.bias + cast(float, sum(map(mul, self.weights, x)))


@dataclass(frozen=True)
class Model:
    one: Stage
    two: Stage

    @classmethod
    def from_table(cls, table: dict[str, Any]) -> Model:
        def stage(key: str, names: tuple[str, ...]) -> Stage:
            part = table[key]
            weights = part["weights"]
            missing = [n for n in names if n not in weights]
            if missing:
                raise ValueError(f"chrome model [{key}] lacks weights for {', '.join(missing)}")
            return Stage(float(part["bias"]), tuple(float(weights[n]) for n in names))

        return cls(stage("stage-one", STAGE_ONE), stage("stage-two", STAGE_TWO))


@cache
def model() -> Model:
    return Model.from_table(read_toml("spam/chrome_model.toml"))


@dataclass(frozen=True)
class Score:
    """A line's chrome score (0-100) and the stage-two features it was computed from."""

    value: int
    features: tuple[float, ...]

    def reasons(self) -> tuple[str, ...]:
        """The features that raised the score most, strongest first (asked only of reported lines)."""
        contributions = sorted(
            (
                (w * v, name)
                for name, w, v in zip(STAGE_TWO, model().two.weights, self.features, strict=True)
                if w * v > 0.3
            ),
            reverse=True,
        )
        return tuple(DESCRIPTIONS[name] for _, name in contributions if name in DESCRIPTIONS)[:3]


# A line that ends as a sentence ends (。 . and a closing quote after them; not ! or ?, which end
# headlines and teasers as often as sentences). A closing quote alone ends a sentence only when it
# closes what someone said (他表示:“将继续推进改革”); after a quoted phrase (出口降幅“逾13年来最惨”) it
# ends a headline as often.
_SENTENCE_CLOSE = ("。", ".", "。”", ".”", '."', "。」")
_QUOTE_CLOSE = ("」", "”")
_SPEECH_OPEN = re.compile(r"[:：][ \t]?[“「]")
_S1 = {name: i for i, name in enumerate(STAGE_ONE)}
# Spam words and contact details inside a sentence are SL101's and SL103's to judge, not a line shape.
_NOT_PROSE = tuple(_S1[n] for n in ("link", "debris", "menu-shape", "list-item"))


def ends_sentence(text: str) -> bool:
    """Whether stripped ``text`` ends as a sentence does (:data:`_SENTENCE_CLOSE`, or a quote that
    closes what someone said)."""
    return text.endswith(_SENTENCE_CLOSE) or (text.endswith(_QUOTE_CLOSE) and _SPEECH_OPEN.search(text) is not None)


def reads_as_sentence(line: str, x: tuple[float, ...]) -> bool:
    """A complete sentence: ten characters or more, closed by a full stop, with function words, a
    clause break or ten Han characters, not a list item, no link or markup, and chrome words covering
    less than half of it (`Print is not dead.`). Short paragraphs after an article's last long one
    are still the article; the model alone never reports them."""
    text = line.strip()
    return (
        len(text) >= 10
        and ends_sentence(text)
        and (x[_S1["function-words"]] > 0 or "," in text or x[_S1["han"]] * len(text) >= 10)
        and x[_S1["chrome-cover"]] + x[_S1["weak-cover"]] < 0.5
        and not any(x[i] for i in _NOT_PROSE)
    )


# A wrapped line long enough to be running prose cut at a fixed width (wire copy, e-mail, plain-text
# archives wrap at 60 to 80 characters).
_WRAPPED_LINE = 40
_OPEN_ENDS = tuple("。.!?！？…\"'”’)）」』")


def wrapped_sentence_ends(lines: list[str]) -> set[int]:
    """Lines that end a sentence begun on the line just above: the line above is long and does not
    end a sentence, this one does (`by Republican leaders in the House including Speaker John` then
    `Boehner.`). Hard-wrapped prose, however short its last piece, is the article."""
    out = set()
    for i in range(1, len(lines)):
        above, text = lines[i - 1].strip(), lines[i].strip()
        if len(above) >= _WRAPPED_LINE and not above.endswith(_OPEN_ENDS) and ends_sentence(text):
            out.add(i)
    return out


_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?"
# The labels of a publication date (Published:, Last updated on, 发布时间:).
_DATE_LABEL = (
    r"(?:(?:First |Last )?(?:[Pp]ublished|[Uu]pdated|[Pp]osted)(?:\s(?:on|at))?"
    r"|(?:更新|发布|發布|发表)(?:时间|時間|日期)?)"
)
# What a date line holds besides its date (found by the text layer's grammar) and a credit: the
# time, the day, a label, punctuation.
_DATE_LINE_REST = re.compile(
    rf"{_WEEKDAY}|\d{{1,2}}:\d\d(?::\d\d)?|\b(?:AM|PM|am|pm|GMT|UTC|ET|EST|EDT|BST|CST)\b"
    rf"|{_DATE_LABEL}|[\s,.:：/()（）|·\-]"
)
# What may stand beside the date on the article's date line: one short credit (CGTN, Xinhua,
# 新华网, By Jane Doe is a byline, not this).
_DATE_CREDIT_MAX = 3


# A line that says when the article was published or updated, wherever it stands (SCMP prints them
# after the text): `Published: 9:15pm, 19 Jun, 2019`, `更新时间:2024-05-01 10:20`.
_PUBLISHED = re.compile(rf"\s*{_DATE_LABEL}\s?[:：]")


def date_lines(lines: list[str], first_prose: int) -> set[int]:
    """Lines that hold the article's date with a year and at most one short credit: those just above
    its first prose line (`Updated: October 20, 2022 09:33 CGTN`, `Xinhua) 15:53, September 01, 2023`)
    and those labelled as its publication date anywhere: a source statement, not page chrome."""
    out: set[int] = set()
    above = [i for i in range(max(0, first_prose - 6), first_prose) if lines[i].strip()][-3:]
    labelled = [i for i, line in enumerate(lines) if (":" in line or "：" in line) and _PUBLISHED.match(line)]
    for i in dict.fromkeys([*above, *labelled]):
        text = lines[i].strip()
        dates = find_dates(text) if len(text) <= 60 else []
        if not any(d.year is not None for d in dates):
            continue
        for d in reversed(dates):
            text = text[: d.start] + " " + text[d.end :]
        rest = _DATE_LINE_REST.sub(" ", text).split()
        if (
            len(rest) <= 1
            and sum(len(w) for w in rest) <= 12
            or len(rest) <= _DATE_CREDIT_MAX
            and all(w[:1].isupper() for w in rest)
        ):
            out.add(i)
    return out


# A time of day alone on a line (8 a.m., 10:30 p.m., 下午3时): the heading of an update in a live
# report, not a widget. (A player's clock, 0:00 / 3:45, is a phrase rule's.)
_CLOCK = re.compile(
    r"[ \t]*(?:\d{1,2}(?::\d{2})?[ \t]?(?:a\.m\.|p\.m\.|am|pm|AM|PM)|\d{1,2}:\d{2}"
    r"|(?:上午|下午|晚上|凌晨|中午|早上)?\d{1,2}[时点:]\d{0,2}分?)[ \t]*(?:\(?[A-Z]{2,4}\)?)?[ \t]*"
)


def clock_lines(lines: list[str]) -> set[int]:
    """Lines that hold a time of day and nothing else (a time zone at most)."""
    return {i for i, line in enumerate(lines) if line.strip() and _CLOCK.fullmatch(line)}


# Longest credit line (an outlet's or an author's name alone) that ``credit_lines`` considers.
_CREDIT_MAX = 20


def credit_lines(lines: list[str], scores: dict[int, Score], headings: re.Pattern[str]) -> set[int]:
    """Short lines (a bullet aside) that repeat the name opening a dated or byline line of the same
    document (`每日经济新闻` under `每日经济新闻2024-08-15 11:01`) or the name a line opens with in
    brackets (`- 有线新闻` beside `【有线新闻】天文台表示`): the outlet or author credited again, a source
    statement and not page chrome; so is an English outlet's name alone on a line (The Epoch Times),
    unless it is the heading of a widget (``headings``: Related Post, Latest News)."""
    dated = [
        lines[i].strip() for i, score in scores.items() if score.features[_S1["date"]] or score.features[_S1["byline"]]
    ]
    # A name the document credits in brackets (【有线新闻】天文台表示…) is the outlet's too.
    bracketed = {m.group(1) for i in scores for m in _BRACKET_CREDIT.finditer(lines[i])}
    # A widget's heading (Related Articles) and the lines of its cards under it: an outlet's name
    # there is the source label of another article's card.
    filled = sorted(scores)
    heading_at = {
        k for k, i in enumerate(filled) if len(lines[i].strip()) <= _CREDIT_MAX + 4 and headings.search(lines[i])
    }
    out = set()
    for k, i in enumerate(filled):
        text = lines[i].strip().lstrip("-•·* ").strip()
        if 2 <= len(text) <= _CREDIT_MAX and (
            text in bracketed
            or any(d != text and d.startswith(text) for d in dated)
            or (_outlet_name(text) and not headings.search(text) and not any(k - j in heading_at for j in _CARD))
        ):
            out.add(i)
    return out


# The lines of a related-article card under its widget's heading: a source label, a time, a headline.
_CARD = range(1, 4)


_NAME_WORDS = re.compile(r"(?:The )?[A-Z][A-Za-z.&'’-]*(?: [A-Z][A-Za-z.&'’-]*){0,4}")


def _outlet_name(text: str) -> bool:
    """An English outlet's name alone (The Epoch Times, Kyodo News), or a known outlet's in any case
    (REUTER, the sign-off of wire copy): the page's credit."""
    if is_known_outlet(text):
        return True
    return _NAME_WORDS.fullmatch(text) is not None and ends_as_outlet(text.removeprefix("The ").split())


_BRACKET_CREDIT = re.compile(r"^\s*【([^】\n]{2,20})】")


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


def vocabulary_features(
    doc: Document, vocab: SpamVocabulary, scans: dict[int, LineScan]
) -> dict[int, tuple[float, ...]]:
    """The family's features of every line with a chrome or spam word, by 0-based line index."""
    view = text_view(doc)
    low = lower_view(doc)
    cover: dict[int, list[int]] = {}
    for hit in vocab.chrome.hits(doc):
        index = view.line_index(hit.start)
        kind = vocab.chrome_kind.get(hit.term, "weak")
        slot = cover.setdefault(index, [0, 0, -1])  # strong chars, weak chars, end of the last hit
        if hit.start < slot[2] or not whole_word(low, hit.start, hit.end):
            continue
        slot[0 if kind != "weak" else 1] += hit.end - hit.start
        slot[2] = hit.end
    out: dict[int, tuple[float, ...]] = {}
    for index in set(cover) | set(scans):
        size = max(1, len(view.lines[index].strip()))
        strong, weak, _ = cover.get(index, (0, 0, 0))
        scan = scans.get(index)
        spam = len(scan.categories.get("strong", ())) if scan else 0
        cta = len(scan.categories.get("cta", ())) if scan else 0
        out[index] = (
            min(1.0, strong / size),
            min(1.0, weak / size),
            min(1.0, math.log1p(spam) / math.log1p(4)),
            min(1.0, cta / 3),
        )
    return out


def stage_one_vectors(doc: Document, vocab: SpamVocabulary, scans: dict[int, LineScan]) -> dict[int, tuple[float, ...]]:
    """Every non-blank line's stage-one features (``STAGE_ONE`` order)."""
    shapes = line_features(doc)
    extra = vocabulary_features(doc, vocab, scans)
    none = (0.0,) * len(VOCABULARY_FEATURES)
    return {i: shape + extra.get(i, none) + zone_features(shape) for i, shape in shapes.items()}


def zone_features(x: tuple[float, ...]) -> tuple[float, ...]:
    head, tail = x[_F["head"]], x[_F["tail"]]
    body = (1 - head) * (1 - tail)
    loose = 1 - x[_F["sentence"]]
    return (
        tail * x[_F["list-item"]],
        body * x[_F["list-item"]],
        head * loose,
        tail * loose,
        body * loose,
        (1 - body) * x[_F["menu-shape"]],
        body * x[_F["very-short"]],
    )


def with_neighbours(lines: list[str], first: dict[int, float], index: int, x: tuple[float, ...]) -> tuple[float, ...]:
    near = [first[i] for i in (neighbour(lines, index, -1), neighbour(lines, index, 1)) if i in first]
    return x + ((max(near), sum(near) / 2) if near else (0.0, 0.0))


def chrome_scores(doc: Document, vocab: SpamVocabulary, scans: dict[int, LineScan]) -> dict[int, Score]:
    """Every non-blank line's score, by 0-based line index; none for a document without a line of
    running prose, where a line's place relative to the article means nothing."""
    m = model()
    lines = text_view(doc).lines
    vectors = stage_one_vectors(doc, vocab, scans)
    if not any(x[_F["prose"]] for x in vectors.values()):
        return {}
    first = {i: sigmoid(m.one.logit(x)) for i, x in vectors.items()}
    scores = {}
    for index, x in vectors.items():
        full = with_neighbours(lines, first, index, x)
        p = sigmoid(m.two.logit(full))
        scores[index] = Score(round(100 * p), full)
    return scores
