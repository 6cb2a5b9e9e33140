"""What the family tests share: fixture cases, running selected rules, applying a fix, and the
dev-corpus recall check."""

from __future__ import annotations

from pathlib import Path

from seedlint.config import Settings
from seedlint.engine import lint_text
from seedlint.model import Finding

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def cases(family: str, name: str) -> list[str]:
    """Documents of a fixture file: cases separated by `====` lines, `#` lines are comments."""
    text = (FIXTURES / family / f"{name}.txt").read_text("utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    return [case.strip("\n") + "\n" for case in body.split("\n====\n") if case.strip()]


def codes(text: str, *select: str, settings: Settings | None = None) -> list[str]:
    return [f.code for f in lint_text(text, settings=settings or Settings(select=select))]


def apply(text: str, finding: Finding) -> str:
    assert finding.fix is not None
    for edit in sorted(finding.fix.edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.content + text[edit.end :]
    return text


def only(findings: list[Finding], family: tuple[str, ...]) -> list[tuple[str, int, int]]:
    return [(f.code, f.line, f.end_line) for f in findings if f.code in family]


def assert_dev_corpus(dev_corpus, category: str, family: tuple[str, ...]) -> None:
    """Print recall per rule and false positives on the dev corpus; fail below 0.9 or on any
    finding in a document labelled clean."""
    recall, missed = dev_corpus.recall(category, family)
    false_positives = dev_corpus.false_positives_in_clean(family)
    per_rule = {code: dev_corpus.recall(category, (code,))[0] for code in family}
    shares = ", ".join(f"{code} {share:.3f}" for code, share in per_rule.items())
    print(f"\n{category}: recall {recall:.3f} ({shares}); false positives in clean docs: {len(false_positives)}")
    for lab in missed:
        print(f"  missed {lab['doc']}:{lab['line']} {lab['evidence'][:50]!r}")
    assert not false_positives, [(f.path, f.line, f.code) for f in false_positives]
    assert recall >= 0.9
