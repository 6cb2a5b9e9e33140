"""SL4xx contradiction: text that contradicts or repeats itself after editing or scraping went wrong.

One module per rule; this package holds what they share: the vocabulary read from
``seedlint/data/contradiction/`` with the user's additions, the option defaults and the check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from seedlint.checks.contradiction import (
    conflicting_conversion,
    conflicting_figures,
    date_contradiction,
    doubled_word,
    duplicate_list_item,
    inverted_range,
    mixed_currency,
    name_variant,
    raise_exceeds_valuation,
    repeated_sentence,
)
from seedlint.checks.contradiction._common import union
from seedlint.checks.currency import document_conversions
from seedlint.data import read_list, read_toml, user_terms
from seedlint.document import Document
from seedlint.model import Finding
from seedlint.text.numbers import amounts_of
from seedlint.text.scan import PhraseSet

OPTIONS: dict[str, Any] = {
    "min-sentence-length": 20,
    "extend-allowed-doubles": [],
    "extend-allowed-doubles-file": "",
    "extend-allowed-cjk-doubles": [],
    "extend-allowed-cjk-doubles-file": "",
    "extend-distinguishers": [],
    "extend-distinguishers-file": "",
}


@dataclass(frozen=True)
class Vocabulary:
    """The family's word lists and tables with the user's additions, built once per check."""

    min_sentence_length: int
    # Function characters never doubled, with the words that make a doubled pair legitimate
    # (duplicate-list-item reads them to tell 参与 from a conjunction).
    doubled_characters: Mapping[str, Mapping[str, Sequence[str]]]
    reduplication: frozenset[str]
    lists: Mapping[str, Any]
    allowed_doubles: frozenset[str]
    safe_doubles: frozenset[str]
    measure_words: frozenset[str]
    allowed_cjk_doubles: frozenset[str]
    figures: Mapping[str, Any]
    subject_stopwords: frozenset[str]
    distinguishers: PhraseSet
    time_words: tuple[str, ...]
    # Foreign names as Chinese transliterates them (name-variant).
    foreign_names: re.Pattern[str]

    @classmethod
    def load(cls, settings: Mapping[str, Any]) -> Vocabulary:
        reduplication = read_list("contradiction/reduplication.txt")
        english = read_toml("contradiction/english_doubles.toml")
        allowed = union(english["allowed"], user_terms(settings, "extend-allowed-doubles"))
        distinguishers = union(
            read_list("contradiction/distinguishers.txt"), user_terms(settings, "extend-distinguishers")
        )
        return cls(
            min_sentence_length=int(settings["min-sentence-length"]),
            doubled_characters=read_toml("contradiction/doubled_characters.toml"),
            reduplication=frozenset(reduplication),
            lists=read_toml("contradiction/lists.toml"),
            allowed_doubles=frozenset(w.casefold() for w in allowed),
            safe_doubles=frozenset(english["safe-to-delete"]),
            measure_words=frozenset(read_list("contradiction/measure_words.txt")),
            allowed_cjk_doubles=frozenset(union(read_list("contradiction/cjk_doubles.txt"), reduplication))
            | frozenset(user_terms(settings, "extend-allowed-cjk-doubles")),
            figures=read_toml("contradiction/figures.toml"),
            subject_stopwords=frozenset(w.casefold() for w in read_list("contradiction/subject_stopwords.txt")),
            distinguishers=PhraseSet("contradiction.distinguishers", distinguishers),
            time_words=read_list("contradiction/time_words.txt"),
            foreign_names=name_variant.names_pattern(
                frozenset("".join(read_list("contradiction/transliteration_chars.txt")))
            ),
        )


class ContradictionCheck:
    name = "contradiction"
    rules = (
        duplicate_list_item.RULE,
        doubled_word.RULE,
        conflicting_figures.RULE,
        inverted_range.RULE,
        repeated_sentence.RULE,
        date_contradiction.RULE,
        mixed_currency.RULE,
        conflicting_conversion.RULE,
        name_variant.RULE,
        raise_exceeds_valuation.RULE,
    )
    options: dict[str, Any] = OPTIONS

    def __init__(self, options: Mapping[str, Any]) -> None:
        self.settings = {**self.options, **options}
        self.vocabulary = Vocabulary.load(self.settings)
        self.lists = duplicate_list_item.Lists(self.vocabulary)
        self.doubles = doubled_word.Doubles(self.vocabulary)
        self.figures = conflicting_figures.Figures(self.vocabulary)

    def check(self, doc: Document, enabled: frozenset[str]) -> Iterator[Finding]:
        if duplicate_list_item.RULE.code in enabled:
            yield from duplicate_list_item.find(doc, self.lists)
        if doubled_word.RULE.code in enabled:
            yield from doubled_word.find(doc, self.doubles)
        figures, ranges = conflicting_figures.RULE.code in enabled, inverted_range.RULE.code in enabled
        mixed = mixed_currency.RULE.code in enabled
        valuation = raise_exceeds_valuation.RULE.code in enabled
        if figures or ranges or mixed or valuation:
            amounts = amounts_of(doc)
            if ranges:
                yield from inverted_range.find(doc, amounts)
            if figures:
                yield from conflicting_figures.find(doc, self.figures, amounts)
            if mixed:
                yield from mixed_currency.find(doc, amounts)
            if valuation:
                yield from raise_exceeds_valuation.find(doc, amounts)
        if conflicting_conversion.RULE.code in enabled:
            yield from conflicting_conversion.find(doc, document_conversions(doc))
        if name_variant.RULE.code in enabled:
            yield from name_variant.find(doc, self.vocabulary.foreign_names)
        if repeated_sentence.RULE.code in enabled:
            yield from repeated_sentence.find(doc, self.vocabulary.min_sentence_length)
        if date_contradiction.RULE.code in enabled:
            yield from date_contradiction.find(doc)


CHECKS = (ContradictionCheck,)
