"""Language detection: script shares first, seeded langdetect only where scripts cannot decide."""

from __future__ import annotations

import subprocess
import sys

import pytest

import seedlint.text.language as language
from seedlint.document import Document
from seedlint.text.language import (
    detect_block,
    document_language,
    is_english,
    language_blocks,
    matches_declared,
    profile,
    strip_links,
)
from tests.growth import assert_linear, repeat

ENGLISH = (
    "The company said on Tuesday that it would invest another two billion dollars in the startup, "
    "which has been training its models on servers rented from the cloud provider."
)
FRENCH = (
    "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les entreprises "
    "touchées par la crise, selon le ministre de l'économie."
)
GERMAN = (
    "Die Bundesregierung hat am Dienstag neue Maßnahmen zur Unterstützung der Unternehmen angekündigt, "
    "die von der Krise betroffen sind."
)
SIMPLIFIED = "这家公司周二表示,将向这家初创企业再投资二十亿美元,后者一直在使用从云服务商租用的服务器训练模型。"
TRADITIONAL = "這家公司週二表示,將向這家初創企業再投資二十億美元,後者一直在使用從雲端服務商租用的伺服器訓練模型。"
JAPANESE = (
    "同社は火曜日、このスタートアップにさらに20億ドルを投資すると発表した。"
    "クラウド事業者から借りたサーバーでモデルを訓練している。"
)
KOREAN = (
    "이 회사는 화요일 스타트업에 20억 달러를 추가로 투자할 것이라고 밝혔다. "
    "이 스타트업은 클라우드 서버에서 모델을 훈련하고 있다."
)
RUSSIAN = "Компания во вторник заявила, что инвестирует в стартап ещё два миллиарда долларов."

# Chinese prose dense with English names, products and tickers: the text langdetect gets wrong.
NAME_DENSE_CHINESE = (
    "据The Information报道,Amazon正与Anthropic讨论新一轮投资,"
    "Anthropic CEO Dario Amodei此前表示Claude将使用AWS Trainium芯片。",
    "Microsoft、Google、Meta和Nvidia(NVDA)的股价周一上涨,OpenAI的ChatGPT Enterprise与GitHub Copilot订阅收入增长。",
    "Tesla(TSLA)、Apple(AAPL)与Alphabet(GOOGL)领涨,Morgan Stanley分析师Adam Jonas上调了Tesla目标价。",
    "CoreWeave通过Blackstone和Magnetar Capital获得贷款,用于采购Nvidia H100 GPU,Crusoe Energy也宣布融资。",
    "Hugging Face联合创始人Clem Delangue称,Llama 3和Mistral Large的下载量在Hugging Face Hub上创下新高。",
)


@pytest.fixture
def no_langdetect(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("langdetect was called where scripts decide")

    monkeypatch.setattr(language, "langdetect", refuse)


@pytest.mark.parametrize(
    "text,expected",
    [
        (ENGLISH, "en"),
        (FRENCH, "fr"),
        (GERMAN, "de"),
        (SIMPLIFIED, "zh"),
        (TRADITIONAL, "zh-Hant"),
        (JAPANESE, "ja"),
        (KOREAN, "ko"),
        (RUSSIAN, "ru"),
    ],
)
def test_detect_block_reports_bcp47_codes(text, expected):
    detection = detect_block(text)
    assert detection.language == expected
    assert 0.5 < detection.confidence <= 1.0


@pytest.mark.parametrize("text", [ENGLISH, SIMPLIFIED, TRADITIONAL, JAPANESE, KOREAN, *NAME_DENSE_CHINESE])
def test_scripts_and_function_words_decide_without_langdetect(text, no_langdetect):
    detection = detect_block(text)
    assert detection.method in ("script", "function-words")


@pytest.mark.parametrize("text", NAME_DENSE_CHINESE)
def test_chinese_dense_with_english_names_is_chinese(text):
    assert detect_block(text).language == "zh"


def test_latin_text_that_is_not_english_goes_to_langdetect():
    assert detect_block(FRENCH).method == "langdetect"
    assert not is_english(FRENCH)
    assert not is_english(GERMAN)
    assert is_english(ENGLISH)


def test_han_with_sparse_kana_asks_langdetect():
    # Two kana in a long Han sentence: scripts cannot tell kanji-heavy Japanese from Chinese.
    text = "政府本日閣議決定経済対策企業向補助金制度拡充方針表明与党内調整難航見通" + "した"
    prof = profile(text)
    assert 0.02 <= prof.count("kana") / (prof.count("han") + prof.count("kana")) < 0.15
    assert detect_block(text).method == "langdetect"


def test_links_do_not_count_as_letters():
    text = "详见https://www.example.com/very/long/english/path/to/an/article?id=12345 和 mail@example.com"
    assert profile(text).count("latin") == 0
    assert len(strip_links(text)) == len(text)


def test_undetermined_without_letters():
    detection = detect_block("2024-11-08 12:30 | 123,456 —— ...")
    assert detection.language == "und"
    assert not detection.decided


def test_document_language_is_cached_on_the_document():
    doc = Document(SIMPLIFIED + "\n" + SIMPLIFIED + "\n" + ENGLISH + "\n")
    first = document_language(doc)
    assert first.language == "zh"
    assert document_language(doc) is first
    assert language_blocks(doc) is language_blocks(doc)


def test_document_language_of_an_english_article_with_a_chinese_line():
    doc = Document("\n\n".join([ENGLISH, ENGLISH, SIMPLIFIED, ENGLISH]) + "\n")
    assert document_language(doc).language == "en"


def test_blocks_group_consecutive_lines_of_one_script():
    english = "The content above is uploaded\nby a user of the platform,\nwhich only stores it."
    text = f"{SIMPLIFIED}\n{english}\n{SIMPLIFIED}\n"
    blocks = language_blocks(Document(text))
    assert [(b.first_line, b.last_line, b.kind) for b in blocks] == [(1, 1, "han"), (2, 4, "latin"), (5, 5, "han")]


def test_fenced_code_is_not_a_block():
    text = f"{SIMPLIFIED}\n```\nfor item in items: print(item)\n```\n"
    assert [b.kind for b in language_blocks(Document(text))] == ["han"]


@pytest.mark.parametrize(
    "declared,detected,ok",
    [
        ("zh", "zh", True),
        ("zh", "zh-Hant", True),
        ("zh-Hans", "zh", True),
        ("zh-CN", "zh", True),
        ("zh-Hant", "zh", False),
        ("zh-TW", "zh-Hant", True),
        ("zh-Hans", "zh-Hant", False),
        ("en", "en", True),
        ("en-US", "en", True),
        ("EN", "en", True),
        ("en", "zh", False),
        ("ja", "zh", False),
    ],
)
def test_matches_declared(declared, detected, ok):
    assert matches_declared(declared, detected) is ok


def test_langdetect_is_seeded_and_loaded_only_when_needed():
    code = (
        "import sys\n"
        "from seedlint.text.language import detect_block\n"
        f"detect_block({SIMPLIFIED!r}); detect_block({ENGLISH!r})\n"
        "print('langdetect' in sys.modules)\n"
        f"a = detect_block({FRENCH!r}); b = detect_block({FRENCH!r})\n"
        "from langdetect import DetectorFactory\n"
        "print('langdetect' in sys.modules, a == b, a.language, DetectorFactory.seed)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[:2] == ["False", "True True fr 0"]


def test_profiles_load_into_the_table_langdetect_builds():
    import json
    import os

    from langdetect import DetectorFactory
    from langdetect.detector_factory import PROFILES_DIRECTORY

    names = sorted(n for n in os.listdir(PROFILES_DIRECTORY) if not n.startswith("."))
    stock = DetectorFactory()
    profiles = []
    for name in names:
        with open(os.path.join(PROFILES_DIRECTORY, name), encoding="utf-8") as handle:
            profiles.append(json.dumps(json.load(handle)))
    stock.load_json_profile(profiles)
    ours = language._detector_factory()
    assert ours.langlist == stock.langlist
    assert ours.word_lang_prob_map == stock.word_lang_prob_map


def test_langdetect_reads_each_sample_once(monkeypatch):
    language._langdetect_sample.cache_clear()
    calls = []
    original = language._detector_factory

    def counting():
        calls.append(1)
        return original()

    monkeypatch.setattr(language, "_detector_factory", counting)
    assert language.langdetect(FRENCH) == language.langdetect(FRENCH)
    # Only the sample is read: what follows it changes nothing and costs nothing.
    long = (FRENCH + " ") * 20
    assert language.langdetect(long) == language.langdetect(long + GERMAN * 10)
    assert len(calls) == 2


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    ["a", "a.", "中", "@", "“", "the ", "x@", "Le gouvernement a annoncé ", "これは", "https://a.com/ "],
    ids=["latin", "dotted", "han", "at", "quotes", "words", "emails", "french", "kana", "urls"],
)
def test_huge_lines_grow_linearly(unit):
    def run(line: str) -> None:
        detect_block(line)
        strip_links(line)
        profile(line)

    assert_linear(run, repeat(unit), 10_000, unit)


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    ["短行\n", "中文的一行字。\nEnglish words on a line.\n", "Le contenu a été publié.\n\n", "\n"],
    ids=["short-han-lines", "alternating", "french-paragraphs", "blank-lines"],
)
def test_document_analyses_grow_linearly(unit):
    def run(text: str) -> None:
        doc = Document(text)
        document_language(doc)
        language_blocks(doc)

    assert_linear(run, repeat(unit), 10_000, unit)
