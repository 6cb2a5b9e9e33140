"""SL402 doubled-word: one Han character typed twice where the second copy begins a word."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from seedlint.checks.contradiction import OPTIONS, Vocabulary, doubled_word
from seedlint.data import read_text
from seedlint.model import Applicability
from seedlint.text.segment import Word
from tests.checks.contradiction import apply_fix, run
from tools import make_han_doubles

# (sentence, the doubled pair as written, the sentence with one copy deleted)
SLIPS = [
    ("他隨即請檢檢察官到場相驗,初步排除他殺可能。", "檢檢", "他隨即請檢察官到場相驗,初步排除他殺可能。"),
    ("警方隨即通知檢檢察官到場。", "檢檢", "警方隨即通知檢察官到場。"),
    ("他們決定聘請律律師處理此事。", "律律", "他們決定聘請律師處理此事。"),
    ("民眾可以上網查詢氣氣象資訊。", "氣氣", "民眾可以上網查詢氣象資訊。"),
    ("他昨天向法法院提起诉讼,要求对方赔偿。", "法法", "他昨天向法院提起诉讼,要求对方赔偿。"),
    ("市政府将在明年推动经经济转型。", "经经", "市政府将在明年推动经济转型。"),
    ("该公司已向银银行申请一笔贷款。", "银银", "该公司已向银行申请一笔贷款。"),
    ("她昨天出任董董事长,接替退休的创办人。", "董董", "她昨天出任董事长,接替退休的创办人。"),
    # A word's last character typed again before the clause ends.
    (
        "恒指暂亦难突破250月线阻力力。相信恒指将继续维持窄幅。",
        "力力",
        "恒指暂亦难突破250月线阻力。相信恒指将继续维持窄幅。",
    ),
    ("我们们,都是追梦人。", "们们", "我们,都是追梦人。"),
]

NOT_SLIPS = [
    # Reduplication and words of jieba's dictionary holding a doubled character.
    "大家天天锻炼,人人有责,常常去看看,慢慢来,谢谢你。",
    "我们要研究研究这个问题,高高兴兴地回家,这的的确确是真的。",
    "工作人员一一核对名单,个个都很认真。",
    "绿油油的稻田,亮晶晶的眼睛,彬彬有礼,津津乐道,最后不了了之。",
    "他们快快乐乐地生活,年年有余。",
    # Names, numerals, onomatopoeia and emphatic repetition.
    "丽丽说她很好,冬冬和康康都来了。",
    "北市议员黄珊珊表示,将提出质询。",
    "记者唐媛媛报道\n",
    "「范范」范玮琪出席了义卖。",
    "他哈哈大笑,水壶嘶嘶作响,砰砰砰三声枪响。",
    "好好好,就这么办。快快快!",
    "三三两两的游客,五五分成。",
    # The first copy ends a word and the second begins one.
    "中国国家主席昨天会见了外宾。",
    "美國國務卿昨天抵達北京,德國國內的調查也顯示支持。",
    "他在兴建建筑物前报批,油品品质提升,立项项目公布。",
    "数据据称包括个人信息。",
    # An office of the unit named just before.
    "安全所所长认为风险可控。",
    "財稅系系主任林先生指出,捷運忠孝敦化站站長也表示同意。",
    "华盛顿州州长表示欢迎,华总总会长指出问题。",
    # A unit after a numeral, a verb of one character doubled, 中 after a verbal noun, an adverb.
    "1997年年初开工,去年年底完工,一张张照片挂在墙上。",
    "他就想耍耍威风,老师要考考你。",
    "两大集团在激烈的竞争中中标。",
    "竹笋的价格就直直落。",
    # After a noun the lone copy may end a name: a paper called 消费者报.
    "据中国消费者报报道,价格上涨。",
    "健保保费不断提升。",
    # At a clause's end: a name, a doubled word, a measure word after a numeral.
    "记者王芳芳。",
    "大家都去看看。他处处。",
    "观众一场场。",
    "这是他们的宝宝。",
    # A word of its own, a name jieba cuts apart, a term closed by its suffix.
    "个案中有八成都是男男性接触者。",
    "特别是尼尼斯托总统一直积极致力于两国友好。",
    "案发前少女曾出现亚氏保加症症状。",
    # The copy ends a name or a term jieba leaves in single characters (布|海|拉|省, 发|受|电).
    "办公室位于布海拉省省会达曼胡尔市。",
    "东北等地区发受电电量增速高于全国平均水平。",
    # A complement that finishes the verb before it.
    "经过一次次试飞，把飞机完善成成熟的民用产品。",
    # A title repeats its words on purpose.
    "交响乐与舞蹈《起来 起来》将人们的记忆带回苦难岁月。",
]


def _pairs(text: str) -> list[str]:
    return [text[f.start - 1 : f.end] for f in run(text, "SL402") if f.code == "SL402"]


@pytest.mark.parametrize("text,pair,fixed", SLIPS)
def test_a_character_typed_twice_is_flagged_with_an_unsafe_fix(text, pair, fixed):
    (finding,) = [f for f in run(text, "SL402") if f.code == "SL402"]
    assert text[finding.start - 1 : finding.end] == pair
    assert finding.fix is not None
    assert finding.fix.applicability == Applicability.UNSAFE
    assert apply_fix(text, finding.fix) == fixed


@pytest.mark.parametrize("text", NOT_SLIPS)
def test_reduplication_names_and_overlapping_words_stay_quiet(text):
    assert _pairs(text) == []


def test_after_a_noun_a_doubled_character_needs_a_clear_slip_in_its_clause():
    # 报 + 报请 after 分局 alone could be a paper's name (…报报道); beside 请检检察官 it is a slip.
    assert _pairs("分局随即报报请上级核示。") == []
    assert _pairs("分局报报请检检察官指挥侦办。") == ["报报", "检检"]
    assert _pairs("分局報報請檢檢察官指揮偵辦。") == ["報報", "檢檢"]


class _Refused(Exception):
    pass


@pytest.fixture
def segmentations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the rule asks jieba to segment, recorded instead of segmented."""
    asked: list[str] = []

    def refuse(text: str) -> list[Word]:
        asked.append(text)
        return []

    monkeypatch.setattr(doubled_word, "words", refuse)
    return asked


def _find(text: str) -> Iterator[tuple[int, int, int, int, bool]]:
    return doubled_word.Doubles(Vocabulary.load(OPTIONS)).find(text)


def test_known_doubles_never_reach_the_segmenter(segmentations):
    list(_find("大家天天锻炼,人人有责,看看再说,哈哈大笑,绿油油的稻田,高高兴兴,一张张照片,1997年年初。"))
    assert segmentations == []
    list(_find("他隨即请检检察官到场。"))
    assert segmentations == ["他隨即请检检察官到场"]


def test_the_word_list_is_what_the_tool_extracts_from_jiebas_dictionary():
    jieba = pytest.importorskip("jieba")
    source = Path(jieba.__file__).parent / "dict.txt"
    entries = make_han_doubles.doubled_words(source.read_text("utf-8").splitlines())
    shipped = [line.split() for line in read_text("contradiction/han_doubles.txt").splitlines()]
    assert [tuple(e) for e in shipped if e[0] != "#"] == [(w, str(f), t) for w, f, t in entries]
    assert ("看看", 6297, "v") in entries and ("不了了之", 116, "i") in entries
    assert "jieba" in read_text("contradiction/han_doubles.txt").splitlines()[1]
