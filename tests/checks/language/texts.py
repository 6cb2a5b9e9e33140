"""Articles and helpers the language rule tests share."""

from __future__ import annotations

from seedlint.config import Settings
from seedlint.engine import lint_text

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


NAME_DENSE = (
    "据The Information报道,Amazon正与Anthropic讨论新一轮投资,"
    "Anthropic CEO Dario Amodei此前表示Claude将使用AWS Trainium芯片。\n"
    "Microsoft、Google、Meta和Nvidia(NVDA)的股价周一上涨,OpenAI的ChatGPT Enterprise与GitHub Copilot订阅收入增长。\n"
    "Tesla(TSLA)、Apple(AAPL)与Alphabet(GOOGL)领涨,Morgan Stanley分析师Adam Jonas上调了Tesla目标价。\n"
    "CoreWeave通过Blackstone和Magnetar Capital获得贷款,用于采购Nvidia H100 GPU,Crusoe Energy也宣布融资。\n"
    "Hugging Face联合创始人Clem Delangue称,Llama 3和Mistral Large的下载量在Hugging Face Hub上创下新高。\n"
)


def codes(text: str, settings: Settings = FOREIGN, path: str | None = None) -> list[str]:
    return [f.code for f in lint_text(text, settings=settings, path=path)]


def findings(text: str, settings: Settings = FOREIGN, path: str | None = None):
    return lint_text(text, settings=settings, path=path)


def declared_settings(**options) -> Settings:
    return Settings(select=("SL602",)).with_options("language", options)
