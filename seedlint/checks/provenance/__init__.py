"""SL3xx provenance: whether a document says where it came from, who wrote it, whom it quotes and when."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from seedlint.checks.provenance import (
    aggregator_source,
    editor_placeholder,
    source_missing,
    source_unknown,
    undated,
    unnamed_outlet,
    vague_attribution,
    vague_attribution_dominant,
)
from seedlint.checks.provenance._analysis import Analysis
from seedlint.checks.provenance._common import CLAUSE, CLAUSE_END, latin_bounded, phrase_set
from seedlint.data import read_list, read_toml, user_terms
from seedlint.document import Document
from seedlint.model import Finding
from seedlint.text.chars import HAN, LATIN_LETTER
from seedlint.text.dates import MONTHS
from seedlint.text.fold import simplify
from seedlint.text.outlets import known_outlets, outlet_suffixes_zh
from seedlint.text.patterns import lazy_compile, trie_pattern
from seedlint.text.view import text_view

# What may stand between a name and its verb: its acronym or its name in Chinese, in brackets
# (the Ministry of Trade and Industry (MTI) said, Lin Yi-fu (林義夫) said).
_ASIDE = r"(?: \([^()\n]{1,12}\))?"
# What a title in 《》 does when the text cites it by name (《费加罗报》指出).
_TITLE_VERBS = ("指出", "称", "写道", "认为", "表示", "评论说", "分析说")

SOURCE_MISSING = source_missing.RULE
SOURCE_UNKNOWN = source_unknown.RULE
EDITOR_PLACEHOLDER = editor_placeholder.RULE
VAGUE_ATTRIBUTION = vague_attribution.RULE
VAGUE_DOMINANT = vague_attribution_dominant.RULE
UNDATED = undated.RULE
AGGREGATOR_SOURCE = aggregator_source.RULE
UNNAMED_OUTLET = unnamed_outlet.RULE

__all__ = [
    "AGGREGATOR_SOURCE",
    "CHECKS",
    "EDITOR_PLACEHOLDER",
    "SOURCE_MISSING",
    "SOURCE_UNKNOWN",
    "UNDATED",
    "UNNAMED_OUTLET",
    "VAGUE_ATTRIBUTION",
    "VAGUE_DOMINANT",
    "ProvenanceCheck",
    "Vocabulary",
    "vocabulary",
]

OPTIONS: dict[str, Any] = {
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


class Vocabulary:
    """The family's word lists (as phrase sets) and the patterns that confirm their hits."""

    def __init__(self, opts: Mapping[str, Any]) -> None:
        self.head_lines = int(opts["head-lines"])
        self.tail_lines = int(opts["tail-lines"])
        self.min_chars = int(opts["min-chars"])
        self.vague_ratio = float(opts["vague-ratio"])
        self.min_vague = int(opts["min-vague"])
        fields = read_toml("provenance/fields.toml")
        anon = read_toml("provenance/anonymous-sources.toml")
        named = read_toml("provenance/named-sources.toml")
        voice = read_toml("provenance/voice.toml")
        self.source_placeholders = frozenset(
            w.casefold()
            for w in (*read_list("provenance/source-placeholders.txt"), *user_terms(opts, "extend-placeholders"))
        )
        self.editor_placeholders = frozenset(
            w.casefold()
            for w in (*read_list("provenance/editor-placeholders.txt"), *opts["extend-editor-placeholders"])
        )
        self.default_accounts = frozenset(w.casefold() for w in read_list("provenance/default-accounts.txt"))
        # A reprint marker standing as a token of its own (`2006-11-16 00:00:00转载 返回原文`, `(转载)`),
        # not a word of a sentence (转载请注明出处, 禁止转载) nor a prefix field (转载自新华社).
        self.reprint = lazy_compile(f"(?<![{HAN}])(?:转载|转帖)(?![{HAN}A-Za-z])")
        outlets = [*known_outlets(), *user_terms(opts, "extend-outlets")]
        suffixes = outlet_suffixes_zh()
        self.vague_media = tuple(anon["vague-media"])
        self.not_a_name = tuple(sorted(anon["not-a-name"], key=len, reverse=True))
        self.not_names_en = frozenset(named["not-names-en"])
        self.authorship = frozenset(k.casefold() for k in fields["author"]["authorship"])

        # Fields -------------------------------------------------------------------------------
        src_cn, auth_cn = fields["source"]["chinese"], fields["author"]["chinese"]
        prefixes = fields["source"]["prefix"]
        self.source_keys = frozenset(k.casefold() for k in (*src_cn, *fields["source"]["english"], *prefixes))
        self.field_keys = phrase_set("field-keys", [*src_cn, *auth_cn, *prefixes])
        # A short line that is a source field and nothing else (来源:新闻, Source: Xinhua).
        source_names = trie_pattern([*src_cn, *fields["source"]["english"]])
        self.source_line = lazy_compile(rf"^[ \t\u3000]*(?i:{source_names})[ \t]?[:：][^\n]{{1,40}}$", re.M)
        # A field key must not continue a word (收入来源: is prose); a one-line CMS header may hold
        # several fields separated by spaces.
        # A key starts a field, not a word (出处, 原作者) nor a quotation (凡注明“来源:…”的作品); a
        # clock time may stand glued before it (发布时间:2019-11-14 15:13:58来源:).
        self.field_cn = lazy_compile(
            f"(?:(?<![{HAN}A-Za-z0-9“\"‘'「『])|(?<=\\d:\\d\\d))(?P<key>{trie_pattern([*src_cn, *auth_cn])})"
            r"(?P<sep>[ \t]*[:|丨/][ \t]*|[ \t]+|[ \t]*$)"
        )
        # A source stated as a sentence that names only the internet (图文来源于网络, 本文内容来源于互联网):
        # the text's own source field, left at a placeholder. Photos alone (图片来源于网络) are no text's source.
        self.sourced_from = lazy_compile(
            r"(?P<key>(?:图文|文章|本文|内容|文字|信息|资讯|本文内容)(?:均)?(?:来源于|来自|转自|摘自))[ \t]?"
            r"(?P<value>网络|互联网|网上|网友投稿|网友)"
        )
        # The same keys where a value cut at them leaves them (编辑:企联编辑来源:互联网), with a colon.
        self.field_glued = lazy_compile(f"(?P<key>{trie_pattern([*src_cn, *auth_cn])})(?P<sep>[ \t]*[:|][ \t]*)")
        self.field_prefix = lazy_compile(f"(?<![{HAN}])(?P<key>{trie_pattern(prefixes)})(?P<sep>[ \t]*:?[ \t]*)")
        en_keys = [*fields["source"]["english"], *fields["author"]["english"]]
        # The key may follow the article's date on its line, in any case (2018-01-08 source:Xinhua).
        self.field_en = lazy_compile(
            r"^[\s#*>_\-(\[【]*(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?: \d{1,2}:\d\d(?::\d\d)?)?[ \t]+)?"
            rf"(?P<key>(?i:{trie_pattern(k for k in en_keys if k != 'By')}))(?P<sep>[ \t]*:[ \t]*)"
            # A byline takes a space or a colon: `By Jane Doe`, `By: admin`.
            r"|^[\s#*>_\-]*(?P<bykey>By|Posted by|Written by)(?P<bysep>[ \t]*:[ \t]*|[ \t]+)(?=\S)",
            re.IGNORECASE,
        )
        self.next_field = lazy_compile(r"[ \t]+[^\s:|]{1,8}[ \t]*[:|]")
        # Another header field glued to the value (资金申请报告范文发布时间:2018…), or standing where the
        # value should be (来源:    字号: T): the value stops there.
        meta_keys = [simplify(k) for k in fields["meta"]["keys"]]
        self.meta_key = lazy_compile(f"(?:{trie_pattern(meta_keys)})[ \t]*:")
        # A value that is itself a key (来源: 作者:, 来源:    字号: T): the field is empty.
        self.key_like = lazy_compile(f"(?:{trie_pattern([*meta_keys, *src_cn, *auth_cn])})[ \t]*[:|]")
        self.not_outlet = lazy_compile(f"(?:{trie_pattern(simplify(k) for k in fields['not-outlet']['endings'])})$")
        self.value_cut = lazy_compile(r"[|丨【】\[\]()<>,。;!?、\"“”\t]|\s{2,}")
        self.code_like = lazy_compile(r"[A-Za-z_-]{0,8}\d{5,}[A-Za-z_-]{0,4}")
        self.credit_en = lazy_compile(r"(?<![A-Za-z])(?:Reporting|Writing|Additional reporting) by [A-Z]")
        # 记者 and a name (记者 王芳, 本报记者张三报道), not 记者 and a verb (记者了解到): the folded view
        # spells 記者 as 记者.
        after_reporter = trie_pattern(named["after-reporter"])
        self.after_reporter = lazy_compile(f"记者[ \\t]?(?:{after_reporter})")
        self.reporter = lazy_compile(f"记者[ \\t]?(?!{after_reporter})[{HAN}]{{2,4}}")
        # The photographer's credit closing a photo story: 赵少辉 摄, (王博 摄).
        self.photographer = lazy_compile(rf"(?<![{HAN}])[{HAN}]{{2,4}}[ \t]?摄(?:影)?[)）]?[ \t]*$")
        self.byline_wen = lazy_compile(rf"^[\s#*>]*(?:文|图文|文字)[ \t]*[|丨/:][ \t]*[{HAN}A-Za-z]")

        # Parenthesised agency slots: `(Reuters) -` datelines and `(Xinhua/Name)` photo credits.
        self.agency = lazy_compile(
            r"\((?P<agency>[A-Za-z][A-Za-z .&'-]{0,40}?)\s?(?:/\s?(?P<credit>[^()\n/]{1,40}))?\)"
            r"(?P<dash>[ \t]*(?:--|—|–|-)[ \t])?"
        )
        self.lowercase_media = lazy_compile(r"(?:[A-Z][a-z]+ )?(?:[a-z]+ )?media")
        # A wire's dateline before its slot: the slot names the wire, an acronym too (Beijing, Aug 22 (IANS)).
        self.slot_dateline = lazy_compile(
            rf"(?:^|\n)[ \t]*[A-Z][A-Za-z.'’ -]{{1,30}},(?: [A-Z][A-Za-z.]+,)? "
            rf"(?i:{MONTHS})\.? \d{{1,2}}(?:, \d{{4}})? ?$"
        )

        # Outlets and named attributions ------------------------------------------------------
        outlet_re = latin_bounded(outlets)
        self.outlets = phrase_set("outlets", outlets)
        self.outlet = lazy_compile(outlet_re)
        suffix_alt = trie_pattern(suffixes)
        # A head line crediting an outlet by its shape: its name alone, bulleted (- 有线新闻), or as the
        # site's title before a section (香港政府新闻网 - 新闻速递); or a byline naming the outlet's
        # reporter or translator (钜亨网编译陈又嘉, 中央社记者王明).
        self.outlet_line = lazy_compile(
            rf"^[ \t\u3000]*(?:[-•·*][ \t]*)?[{HAN}]{{1,12}}?(?:{suffix_alt})"
            rf"(?:[ \t]*[-–—|_·][ \t]*[{HAN}A-Za-z ]{{2,12}})?[ \t\u3000]*$"
        )
        self.outlet_byline = lazy_compile(
            rf"(?<![{HAN}])[{HAN}]{{1,10}}?(?:{suffix_alt})(?:特约|实习|驻[{HAN}]{{1,4}})?(?:记者|编译|编辑|撰稿)"
            rf"[ \t]?[{HAN}]{{2,4}}(?![{HAN}])"
        )
        self.outlet_form = lazy_compile(
            f"《[^》\\n]{{1,20}}》|“[^”\\n]{{1,20}}”|(?<![A-Za-z])[A-Z][A-Za-z0-9&.'-]*(?: [A-Z0-9][A-Za-z0-9&.'-]*)*"
            f"|{outlet_re}|[{HAN}]{{1,12}}?(?:{suffix_alt})(?![{HAN}])|[{HAN}]{{1,12}}(?:{suffix_alt})$"
        )
        self.outlet_suffix = lazy_compile(f"(?:{suffix_alt})$")
        # A copyright notice naming an outlet as the holder names the publisher (本文版权归朝鲜日报网所有).
        self.holder_zh = lazy_compile(
            rf"(?:版权|著作权)(?:均)?(?:归|属于?)[ ]?(?P<name>[{HAN}A-Za-z]{{2,20}}?)"
            r"(?:中文版|中文网)?[ ]?(?:独家)?所有"
        )
        # A person's name and a slash just before an outlet: the photo credit `Wang Chao / China Daily`.
        self.photo_credit = lazy_compile(r"(?<![A-Za-z])[A-Z][a-z]+(?: [A-Z][a-z]+){1,2} ?/ ?$")
        self.attribution_before = lazy_compile(
            r"(?:据|根据|援引|引述|引用|向|告诉|according to(?: the)?|told(?: the)?|per"
            r"|(?:reported|quoted|cited)(?: by)?(?: the)?)\s?$",
            re.IGNORECASE,
        )
        self.attribution_after = lazy_compile(
            r"^\s?(?:\d{1,2}月(?:\d{1,2}日|初|中旬|下旬|底|末)?的?|\d{1,2}日的?)?\s?"
            r"(?:报道|报导|消息|讯|电|称|披露|援引|引述|表示|获悉|reported|reports|said|says|quoted|cited)"
        )
        # Wire forms: 新华社北京3月14日电, 智东西11月8日消息, 4月3日SecurityWeek消息, 本报讯.
        self.wire = lazy_compile(
            r"(?<!\d)\d{1,2}月\d{1,2}日(?P<post>[A-Za-z][A-Za-z0-9.&-]{1,30})?"
            r"(?P<kind>电|電|消息|讯|訊)"
        )
        self.wire_name = lazy_compile(rf"[{HAN}A-Za-z0-9]{{2,20}}$")
        # A bracketed dateline of the paper's own report, place and day: (莎阿南12日讯), 【吉隆坡3日电】,
        # the form Malaysian and Singaporean Chinese papers open their stories with.
        self.day_dateline = lazy_compile(rf"[(（【][ \t]?[{HAN}]{{2,8}}\d{{1,2}}日(?:讯|电)[ \t]?[)）】]")
        self.bulletin = lazy_compile(rf"(?P<name>[{HAN}A-Za-z]{{2,12}})(?:讯|訊)(?=[\s(:]|$)")
        # 据<mid><verb>; a title in 《》 or quotes inside mid is one unit (据《京华时报》报道).
        # Not the 据 of a word (数据, 证据, 占据, 收据, 依据): 数据库引擎就会对数据… is no attribution.
        self.ju = lazy_compile(
            rf"(?<![数证占盘割收单票字凭论依])据(?P<mid>(?:《[^》\n]{{1,20}}》|“[^”\n]{{1,20}}”|{CLAUSE}){{1,30}}?)"
            r"(?P<verb>报道|报导|消息|援引|引述|披露|发布|公告|通报|数据|统计|称|表示|透露|指出|介绍|获悉|的说法)"
        )
        # An outlet by its shape, crediting the text: 《京华时报》报道, 【产通社,2月27日讯】,
        # 南韩联合新闻通讯社报导, 中央社记者…电.
        # The day may stand between the outlet and its verb: 英国《太阳报》星期四报道, 《国际财经日报》11日报道.
        self.shaped_credit = lazy_compile(
            # A title in 《》 that speaks is cited by name: 《费加罗报》指出, 《报告》称.
            rf"《[^》\n]{{1,20}}》(?:{'|'.join(_TITLE_VERBS)})|"
            rf"(?:《[^》\n]{{1,20}}》|【[^】\n]{{1,20}}|[{HAN}]{{1,12}}?(?:{suffix_alt}))"
            r"[\s,]?(?:(?:\d{1,2}月)?\d{1,2}日|星期[一二三四五六日天]|周[一二三四五六日]|[今昨前]天|[今昨]日|日前|近日|当天)?"
            r"\s?(?:报道|报导|消息|讯|电)"
        )
        self.credit_verbs = phrase_set(
            "credit-verbs", ("报道", "报导", "消息", "讯", "电", *(f"》{verb}" for verb in _TITLE_VERBS))
        )
        self.ju_date = lazy_compile(r"\s?\d{1,2}(?:月(?:\d{1,2}日|初|中旬|下旬|底|末)?|日)的?$")
        self.ju_media = lazy_compile(f"^[{HAN}]{{0,4}}?(?=(?:{trie_pattern(self.vague_media)})$)")
        self.han_name = lazy_compile(f"[{HAN}]{{2,12}}")
        self.quantifier = lazy_compile(
            r"(?<![第每])(?:[一二两三四五六七八九十几多数]|\d+)\s?(?:位|名)|有$|不愿[^,。]{0,4}的|匿名"
        )
        self.clause_split = lazy_compile(f"[{re.escape(CLAUSE_END)}]")
        verbs_zh = trie_pattern(named["verbs-zh"])
        # The lines that may hold a speaker: a verb, or figures a body publishes (发布的…显示).
        self.verbs_zh = phrase_set("verbs-zh", [*named["verbs-zh"], "发布的"])
        self.latin_person = lazy_compile(
            rf"(?<![A-Za-z])[A-Z][a-z]+(?:[ ·][A-Za-z][a-z]+){{1,3}}(?![A-Za-z]){CLAUSE}{{0,20}}?(?:{verbs_zh})"
        )
        self.titles = phrase_set("titles", named["titles"])
        self.titled_person = lazy_compile(
            f"(?:{trie_pattern(named['titles'])})[{HAN}]{{2,4}}?(?:\\([^()\\n]{{1,20}}\\))?{CLAUSE}{{0,12}}?(?:{verbs_zh})"
        )
        verbs_en = trie_pattern(named["verbs-en"])
        self.verbs_en = phrase_set("verbs-en", [*named["verbs-en"], "according to"])
        # An official body or company speaking for itself: a name of two or more characters ending
        # in 局/部/公司/集团 … (not 该公司, 某集团) before a verb, or an English name ending in
        # Inc./Corp./Ministry … (Ministry of Commerce) before one.
        self.organisation_zh = lazy_compile(
            rf"(?<![{HAN}])(?![某该这那此其一本])(?P<name>[{HAN}]{{2,12}}?(?:{trie_pattern(named['organisations-zh'])}))"
            # …or publishing figures that speak for it (德国联邦统计局发布的初步统计数据显示).
            rf"(?:[{HAN}]{{0,4}}?(?:{verbs_zh})|[{HAN}]{{0,4}}?发布的[^,。;\n]{{0,12}}?(?:显示|表明))"
        )
        # A head line that is nothing but an official body's or company's name (中华人民共和国国家统计局
        # under the title of its release): the body publishing its own text. A name holds no 的 or 了.
        organisation_end = trie_pattern(named["organisations-zh"])
        self.publisher_zh = lazy_compile(
            rf"^[ \t\u3000]*(?![某该这那此其一本])(?![^\n]*[的了])[{HAN}]{{2,20}}(?:{organisation_end})[ \t\u3000]*$"
        )
        # The title of an exchange filing: a company's name and stock code, then the kind of filing.
        self.filing_title = lazy_compile(
            # A code, not a year: 恒基地产(00012), 台积电(2330), not 年报(2024).
            rf"(?<![{HAN}A-Za-z])[{HAN}A-Za-z]{{2,12}}[(（][ ]?"
            r"(?!(?:19|20)\d\d[ ]?[)）])\d{4,6}(?:\.[A-Z]{2})?[ ]?[)）]"
            rf"[^\n]{{0,30}}?(?:{trie_pattern(named['filings-zh'])})"
        )
        # A date line with a credit after the date (Updated: October 20, 2022 09:33 CGTN).
        self.dated_credit = lazy_compile(
            rf"(?:(?i:{MONTHS})\.? \d{{1,2}},? (?:19|20)\d\d|(?:19|20)\d\d[-/.]\d{{1,2}}[-/.]\d{{1,2}})"
            r"(?:,? \d{1,2}:\d\d(?::\d\d)?)?(?: ?[|·-])? (?P<credit>[A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+){0,3})[ \t]*$"
        )
        org_end = trie_pattern(named["organisations-en"])
        self.organisation_en = lazy_compile(
            rf"(?<![A-Za-z])(?:The )?(?P<name>(?:[A-Z][\w&.'’-]* ){{0,5}}(?:{org_end})"
            rf"(?: of(?: the)? [A-Z][\w.'’-]*(?: (?:and |& |for )?[A-Z][\w.'’-]*){{0,4}})?)"
            rf"{_ASIDE},? (?:{verbs_en})(?![A-Za-z])"
        )
        # A press release: a dateline (CITY, State, Mon. D[, YYYY] -- or –), then an organisation of
        # two or more capitalised words that announces, issues or releases: the organisation is the
        # source (WINSTON-SALEM, N.C. – Nov. 14, 2011 – Reynolds American Inc. announced today).
        org_word = r"(?:[A-Z]|\d{1,3}[A-Z])[\w.&'’-]*"  # Reynolds, 3SBio
        # The date may be bracketed (CHICAGO, IL (November 9, 2023) – NewsNation, the fastest-growing
        # network …, today announced): a one-word organisation then needs the appositive that
        # describes it, the way releases introduce their issuer. Its ticker and the name the release
        # gives it may follow in brackets (3SBio Inc. (NASDAQ: SSRX) ("3SBio" or "the Company"), a
        # leading China-based biotechnology company focused on …, today announced).
        asides = r"(?: \([^()\n]{1,60}\)){0,2}"
        appositive = r", [^\n]{1,200}?,"
        city = r"[ \t]*[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3},(?: [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?,?)?"
        self.release_dateline = lazy_compile(
            rf"{city}(?: [—–-])? \(?(?i:{MONTHS})\.? \d{{1,2}}(?:, \d{{4}})?\)? ?(?:--|[—–-]) ?(?:The )?"
            rf"{org_word}(?:(?: (?:of|for|and|&|{org_word})){{1,8}}{asides}(?:{appositive}|,)?|{asides}{appositive}) "
            r"(?:today |on \w+ )?"
            r"(?:announced|issued|released|published|unveiled|reported|said|declared)(?![a-z])"
        )
        # A press-release wire's slot in the dateline names the wire that carried the release
        # (GRAND RAPIDS, Mich., April 28, 2025 /PRNewswire/ —, IRVING, Texas--(BUSINESS WIRE)--).
        self.release_wire = lazy_compile(
            rf"{city}[^/()\n]{{0,30}}?"
            r"(?:/(?P<slash>[A-Za-z][\w .&-]{1,40})/|--\((?P<paren>[A-Za-z][\w .&-]{1,40})\)--)"
        )
        # A capitalised name or an acronym (AFP, ITAR-TASS, KUNA), up to four words.
        # Hyphenated given names of Chinese and Korean romanisation count as one word (Yi-fu, Seong-Tae).
        word_en = r"(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?(?![a-z]))"
        name_en = rf"{word_en}(?:[ -]{word_en}){{0,3}}"
        self.english_named = lazy_compile(
            rf"(?<![A-Za-z])(?P<subj>{name_en}){_ASIDE} (?:{verbs_en})(?![A-Za-z])"
            rf"|(?<![A-Za-z])(?:{verbs_en}|[Aa]ccording to)(?: the)? (?P<obj>{name_en})"
        )

        # Aggregators and unnamed outlets ------------------------------------------------------
        aggregators = read_toml("provenance/aggregators.toml")
        self.aggregator_platforms = frozenset(simplify(w).casefold() for w in aggregators["platforms"])
        self.compiled_authors = frozenset(simplify(w).casefold() for w in aggregators["compiled-authors"])
        unnamed = read_toml("provenance/unnamed-outlets.toml")
        self.unnamed_outlet_terms = phrase_set(
            "unnamed-outlets", [*(f"the {n}" for n in unnamed["english"]), *unnamed["chinese"], *unnamed["compiled"]]
        )
        nouns_en = trie_pattern(unnamed["english"])
        self.unnamed_outlet = lazy_compile(
            rf"(?i:according to|told|cited by|quoted by|reported by) the (?:{nouns_en})(?![A-Za-z])"
            rf"|(?<![A-Za-z])(?:[Tt]he) (?:{nouns_en}),? (?:{verbs_en})(?![A-Za-z])"
            rf"|(?:{trie_pattern(unnamed['chinese'])})(?![告道表])[ ]?(?:{verbs_zh}|报道|援引|引述|消息|披露)"
            rf"|{trie_pattern(unnamed['compiled'])}"
        )

        # Unnamed sources ----------------------------------------------------------------------
        vague = [*read_list("provenance/vague-phrases.txt"), *user_terms(opts, "extend-vague")]
        self.vague_phrases = phrase_set("vague-phrases", vague)
        self.anaphoric = frozenset(simplify(p).casefold() for p in read_list("provenance/anaphoric-phrases.txt"))
        self.vague_phrase = lazy_compile(latin_bounded(vague), re.IGNORECASE)
        self.always_anonymous = frozenset(anon["always"])
        self.anonymous_nouns = phrase_set("anonymous-nouns", [*anon["always"], *anon["counted"]])
        self.anonymous = lazy_compile(
            f"(?P<noun>{trie_pattern([*anon['always'], *anon['counted']])})(?P<gap>{CLAUSE}{{0,8}}?)"
            f"(?P<verb>{trie_pattern(anon['verbs'])})"
        )
        self.latin_pair = lazy_compile(r"[A-Z][a-z]+ [A-Z][a-z]+")
        self.url = lazy_compile(r"(?:https?://|www\.)[^\s<>\"“”]+")

        # Time ---------------------------------------------------------------------------------
        relative = read_list("provenance/relative-time.txt")
        self.relative_words = phrase_set("relative-time", relative)
        self.relative_word = lazy_compile(latin_bounded(relative), re.IGNORECASE)

        # Voice --------------------------------------------------------------------------------
        # At least ``min-chars`` letters, in one match: the classes exclude each other, so no backtracking.
        self.enough_letters = lazy_compile(f"(?:[^{HAN}A-Za-z]*[{HAN}A-Za-z]){{{max(self.min_chars, 0)}}}")
        # A line of prose, where an article's text begins: a clause or sentence stop (menus,
        # breadcrumbs, headlines and date lines have none) and at least 20 letters.
        self.prose_line = lazy_compile(f"[，。！？；]|[,.!?;](?=\\s|$|[{HAN}])")
        self.enough_prose = lazy_compile(f"(?:[^{HAN}A-Za-z]*[{HAN}A-Za-z]){{20}}")
        # A unit right after the digits (`$11bn`, `42%`), a currency sign before them (`£8.5`), or
        # a percentage in words (百分之十二).
        units = voice["units"]
        latin_units = trie_pattern([u for u in units if LATIN_LETTER.search(u)])
        other_units = trie_pattern([u for u in units if not LATIN_LETTER.search(u)])
        self.figure = lazy_compile(
            rf"\d[\d,.]*\s?(?:(?:{latin_units})(?![A-Za-z0-9])|{other_units})|[$£€¥]\s?\d|百分之[零〇一二两三四五六七八九十百点]"
        )
        self.first_person = lazy_compile(
            f"(?!{trie_pattern(voice['not-first-person'])})(?:{latin_bounded(voice['first-person'])})"
        )
        self.quoted = lazy_compile(r"“[^”\n]{0,400}”|\"[^\"\n]{0,400}\"|「[^」\n]{0,400}」")


@lru_cache(maxsize=16)
def _vocabulary(key: str) -> Vocabulary:
    return Vocabulary(json.loads(key))


def vocabulary(options: Mapping[str, Any]) -> Vocabulary:
    """The vocabulary for these options, built once per process."""
    return _vocabulary(json.dumps({**OPTIONS, **options}, sort_keys=True, default=str))


class ProvenanceCheck:
    name = "provenance"
    rules = (
        SOURCE_MISSING,
        SOURCE_UNKNOWN,
        EDITOR_PLACEHOLDER,
        VAGUE_ATTRIBUTION,
        VAGUE_DOMINANT,
        UNDATED,
        AGGREGATOR_SOURCE,
        UNNAMED_OUTLET,
    )
    options: dict[str, Any] = OPTIONS

    def __init__(self, options: Mapping[str, Any]) -> None:
        self.vocabulary = vocabulary(options)

    def check(self, doc: Document, enabled: frozenset[str]) -> Iterator[Finding]:
        if not doc.text.strip():
            return
        vocab = self.vocabulary
        analysis = Analysis(doc, vocab)
        if SOURCE_MISSING.code in enabled:
            missing = list(source_missing.source_missing(doc, analysis))
            if missing and (plain := _without_annotations(doc)) is not None:
                # Pinyin written after each character (據(jù)北京晚報(bào)報(bào)道) splits the words a source
                # is named with: whether one is named is the annotation-free text's to say.
                if not any(source_missing.source_missing(plain, Analysis(plain, vocab))):
                    missing = []
            yield from missing
        if SOURCE_UNKNOWN.code in enabled:
            yield from source_unknown.source_unknown(doc, analysis)
        if EDITOR_PLACEHOLDER.code in enabled:
            yield from editor_placeholder.editor_placeholder(doc, analysis)
        if VAGUE_ATTRIBUTION.code in enabled:
            yield from vague_attribution.vague_attribution(doc, analysis)
        if VAGUE_DOMINANT.code in enabled:
            yield from vague_attribution_dominant.vague_dominant(doc, analysis)
        if UNDATED.code in enabled:
            yield from undated.undated(doc, vocab)
        if AGGREGATOR_SOURCE.code in enabled:
            yield from aggregator_source.aggregator_source(doc, analysis)
        if UNNAMED_OUTLET.code in enabled:
            yield from unnamed_outlet.unnamed_outlet(doc, analysis)


def _without_annotations(doc: Document) -> Document | None:
    """The document as the matching view reads it (ruby-style pinyin and emphasis runs left out),
    or None when the view removed nothing."""
    view = text_view(doc)
    return None if len(view.canon_starts) == 1 else Document(view.text, doc.path)


CHECKS = (ProvenanceCheck,)
