"""Word lists, templates and tables shipped with seedlint, read as data, never as code.

List files hold one entry per line; ``#`` starts a comment line that says what the list is for.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from seedlint.files import SMALL_FILE_LIMIT, read_regular_text


@cache
def read_text(name: str) -> str:
    return files(__package__).joinpath(name).read_text("utf-8")


def read_list(name: str) -> tuple[str, ...]:
    """Entries of a list file: stripped, blank lines and ``#`` comment lines dropped."""
    return parse_list(read_text(name))


def read_user_list(path: str | Path) -> tuple[str, ...]:
    """A user's own list file named in config, in the same format: a regular file of at most
    ``SMALL_FILE_LIMIT`` bytes (never a FIFO or device); problems raise ``FileReadError``."""
    return parse_list(read_regular_text(str(path), SMALL_FILE_LIMIT))


def user_terms(options: Mapping[str, Any], key: str, file_key: str = "") -> tuple[str, ...]:
    """Entries a user adds in config: the list option ``key`` and the list file named by
    ``file_key`` (by default ``key`` + ``-file``)."""
    extra = tuple(str(t).strip() for t in options.get(key, ()) if str(t).strip())
    path = options.get(file_key or f"{key}-file") or ""
    return extra + (read_user_list(path) if path else ())


def parse_list(text: str) -> tuple[str, ...]:
    entries = (line.strip() for line in text.splitlines())
    return tuple(e for e in entries if e and not e.startswith("#"))


@cache
def read_toml(name: str) -> dict[str, Any]:
    return tomllib.loads(read_text(name))
