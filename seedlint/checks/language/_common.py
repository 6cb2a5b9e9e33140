"""What the language rules share: language names for messages and the articles their examples use."""

from __future__ import annotations

from functools import cache

from seedlint.data import read_list

ZH_ARTICLE = (
    "据外媒报道,亚马逊正讨论向人工智能初创公司Anthropic进行第二笔数十亿美元的投资。\n"
    "这笔新投资与去年的投资结构相似,双方仍在就具体条款进行谈判,目前尚未达成最终协议。\n"
    "参与讨论的人士透露,作为初步协议的一部分,该公司同意使用一些由自研芯片驱动的服务器。\n"
    "分析人士认为,云服务商与大模型开发商之间的合作越来越紧密,这种投资换取算力采购的模式正在成为行业常态。\n"
)
EN_ARTICLE = (
    "Amazon is in talks to make a second multibillion-dollar investment in the artificial intelligence "
    "startup, according to people familiar with the matter. The new investment would be structured like "
    "the first one, and the two companies are still negotiating the terms of the agreement.\n"
)


@cache
def language_names() -> dict[str, str]:
    """English names of BCP-47 codes, from ``data/language/names.txt``."""
    return dict(line.split(None, 1) for line in read_list("language/names.txt"))


def language_name(code: str) -> str:
    return language_names().get(code, code)


@cache
def other_function_words() -> frozenset[str]:
    """Function words of the Latin-script languages other than English, from
    ``data/language/latin_function_words.txt``."""
    return frozenset(read_list("language/latin_function_words.txt"))
