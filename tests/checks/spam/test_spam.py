"""SL1xx spam as a family: seeds, the dev corpus, the shared vocabulary and linear growth."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedlint.checks.spam import CHECKS, OPTIONS, vocabulary
from seedlint.checks.spam._common import leftmost_longest, scan_lines
from seedlint.checks.spam.page_chrome import ChromeMatches
from seedlint.config import Settings
from seedlint.data import read_toml
from seedlint.document import Document
from seedlint.engine import lint_text
from seedlint.text.patterns import lexicon_pattern
from seedlint.text.scan import lower_view
from seedlint.text.view import text_view
from tests.checks.spam import SPAM_CODES, apply, cases, only
from tests.growth import assert_linear, repeat

VOCAB = vocabulary(OPTIONS)


def test_seed_001_exact(seed_findings):
    assert only(seed_findings["001_6f310a440d0ae3ad.txt"], SPAM_CODES) == [("SL101", 1, 1), ("SL102", 3, 3)]


def test_seed_000_has_no_spam(seed_findings):
    assert only(seed_findings["000_bc273ac15db8b7fc.txt"], SPAM_CODES) == []


def test_spam_fix_deletes_line_and_blank_lines():
    text = "大摩娱乐注册 大摩娱乐登录 大摩娱乐招商QQ\n\nNavigation menu\n\n正文第一段。\n"
    findings = lint_text(text, settings=Settings(select=SPAM_CODES))
    assert [f.code for f in findings] == ["SL101", "SL102"]
    assert apply(text, findings[0]) == "Navigation menu\n\n正文第一段。\n"
    assert apply(text, findings[1]) == "大摩娱乐注册 大摩娱乐登录 大摩娱乐招商QQ\n\n正文第一段。\n"
    assert all(f.fix is not None and f.fix.applicability == "safe" for f in findings)


# Recall on the dev corpus is measured by `python -m tools.measure dev`; the suite keeps the exact expectation.
def test_no_spam_finding_in_dev_corpus_clean_documents(dev_corpus):
    assert dev_corpus.false_positives_in_clean(SPAM_CODES) == []


def test_vocabulary_is_built_once_per_configuration():
    assert CHECKS[0](dict(OPTIONS)).vocabulary is CHECKS[0](dict(OPTIONS)).vocabulary
    other = CHECKS[0]({**OPTIONS, "extend-brands": ["蓝鲸速递"]}).vocabulary
    assert other is not VOCAB and "蓝鲸速递" in other.categories


# The scan with its gates must find exactly what one regex over the whole text finds ------------


def _reference_lexicon(text: str) -> list[tuple[int, int, str]]:
    pattern = re.compile(lexicon_pattern(VOCAB.categories), re.I)
    return [(m.start(), m.end(), m.group().lower()) for m in pattern.finditer(text_view(Document(text)).text)]


def _reference_contact_lines(text: str) -> set[int]:
    view = text_view(Document(text))
    return {view.line_index(m.start()) for m in VOCAB.contact.finditer(view.text)}


def _reference_chrome(line: str) -> list[tuple[int, int, str]]:
    chrome = read_toml("spam/chrome.toml")
    strong = "|".join(chrome["strong-patterns"])
    weak = "|".join(chrome["weak-patterns"])
    pattern = re.compile(f"(?P<strong>{strong})|(?P<lit>{lexicon_pattern(VOCAB.chrome_kind)})|(?P<weak>{weak})", re.I)
    found = []
    for m in pattern.finditer(line):
        if m.group("lit") is not None:
            kind = VOCAB.chrome_kind.get(m.group().lower(), "weak")
        else:
            kind = "strong" if m.group("strong") is not None else "weak"
        found.append((m.start(), m.end(), kind))
    return found


def _scanned(text: str) -> tuple[list[tuple[int, int, str]], set[int], list[list[tuple[int, int, str]]]]:
    doc = Document(text)
    view = text_view(doc)
    lexicon = [(h.start, h.end, h.term) for h in leftmost_longest(VOCAB.lexicon.hits(doc), lower_view(doc))]
    contact = {i for i, scan in scan_lines(doc, view, VOCAB).items() if scan.contact}
    matches = ChromeMatches(doc, view, VOCAB)
    return lexicon, contact, [[tuple(s) for s in matches(i)] for i in range(len(view.lines))]


def _assert_same_as_reference(text: str) -> None:
    lexicon, contact, chrome = _scanned(text)
    assert lexicon == _reference_lexicon(text)
    assert contact == _reference_contact_lines(text)
    assert chrome == [_reference_chrome(line) for line in text_view(Document(text)).lines]


SAMPLES = [
    "加QQ 123456 Q号:1234567 扣扣 12345 企鹅号:123456 加Q群 7654321\n",
    "微信号: abc123 VX: abc1234 V信 abcdef1 薇信 abcdefg 加V abc1234 wx: abcdef wechat abcdef\n",
    "联系电话:010-12345678 热线 400-800-1234 手机:1381234567 tel: 12345678 phone 12345678\n",
    "+86 13812345678 8613812345678 86-13912345678 +86-15012345678 113812345678 138123456789\n",
    "如需咨询请加QQ:\n12345678\n电话\n010-1234567\n",
    "【字体:大 中 小】【打印】【关闭】 第1页 第 2 页 Page 3 of 9 Home News Page 2\n",
    "请使用浏览器分享功能分享 点击右上角分享 分享到朋友圈 用微信扫码二维码 【打 印】 【关 闭】\n",
    "1234人参与 56人评论 登录 | 注册 Site Search slots slotsmith Xcasino casino99 PK10x\n",
    "Read More » | Share this | Sharing | Print Page | 分享到: 微信 微博 QQ空间\n",
]


@pytest.mark.parametrize("text", SAMPLES, ids=lambda v: v[:20])
def test_gated_scan_matches_the_whole_text_regexes(text):
    _assert_same_as_reference(text)


def test_gated_scan_matches_the_whole_text_regexes_on_fixtures():
    for name in ("spam-header", "page-chrome", "spam-contact"):
        for kind in ("flag", "pass"):
            for text in cases("spam", f"{name}.{kind}"):
                _assert_same_as_reference(text)


_PIECES = [
    "QQ",
    "qq",
    "Q号",
    "加Q",
    "微信",
    "微信号",
    "VX",
    "电话",
    "联系电话",
    "手机",
    "tel",
    "phone",
    "+86",
    "86-",
    "13812345678",
    "1381234",
    "12345",
    "abc123",
    ":",
    " ",
    "\n",
    "|",
    "/",
    "【",
    "】",
    "第",
    "页",
    "Page",
    "of",
    "Home",
    "字体",
    "大",
    "中",
    "小",
    "打",
    "印",
    "关",
    "闭",
    "人",
    "参与",
    "登录",
    "注册",
    "Search",
    "News",
    "分享",
    "朋友圈",
    "娱乐",
    "注册",
    "casino",
    "slots",
    "a",
    "x",
    "9",
    "Read More »",
    "上一篇",
    "首页",
    "»",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_gated_scan_matches_the_whole_text_regexes_on_random_text(pieces):
    _assert_same_as_reference("".join(pieces) + "\n")


# Linear growth ---------------------------------------------------------------------------------


def _run(text: str) -> object:
    return lint_text(text, settings=Settings(select=SPAM_CODES))


@pytest.mark.slow
@pytest.mark.parametrize("unit", ["a", "娱", "😀", "|", "<", ">", "分享", "QQ1", "大摩娱乐注册 ", "1", "第1页 "])
def test_one_huge_line_is_linear(unit):
    assert_linear(_run, repeat(unit, "\n"), 100_000, f"one line of {unit!r}")


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    [
        "新闻\n",
        "新闻\n\n",
        "|\n",
        "<br>\n",
        "分享\n",
        "大摩娱乐注册 大摩娱乐登录 大摩娱乐招商QQ\n",
        "彩神88-彩神88\n来源:彩神88\n",
        "加微信 abc12345 详聊 诚招代理\n",
        "首页 > 国内 > 正文\n",
        "Home | News | World | Business | Sport\n",
        "2015-03-02 08:42 来源:中国新闻网 打印本页 关闭\n",
    ],
)
def test_many_short_lines_are_linear(unit):
    assert_linear(_run, repeat(unit), 20_000, f"lines of {unit!r}")


@pytest.mark.slow
def test_menu_promoted_from_its_last_line_is_linear():
    # Every weak line becomes chrome only through the line below it.
    assert_linear(_run, repeat("新闻\n", "Navigation menu\n"), 20_000, "a menu promoted bottom-up")


@pytest.mark.slow
def test_fixture_lines_are_linear():
    lines = [
        line
        for name in ("spam-header", "page-chrome", "spam-contact")
        for kind in ("flag", "pass")
        for text in cases("spam", f"{name}.{kind}")
        for line in text.splitlines()
    ]

    def make(n: int) -> str:
        out, size, i = [], 0, 0
        while size < n:
            out.append(lines[i % len(lines)])
            size += len(out[-1]) + 1
            i += 1
        return "\n".join(out) + "\n"

    assert_linear(_run, make, 20_000, "fixture lines")
