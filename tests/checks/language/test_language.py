"""The language family as a whole: seeds, the dev corpus, growth and determinism."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from seedlint.document import Document
from seedlint.engine import lint_text
from seedlint.text.language import document_language
from tests.checks.language.texts import (
    ALL_LANGUAGE,
    EN_ARTICLE,
    NAME_DENSE,
    NOTICE,
    ZH_ARTICLE,
    codes,
    declared_settings,
)
from tests.growth import assert_linear, repeat


def test_seeds_have_no_language_mismatch_by_default(seed_findings):
    assert [f for fs in seed_findings.values() for f in fs if f.code in ("SL602", "SL603")] == []


def test_no_foreign_block_or_mismatch_in_clean_docs(dev_corpus):
    assert dev_corpus.false_positives_in_clean(["SL601", "SL602"]) == []


def test_document_language_matches_the_corpus_table(dev_corpus):
    table = (dev_corpus.root / "SOURCES.md").read_text("utf-8")
    expected = dict(re.findall(r"^\| (\d{3}\.txt) \| (zh|en) \|", table, re.M))
    assert len(expected) == len(dev_corpus.docs())
    detected = {
        doc: document_language(Document.from_bytes((dev_corpus.root / "docs" / doc).read_bytes(), doc)).base
        for doc in dev_corpus.docs()
    }
    assert detected == expected


def test_dev_corpus_declared_mismatch_is_silent_when_declared_right(dev_corpus):
    table = (dev_corpus.root / "SOURCES.md").read_text("utf-8")
    per_file = {doc: lang for doc, lang in re.findall(r"^\| (\d{3}\.txt) \| (zh|en) \|", table, re.M)}
    settings = declared_settings(**{"declared-per-file": per_file})
    for doc in dev_corpus.docs():
        raw = (dev_corpus.root / "docs" / doc).read_bytes()
        assert codes(raw, settings, path=doc) == [], doc


def _after_article(unit: str) -> Callable[[int], str]:
    make = repeat(unit, "\n")
    return lambda n: ZH_ARTICLE + make(n)


def _foreign_paragraphs(n: int) -> str:
    """An English article followed by distinct French paragraphs: each one is a langdetect call."""
    paragraph = "Le contenu numéro {} a été publié par un utilisateur de la plateforme, qui fournit un service."
    count = max(1, n // len(paragraph))
    return EN_ARTICLE + "".join("\n" + paragraph.format(i) + "\n" for i in range(count))


@pytest.mark.slow
@pytest.mark.parametrize(
    "make",
    [
        _after_article("a"),
        _after_article("a-"),
        _after_article("中"),
        _after_article("“"),
        _after_article("the "),
        _after_article("中,"),
        repeat("中文的一行字。\n"),
        repeat("中文的一行字,其中有一些内容。\nEnglish words of the notice on a line.\n"),
        repeat("\n\nChinese leaders watch Beijing Opera performance at the theatre\n"),
        repeat("Notice: The content above is uploaded and posted by a user of the platform.\n"),
        repeat("这家公司表示,这个项目會帶來很多机会。\n"),
    ],
    ids=[
        "latin-line",
        "slug-line",
        "han-line",
        "quotes-line",
        "words-line",
        "han-commas-line",
        "short-han-lines",
        "alternating-scripts",
        "repeated-headlines",
        "repeated-notice",
        "mixed-scripts-and-widths",
    ],
)
def test_language_rules_grow_linearly(make):
    assert_linear(lambda text: lint_text(text, settings=ALL_LANGUAGE), make, 10_000, "SL601-SL603")


@pytest.mark.slow
def test_langdetect_calls_grow_linearly():
    import seedlint.text.language as language

    def run(text: str) -> None:
        # Every run pays for its detections: none is answered from an earlier run.
        language._langdetect_sample.cache_clear()
        lint_text(text, settings=ALL_LANGUAGE)

    assert_linear(run, _foreign_paragraphs, 1_000, "foreign paragraphs")


_LINT_AND_PRINT = """
import json, sys
from seedlint.config import Settings
from seedlint.engine import lint_paths
from seedlint.text.language import langdetect
findings = lint_paths([sys.argv[1]], Settings(select=("SL601", "SL602", "SL603")).with_options(
    "language", {"declared": "zh"}))
rows = [(f.path, f.line, f.column, f.code, f.message) for f in findings]
print(json.dumps(rows, ensure_ascii=False))
# Names-only text where an unseeded langdetect wavers between runs (0.57, 0.71, 0.86 ...).
ambiguous = ["Chinese top leaders Hu Jintao, Wu Bangguo, Wen Jiabao", "Google Amazon Meta Microsoft Apple Nvidia"]
print(json.dumps([langdetect(text) for text in ambiguous]))
"""


def test_same_corpus_gives_byte_identical_output_in_fresh_processes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a_zh.txt").write_text(ZH_ARTICLE + NAME_DENSE + NOTICE + "\n", "utf-8")
    (corpus / "b_en.txt").write_text(EN_ARTICLE, "utf-8")
    (corpus / "c_mixed.txt").write_text(
        EN_ARTICLE + "\n本文为用户上传并发布,本平台仅提供信息存储服务,不代表本平台的观点和立场,如有侵权请联系删除。\n",
        "utf-8",
    )
    (corpus / "d_latin.txt").write_text(
        EN_ARTICLE + "\nDie Bundesregierung hat am Dienstag neue Maßnahmen zur Unterstützung der Unternehmen "
        "angekündigt, die von der Krise betroffen sind, sagte der Minister in Berlin.\n\n"
        "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les entreprises.\n",
        "utf-8",
    )
    (corpus / "e_de.txt").write_text(
        "Die Bundesregierung hat am Dienstag neue Maßnahmen zur Unterstützung der Unternehmen angekündigt, "
        "die von der Krise betroffen sind.\n",
        "utf-8",
    )
    outputs = [
        subprocess.run([sys.executable, "-c", _LINT_AND_PRINT, str(corpus)], capture_output=True, check=True).stdout
        for _ in range(2)
    ]
    assert outputs[0] == outputs[1]
    rows = json.loads(outputs[0].splitlines()[0])
    assert {(Path(r[0]).name, r[3]) for r in rows} >= {
        ("a_zh.txt", "SL601"),
        ("c_mixed.txt", "SL601"),
        ("d_latin.txt", "SL601"),
        ("b_en.txt", "SL602"),
        ("e_de.txt", "SL602"),
    }


def test_language_names_for_messages():
    from seedlint.checks.language import language_name

    assert language_name("zh-Hant") == "Traditional Chinese"
    assert language_name("fr") == "French"
    assert language_name("xx") == "xx"


def test_importing_the_family_loads_neither_langdetect_nor_its_profiles():
    code = (
        "import sys\n"
        "import seedlint.checks.language\n"
        "from seedlint.config import Settings\n"
        "from seedlint.engine import lint_text\n"
        f"lint_text({ZH_ARTICLE + NOTICE!r}, settings=Settings(select=('language',)))\n"
        f"lint_text({EN_ARTICLE!r}, settings=Settings(select=('language',)))\n"
        "print('langdetect' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False"]
