"""Fuzz bytes -> Document -> every check. Nothing may raise.

    pip install -e '.[fuzz]'
    python fuzz/fuzz_document.py -max_total_time=60 [corpus_dir ...]

Invariants checked on every input: ``Document.from_bytes`` and ``lint_document`` never raise;
``looks_binary`` never raises; every undecodable offset holds U+FFFD; a document with no
undecodable byte writes back to exactly the bytes it was read from; every finding's span lies in
the text.
"""

from __future__ import annotations

import os
import sys

import atheris

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

with atheris.instrument_imports():
    import chardet  # noqa: F401 - instrumented too: its guesses pick the codec

    from seedlint.document import Document, encode, looks_binary
    from seedlint.engine import lint_document
    from seedlint.registry import load_registry

    load_registry()  # imports (and so instruments) every check module

from _common import check_findings  # noqa: E402


def test_one_input(data: bytes) -> None:
    looks_binary(data[:8192])
    doc = Document.from_bytes(data, "fuzz.txt")
    assert all(doc.text[i] == "\ufffd" for i in doc.undecodable), doc.undecodable
    if not doc.undecodable:
        assert encode(doc.text, doc.codec, doc.bom) == data, (doc.encoding, doc.codec, doc.bom)
    check_findings(doc.text, lint_document(doc))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
