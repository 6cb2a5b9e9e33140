"""Chinese words and their parts of speech, from jieba (the standard Chinese segmenter).

jieba's dictionary ships in its wheel; loading it takes about a second, so it is loaded only
when a caller first asks for a segmentation, and callers ask only for the short stretches of text
that need one (a doubling candidate, for instance). jieba keeps a prefix cache between runs; it is
put in seedlint's cache folder (``$XDG_CACHE_HOME/seedlint``, else ``~/.cache/seedlint``) when that
can be written, else where jieba puts it by default (the system's temporary folder).
"""

from __future__ import annotations

import logging
import os
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple


class Word(NamedTuple):
    """A word at ``text[start:end]`` of the segmented text, with jieba's part-of-speech tag (``n``
    noun, ``nr`` person, ``ns`` place, ``nt`` organisation, ``nz`` other proper noun, ``v`` verb,
    ``a`` adjective, ``q`` measure word, ``m`` numeral, ...)."""

    start: int
    end: int
    word: str
    tag: str


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "seedlint"


@cache
def _tokenizer() -> Any:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    folder = cache_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.access(folder, os.W_OK):
            jieba.dt.tmp_dir = str(folder)
    except OSError:
        pass
    jieba.dt.initialize()
    return jieba.posseg.POSTokenizer(jieba.dt)


def words(text: str) -> list[Word]:
    """The words of ``text`` with their offsets and tags (HMM off, so segmentation is deterministic
    and follows the dictionary)."""
    out = []
    at = 0
    for pair in _tokenizer().cut(text, HMM=False):
        out.append(Word(at, at + len(pair.word), pair.word, pair.flag))
        at += len(pair.word)
    return out
