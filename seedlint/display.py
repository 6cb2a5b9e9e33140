"""Making document text and file names safe to print or serialise.

Everything a report carries from a scraped document (matched text, the source line, messages that
quote it) and every file name is attacker-controlled: an ``ESC ] 0 ; ... BEL`` sequence retitles
the user's terminal, ``ESC [ 2 J`` clears it, a bidi override reorders what the reader sees, and a
line break in a file name forges an extra finding line. Reporters pass such text through one of
these helpers:

* :func:`escape_text` / :func:`escape_path` for formats read by people (full, concise, github);
* :func:`json_safe` for machine formats, which must stay valid UTF-8 but keep the text otherwise
  exact (their encoders take care of control characters);
* :func:`path_uri` for the URI of a file in SARIF.

File names that are not valid UTF-8 reach us as ``str`` with the undecodable bytes mapped to lone
surrogates U+DC80..U+DCFF (PEP 383 ``surrogateescape``); decoded documents may carry them too.
They cannot be encoded as UTF-8, so every helper maps them to something that can.
"""

from __future__ import annotations

import os
import re
from pathlib import PurePath
from urllib.parse import quote

# What a terminal or a line-oriented reader would act on instead of showing:
#   C0 controls except tab (CR and LF included: one finding is one line), DEL, C1 controls
#   (U+0085 NEXT LINE is a line break to some readers, U+009B is a one-byte CSI),
#   U+2028/U+2029 (line and paragraph separators, str.splitlines() breaks on them),
#   bidi marks, embeddings, overrides and isolates (they reorder the rest of the line: "Trojan
#   Source" spoofing), and lone surrogates (not encodable, see the module docstring).
# Printable text of any script, emoji, combining marks and zero-width characters stay as they are.
_UNSAFE = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
# The surrogates PEP 383 uses for the undecodable bytes 0x80..0xff.
_BYTE_FIRST, _BYTE_LAST = 0xDC80, 0xDCFF


def _is_escaped_byte(code: int) -> bool:
    return _BYTE_FIRST <= code <= _BYTE_LAST


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if _is_escaped_byte(code):
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def escape_text(s: str) -> str:
    """``s`` with every character a terminal would act on replaced by a visible escape.

    Style: a code point becomes ``\\uXXXX`` (four lowercase hex digits, as in JSON and Python),
    so ESC is ``\\u001b``, LF ``\\u000a`` and U+202E ``\\u202e``; an undecodable byte (a
    surrogate-escaped U+DC80..U+DCFF) becomes ``\\xNN``, the original byte, so ``\\x85`` is the
    byte 0x85 while ``\\u0085`` is the character NEXT LINE. Other lone surrogates are
    ``\\udNNN``. Tabs are kept. Backslashes are not doubled (as in ruff's output, and so Windows
    paths read naturally), so a document that literally contains ``\\u001b`` looks the same as one
    holding ESC: the escapes are for reading, not for decoding; the json format has the exact text.
    """
    return _UNSAFE.sub(_visible, s)


def escape_path(p: str) -> str:
    """A file name for human output, escaped exactly like :func:`escape_text`: a name holding a
    line break or an escape sequence stays on one line and never reaches the terminal raw."""
    return escape_text(p)


def _json_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if _is_escaped_byte(code) else "\ufffd"


def json_safe(s: str) -> str:
    """``s`` made encodable as UTF-8 for machine formats, otherwise unchanged.

    An undecodable byte (surrogate-escaped U+DC80..U+DCFF) becomes the four characters ``\\xNN``
    (so a file name ``"a\\udcff.txt"`` is reported as ``a\\xff.txt``, with a literal backslash),
    which keeps the byte recognisable; any other lone surrogate has no meaning and becomes U+FFFD.
    Control characters are left alone: the JSON encoder escapes them and the XML writer must.
    """
    return _SURROGATE.sub(_json_char, s)


def path_uri(p: str) -> str:
    """A path as a SARIF ``artifactLocation.uri``: a URI reference with the path's original bytes
    percent-encoded per RFC 3986, ``/`` kept as the separator.

    ``os.fsencode`` turns surrogate-escaped bytes back into the bytes of the file name, so
    ``d/\\udcff.txt`` becomes ``d/%FF.txt``; a space is ``%20`` and other characters their UTF-8
    bytes. Windows separators are turned into ``/`` first; lone surrogates that are not
    escaped bytes cannot name a real file and are written as U+FFFD.
    """
    path = _SURROGATE.sub(lambda m: m.group() if _is_escaped_byte(ord(m.group())) else "\ufffd", p)
    # PurePath drops "./" and doubled separators and, on Windows, turns "\\" into "/".
    return quote(os.fsencode(PurePath(path).as_posix()), safe="/")
