"""SL409 name-variant: a foreign name spelled one way throughout and another way once."""

from __future__ import annotations

import pytest

from seedlint.config import Settings
from seedlint.engine import lint_text


def _found(text: str) -> list[str]:
    return [f.matched for f in lint_text(text, settings=Settings(select=("SL409",)))]


STORY = (
    "乌克兰驻德国大使梅尔尼克接受采访时表示,谈判仍在继续。\n\n"
    "此外,{variant}还谈到乌克兰春季反攻的相关问题。\n\n"
    "不过梅尔尼克也提到,反攻并不轻松。梅尔尼克强调,西方对乌军援的速度太慢。\n"
)


def test_a_name_spelled_once_another_way_is_reported():
    assert _found(STORY.format(variant="梅利尼克")) == ["梅利尼克"]
    # Traditional text is read through the Simplified fold.
    assert _found(STORY.format(variant="梅利尼克").replace("乌克兰", "烏克蘭")) == ["梅利尼克"]


@pytest.mark.parametrize(
    "text",
    [
        STORY.format(variant="梅尔尼克"),
        # Two people with different names, each named more than once.
        "泽连斯基会见了普罗科菲耶夫。泽连斯基说,普罗科菲耶夫将率团访问。泽连斯基表示欢迎,普罗科菲耶夫致谢。\n",
        # Three-character names are too short to tell a slip from another person (特朗普, 特鲁普).
        "特朗普表示,特朗普政府将继续谈判。特鲁普公司的代表也出席了会议。\n",
        # One spelling written only once is no established spelling.
        "梅尔尼克表示,谈判仍在继续。此外,梅利尼克还谈到反攻的问题。\n",
    ],
)
def test_one_spelling_throughout_or_different_people_pass(text):
    assert _found(text) == []


def test_characters_of_the_words_around_a_name_are_no_spelling():
    # 乌克兰 followed by 加 (加入), 武 (武器) or 提 (提供): the runs differ where the name ends.
    text = "乌克兰加入谈判。乌克兰加快部署。乌克兰加强防御。乌克兰武器短缺,乌克兰提供了清单。\n"
    assert _found(text) == []
