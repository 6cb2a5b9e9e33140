"""Attributions: `据<source><verb>` phrases, wire credits, outlets and named people who speak."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from seedlint.checks.provenance._common import (
    char_offsets,
    disjoint,
    finditer_at,
    finditer_lines,
    hit_lines,
    hit_starts,
    lines_of,
    without,
)
from seedlint.document import Document
from seedlint.text.fold import simplified
from seedlint.text.outlets import ends_as_outlet
from seedlint.text.zones import edge_lines, is_prose

if TYPE_CHECKING:
    from seedlint.checks.provenance import Vocabulary

_VAGUE_BARE = ("悉", "了解", "传", "说", "闻")
_NAMING_VERBS = ("报道", "报导", "消息", "公告", "通报", "数据", "统计", "发布")


def ju(folded: str, vocab: Vocabulary) -> list[tuple[re.Match[str], str | None]]:
    """Every `据<mid><verb>` with its kind: ``named``, ``vague`` or None."""
    if "据" not in folded:
        return []
    return [(m, _ju_kind(folded, vocab, m)) for m in vocab.ju.finditer(folded)]


def _ju_kind(folded: str, vocab: Vocabulary, m: re.Match[str]) -> str | None:
    """Classify `据<mid><verb>`: a named outlet or body, unnamed media or people, or nothing."""
    mid = m.group("mid").strip()
    mid = vocab.ju_date.sub("", mid).strip()
    if not mid or mid.startswith(vocab.not_a_name) or mid in _VAGUE_BARE:
        return None
    if vocab.outlet_form.search(mid) and not vocab.quantifier.search(mid):
        return "named"
    bare = vocab.ju_media.sub("", mid)
    if bare in vocab.vague_media:
        if m.group("verb") in ("援引", "引述"):
            # 据媒体援引<name>的说法: the quoted name is the source, counted where it is named.
            after = vocab.clause_split.split(folded[m.end() : m.end() + 30], maxsplit=1)[0]
            if vocab.outlet_form.search(after) or vocab.latin_person.search(after):
                return None
        return "vague"
    if m.group("verb") in _NAMING_VERBS and vocab.han_name.fullmatch(mid):
        return "named"
    return None


# The longest place name a dispatch dateline opens with when a repost has cut the agency off it
# (广州8月11日电, 乌鲁木齐5日电): four characters covers the provincial capitals and most cities.
_CITY_MAX = 4


def _city_only(m: re.Match[str], name: str, vocab: Vocabulary) -> bool:
    """A dispatch dateline (…日电) whose only name is a place: a wire story whose agency (中新社,
    新华社) a repost cut off, which credits no one. Outlets that date their own reports with 消息
    or 讯 (智东西11月8日消息) and 本报/本刊 datelines are credits whatever their name."""
    if m.group("kind") not in ("电", "電") or len(name) > _CITY_MAX or name.startswith("本"):
        return False
    return not (vocab.outlet_suffix.search(name) or vocab.outlet.search(name))


def head_credits(doc: Document, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Head lines that name who published the text: an official body's or company's name alone on
    its line (中华人民共和国国家统计局 under its release's title), an outlet's name alone or as the
    site's title (香港政府新闻网 - 新闻速递), the title of a company's exchange filing (恒基地产(00012):
    二零二五年中期业绩公布), a byline naming the outlet's reporter or translator
    (钜亨网编译陈又嘉), or a date line ending in an outlet's credit (Updated: October 20, 2022 09:33
    CGTN)."""
    folded = simplified(doc)
    head, _ = edge_lines(doc, vocab.head_lines)
    out = []
    for i in head:
        start, line = doc.line_starts[i], folded[doc.line_starts[i] : doc.line_starts[i] + len(doc.lines[i])]
        publisher = (
            vocab.publisher_zh.match(line)
            or vocab.outlet_line.match(line)
            or vocab.outlet_byline.search(line)
            or vocab.filing_title.search(line)
        )
        dated = vocab.dated_credit.search(line)
        credit = dated.group("credit") if dated else ""
        if publisher or credit and (english_outlet(credit, vocab) or vocab.outlet.fullmatch(credit)):
            out.append((start, start + len(line)))
    filled = [i for i in head[:2] if doc.lines[i].strip()]
    if len(filled) == 2 and _MASTHEAD.fullmatch(doc.lines[filled[0]]) and is_prose(doc.lines[filled[1]]):
        # A name of a few capitalised words alone above the first paragraph, no headline between:
        # the masthead of the site the text was saved from (Wicked Local).
        start = doc.line_starts[filled[0]]
        out.append((start, start + len(doc.lines[filled[0]])))
    return out


_MASTHEAD = re.compile(r"[ \t]*(?:The )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}[ \t]*")


def holder_credits(doc: Document, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Copyright notices of the tail whose holder is an outlet by its name (本文版权归朝鲜日报网所有):
    the page names who published it."""
    folded = simplified(doc)
    _, tail = edge_lines(doc, vocab.tail_lines)
    out = []
    for i in tail:
        start = doc.line_starts[i]
        m = vocab.holder_zh.search(folded, start, start + len(doc.lines[i]))
        if m and (vocab.outlet_suffix.search(m.group("name")) or vocab.outlet.search(m.group("name"))):
            out.append((m.start(), m.end()))
    return out


class Wire(NamedTuple):
    """A wire dateline (…3月14日电, …11月8日消息) with the name written before its date."""

    start: int  # of the name, or of the date when no name stands before it
    end: int
    name: str  # 新华社北京, 广州; "" when none
    name_start: int
    credits: bool  # names an outlet (or an outlet's name follows the date)
    city_only: bool  # a dispatch dateline naming only a place: its agency was cut off


def wires(doc: Document, vocab: Vocabulary) -> list[Wire]:
    """The document's wire datelines; read once (``Analysis.wires``) for the credits and for the
    cut-off ones."""
    folded = simplified(doc)
    starts = [s for p in char_offsets(folded, "月") for s in (p - 2, p - 1) if s >= 0]
    out = []
    for m in finditer_at(vocab.wire, folded, starts):
        # The outlet (and city) before the date: 新华社北京3月14日电, 智东西11月8日消息.
        pre = vocab.wire_name.search(folded, max(0, m.start() - 20), m.start())
        name = pre.group().lstrip("0123456789") if pre else ""
        city = bool(pre) and not m.group("post") and len(name) >= 2 and _city_only(m, name, vocab)
        named = len(name) >= 2 and not name.startswith(("有", "据")) and not city
        out.append(
            Wire(
                pre.start() if pre else m.start(),
                m.end(),
                name,
                pre.end() - len(name) if pre else m.start(),
                bool(m.group("post")) or named,
                city,
            )
        )
    return out


def source_credits(doc: Document, vocab: Vocabulary, datelines: list[Wire]) -> Iterator[tuple[int, int]]:
    """Spans that credit a named outlet or wire: 新华社北京3月14日电, 本报讯, 据路透社 … 报道, and an
    organisation announcing after a press-release dateline (MADISON, Wis., Feb. 5 -- The DNR issued)."""
    folded = simplified(doc)
    for dateline in datelines:
        if dateline.credits:
            yield (dateline.start, dateline.end)
    for m in finditer_lines(vocab.bulletin, doc, folded, lines_of(doc, char_offsets(folded, "讯訊"))):
        name = m.group("name")
        if name.startswith("本") or vocab.outlet_suffix.search(name) or vocab.outlet.search(name):
            yield (m.start(), m.end())
    for m in finditer_lines(vocab.shaped_credit, doc, folded, hit_lines(doc, vocab.credit_verbs)):
        yield (m.start(), m.end())
    for m in finditer_lines(vocab.english_named, doc, folded, hit_lines(doc, vocab.verbs_en)):
        if english_outlet(m.group("subj") or m.group("obj"), vocab):
            yield (m.start(), m.end())
    for m in finditer_at(vocab.day_dateline, folded, char_offsets(folded, "(（【")):
        yield (m.start(), m.end())
    for line in lines_of(doc, char_offsets(folded, "-—–/")):
        start = doc.line_starts[line]
        end = start + len(doc.lines[line])
        release = vocab.release_dateline.match(folded, start, end)
        if release:
            yield (release.start(), release.end())
        wire = vocab.release_wire.match(folded, start, end)
        if wire and "wire" in (wire.group("slash") or wire.group("paren")).casefold():
            yield (wire.start(), wire.end())
    for m in finditer_at(vocab.outlet, folded, hit_starts(doc, vocab.outlets)):
        before = folded[max(0, m.start() - 14) : m.start()]
        after = folded[m.end() : m.end() + 10]
        wrapped = before.endswith("(") and after.startswith((")", "/"))
        # A photo credit, person then outlet: `Wang Chao / China Daily`.
        photo = vocab.photo_credit.search(folded, max(0, m.start() - 40), m.start()) is not None
        if wrapped or photo or vocab.attribution_before.search(before) or vocab.attribution_after.match(after):
            yield (m.start(), m.end())


def english_outlet(name: str, vocab: Vocabulary) -> bool:
    """An English outlet by its shape: an acronym of a wire (AFP, ITAR-TASS) or a name whose last word
    is an outlet word (Kyodo News, The Korea Times), or whose last but one is (China Daily USA)."""
    words = name.split()
    if words[:1] == ["The"]:
        words = words[1:]  # The Korea Times
    if not words or words[0] in vocab.not_names_en:
        return False
    if ends_as_outlet(words):
        return True  # Kyodo News; China Daily USA (an edition after the outlet word)
    last = words[-1]
    return len(words) == 1 and last.replace("-", "").isupper() and len(last) >= 2


def bodies(doc: Document, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Official bodies and companies that speak for themselves, named (国家统计局表示, the Ministry of
    Trade and Industry (MTI) said, Reynolds American Inc. announced)."""
    folded = simplified(doc)
    spans = [
        (m.start(), m.end()) for m in finditer_lines(vocab.organisation_zh, doc, folded, hit_lines(doc, vocab.verbs_zh))
    ]
    spans.extend(
        (m.start(), m.end()) for m in finditer_lines(vocab.organisation_en, doc, folded, hit_lines(doc, vocab.verbs_en))
    )
    return spans


def speakers(doc: Document, vocab: Vocabulary, bodies: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Named people and bodies who speak: the ``bodies`` (:func:`bodies`), a Latin name before a
    Chinese verb (Tim Cook表示), a title and name (发言人刘爱华表示), an English name and verb
    (Crouch says, said Qiang Weidong)."""
    folded = simplified(doc)
    spans = list(bodies)
    spans.extend(
        (m.start(), m.end()) for m in finditer_lines(vocab.latin_person, doc, folded, hit_lines(doc, vocab.verbs_zh))
    )
    for m in finditer_at(vocab.titled_person, folded, hit_starts(doc, vocab.titles)):
        spans.append((m.start(), m.end()))
    for m in finditer_lines(vocab.english_named, doc, folded, hit_lines(doc, vocab.verbs_en)):
        name = m.group("subj") or m.group("obj")
        if name.split()[0].split("-")[0] in vocab.not_names_en:
            continue
        spans.append((m.start(), m.end()))
    return spans


def named_attributions(
    ju_kinds: list[tuple[re.Match[str], str | None]],
    vague: list[tuple[int, int]],
    credits: list[tuple[int, int]],
    speakers: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Attributions to named outlets (``credits`` are ``source_credits``) and to people and bodies
    (``speakers``), apart from those inside a vague one."""
    spans = [(m.start(), m.end()) for m, kind in ju_kinds if kind == "named"]
    spans.extend(credits)
    spans.extend(speakers)
    return without(disjoint(spans), vague)
