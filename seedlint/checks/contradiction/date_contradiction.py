"""SL406 date-contradiction: a date that contradicts the calendar or the document's own date."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.dates import MONTHS, Date, document_date, month_number

RULE = Rule(
    code="SL406",
    name="date-contradiction",
    severity=Severity.WARNING,
    summary="A date contradicts its weekday or the document's own date",
    explanation=explain(
        "Reports a date written with its weekday when the calendar disagrees (`2024年11月27日(星期五)`, "
        "`Friday, Nov. 27, 2024`: that day was a Wednesday), and `今天`, `昨天`, `前天` or `明天` with a date "
        "in brackets (`今天(6月17日)`) more than a day away from what the document's own date makes it. The "
        "document's date is used only when it states exactly one (a `发布时间`/`Published` line or a "
        "dateline on its first lines); a year-less date takes the year that puts it nearest that date.",
        "A wrong weekday or a `今天` that is months off shows a mistyped date or an old article republished "
        "under a new date; either way the reader is told the wrong time of the events.",
        "A page dated 2024-11-27 that says `今天(6月17日)`; `2024年11月27日(星期五)`.",
        "Correct the date or the weekday from the source, or give the article its original date.",
    ),
    fail_examples=(
        "2024年11月27日(星期五),市政府召开常务会议。\n",
        "WASHINGTON — On Friday, Nov. 27, 2024, the Senate voted on the bill.\n",
        "发布时间:2024-11-27 10:20\n\n今天(6月17日),市政府召开新闻发布会。\n",
        "新华社北京2024年11月27日电 昨天(11月20日)下午,国务院召开常务会议。\n",
    ),
    pass_examples=(
        "2022年3月4日(星期五),市政府召开常务会议。\n",
        "WASHINGTON — On Wednesday, Nov. 27, 2024, the Senate voted on the bill.\n",
        "发布时间:2024-11-27 10:20\n\n今天(11月27日),市政府召开新闻发布会。昨天(11月26日)下午也开了会。\n",
        "今天(6月17日),市政府召开新闻发布会。\n",
        "发布时间:2025-01-02\n\n昨天(1月1日)和前天(12月31日)都下了雪,12月30日周一开始降温。\n",
    ),
)

_CN_DAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_EN_DAYS = {name: i for i, name in enumerate("mon tue wed thu fri sat sun".split())}
_CN_DATE = r"(?:(?P<y>(?:19|20)\d{2})[ ]?年[ ]?)?(?<!\d)(?P<m>\d{1,2})[ ]?月[ ]?(?P<d>\d{1,2})[ ]?[日号]"
_CN_WEEKDAY = r"(?:星期|周|礼拜)(?P<wd>[一二三四五六日天])(?![一二三四五六日天年末])"
# 2024年11月27日(星期三), 11月27日 周三
_CLOSE = r"(?:[ ]?[)）])?"
_CN_DATED_WEEKDAY = re.compile(rf"{_CN_DATE}[ ]?[(（]?[ ]?{_CN_WEEKDAY}{_CLOSE}")
# 今天(11月27日), 昨日（11月26日 星期二）, 今天是11月27日
_CN_RELATIVE = re.compile(
    rf"(?P<rel>今天|今日|昨天|昨日|前天|明天|明日)[ ]?(?:[(（][ ]?|是[ ]?){_CN_DATE}(?:[ ]?{_CN_WEEKDAY})?{_CLOSE}"
)
_RELATIVE_DAYS = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1, "明日": 1}
# Wednesday, Nov. 27, 2024; Wed (Nov 27); Wednesday, 27 November 2024
_EN_DATED_WEEKDAY = re.compile(
    r"(?<![A-Za-z])(?P<wd>Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?[ ]\(?"
    rf"(?:(?P<mon>(?i:{MONTHS}))\.?[ ](?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?[ ](?P<y>(?:19|20)\d{{2}})(?!\d))?"
    rf"|(?P<d2>\d{{1,2}})[ ](?P<mon2>(?i:{MONTHS}))\.?,?[ ](?P<y2>(?:19|20)\d{{2}})(?!\d))"
)
_TOLERANCE = 1  # days a relative claim may be off: time zones and pages published the next morning


def _calendar(year: int | None, month: int, day: int, anchor: Date | None) -> datetime.date | None:
    """The date meant: with its own year, or the year that puts it nearest the document's date."""
    try:
        if year is not None:
            return datetime.date(year, month, day)
        if anchor is None or anchor.year is None or anchor.month is None or anchor.day is None:
            return None
        near = datetime.date(anchor.year, anchor.month, anchor.day)
        options = []
        for candidate in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                options.append(datetime.date(candidate, month, day))
            except ValueError:
                continue
        return min(options, key=lambda d: abs((d - near).days)) if options else None
    except ValueError:
        return None  # 2月30日: not a date at all


def _weekday_name(day: datetime.date) -> str:
    return day.strftime("%A")


def find(doc: Document) -> Iterator[Finding]:
    text = doc.folded  # width folding already folds every digit and sign fold_digits would
    anchor = document_date(doc)
    for m in _CN_DATED_WEEKDAY.finditer(text):
        day = _calendar(int(m["y"]) if m["y"] else None, int(m["m"]), int(m["d"]), anchor)
        if day is not None and day.weekday() != _CN_DAYS[m["wd"]]:
            yield _weekday_finding(doc, m, day)
    for m in _EN_DATED_WEEKDAY.finditer(text):
        month = month_number(m["mon"] or m["mon2"])
        year = m["y"] or m["y2"]
        day = _calendar(int(year) if year else None, month, int(m["d"] or m["d2"]), anchor)
        if day is not None and day.weekday() != _EN_DAYS[m["wd"][:3].casefold()]:
            yield _weekday_finding(doc, m, day)
    if anchor is None or anchor.year is None or anchor.month is None or anchor.day is None:
        return
    published = datetime.date(anchor.year, anchor.month, anchor.day)
    for m in _CN_RELATIVE.finditer(text):
        day = _calendar(int(m["y"]) if m["y"] else None, int(m["m"]), int(m["d"]), anchor)
        if day is None:
            continue
        expected = published + datetime.timedelta(days=_RELATIVE_DAYS[m["rel"]])
        if abs((day - expected).days) > _TOLERANCE:
            line = doc.position(anchor.start)[0]
            yield doc.finding(
                RULE,
                m.start(),
                m.end(),
                f"`{doc.text[m.start() : m.end()]}` contradicts the document's date {published.isoformat()} "
                f"(line {line}): {m['rel']} would be {expected.month}月{expected.day}日",
            )


def _weekday_finding(doc: Document, m: re.Match[str], day: datetime.date) -> Finding:
    return doc.finding(
        RULE,
        m.start(),
        m.end(),
        f"`{doc.text[m.start() : m.end()]}`: {day.isoformat()} was a {_weekday_name(day)}",
    )
