"""SL601 foreign-block: a paragraph or line in another language than the document's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from seedlint.checks.language._common import EN_ARTICLE, ZH_ARTICLE, language_name, other_function_words
from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.language import (
    FAMILY,
    Block,
    Detection,
    accented_letters,
    block_language,
    english_function_words,
    is_english,
    kind_letters,
    language_blocks,
    latin_words,
    profile,
)

RULE = Rule(
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
        ZH_ARTICLE + "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a "
        "user of the platform, which only provides information storage services.\n",
        EN_ARTICLE
        + "\nLe contenu ci-dessus a été publié par un utilisateur de la plateforme, qui fournit uniquement des "
        "services de stockage d'informations.\n",
        EN_ARTICLE + "\n本文为用户上传并发布,本平台仅提供信息存储服务,不代表本平台的观点和立场,如有侵权请联系删除。\n",
    ),
    pass_examples=(
        ZH_ARTICLE,
        ZH_ARTICLE + "来源:The Information\n",
        ZH_ARTICLE + "微软、Google、Amazon、Meta、Microsoft、Apple、Nvidia、Tesla等公司均参与了此轮竞争。\n",
        ZH_ARTICLE + "“We are excited to deepen our partnership with Amazon and to keep building safe AI,” he said.\n",
        ZH_ARTICLE + "原文链接:https://www.theinformation.com/articles/amazon-discusses-new-multibillion-investment\n",
        EN_ARTICLE + "\nThe ministry wrote: “我们将坚定不移地推进改革开放。” It gave no further details.\n",
    ),
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
# A Latin-script block the English function-word test leaves to langdetect is reported only when
# langdetect names another language, never when it answers English. A block where this share of
# the words are English function words, with no accented letter and no function word of another
# Latin-script language, gets the English answer without asking: headlines, bylines, captions.
ENGLISH_HINT_SHARE = 0.1

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


def foreign_blocks(doc: Document, main: Detection, min_letters: int) -> Iterator[Finding]:
    """SL601 findings: blocks of at least ``min_letters`` letters in another language than ``main``."""
    if main.confidence < MIN_DOCUMENT_CONFIDENCE:
        return
    kinds = kind_letters(doc)
    for block in language_blocks(doc):
        if block.profile.letters < min_letters:
            continue
        if block.kind == main.script:
            if block.kind not in SHARED_SCRIPTS:
                continue
        elif kinds[block.kind] > MAX_FOREIGN_RATIO * kinds[main.script]:
            continue
        detection = foreign_language(doc, block, main, min_letters)
        if detection is None:
            continue
        yield doc.finding(
            RULE,
            block.start,
            block.end,
            f"Text in {language_name(detection.language)} ({detection.language}, confidence "
            f"{detection.confidence:.2f} {_METHOD.get(detection.method, '')}) in a document in "
            f"{language_name(main.language)} ({main.language})",
        )


def foreign_language(doc: Document, block: Block, main: Detection, min_letters: int) -> Detection | None:
    """The block's language when every signal says it is foreign prose, else None."""
    text = doc.folded[block.start : block.end]
    if block.kind == "latin":
        # The cheapest test first: a Latin-script block that is English by function words in an
        # English document is never foreign, whatever the other signals say.
        english = is_english(text)
        if english and main.base == "en":
            return None
        if not english and _reads_english(text):
            # langdetect would be asked, and its English answer is never reported.
            return None
    weighted = block.profile.weighted()
    main_family = FAMILY.get(main.script, main.script)
    if block.family != main_family and weighted.get(main_family, 0) > MAX_MAIN_SHARE_IN_BLOCK * sum(weighted.values()):
        return None
    if _is_quotation(text) or _is_code(text):
        return None
    prose = _without_identifiers(text)
    if profile(prose).letters < min_letters or not _is_prose(prose, block.family):
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


def _reads_english(text: str) -> bool:
    """English evidence and nothing of another Latin-script language: headlines, bylines and
    captions, which the stricter English test (``is_english``) leaves to langdetect."""
    if accented_letters(text):
        return False
    words = [w.lower() for w in latin_words(text)]
    if not words or not other_function_words().isdisjoint(words):
        return False
    function = english_function_words()
    hits = sum(1 for w in words if w in function)
    return hits >= 1 and hits >= ENGLISH_HINT_SHARE * len(words)


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
