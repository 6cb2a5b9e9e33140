"""Measure decoding and SL001 on a folder of files sorted by encoding (chardet's ``tests/`` layout).

usage: python tools/encoding_cases.py FOLDER [--show]

Each subfolder is named after the encoding of the files in it, optionally followed by a language
(``windows-1251-russian``, ``UTF-16LE``, ``utf-8-sig``); point it at a checkout of chardet's tests.
For every file it prints nothing unless ``--show``; at the end, per kind: files whose text seedlint
decodes exactly as the named encoding does (and as the web's decoder for that label reads it), and
whether SL001 (not UTF-8) was reported where it should be (every non-UTF-8 file) and nowhere else
(UTF-8 and ASCII files). Nothing is written.
"""

from __future__ import annotations

import argparse
import codecs
from collections import Counter
from pathlib import Path

from seedlint.config import Settings
from seedlint.document import Document
from seedlint.engine import lint_document

ONLY = Settings(select=("SL001",))
UTF8 = {"utf-8", "ascii", "utf-8-sig"}
# The decoder the WHATWG Encoding Standard (what browsers do) uses for a label: a superset that reads
# some byte pairs as other, equally valid characters (GB2312's A1 AA is U+2015 in Python's gb2312,
# U+2014 in GBK; Shift_JIS's 81 7C is U+2212 in shift_jis, U+FF0D in windows-31j).
WEB_DECODER = {"gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932", "euc_kr": "cp949"}


def codec_of_folder(name: str) -> str | None:
    """The Python codec a folder name stands for (``windows-1251-russian`` -> ``cp1251``)."""
    for cut in range(name.count("-") + 1):
        candidate = name.rsplit("-", cut)[0] if cut else name
        try:
            return codecs.lookup(candidate).name
        except LookupError:
            continue
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--show", action="store_true", help="print each file decoded wrongly or misreported")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    for folder in sorted(p for p in args.folder.iterdir() if p.is_dir()):
        codec = codec_of_folder(folder.name)
        if codec is None:
            continue
        utf8 = folder.name.lower() in UTF8
        for path in sorted(p for p in folder.iterdir() if p.is_file()):
            raw = path.read_bytes()
            try:
                expected = raw.decode(codec)
            except UnicodeDecodeError:
                continue  # the file is not in its folder's encoding: nothing to compare with
            if codec.startswith(("utf-16", "utf-32")) or codec == "utf-8-sig":
                expected = expected.lstrip("\ufeff")
            doc = Document.from_bytes(raw, str(path))
            same = _same(doc.text, expected)
            web = codec in WEB_DECODER and _same(doc.text, raw.decode(WEB_DECODER[codec], "replace"))
            reported = any(f.code == "SL001" for f in lint_document(doc, ONLY))
            kind = "utf-8" if utf8 else "not utf-8"
            counts[f"{kind} files"] += 1
            counts[f"{kind} decoded to the same text"] += same
            counts[f"{kind} decoded to the same text, or as the web reads it"] += same or web
            counts[f"{kind} with SL001"] += reported
            if args.show and (not same or reported == utf8):
                print(
                    f"{path.relative_to(args.folder)}: read as {doc.encoding}, same text {same}"
                    f"{', as the web reads it' if web else ''}, SL001 {reported}"
                )
    for key in sorted(counts):
        print(f"{key:58} {counts[key]}")


def _same(text: str, expected: str) -> bool:
    return text.replace("\r\n", "\n") == expected.replace("\r\n", "\n")


if __name__ == "__main__":
    main()
