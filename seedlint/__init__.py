"""seedlint: a content-quality and provenance linter for scraped text documents.

The public names below are imported on first use, so ``import seedlint`` (and with it the
``seedlint`` command's start) does not pay for the engine, the checks and their dependencies.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from seedlint._version import __version__

if TYPE_CHECKING:
    from seedlint.config import ConfigError, Settings, load_settings
    from seedlint.document import Document
    from seedlint.engine import PathError, lint_document, lint_paths, lint_records, lint_text
    from seedlint.model import Applicability, Edit, Finding, Fix, Rule, Severity

# Public name -> the module that defines it.
_EXPORTS: dict[str, str] = {
    "Applicability": "seedlint.model",
    "ConfigError": "seedlint.config",
    "Document": "seedlint.document",
    "Edit": "seedlint.model",
    "Finding": "seedlint.model",
    "Fix": "seedlint.model",
    "PathError": "seedlint.engine",
    "Rule": "seedlint.model",
    "Settings": "seedlint.config",
    "Severity": "seedlint.model",
    "lint_document": "seedlint.engine",
    "lint_paths": "seedlint.engine",
    "lint_records": "seedlint.engine",
    "lint_text": "seedlint.engine",
    "load_settings": "seedlint.config",
}

__all__ = [
    "Applicability",
    "ConfigError",
    "Document",
    "Edit",
    "Finding",
    "Fix",
    "PathError",
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


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'seedlint' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
