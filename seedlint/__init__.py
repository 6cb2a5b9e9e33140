"""seedlint: a content-quality and provenance linter for scraped text documents."""

from importlib.metadata import PackageNotFoundError, version

from seedlint.config import Settings, load_settings
from seedlint.document import Document
from seedlint.engine import lint_document, lint_paths, lint_text
from seedlint.model import Edit, Finding, Fix, Rule, Severity

try:
    __version__ = version("seedlint")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+unknown"

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
    "lint_text",
    "load_settings",
]
