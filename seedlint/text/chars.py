"""What a character is: the one definition of a Chinese (Han) character and of width folding.

Every family and every text-layer module uses these classes, so "Chinese character" means the
same thing in a spam score, a doubled-word check and a script share.
"""

from __future__ import annotations

import re

# Han ideographs as a regex class body: CJK Extension A, the Unified Ideographs block and the
# Compatibility Ideographs. Rare supplementary-plane ideographs are left to ``HAN_ALL``.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Every Han ideograph Unicode assigns, with 〇 (ideographic zero): for counting a script's share.
HAN_ALL = f"\u3007{HAN}\U00020000-\U0003134f"
HAN_CHAR = re.compile(f"[{HAN}]")
# A basic Latin letter, for counting a line's or a text's share of English.
LATIN_LETTER = re.compile("[A-Za-z]")
# Pinyin's tone-marked vowels, and every letter a syllable of pinyin is written with, as regex
# class bodies: how the matching view and SL105 recognise a reading written after a character.
PINYIN_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN_LETTERS = f"a-z{PINYIN_TONED}ü"

# Full-width ASCII forms U+FF01..U+FF5E fold to U+0021..U+007E, the ideographic space to a space:
# one code point for one, so offsets survive the fold.
_WIDTH_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH_FOLD[0x3000] = 0x20


_SPACED_HAN = re.compile(f"(?<=[{HAN}])[ \u3000](?=[{HAN}])")


def unspaced(text: str) -> str:
    """``text`` without the spaces set between Han characters: e-papers letter-space short lines
    (``记 者 王 博``), which read as ``记者王博``."""
    return _SPACED_HAN.sub("", text) if " " in text or "\u3000" in text else text


def is_han(ch: str) -> bool:
    return HAN_CHAR.match(ch) is not None


def width_fold(text: str) -> str:
    """Fold full-width ASCII forms and the ideographic space to ASCII, keeping the length."""
    return same_or(text, text.translate(_WIDTH_FOLD))


def same_or(text: str, changed: str) -> str:
    """``text`` itself when a folding left it as it was: a document's views then share one string
    instead of holding a copy each."""
    return text if changed == text else changed
