"""SL602 language-mismatch: the document's main language is not the declared one."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator, Mapping
from typing import Any

from seedlint.checks.language._common import EN_ARTICLE, ZH_ARTICLE, language_name
from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.language import Detection, matches_declared

RULE = Rule(
    code="SL602",
    name="language-mismatch",
    severity=Severity.WARNING,
    summary="Document's main language differs from the declared language",
    explanation=explain(
        "Compares the document's main language with the language declared in `[tool.seedlint.text.language]`: "
        '`declared = "zh"` for every file, or `declared-per-file = { "en/*" = "en" }` by glob matched '
        'against the path as given (the first matching glob wins). `declared = "auto"`, the default, never '
        "reports. `zh` accepts Simplified and Traditional Chinese; `zh-Hans`/`zh-CN` and `zh-Hant`/`zh-TW` "
        "accept only one of them. Documents with too few letters to tell are not reported.",
        "Corpora get mis-filed: an English article in the Chinese shard trains the wrong model and is missed "
        "by every Chinese-only filter.",
        'With `declared = "zh"`: `SL602 Document is in English (en, confidence 1.00), but the declared '
        "language is zh`.",
        "Move the document to the shard of its language, or correct the declaration.",
    ),
    fail_examples=(EN_ARTICLE,),
    pass_examples=(ZH_ARTICLE, "短文。\n"),
    example_config='select = ["SL602"]\n\n[language]\ndeclared = "zh"\n',
)


# A document's language counts as known with this many letters and this confidence.
MISMATCH_MIN_LETTERS = 100
MISMATCH_MIN_CONFIDENCE = 0.8


class Declared:
    """The declared language of each path: ``declared``, unless a ``declared-per-file`` glob matches."""

    def __init__(self, options: Mapping[str, Any]) -> None:
        self.declared = str(options.get("declared", "auto")).strip()
        per_file = options.get("declared-per-file", {}) or {}
        self.per_file = tuple((str(glob), str(code).strip()) for glob, code in per_file.items())

    def for_path(self, path: str) -> tuple[str, str]:
        """(declared tag, where it comes from) for ``path`` as given; the first matching glob wins."""
        posix = path.replace("\\", "/")
        candidates = {posix, posix[2:] if posix.startswith("./") else posix}
        for glob, code in self.per_file:
            if any(fnmatch.fnmatchcase(c, glob) for c in candidates):
                return code, f"declared-per-file {glob!r}"
        return self.declared, "declared"


def mismatch(doc: Document, main: Detection, declared: Declared) -> Iterator[Finding]:
    """SL602 finding: the main language ``main`` does not satisfy the declared tag of ``doc.path``."""
    tag, source = declared.for_path(doc.path)
    if tag.lower() in ("", "auto"):
        return
    if main.letters < MISMATCH_MIN_LETTERS or main.confidence < MISMATCH_MIN_CONFIDENCE:
        return
    if matches_declared(tag, main.language):
        return
    yield doc.finding(
        RULE,
        0,
        0,
        f"Document is in {language_name(main.language)} ({main.language}, confidence {main.confidence:.2f}), "
        f"but the declared language is {tag} ({source})",
        matched=main.language,
    )
