"""SL6xx language: text in another language than the document's, documents filed under the wrong
language, and mixed Chinese scripts and punctuation widths."""

from __future__ import annotations

import fnmatch
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.chars import HAN
from seedlint.text.language import (
    FAMILY,
    Block,
    Detection,
    block_language,
    document_hanzi,
    document_language,
    kind_letters,
    language_blocks,
    language_name,
    matches_declared,
    profile,
)

_ZH_ARTICLE = (
    "据外媒报道,亚马逊正讨论向人工智能初创公司Anthropic进行第二笔数十亿美元的投资。\n"
    "这笔新投资与去年的投资结构相似,双方仍在就具体条款进行谈判,目前尚未达成最终协议。\n"
    "参与讨论的人士透露,作为初步协议的一部分,该公司同意使用一些由自研芯片驱动的服务器。\n"
    "分析人士认为,云服务商与大模型开发商之间的合作越来越紧密,这种投资换取算力采购的模式正在成为行业常态。\n"
)
_EN_ARTICLE = (
    "Amazon is in talks to make a second multibillion-dollar investment in the artificial intelligence "
    "startup, according to people familiar with the matter. The new investment would be structured like "
    "the first one, and the two companies are still negotiating the terms of the agreement.\n"
)

FOREIGN_BLOCK = Rule(
    code="SL601",
    name="foreign-block",
    severity=Severity.WARNING,
    summary="Paragraph or line in another language than the document",
    explanation=explain(
        "Reports a paragraph or line of at least `min-letters` letters (40 by default) written in another "
        "language than the document's main language, and names that language with the confidence of the "
        "decision. Unicode script shares decide most blocks; langdetect (seeded, so results never change "
        "between runs) is consulted only for Latin-script text that is not plainly English and for Han text "
        "with a little Kana. Not reported: names, product names and short English terms inside Chinese "
        "prose, lists of names and tickers, quotations, URLs, code, and documents written in two languages "
        "in about equal parts.",
        "Scraped pages append platform text in another language: an English notice under a Chinese article "
        "is noise for a Chinese corpus and skews language statistics and tokenizers trained on it.",
        "A Chinese article ending in `Notice: The content above (including the pictures and videos if any) "
        "is uploaded and posted by a user of NetEase Hao, ...` — `SL601 Text in English (en, confidence "
        "1.00 by script and function words) in a document in Chinese (zh)`.",
        "Remove the block, or split bilingual documents into one document per language.",
    ),
    fail_examples=(
        _ZH_ARTICLE
        + "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a "
        "user of the platform, which only provides information storage services.\n",
        _EN_ARTICLE
        + "\nLe contenu ci-dessus a été publié par un utilisateur de la plateforme, qui fournit uniquement des "
        "services de stockage d'informations.\n",
        _EN_ARTICLE + "\n本文为用户上传并发布,本平台仅提供信息存储服务,不代表本平台的观点和立场,如有侵权请联系删除。\n",
    ),
    pass_examples=(
        _ZH_ARTICLE,
        _ZH_ARTICLE + "来源:The Information\n",
        _ZH_ARTICLE + "微软、Google、Amazon、Meta、Microsoft、Apple、Nvidia、Tesla等公司均参与了此轮竞争。\n",
        _ZH_ARTICLE + "“We are excited to deepen our partnership with Amazon and to keep building safe AI,” he said.\n",
        _ZH_ARTICLE + "原文链接:https://www.theinformation.com/articles/amazon-discusses-new-multibillion-investment\n",
        _EN_ARTICLE + "\nThe ministry wrote: “我们将坚定不移地推进改革开放。” It gave no further details.\n",
    ),
)

LANGUAGE_MISMATCH = Rule(
    code="SL602",
    name="language-mismatch",
    severity=Severity.WARNING,
    summary="Document's main language differs from the declared language",
    explanation=explain(
        "Compares the document's main language with the language declared in `[tool.seedlint.text.language]`: "
        '`declared = "zh"` for every file, or `declared-per-file = { "en/*" = "en" }` by glob matched '
        'against the path as given (the first matching glob wins). `declared = "auto"`, the default, never '
        "reports. `zh` accepts Simplified and Traditional Chinese; `zh-Hans`/`zh-CN` and `zh-Hant`/`zh-TW` "
        "accept only one of them. Documents with too few letters to tell are not reported.",
        "Corpora get mis-filed: an English article in the Chinese shard trains the wrong model and is missed "
        "by every Chinese-only filter.",
        'With `declared = "zh"`: `SL602 Document is in English (en, confidence 1.00), but the declared '
        "language is zh`.",
        "Move the document to the shard of its language, or correct the declaration.",
    ),
    fail_examples=(_EN_ARTICLE,),
    pass_examples=(_ZH_ARTICLE, "短文。\n"),
    example_config='select = ["SL602"]\n\n[language]\ndeclared = "zh"\n',
)

SCRIPT_MIX = Rule(
    code="SL603",
    name="script-mix",
    severity=Severity.INFO,
    summary="Chinese document mixes Traditional and Simplified characters or punctuation widths",
    explanation=explain(
        "In a Chinese document, reports (once per document, with counts) Traditional characters inside "
        "Simplified text or the reverse, and half-width punctuation (`,` `;` `:` `!` `?` `(` `)` `.` next to "
        "Chinese characters) mixed with full-width punctuation (`，` `；` `：` `！` `？` `（` `）` `。`). Off by "
        "default: stored copies of web pages often carry half-width punctuation.",
        "Mixed scripts and widths are a sign of text stitched from several sources or converted halfway; "
        "they also split one word or phrase into several spellings for search and deduplication.",
        "`公司表示,这项投资将于明年完成。` — a half-width comma before a full-width full stop.",
        "Convert the document to one script (OpenCC) and one punctuation width.",
    ),
    fail_examples=(
        "公司表示,这项投资将于明年完成。该公司(总部位于北京)将继续扩大业务。\n",
        "这家公司表示，这项投资將於明年完成，這個項目會帶來很多機會。\n",
    ),
    pass_examples=(
        "公司表示，这项投资将于明年完成。该公司（总部位于北京）将继续扩大业务。\n",
        "公司表示,这项投资将于明年完成,营收增长3.5%,时间是10:30.\n",
        "The company said, in a statement (issued Tuesday), that it would invest.\n",
    ),
    default_enabled=False,
)

# Scripts several languages write in: a block in the document's own script may still be foreign.
SHARED_SCRIPTS = frozenset({"latin", "cyrillic", "arabic", "devanagari"})
# Share of a foreign block's weighted letters that may be in the document's own writing family
# ("NetEase Hao (网易号)" inside an English notice); above it the block is mixed prose.
MAX_MAIN_SHARE_IN_BLOCK = 0.15
# A document whose blocks in a second writing family have more than this share of the weighted
# letters of its main family's blocks is bilingual, not a document with a foreign block.
MAX_FOREIGN_RATIO = 0.6
MIN_DOCUMENT_CONFIDENCE = 0.6
# langdetect must be this sure before a block of the document's own script counts as foreign.
MIN_LANGDETECT_CONFIDENCE = 0.95
# Prose has lowercase words; a line of names, tickers or title-case headings has few.
MIN_PROSE_WORDS = 6
MIN_LOWERCASE_SHARE = 0.35
# Code has many of these; prose almost none.
MAX_CODE_SYMBOL_SHARE = 0.05
MAX_QUOTED_SHARE = 0.6
# SL602 needs this many letters before a document's language counts as known.
MISMATCH_MIN_LETTERS = 100
MISMATCH_MIN_CONFIDENCE = 0.8
# SL603: fewer occurrences of the minority form than this are names or stray characters.
MIN_MINORITY_HANZI = 3
MIN_MINORITY_DISTINCT = 2
MIN_MINORITY_PUNCTUATION = 2

_METHOD = {
    "script": "by script",
    "function-words": "by script and function words",
    "langdetect": "by langdetect",
}
_CASED_WORD = re.compile(r"[^\W\d_]+")
_IDENTIFIER = re.compile(r"\w[-_/.]\w+[-_/.]\w")
_METADATA_KEY = re.compile(r"(?m)^[ \t]*[\w-]+:(?=\s)")
_CODE_SYMBOLS = re.compile(r"[{}\[\]<>;=|\\$#_`]")
_QUOTE_OPENERS = "\"“‘'「『«„>"
_QUOTES = re.compile('["“”「」『』«»]')
_CLOSING = {"“": "”", "「": "」", "『": "』", "«": "»", '"': '"'}

# Half-width marks next to a Han character; `,` `.` `:` between digits (3.5, 10:30, 1,000) are not.
_HALF_PUNCT = re.compile(f"(?<=[{HAN}])[,;:!?().]|[,;:!?(](?=[{HAN}])|(?<=[{HAN}\\w])\\)(?=[{HAN}])")
_FULL_PUNCT = re.compile("[\uff0c\uff1b\uff1a\uff01\uff1f\uff08\uff09\u3002]")


class LanguageCheck:
    name = "language"
    rules = (FOREIGN_BLOCK, LANGUAGE_MISMATCH, SCRIPT_MIX)
    options: dict[str, Any] = {"declared": "auto", "declared-per-file": {}, "min-letters": 40}

    def __init__(self, options: Mapping[str, Any]) -> None:
        self.declared = str(options.get("declared", "auto")).strip()
        per_file = options.get("declared-per-file", {}) or {}
        self.per_file = tuple((str(glob), str(code).strip()) for glob, code in per_file.items())
        self.min_letters = int(options.get("min-letters", 40))

    def check(self, doc: Document, enabled: frozenset[str]) -> Iterator[Finding]:
        main = document_language(doc)
        if not main.decided:
            return
        if FOREIGN_BLOCK.code in enabled:
            yield from self._foreign_blocks(doc, main)
        if LANGUAGE_MISMATCH.code in enabled:
            yield from self._mismatch(doc, main)
        if SCRIPT_MIX.code in enabled and main.base == "zh":
            yield from self._script_mix(doc, main)

    # SL601 ----------------------------------------------------------------------------------------

    def _foreign_blocks(self, doc: Document, main: Detection) -> Iterator[Finding]:
        if main.confidence < MIN_DOCUMENT_CONFIDENCE:
            return
        kinds = kind_letters(doc)
        for block in language_blocks(doc):
            if block.profile.letters < self.min_letters:
                continue
            if block.kind == main.script:
                if block.kind not in SHARED_SCRIPTS:
                    continue
            elif kinds[block.kind] > MAX_FOREIGN_RATIO * kinds[main.script]:
                continue
            detection = self._foreign(doc, block, main)
            if detection is None:
                continue
            yield doc.finding(
                FOREIGN_BLOCK,
                block.start,
                block.end,
                f"Text in {language_name(detection.language)} ({detection.language}, confidence "
                f"{detection.confidence:.2f} {_METHOD.get(detection.method, '')}) in a document in "
                f"{language_name(main.language)} ({main.language})",
            )

    def _foreign(self, doc: Document, block: Block, main: Detection) -> Detection | None:
        """The block's language when every signal says it is foreign prose, else None."""
        weighted = block.profile.weighted()
        main_family = FAMILY.get(main.script, main.script)
        if block.family != main_family and weighted.get(main_family, 0) > MAX_MAIN_SHARE_IN_BLOCK * sum(
            weighted.values()
        ):
            return None
        text = doc.folded[block.start : block.end]
        if _is_quotation(text) or _is_code(text):
            return None
        prose = _without_identifiers(text)
        if profile(prose).letters < self.min_letters or not _is_prose(prose, block.family):
            return None
        detection = block_language(doc, block)
        if not detection.decided or detection.base == main.base:
            return None
        if detection.method == "langdetect" and detection.confidence < MIN_LANGDETECT_CONFIDENCE:
            return None
        if detection.language == "en" and detection.method == "langdetect":
            # English prose has function words; Latin text without them is names, metadata or slugs.
            return None
        if detection.base == "zh" and main.base == "ja":
            # Kanji-only lines of Japanese text look Chinese by script alone.
            return None
        return detection

    # SL602 ----------------------------------------------------------------------------------------

    def _mismatch(self, doc: Document, main: Detection) -> Iterator[Finding]:
        declared, source = self._declared_for(doc.path)
        if declared.lower() in ("", "auto"):
            return
        if main.letters < MISMATCH_MIN_LETTERS or main.confidence < MISMATCH_MIN_CONFIDENCE:
            return
        if matches_declared(declared, main.language):
            return
        yield doc.finding(
            LANGUAGE_MISMATCH,
            0,
            0,
            f"Document is in {language_name(main.language)} ({main.language}, confidence {main.confidence:.2f}), "
            f"but the declared language is {declared} ({source})",
            matched=main.language,
        )

    def _declared_for(self, path: str) -> tuple[str, str]:
        posix = path.replace("\\", "/")
        candidates = {posix, posix[2:] if posix.startswith("./") else posix}
        for glob, code in self.per_file:
            if any(fnmatch.fnmatchcase(c, glob) for c in candidates):
                return code, f"declared-per-file {glob!r}"
        return self.declared, "declared"

    # SL603 ----------------------------------------------------------------------------------------

    def _script_mix(self, doc: Document, main: Detection) -> Iterator[Finding]:
        hanzi = document_hanzi(doc)
        if main.language == "zh-Hant":
            minority, majority, kind, host = hanzi.simplified, hanzi.traditional, "Simplified", "Traditional"
        else:
            minority, majority, kind, host = hanzi.traditional, hanzi.simplified, "Traditional", "Simplified"
        chars = Counter(doc.text[i] for i in minority)
        if len(minority) >= MIN_MINORITY_HANZI and len(chars) >= MIN_MINORITY_DISTINCT:
            shown = ", ".join(f"{c} ×{n}" for c, n in sorted(chars.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
            yield doc.finding(
                SCRIPT_MIX,
                minority[0],
                minority[0] + 1,
                f"{len(minority)} {kind} characters ({shown}) in a {host} Chinese document "
                f"({len(majority)} {host}-only characters)",
            )
        half = [(m.start(), m.group()) for m in _HALF_PUNCT.finditer(doc.text)]
        full = [(m.start(), m.group()) for m in _FULL_PUNCT.finditer(doc.text)]
        if min(len(half), len(full)) < MIN_MINORITY_PUNCTUATION:
            return
        first = min(half if len(half) <= len(full) else full)[0]
        yield doc.finding(
            SCRIPT_MIX,
            first,
            first + 1,
            f"Chinese text mixes half-width punctuation ({len(half)}: {_marks(half)}) with full-width "
            f"punctuation ({len(full)}: {_marks(full)})",
        )


def _marks(found: list[tuple[int, str]]) -> str:
    counts = Counter(mark for _, mark in found)
    return ", ".join(f"`{m}` ×{n}" for m, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _is_prose(text: str, family: str) -> bool:
    """Sentences, not a list of names: enough words and, in cased scripts, many lowercase ones."""
    if family == "cjk":
        return True
    words = _CASED_WORD.findall(text)
    if len(words) < MIN_PROSE_WORDS:
        return False
    if family not in ("latin", "cyrillic", "greek"):
        return True
    lowercase = sum(1 for w in words if w[0].islower())
    return lowercase >= MIN_LOWERCASE_SHARE * len(words)


def _without_identifiers(text: str) -> str:
    """``text`` without what is not prose: slugs, paths and dates (`a-b-c`, `a/b/c`, `a_b.c`) and
    metadata keys at line starts (`title:`)."""
    text = _METADATA_KEY.sub(" ", text)
    return " ".join(token for token in text.split() if not _IDENTIFIER.search(token))


def _is_quotation(text: str) -> bool:
    stripped = text.lstrip(" \t\u3000")
    if stripped[:1] in _QUOTE_OPENERS:
        return True
    quoted = 0
    opener = ""
    opened_at = 0
    for m in _QUOTES.finditer(text):
        mark = m.group()
        if opener and mark == _CLOSING[opener]:
            quoted += profile(text[opened_at : m.start()]).letters
            opener = ""
        elif not opener and mark in _CLOSING:
            opener, opened_at = mark, m.end()
    letters = profile(text).letters
    return letters > 0 and quoted >= MAX_QUOTED_SHARE * letters


def _is_code(text: str) -> bool:
    visible = len(text) - text.count(" ")
    return visible > 0 and len(_CODE_SYMBOLS.findall(text)) > MAX_CODE_SYMBOL_SHARE * visible


CHECKS = (LanguageCheck,)
