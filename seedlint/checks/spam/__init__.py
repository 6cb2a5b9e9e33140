"""SL1xx spam: lines injected for search engines or advertising, and page chrome a scraper copied.

Both this family and the boilerplate family match on one shared view of a document: width-folded,
traditional characters folded to simplified ones, and two scraping artifacts removed (pinyin
annotations such as ``權(quán)`` and Markdown emphasis runs). Offsets found in that view map back
to ``doc.text`` exactly.

The word lists (lexicon, brands, chrome phrases) are phrase sets of the one scan
(``seedlint.text.scan``); the regular expressions of the data files only run on the lines that a
phrase hit says they can match.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from seedlint.checks.spam import corpus_repeated_line, injected_pinyin, page_chrome, spam_contact, spam_header
from seedlint.checks.spam._common import scan_lines
from seedlint.checks.spam._model import chrome_scores
from seedlint.config import ConfigError
from seedlint.data import read_list, read_toml, user_terms
from seedlint.document import Document
from seedlint.model import Finding
from seedlint.text.chars import HAN
from seedlint.text.scan import PhraseSet
from seedlint.text.view import text_view
from seedlint.text.zones import zones

OPTIONS: dict[str, Any] = {
    "extend-brands": [],
    "extend-lexicon": [],
    "extend-lexicon-file": "",
    "extend-chrome": [],
    "extend-chrome-file": "",
    "min-score": 5,
    "chrome-min-score": 50,
    # SL104: how many documents of a run must share a line for it to be reported, and, for records
    # that name their site, what share of that site's documents.
    "repeated-min-documents": 5,
    "repeated-min-site-share": 0.01,
}

_LEXICON_CATEGORIES = ("strong", "weak", "cta", "ad", "promo", "reporting")


@dataclass(frozen=True)
class SpamVocabulary:
    """The family's word lists and patterns, built once per configuration."""

    min_score: int
    # SL102's cut-off on the chrome model's score (0-100; 50 is the fitted operating point).
    chrome_min_score: int
    # Lexicon term (lowercased) -> its categories; brands and user terms are "strong".
    categories: dict[str, frozenset[str]]
    lexicon: PhraseSet
    # The distinct lengths of the lexicon terms, longest first.
    lexicon_lengths: tuple[int, ...]
    contact: re.Pattern[str]
    # A made-up gambling brand's shape at the start of a line or in a byline field (赛博体育…).
    line_brand: re.Pattern[str]
    # Every contact pattern but the mobile number contains one of these.
    contact_cues: PhraseSet
    # Chrome phrase (lowercased) -> "strong", "weak" or "label".
    chrome_kind: dict[str, str]
    chrome: PhraseSet
    chrome_strong: re.Pattern[str]
    chrome_weak: re.Pattern[str]
    # The text of a server's error page (404 Not Found, 您访问的页面不存在); also in chrome_strong.
    error_page: re.Pattern[str]
    # Screen-reader annotations of links (opens new tab): chrome inside any line.
    inline: re.Pattern[str]
    # Every match of chrome_strong or chrome_weak contains one of these.
    chrome_anchors: PhraseSet
    script: re.Pattern[str]
    # The heading of a list of other articles' headlines (更多阅读, 相关推荐, Related stories).
    list_heading: re.Pattern[str]
    # A whole line built as such a heading is (你可能还想看:, 更多 今日话题): chrome by itself.
    heading_line: re.Pattern[str]
    # What says a document is a press release (For Immediate Release), and the label of its
    # contact block (Media Contact:): the release's own lines, never chrome.
    release_marker: re.Pattern[str]
    release_contact: re.Pattern[str]

    @classmethod
    def build(cls, options: dict[str, Any]) -> SpamVocabulary:
        lexicon = read_toml("spam/lexicon.toml")
        categories: dict[str, set[str]] = {}
        for category in _LEXICON_CATEGORIES:
            for term in lexicon.get(category, ()):
                categories.setdefault(term.lower(), set()).add(category)
        brands = read_list("spam/brands.txt") + tuple(options.get("extend-brands", ()))
        for term in brands + user_terms(options, "extend-lexicon", "extend-lexicon-file"):
            categories.setdefault(term.lower(), set()).add("strong")
        contact = re.compile("|".join(f"(?:{p})" for p in lexicon["contact-patterns"]), re.I)
        kinds = "|".join(map(re.escape, lexicon.get("brand-kinds", ()))) or "(?!)"
        line_brand = re.compile(
            rf"^[ \t\u3000【\[]*(?:(?:作者|来源|编辑)\s?[:：]\s?)?"
            rf"(?P<spot>(?P<brand>[{HAN}]{{2,3}}?(?:{kinds}))(?:[Aa][Pp][Pp]|官方网站|官网|平台)?)",
            re.M,
        )

        chrome = read_toml("spam/chrome.toml")
        chrome_kind: dict[str, str] = {}
        for kind, key in (("weak", "weak"), ("strong", "phrases"), ("label", "labels")):
            for term in chrome.get(key, ()):
                chrome_kind[term.lower()] = kind
        for term in user_terms(options, "extend-chrome", "extend-chrome-file"):
            chrome_kind[term.lower()] = "strong"
        return cls(
            min_score=int(options.get("min-score", 5)),
            chrome_min_score=int(options.get("chrome-min-score", 50)),
            categories={term: frozenset(cats) for term, cats in categories.items()},
            lexicon=PhraseSet("spam.lexicon", categories),
            lexicon_lengths=tuple(sorted({len(t) for t in categories if t}, reverse=True)),
            contact=contact,
            line_brand=line_brand,
            contact_cues=PhraseSet("spam.contact-cues", lexicon.get("contact-cues", ())),
            chrome_kind=chrome_kind,
            chrome=PhraseSet("spam.chrome", chrome_kind),
            chrome_strong=re.compile(
                "|".join([*chrome.get("strong-patterns", ()), *chrome.get("error-patterns", ())]) or "(?!)", re.I
            ),
            error_page=re.compile("|".join(chrome.get("error-patterns", ())) or "(?!)", re.I),
            inline=re.compile(
                r"(?<![A-Za-z])(?:" + "|".join(map(re.escape, chrome.get("inline-phrases", ()))) + r")(?![A-Za-z])",
                re.I,
            ),
            chrome_weak=re.compile("|".join(chrome.get("weak-patterns", ())) or "(?!)", re.I),
            chrome_anchors=PhraseSet("spam.chrome-anchors", chrome.get("pattern-anchors", ())),
            script=re.compile("|".join(chrome.get("script-tokens", ())) or "(?!)"),
            list_heading=re.compile(
                "|".join([*map(re.escape, chrome.get("list-headings", ())), *chrome.get("heading-patterns", ())])
                or "(?!)",
                re.I,
            ),
            heading_line=re.compile(
                r"[\s※▶►■●◆★☆>»【\[]*(?:" + "|".join(chrome.get("heading-patterns", ())) + r")[\s:：】\]>»]*",
                re.I,
            ),
            release_marker=re.compile("|".join(chrome.get("release-markers", ())) or "(?!)"),
            release_contact=re.compile("|".join(chrome.get("release-contact-labels", ())) or "(?!)"),
        )


def vocabulary(options: dict[str, Any]) -> SpamVocabulary:
    return _vocabulary(json.dumps(options, sort_keys=True, default=str))


@lru_cache(maxsize=16)
def _vocabulary(options: str) -> SpamVocabulary:
    return SpamVocabulary.build(json.loads(options))


class SpamCheck:
    name = "spam"
    # SL104 is reported by the engine's second pass over a run, never by ``check``.
    rules = (spam_header.RULE, page_chrome.RULE, spam_contact.RULE, corpus_repeated_line.RULE, injected_pinyin.RULE)
    options: dict[str, Any] = OPTIONS

    @classmethod
    def validate_options(cls, options: Mapping[str, Any], where: str = "[tool.seedlint.spam]") -> None:
        """Checks beyond the type of each value (config.py has checked those), as ConfigError."""
        least = options.get("repeated-min-documents", cls.options["repeated-min-documents"])
        if isinstance(least, bool) or not isinstance(least, int) or least < 2:
            raise ConfigError(f"{where} repeated-min-documents: expected a whole number of at least 2, got {least!r}")
        share = options.get("repeated-min-site-share", cls.options["repeated-min-site-share"])
        if isinstance(share, bool) or not isinstance(share, int | float) or not 0 <= share <= 1:
            raise ConfigError(f"{where} repeated-min-site-share: expected a number from 0 to 1, got {share!r}")

    def __init__(self, options: dict[str, Any]) -> None:
        self.validate_options({**self.options, **options})
        self.vocabulary = vocabulary(options)

    def check(self, doc: Document, enabled: frozenset[str]) -> Iterator[Finding]:
        vocab = self.vocabulary
        view = text_view(doc)
        if not view.text.strip():
            return
        head, tail = zones(doc)
        scans = scan_lines(doc, view, vocab)
        spam_lines: dict[int, spam_header.Signals] = {}
        if spam_header.RULE.code in enabled or spam_contact.RULE.code in enabled:
            spam_lines = spam_header.spam_lines(view, scans, head | tail, vocab)
            if spam_header.RULE.code in enabled:
                yield from spam_header.findings(doc, view, spam_lines)
                clauses = spam_header.injected_clauses(view, scans, spam_lines, vocab)
                yield from spam_header.clause_findings(doc, view, clauses)
            if spam_contact.RULE.code in enabled:
                yield from spam_contact.findings(doc, view, scans, spam_lines)
        if injected_pinyin.RULE.code in enabled:
            yield from injected_pinyin.find(doc)
        if page_chrome.RULE.code in enabled:
            scores = chrome_scores(doc, vocab, scans)
            yield from page_chrome.findings(doc, view, head, tail, set(spam_lines), vocab, scores)


CHECKS = (SpamCheck,)
