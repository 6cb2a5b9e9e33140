"""SL6xx language: foreign blocks, declared-language mismatches and mixed Chinese scripts."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from seedlint.config import ConfigError, Settings, settings_from_table
from seedlint.document import Document
from seedlint.engine import lint_text
from seedlint.text.language import document_language

FOREIGN = Settings(select=("SL601",))
ALL_LANGUAGE = Settings(select=("SL601", "SL602", "SL603"))

ZH_ARTICLE = (
    "据外媒报道,亚马逊正讨论向人工智能初创公司进行第二笔数十亿美元的投资,这笔投资的结构与去年相似。\n"
    "一位参与讨论的人士称,亚马逊的总投资规模可能取决于此次讨论的结果,特别是对方同意使用的自研芯片数量。\n"
    "长期以来,这家初创公司更喜欢使用由其他厂商设计的芯片驱动的服务器,同时也在使用亚马逊云来训练模型。\n"
    "分析人士认为,云服务商与大模型开发商之间的合作越来越紧密,投资换取算力采购的模式正在成为行业常态。\n"
)
EN_ARTICLE = (
    "Amazon is in talks to make a second multibillion-dollar investment in the artificial intelligence startup, "
    "according to people familiar with the matter.\n\n"
    "The new investment would be structured like the first one, and the two companies are still negotiating "
    "the terms, including how many of the cloud provider's own chips the startup would agree to use.\n\n"
    "The startup has long preferred servers powered by chips designed by other vendors, and it has been "
    "training its models on rented capacity while it looks for cheaper ways to grow.\n"
)
NOTICE = (
    "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of "
    "the platform, which is a social media platform and only provides information storage services."
)


def codes(text: str, settings: Settings = FOREIGN, path: str | None = None) -> list[str]:
    return [f.code for f in lint_text(text, settings=settings, path=path)]


def findings(text: str, settings: Settings = FOREIGN, path: str | None = None):
    return lint_text(text, settings=settings, path=path)


# Seeds ------------------------------------------------------------------------------------------


def test_seed_000_has_one_foreign_block_on_line_26_which_yields_to_the_disclaimer(seed_findings):
    from seedlint.config import Settings
    from seedlint.engine import lint_bytes
    from tests.conftest import SEEDS

    raw = (SEEDS / "000_bc273ac15db8b7fc.txt").read_bytes()
    found = [f for f in lint_bytes(raw, "000.txt", Settings(select=("language",))) if f.code == "SL601"]
    assert [(f.line, f.code) for f in found] == [(26, "SL601")]
    # With every rule on, the platform disclaimer's fix removes line 26, so the line is reported once.
    everything = seed_findings["000_bc273ac15db8b7fc.txt"]
    assert [f.line for f in everything if f.code == "SL601"] == []
    assert [(f.line, f.end_line) for f in everything if f.code == "SL201"] == [(25, 26)]
    assert found[0].matched.startswith("Notice: The content above")
    assert "English (en, confidence 1.00" in found[0].message
    assert "Chinese (zh)" in found[0].message


def test_seed_001_has_no_foreign_block(seed_findings):
    assert [f for f in seed_findings["001_6f310a440d0ae3ad.txt"] if f.code == "SL601"] == []


def test_seeds_have_no_language_mismatch_by_default(seed_findings):
    assert [f for fs in seed_findings.values() for f in fs if f.code in ("SL602", "SL603")] == []


# SL601 foreign-block: must flag -------------------------------------------------------------------


def test_english_notice_under_chinese_article():
    found = findings(ZH_ARTICLE + NOTICE + "\n")
    assert [(f.code, f.line) for f in found] == [("SL601", 5)]
    assert found[0].matched == NOTICE


def test_hard_wrapped_english_paragraph_is_one_block():
    wrapped = "\n".join(
        [
            "Notice: The content above is uploaded",
            "and posted by a user of the platform,",
            "which only provides information storage.",
        ]
    )
    found = findings(ZH_ARTICLE + "\n" + wrapped + "\n")
    assert [(f.line, f.end_line) for f in found] == [(6, 8)]


def test_french_paragraph_in_english_article():
    text = EN_ARTICLE + (
        "\nLe contenu ci-dessus a été publié par un utilisateur de la plateforme, qui fournit uniquement des "
        "services de stockage d'informations.\n"
    )
    found = findings(text)
    assert [f.code for f in found] == ["SL601"]
    assert "French (fr, confidence" in found[0].message and "by langdetect" in found[0].message


def test_chinese_paragraph_in_english_article():
    text = (
        EN_ARTICLE + "\n本文为用户上传并发布,本平台仅提供信息存储服务,不代表本平台的观点和立场,如有侵权请联系删除。\n"
    )
    found = findings(text)
    assert [f.code for f in found] == ["SL601"]
    assert "Chinese (zh, confidence 1.00 by script)" in found[0].message


def test_japanese_paragraph_in_chinese_article():
    text = (
        ZH_ARTICLE
        + "このページの内容は利用者が投稿したものであり、当サイトは情報の保存サービスのみを提供しています。\n"
    )
    found = findings(text)
    assert [f.code for f in found] == ["SL601"]
    assert "Japanese (ja" in found[0].message


def test_min_letters_option():
    short = "Notice: Posted by a user of the platform."
    assert codes(ZH_ARTICLE + short + "\n") == []
    lowered = Settings(select=("SL601",)).with_options("language", {"min-letters": 20})
    assert codes(ZH_ARTICLE + short + "\n", lowered) == ["SL601"]


# SL601 foreign-block: must not flag ---------------------------------------------------------------

NAME_DENSE = (
    "据The Information报道,Amazon正与Anthropic讨论新一轮投资,"
    "Anthropic CEO Dario Amodei此前表示Claude将使用AWS Trainium芯片。\n"
    "Microsoft、Google、Meta和Nvidia(NVDA)的股价周一上涨,OpenAI的ChatGPT Enterprise与GitHub Copilot订阅收入增长。\n"
    "Tesla(TSLA)、Apple(AAPL)与Alphabet(GOOGL)领涨,Morgan Stanley分析师Adam Jonas上调了Tesla目标价。\n"
    "CoreWeave通过Blackstone和Magnetar Capital获得贷款,用于采购Nvidia H100 GPU,Crusoe Energy也宣布融资。\n"
    "Hugging Face联合创始人Clem Delangue称,Llama 3和Mistral Large的下载量在Hugging Face Hub上创下新高。\n"
)


@pytest.mark.parametrize(
    "text",
    [
        ZH_ARTICLE,
        ZH_ARTICLE + NAME_DENSE,
        NAME_DENSE + ZH_ARTICLE,
        ZH_ARTICLE + "来源:The Information\n",
        ZH_ARTICLE + "Microsoft, Google, Amazon, Meta, Apple, Nvidia, Tesla, Netflix, Broadcom, Oracle, Salesforce\n",
        ZH_ARTICLE + "NASDAQ: AAPL MSFT GOOGL AMZN META NVDA TSLA AVGO ORCL CRM ADBE NFLX AMD INTC QCOM\n",
        ZH_ARTICLE + "“We are excited to deepen our partnership with Amazon and to keep building safe AI,” he said.\n",
        ZH_ARTICLE + "> We are excited to deepen our partnership with Amazon and to keep building safe systems.\n",
        ZH_ARTICLE
        + "原文链接:https://www.theinformation.com/articles/amazon-discusses-new-multibillion-dollar-investment\n",
        ZH_ARTICLE + "```\nfor model in models: print(model.name, model.parameters, model.training_data)\n```\n",
        ZH_ARTICLE + "const client = new AnthropicClient({ apiKey: process.env.API_KEY, region: 'us-east-1' });\n",
        ZH_ARTICLE + "ref: 2024-11-08-amazon-discusses-second-multibillion-investment-in-the-startup-cloud-deal\n",
        ZH_ARTICLE + "Amazon Discusses Second Multibillion Dollar Investment In Artificial Intelligence Startup\n",
        ZH_ARTICLE + "Source: The Information\nEditor: Panken\n",
    ],
    ids=[
        "plain",
        "names-after",
        "names-before",
        "source-line",
        "name-list",
        "tickers",
        "quotation",
        "blockquote",
        "url",
        "fenced-code",
        "code-line",
        "slug",
        "title-case-headline",
        "short-lines",
    ],
)
def test_chinese_article_not_flagged(text):
    assert codes(text) == []


def test_english_article_quoting_one_chinese_sentence():
    text = EN_ARTICLE + (
        "\nThe ministry wrote on its website: “我们将坚定不移地推进改革开放,为世界经济注入更多确定性。” "
        "It gave no further details.\n"
    )
    assert codes(text) == []


def test_english_article_with_chinese_quotation_line():
    text = (
        EN_ARTICLE + "\n“我们将坚定不移地推进改革开放,为世界经济注入更多确定性和稳定性,也欢迎各国企业来华投资兴业。”\n"
    )
    assert codes(text) == []


def test_english_article_with_short_chinese_lines():
    text = EN_ARTICLE + "\n来源:新华社\n责任编辑:张三\n"
    assert codes(text) == []


def test_bilingual_document_is_not_a_foreign_block():
    pairs = [
        (
            "亚马逊正讨论向人工智能初创公司进行第二笔数十亿美元的投资,这笔投资的结构与去年相似。",
            "Amazon is discussing a second multibillion-dollar investment in the startup, structured like the first.",
        ),
        (
            "长期以来,这家初创公司更喜欢使用其他厂商芯片驱动的服务器,同时也在使用亚马逊云训练模型。",
            "The startup has long preferred servers powered by other vendors' chips, and it trains on Amazon's cloud.",
        ),
    ]
    text = "\n\n".join(f"{zh}\n{en}" for zh, en in pairs) + "\n"
    assert codes(text) == []


def test_english_article_not_flagged():
    assert codes(EN_ARTICLE) == []


# SL602 language-mismatch ------------------------------------------------------------------------


def _declared(**options) -> Settings:
    return Settings(select=("SL602",)).with_options("language", options)


def test_mismatch_with_declared_language():
    found = findings(EN_ARTICLE, _declared(declared="zh"))
    assert [f.code for f in found] == ["SL602"]
    assert found[0].message.startswith("Document is in English (en, confidence 1.00), but the declared language is zh")


def test_auto_never_reports():
    assert codes(EN_ARTICLE, Settings(select=("SL602",))) == []
    assert codes(EN_ARTICLE, _declared(declared="auto")) == []


@pytest.mark.parametrize(
    "declared,text,expected",
    [
        ("zh", ZH_ARTICLE, []),
        ("zh-Hans", ZH_ARTICLE, []),
        ("zh-Hant", ZH_ARTICLE, ["SL602"]),
        ("en", ZH_ARTICLE, ["SL602"]),
        ("en-US", EN_ARTICLE, []),
        ("zh", ZH_ARTICLE + NOTICE + "\n", []),
    ],
)
def test_declared_tags(declared, text, expected):
    assert codes(text, _declared(declared=declared)) == expected


def test_declared_per_file_glob_wins_over_declared():
    settings = _declared(declared="zh", **{"declared-per-file": {"corpus/en/*": "en", "*.zh.txt": "zh"}})
    assert codes(EN_ARTICLE, settings, path="corpus/en/a.txt") == []
    assert codes(EN_ARTICLE, settings, path="corpus/zh/a.txt") == ["SL602"]
    assert codes(EN_ARTICLE, settings, path="news/b.zh.txt") == ["SL602"]
    found = findings(EN_ARTICLE, settings, path="news/b.zh.txt")
    assert "declared-per-file '*.zh.txt'" in found[0].message


def test_too_short_to_tell_is_not_reported():
    assert codes("Short English note.\n", _declared(declared="zh")) == []


def test_config_table_accepts_declared_options():
    table = {
        "select": ["SL602"],
        "language": {"declared": "zh", "declared-per-file": {"en/*": "en"}, "min-letters": 60},
    }
    settings = settings_from_table(table, Path("seedlint.toml"))
    assert codes(EN_ARTICLE, settings, path="en/a.txt") == []
    assert codes(EN_ARTICLE, settings, path="zh/a.txt") == ["SL602"]
    with pytest.raises(ConfigError):
        settings_from_table({"language": {"declared-per-file": ["en"]}}, Path("seedlint.toml"))


# SL603 script-mix --------------------------------------------------------------------------------


def test_script_mix_is_off_by_default():
    assert "SL603" not in codes("公司表示,这项投资将于明年完成。该公司(总部位于北京)将继续扩大业务。\n", Settings())


def test_punctuation_mix_reported_once_with_counts(seed_findings):
    found = findings("公司表示,这项投资将于明年完成。该公司(总部位于北京)将继续扩大业务,预计营收增长。\n", ALL_LANGUAGE)
    assert [f.code for f in found] == ["SL603"]
    assert "half-width punctuation (4: `,` ×2, `(` ×1, `)` ×1)" in found[0].message
    assert "full-width punctuation (2: `。` ×2)" in found[0].message


def test_seed_punctuation_mix_once_per_document():
    for seed in sorted(Path(__file__).resolve().parents[2].joinpath("seeds").glob("*.txt")):
        found = [f for f in lint_text(seed.read_bytes(), settings=ALL_LANGUAGE) if f.code == "SL603"]
        assert len(found) == 1 and "mixes half-width punctuation" in found[0].message


def test_traditional_characters_in_simplified_document():
    text = "这家公司表示，这项投资将于明年完成，这个项目會帶來很多机会，这对公司来说很重要，公司对此很有信心。\n"
    found = findings(text, ALL_LANGUAGE)
    assert [f.code for f in found] == ["SL603"]
    assert "Traditional characters" in found[0].message and "in a Simplified Chinese document" in found[0].message
    assert found[0].matched == "會"


def test_simplified_characters_in_traditional_document():
    text = "這家公司表示，這項投資將於明年完成，这个项目會帶來很多機會，公司對此很有信心。\n"
    found = findings(text, ALL_LANGUAGE)
    assert [f.code for f in found] == ["SL603"]
    assert "Simplified characters" in found[0].message and "Traditional Chinese document" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "公司表示，这项投资将于明年完成。该公司（总部位于北京）将继续扩大业务。\n",
        "公司表示,这项投资将于明年完成,营收增长3.5%,时间是10:30,规模1,000亿元.\n",
        "這家公司表示，這項投資將於明年完成。\n",
        "这家公司表示，这项投资将于明年完成，這个项目很重要。\n",
        "The company said, in a statement (issued Tuesday), that it would invest. It did; it will.\n",
    ],
    ids=["all-full-width", "all-half-width", "traditional", "one-traditional-char", "english"],
)
def test_script_mix_not_flagged(text):
    assert codes(text, ALL_LANGUAGE) == []


# Dev corpus --------------------------------------------------------------------------------------


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
    settings = _declared(**{"declared-per-file": per_file})
    for doc in dev_corpus.docs():
        raw = (dev_corpus.root / "docs" / doc).read_bytes()
        assert codes(raw, settings, path=doc) == [], doc


# Robustness and determinism ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["a" * 1_000_000, "a-" * 500_000, "中" * 1_000_000, "“" * 1_000_000, "the " * 250_000, "中," * 500_000],
    ids=["latin", "slug", "han", "quotes", "words", "han-commas"],
)
def test_one_huge_line_stays_linear(line):
    started = time.perf_counter()
    lint_text(ZH_ARTICLE + line + "\n", settings=ALL_LANGUAGE)
    assert time.perf_counter() - started < 20


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
