"""Source and author fields, bylines and agency credits: where a page states its own provenance."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seedlint.checks.provenance._attribution import english_outlet
from seedlint.checks.provenance._common import hit_lines
from seedlint.document import Document
from seedlint.text.chars import HAN_CHAR, unspaced
from seedlint.text.fold import simplified
from seedlint.text.zones import edge_lines

if TYPE_CHECKING:
    from seedlint.checks.provenance import Vocabulary


@dataclass
class Field:
    kind: str  # "source" or "author"
    key: str
    start: int  # offset of the key
    end: int  # offset just past the value (or the separator when empty)
    value: str
    line: int


# A short line that is a source field and nothing else (``Vocabulary.source_line``): on a page of
# several items (a list of search results, a digest) each item carries its own, away from the
# page's head and tail; one such line alone in the middle of a text is more likely quoted than the
# page's.
_ITEM_SOURCES = 2


def field_lines(doc: Document, vocab: Vocabulary) -> list[int]:
    """1-based numbers of the first and last non-blank lines, where field lines live, and of the
    lines between them that are a short source field alone, when there are two of those or more."""
    head, _ = edge_lines(doc, vocab.head_lines)
    _, tail = edge_lines(doc, vocab.tail_lines)
    edges = set(head) | set(tail)
    body = {doc.position(m.start())[0] - 1 for m in vocab.source_line.finditer(doc.text)} - edges
    if len(body) < _ITEM_SOURCES:
        body = set()
    return [i + 1 for i in sorted(edges | body)]


def edge(doc: Document, vocab: Vocabulary) -> list[tuple[int, str, int]]:
    """The field lines as (1-based number, folded text, offset)."""
    return doc.memo(f"provenance-edge:{vocab.head_lines}:{vocab.tail_lines}", lambda d: _edge(d, vocab))


def _edge(doc: Document, vocab: Vocabulary) -> list[tuple[int, str, int]]:
    starts, lines, folded = doc.line_starts, doc.lines, simplified(doc)
    out = []
    for number in field_lines(doc, vocab):
        start = starts[number - 1]
        out.append((number, folded[start : start + len(lines[number - 1])], start))
    return out


def fields(doc: Document, vocab: Vocabulary) -> list[Field]:
    keyed = set(hit_lines(doc, vocab.field_keys))
    head = {i + 1 for i in edge_lines(doc, vocab.head_lines)[0]}
    out: list[Field] = []
    for number, line, start in edge(doc, vocab):
        found = list(_line_fields(doc, vocab, line, start, number, number - 1 in keyed))
        out.extend(found)
        if not found and number in head:
            out.extend(_bare_byline(vocab, line, start, number))
        if "转" in line:
            out.extend(_reprint(vocab, line, start, number, found))
        if "网" in line and not found:
            for m in vocab.sourced_from.finditer(line):
                out.append(
                    Field("source", m.group("key"), start + m.start(), start + m.end(), m.group("value"), number)
                )
    return out


def _bare_byline(vocab: Vocabulary, line: str, offset: int, number: int) -> Iterator[Field]:
    """A head line that is nothing but a CMS default account (`小编` under the headline): an author
    field left at its default, with no key."""
    value = line.strip(" \t\u3000")
    if value.casefold() in vocab.default_accounts:
        lead = len(line) - len(line.lstrip(" \t\u3000"))
        yield Field("author", "", offset + lead, offset + lead + len(value), value, number)


def _reprint(vocab: Vocabulary, line: str, offset: int, number: int, found: list[Field]) -> Iterator[Field]:
    """A reprint marker (`转载`) outside any field: a source statement that names no origin."""
    for m in vocab.reprint.finditer(line):
        at = offset + m.start()
        if any(f.start <= at < max(f.end, f.start + len(f.key) + 1) for f in found):
            continue  # 来源:转载 is the field's value, read there
        yield Field("source", m.group(), at, offset + m.end(), "", number)


def _line_fields(doc: Document, vocab: Vocabulary, line: str, offset: int, number: int, keyed: bool) -> Iterator[Field]:
    matches: list[tuple[str, re.Match[str]]] = []
    if keyed:
        for m in vocab.field_cn.finditer(line):
            matches.append(("cn", m))
        for m in vocab.field_prefix.finditer(line):
            matches.append(("prefix", m))
    en = vocab.field_en.match(line)
    if en:
        matches.append(("en", en))
    matches.sort(key=lambda item: item[1].start())
    starts = {m.start() for _, m in matches}
    k = 0
    while k < len(matches):
        style, m = matches[k]
        k += 1
        key = m.group("bykey") or m.group("key") if style == "en" else m.group("key")
        sep_end = m.end()
        value_start, value_end = _value_span(vocab, line, sep_end)
        value = line[value_start:value_end]
        glued = vocab.field_glued.match(line, value_end) if value_end > sep_end else None
        if glued and glued.start() not in starts:
            # A field whose key is glued to this one's value (编辑:企联编辑来源:互联网): the CMS wrote the
            # header without separators, and the key does not continue a word of prose there.
            starts.add(glued.start())
            matches.insert(k, ("cn", glued))
        if style == "en" and m.group("bykey") and (len(line) > 60 or not value):
            continue
        if style == "prefix" and not value:
            continue
        if not value and sep_end >= len(line.rstrip()):
            value = _value_below(doc, vocab, number)
        kind = "source" if key.casefold() in vocab.source_keys else "author"
        end = offset + (value_end if value_end > sep_end else sep_end)
        yield Field(
            kind,
            key,
            offset + m.start("bykey" if style == "en" and m.group("bykey") else "key"),
            end,
            value,
            number,
        )


# A value written as a Markdown link (原文：[36氪](https://36kr.com/…)): the link's text names the source.
_LINKED_VALUE = re.compile(r"[ \t]*\[([^\[\]\n]{1,60})\]\(")


def _value_span(vocab: Vocabulary, line: str, pos: int) -> tuple[int, int]:
    linked = _LINKED_VALUE.match(line, pos)
    if linked:
        return linked.span(1)
    seg = line[pos : pos + 80]
    if vocab.key_like.match(seg):
        return pos, pos  # the next field's key stands where the value should be: the field is empty
    nxt = vocab.next_field.search(seg)
    if nxt:
        seg = seg[: nxt.start()]
    # Another field glued to the value, a metadata one (发布时间:) or another source or author field
    # (编辑:企联编辑来源:互联网): the value stops there.
    for glued in (vocab.meta_key.search(seg), vocab.key_like.search(seg, 1)):
        if glued:
            seg = seg[: glued.start()]
    cut = vocab.value_cut.search(seg)
    if cut:
        seg = seg[: cut.start()]
    if HAN_CHAR.search(seg):
        seg = seg.split()[0] if seg.split() else ""
    lead = len(seg) - len(seg.lstrip(" *_#`"))
    seg = seg.strip(" *_#`")
    return pos + lead, pos + lead + len(seg)


def _value_below(doc: Document, vocab: Vocabulary, number: int) -> str:
    """A field whose value sits alone on the next non-blank line (`来源:` then `新华社`)."""
    for below in doc.lines[number : number + 2]:
        text = below.strip(" \t\u3000")
        if text:
            short = len(text) <= 20 and not vocab.field_cn.search(text) and not vocab.value_cut.search(text)
            return text if short else ""
    return ""


# What joins alternatives in a source value (网络或报章杂志, 网友/网络).
_ALTERNATIVES = re.compile("或|及|与|和|、|/")


def status(vocab: Vocabulary, f: Field) -> str:
    """``named``, ``placeholder``, ``empty`` or, for a source, ``reprint`` (a bare reprint marker),
    ``code`` (an identifier) or ``document`` (a kind of document, `资金申请报告范文`, rather than an
    outlet): what the value says."""
    value = f.value.strip().rstrip(".:").casefold()
    placeholders = vocab.source_placeholders if f.kind == "source" else vocab.editor_placeholders
    if f.kind == "source" and f.key in ("转载", "转帖"):
        return "reprint"
    if not value:
        return "empty"
    if value in placeholders or all(part.strip() in placeholders for part in _ALTERNATIVES.split(value)):
        return "placeholder"  # 网络, and 网络或报章杂志: each alternative a placeholder
    if f.kind == "source" and vocab.code_like.fullmatch(value):
        return "code"
    if f.kind == "source" and vocab.not_outlet.search(value):
        return "document"
    return "named"


def edge_credit(doc: Document, vocab: Vocabulary) -> bool:
    """Bylines and wire credits in the head or tail that name the origin without a field name."""
    _, tail = edge_lines(doc, vocab.tail_lines)
    last = tail[-1] + 1 if tail else 0
    for number, line, _ in edge(doc, vocab):
        line = unspaced(line)
        if (("记者" in line or "記者" in line) and vocab.reporter.search(line)) or vocab.byline_wen.match(line):
            return True
        if number == last and vocab.photographer.search(line):
            return True  # a photo story closed by its photographer's credit (赵少辉 摄)
        if " by " in line and vocab.credit_en.search(line):
            return True
        stripped = line.lstrip(" \t\u3000#*>")
        m = vocab.outlet.match(stripped)
        # An outlet alone on a short line, or opening a paragraph as its byline (a flattened e-paper
        # page: "Associated Press After local officials ...").
        if m and (len(stripped) <= 40 or stripped[m.end() : m.end() + 1] in (" ", "\t", "—", "–", "-", ":", "|")):
            return True
    return False


def agencies(folded: str, vocab: Vocabulary) -> tuple[list[tuple[int, int, str]], bool]:
    """Parenthesised agency slots that name no agency (``(local media) --``), and whether any
    slot names one (``(Reuters) -``)."""
    vague: list[tuple[int, int, str]] = []
    named = False
    if "(" not in folded:
        return vague, named
    for m in vocab.agency.finditer(folded):
        agency = m.group("agency").strip()
        # (China Daily USA) credits by the shape of its name; an acronym alone, (ARR), does not.
        shaped = " " in agency and english_outlet(agency, vocab)
        dated = vocab.slot_dateline.search(folded, max(0, m.start() - 60), m.start()) is not None
        if not (m.group("dash") or m.group("credit") or vocab.outlet.fullmatch(agency) or shaped or dated):
            continue
        if agency.casefold() in vocab.source_placeholders or vocab.lowercase_media.fullmatch(agency):
            vague.append((m.start(), m.start("dash") if m.group("dash") else m.end(), agency))
        elif agency[0].isupper():
            named = True
    return vague, named
