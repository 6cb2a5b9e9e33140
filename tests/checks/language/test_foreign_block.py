"""SL601 foreign-block: blocks in another language than the document, and what is not one."""

from __future__ import annotations

import pytest

from seedlint.config import Settings
from tests.checks.language.texts import EN_ARTICLE, NAME_DENSE, NOTICE, ZH_ARTICLE, codes, findings


def test_seed_000_has_one_foreign_block_on_line_26_which_yields_to_the_disclaimer(seed_findings):
    from seedlint.config import Settings
    from seedlint.engine import lint_bytes
    from tests.helpers import SEEDS

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


# SL601 foreign-block: when langdetect is asked -----------------------------------------------------


@pytest.fixture
def langdetect_calls(monkeypatch):
    import seedlint.text.language as language

    calls: list[str] = []
    original = language.langdetect

    def counting(text: str, *, script: str = "latin") -> tuple[str, float]:
        calls.append(text)
        return original(text, script=script)

    monkeypatch.setattr(language, "langdetect", counting)
    return calls


@pytest.mark.parametrize(
    "line",
    [
        "Soviet-era spacecraft plunges to Earth after 53 years stuck in orbit",
        "Six sailors remain missing after ship capsizal in E China waters",
        "By Alicia C. Shepard | Alicia C. Shepard is a former senior writer and ombudsman.",
        "China, Myanmar agree to cooperate on suspended joint hydropower project (Xinhua)",
    ],
)
def test_english_headlines_of_an_english_article_need_no_langdetect(line, langdetect_calls):
    assert codes(EN_ARTICLE + "\n" + line + "\n") == []
    assert langdetect_calls == []


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Le gouvernement annonce une nouvelle reforme pour les entreprises du pays", "French (fr"),
        ("Regierung kuendigt neue Reform fuer die Unternehmen des Landes an und sagt mehr", "German (de"),
        ("Pemerintah mengumumkan reformasi baru untuk perusahaan di negara ini dan itu", "Indonesian (id"),
    ],
)
def test_unaccented_foreign_lines_still_go_to_langdetect(line, language, langdetect_calls):
    found = findings(EN_ARTICLE + "\n" + line + "\n")
    assert [f.code for f in found] == ["SL601"] and language in found[0].message
    assert len(langdetect_calls) == 1


def test_english_headlines_under_a_chinese_article_need_no_langdetect(langdetect_calls):
    # langdetect's English answer is never reported, so English evidence settles the block.
    assert codes(ZH_ARTICLE + "Chinese leaders watch Beijing Opera performance in capital city on Monday\n") == []
    assert langdetect_calls == []
