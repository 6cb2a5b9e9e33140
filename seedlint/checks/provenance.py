"""SL3xx provenance: whether a document says where it came from, who wrote it, whom it quotes and when."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from seedlint.data import read_list, read_toml, user_terms
from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.chars import HAN
from seedlint.text.patterns import trie_pattern

# Characters that end a clause: an attribution never reaches across them.
_CLAUSE_END = ',.;!?:。、\n\r“”"()《》'
_CLAUSE = f"[^{re.escape(_CLAUSE_END)}]"
_MONTHS = (
    "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    "|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)


SOURCE_MISSING = Rule(
    code="SL301",
    name="source-missing",
    severity=Severity.WARNING,
    summary="Document names no source at all",
    explanation=explain(
        "Reports a document that names no source anywhere: no source line (`来源:`, `Source:`, `本文转自`), "
        "no wire dateline (`新华社北京3月14日电`, `BEIJING, Dec. 30 (Reuters) -`), no byline (`By NAME`, "
        "`作者:NAME`, `(记者 NAME)`) and no named attribution in the text (`据路透社报道`, `according to "
        "Reuters`, `<outlet>11月8日消息`). Outlets are recognised from a list and by form: a quoted or "
        "capitalised name, or a Chinese name ending in 社, 网, 日报 and the like. The finding is placed on "
        "line 1. Only documents that state a figure (an amount, a percentage) are reported, since those are "
        "the claims a reader needs to trace; essays and reviews without figures, first-person writing (the "
        "writer is the source) and documents shorter than `min-chars` letters are skipped.",
        "A claim nobody can trace cannot be checked, corrected or weighed against its source's reliability; "
        "in a seed corpus it is indistinguishable from fabricated text.",
        "An article that begins `2014年全球网络安全市场规模有望达到956亿美元` and never says whose figures they are.",
        "Add the source line of the original page (`来源:新华社`) or drop the document. A document whose "
        "source field holds a placeholder is reported by SL302 instead.",
    ),
    fail_examples=(
        "全球智能手表市场规模在2024年有望达到480亿美元，年复合增长率约为12%，其中亚太地区增长最快。\n"
        "从产品来看，健康监测功能仍是推动销量的主要动力，北美地区将是最大的市场。\n",
        "The company plans to invest 3 billion dollars in new chip plants over the next five years, "
        "doubling its output of memory chips and hiring 4,000 engineers.\n",
    ),
    pass_examples=(
        "新华社北京3月14日电 国务院常务会议研究部署了今年的重点工作，会议由国务院总理主持召开。\n",
        "The company plans to invest 3 billion dollars in new chip plants over the next five years, "
        "according to Reuters.\n",
        "全球智能手表市场规模在2024年有望达到480亿美元，年复合增长率约为12%。\n来源:新华社\n",
    ),
)

SOURCE_UNKNOWN = Rule(
    code="SL302",
    name="source-unknown",
    severity=Severity.WARNING,
    summary="Source field holds a placeholder instead of a source",
    explanation=explain(
        "Reports a source field in the head or tail of a document (`来源`, `文章来源`, `稿源`, `出处`, "
        "`本文转自`, `Source:`, `Via:`) whose value is a placeholder (未知, 不详, 网络, 互联网, 网友, 佚名, "
        "本站, 转载, N/A, unknown, internet), an identifier instead of a name (`sp20241101`), or empty; "
        "also a wire dateline or photo credit whose agency slot holds `(Chinese media)` or a similar "
        "lower-case stand-in. Several fields on one line are read separately.",
        "The field looks like provenance and passes a check for its presence, but it says nothing: the "
        "text is as untraceable as one without a source line, and the placeholder is often a CMS default "
        "left by a scraper or content farm.",
        "`来源:未知 责任编辑:admin` — the first field.",
        "Replace the value with the real outlet from the original page, or drop the document. No automatic "
        "fix: the real source cannot be guessed.",
    ),
    fail_examples=(
        "来源:未知 责任编辑:admin\n\n微软向OpenAI投资了100亿美元。\n",
        "微软向OpenAI投资了100亿美元。\n\n来源:网络\n",
        "Source: unknown\n\nThe company raised 2 billion dollars.\n",
        "BEIJING, Dec. 30 (Chinese media) -- Officials met on Tuesday.\n",
    ),
    pass_examples=(
        "来源:新华社\n\n微软向OpenAI投资了100亿美元。\n",
        "Source: Xinhua\n\nThe company raised 2 billion dollars.\n",
        "BEIJING, Dec. 30 (Reuters) -- Officials met on Tuesday.\n",
        "其收入来源:广告和订阅。\n",
    ),
)

EDITOR_PLACEHOLDER = Rule(
    code="SL303",
    name="editor-placeholder",
    severity=Severity.WARNING,
    summary="Author or editor field holds a CMS default account",
    explanation=explain(
        "Reports an author or editor field (`责任编辑`, `责编`, `编辑`, `作者`, `Author:`, `Editor:`, "
        "`Posted by`) in the head or tail of a document whose value is a content-management default: "
        "admin, administrator, 管理员, 小编, 编辑部 alone, root, test, 未知, 佚名, webmaster.",
        "A default account means nobody filled in the field: the page was generated or copied in bulk, "
        "typical of content farms that republish scraped articles.",
        "`来源:未知 责任编辑:admin` — the second field.",
        "Replace it with the real author or editor from the original page, or drop the document. No automatic fix.",
    ),
    fail_examples=(
        "来源:未知 责任编辑:admin\n\n微软向OpenAI投资了100亿美元。\n",
        "作者:小编\n\n微软向OpenAI投资了100亿美元。\n",
        "Posted by admin\n\nThe company raised 2 billion dollars.\n",
    ),
    pass_examples=(
        "编辑|Panken\n\n微软向OpenAI投资了100亿美元。\n",
        "责任编辑:新华社编辑部\n\n微软向OpenAI投资了100亿美元。\n",
        "By default, the tool reads every file.\n",
    ),
)

VAGUE_ATTRIBUTION = Rule(
    code="SL304",
    name="vague-attribution",
    severity=Severity.INFO,
    summary="Claim attributed to an unnamed source",
    explanation=explain(
        "Reports each attribution to an unnamed source: fixed phrases (据悉, 据了解, 有媒体报道称, "
        "有消息称, people familiar with the matter, sources said, reportedly), unnamed people who speak "
        "(知情人士透露, 参与讨论的人士称, 一位投资者称, 两名官员表示) and unnamed media (据外媒报道, "
        "据当地媒体报道). An attribution that names its source in the same clause is not reported "
        "(`据媒体援引Upper90的首席执行官Bill Libby的说法`, `据外媒The Information报道`).",
        "Anonymous sources are the weakest kind of evidence; a seed document resting on them carries claims "
        "that cannot be checked. One such phrase is normal in news, so this is information; SL305 warns "
        "when they dominate a document.",
        "`上周,有媒体报道称,谷歌最近同意再向Anthropic投资20亿美元`",
        "Nothing to fix in the text; use the finding to weigh the document, or name the source if the "
        "original page does.",
    ),
    fail_examples=(
        "据悉,该公司将于下月发布新产品。\n",
        "据知情人士向媒体透露,双方已经达成协议。\n",
        "一位参与讨论的人士称,投资规模尚未确定。\n",
        "The deal is worth 2 billion dollars, people familiar with the matter said.\n",
    ),
    pass_examples=(
        "据新华社报道,双方已经达成协议。\n",
        "据媒体援引Upper90的首席执行官Bill Libby的说法,芯片是一种新的资产类别。\n",
        "The deal is worth 2 billion dollars, Reuters reported.\n",
        "参与交易的投资者表示,谷歌还与其他公司达成了类似协议。\n",
    ),
)

VAGUE_DOMINANT = Rule(
    code="SL305",
    name="vague-attribution-dominant",
    severity=Severity.WARNING,
    summary="Vague attributions outnumber named ones",
    explanation=explain(
        "Counts the document's vague attributions (those SL304 reports) and its named ones (a named outlet "
        "or wire: `据路透社报道`, `智东西11月8日消息`, `according to Reuters`; a named person who speaks: "
        "`Benchmark的风险投资家Bill Gurley警告`, `外交部发言人汪文斌14日表示`, `Hong Lei said`), and "
        "reports the document on line 1 when there are at least `min-vague` vague ones and more than "
        "`vague-ratio` times the named ones. Source lines are not counted: they credit the page, not a claim.",
        "One unnamed source beside several named ones is ordinary reporting; a document built mostly on "
        "unnamed sources carries claims that cannot be traced even when the outlet is known.",
        "An article with 知情人士透露, 据悉 and 一位高管称 and a single named outlet.",
        "Nothing to fix in the text; weigh or drop the document. Raise `vague-ratio` to report only "
        "documents where anonymous sources dominate more strongly.",
    ),
    fail_examples=("据悉,双方已经达成协议。知情人士透露,投资规模为20亿美元。一位高管称,交易将在年底完成。\n",),
    pass_examples=(
        "据路透社报道,双方已经达成协议。知情人士透露,投资规模为20亿美元。路透社援引文件称,交易将在年底完成。\n",
    ),
)

UNDATED = Rule(
    code="SL306",
    name="undated",
    severity=Severity.INFO,
    summary="Document uses relative time but carries no date with a year",
    explanation=explain(
        "Reports a document that has no absolute date with a year (`2024年11月8日`, `2024-11-08`, "
        "`Nov 8, 2024`, `8 November 2024`) while it uses relative time (今年, 去年, 上周, 近日, last year, "
        "this week, on Tuesday) or a date without a year (`11月8日`, `Dec. 30`). A bare year (`2021年初`) "
        "does not date the document. The finding is placed on line 1 and quotes the first relative "
        "expressions.",
        "`今年` and `上周` mean nothing without a publication date: a reader, or a model trained on the text, "
        "cannot tell which year the facts belong to. Scrapers often keep the date in page metadata rather "
        "than in the text, so this is information, not a warning.",
        "`今年9月,亚马逊也向Anthropic投资高达40亿美元` in an article with no dated line.",
        "Keep the publication date with the text (a dateline or a `发布时间:2024-11-08` line).",
    ),
    fail_examples=("今年9月,亚马逊向Anthropic投资了40亿美元。\n", "The company said on Tuesday it would cut jobs.\n"),
    pass_examples=(
        "2024-11-08 10:00 来源:新华社\n今年9月,亚马逊向Anthropic投资了40亿美元。\n",
        "Nov 8, 2024 — The company said on Tuesday it would cut jobs.\n",
        "Anthropic于2021年初创立。\n",
    ),
)


def _latin_bounded(words: Iterable[str]) -> str:
    """Entries with Latin letters must stand as whole words; CJK entries match anywhere."""
    latin = [w for w in words if re.search("[A-Za-z]", w)]
    other = [w for w in words if not re.search("[A-Za-z]", w)]
    parts = []
    if latin:
        parts.append(f"(?<![A-Za-z0-9])(?:{trie_pattern(latin)})(?![A-Za-z0-9])")
    if other:
        parts.append(f"(?:{trie_pattern(other)})")
    return "|".join(parts) or "(?!)"


@dataclass
class _Field:
    kind: str  # "source" or "author"
    key: str
    start: int  # offset of the key
    end: int  # offset just past the value (or the separator when empty)
    value: str
    line: int


@dataclass
class _Analysis:
    fields: list[_Field] = field(default_factory=list)
    agencies: list[tuple[int, int, str]] = field(default_factory=list)  # vague agency slots
    source_named: bool = False
    vague: list[tuple[int, int]] = field(default_factory=list)
    named: list[tuple[int, int]] = field(default_factory=list)


class ProvenanceCheck:
    name = "provenance"
    rules = (SOURCE_MISSING, SOURCE_UNKNOWN, EDITOR_PLACEHOLDER, VAGUE_ATTRIBUTION, VAGUE_DOMINANT, UNDATED)
    options: dict[str, Any] = {
        "head-lines": 15,
        "tail-lines": 15,
        "min-chars": 40,
        "vague-ratio": 1.0,
        "min-vague": 2,
        "extend-outlets": [],
        "extend-outlets-file": "",
        "extend-placeholders": [],
        "extend-placeholders-file": "",
        "extend-editor-placeholders": [],
        "extend-vague": [],
        "extend-vague-file": "",
    }

    def __init__(self, options: dict[str, Any]) -> None:
        opts = {**self.options, **options}
        self.head_lines = int(opts["head-lines"])
        self.tail_lines = int(opts["tail-lines"])
        self.min_chars = int(opts["min-chars"])
        self.vague_ratio = float(opts["vague-ratio"])
        self.min_vague = int(opts["min-vague"])
        fields = read_toml("provenance/fields.toml")
        anon = read_toml("provenance/anonymous-sources.toml")
        named = read_toml("provenance/named-sources.toml")
        self.source_placeholders = {
            w.casefold()
            for w in (
                *read_list("provenance/source-placeholders.txt"),
                *user_terms(opts, "extend-placeholders"),
            )
        }
        self.editor_placeholders = {
            w.casefold()
            for w in (*read_list("provenance/editor-placeholders.txt"), *opts["extend-editor-placeholders"])
        }
        outlets = [
            *read_list("provenance/outlets.txt"),
            *user_terms(opts, "extend-outlets"),
        ]
        suffixes = read_list("provenance/outlet-suffixes.txt")
        self.vague_media = tuple(anon["vague-media"])
        self.not_a_name = tuple(sorted(anon["not-a-name"], key=len, reverse=True))
        self.not_names_en = frozenset(named["not-names-en"])
        self.authorship = {k.casefold() for k in fields["author"]["authorship"]}

        src_cn, auth_cn = fields["source"]["chinese"], fields["author"]["chinese"]
        self.source_keys = {k.casefold() for k in (*src_cn, *fields["source"]["english"], *fields["source"]["prefix"])}
        # A field key must not continue a word (收入来源: is prose); a one-line CMS header may hold
        # several fields separated by spaces.
        self.field_cn = re.compile(
            f"(?<![{HAN}A-Za-z0-9])(?P<key>{trie_pattern([*src_cn, *auth_cn])})"
            r"(?P<sep>[ \t]*[:|丨/][ \t]*|[ \t]+|[ \t]*$)"
        )
        self.field_prefix = re.compile(
            f"(?<![{HAN}])(?P<key>{trie_pattern(fields['source']['prefix'])})(?P<sep>[ \t]*:?[ \t]*)"
        )
        en_keys = [*fields["source"]["english"], *fields["author"]["english"]]
        self.field_en = re.compile(
            rf"^[\s#*>_\-(\[【]*(?P<key>{trie_pattern(k for k in en_keys if k != 'By')})(?P<sep>[ \t]*:[ \t]*)"
            r"|^[\s#*>_\-]*(?P<bykey>By|Posted by|Written by)(?P<bysep>[ \t]+)(?=\S)",
            re.IGNORECASE,
        )
        self.next_field = re.compile(r"[ \t]+[^\s:|]{1,8}[ \t]*[:|]")
        self.value_cut = re.compile(r"[|丨【】\[\]()<>,。;!?、\"“”\t]|\s{2,}")
        self.code_like = re.compile(r"[A-Za-z_-]{0,8}\d{5,}[A-Za-z_-]{0,4}")

        # Parenthesised agency slots: `(Reuters) -` datelines and `(Xinhua/Name)` photo credits.
        self.agency = re.compile(
            r"\((?P<agency>[A-Za-z][A-Za-z .&'-]{0,40}?)\s?(?:/\s?(?P<credit>[^()\n/]{1,40}))?\)"
            r"(?P<dash>[ \t]*(?:--|—|–|-)[ \t])?"
        )
        self.lowercase_media = re.compile(r"(?:[A-Z][a-z]+ )?(?:[a-z]+ )?media")

        outlet_re = _latin_bounded(outlets)
        self.outlet = re.compile(outlet_re)
        suffix_alt = trie_pattern(suffixes)
        self.outlet_form = re.compile(
            f"《[^》\\n]{{1,20}}》|“[^”\\n]{{1,20}}”|(?<![A-Za-z])[A-Z][A-Za-z0-9&.'-]*(?: [A-Z0-9][A-Za-z0-9&.'-]*)*"
            f"|{outlet_re}|[{HAN}]{{1,12}}?(?:{suffix_alt})(?![{HAN}])|[{HAN}]{{1,12}}(?:{suffix_alt})$"
        )
        self.outlet_suffix = re.compile(f"(?:{suffix_alt})$")
        self.attribution_before = re.compile(
            r"(?:据|根据|援引|引述|引用|向|告诉|according to(?: the)?|told(?: the)?|per)\s?$", re.IGNORECASE
        )
        self.attribution_after = re.compile(
            r"^\s?(?:\d{1,2}月(?:\d{1,2}日|初|中旬|下旬|底|末)?的?|\d{1,2}日的?)?\s?"
            r"(?:报道|報道|消息|讯|訊|电|電|称|稱|披露|援引|引述|表示|获悉|reported|reports|said|says|quoted|cited)"
        )
        # Wire forms: 新华社北京3月14日电, 智东西11月8日消息, 4月3日SecurityWeek消息, 本报讯.
        self.wire = re.compile(
            r"(?<!\d)\d{1,2}月\d{1,2}日(?P<post>[A-Za-z][A-Za-z0-9.&-]{1,30})?"
            r"(?P<kind>电|電|消息|讯|訊)"
        )
        self.wire_name = re.compile(rf"[{HAN}A-Za-z0-9]{{2,20}}$")
        self.bulletin = re.compile(rf"(?P<name>[{HAN}A-Za-z]{{2,12}})(?:讯|訊)(?=[\s(:]|$)")
        self.credit_en = re.compile(r"(?<![A-Za-z])(?:Reporting|Writing|Additional reporting) by [A-Z]")
        self.reporter = re.compile(rf"记者[ \t]?[{HAN}]{{2,4}}|記者[ \t]?[{HAN}]{{2,4}}")
        self.ju = re.compile(
            rf"据(?P<mid>{_CLAUSE}{{1,30}}?)"
            r"(?P<verb>报道|報道|消息|援引|引述|披露|发布|公告|通报|数据|统计|称|稱|表示|透露|指出|介绍|获悉|的说法)"
        )
        self.quantifier = re.compile(
            r"(?<![第每])(?:[一二两三四五六七八九十几多数]|\d+)\s?(?:位|名)|有$|不愿[^,。]{0,4}的|匿名"
        )

        vague = [
            *read_list("provenance/vague-phrases.txt"),
            *user_terms(opts, "extend-vague"),
        ]
        self.vague_phrase = re.compile(_latin_bounded(vague), re.IGNORECASE)
        self.always_anonymous = frozenset(anon["always"])
        self.anonymous = re.compile(
            f"(?P<noun>{trie_pattern([*anon['always'], *anon['counted']])})(?P<gap>{_CLAUSE}{{0,8}}?)"
            f"(?P<verb>{trie_pattern(anon['verbs'])})"
        )
        verbs_zh = trie_pattern(named["verbs-zh"])
        self.latin_person = re.compile(
            rf"(?<![A-Za-z])[A-Z][a-z]+(?:[ ·][A-Za-z][a-z]+){{1,3}}(?![A-Za-z]){_CLAUSE}{{0,20}}?(?:{verbs_zh})"
        )
        self.titled_person = re.compile(
            f"(?:{trie_pattern(named['titles'])})[{HAN}]{{2,4}}?(?:\\([^()\\n]{{1,20}}\\))?{_CLAUSE}{{0,12}}?(?:{verbs_zh})"
        )
        verbs_en = trie_pattern(named["verbs-en"])
        name_en = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}"
        self.english_named = re.compile(
            rf"(?<![A-Za-z])(?P<subj>{name_en}) (?:{verbs_en})(?![A-Za-z])"
            rf"|(?<![A-Za-z])(?:{verbs_en}|according to)(?: the)? (?P<obj>{name_en})"
        )

        self.absolute_date = re.compile(
            r"(?:19|20)\d{2}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?[日号]"
            r"|(?<!\d)(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)"
            r"|(?<!\d)\d{1,2}[-/]\d{1,2}[-/](?:19|20)\d{2}(?!\d)"
            rf"|(?<![A-Za-z])(?:{_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? (?:19|20)\d{{2}}(?!\d)"
            rf"|(?<!\d)\d{{1,2}} (?:{_MONTHS})\.?,? (?:19|20)\d{{2}}(?!\d)"
        )
        self.relative_time = re.compile(
            _latin_bounded(read_list("provenance/relative-time.txt"))
            + r"|(?<![\d年])\d{1,2}月\d{1,2}[日号]"
            + rf"|(?<![A-Za-z])(?:{_MONTHS})\.? \d{{1,2}}(?!\d|,? ?(?:19|20)\d{{2}})",
            re.IGNORECASE,
        )
        self.letters = re.compile(f"[{HAN}A-Za-z]")
        self.url = re.compile(r"(?:https?://|www\.)[^\s<>\"“”]+")
        voice = read_toml("provenance/voice.toml")
        self.figure = re.compile(rf"\d[\d,.]*\s?(?:{_latin_bounded(voice['units'])})")
        self.first_person = re.compile(
            f"(?!{trie_pattern(voice['not-first-person'])})(?:{_latin_bounded(voice['first-person'])})"
        )
        self.quoted = re.compile(r"“[^”\n]{0,400}”|\"[^\"\n]{0,400}\"|「[^」\n]{0,400}」")
        self.byline_wen = re.compile(rf"^[\s#*>]*(?:文|图文|文字)[ \t]*[|丨/:][ \t]*[{HAN}A-Za-z]")
        self.clause_split = re.compile(f"[{re.escape(_CLAUSE_END)}]")

    # Analysis -----------------------------------------------------------------------------------

    def _edge_lines(self, doc: Document) -> list[int]:
        """1-based numbers of the first and last non-blank lines, where field lines live."""
        filled = [n for n, line in enumerate(doc.lines, start=1) if line.strip(" \t\u3000\ufeff")]
        head = filled[: self.head_lines]
        tail = filled[-self.tail_lines :] if self.tail_lines > 0 else []
        return sorted(set(head) | set(tail))

    def _analyse(self, doc: Document) -> _Analysis:
        result = _Analysis()
        folded = doc.folded
        for number in self._edge_lines(doc):
            start = doc.line_starts[number - 1]
            line = folded[start : start + len(doc.lines[number - 1])]
            result.fields.extend(self._fields(doc, line, start, number))
            self._head_credits(line, result)
        for f in result.fields:
            status = self._status(f)
            if f.kind == "source" and status in ("named", "placeholder", "empty", "code"):
                # Any source field, even an unhelpful one, is SL302's business rather than SL301's.
                result.source_named = True
            elif f.kind == "author" and status == "named" and f.key.casefold() in self.authorship:
                result.source_named = True
        self._agencies(folded, result)
        ju = [(m, self._ju_kind(folded, m)) for m in self.ju.finditer(folded)]
        result.vague = self._vague(folded, ju)
        result.named = self._named(folded, ju, result)
        return result

    def _fields(self, doc: Document, line: str, offset: int, number: int) -> Iterator[_Field]:
        matches: list[tuple[str, re.Match[str]]] = []
        for m in self.field_cn.finditer(line):
            matches.append(("cn", m))
        for m in self.field_prefix.finditer(line):
            matches.append(("prefix", m))
        m = self.field_en.match(line)
        if m:
            matches.append(("en", m))
        for style, m in sorted(matches, key=lambda item: item[1].start()):
            key = m.group("bykey") or m.group("key") if style == "en" else m.group("key")
            sep_end = m.end()
            value_start, value_end = self._value_span(line, sep_end)
            value = line[value_start:value_end]
            if style == "en" and m.group("bykey") and (len(line) > 60 or not value):
                continue
            if style == "prefix" and not value:
                continue
            if not value and sep_end >= len(line.rstrip()):
                value = self._value_below(doc, number)
            kind = "source" if key.casefold() in self.source_keys else "author"
            end = offset + (value_end if value_end > sep_end else sep_end)
            yield _Field(
                kind,
                key,
                offset + m.start("bykey" if style == "en" and m.group("bykey") else "key"),
                end,
                value,
                number,
            )

    def _value_span(self, line: str, pos: int) -> tuple[int, int]:
        seg = line[pos : pos + 80]
        nxt = self.next_field.search(seg)
        if nxt:
            seg = seg[: nxt.start()]
        cut = self.value_cut.search(seg)
        if cut:
            seg = seg[: cut.start()]
        if re.search(f"[{HAN}]", seg):
            seg = seg.split()[0] if seg.split() else ""
        lead = len(seg) - len(seg.lstrip(" *_#`"))
        seg = seg.strip(" *_#`")
        return pos + lead, pos + lead + len(seg)

    def _value_below(self, doc: Document, number: int) -> str:
        """A field whose value sits alone on the next non-blank line (`来源:` then `新华社`)."""
        for below in doc.lines[number : number + 2]:
            text = below.strip(" \t\u3000")
            if text:
                short = len(text) <= 20 and not self.field_cn.search(text) and not self.value_cut.search(text)
                return text if short else ""
        return ""

    def _status(self, f: _Field) -> str:
        value = f.value.strip().rstrip(".:").casefold()
        placeholders = self.source_placeholders if f.kind == "source" else self.editor_placeholders
        if not value:
            return "empty"
        if value in placeholders:
            return "placeholder"
        if f.kind == "source" and self.code_like.fullmatch(value):
            return "code"
        return "named"

    def _head_credits(self, line: str, result: _Analysis) -> None:
        """Bylines and wire credits that name the origin without a field name."""
        if self.reporter.search(line) or self.byline_wen.match(line) or self.credit_en.search(line):
            result.source_named = True
        stripped = line.lstrip(" \t\u3000#*>")
        m = self.outlet.match(stripped)
        if m and len(stripped) <= 40:
            result.source_named = True

    def _agencies(self, folded: str, result: _Analysis) -> None:
        for m in self.agency.finditer(folded):
            agency = m.group("agency").strip()
            if not (m.group("dash") or m.group("credit")) and not self.outlet.fullmatch(agency):
                continue
            if agency.casefold() in self.source_placeholders or self.lowercase_media.fullmatch(agency):
                result.agencies.append((m.start(), m.start("dash") if m.group("dash") else m.end(), agency))
            elif agency[0].isupper():
                result.source_named = True

    def _vague(self, folded: str, ju: list[tuple[re.Match[str], str | None]]) -> list[tuple[int, int]]:
        urls = [m.span() for m in self.url.finditer(folded)]
        return [s for s in self._vague_spans(folded, ju) if not any(_overlaps(s, u) for u in urls)]

    def _vague_spans(self, folded: str, ju: list[tuple[re.Match[str], str | None]]) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for m in self.vague_phrase.finditer(folded):
            spans.append((m.start(), m.end()))
        for m in self.anonymous.finditer(folded):
            if re.search(r"[A-Z][a-z]+ [A-Z][a-z]+", m.group("gap")):
                continue  # 一位高管Bill Smith表示 names the speaker
            start = self._clause_start(folded, m.start())
            before = folded[start : m.start("noun")]
            if m.group("noun") not in self.always_anonymous:
                counted = list(self.quantifier.finditer(before))
                if not counted:
                    continue
                if not before.startswith("据"):
                    # The speaker is the counted person; what precedes is the employer (亚马逊的一位高管).
                    start += counted[0].start()
            spans.append((start, m.end()))
        for m, kind in ju:
            if kind == "vague":
                spans.append((m.start(), m.end()))
        return _disjoint(spans)

    def _clause_start(self, text: str, pos: int, reach: int = 24) -> int:
        lo = max(0, pos - reach)
        window = text[lo:pos]
        for i in range(len(window) - 1, -1, -1):
            if window[i] in _CLAUSE_END or window[i] in " \t\u3000":
                return lo + i + 1
        return pos if lo > 0 else 0

    def _ju_kind(self, folded: str, m: re.Match[str]) -> str | None:
        """Classify `据<mid><verb>`: a named outlet or body, unnamed media or people, or nothing."""
        mid = m.group("mid").strip()
        mid = re.sub(r"\s?\d{1,2}(?:月(?:\d{1,2}日|初|中旬|下旬|底|末)?|日)的?$", "", mid).strip()
        if not mid or mid.startswith(self.not_a_name) or mid in ("悉", "了解", "传", "说", "闻"):
            return None
        if self.outlet_form.search(mid) and not self.quantifier.search(mid):
            return "named"
        bare = re.sub(f"^[{HAN}]{{0,4}}?(?=(?:{trie_pattern(self.vague_media)})$)", "", mid)
        if bare in self.vague_media:
            if m.group("verb") in ("援引", "引述"):
                # 据媒体援引<name>的说法: the quoted name is the source, counted where it is named.
                after = self.clause_split.split(folded[m.end() : m.end() + 30], maxsplit=1)[0]
                if self.outlet_form.search(after) or self.latin_person.search(after):
                    return None
            return "vague"
        if m.group("verb") in ("报道", "報道", "消息", "公告", "通报", "数据", "统计", "发布") and re.fullmatch(
            f"[{HAN}]{{2,12}}", mid
        ):
            return "named"
        return None

    def _named(
        self, folded: str, ju: list[tuple[re.Match[str], str | None]], result: _Analysis
    ) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for m, kind in ju:
            if kind == "named":
                spans.append((m.start(), m.end()))
                result.source_named = True
        for m in self.wire.finditer(folded):
            # The outlet (and city) before the date: 新华社北京3月14日电, 智东西11月8日消息.
            pre = self.wire_name.search(folded, max(0, m.start() - 20), m.start())
            name = pre.group().lstrip("0123456789") if pre else ""
            if m.group("post") or (len(name) >= 2 and not name.startswith(("有", "据"))):
                spans.append((pre.start() if pre else m.start(), m.end()))
                result.source_named = True
        for m in self.bulletin.finditer(folded):
            name = m.group("name")
            if name.startswith("本") or self.outlet_suffix.search(name) or self.outlet.search(name):
                spans.append((m.start(), m.end()))
                result.source_named = True
        for m in self.outlet.finditer(folded):
            before = folded[max(0, m.start() - 14) : m.start()]
            after = folded[m.end() : m.end() + 10]
            wrapped = before.endswith("(") and after.startswith((")", "/"))
            if wrapped or self.attribution_before.search(before) or self.attribution_after.match(after):
                spans.append((m.start(), m.end()))
                result.source_named = True
        for m in self.latin_person.finditer(folded):
            spans.append((m.start(), m.end()))
        for m in self.titled_person.finditer(folded):
            spans.append((m.start(), m.end()))
        for m in self.english_named.finditer(folded):
            name = m.group("subj") or m.group("obj")
            if name.split()[0].split("-")[0] in self.not_names_en:
                continue
            spans.append((m.start(), m.end()))
        vague = result.vague
        return [s for s in _disjoint(spans) if not any(_overlaps(s, v) for v in vague)]

    # Findings -------------------------------------------------------------------------------------

    def check(self, doc: Document, enabled: frozenset[str]) -> Iterator[Finding]:
        if not doc.text.strip():
            return
        analysis = doc.memo(f"provenance:{id(self)}", self._analyse)
        if SOURCE_MISSING.code in enabled:
            yield from self._source_missing(doc, analysis)
        for f in analysis.fields:
            status = self._status(f)
            if f.kind == "source" and status != "named" and SOURCE_UNKNOWN.code in enabled:
                what = {"empty": "is empty", "code": f"`{f.value}` is an identifier, not a source name"}.get(
                    status, f"`{f.value}` is a placeholder, not a source"
                )
                yield doc.finding(SOURCE_UNKNOWN, f.start, f.end, f"Source field `{f.key}` {what}")
            elif f.kind == "author" and status == "placeholder" and EDITOR_PLACEHOLDER.code in enabled:
                yield doc.finding(
                    EDITOR_PLACEHOLDER,
                    f.start,
                    f.end,
                    f"`{f.key}` holds `{f.value}`, a content-management default, not a person",
                )
        if SOURCE_UNKNOWN.code in enabled:
            for start, end, agency in analysis.agencies:
                yield doc.finding(SOURCE_UNKNOWN, start, end, f"Agency credit `{agency}` names no agency")
        if VAGUE_ATTRIBUTION.code in enabled:
            for start, end in analysis.vague:
                yield doc.finding(
                    VAGUE_ATTRIBUTION, start, end, f"Claim attributed to an unnamed source: `{doc.text[start:end]}`"
                )
        if VAGUE_DOMINANT.code in enabled:
            vague, named = len(analysis.vague), len(analysis.named)
            if vague >= self.min_vague and vague > self.vague_ratio * named:
                yield doc.finding(
                    VAGUE_DOMINANT,
                    0,
                    0,
                    f"{vague} attributions to unnamed sources against {named} named "
                    f"(the first at line {doc.position(analysis.vague[0][0])[0]}): the document rests mostly "
                    "on sources nobody can check",
                    matched="",
                )
        if UNDATED.code in enabled:
            yield from self._undated(doc)

    def _source_missing(self, doc: Document, analysis: _Analysis) -> Iterator[Finding]:
        if analysis.source_named or analysis.agencies:
            return
        folded = doc.folded
        if sum(1 for _ in self.letters.finditer(folded, 0, 20000)) < self.min_chars:
            return
        if not self.figure.search(folded):
            return  # no figure to check: an essay, review or tutorial rather than a report
        if self.first_person.search(self.quoted.sub("", folded)):
            return  # the writer speaks as themself and is the source
        yield doc.finding(
            SOURCE_MISSING,
            0,
            0,
            "No source named anywhere: no source line, dateline, byline or named attribution "
            "(据<outlet>报道, according to <outlet>)",
            matched="",
        )

    def _undated(self, doc: Document) -> Iterator[Finding]:
        folded = doc.folded
        if self.absolute_date.search(folded):
            return
        cues: list[str] = []
        for m in self.relative_time.finditer(folded):
            cue = f"`{doc.text[m.start() : m.end()]}` line {doc.position(m.start())[0]}"
            if cue not in cues:
                cues.append(cue)
            if len(cues) == 3:
                break
        if cues:
            yield doc.finding(
                UNDATED,
                0,
                0,
                f"No date with a year anywhere, but relative time ({', '.join(cues)}): "
                "the document cannot anchor its facts in time",
                matched="",
            )


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlaps removed, keeping the earliest and then the longest."""
    out: list[tuple[int, int]] = []
    for span in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


CHECKS = (ProvenanceCheck,)
