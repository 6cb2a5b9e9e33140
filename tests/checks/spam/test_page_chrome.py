"""SL102 page-chrome."""

from __future__ import annotations

import pytest

from seedlint.checks.spam._model import ends_sentence
from seedlint.config import Settings
from seedlint.engine import lint_text
from tests.checks.spam import apply, cases, codes

CODE = "SL102"


def test_fixture_sizes():
    assert len(cases("spam", "page-chrome.flag")) >= 10
    assert len(cases("spam", "page-chrome.pass")) >= 10


@pytest.mark.parametrize("text", cases("spam", "page-chrome.flag"), ids=lambda v: v[:30])
def test_must_flag(text):
    assert CODE in codes(text, CODE), f"{CODE} did not flag {text!r}"


@pytest.mark.parametrize("text", cases("spam", "page-chrome.pass"), ids=lambda v: v[:30])
def test_must_not_flag(text):
    assert CODE not in codes(text, CODE), f"{CODE} flagged {text!r}"


def test_full_width_text_is_folded():
    assert codes("Ｎａｖｉｇａｔｉｏｎ ｍｅｎｕ\n\n正文。\n", CODE) == [CODE]


def test_edge_run_fix_keeps_the_rest_of_the_line():
    text = "2015-03-02 08:42    来源:中国新闻网     打印本页 关闭\n\n记者排队领取证件。\n"
    (finding,) = lint_text(text, settings=Settings(select=(CODE,)))
    assert finding.matched == "打印本页 关闭"
    assert apply(text, finding) == "2015-03-02 08:42    来源:中国新闻网\n\n记者排队领取证件。\n"


def test_vertical_menu_is_one_finding():
    text = "会议要求各地加大政策支持力度,稳定就业形势。\n\n新闻\n\n体育\n\n财经\n\n/\n\n科技\n\n汽车\n"
    findings = lint_text(text, settings=Settings(select=(CODE,)))
    assert [(f.line, f.end_line) for f in findings] == [(3, 13)]
    assert apply(text, findings[0]) == "会议要求各地加大政策支持力度,稳定就业形势。\n"


def test_weak_lines_beside_chrome_are_promoted_transitively():
    # Each menu item is chrome only because the one below it is: promotion runs up the whole list.
    text = "正文第一段,会议开幕。\n\n新闻\n体育\n财经\nNavigation menu\n"
    findings = lint_text(text, settings=Settings(select=(CODE,)))
    assert [f.line for f in findings] == [3, 4, 5, 6]


def test_traditional_characters_and_pinyin_annotations():
    assert codes("本頁位置: 首頁新聞中心國內(nèi)新聞\n\n正文。\n", CODE) == [CODE]


def test_config_extends_chrome():
    line = "Jump to recipe\n\nThe article starts here.\n"
    assert codes(line, CODE) == []
    extended = Settings(select=(CODE,)).with_options("spam", {"extend-chrome": ["Jump to recipe"]})
    assert codes(line, settings=extended) == [CODE]


def test_wordpress_comment_forms():
    article = "The city council met on Tuesday to discuss the budget, and members said they would vote next week.\n\n"
    form = (
        "Leave a Reply\n\n"
        "Your email address will not be published. Required fields are marked *\n\n"
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.\n\n"
        "Notify me of new comments via email.\n"
    )
    lines = sorted(f.line for f in lint_text(article + form, settings=Settings(select=(CODE,))))
    assert lines == [3, 5, 7, 9]
    # The same words inside a sentence are prose.
    prose = (
        article + "Officials said your email address will not be published, and required fields are marked in red.\n"
    )
    assert CODE not in codes(prose, CODE)


ARTICLE = (
    "新华社北京3月1日电 国务院新闻办公室今天举行发布会,介绍了今年以来经济运行的情况,并回答了记者的提问。\n\n"
    "发言人表示,一季度的主要指标好于预期,就业形势总体稳定,物价温和上涨,市场信心正在逐步恢复。\n\n"
)
TEASERS = "多地出台措施稳定就业 高校毕业生去向更多元\n\n一季度外贸进出口增长 民营企业表现亮眼\n\n春耕备耕有序推进\n"


def _lines_of(text: str) -> list[int]:
    return [f.line for f in lint_text(text, settings=Settings(select=(CODE,)))]


@pytest.mark.parametrize("heading", ["更多阅读:", "相关推荐", "猜你喜欢", "Related stories"])
def test_headlines_under_a_related_content_heading_are_chrome(heading):
    text = ARTICLE + heading + "\n\n" + TEASERS
    first = text.count("\n", 0, text.index(heading)) + 1
    assert _lines_of(text) == [first, first + 2, first + 4, first + 6]
    found = lint_text(text, settings=Settings(select=(CODE,)))
    assert f"teaser of another article under `{heading}`" in found[1].message


def test_the_list_ends_at_the_first_line_that_is_no_headline():
    closing = "记者了解到,上述措施将于下月起在全国推行,相关部门将加强督导检查,确保政策落实到位。\n"
    text = ARTICLE + "相关阅读:\n多地出台措施稳定就业 高校毕业生去向更多元\n" + closing + "春耕备耕有序推进\n"
    assert _lines_of(text) == [5, 6]


@pytest.mark.parametrize("heading", ["分享到:", "站内检索:", "【放大字体】  【缩小字体】"])
def test_a_chrome_line_that_heads_no_list_takes_no_headline_with_it(heading):
    # A share bar or a search box above the article is chrome; the headline under it is not.
    text = "首页 > 新闻 > 正文\n" + heading + "\n\n国务院新闻办公室举行发布会\n\n" + ARTICLE
    found = _lines_of(text)
    assert 2 in found and 4 not in found


ENGLISH = (
    "BEIJING (Reuters) - China will invest more than 800 billion yuan in railway construction this year, the "
    "state railway operator said on Thursday, as the government steps up spending to support growth.\n"
)
BULLETED = (
    "- New-age robot offers centuries-old wisdom\n"
    "- In Shanghai, not visiting elderly parents could harm children's credit ratings\n"
    "- China to have Oxbridge-like rowing competitions\n"
    "- More cities take bonus and penalty in air pollution\n"
    "- Shanghai police release list of drivers banned for life\n"
    "- Xi to Obama: disputes should be managed\n"
)


def test_a_bulleted_list_of_headlines_after_the_article_is_chrome():
    assert _lines_of(ENGLISH + BULLETED) == [2, 3, 4, 5, 6, 7]


def _linked(titles: list[str], hosts: list[str]) -> str:
    return "\n".join(f"-   [{t}](https://{h}/s?id={i})\n" for i, (t, h) in enumerate(zip(titles, hosts, strict=True)))


LINKED_TITLES = [
    "一文看懂光绘文件(文末附资料)",
    "PADS中常见敷铜问题解决",
    "AD画板过程中的这些问题你遇到过吗?",
    "电路原理图设计,你不得不知道的英文缩写",
]


def test_links_to_other_articles_of_one_site_after_the_article_are_chrome():
    text = ARTICLE + "\n" + _linked(LINKED_TITLES, ["mp.weixin.qq.com"] * 4)
    found = lint_text(text, settings=Settings(select=(CODE,)))
    assert [f.line for f in found] == [6, 8, 10, 12]
    assert all("teaser of another article in a list" in f.message for f in found)
    # Quoted and in code marks, with quote marks alone between them, as a page's Markdown has them.
    quoted = "\n> \n".join(f"> `` `[{t}](http://mp.weixin.qq.com/s?mid={i})` ``" for i, t in enumerate(LINKED_TITLES))
    assert len(_lines_of(ARTICLE + quoted + "\n")) == 4


def test_references_and_short_link_lists_are_not_teasers():
    # Links to several sites are the article's references; two links are no list of a site's articles.
    hosts = ["www.stats.gov.cn", "www.pbc.gov.cn", "www.mof.gov.cn", "data.worldbank.org"]
    assert _lines_of(ARTICLE + "\n" + _linked(LINKED_TITLES, hosts)) == []
    assert _lines_of(ARTICLE + "\n" + _linked(LINKED_TITLES[:2], ["mp.weixin.qq.com"] * 2)) == []
    # A link whose text is a sentence is no headline.
    sentences = [t + ",详见国家统计局发布的完整数据。" for t in LINKED_TITLES]
    assert _lines_of(ARTICLE + "\n" + _linked(sentences, ["mp.weixin.qq.com"] * 4)) == []


def test_three_lines_led_by_a_pointing_hand_after_the_article_are_a_promotion():
    promos = "👉超夯日本电器竟然还有额外优惠!\n\n👉日本免税美妆必买这些!笔记给妳\n\n👉存起来!游日本免税最高再折17%\n"
    assert _lines_of(ARTICLE + promos) == [5, 7, 9]
    # Two are no list, and one inside the article is its own pointer.
    assert _lines_of(ARTICLE + "👉超夯日本电器竟然还有额外优惠!\n\n👉日本免税美妆必买这些!笔记给妳\n") == []


def test_the_articles_own_bullet_points_are_not_teasers():
    points = (
        "- The railway operator will invest 800 billion yuan.\n- Water projects get another 800 billion yuan.\n"
        "- Growth is projected to slow.\n- Spending on high technology will rise.\n"
    )
    assert _lines_of(ENGLISH + points) == []
    # Without full stops, and up to five of them, they are the article's still.
    points = "- Check the new bus timetable online\n- Attend the public meeting in April\n- Send your views by May\n"
    assert _lines_of(ENGLISH + points + "- Ask the council for a printed copy\n") == []
    assert _lines_of(ENGLISH + "".join(BULLETED.splitlines(keepends=True)[:5])) == []


def test_a_heading_above_the_article_takes_no_title_with_it():
    text = "Read more\n\nCity council approves budget after long debate\n\n" + ENGLISH
    assert 3 not in _lines_of(text)


def test_many_headings_cost_no_more_than_one_pass():
    # Every heading would scan the lines below it again: 2,000 of them must stay fast and linear.
    lines = _lines_of(ENGLISH + "Read more\n" * 2000)
    assert len(lines) == 2000


def test_the_rows_of_a_markdown_table_are_content():
    table = "| | 姓名 | 性别 | 年龄 | 职业 |\n| --- | --- | --- | --- | --- |\n| 1 | 陈某 | 男 | 25 | 学生 |\n"
    assert _lines_of(ARTICLE + table + "\n" + ARTICLE) == []


ARTISTS = (
    "\n".join(
        [
            "张三〈春日〉",
            "李四〈秋水〉",
            "王五〈山居〉",
            "赵六〈夜航〉",
            "孙七〈远行〉",
            "周八〈归途〉",
            "吴九〈晨光〉",
            "郑十〈雾中〉",
        ]
    )
    + "\n"
)


def test_a_list_the_article_introduces_with_a_colon_is_content():
    # Without their intro the short lines read as a menu; with it they are the article's list.
    assert _lines_of(ARTICLE + ARTISTS) == list(range(5, 13))
    assert _lines_of(ARTICLE + "展出作品被撤下的八位艺术家:\n" + ARTISTS) == []
    # A widget's label whose value was lost, or a widget's heading, introduces nothing.
    assert _lines_of(ARTICLE + "网友为此稿件打分的平均分是:\n" + ARTISTS) != []
    assert _lines_of(ARTICLE + "相关阅读:\n" + ARTISTS) != []


def test_the_portals_date_of_today_above_an_older_article():
    head = "新闻源 财富源\n\n2024年05月05日 星期天\n\n  • 发布时间:2016-04-20 08:22:11  来源:新华网\n\n"
    found = lint_text(head + ARTICLE, settings=Settings(select=(CODE,)))
    assert [f.line for f in found if "date of today" in f.message] == [3]
    # The article's own date with its weekday, alone or agreeing with the date line, is no widget.
    assert 1 not in _lines_of("2016年04月20日 星期三\n\n" + ARTICLE)
    same = "2016年04月20日 星期三\n\n发布时间:2016-04-20 08:22:11  来源:新华网\n\n"
    assert 1 not in _lines_of(same + ARTICLE)


def test_an_empty_markdown_table_row_is_not_an_empty_link_row():
    assert _lines_of(ENGLISH + "\n|  |  |\n\n" + ENGLISH) == []


def test_letter_spaced_bylines_of_an_e_paper_are_not_chrome():
    text = "志愿服务不打烊\n\n志愿者在擦站牌。(王博 摄)\n\n记 者 王 博\n\n通讯员 王 璨 邵超静\n\n" + ARTICLE
    assert not {5, 7} & set(_lines_of(text))


def test_a_servers_error_page_and_its_signature_are_chrome():
    text = (
        "404 Not Found\n\nnginx/1.18.0\n\n"
        + ARTICLE
        + "抱歉,您访问的页面不存在\n\nThe page you requested could not be found.\n"
    )
    found = lint_text(text, settings=Settings(select=(CODE,)))
    assert [f.line for f in found] == [1, 3, 9, 11]
    assert "a server's error page" in found[0].message and "signature" in found[1].message
    # A version alone, far from any error text, and an error mentioned in a sentence are not.
    assert _lines_of(ARTICLE + "Python/3.11.7\n\n" + ARTICLE) == []
    assert _lines_of(ARTICLE + "网站维护期间,部分用户反映访问的页面不存在,技术人员正在抓紧处理相关问题。\n") == []


@pytest.mark.parametrize(
    "line", ["2011-12-23 08:26:46   来源:国际在线 我要评论", "2008年01月04日 10:26 來源:中國新聞網 發表評論"]
)
def test_a_widget_at_the_end_of_a_line_of_fields_is_chrome(line):
    found = lint_text(line + "\n\n" + ARTICLE, settings=Settings(select=(CODE,)))
    assert len(found) == 1 and found[0].line == 1 and "widget run at the end of the line" in found[0].message
    assert found[0].column > 20  # the fields stay


HARD_WRAPPED = (
    "Senegal and Ghana are the biggest recipients among the\n"
    "developing nations of a special aid program to compensate\n"
    "for lost export earnings, figures published today showed.\n"
    "    The program has special trading and aid agreements with\n"
    "sixty countries in Africa, the Caribbean and the Pacific.\n"
    " Reuter\n"
)


def test_hard_wrapped_prose_is_the_article():
    assert _lines_of(HARD_WRAPPED) == []
    assert "SL301" not in codes(HARD_WRAPPED)  # the sign-off credits the wire


def test_a_document_written_in_markup_keeps_its_tags():
    page = (
        "<div>\n<p>  刘元春:未来5年是关键时点</p>\n<p>  来源:人大重阳官方账号</p>\n"
        "<p>  (刘元春,中国人民大学副校长)</p>\n"
        + "".join(f"<p>  {line}</p>\n" for line in ARTICLE.split("\n\n") if line)
        + '<h2 class="art_img_tit"></h2>\n</div>\n'
    )
    assert _lines_of(page) == []
    assert _lines_of('<!--[if lt IE 9]><html class="ie"><![endif]-->\n' + page) == [1]


def test_an_empty_element_injected_into_a_page_is_chrome():
    text = ARTICLE + '<object id="fwlom"></object>\n\n' + ARTICLE + "他说:<b>别担心</b>,一切都会好起来。\n"
    assert _lines_of(text) == [5]


@pytest.mark.parametrize("heading", ["※你可能還想看:", "您也许会喜欢", "更多 今日话题", "24小时排行榜", "【热门视频】"])
def test_headings_built_as_related_content_headings_are_chrome(heading):
    text = ARTICLE + heading + "\n\n" + TEASERS
    first = text.count("\n", 0, text.index(heading)) + 1
    assert _lines_of(text) == [first, first + 2, first + 4, first + 6]
    # The same words in a sentence head nothing.
    assert _lines_of(ARTICLE + "记者了解到,更多阅读推广活动将在下月举行,届时读者可以免费借阅新书。\n") == []


def test_a_comment_alone_on_its_line_is_chrome_even_when_its_bracket_was_lost():
    text = ARTICLE + "壟!-- /8962/web_cntv/ad_slot_02 -->\n\n<!-- ad slot -->\n\n他说<!-- 注释 -->好。\n"
    assert _lines_of(text) == [5, 7]


def test_a_placeholder_word_repeated_on_lines_of_its_own_is_chrome():
    text = ("text\n\n" + ARTICLE) * 3
    assert _lines_of(text) == [1, 7, 13]
    # Twice may be the article's own (the first stands alone at the top of the page: a label).
    twice = lint_text(("text\n\n" + ARTICLE) * 2, settings=Settings(select=(CODE,)))
    assert [f.line for f in twice] == [1] and "placeholder" not in twice[0].message


def test_anti_copy_jammer_text_is_cut_out_of_the_line():
    line = '% |$ K/ z" f- l# m* f公仔箱論壇這也是首度有女性肖像出現在鈔票上。'
    text = ARTICLE + line + "\n"
    found = lint_text(text, settings=Settings(select=(CODE,)))
    assert len(found) == 1 and "anti-copy jammer text" in found[0].message
    assert apply(text, found[0]) == ARTICLE + "公仔箱論壇這也是首度有女性肖像出現在鈔票上。\n"
    # Short words of prose, a formula and version numbers are no jammer.
    for prose in ("He said: I do not see how it can be so, and we will go on.", "a = b + c * d - e / f"):
        found = lint_text(ARTICLE + prose + "\n", settings=Settings(select=(CODE,)))
        assert not any("jammer" in f.message for f in found)


def test_the_newspaper_themes_comment_form_is_chrome():
    article = "The city council met on Tuesday to discuss the budget, and members said they would vote next week.\n\n"
    form = "Leave a Reply\n\nPlease enter your comment!\nPlease enter your name here\n"
    assert _lines_of(article + form) == [3, 5, 6]


@pytest.mark.parametrize(
    "line",
    [
        "中國新聞社主辦",
        "主办单位:某某市人民政府办公室",
        "查看韩文原文",
        "建议使用1024×768以上分辨率浏览本站",
        "Note: Browsers with 1024*768 or higher resolution are suggested for this site.",
    ],
)
def test_site_furniture_lines(line):
    assert _lines_of(line + "\n\n" + ARTICLE) == [1]


@pytest.mark.parametrize("line", ["本次活动由市文化局主办", "该显示器支持1920×1080分辨率,售价1999元。"])
def test_sentences_about_the_same_things_are_not_furniture(line):
    assert _lines_of(ARTICLE + line + "\n\n" + ARTICLE) == []


def test_editors_picks_heads_a_list_of_teasers():
    english = "The city council met on Tuesday to discuss the budget, and members said they would vote next week.\n\n"
    teasers = "Markets rally as the central bank holds its key rate\nFloods force thousands from their homes\n"
    assert _lines_of(english + "Editor's picks\n" + teasers) == [3, 4, 5]


def test_the_fixed_text_of_a_wechat_article_page_is_chrome():
    page = "点击蓝字·关注我们\n\n" + ARTICLE + "往期推荐\n\n[嵌入式学习路线推荐]\n\n[一位读者的提问]\n\n"
    page += "内容效果不满意?[点此反馈]\n\n预览时标签不可点\n\n继续滑动看下一个\n"
    assert _lines_of(page) == [1, 7, 9, 11, 13, 15, 17]


def test_a_related_article_label_glued_to_its_headline_is_chrome():
    english = "The city council met on Tuesday to discuss the budget, and members said they would vote next week.\n\n"
    assert _lines_of(english + "Related articleWhat you need to know about the budget\n\n" + english) == [3]
    assert _lines_of(english + "Related article topics were discussed at length by the members of the council.\n") == []


def test_comments_of_a_markup_documents_template_are_chrome():
    page = "".join(f"<p>  {line}</p>\n" for line in ARTICLE.split("\n\n") if line) * 3
    assert _lines_of("<!-- news_keyword_pub,stock, -->\n" + page) == [1]


def test_a_screen_readers_note_on_a_link_is_cut_out_of_the_sentence():
    text = "BRUSSELS, July 2 (Reuters) - Google opens new tab lost its appeal, Reuters opens new tab reported.\n"
    found = lint_text(text, settings=Settings(select=(CODE,)))
    assert [f.matched for f in found] == ["opens new tab", "opens new tab"]
    fixed = apply(apply(text, found[1]), found[0])
    assert fixed == "BRUSSELS, July 2 (Reuters) - Google lost its appeal, Reuters reported.\n"


@pytest.mark.parametrize("line", ["发表评论 _COUNT_条", "跳到主要内容", "Read also", "广告"])
def test_more_widget_lines(line):
    assert _lines_of(ARTICLE + line + "\n\n" + ARTICLE) == [5]


@pytest.mark.parametrize("line", ["# 漏洞 # 安全漏洞 # 漏洞修复 # 漏洞管理", "投稿邮箱:editor@example.com"])
def test_tag_rows_and_the_sites_contact_line_are_chrome(line):
    assert _lines_of(ARTICLE + line + "\n\n" + ARTICLE) == [5]


def test_a_markdown_heading_is_no_tag_row():
    assert _lines_of(ARTICLE + "# 第一部分\n\n" + ARTICLE + "## 第二部分\n\n" + ARTICLE) == []


def test_a_long_list_of_headlines_above_the_article_leaves_it_its_title():
    english = "The city council met on Tuesday to discuss the budget, and members said they would vote next week.\n"
    teasers = "".join(
        f"{t}\n"
        for t in (
            "Taiwan's Culture of Food",
            "Hong Kong's Biggest Rights Violation Since 1997",
            "Global Chinese Dance Competition Opens in New York",
            "Chinese Internet Fees Higher Than Developed Countries",
        )
    )
    text = "Related Articles\n" + teasers + "Council Approves the Budget\n" + english
    assert _lines_of(text) == [1, 2, 3, 4, 5]
    # Two headlines under the heading may be the article's title and deck: they stay.
    assert _lines_of("Related Articles\nTaiwan's Culture of Food\nCouncil Approves the Budget\n" + english) == [1]


def test_more_alone_heads_a_list_of_teasers():
    assert _lines_of(ARTICLE + "更 多\n" + TEASERS) == [5, 6, 8, 10]


def test_an_outlets_name_alone_under_the_headline_is_its_credit():
    english = "The city council met on Tuesday to discuss the budget, and members said they would vote next week.\n"
    head = "Home > Local > Politics >\n\nCouncil Approves the Budget\nThe Harbour Times\n\n"
    assert _lines_of(head + english) == [1]


def test_a_widget_heading_that_ends_like_an_outlet_is_still_chrome():
    english = "The city council met on Tuesday to discuss the budget, and members said they would vote next week.\n\n"
    assert _lines_of(english + "Related Post\n\n" + english) == [3]


def test_an_apache_include_error_is_an_error_page():
    assert _lines_of("[an error occurred while processing this directive]\n\n" + ARTICLE) == [1]


RELEASE = (
    "SHANGHAI, China – August 4, 2010 -- Example Holdings (Nasdaq: EXMP), a leading entertainment company, "
    "today announced that it has renewed its management contract for another five years.\n"
)


def test_a_press_releases_head_and_contact_block_are_the_release():
    head = (
        "Exhibit 99.1\nFor Immediate Release\n|\nContact:\n|\n|\nExample Holdings\n|\nCCG Investor Relations\n|\n"
        "George Wung, CFO\n|\nPhone: +1(909) 843-6358\n|\nEmail: ir@example.com\n"
    )
    assert _lines_of(head + RELEASE) == []
    assert _lines_of(RELEASE + "\nMedia Contact:\nJane Doe\n+1 212 555 0100\njane.doe@example.com\n") == []


def test_a_release_keeps_its_page_chrome_and_a_news_page_its_contact_bar():
    # The release's own lines are spared, not the share bar of the page it was scraped from.
    found = _lines_of("For Immediate Release\n\n" + RELEASE + "\n分享到: 微信 微博 QQ空间\n")
    assert found == [5]
    # Without a release, a station's contact bar under a news story is the site's furniture.
    bar = "新闻热线:0571-85310000 投稿邮箱:news@example.com\n"
    assert _lines_of(ARTICLE + bar) == [5]


def test_a_release_word_that_opens_a_sentence_opens_no_contact_block():
    text = "For Immediate Release\n\n" + RELEASE + "\nRelations with China\n\n分享到: 微信 微博 QQ空间\n"
    assert _lines_of(text) == [7]


def test_a_list_of_headlines_after_the_article_is_reported_whole_once_part_of_it_is():
    headlines = [
        "Recent yuan's depreciation within 'normal' range",
        "Yuan fluctuation was not engineered, economist says",
        "A step forward to marketize yuan's exchange rate",
        "Do not hype yuan fluctuation: MOC",
        "Yuan eases after PBOC widens trading band",
        "China's yuan in record spot market fall",
    ]
    # The model reports the headlines next to the widgets' headings; the run takes in the rest.
    text = ENGLISH + "\n" + "\n\n".join(headlines) + "\n\nHot Topics\n\nEditor's Picks\n"
    found = lint_text(text, settings=Settings(select=(CODE,)))
    assert [f.line for f in found] == [3, 5, 7, 9, 11, 13, 15, 17]
    assert "in a list after the article" in found[0].message


def test_a_closing_list_that_leads_to_no_widget_is_the_articles_own():
    # The same run of short lines with no widget's heading after it: a schedule, names, a table.
    lines = ["晚上10时  日本 Vs 波兰(H组)", "晚上10时  塞内加尔 Vs 哥伦比亚(H组)", "凌晨2时   英格兰 Vs 比利时  (G组)"]
    text = ARTICLE + "今晚及明日凌晨赛事:\n\n" + "\n\n".join(lines) + "\n"
    found = lint_text(text, settings=Settings(select=(CODE,)))
    assert not any("in a list after the article" in f.message for f in found)


def test_a_sign_off_beside_a_share_button_is_no_list_of_headlines():
    # Two short lines after the article: an editor's sign-off and a share button, not teasers.
    text = ENGLISH + "\n(Editing by Jane Smith)\n\nshare to wechat\n"
    assert 3 not in _lines_of(text)
    text = ENGLISH + "\nAuthor`s name Editorial Team\n\nSubscribe to our Telegram channel, Facebook, RSS!\n"
    assert 3 not in _lines_of(text)


def test_a_known_outlets_sign_off_in_any_case_is_a_credit():
    # Wire copy of the 1980s signs off with "Reuter"; the line credits the source.
    for credit in ("Reuter", "REUTER", "Xinhua"):
        assert _lines_of(ENGLISH + "\n" + credit + "\n") == [], credit


def test_an_outlets_name_on_a_related_articles_card_is_chrome():
    card = (
        "No comments yet...\nRelated Articles\n\n\nReuters\n32 minutes ago\n- Reuters\n"
        "Exclusive: Google makes new proposal to stave off EU antitrust fine, document shows\n"
    )
    # The card's source labels (lines 7 and 9) are the widget's, not the page's credit.
    assert {7, 9} <= set(_lines_of(ENGLISH + "\n" + card))


@pytest.mark.parametrize(
    "bar",
    [
        "关于我们 | 本网动态 | 转载申请",
        "English | 中文 | 日本語",
        "网站地图 | 联系我们 | 隐私政策",
        "客户端 | 微博 | 微信",
    ],
)
def test_a_short_bar_of_menu_footer_or_language_items_at_an_edge(bar):
    assert _lines_of(bar + "\n\n" + ARTICLE) == [1]
    assert _lines_of(ARTICLE + bar + "\n") == [5]


def test_a_byline_between_bars_is_no_navigation_bar():
    assert _lines_of("记者 王明 | 编辑 李华 | 校对 张三\n\n" + ARTICLE) == []
    assert _lines_of(ARTICLE + "记者 王明 | 编辑 李华 | 来源:新华社\n") == []


DRAW = (
    "Holders Manchester United face a trip to Everton in the fifth round, while Chelsea travel to Newcastle "
    "and Arsenal could meet West Ham at home after their replay against Sheffield United next week.\n"
    "Everton v Manchester United\n"
    "Newcastle v Chelsea\n"
    "Arsenal v West Ham or Sheffield United\n"
    "Burnley v Blackburn\n"
    "Ties to be played on the weekend of 19 and 20 February, with replays ten days later.\n"
)


def test_a_list_naming_what_the_article_names_is_the_articles_own():
    assert _lines_of(DRAW) == []


def test_a_list_naming_other_subjects_after_the_article_is_still_chrome():
    menu = "Home\nNews\nSport\nWeather\nIPlayer\nSounds\n"
    assert _lines_of(DRAW + menu) == [7, 8, 9, 10, 11, 12]
    # Under a heading, or with links, the article's names do not make a list its own.
    assert _lines_of(ENGLISH + "Related stories\n" + BULLETED) != []
    linked = "".join(f"- [{t}](https://example.com/{i})\n" for i, t in enumerate(DRAW.splitlines()[1:5]))
    assert _lines_of(DRAW.splitlines(keepends=True)[0] + linked) != []


def test_bulleted_items_between_two_paragraphs_are_the_articles_own():
    terms = (
        "- Spend three years on probation\n- Have one year's anger management counselling\n"
        "- Do 100 hours community service\n- Have random drug tests\n"
    )
    before = "Singer Courtney Love has been spared jail for assault and drug offences, but must serve probation.\n"
    after = "In the drugs case, she was sentenced to 18 months probation, to run concurrently with the first.\n"
    assert _lines_of(before + terms + after) == []
    # At the end of the article the same items have no paragraph after them to belong to.
    assert _lines_of(before + after + terms) != []


@pytest.mark.parametrize(
    "counter", ["点击次数:132", "浏览量 3.2万", "阅读 1024  评论 12条", "Comments: 12", "1,024 views"]
)
def test_a_line_of_page_counters_is_chrome(counter):
    assert _lines_of(ARTICLE + "\n" + counter + "\n") != []


@pytest.mark.parametrize(
    "sentence",
    [
        "该视频上线后点击次数超过132万次，引发网友热议。",
        "The video has 1,024 views and counting, the company said on Monday.",
    ],
)
def test_a_count_inside_a_sentence_is_no_counter(sentence):
    assert _lines_of(ARTICLE + "\n" + sentence + "\n") == []


def test_a_call_for_readers_tips_is_chrome():
    assert _lines_of(ENGLISH + "\nIf you would like to share a story idea, please submit it here.\n") == [3]
    assert _lines_of(ENGLISH + "\nReaders were asked to share a story idea with the council by Friday.\n") == []


@pytest.mark.parametrize(
    "widget",
    [
        "You are commenting using your WordPress.com account. ( Log Out /  Change )",
        "Connecting to %s",
        "Post a Comment",
        "Link copied to clipboard",
        "本帖子中包含更多资源",
    ],
)
def test_comment_form_share_toast_and_forum_prompt_lines_are_chrome(widget):
    assert _lines_of(ENGLISH + "\n" + widget + "\n") == [3]


def test_the_same_words_in_a_sentence_are_no_widget():
    text = ENGLISH + "\nHe said readers could post a comment on the ministry's website until Friday.\n"
    assert _lines_of(text) == []


def test_a_teaser_ending_in_a_quoted_phrase_is_still_a_headline():
    teasers = "台岛1月出口降幅“逾13年来最惨”\n\n糖尿病人能吃西瓜吗?答案让你想不到!\n\n政治机关首先必须政治过硬\n"
    text = ARTICLE + "更多新闻\n\n" + teasers
    first = text.count("\n", 0, text.index("更多新闻")) + 1
    assert _lines_of(text) == [first, first + 2, first + 4, first + 6]


def test_a_line_closing_what_someone_said_is_a_sentence():
    assert ends_sentence("他表示:“将继续推进改革”")
    assert not ends_sentence("台岛1月出口降幅“逾13年来最惨”")


def test_tag_attributes_without_their_brackets_are_chrome():
    mojibake = '銆?a href="/common/footer/intro.shtml" target="_blank">鍏充簬鎴戜滑銆?銆? About us 銆?'
    assert _lines_of(ENGLISH + "\n" + mojibake + "\n") == [3]
    # A sentence that quotes markup is still the article's.
    quoted = (
        'The tag <a href="https://example.com" target="_blank"> opens the link in a new tab, the '
        "guide explains, which many readers find annoying on their phones.\n"
    )
    assert _lines_of(ENGLISH + "\n" + quoted) == []


@pytest.mark.parametrize(
    "footer", ["华光照排公司 提供技术服务", "技术支持：北京某某网络科技有限公司", "Connect with:", "回复该发言"]
)
def test_footer_credits_social_headers_and_reply_buttons_are_chrome(footer):
    assert _lines_of(ARTICLE + "\n" + footer + "\n") != []


def test_technical_support_in_a_sentence_is_reporting():
    assert _lines_of(ARTICLE + "\n该公司为当地医院提供技术支持，帮助其完成系统升级。\n") == []


ARTICLE_EN = (
    "The city council approved a budget of 2.1 billion dollars on Tuesday, with most of the increase going "
    "to schools, public transport and the repair of old bridges across the river.\n"
)


@pytest.mark.parametrize(
    ("top", "article"),
    [
        ("Workflow\nicon\n", ARTICLE_EN),
        ("National\n\nicon\n", ARTICLE_EN),
        ("0\n", ARTICLE_EN),
        ("快訊\n", ARTICLE),
        ("听新闻\n", ARTICLE),
    ],
)
def test_one_word_labels_at_the_top_of_the_page_are_chrome(top, article):
    labels = [i + 1 for i, line in enumerate(top.splitlines()) if line]
    assert _lines_of(top + "Council approves record budget\n" + article) == labels


@pytest.mark.parametrize(
    "text",
    [
        # A word under the headline is the article's: the venue of a match report.
        "Yorkshire beat Kent by six wickets\nHeadingley\n" + ARTICLE_EN,
        # A byline, an outlet's name, an agency: credits, not labels.
        "张伟\n" + ARTICLE,
        "人民网\n" + ARTICLE,
        "Reuters\n" + ARTICLE_EN,
        "李强\n" + ARTICLE,
        # A headline of one word is still above a second word of its own.
        "Council approves record budget\nanalysis\n" + ARTICLE_EN,
        # A capitalised word alone over the article, on a page without other chrome: a dateline.
        "Beijing\n\nCouncil approves record budget\n" + ARTICLE_EN,
    ],
)
def test_names_credits_and_words_under_the_headline_are_no_labels(text):
    assert not [f for f in lint_text(text, settings=Settings(select=(CODE,))) if "one-word label" in f.message]


@pytest.mark.parametrize(
    "line",
    [
        "(For the latest China news, Please follow People's Daily on Twitter and Facebook)",
        "Follow BBC News on Twitter and Instagram.",
        "Follow us on Facebook, Twitter and YouTube",
    ],
)
def test_a_call_to_follow_the_outlet_on_social_networks_is_chrome(line):
    assert _lines_of(ARTICLE_EN + line + "\n") == [2]


@pytest.mark.parametrize(
    "text",
    [
        ARTICLE_EN + "The mayor urged residents to follow the council on Twitter for news of road closures.\n",
        "Follow the money: how the city spends 2 billion dollars\n" + ARTICLE_EN,
    ],
)
def test_following_in_a_sentence_or_a_headline_is_no_promotion(text):
    assert _lines_of(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "01062021 ELECTION 6.jpg",
        "免费测算批八字.jpg",
        "Posted on",
        "Published",
        "#川震10年#中國大陸",
        "#GatheringBan #Ticket #599G",
    ],
)
def test_image_file_names_empty_date_labels_and_tag_rows_are_chrome(line):
    assert _lines_of(ARTICLE_EN + line + "\n") == [2]


@pytest.mark.parametrize(
    "line",
    [
        "Published on Monday, the report said the city would need 3 billion dollars more over ten years.",
        "The photo, IMG_2041.jpg, was shared 3,000 times before it was removed from the site.",
        "Updated: the council will meet again on Friday to vote on the second half of the budget plan.",
        "#话题# 国务院新闻办公室今天举行发布会,介绍了今年以来经济运行的情况。",
        "Ranked #1 #2 in the state",
    ],
)
def test_file_names_dates_and_hashtags_in_sentences_are_not_chrome(line):
    assert _lines_of(ARTICLE_EN + line + "\n") == []


def test_a_breadcrumb_set_apart_by_spaces_is_chrome_and_a_sentence_about_a_home_page_is_not():
    assert _lines_of("首页 百科知识 欧美业界关于新闻报道品质的异见\n\n" + ARTICLE) == [1]
    assert _lines_of(ARTICLE + "首页 改版后, 用户反映 加载很慢。\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "[FULL  STORY]",
        "To contact Bloomberg News staff for this story: Jane Doe in Beijing at jdoe@bloomberg.net",
        "To contact the editors responsible for this story: John Roe at jroe@bloomberg.net",
        "Monthly Archives: June 2015",
        "This gallery contains 1 photo.",
        "1 2 3 6",
        "This website is not intended for users located within the European Economic Area.",
        "Report a typo",
    ],
)
def test_wire_footers_archive_headings_pagination_and_site_notices_are_chrome(line):
    assert _lines_of(ARTICLE_EN + line + "\n") == [2]


@pytest.mark.parametrize(
    "line",
    [
        "The archives: a history of the city's libraries.",
        "To contact the council, residents can call 311 or write to the mayor's office on Main Street.",
        "The gallery contains 120 photos of the old bridges, most of them taken before 1950.",
        "Residents in the European Union are not affected by the new rules, the council said.",
    ],
)
def test_the_same_words_in_the_articles_sentences_are_not_chrome(line):
    assert _lines_of(ARTICLE_EN + line + "\n") == []


@pytest.mark.parametrize("heading", ["更多自由時報報導", "其他人也在看"])
def test_more_from_the_outlet_and_what_others_read_head_a_list_of_teasers(heading):
    assert _lines_of(ARTICLE + heading + "\n\n" + TEASERS) == [5, 7, 9, 11]
    assert _lines_of(ARTICLE + "他说,更多中国企业的新闻报道将在明年发布。\n") == []


@pytest.mark.parametrize("value", ["None", "undefined", "[object Object]"])
def test_a_templates_empty_value_on_a_line_of_its_own_is_chrome(value):
    assert _lines_of("Council approves budget\n\n" + value + "\n\n" + ARTICLE_EN) == [3]
    assert _lines_of(ARTICLE_EN + "Injuries: None\n") == []


def test_a_fragment_of_no_words_repeated_on_lines_of_its_own_is_chrome():
    assert _lines_of((ARTICLE + "起的过\n\n") * 3) == [5, 11, 17]
    # A speaker's name or a heading repeated in a transcript is words, not a fragment.
    assert _lines_of((ARTICLE + "主持人\n\n") * 3) == []
    assert _lines_of((ARTICLE + "起的过\n\n") * 2) == []
