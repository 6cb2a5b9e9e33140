import pytest

from seedlint.document import Document
from seedlint.text.zones import (
    ZONE_LINES,
    edge_lines,
    first_prose_line,
    has_sentence,
    is_clause_chain,
    is_markup_document,
    is_prose,
    table_lines,
    wrapped_prose_lines,
    zones,
)

PROSE = "科技巨头纷纷向人工智能初创公司投资，以换取云计算业务的收入，亚马逊和谷歌是最大的投资方，微软紧随其后。"


def test_head_and_tail_are_the_lines_around_the_prose():
    text = f"大摩娱乐注册\n首页 > 科技\n\n{PROSE}\n\n{PROSE}\n\n责任编辑:admin\n"
    head, tail = zones(Document(text))
    assert head == {0, 1}
    assert tail == {7}


def test_zones_hold_at_most_zone_lines_each():
    menu = "\n".join(f"栏目{i}" for i in range(40))
    head, tail = zones(Document(f"{menu}\n{PROSE}\n{menu}\n"))
    assert len(head) == len(tail) == ZONE_LINES
    assert min(head) == 0 and max(tail) == 80


def test_a_document_without_prose_is_all_head_and_all_tail():
    head, tail = zones(Document("首页\n新闻\n"))
    assert head == tail == {0, 1}


def test_prose_needs_length_punctuation_and_words():
    assert is_prose(PROSE)
    assert not is_prose("首页 > 国内 > 正文")
    assert is_prose("The company said on Tuesday it would cut a tenth of its staff by the end of the year.")
    assert has_sentence("He left.") and has_sentence("会议开幕。") and not has_sentence("Navigation menu")


def test_a_line_that_is_one_link_is_no_prose():
    # The URL's letters are no words and its dots no full stops; the sentence around a link counts.
    link = (
        "-   [电路原理图设计,你不得不知道的英文缩写](http://mp.weixin.qq.com/s?__biz=Mzk0NjI3NzMwOQ==&mid=2247486121"
        "&idx=1&sn=58cbb4632012b5a2e12e9a406c490977&scene=21#wechat_redirect)"
    )
    assert not is_prose(link)
    assert is_prose(
        "The council published the full budget at https://example.gov/budget/2024 on Monday, "
        "and residents have until May to send their views on it."
    )


def test_edge_lines_are_the_first_and_last_non_blank_lines():
    doc = Document("a\n\nb\nc\n\nd\n")
    assert edge_lines(doc, 2) == ([0, 2], [3, 5])
    assert edge_lines(doc, 0) == ([], [])
    assert edge_lines(doc, 10) == ([0, 2, 3, 5], [0, 2, 3, 5])


@pytest.mark.parametrize(
    ("line", "chain"),
    [
        (
            "中新网北京6月13日电  为助力申遗，北京市文物局官方微信和官方微博12日共同推出互动小游戏，"
            "邀请网友关注中轴线、"
            "参与保护中轴线，为申遗贡献自己的力量",
            True,
        ),
        (
            "The council said on Tuesday that the plan, which had been delayed twice, would go ahead in May, and that "
            "residents would be consulted",
            True,
        ),
        ("18+漫画,亚洲国产港台日韩欧美电影网,伦理片,成人视频,在线观看,国产精品,日韩无码,高清免费在线观看", False),
        ("首页,新闻,体育,财经,娱乐,科技,汽车,房产,教育,旅游,健康,时尚", False),
        # One function character, only inside the keywords (在线): a keyword list, not clauses.
        ("日韩午夜高清在线观看,国产特色精品在线视频资源,欧美一区二区视频免费观看,亚洲高清在线观看中文字幕", False),
    ],
)
def test_a_chain_of_clauses_without_a_full_stop_is_running_text(line, chain):
    assert is_clause_chain(line) is chain


def test_hard_wrapped_prose_lines_are_prose():
    wrapped = (
        "Headline of the story\n"
        "Senegal and Ghana are the biggest recipients among the\n"
        "developing nations of a special aid program to compensate\n"
        "for lost export earnings, figures published today showed.\n"
    )
    doc = Document(wrapped, "x.txt")
    assert wrapped_prose_lines(doc) == frozenset({1, 2, 3}) and first_prose_line(doc) == 1
    # Headlines of the same length, one per line, are no wrapped sentence.
    teasers = (
        "Markets rally as the central bank holds its key rate\nFloods force thousands from their homes in the north\n"
    )
    assert wrapped_prose_lines(Document(teasers * 2, "x.txt")) == frozenset()


def test_a_document_on_most_of_whose_lines_are_tags_is_markup():
    page = "".join(f"<p>第{i}段,会议指出,要继续推进改革开放。</p>\n" for i in range(6))
    assert is_markup_document(Document(page, "x.txt"))
    text = "".join(f"第{i}段,会议指出,要继续推进改革开放。\n" for i in range(12)) + '<object id="x"></object>\n'
    assert not is_markup_document(Document(text, "x.txt"))


def test_a_markdown_table_with_cells_over_several_lines():
    text = (
        PROSE + "\n"
        "| 金额 | 捐款人 |\n| --- | --- |\n| 150万 | 新民党(现金)|\n| 各20万 | Yuen Wai Keung,\n"
        "Timmerton Company Inc.\nWong Tak Ming |\n\n" + PROSE + "\n"
    )
    assert sorted(table_lines(Document(text))) == [1, 2, 3, 4, 5, 6]
    # Bars without a delimiter row are a menu or a link row, not a table.
    assert table_lines(Document(PROSE + "\n| 首页 | 新闻 | 体育 |\n| 财经 | 科技 |\n")) == frozenset()
