"""The line features of the text layer: what prose has and menus, widgets and keyword lists have not."""

from __future__ import annotations

import pytest

from seedlint.document import Document
from seedlint.text.line_features import FEATURES, line_features, link_only
from tests.growth import assert_linear, repeat

PROSE = "新华社北京3月1日电 国务院新闻办公室今天举行发布会,介绍了今年以来经济运行的情况,并回答了记者的提问。"


def features(text: str) -> dict[int, dict[str, float]]:
    doc = Document.from_bytes(text.encode(), "t.txt")
    return {i: dict(zip(FEATURES, x, strict=True)) for i, x in line_features(doc).items()}


def test_every_feature_is_a_number_between_0_and_1():
    text = f"关于我们 | 本网动态 | 转载申请 | 联系我们 | 网站地图\n\n{PROSE}\n\n{{{{share_title}}}} _COUNT_条评论\n"
    for row in features(text).values():
        assert len(row) == len(FEATURES)
        assert all(0.0 <= v <= 1.0 for v in row.values())


def test_blank_lines_have_no_features():
    assert set(features(f"标题\n\n{PROSE}\n")) == {0, 2}


def test_prose_has_function_words_and_a_sentence():
    row = features(PROSE + "\n")[0]
    assert row["prose"] == 1.0 and row["sentence"] == 1.0 and row["ends-sentence"] == 1.0
    assert row["function-words"] > 0.5
    assert row["prose-distance"] == 0.0


def test_a_navigation_row_is_short_items_between_separators():
    row = features(f"关于我们 | 本网动态 | 转载申请 | 联系我们 | 网站地图\n\n{PROSE}\n")[0]
    assert row["items"] > 0.3 and row["short-items"] == 1.0 and row["separators"] > 0
    assert row["function-words"] == 0.0 and row["sentence"] == 0.0
    assert row["head"] == 1.0 and row["prose-distance"] > 0


def test_spaced_han_items_count_as_items():
    row = features(f"时政 财经 军事 生活 家庭 娱乐\n\n{PROSE}\n")[0]
    assert row["short-items"] == 1.0


@pytest.mark.parametrize(
    "line",
    ["{{featured_button_text}}", "发表评论 _COUNT_条", '<div class="share-bar">', "&nbsp;&nbsp;阅读全文", "[[410500]]"],
)
def test_template_and_markup_debris(line):
    assert features(f"{PROSE}\n{line}\n")[1]["debris"] == 1.0


@pytest.mark.parametrize(
    "line",
    ["电话:0532-12345678 邮箱:news@example.cn", "联系QQ:12345678", "手机 13912345678"],
)
def test_contact_details(line):
    assert features(f"{PROSE}\n{line}\n")[1]["contact"] == 1.0


def test_a_messaging_account_named_in_prose_is_no_contact_detail():
    # A handle is ASCII (an id or a number); 微信 followed by Chinese words names the account.
    line = "北京市文物局官方微信和官方微博两个新媒体平台推出互动小游戏"
    assert features(f"{PROSE}\n{line}\n")[1]["contact"] == 0.0


@pytest.mark.parametrize(
    "line",
    [
        "2017-10-17 20:10:40  来源:新华社  责任编辑:王明",
        "By GARY D. ROBERTSON Associated Press",
        "本报记者 张三",
        "校对:刘明 终审:王强",
        "First Published: September 23, 2020, 6:36 PM IST",
    ],
)
def test_bylines(line):
    assert features(f"{line}\n{PROSE}\n")[0]["byline"] == 1.0


def test_a_line_repeated_in_the_document_and_an_item_repeated_in_a_line():
    rows = features(f"宝利彩票|宝利彩票\n{PROSE}\n宝利彩票|宝利彩票\n")
    assert rows[0]["repeated"] == 1.0 and rows[0]["self-repeat"] == 1.0
    assert rows[1]["repeated"] == 0.0


def test_head_and_tail_and_distance_to_the_prose():
    rows = features(f"菜单一\n菜单二\n{PROSE}\n{PROSE}\n页脚一\n")
    assert rows[0]["head"] == rows[1]["head"] == 1.0
    assert rows[4]["tail"] == 1.0
    assert rows[0]["prose-distance"] > rows[1]["prose-distance"] > 0


def test_english_function_words():
    prose = features("The minister said on Monday that the plan would be put to a vote in the spring.\n")[0]
    menu = features("Home News Sports Weather Opinion Obituaries\n")[0]
    assert prose["function-words"] > 0.5 > menu["function-words"]


def test_markdown_and_numbers():
    rows = features(f"## 缓解措施\n{PROSE}\n5034\n")
    assert rows[0]["markdown"] == 1.0
    assert rows[2]["number-only"] == 1.0


def test_features_are_computed_once_per_document():
    doc = Document.from_bytes(f"菜单\n{PROSE}\n".encode(), "t.txt")
    assert line_features(doc) is line_features(doc)


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    ["1", "a", "(A", "{{", "{%", "x@", "<a", "a.", "ab.", "QQ", "By A", "_ABC", "[[1", "中", "|", "来源:"],
)
def test_features_of_a_huge_line_grow_linearly(unit):
    assert_linear(
        lambda text: line_features(Document.from_bytes(text.encode(), "t.txt")), repeat(unit, "\n"), 20_000, unit
    )


@pytest.mark.slow
@pytest.mark.parametrize("unit", ["菜单\n", "a b c | d e\n", PROSE + "\n", "短句\n\n", "12:30\n"])
def test_features_of_many_lines_grow_linearly(unit):
    assert_linear(_features_of, repeat(unit), 5_000, unit)


def _features_of(text: str) -> object:
    return line_features(Document.from_bytes(text.encode(), "t.txt"))


@pytest.mark.parametrize(
    "line",
    [
        "[如何制定一个可落地的漏洞补丁管理策略?](http://mp.weixin.qq.com/s?__biz=MjM5&mid=2651114742#wechat_redirect)",
        "-   [PADS中常见敷铜问题解决](http://mp.weixin.qq.com/s?__biz=Mzk0&mid=2247486022)",
        "> `` `[嵌入式学习路线推荐](http://mp.weixin.qq.com/s?__biz=Mzg5&mid=2247487792)` ``",
        "3. **[Five best-looking PS5 games](https://example.com/ps5-games)**",
    ],
)
def test_a_line_of_one_link(line):
    text, url = link_only(line)
    assert text and url.startswith("http") and "[" not in text


@pytest.mark.parametrize(
    "line",
    [
        "See [the report](https://example.com/r) for details.",
        "![](https://mmbiz.qpic.cn/640.gif)",
        "[1] Smith 2020",
        "plain text",
    ],
)
def test_not_a_line_of_one_link(line):
    assert link_only(line) is None
