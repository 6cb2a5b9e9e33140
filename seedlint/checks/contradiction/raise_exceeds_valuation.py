"""SL410 raise-exceeds-valuation: money raised at a valuation smaller than the amount raised."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.numbers import Amount
from seedlint.text.sentences import sentences

RULE = Rule(
    code="SL410",
    name="raise-exceeds-valuation",
    severity=Severity.WARNING,
    summary="More money is raised than the company is valued at",
    explanation=explain(
        "Reports a sentence in which an amount raised (`融资80亿美元`, `raised $8 billion`) exceeds the "
        "valuation it is raised at (`以50亿美元的估值`, `at a $5 billion valuation`, `valued at $5 billion`), "
        "both in the same currency. A valuation stated as a bound (`估值超过50亿美元`, `over $5 billion`) is "
        "not compared.",
        "Investors buy a share of a company for less than the whole of it: a raise above the valuation "
        "means one of the figures lost a digit or its unit (万/亿, million/billion) or the two were swapped.",
        "`该公司以50亿美元的估值融资80亿美元。`",
        "Check both figures against the source: usually the valuation is ten times larger or the raise "
        "ten times smaller.",
    ),
    fail_examples=(
        "该公司以50亿美元的估值融资80亿美元。\n",
        "The startup raised $8 billion at a $5 billion valuation.\n",
    ),
    pass_examples=(
        "该公司以500亿美元的估值融资80亿美元。\n",
        "The startup raised $800 million at a $5 billion valuation.\n",
    ),
)

# The cue right before or after an amount that makes it a valuation, or a raise.
_VALUATION_BEFORE = re.compile(r"(?:估值|市值)(?:达到|达|为|约|已达|高达)?\s?$|(?i:valued at|valuation of|worth)\s$")
_VALUATION_AFTER = re.compile(r"\s?(?:的)?(?:投前|投后)?估值|\s(?i:valuation)\b")
_RAISE_BEFORE = re.compile(
    r"(?:融资|募资|筹资|筹集|募集)(?:了|金额为?|规模为?|约)?\s?$|(?i:rais(?:ed|es|ing|e))\s(?:(?:about|around|nearly|some)\s)?$"
)
_BOUND = frozenset(("超过", "逾", "over", "more than", "above", "at least", "近", "约", "about", "around", "nearly"))


def find(doc: Document, amounts: Sequence[Amount]) -> Iterator[Finding]:
    text = doc.folded
    if not amounts or not any(cue in text for cue in ("估值", "市值", "aluation", "valued")):
        return
    ends = [sentence.end for sentence in sentences(doc)]
    by_sentence: dict[int, list[Amount]] = {}
    for a in amounts:
        if a.currency is not None and not a.is_range:
            by_sentence.setdefault(bisect.bisect_left(ends, a.start), []).append(a)
    for group in by_sentence.values():
        valuations = [a for a in group if _is_valuation(text, a)]
        raises = [a for a in group if _is_raise(text, a) and a not in valuations]
        for raised in raises:
            for valuation in valuations:
                if raised.currency == valuation.currency and raised.value > valuation.value:
                    yield doc.finding(
                        RULE,
                        raised.start,
                        raised.end,
                        f"`{raised.text}` is raised at a valuation of `{valuation.text}`: more money than the "
                        "company is worth; one figure is probably off by 万/亿 or million/billion",
                    )
                    break


def _is_valuation(text: str, a: Amount) -> bool:
    if a.approximate or (a.qualifier or "").strip().lower() in _BOUND:
        return False
    before = text[max(0, a.start - 12) : a.start]
    return _VALUATION_BEFORE.search(before) is not None or _VALUATION_AFTER.match(text, a.end) is not None


def _is_raise(text: str, a: Amount) -> bool:
    return _RAISE_BEFORE.search(text[max(0, a.start - 16) : a.start]) is not None
