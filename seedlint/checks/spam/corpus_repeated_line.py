"""SL104 corpus-repeated-line: a line that many documents of one corpus share verbatim.

Unlike the other rules this one needs the whole run: the engine first counts, for every candidate
line, how many documents hold it (:class:`LineCounter`), then reports each candidate line whose count
reaches the threshold in the documents it lints (:func:`findings`). A site's footer, its menu
or a widget that every page of the site carries is found that way whatever its words, which no word
list of one site can do; large-scale cleaning pipelines remove such lines by line deduplication.

When a record names the site it comes from (``--site-field``, a URL's host), lines are counted per
site: a line is the site's furniture when at least ``repeated-min-documents`` of that site's
documents and at least ``repeated-min-site-share`` of them hold it. Documents of unknown site are
counted together, against ``repeated-min-documents`` alone.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable, Mapping

from seedlint.checks.spam._common import clip
from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.chars import HAN_CHAR, LATIN_LETTER, width_fold
from seedlint.text.zones import is_prose

MIN_DOCUMENTS = 5  # the default of `repeated-min-documents`
MIN_SITE_SHARE = 0.01  # the default of `repeated-min-site-share`

RULE = Rule(
    code="SL104",
    name="corpus-repeated-line",
    severity=Severity.WARNING,
    summary="A line that occurs verbatim in many documents of the corpus",
    explanation=explain(
        "Reports a line that occurs, after width folding and whitespace normalisation, in at least "
        "`repeated-min-documents` documents of the run (files of the folders checked, or records of a "
        "corpus; default 5). When the records of a corpus name their site (the host of the URL in "
        "`--site-field`, default `url`), lines are counted per site, and a line must also be held by "
        "`repeated-min-site-share` of that site's documents (default 0.01): on a site of 100,000 "
        "pages, by 1,000 of them. Only lines that are not running prose count: a sentence quoted by "
        "several articles stays, and so do source, author and date fields (`来源:`, `Source:`, lines "
        "made of a short key and its value), lines without two letters (page numbers, rules of "
        "dashes) and lines over 300 characters. The rule is off by default: select it "
        "(`--extend-select SL104`) for runs over a corpus, where it costs one more reading of "
        "every document. Counting is exact up to 10,000 documents; beyond that, lossy counting keeps "
        "memory bounded and may miss lines held by fewer than one document in 10,000.",
        "A line that many pages share word for word is the site's, not the article's: a footer, a "
        "menu, a newsletter prompt, a comment-box notice. It repeats the same words across the "
        "corpus, which skews every statistic and teaches a model the site's furniture.",
        "`关于我们 | 联系我们 | 广告服务 | 网站地图` at the end of 40 articles scraped from one site.",
        "`seedlint check --fix --extend-select SL104 corpus/` deletes the line and the blank lines it "
        "leaves (safe). Raise `[tool.seedlint.spam] repeated-min-documents` to report only lines that "
        "more documents share.",
    ),
    fail_examples=(
        "来源:新华社\n\n2024年3月1日,新华社北京电 国务院新闻办公室今天举行发布会,介绍了今年以来经济运行的情况,"
        "并回答了记者的提问。会议指出,要继续推进改革开放,稳定市场预期。\n\n科技日报客户端 让阅读更有价值\n",
    ),
    pass_examples=(
        "来源:新华社\n责任编辑:张伟\n\n2024年3月1日,新华社北京电 国务院新闻办公室今天举行发布会,介绍了今年以来"
        "经济运行的情况,并回答了记者的提问。会议指出,要继续推进改革开放,稳定市场预期。\n\n— 1 —\n",
    ),
    fixable=True,
    default_enabled=False,
    example_copies=MIN_DOCUMENTS,
)

_MAX_LINE = 300
# A field line: a short key, a colon, a value (来源:新华社, 责任编辑:张三, Source: Reuters).
_FIELD = re.compile(r"^\s*[\w\u3000-\u9fff ]{1,8}\s*[:：]")
_SPACES = re.compile(r"\s+")
_BUCKET = 10_000  # documents per lossy-counting bucket: exact below this many documents


def line_key(line: str, site: str | None = None) -> int | None:
    """The line's identity across the documents of its site (a 64-bit hash of the site and the
    normalised text), or None when it is not a candidate: blank, prose, a field line, too short or
    too long."""
    text = _SPACES.sub(" ", width_fold(line)).strip()
    if not 2 <= len(text) <= _MAX_LINE or is_prose(text) or _FIELD.match(text):
        return None
    if len(HAN_CHAR.findall(text)) + len(LATIN_LETTER.findall(text)) < 2:
        return None
    # A unit separator cannot occur in a line, so no site and text pair hashes like another.
    named = f"{site}\x1f{text}" if site else text
    return int.from_bytes(hashlib.blake2b(named.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def document_keys(text: str, site: str | None = None) -> set[int]:
    """The candidate lines of a text, split where a Document splits them (so the second pass,
    which reads ``doc.lines``, finds every line the first pass counted)."""
    return {key for line in Document(text, "").lines if (key := line_key(line, site)) is not None}


def least_documents(min_documents: int, site_share: float, site_documents: int | None) -> int:
    """How many documents must hold a line: ``min_documents``, and for a line of a known site
    (``site_documents`` of it in the run) also ``site_share`` of that site's documents."""
    if site_documents is None:
        return min_documents
    return max(min_documents, math.ceil(site_share * site_documents - 1e-9))


class LineCounter:
    """How many documents of each site hold each candidate line, with memory bounded by lossy
    counting (Manku and Motwani): at the end of every bucket of ``_BUCKET`` documents, the lines
    whose count cannot reach the bucket number are dropped. A line's count is then short by at most
    the number of buckets before it was first kept, so below ``_BUCKET`` documents every count is
    exact."""

    def __init__(self) -> None:
        self.documents = 0
        self.sites: dict[str, int] = {"": 0}  # site ("" when unknown) -> its number
        self.site_documents: list[int] = [0]  # by site number
        self._counts: dict[int, list[int]] = {}  # key -> [count, the most it may be short by, site number]

    def add(self, text: str, site: str | None = None) -> None:
        bucket = self.documents // _BUCKET
        number = self.sites.setdefault(site or "", len(self.sites))
        if number == len(self.site_documents):
            self.site_documents.append(0)
        self.site_documents[number] += 1
        for key in document_keys(text, site):
            entry = self._counts.get(key)
            if entry is None:
                self._counts[key] = [1, bucket, number]
            else:
                entry[0] += 1
        self.documents += 1
        if self.documents % _BUCKET == 0:
            limit = self.documents // _BUCKET
            self._counts = {k: e for k, e in self._counts.items() if e[0] + e[1] > limit}

    def frequent(self, min_documents: int, site_share: float = MIN_SITE_SHARE) -> dict[int, int]:
        """Lines held by enough documents of their site (:func:`least_documents`), with their counts."""
        least = [
            least_documents(min_documents, site_share, count if number else None)
            for number, count in enumerate(self.site_documents)
        ]
        return {key: count for key, (count, _, site) in self._counts.items() if count >= least[site]}


def findings(
    doc: Document, frequent: Mapping[int, int], existing: Iterable[Finding] = (), site: str | None = None
) -> list[Finding]:
    """SL104 findings of one document of ``site`` (None when unknown). A line that another rule
    already removes (page chrome, a spam header, a platform disclaimer) is left to that rule."""
    claimed = [
        (edit.start, edit.end) for f in existing if f.fix is not None for edit in f.fix.edits if edit.end > edit.start
    ]
    out = []
    for index, line in enumerate(doc.lines):
        key = line_key(line, site)
        if key is None or key not in frequent:
            continue
        start = doc.line_starts[index] + (len(line) - len(line.lstrip()))
        end = doc.line_starts[index] + len(line.rstrip())
        if any(s <= start and end <= e for s, e in claimed):
            continue
        where = site or "the corpus"
        message = f"Line repeated verbatim in {frequent[key]} documents of {where}: `{clip(line.strip())}`"
        out.append(doc.finding(RULE, start, end, message, fix=doc.delete_lines_fix(index + 1, index + 1)))
    return out
