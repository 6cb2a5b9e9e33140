"""SL3xx provenance on the seeds, on lines and short documents written for these tests, and on the dev corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from seedlint.config import Settings
from seedlint.engine import lint_text
from tests.growth import assert_linear, repeat

PROVENANCE = Settings(select=("provenance",))
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "provenance"
CODES = ("SL301", "SL302", "SL303", "SL304", "SL305", "SL306")

# A body with figures, no source and no first person: what SL301 needs to speak at all.
BODY = (
    "某电动车企业第三季度交付新车12万辆，同比增长35%，营收达到480亿元，毛利率为18.5%。公司计划在欧洲建设第二座工厂。\n"
)
BODY_EN = (
    "Global smartphone shipments fell 4 percent in the third quarter to 290 million units, while average "
    "selling prices rose for the sixth quarter in a row as buyers moved to premium models.\n"
)


def found(text: str, code: str | None = None, settings: Settings = PROVENANCE):
    return [f for f in lint_text(text, settings=settings) if code is None or f.code == code]


def codes(text: str, settings: Settings = PROVENANCE) -> list[str]:
    return [f.code for f in found(text, settings=settings)]


# Seeds ------------------------------------------------------------------------------------------

SEED_EXPECTED = {
    "000_bc273ac15db8b7fc.txt": [
        ("SL305", 1, ""),
        ("SL306", 1, ""),
        ("SL304", 5, "一位参与讨论的人士称"),
        ("SL304", 11, "参与讨论的人士透露"),
        ("SL304", 12, "四位负责OpenAI数据中心项目的人士透露"),
        ("SL304", 15, "一位投资者称"),
        ("SL304", 18, "一位高管称"),
        ("SL304", 19, "据亚马逊一位高管私下透露"),
    ],
    "001_6f310a440d0ae3ad.txt": [
        ("SL306", 1, ""),
        ("SL302", 5, "来源:未知"),
        ("SL303", 5, "责任编辑:admin"),
        ("SL304", 11, "有媒体报道称"),
        ("SL304", 13, "据知情人士向媒体透露"),
        ("SL304", 21, "据分析人士对媒体表示"),
        ("SL304", 65, "据悉"),
    ],
}


def test_seeds_give_exactly_the_expected_findings(seed_findings):
    for name, expected in SEED_EXPECTED.items():
        got = [(f.code, f.line, f.matched) for f in seed_findings[name] if f.family == "provenance"]
        assert got == expected, name


def test_seed_fields_point_at_the_exact_field(seed_findings):
    by_code = {f.code: f for f in seed_findings["001_6f310a440d0ae3ad.txt"] if f.code in ("SL302", "SL303")}
    assert (by_code["SL302"].column, by_code["SL302"].end_column) == (1, 6)
    assert (by_code["SL303"].column, by_code["SL303"].end_column) == (7, 17)
    assert all(f.fix is None for f in by_code.values())


def test_seed_counts_explain_the_document_level_findings(seed_findings):
    (dominant,) = [f for f in seed_findings["000_bc273ac15db8b7fc.txt"] if f.code == "SL305"]
    # Six unnamed people against three named attributions (智东西…消息 and twice The Information).
    assert dominant.message.startswith("6 attributions to unnamed sources against 3 named")
    (undated,) = [f for f in seed_findings["001_6f310a440d0ae3ad.txt"] if f.code == "SL306"]
    assert "`上周` line 11" in undated.message


# SL301 source-missing ---------------------------------------------------------------------------

SL301_FLAG = [
    BODY,
    BODY_EN,
    "责任编辑:张伟\n\n" + BODY,
    "据悉，该项目总投资约50亿元，预计2026年投产，年产能达到30万吨，可新增就业岗位2000个，带动上下游产值超过百亿元。\n",
    BODY_EN.rstrip() + " People familiar with the matter said the trend would continue.\n",
    BODY + "特别声明:以上内容为自媒体平台用户上传并发布,本平台仅提供信息存储服务。\n",
    "某电动车企业表示，今年营收将增长20%，达到650亿元，海外市场贡献约三成，公司还将回购价值10亿元的股份以提振信心。\n",
    "全球電動車銷量今年有望達到1700萬輛，同比增長約20%，其中中國市場佔比超過六成，歐洲市場增速放緩至一成左右。\n",
    "标题:三季度交付量创新高\n\n" + BODY + "\n" + BODY,
    "The central bank cut its key rate by 0.25 percent to 3.1 percent, the first cut this year, and said "
    "inflation had eased to 2.4 percent in the latest quarter while growth slowed.\n",
]

SL301_PASS = [
    "新华社北京3月14日电 " + BODY,
    BODY_EN.rstrip() + ", according to Reuters.\n",
    BODY + "\n来源:新华社\n",
    "据路透社16日报道，" + BODY,
    "科技日报11月8日消息，" + BODY,
    "SEOUL, Oct 8 (Reuters) - " + BODY_EN,
    "By Jane Smith\n\n" + BODY_EN,
    "作者:李明\n\n" + BODY,
    "本报讯(记者 王芳)" + BODY,
    "据外媒The Information报道，" + BODY,
    "文|张三\n\n" + BODY,
    "我上个月买了一台新车，花了25万元，比去年同款便宜了10%，感觉很划算，下面说说我的用车体验和油耗数据。\n",
    "这是一篇没有任何数字的随笔，写的是秋天的街道、落叶和傍晚的光线，也写了一些关于城市的回忆和感受。\n",
    "营收增长35%。\n",
]


@pytest.mark.parametrize("text", SL301_FLAG)
def test_source_missing_flags(text):
    hits = found(text, "SL301")
    assert len(hits) == 1 and hits[0].line == 1, text


@pytest.mark.parametrize("text", SL301_PASS)
def test_source_missing_passes(text):
    assert "SL301" not in codes(text), text


def test_placeholder_source_is_sl302_not_sl301():
    assert codes("来源:未知\n\n" + BODY).count("SL301") == 0
    assert "SL302" in codes("来源:未知\n\n" + BODY)


# SL302 source-unknown ---------------------------------------------------------------------------

SL302_FLAG = [
    ("来源:未知\n\n" + BODY, "来源:未知"),
    (BODY + "\n来源:网络\n", "来源:网络"),
    ("来源: \n\n" + BODY, "来源: "),
    ("发布时间:2021-11-24 10:27 所属栏目:行业 来源:互联网\n" + BODY, "来源:互联网"),
    ("文章来源:本站\n" + BODY, "文章来源:本站"),
    ("稿源:佚名 作者:张三\n" + BODY, "稿源:佚名"),
    ("出处|不详\n" + BODY, "出处|不详"),
    ("Source: unknown\n\n" + BODY_EN, "Source: unknown"),
    ("Source: N/A\n\n" + BODY_EN, "Source: N/A"),
    ("【来源:网络整理】\n" + BODY, "来源:网络整理"),
    (BODY + "本文转自网络\n", "本文转自网络"),
    ("来源: cms20240517\n" + BODY, "来源: cms20240517"),
    ("來源:網絡\n" + BODY, "來源:網絡"),
    ("SEOUL, Oct. 8 (local media) -- " + BODY_EN, "(local media)"),
    (BODY_EN + "A worker at the plant on Oct. 8. (Chinese media/Li Wei)\n", "(Chinese media/Li Wei)"),
]

SL302_PASS = [
    "来源:新华社\n\n" + BODY,
    "Source: Xinhua\n\n" + BODY_EN,
    "Source: Internet Society\n\n" + BODY_EN,
    "其收入来源:广告和订阅。\n" + BODY,
    "来源:21世纪经济报道\n" + BODY,
    "图片来源:网络\n" + BODY,
    "SEOUL, Oct. 8 (Reuters) -- " + BODY_EN,
    "来源:\n新华社\n\n" + BODY,
    "来源于网络的信息需要核实。\n" + BODY,
    "来源:IT168\n" + BODY,
    "来源|智东西\n" + BODY,
    # A source line in the middle of a long document is quoted text, not the page's field.
    "\n".join([BODY.strip()] * 20 + ["来源:网络"] + [BODY.strip()] * 20) + "\n",
]


@pytest.mark.parametrize("text,matched", SL302_FLAG)
def test_source_unknown_flags(text, matched):
    hits = found(text, "SL302")
    assert [f.matched for f in hits] == [matched], text
    assert hits[0].fix is None


@pytest.mark.parametrize("text", SL302_PASS)
def test_source_unknown_passes(text):
    assert "SL302" not in codes(text), text


# SL303 editor-placeholder -----------------------------------------------------------------------

SL303_FLAG = [
    ("责任编辑:admin\n" + BODY, "责任编辑:admin"),
    ("作者:小编\n" + BODY, "作者:小编"),
    ("编辑:管理员\n" + BODY, "编辑:管理员"),
    (BODY + "作者:佚名\n", "作者:佚名"),
    ("Author: admin\n\n" + BODY_EN, "Author: admin"),
    ("Posted by admin\n\n" + BODY_EN, "Posted by admin"),
    ("编辑|编辑部\n" + BODY, "编辑|编辑部"),
    ("来源:新华社 责编:root\n" + BODY, "责编:root"),
    ("Editor: test\n\n" + BODY_EN, "Editor: test"),
    ("作者:未知\n" + BODY, "作者:未知"),
    ("编辑:Administrator\n" + BODY, "编辑:Administrator"),
    ("作者: webmaster\n" + BODY, "作者: webmaster"),
]

SL303_PASS = [
    "编辑|Panken\n" + BODY,
    "责任编辑:新华社编辑部\n" + BODY,
    "作者:张三\n" + BODY,
    "By default, the tool reads every file and reports 3 kinds of problems in 10 percent of them.\n",
    "Author: Jane Smith\n\n" + BODY_EN,
    "如何编辑:打开文件后点击右上角的按钮。\n" + BODY,
    "Editor's note: this story was updated.\n\n" + BODY_EN,
    "网站管理员表示，系统将在今晚升级。\n" + BODY,
    "责任编辑:\n" + BODY,
    "编译|依婷\n编辑|Panken\n" + BODY,
    "作者:admin Zhang\n" + BODY,
]


@pytest.mark.parametrize("text,matched", SL303_FLAG)
def test_editor_placeholder_flags(text, matched):
    hits = found(text, "SL303")
    assert [f.matched for f in hits] == [matched], text
    assert hits[0].fix is None


@pytest.mark.parametrize("text", SL303_PASS)
def test_editor_placeholder_passes(text):
    assert "SL303" not in codes(text), text


# SL304 vague-attribution ------------------------------------------------------------------------

SL304_FLAG = [
    ("据悉，该公司将于下月发布新产品。\n", "据悉"),
    ("据了解，双方已经签署协议。\n", "据了解"),
    ("有消息称，工厂选址已基本确定。\n", "有消息称"),
    ("据知情人士透露，投资规模约为20亿元。\n", "据知情人士透露"),
    ("业内人士表示，价格战还将持续。\n", "业内人士表示"),
    ("有分析人士指出，需求正在放缓。\n", "有分析人士指出"),
    ("一位不愿具名的高管称，交易将在年底完成。\n", "一位不愿具名的高管称"),
    ("两名官员表示，谈判仍在进行。\n", "两名官员表示"),
    ("据外媒报道，该公司正在裁员。\n", "据外媒报道"),
    ("据当地媒体报道，工厂已经停产。\n", "据当地媒体报道"),
    ("The deal is worth 2 billion dollars, people familiar with the matter said.\n", "people familiar with the matter"),
    ("The talks stalled last week, sources said.\n", "sources said"),
    ("The company reportedly plans to cut 500 jobs.\n", "reportedly"),
    ("It is said that the plant will close.\n", "It is said"),
    ("上周，有媒体报道称，谷歌同意再投资20亿美元。\n", "有媒体报道称"),
]

SL304_PASS = [
    "据新华社报道，双方已经签署协议。\n",
    "据外媒The Information报道，亚马逊正讨论新的投资。\n",
    "据媒体援引Upper90的首席执行官Bill Libby的说法，芯片是一种新的资产类别。\n",
    "参与交易的投资者表示，谷歌还与其他公司达成了类似协议。\n",
    "微软高管表示，其中3个百分点的增长来自人工智能。\n",
    "第一位获奖的工程师表示，这项技术还需要改进。\n",
    "The deal is worth 2 billion dollars, Reuters reported.\n",
    "The plant will close next year, according to the company.\n",
    "据国家统计局数据，前三季度GDP增长5%。\n",
    "外交部发言人汪文斌14日表示，中方对此表示关切。\n",
    "据其介绍，该系统已经运行三年。\n",
    "原文链接: https://example.com/city-reportedly-lost-money-in-attack\n",
    "The open-source code said nothing about the sources of the data.\n",
]


@pytest.mark.parametrize("text,matched", SL304_FLAG)
def test_vague_attribution_flags(text, matched):
    hits = found(text, "SL304")
    assert [f.matched for f in hits] == [matched], text
    assert hits[0].severity.name == "INFO"


@pytest.mark.parametrize("text", SL304_PASS)
def test_vague_attribution_passes(text):
    assert "SL304" not in codes(text), text


def test_each_vague_occurrence_is_one_finding():
    text = "据悉，工厂已经停产。知情人士透露，裁员规模为500人。据悉，赔偿方案尚未公布。\n"
    assert [f.matched for f in found(text, "SL304")] == ["据悉", "知情人士透露", "据悉"]


# SL305 vague-attribution-dominant ---------------------------------------------------------------

SL305_FLAG = [
    "据悉，双方已经达成协议。知情人士透露，投资规模为20亿美元。\n",
    "据悉，双方已经达成协议。知情人士透露，投资规模为20亿美元。一位高管称，交易将在年底完成。\n",
    "People familiar with the matter said the talks stalled. The company reportedly plans to cut jobs.\n",
    "据了解，工厂已经停产。有消息称，赔偿方案尚未公布。据路透社报道，裁员规模为500人。据悉，工会将抗议。\n",
    "业内人士表示，价格战还将持续。分析人士指出，需求正在放缓。\n",
    "据外媒报道，该公司正在裁员。有媒体报道称，裁员比例达到一成。\n",
    "Sources said the deal is close. Insiders said the price is 2 billion dollars. It is believed the board agrees.\n",
    "两名官员表示，谈判仍在进行。一位投资者称，估值可能下调。据悉，新一轮融资将在下月启动。\n",
    "据传，公司将被收购。网传收购价格为100亿元。\n",
    "据称，产品将推迟发布。据了解，推迟原因是芯片短缺。\n",
]

SL305_PASS = [
    (FIXTURES / "one-anonymous-two-named.txt").read_text("utf-8"),
    "据悉，双方已经达成协议。\n",
    "据路透社报道，双方已经达成协议。知情人士透露，投资规模为20亿美元。路透社援引文件称，交易将在年底完成。\n",
    "据悉，双方已经达成协议。知情人士透露，投资规模为20亿美元。据新华社报道，工厂已经停产。据路透社报道，裁员500人。\n",
    "Reuters reported the deal. Sources said it is close. Bloomberg reported the price.\n",
    "据悉，工厂已经停产。外交部发言人汪文斌表示，中方高度关注。\n",
    "The company said on Monday it would cut 500 jobs, according to Reuters.\n",
    "据新华社报道，工厂已经停产。\n",
    "据悉，工厂停产。Bill Gurley警告，收入可能被夸大。Christopher Armstrong则认为，交易合法。\n",
    "",
]


@pytest.mark.parametrize("text", SL305_FLAG)
def test_vague_dominant_flags(text):
    hits = found(text, "SL305")
    assert len(hits) == 1 and hits[0].line == 1 and "unnamed" in hits[0].message, text


@pytest.mark.parametrize("text", SL305_PASS)
def test_vague_dominant_passes(text):
    assert "SL305" not in codes(text), text


def test_vague_dominant_can_be_selected_alone():
    text = "据悉，双方已经达成协议。知情人士透露，投资规模为20亿美元。\n"
    assert codes(text, Settings(select=("SL305",))) == ["SL305"]


def test_vague_ratio_option():
    text = "据悉，双方已经达成协议。知情人士透露，投资规模为20亿美元。据路透社报道，工厂已经停产。\n"
    assert "SL305" in codes(text)
    relaxed = PROVENANCE.with_options("provenance", {"vague-ratio": 2.0})
    assert "SL305" not in codes(text, relaxed)


# SL306 undated ----------------------------------------------------------------------------------

SL306_FLAG = [
    "今年9月，亚马逊向Anthropic投资了40亿美元。\n",
    "去年，该公司营收增长了20%。\n",
    "上周，谷歌公布了三季度财报。\n",
    "近日，工厂已经停产。\n",
    "智东西11月8日消息，亚马逊正讨论新的投资。\n",
    "The company said last year it would build a plant.\n",
    "Shares fell this week after the report.\n",
    "The company said on Tuesday it would cut jobs.\n",
    "SEOUL, Nov. 8 (Reuters) - The company cut prices.\n",
    "Anthropic于2021年初创立，今年估值翻了一番。\n",
    "The minister spoke yesterday in Beijing.\n",
]

SL306_PASS = [
    "2024年11月8日，亚马逊向Anthropic投资了40亿美元，今年累计投资80亿美元。\n",
    "发布时间:2024-11-08 10:27 今年9月，亚马逊向Anthropic投资了40亿美元。\n",
    "Nov 8, 2024 — The company said on Tuesday it would cut jobs.\n",
    "8 November 2024. The company said last year it would build a plant.\n",
    "INDUSTRY NEWS 4-17-2014\nThe winners were named on Monday.\n",
    "亚马逊向Anthropic投资了40亿美元。\n",
    "Anthropic于2021年初创立。\n",
    "今日头条上有一篇关于芯片的文章。\n",
    "2019/03/05 北京 上周的会议讨论了预算。\n",
    "Tuesday, December 30, 2008\nLeaders watched the performance on Tuesday evening.\n",
]


@pytest.mark.parametrize("text", SL306_FLAG)
def test_undated_flags(text):
    hits = found(text, "SL306")
    assert len(hits) == 1 and hits[0].line == 1 and hits[0].column == 1, text
    assert hits[0].severity.name == "INFO"


@pytest.mark.parametrize("text", SL306_PASS)
def test_undated_passes(text):
    assert "SL306" not in codes(text), text


# Fixtures, options, performance ----------------------------------------------------------------


def test_cms_header_fixture():
    text = (FIXTURES / "cms-header.txt").read_text("utf-8")
    got = [(f.code, f.line, f.matched) for f in found(text)]
    assert got == [
        ("SL305", 1, ""),
        ("SL302", 3, "来源:未知"),
        ("SL303", 3, "责任编辑:admin"),
        ("SL304", 7, "据悉"),
        ("SL304", 7, "有消息称"),
        ("SL304", 7, "一位不愿具名的高管透露"),
        ("SL303", 9, "作者:佚名"),
    ]


def test_wire_fixture_has_only_the_undated_note():
    text = (FIXTURES / "wire-clean.txt").read_text("utf-8")
    assert codes(text) == ["SL306"]


def test_extend_options():
    text = "据晨星周报消息，" + BODY
    assert "SL301" not in codes(text)  # 周报 is not an outlet ending, but 据<name>消息 names a body
    assert "SL302" in codes(
        "来源:某聚合站\n" + BODY, PROVENANCE.with_options("provenance", {"extend-placeholders": ["某聚合站"]})
    )
    assert "SL303" in codes(
        "作者:robot\n" + BODY, PROVENANCE.with_options("provenance", {"extend-editor-placeholders": ["robot"]})
    )
    vague = PROVENANCE.with_options("provenance", {"extend-vague": ["坊间流传"]})
    assert [f.matched for f in found("坊间流传，工厂将搬迁。\n", "SL304", vague)] == ["坊间流传"]
    byline = "晨星汽车 李明\n\n" + BODY
    assert "SL301" in codes(byline)
    assert "SL301" not in codes(byline, PROVENANCE.with_options("provenance", {"extend-outlets": ["晨星汽车"]}))


def test_head_lines_option():
    text = "\n".join([BODY.strip()] * 5 + ["来源:网络"] + [BODY.strip()] * 5) + "\n"
    assert "SL302" in codes(text)
    narrow = PROVENANCE.with_options("provenance", {"head-lines": 3, "tail-lines": 3})
    assert "SL302" not in codes(text, narrow)


def _provenance(text: str) -> object:
    return lint_text(text, settings=PROVENANCE)


@pytest.mark.slow
@pytest.mark.parametrize("char", ["据", "一", "位", "人", "来", "A", "a", ":", " ", "\u3000", "1", "(", "年"])
def test_one_long_line_is_linear(char):
    assert_linear(_provenance, repeat(char, "\n"), 100_000, char)


@pytest.mark.slow
@pytest.mark.parametrize("unit", ["一位人士", "据媒体", "Ab ", "来源:", "(a/", "知情人士表", "1月1日"])
def test_adversarial_repetitions_are_linear(unit):
    assert_linear(_provenance, repeat(unit, "\n"), 60_000, unit)


# Dev corpus -------------------------------------------------------------------------------------


def test_dev_corpus_missing_source(dev_corpus):
    codes_ = ("SL301", "SL302", "SL303")
    recall, missed = dev_corpus.recall("missing-source", codes_)
    false_positives = dev_corpus.false_positives_in_clean(codes_)
    print(
        f"\nmissing-source recall {recall:.2f} ({len(missed)} missed), "
        f"false positives in clean docs: {len(false_positives)}"
    )
    for lab in missed:
        print("  missed", lab["doc"], lab["line"], lab["evidence"])
    for f in false_positives:
        print("  false positive", f.path, f.line, f.code, f.matched)
    assert not false_positives
    assert recall >= 0.9
