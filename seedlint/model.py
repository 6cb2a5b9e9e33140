"""The vocabulary every part of seedlint shares: severities, rules, fixes and findings."""

from __future__ import annotations

import enum
import hashlib
import unicodedata
from dataclasses import dataclass, field


class Severity(enum.IntEnum):
    """How serious a finding is; ordered so that ``severity >= fail_on`` reads naturally."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (expected error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


class Applicability(enum.StrEnum):
    """Whether a fix can be applied without a human looking at it (ruff's safe/unsafe split)."""

    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True)
class Rule:
    """Metadata of one rule, as shown by ``seedlint rules`` and ``seedlint rule CODE``.

    ``explanation`` is Markdown with ruff's sections: "What it does", "Why it matters", "Example"
    and "Fix". ``fail_examples`` must each produce this rule and ``pass_examples`` must not; a test
    runs them all, so the examples are the rule's executable documentation.
    """

    code: str
    name: str
    severity: Severity
    summary: str
    explanation: str
    fail_examples: tuple[str | bytes, ...]
    pass_examples: tuple[str | bytes, ...]
    fixable: bool = False
    default_enabled: bool = True
    # TOML settings to run the examples with, for rules that depend on configuration.
    example_config: str = ""
    # A rule reported from a whole run rather than one document (SL104): each example is linted
    # as this many copies of it in one folder.
    example_copies: int = 0

    @property
    def family(self) -> str:
        return family_of(self.code)


def explain(what: str, why: str, example: str, fix: str) -> str:
    """A rule explanation in the section layout every rule uses (ruff's)."""
    return f"## What it does\n{what}\n\n## Why it matters\n{why}\n\n## Example\n{example}\n\n## Fix\n{fix}\n"


def family_of(code: str) -> str:
    """The family of a rule code: that of the check declaring it (its ``family``, else its ``name``),
    as the registry finds it; "unknown" for a code no loaded check declares."""
    from seedlint.registry import load_registry  # the registry imports this module

    return load_registry().families.get(code, "unknown")


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` of the decoded document with ``content``."""

    start: int
    end: int
    content: str = ""


@dataclass(frozen=True)
class Fix:
    """A set of edits that mends one finding.

    ``encoding`` names the encoding the file should be written in after the fix ("utf-8" writes
    UTF-8 without a byte-order mark); None keeps the file's own encoding.
    """

    edits: tuple[Edit, ...]
    applicability: Applicability = Applicability.SAFE
    encoding: str | None = None


@dataclass(frozen=True)
class Finding:
    """One problem in one document. Lines and columns are 1-based, columns count code points,
    and ``end_column`` points just past the last character (SARIF's convention)."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    severity: Severity
    message: str
    matched: str
    fix: Fix | None = None
    start: int = 0
    end: int = 0
    line_text: str = field(default="", compare=False)
    fingerprint: str = field(default="", compare=False)

    @property
    def family(self) -> str:
        return family_of(self.code)

    @property
    def fixable(self) -> bool:
        return self.fix is not None

    def fix_applies(self, unsafe: bool) -> bool:
        """Whether ``--fix`` applies this finding's fix: a safe one always, an unsafe one only with
        ``--unsafe-fixes``. Human formats mark these findings ``[*]``, as ruff does."""
        return self.fix is not None and (unsafe or self.fix.applicability is Applicability.SAFE)

    @property
    def removed_by_safe_fix(self) -> int:
        """The characters this finding's fix takes out of the text when it is safe (0 otherwise):
        what cleaning a corpus with ``--fix`` would remove."""
        if self.fix is None or self.fix.applicability is not Applicability.SAFE:
            return 0
        return sum(max(0, e.end - e.start - len(e.content)) for e in self.fix.edits)

    def sort_key(self) -> tuple[str, int, int, str, int]:
        return (self.path, self.line, self.column, self.code, self.end)


def normalize_matched(text: str) -> str:
    """The form of matched text a fingerprint is computed from: NFKC (folds full-width forms),
    case-folded, whitespace collapsed, so reflowing or re-punctuating a line keeps its identity."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def fingerprint(code: str, matched: str, occurrence: int) -> str:
    """Stable identity of a finding: rule, normalized matched text and which occurrence of that
    pair it is in its document. No line number, so inserting lines above keeps it."""
    key = f"{code}\x00{normalize_matched(matched)}\x00{occurrence}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
