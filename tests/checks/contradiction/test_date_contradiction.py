"""SL406 date-contradiction."""

from __future__ import annotations

import pytest

from seedlint.config import Settings
from seedlint.engine import lint_text

ONLY = Settings(select=("SL406",))


def messages(text: str) -> list[str]:
    return [f.message for f in lint_text(text, settings=ONLY)]


def test_a_weekday_the_calendar_disagrees_with():
    assert messages("2024年11月27日(星期五),市政府召开常务会议。\n") == [
        "`2024年11月27日(星期五)`: 2024-11-27 was a Wednesday"
    ]
    assert messages("On Friday, Nov. 27, 2024, the Senate voted.\n") == [
        "`Friday, Nov. 27, 2024`: 2024-11-27 was a Wednesday"
    ]
    assert messages("The vote took place on Friday, 27 November 2024.\n") == [
        "`Friday, 27 November 2024`: 2024-11-27 was a Wednesday"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2024年11月27日(星期三),市政府召开常务会议。\n",
        "2024年11月27日 周三 晴\n",
        "２０２４年１１月２７日（星期三）\n",
        "On Wednesday, Nov. 27, 2024, the Senate voted.\n",
        "Wed (Nov 27, 2024): the Senate voted.\n",
        # No year and no document date: the weekday cannot be judged.
        "11月27日(星期五),市政府召开常务会议。\n",
        # Not a date at all.
        "2023年2月30日(星期四)\n",
        # 周 that is not a weekday.
        "2024年11月27日周边地区降温,周年庆活动取消。\n",
    ],
)
def test_dates_that_agree_or_cannot_be_judged(text):
    assert messages(text) == []


def test_a_year_less_date_takes_the_year_of_the_document():
    doc = "发布时间:2024-11-27\n\n11月29日(星期三)起,地铁延长运营时间。\n"
    assert messages(doc) == ["`11月29日(星期三)`: 2024-11-29 was a Friday"]
    across_new_year = "发布时间:2025-01-02\n\n12月30日(周一)起降温,1月3日(周五)回升。\n"
    assert messages(across_new_year) == []


def test_today_and_yesterday_against_the_document_date():
    doc = "发布时间:2024-11-27 10:20 来源:人民网\n\n今天(6月17日),市政府召开发布会。昨日(11月26日)已有通报。\n"
    assert messages(doc) == [
        "`今天(6月17日)` contradicts the document's date 2024-11-27 (line 1): 今天 would be 11月27日"
    ]
    late = "新华社北京2024年11月27日电 今天是11月28日,前天(11月25日)下了雪。\n"
    assert messages(late) == []  # a day either way: time zones, a page published the next morning


def test_no_relative_claim_is_judged_without_one_document_date():
    two_dates = "2024年11月8日 北京\n2024年11月9日 上海\n今天(6月17日),市政府召开发布会。\n"
    assert messages(two_dates) == []


def test_a_date_inside_a_paragraph_dates_an_event_not_the_document():
    # The first lines' only full date opens a sentence about what happened then: no document date.
    text = (
        "用生命和热血书写新时代英雄赞歌\n"
        "和平年代,公安队伍是一支牺牲最多、奉献最大的队伍。今天(4月4日),全国各地举行悼念活动,缅怀英烈。\n"
        "2023年4月17日,四川青神县民警蒋久华在与战友执行搜捕盘查任务时,突遭犯罪嫌疑人持刀袭击,他挺身而出。\n"
    )
    assert messages(text) == []
    # A paragraph's dateline is the document's date.
    dateline = "新华社北京2024年11月27日电 今天(6月17日),市政府召开发布会,介绍了今年以来的经济运行情况。\n"
    assert len(messages(dateline)) == 1
