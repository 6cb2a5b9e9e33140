"""Properties that hold for every input: decoding is total, linting never raises, and every finding
points at a real span of the text it was found in.

Hypothesis drives arbitrary bytes and strings (lone surrogates included) and realistic scraped news
documents built from the pieces the checks look for, so the checks actually fire.
"""

from __future__ import annotations

import codecs

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seedlint.config import Settings
from seedlint.document import Document, decode, encode, looks_binary
from seedlint.engine import lint_bytes, lint_document, lint_text
from seedlint.registry import load_registry

ALL = Settings(select=("ALL",))
FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Realistic documents -----------------------------------------------------------------------------

SENTENCES = (
    "新华社北京3月5日电 十四届全国人大二次会议5日上午在人民大会堂开幕。",
    "科技巨头纷纷向人工智能初创公司投资，以换取云计算业务的收入。",
    "亚马逊正讨论向人工智能初创公司Anthropic进行第二笔数十亿美元的投资。",
    "这笔投资与去年的交易类似，双方均未回应置评请求。",
    "公司表示,这项投资将于明年完成。",
    "這是一篇以繁體中文撰寫的新聞報導，內容涉及科技公司的投資。",
    "国务院总理在政府工作报告中说，今年经济增长预期目标为5%左右。",
    "Amazon said on Tuesday it would invest up to $4 billion in Anthropic.",
    "The company declined to comment on the talks, people familiar with the matter said.",
    "微软向OpenAI投资了\ufffd\ufffd亿美元。",
    "标题：锟斤拷锟斤拷",
    "It\u00e2\u20ac\u2122s a caf\u00c3\u00a9 in Montr\u00c3\u00a9al.",
    "Anthro\u200bpic 投资\u202e了",
    "来源：ＡＢＣ新闻（北京）　全角文字",
)
PROVENANCE = (
    "来源:新华社",
    "来源：人民网",
    "来源: 未知",
    "责任编辑:王静",
    "责任编辑：张三 李四",
    "原标题：亚马逊追加投资",
    "本文来源于网络，如有侵权请联系删除",
    "Source: Reuters",
    "（记者 王小明）",
)
AMOUNTS = (
    "3050万美元（约合人民币2.7亿元）",
    "2146至2862亿元",
    "约40亿美元",
    "超过30多亿美元",
    "300余万港元",
    "$4 billion (about 290亿元)",
    "1.2万",
    "十亿元",
    "€3.5m",
    "¥100",
    "50%",
)
SPAM = (
    "首页 | 新闻 | 体育 | 娱乐 | 财经 | 科技",
    "点击关注 | 扫码下载APP | 分享到微信",
    "Share | Tweet | Email | Print",
    "特别声明:以上内容(如有图片或视频亦包括在内)为自媒体平台用户上传并发布",
    "加微信 abc123 领取福利！！！ 免费领取 >>> http://spam.example.com",
    "Copyright © 2024 All Rights Reserved | 京ICP备12345678号",
    "大摩娱乐注册 大摩娱乐登录 大摩娱乐招商QQ",
    "Navigation menu",
    "诚招代理,日结高佣,加微信 abc12345 详聊",
)
# Every line of every rule's failing examples: the strategy keeps up with the rules.
RULE_LINES = tuple(
    sorted(
        {
            piece
            for rule in load_registry().rules
            for example in rule.fail_examples
            if isinstance(example, str)
            for piece in example.splitlines()
            if piece.strip()
        }
    )
)


@st.composite
def amount(draw: st.DrawFn) -> str:
    """A written amount, sometimes with a conversion that may contradict it."""
    if draw(st.booleans()):
        return draw(st.sampled_from(AMOUNTS))
    usd = draw(st.integers(1, 99999))
    cny = draw(st.decimals(min_value="0.1", max_value="999", places=1, allow_nan=False, allow_infinity=False))
    unit = draw(st.sampled_from(("万美元", "亿美元", "万元", "亿元", " million dollars")))
    return f"{usd}{unit}（约合人民币{cny}亿元）"


@st.composite
def line(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(("sentence", "sentence", "rule", "amount", "provenance", "spam", "blank", "noise")))
    if kind == "rule":
        return draw(st.sampled_from(RULE_LINES))
    if kind == "sentence":
        return "".join(draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3)))
    if kind == "amount":
        lead = draw(st.sampled_from(("公司将投资", "融资总额达", "The deal is worth ", "营收为")))
        return f"{lead}{draw(amount())}。"
    if kind == "provenance":
        return draw(st.sampled_from(PROVENANCE))
    if kind == "spam":
        return draw(st.sampled_from(SPAM))
    if kind == "blank":
        return draw(st.sampled_from(("", " ", "\u3000", "\t")))
    return draw(st.text(st.characters(blacklist_categories=()), max_size=12))


@st.composite
def document(draw: st.DrawFn) -> str:
    lines = draw(st.lists(line(), min_size=0, max_size=14))
    breaks = draw(st.sampled_from(("\n", "\r\n", "mixed")))
    out = []
    for text in lines:
        out.append(text)
        out.append(draw(st.sampled_from(("\n", "\r\n", "\r"))) if breaks == "mixed" else breaks)
    if out and draw(st.booleans()):
        out.pop()  # no final line break
    return "".join(out)


def _spans_hold(doc: Document, findings, overridden) -> None:
    text = doc.text
    for f in findings:
        assert 0 <= f.start <= f.end <= len(text), (f.code, f.start, f.end, len(text))
        if (f.code, f.start, f.end, f.message) not in overridden:
            assert f.matched == text[f.start : f.end], (f.code, f.start, f.end, f.matched)


def _lint_recording_overrides(doc: Document):
    """lint_document, noting which findings a rule built with its own ``matched`` text."""
    overridden: set[tuple[str, int, int, str]] = set()
    build = doc.finding

    def finding(rule, start, end, message, *, fix=None, matched=None):
        if matched is not None:
            overridden.add((rule.code, start, end, message))
        return build(rule, start, end, message, fix=fix, matched=matched)

    doc.finding = finding  # type: ignore[method-assign]
    return lint_document(doc, ALL), overridden


# Bytes -------------------------------------------------------------------------------------------


@FAST
@given(st.binary(max_size=3000))
def test_any_bytes_decode_and_lint_without_raising(raw):
    looks_binary(raw[:8192])
    decoded = decode(raw)
    assert all(decoded.text[i] == "\ufffd" for i in decoded.undecodable)
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in decoded.text)
    if not decoded.undecodable and not decoded.unwritable:
        assert encode(decoded.text, decoded.codec, decoded.bom) == raw
    doc = Document.from_bytes(raw)
    findings, overridden = _lint_recording_overrides(doc)
    _spans_hold(doc, findings, overridden)


@settings(max_examples=150, deadline=None)
@given(
    st.text(max_size=200),
    st.sampled_from(("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")),
    st.booleans(),
)
def test_unicode_encodings_round_trip(text, codec, bom):
    raw = encode(text, codec, bom)
    decoded = decode(raw)
    if not decoded.undecodable and not decoded.unwritable:
        assert encode(decoded.text, decoded.codec, decoded.bom) == raw
    if bom:
        assert (decoded.text, decoded.codec, decoded.bom) == (text, codec, True)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600), st.sampled_from((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)))
def test_a_bom_does_not_make_anything_decodable_or_text(body, bom):
    raw = bom + body
    decoded = decode(raw)
    assert decoded.bom
    if not decoded.undecodable and not decoded.unwritable:
        assert encode(decoded.text, decoded.codec, True) == raw
    if len(body) >= 4 and set(body) == {0}:
        assert looks_binary(raw[:8192])


# Strings -----------------------------------------------------------------------------------------


@FAST
@given(st.text(st.characters(blacklist_categories=()), max_size=300))
def test_any_str_lints_without_raising(text):
    findings = lint_text(text, settings=ALL)
    for f in findings:
        assert 0 <= f.start <= f.end <= len(text)
    doc = Document(text)
    assert len(doc.text) == len(text)
    findings, overridden = _lint_recording_overrides(doc)
    _spans_hold(doc, findings, overridden)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document())
def test_realistic_documents_report_real_spans(text):
    doc = Document(text)
    findings, overridden = _lint_recording_overrides(doc)
    _spans_hold(doc, findings, overridden)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document(), st.sampled_from(("gb18030", "utf-16", "utf-8-sig", "big5")))
def test_realistic_documents_in_other_encodings(text, codec):
    try:
        raw = text.encode(codec)
    except UnicodeEncodeError:
        raw = text.encode(codec, "replace")
    doc = Document.from_bytes(raw)
    findings, overridden = _lint_recording_overrides(doc)
    _spans_hold(doc, findings, overridden)
    assert lint_bytes(raw, settings=ALL) == findings


def test_the_realistic_strategy_makes_the_checks_fire():
    text = "\n".join(
        [SENTENCES[0], SPAM[0], SPAM[1], "", f"公司将投资{AMOUNTS[0]}。", "公司将投资3050万美元（约合人民币9亿元）。"]
        + [SENTENCES[9], SENTENCES[12], PROVENANCE[0], PROVENANCE[3], PROVENANCE[6], SPAM[3], "the the end"]
    )
    families = {f.family for f in lint_text(text + "\r\n", settings=ALL)}
    assert {"encoding", "spam", "boilerplate", "provenance", "currency", "contradiction"} <= families, families
    assert len(RULE_LINES) > 20


@pytest.mark.parametrize("text", ["\ud800", "\udfff\n", "a\udc80b", "来源:\ud83d新华社\n", "\ud83d\ude00"])
def test_lone_surrogates_are_safe_everywhere(text):
    found = lint_text(text, settings=ALL)
    # A surrogate pair written as two code points is two lone surrogates in a Python str.
    assert "SL007" in {f.code for f in found}


# Fixing ------------------------------------------------------------------------------------------


def _fix_once(raw: bytes, unsafe: bool) -> bytes:
    from seedlint.fixes import FixError, apply_fixes, verify

    doc = Document.from_bytes(raw)
    try:
        result = apply_fixes(doc, lint_document(doc, ALL), unsafe=unsafe)
    except FixError:
        return raw  # undecodable bytes: never rewritten
    if not result.applied:
        return raw
    data = result.encoded()
    verify(result, data, "doc.txt")  # raises if anything but the edits' spans changed
    return data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document(), st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "gb18030")), st.booleans())
def test_fixing_is_verified_and_reaches_a_fixed_point(text, codec, unsafe):
    raw = text.encode(codec, "replace")
    current = raw
    # Overlapping fixes wait for the next run (as in ruff), so a few rounds may be needed; after
    # that, another --fix changes nothing.
    for _ in range(6):
        following = _fix_once(current, unsafe)
        if following == current:
            break
        current = following
    assert _fix_once(current, unsafe) == current
    doc = Document.from_bytes(raw)
    if not any(f.fix and (unsafe or f.fix.applicability == "safe") for f in lint_document(doc, ALL)):
        assert current == raw  # nothing to fix: byte for byte unchanged
