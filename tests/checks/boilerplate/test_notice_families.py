"""Notice families: notices recognised by the concepts they state, in any wording."""

from __future__ import annotations

import pytest

from seedlint.checks.boilerplate._families import NoticeFamilies, near
from seedlint.config import Settings
from seedlint.data import read_toml
from seedlint.engine import lint_text
from tests.checks.boilerplate._shared import codes

BODY = "正文第一段,记者报道了此事的来龙去脉。\n\n"


@pytest.mark.parametrize(
    ("notice", "code"),
    [
        ("网友评论仅供其表达个人看法,并不表明本站立场。", "SL202"),
        # Traditional characters and full-width punctuation: the folded view matches the same entries.
        ("網友評論僅供其表達個人看法，並不表明網易立場。", "SL202"),
        # One character changed in a long phrase (看发 for 看法).
        ("网友评论仅供其表达个人看发,并不表明本站立场。", "SL202"),
        ("郑重声明:本文内容仅供参考,不构成投资建议,据此操作风险自担。", "SL202"),
        ("如有侵权,请联系我们删除。", "SL202"),
        ("本站文章未经授权不得转载,转载请注明出处。", "SL202"),
        ("本平台仅提供信息存储空间服务,文章由自媒体作者上传,不代表平台观点。", "SL201"),
        ("@2014 Example Media Inc. All Right Reserved", "SL203"),
        ("Copyright 2019 Harbour Press Ltd. All rights reserverd.", "SL203"),
        ("Disclaimer: this column is not investment advice; trade at your own risk.", "SL202"),
        (
            "Reader comments do not necessarily reflect the views of this newspaper or its staff.",
            "SL202",
        ),
        ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", "SL202"),
        # A comment policy in the site's own voice.
        ("Channel 7 is committed to providing a forum for civil and constructive conversation.", "SL202"),
        ("Please keep your comments respectful and relevant. You can review our Community Guidelines here.", "SL202"),
        (
            "We use cookies to improve your experience on our site. By continuing to browse, you accept our "
            "cookie policy.",
            "SL202",
        ),
        ("本网站使用cookies以提升您的浏览体验,继续浏览即表示您同意我们的隐私政策。", "SL202"),
        # A copyright sign that a wrong decoding turned into a question mark.
        ("Copyright ? 2021 Example Daily News", "SL203"),
        # The word and the sign with a holder that is a domain, before a link row.
        ("Copyright© www.example.gov.cn | About us | Contact us", "SL203"),
        ("Copyright (c) harbourdaily.com", "SL203"),
        # A copyright claim and its reprint condition as one footer sentence, in Traditional script.
        ("責任編輯: 王明 --版權所有,任何形式轉載需經本報授權許可。", "SL203"),
        ("版权所有,未经授权不得转载。", "SL203"),
        ("网站标识码:bm01000001 京ICP备05070218号", "SL203"),
        ("Website Identification Code bm09000001", "SL203"),
        (
            "Without written authorization from example.gov.cn, such content shall not be republished or used in "
            "any form.",
            "SL202",
        ),
        ("No part of this article may be reproduced without the prior written permission of the publisher.", "SL202"),
        ("This archived news story is available only for your personal, non-commercial use.", "SL202"),
        # A site's condition on using its articles and its disclaimer of their views; pinyin left
        # beside each character by a bad copy is read past.
        ("刊用本网站稿件,务经书面授权。", "SL202"),
        ("本網站所刊載信息,不代表本網觀點。", "SL202"),
        ("本網(wǎng)站所刊載信息,不代表本網觀點(diǎn)。", "SL202"),
        # A copyright notice naming the holder of the page's own text.
        ("本文版权归东方早报网所有,对于抄袭者将采取法律措施。", "SL203"),
    ],
)
def test_variants_of_a_notice_are_found(notice, code):
    assert code in codes(BODY + notice + "\n", "SL201", "SL202", "SL203")


@pytest.mark.parametrize(
    "text",
    [
        # Reporting that mentions one or two of a family's ideas, not all of them.
        "网友评论称,该政策不代表市场立场。\n",
        "他因侵权被起诉,法院通知其删除相关内容。\n",
        "分析师称该言论不构成投资建议,市场反应平淡。\n",
        "专家表示,投资有风险,市场参与者应谨慎。\n",
        "The company said comments posted by users do not reflect its views, a spokesman told reporters.\n",
        "法院认定被告未经授权转载原告文章,判赔5万元。\n",
        "The bakery said it uses cookies and cakes from local suppliers, the owner told reporters.\n",
        "Regulators said the company did not seek consent before it began to use cookies to track users, "
        "a practice the new law bans outright for every site that serves readers in the bloc.\n",
        # Reporting about copying, permission and personal use, with one or two of those ideas.
        "The court found the photos had been reproduced in the magazine, the judge said.\n",
        "Police said the drugs were for personal use only and released the man without charge.\n",
        "法院判定该照片的版权所有人为摄影师本人,判赔两万元。\n",
        "The software is free for non-commercial use, the developers said in a statement on Monday.\n",
        "法院审理认为,涉案画作的版权归博物馆所有,被告未经许可复制使用,构成侵权。\n",
        # A platform's comment rules reported, not addressed to the reader.
        "Facebook said its community guidelines ask users to keep comments respectful and civil.\n",
        "The mayor urged residents to keep the conversation civil, saying the city is committed to providing "
        "a forum for all.\n",
    ],
)
def test_reporting_about_the_same_things_is_not_a_notice(text):
    assert codes(BODY + text, "SL201", "SL202", "SL203") == []


def test_a_notice_inside_a_long_line_of_prose_is_left_alone():
    prose = "这位评论员写道," * 30 + "网友评论仅供其表达个人看法,并不表明本站立场,他认为这一说法值得商榷。\n"
    assert codes(BODY + prose + BODY, "SL202") == []


def test_a_notice_opening_the_first_paragraph_is_found_and_cut_alone():
    # A licence sentence written as the first sentence of the body's first paragraph: only that
    # sentence is reported, and the fix leaves the rest of the paragraph.
    notice = "This archived news story is available only for your personal, non-commercial use."
    rest = (
        " Information in the story may be outdated or superseded by additional information, and readers should "
        "check the latest reports of the police department, which said on Thursday it would release more details "
        "of the standoff once the investigation of the suspect's vehicle and home was complete."
    )
    text = "Suspect in standoff near police substation in custody\n\n" + notice + rest + "\n\nBody text.\n"
    found = lint_text(text, settings=Settings(select=("SL202",)))
    assert [f.matched for f in found] == [notice]
    assert found[0].fix is not None and [(e.start, e.end) for e in found[0].fix.edits] == [
        (text.index(notice), text.index(notice) + len(notice))
    ]


def test_a_notice_already_matched_by_a_template_is_reported_once():
    assert codes(BODY + "本文来源于网络,如有侵权请联系删除。\n", "SL202") == ["SL202"]


def test_every_family_is_well_formed():
    families = NoticeFamilies().families
    assert {f.name for f in families} >= {"comment-section", "investment", "reprint", "platform", "copyright"}
    rules = {"platform-disclaimer", "reprint-notice", "copyright-line"}
    for family in families:
        assert family.rule in rules
        assert 1 <= family.need <= len(family.concepts)
        assert all(0 <= c < len(family.concepts) for c in family.require)
        assert all(concept and all(p == p.lower() for p in concept) for concept in family.concepts)
    assert len(read_toml("boilerplate/notice_families.toml")["family"]) == len(families)


@pytest.mark.parametrize(
    ("pattern", "text", "errors", "found"),
    [
        ("all rights reserved", "@2014 x inc. all right reserved", 2, True),
        ("all rights reserved", "all rights reserved", 0, True),
        ("all rights reserved", "all wrongs preserved", 2, False),
        ("仅供其表达个人看法", "网友评论仅供其表达个人看发", 1, True),
        ("仅供其表达个人看法", "网友评论表达了看法", 1, False),
    ],
)
def test_near(pattern, text, errors, found):
    assert near(pattern, text, errors) is found


@pytest.mark.parametrize(
    "text",
    [
        "The retailer uses cookies to track shoppers and improve their experience, the regulator said.",
        "The court ruled that the photographs may not be reproduced without the written permission of the "
        "photographer.",
        "The library said the archive is available only for your personal, non-commercial use, a spokesman said.",
        "法院还指出,本网站所刊载信息不代表该报观点的说法并不能免除其责任。",
        "他说,使用本网站的数据须经书面授权的规定已于去年取消。",
    ],
)
def test_reporting_in_the_middle_of_an_article_is_no_notice(text):
    opening = (
        "The city council met on Tuesday to discuss the new rules, which take effect next month, officials said.\n\n"
    )
    closing = "The case will be heard again in May, when both sides are expected to present new evidence.\n"
    assert codes(opening + text + "\n\n" + closing, "SL201", "SL202", "SL203") == []
