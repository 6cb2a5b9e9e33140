"""seedlint: a content-quality and provenance linter for scraped text documents."""

from seedlint._version import __version__
from seedlint.config import Settings, load_settings
from seedlint.document import Document
from seedlint.engine import lint_document, lint_paths, lint_records, lint_text
from seedlint.model import Edit, Finding, Fix, Rule, Severity

__all__ = [
    "Document",
    "Edit",
    "Finding",
    "Fix",
    "Rule",
    "Settings",
    "Severity",
    "__version__",
    "lint_document",
    "lint_paths",
    "lint_records",
    "lint_text",
    "load_settings",
]
