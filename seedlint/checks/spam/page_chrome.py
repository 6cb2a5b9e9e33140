"""SL102 page-chrome: navigation and widget text a scraper copied along with the article."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urlsplit

from seedlint.checks.spam._common import clip, line_finding, neighbour, span_finding
from seedlint.checks.spam._model import (
    clock_lines,
    credit_lines,
    date_lines,
    reads_as_sentence,
    wrapped_sentence_ends,
)
from seedlint.document import Document
from seedlint.model import Edit, Finding, Fix, Rule, Severity, explain
from seedlint.text.chars import HAN, HAN_CHAR, LATIN_LETTER
from seedlint.text.dates import own_dates
from seedlint.text.fold import simplify
from seedlint.text.language import english_function_words
from seedlint.text.line_features import FEATURES, broken_prose_lines, function_chars, line_features, link_only
from seedlint.text.outlets import ends_as_outlet_zh, is_known_outlet
from seedlint.text.scan import lower_view, whole_word
from seedlint.text.segment import in_dictionary, words
from seedlint.text.view import TextView, doc_span, line_fix, trimmed_line_span
from seedlint.text.zones import (
    TAG,
    first_prose_line,
    has_sentence,
    is_clause_chain,
    is_markup_document,
    is_prose,
    prose_lines,
    table_lines,
    wrapped_prose_lines,
)

if TYPE_CHECKING:
    from seedlint.checks.spam import SpamVocabulary
    from seedlint.checks.spam._model import Score

RULE = Rule(
    code="SL102",
    name="page-chrome",
    severity=Severity.WARNING,
    summary="Navigation or widget text left over from the web page",
    explanation=explain(
        "Reports navigation and widget leftovers: `Navigation menu`, `Skip to content`, breadcrumbs "
        "(`首页 > 国内 > 正文`, `当前位置:`), channel menus, share and print widgets (`分享到:`, "
        "`打印本页 关闭`, `【字体:大 中 小】`), pagination, `上一篇`/`下一篇` and related-article links, "
        "`Continue Reading`, `Read more:`, and leaked markup or script. Only whole lines, line-edge "
        "runs set apart from the prose, or blocks of menu lines are reported, never words inside a "
        "sentence; one-word items such as `朋友圈` or `体育` count only beside other chrome, or as "
        "labels at the very top of the page, above the headline (`快訊`, `icon`, a counter `0`; a "
        "capitalised word only when the head shows other chrome, a name or an outlet never). "
        "Lines no phrase names are scored by their shape and their neighbours (a two-stage linear "
        "model over the text layer's line features: length, script shares, sentence punctuation, "
        "function-word density, separators and short items, links, contact details, template "
        "debris, place in the document, repetition), and reported at a score of "
        "`chrome-min-score` (default 50 of 100) or above; the message names the strongest features. "
        "The model never reports a line that reads as a complete sentence (a short closing paragraph "
        "is still the article) or that credits the outlet or author named in the document's own "
        "dateline or byline (`每日经济新闻` under `每日经济新闻2024-08-15 11:01`), the article's own date "
        "line just above its first paragraph (`Updated: October 20, 2022 09:33 CGTN`), or the last piece "
        "of a sentence hard-wrapped from the line above. "
        "Under the heading of a related-content widget (`更多阅读:`, `相关推荐`, `Related stories`: the "
        "`list-headings` of the vocabulary), the headline-shaped lines that follow (no full stop, no "
        "prose) are reported as teasers of other articles, up to the first line that is not one; so is a run "
        "of six or more bulleted headlines after the article, and a row of bars (|||) whose links were stripped. "
        "The article's own lists are left alone: one it introduces with a clause and a colon, a block "
        "most of whose lines name what its prose names (a cup draw, award winners), bulleted items between "
        "two of its paragraphs, and the rows of a Markdown table. "
        "Vocabulary: `seedlint/data/spam/chrome.toml`; weights: `seedlint/data/spam/chrome_model.toml`, "
        "fitted by `tools/fit_chrome.py`.",
        "Chrome is text nobody wrote for this article. It pads documents with repeated, meaningless "
        "lines, breaks paragraph statistics, and leaks the site's menu into every article from it.",
        "`Navigation menu` or `首页>文化频道>要闻>正文` between the title and the body.",
        "`seedlint check --fix` deletes the line (or the run at the line's edge) and the blank lines it "
        "leaves (safe). Extend the vocabulary with `[tool.seedlint.spam] extend-chrome` or `extend-chrome-file`; "
        "raise `chrome-min-score` to report only the surest lines.",
    ),
    fail_examples=(
        "大摩娱乐注册 大摩娱乐登录\n\nNavigation menu\n\n正文第一段。\n",
        "当前位置: 首页 > 国内 > 正文\n\n新华社北京3月1日电,会议开幕。\n",
        "2015-03-02 08:42    来源:中国新闻网     打印本页 关闭\n\n记者排队领取证件。\n",
        "Skip to Content\n\nThe article starts here.\n\nContinue Reading\n",
        "新华社北京3月1日电 国务院新闻办公室今天举行发布会,介绍了今年以来经济运行的情况,并回答了记者的提问。\n\n"
        "本网简介 | 本网动态 | 转载申请 | 投稿须知 | 招聘英才 | 法律顾问\n"
        "市政府 | 区县动态 | 部门动态 | 政策文件 | 办事指南 | 公众参与\n",
    ),
    pass_examples=(
        "他在首页上看到这条新闻,随即分享到朋友圈。\n",
        "The museum's new Photo Gallery opens on Monday.\n",
        "体育\n\n国家队昨日在主场以2比1获胜。\n",
        "Read more about the policy in our earlier report.\n",
    ),
    fixable=True,
)

_SEPARATORS = set(" \t|/\\>»›<«·•■□●◆◇▲▼►★☆-–—_:;,.、【】[]()「」『』<>↑↓→←…=+*#~\"'“”‘’")
_SEPARATOR_CHARS = "".join(sorted(_SEPARATORS))
_CLOSERS = set(")]】」』”\"'.。!?:;")
_BREADCRUMB = re.compile(
    r"^[\s■●▶>»]*(?:[^\s>»›|]{1,16}(?:\s[^\s>»›|]{1,16}){0,2}\s*[>»›]\s*){2,8}[^\s>»›|]{1,24}(?:\s[^\s>»›|]{1,16}){0,2}\s*$"
)
_BREADCRUMB_ANCHOR = re.compile(r"首页|主页|正文|频道|中心|栏目|新闻|Home|News", re.I)
_NAV_SPLIT = re.compile(r"\s*[|┃]\s*")
_LIST_MARKER = re.compile(r"^\s*(?:\d{1,3}[.)、]\s*|[-*•]\s+)?")
_MARKUP_LINE = re.compile(rf"(?:{TAG.pattern}\s*)+")
_MARKUP_TAG = re.compile(r"<[A-Za-z/!]")
# An HTML comment alone on its line, its opening < lost to a wrong decoding as often as not
# (壟!-- /8962/web_cntv/ad_slot_01 -->); in a document written in markup too, where it is the template's.
_COMMENT = re.compile(r"\s*(?:<|[^\x00-\x7f])?!--[^\n]{0,300}?-->\s*")
_TEMPLATE_VARIABLE = re.compile(r"(?<![A-Za-z0-9])_[A-Z]{3,20}_(?![A-Za-z0-9])[条人次个]?")
# Internet Explorer's conditional comments (<!--[if lt IE 9]>): the template's browser hacks.
_CONDITIONAL = re.compile(r"<!--\[if [^\]]{1,40}\]>")
# An element with nothing inside, alone on its line (<object id="fwlom"></object>): hijacked pages
# scatter such elements with random ids; an article's text never is one.
_EMPTY_ELEMENT = re.compile(r"\s*(?:\d{1,3}[.)]\s*)?<([A-Za-z][A-Za-z0-9]{0,10})(?:\s[^<>]{0,200})?></\1>\s*")
_MARKUP_CONTENT = re.compile(r"\b(?:src|href)\s*=", re.I)
# An HTML attribute as a tag writes it (href="/x.html", target="_blank"); two on a line are markup.
_ATTRIBUTE = re.compile(
    r"(?<![\w-])(?:href|src|target|class|style|alt|title|rel|width|height)=[\"'][^\"'\n]{0,200}[\"']"
)
_ATTRIBUTES = 2
_TITLE_LINE = re.compile(r"^\s*(.{4,150}?)\s+(?:\||-|_|–|—)\s+([^|_–—]{2,60}?)\s*$")
_CJK_SPACED = re.compile(rf"(?<=[{HAN}])\s(?=[{HAN}])")
_MAX_CHROME_LINE = 400


class Span(NamedTuple):
    """A chrome match inside one line: offsets of the line and "strong", "weak" or "label"."""

    start: int
    end: int
    kind: str


class ChromeMatches:
    """The chrome matches of each line, computed when a line is first asked for.

    On a line they are what one alternation ``strong-patterns | phrases | weak-patterns`` finds
    scanning left to right: at each position a strong pattern first, then the longest phrase that
    is a whole word there, then a weak pattern. The phrases come from the scan; the patterns run
    only on lines where an anchor word of them was hit.
    """

    def __init__(self, doc: Document, view: TextView, vocab: SpamVocabulary) -> None:
        self.view = view
        self.vocab = vocab
        low = lower_view(doc)
        self.phrases: dict[int, list[Span]] = {}
        base = view.line_starts
        for hit in vocab.chrome.hits(doc):
            if whole_word(low, hit.start, hit.end):
                index = view.line_index(hit.start)
                kind = vocab.chrome_kind.get(hit.term, "weak")
                self.phrases.setdefault(index, []).append(Span(hit.start - base[index], hit.end - base[index], kind))
        self.anchored = {view.line_index(hit.start) for hit in vocab.chrome_anchors.hits(doc)}
        self._lines: dict[int, list[Span]] = {}

    def __call__(self, index: int) -> list[Span]:
        spans = self._lines.get(index)
        if spans is None:
            spans = self._lines[index] = self._match(index)
        return spans

    def _match(self, index: int) -> list[Span]:
        phrases = self.phrases.get(index, [])
        anchored = index in self.anchored
        if not phrases and not anchored:
            return []
        line = self.view.lines[index]
        strong_pattern, weak_pattern = self.vocab.chrome_strong, self.vocab.chrome_weak
        strong = strong_pattern.search(line) if anchored else None
        weak = weak_pattern.search(line) if anchored else None
        spans: list[Span] = []
        if "_" in line:
            # An unrendered template variable (发表评论 _COUNT_条) is part of the widget it sits in.
            phrases = sorted([*phrases, *(Span(m.start(), m.end(), "weak") for m in _TEMPLATE_VARIABLE.finditer(line))])
        pos = i = 0
        while True:
            # A pattern match found earlier stays the leftmost one until the scan passes its start.
            if strong is not None and strong.start() < pos:
                strong = strong_pattern.search(line, pos)
            if weak is not None and weak.start() < pos:
                weak = weak_pattern.search(line, pos)
            while i < len(phrases) and phrases[i].start < pos:
                i += 1
            phrase = phrases[i] if i < len(phrases) else None
            starts = [m.start() for m in (strong, weak) if m is not None] + ([phrase.start] if phrase else [])
            if not starts:
                return spans
            at = min(starts)
            if strong is not None and strong.start() == at:
                span = Span(at, strong.end(), "strong")
            elif phrase is not None and phrase.start == at:
                span = phrase
            else:
                assert weak is not None
                span = Span(at, weak.end(), "weak")
            spans.append(span)
            pos = max(span.end, at + 1)


def findings(
    doc: Document,
    view: TextView,
    head: frozenset[int],
    tail: frozenset[int],
    spam: set[int],
    vocab: SpamVocabulary,
    scores: dict[int, Score],
) -> Iterator[Finding]:
    """Chrome lines, line-edge runs and vertical menus; ``spam`` lines (SL101) are never chrome
    but anchor weak lines next to them. Lines that no phrase rule reports are reported when the
    chrome model (``scores``) rates them at ``chrome-min-score`` or above."""
    lines = view.lines
    matches = ChromeMatches(doc, view, vocab)
    strong: dict[int, str] = {}
    weak: set[int] = set()
    separator_only: set[int] = set()
    edges: dict[int, list[tuple[int, int, str]]] = {}
    stripped: set[str] | None = None
    # In a document written in markup, tags are its format: only what its text says is chrome.
    in_markup = is_markup_document(doc)
    markup = {i for i, line in enumerate(lines) if "<" in line and _markup(line)} if not in_markup else set()
    for index, line in enumerate(lines):
        if "<!--[if" in line and _CONDITIONAL.search(line):
            strong[index] = "conditional comment of the page's template"
        elif "--" in line and _COMMENT.fullmatch(line):
            strong[index] = "leftover HTML comment"
    for index, line in enumerate(lines):
        if not line.strip() or len(line) > _MAX_CHROME_LINE or index in spam:
            continue
        if index not in markup and "=" in line and len(_ATTRIBUTE.findall(line)) >= _ATTRIBUTES and not is_prose(line):
            # Attributes of tags whose brackets a wrong decoding swallowed (銆?a href="/about.shtml"
            # target="_blank">): markup left in the text, on a line that is no prose.
            strong[index] = "leftover HTML markup"
            continue
        if index in markup:
            in_run = (index - 1 in markup) or (index + 1 in markup)
            if in_run or len(_MARKUP_TAG.findall(line)) >= 3:
                strong[index] = "leftover HTML markup"
            elif _EMPTY_ELEMENT.fullmatch(line):
                strong[index] = "empty HTML element injected into the page"
            continue
        if not line.strip().strip(_SEPARATOR_CHARS):
            if not line.strip().strip("|"):
                # Bars alone (|, |||||||||) are a link row whose links were stripped: a rule of
                # dashes or stars may be the article's own, a row of bars never is.
                strong[index] = "empty link row"
            else:
                separator_only.add(index)
            continue
        if len(line.strip()) <= _HEADING_MAX and vocab.heading_line.fullmatch(line):
            strong[index] = "heading of a list of other articles"
            continue
        spans = matches(index)
        if not spans and index not in head and not _may_be_trail(line) and not _may_be_bar(line):
            # Without chrome words only a breadcrumb or a navigation bar makes a line chrome.
            continue
        kind = _classify(line, spans, vocab)
        if kind in ("weak", "") and (index in head or index in tail) and _short_bar(line, vocab):
            strong[index] = "navigation bar"
        elif kind == "weak":
            weak.add(index)
        elif kind:
            strong[index] = kind
        elif index in head and len({m.group() for m in vocab.script.finditer(line)}) >= 2:
            strong[index] = "leaked script"
        elif index in head and _title_line(line, stripped := stripped or _stripped(lines)):
            strong[index] = "page title with the site name"
        else:
            run = _edge_run(line, spans, _meta_line(doc, index))
            if run:
                edges[index] = run
    for index in _today_widgets(doc, lines, head):
        strong.setdefault(index, "the site's date of today, not the article's")
    _error_pages(lines, strong, vocab)
    for index in _head_labels(doc, lines, set(strong) | spam):
        strong.setdefault(index, "a one-word label above the article")
    for index in _repeated_fragments(lines):
        strong.setdefault(index, "a fragment of no words, repeated on lines of its own")
    jammed = {i: cuts for i, line in enumerate(lines) if i not in strong and (cuts := _jammer(line))}
    annotated: dict[int, list[tuple[int, int]]] = {}
    if vocab.inline.search(view.text):  # one search settles most documents
        for i, line in enumerate(lines):
            if i not in strong and (notes := [m.span() for m in vocab.inline.finditer(line)]):
                annotated[i] = notes
    for index in _placeholders(view.text, lines):
        strong.setdefault(index, "a template's placeholder word, repeated")
    modelled = {
        i
        for i, score in scores.items()
        if score.value >= vocab.chrome_min_score
        and i not in spam | separator_only | markup
        and i not in strong
        and i not in edges
        and len(lines[i]) <= _MAX_CHROME_LINE
    }
    modelled -= broken_prose_lines(doc) | wrapped_prose_lines(doc)
    if in_markup:
        modelled = {i for i in modelled if "<" not in lines[i] or not TAG.search(lines[i])}
    modelled = {
        i for i in modelled if not reads_as_sentence(lines[i], scores[i].features) and not is_clause_chain(lines[i])
    }
    modelled -= credit_lines(lines, scores, vocab.list_heading)
    if modelled:
        modelled -= wrapped_sentence_ends(lines)
        modelled -= date_lines(lines, first_prose_line(doc)) | clock_lines(lines)
    promoted = _promote(lines, weak, separator_only, set(strong) | spam)
    runs = {run[0]: run for run in _menu_runs(lines, weak - promoted, separator_only)}
    in_runs = {i for first, last in runs.values() for i in range(first, last + 1)}
    modelled -= in_runs
    # Lines the model reports anchor the weak lines beside them too, once the menus are known.
    promoted |= _promote(lines, weak - in_runs, separator_only - in_runs, set(strong) | spam | modelled | promoted)
    modelled -= promoted
    # A list of links says more about its lines than the model's score does.
    last_prose = max(prose_lines(doc), default=-1)
    linked = _linked_teasers(lines, last_prose) - set(strong) - set(edges)
    modelled -= linked
    chrome = set(strong) | promoted | set(edges) | in_runs | modelled
    teasers = _teasers(doc, lines, chrome, scores, vocab)
    listed = (_bulleted_teasers(lines, tail, scores) - chrome - set(teasers)) | (linked - chrome)
    modelled -= set(teasers)
    whole = set(strong) | promoted | set(edges) | set(runs) | modelled | set(teasers) | listed
    # A list of headlines after the article is reported as a whole once one of them is.
    headings = {i for i in whole if len(lines[i].strip()) <= _HEADING_MAX and vocab.list_heading.search(lines[i])}
    extended = _teaser_runs(lines, whole, set(strong) | headings, scores, last_prose) - whole
    listed |= extended
    whole |= extended
    if vocab.release_marker.search(view.text):
        whole -= _release_lines(lines, vocab)
    whole -= table_lines(doc)
    whole -= _introduced_lists(lines, whole - set(strong), matches, vocab)
    whole -= _article_lists(doc, lines, whole - set(strong) - set(teasers) - linked, set(strong) | spam, matches)
    for index in sorted(whole | set(jammed) | set(annotated)):
        if index not in whole:
            pieces = [(a, b, "anti-copy jammer text") for a, b in jammed.get(index, ())]
            pieces += [(a, b, "a screen reader's note on a link") for a, b in annotated.get(index, ())]
            for a, b, what in sorted(pieces):
                yield _span_finding(doc, view, index, a, b, what)
            continue
        if index in listed:
            yield line_finding(
                doc,
                view,
                RULE,
                index,
                f"Page chrome: teaser of another article in a list after the article (`{clip(lines[index].strip())}`)",
            )
            continue
        if index in teasers:
            heading = clip(lines[teasers[index]].strip())
            yield line_finding(
                doc,
                view,
                RULE,
                index,
                f"Page chrome: teaser of another article under `{heading}` (`{clip(lines[index].strip())}`)",
            )
            continue
        if index in modelled:
            score = scores[index]
            why = ", ".join(score.reasons()) or "line shape"
            yield line_finding(
                doc, view, RULE, index, f"Page chrome: {why} (`{clip(lines[index].strip())}`, score {score.value})"
            )
        elif index in runs:
            yield _menu_finding(doc, view, runs[index], matches)
        elif index in edges:
            for a, b, what in edges[index]:
                yield _edge_finding(doc, view, index, a, b, what)
        else:
            what = strong.get(index, "menu or share item beside other chrome")
            yield line_finding(doc, view, RULE, index, f"Page chrome: {what} (`{clip(lines[index].strip())}`)")


# One word alone on a line above the article: a section or widget label (National News, 快讯,
# 听新闻, Workflow) or a counter (0). A headline has more words; a byline names a person or an
# outlet, and an outlet's name alone is the page's credit.
_LABEL = re.compile(rf"[A-Za-z][a-z]{{1,14}}|[A-Z]{{2,6}}|[{HAN}]{{2,4}}|[0-9]{{1,3}}")
# Tags of jieba's dictionary for names of people, places and organisations, and for a single
# character that is part of a name (张伟 is 张/q 伟/zg).
_NAME_TAGS = ("nr", "ns", "nt", "zg")


def _head_labels(doc: Document, lines: Sequence[str], chrome: Iterable[int]) -> list[int]:
    """Labels at the top of the page: above each, only blank lines, chrome and other labels (a
    word under the headline is the article's: a venue, a heading of its own)."""
    first = first_prose_line(doc)
    if first >= len(lines):
        return []
    above = set(chrome)
    broken = broken_prose_lines(doc)  # 昨天下午 / 市民张先生 / 在小区门口: prose cut into lines
    out = []
    for index in range(first):
        text = lines[index].strip()
        if not text or index in above:
            continue
        if not _LABEL.fullmatch(text) or is_known_outlet(text) or index in broken:
            break
        simple = simplify(text)
        if HAN_CHAR.match(text) and (ends_as_outlet_zh(simple) or not _common_words(simple)):
            break
        out.append(index)
    # A capitalised word alone may be a place or a name (Beijing over a dispatch): a label only on
    # a page whose head shows other chrome.
    if not any(i < first for i in above) and all(lines[i].strip().istitle() for i in out):
        return []
    return out


# A mirror that spins its copy drops the same few characters on lines of their own (起的过 three
# times): no word of the dictionary among them, a function character in them (a speaker's name or a
# heading repeated in a transcript is words).
_FRAGMENT = re.compile(f"[{HAN}]{{2,6}}")
_FRAGMENT_REPEATS = 3


def _repeated_fragments(lines: Sequence[str]) -> list[int]:
    places: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        text = line.strip()
        if _FRAGMENT.fullmatch(text):
            places.setdefault(text, []).append(index)
    out = []
    for text, where in places.items():
        if len(where) < _FRAGMENT_REPEATS or not function_chars().search(text):
            continue
        if all(len(w.word) == 1 for w in words(text)):
            out.extend(where)
    return sorted(out)


def _common_words(text: str) -> bool:
    """Whether ``text`` is one or two words of the dictionary that name no one (快讯, 听 新闻)."""
    found = words(text)
    return (
        len(found) <= 2
        and all(in_dictionary(w.word) and not w.tag.startswith(_NAME_TAGS) for w in found)
        and sum(1 for w in found if len(w.word) == 1) <= 1
    )


# A portal's header shows today's date with its weekday (2024年05月05日 星期天, 今天是5月5日 星期日).
_TODAY = re.compile(
    r"[ \t\u3000]*(?:今天是|今日)?[ \t]*(?:19|20)\d{2}[ \t]?年[ \t]?\d{1,2}[ \t]?月[ \t]?\d{1,2}[ \t]?日"
    r"[ \t\u3000]*(?:星期|周|礼拜)[一二三四五六日天][ \t\u3000]*"
)


def _today_widgets(doc: Document, lines: Sequence[str], head: frozenset[int]) -> list[int]:
    """Head lines that are a date and its weekday and nothing else, when the document states another
    date of its own: the page's date of today, which a crawl saved with an older article."""
    candidates = [i for i in sorted(head) if "年" in lines[i] and _TODAY.fullmatch(lines[i])]
    if not candidates:
        return []
    dates = {(o.date.year, o.date.month, o.date.day): o.line for o in own_dates(doc) if o.date.day is not None}
    out = []
    for index in candidates:
        mine = {key for key, line in dates.items() if line == index}
        if mine and any(key not in mine for key in dates):
            out.append(index)
    return out


# A list the article introduces with a clause and a colon (有作品被M+打格的23位艺术家:, 各区当选名单如下:):
# the intro says what the items are, as no widget's heading does.
# Not a label whose value the page filled in and the scraper lost (网友为此稿件打分的平均分是:).
_INTRO = re.compile(f"[^:：]*[{HAN}][^:：]*(?<![是为])[:：][ \t]*")
_INTRO_HAN = 6
_INTRO_REACH = 40


def _introduced_lists(lines: Sequence[str], found: set[int], matches: ChromeMatches, vocab: SpamVocabulary) -> set[int]:
    """The lines of ``found`` (reported for their shape, not their words) in a list right under a
    line of the article that introduces it, and that line: a clause of six Han characters or more
    ending in a colon, with no chrome words and no widget heading's wording. The list runs to two
    blank lines, a line of prose or 40 lines."""
    out: set[int] = set()

    def introduces(at: int) -> bool:
        text = lines[at].strip()
        return (
            _INTRO.fullmatch(text) is not None
            and len(HAN_CHAR.findall(text)) >= _INTRO_HAN
            and not vocab.list_heading.search(text)
            and not matches(at)
        )

    for index in sorted(found):
        if index in out:
            continue
        intro = _next_filled(lines, index, -1)
        while (
            intro is not None and index - intro <= _INTRO_REACH and not is_prose(lines[intro]) and not introduces(intro)
        ):
            intro = _next_filled(lines, intro, -1)
        if intro is None or not introduces(intro):
            continue
        out.add(intro)
        at = _next_filled(lines, intro, 1)
        while at is not None and at - intro <= _INTRO_REACH and not is_prose(lines[at]):
            if at in found:
                out.add(at)
            at = _next_filled(lines, at, 1)
    return out


# A capitalised word: how an English list names the people, teams and works it is about.
_NAME = re.compile(r"(?<![A-Za-z])[A-Z][a-z][A-Za-z'’-]+")
_ARTICLE_BLOCK = 3  # lines of a list block at least
_ARTICLE_SHARE = 0.5  # more than this share of its lines name what the article's prose names


def _article_lists(
    doc: Document, lines: Sequence[str], found: set[int], anchors: set[int], matches: ChromeMatches
) -> set[int]:
    """The lines of ``found`` (reported for their shape, not their words) in a block of lines
    without a link, a chrome word or a line of ``anchors`` (chrome for what it says, spam) that is
    the article's own list: three lines or more, more than half of which name someone or something
    the article's prose names (a cup draw, the winners of awards, a team sheet after a match
    report), or bulleted items between two paragraphs of the article (the terms of a sentence). A
    menu names the site's sections, a widget other articles' subjects, and a list of other articles
    comes under a heading."""
    prose = prose_lines(doc)
    if not found or not prose:
        return set()
    function_words = english_function_words()
    # An outlet's name in the prose is the article's credit, which a card of other articles shares.
    named = {
        w
        for i in prose
        for w in _NAME.findall(lines[i])
        if w.casefold() not in function_words and not is_known_outlet(w)
    }
    out: set[int] = set()
    done: set[int] = set()
    for index in sorted(found):
        if index in done:
            continue
        # The block: the lines around it that are not prose (or are items of the same bulleted list),
        # one blank line between two at most.
        bullet = _BULLET.match(lines[index])
        mark = bullet.group() if bullet else None
        first = last = index
        while (up := _next_filled(lines, first, -1)) is not None and first - up <= 2 and _joins(lines, up, prose, mark):
            first = up
        while (
            (down := _next_filled(lines, last, 1)) is not None and down - last <= 2 and _joins(lines, down, prose, mark)
        ):
            last = down
        block = [i for i in range(first, last + 1) if lines[i].strip()]
        done.update(block)
        if any(i in anchors or "://" in lines[i] or "www." in lines[i] or matches(i) for i in block):
            continue
        naming = sum(1 for i in block if named.intersection(_NAME.findall(lines[i])))
        inside = up is not None and down is not None and up in prose and down in prose
        bulleted = mark is not None and all(lines[i].startswith(mark) for i in block)
        if (len(block) >= _ARTICLE_BLOCK and naming > _ARTICLE_SHARE * len(block)) or (inside and bulleted):
            out.update(i for i in block if i in found)
    return out


def _joins(lines: Sequence[str], at: int, prose: frozenset[int], mark: str | None) -> bool:
    """Whether a line belongs to the block of a list: not prose, or an item of the same bulleted list."""
    return at not in prose or (mark is not None and lines[at].startswith(mark))


# A press release's contact block: a label, then names, titles, phones and e-mails, a line each.
_CONTACT_LINE = 80
_CONTACT_BLOCK = 30


def _release_lines(lines: Sequence[str], vocab: SpamVocabulary) -> set[int]:
    """The lines of a press release that belong to the release, though a page's chrome looks the
    same: those that say it is one (`Exhibit 99.1`, `For Immediate Release`) and its contact block,
    from a `Contact:` or `Media Contact:` label down to its first line of prose or two blank lines
    (the issuer's spokespeople with phones and e-mails, and the table bars a scraper left)."""
    out: set[int] = set()
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        if len(line) <= _CONTACT_LINE and vocab.release_marker.fullmatch(line):
            out.add(index)
        if len(line) > _CONTACT_LINE or not vocab.release_contact.match(line):
            index += 1
            continue
        blank, start = 0, index
        end = min(index + _CONTACT_BLOCK, len(lines))
        while index < end:
            line = lines[index].strip()
            blank = blank + 1 if not line else 0
            if blank >= 2 or len(line) > _CONTACT_LINE or is_prose(line):
                break
            if line:
                out.add(index)
            index += 1
        index = max(index, start + 1)  # a label that is itself prose ends its block at once
    # The bars of the table the release's head was laid out in, beside its lines.
    bars = {i + d for i in out for d in (-1, 1) if 0 <= i + d < len(lines) and _BARS_ONLY.fullmatch(lines[i + d])}
    return out | bars


_BARS_ONLY = re.compile(r"[\s|]*\|[\s|]*")


# A list heading is a short chrome line: the widget's title and at most a colon or an arrow.
_HEADING_MAX = 24
# Above the article a list of other headlines runs long; two or three lines may be its title and deck.
_TEASERS_ABOVE = 4
# A teaser is a headline: long enough to say something, short enough to be no paragraph.
_TEASER = (6, 60)
_TEASER_LATIN = 100


def _teasers(
    doc: Document, lines: Sequence[str], chrome: set[int], scores: dict[int, Score], vocab: SpamVocabulary
) -> dict[int, int]:
    """Headlines listed under the heading of a related-content widget (更多阅读: then the titles of
    other articles): each teaser line with the index of its heading. The heading is a short line
    already reported as chrome that says what such widgets say (``list-headings``); the list runs
    over headline-shaped lines (no full stop, no prose, no sentence), through other chrome, and
    ends at anything else or at two blank lines. Teasers carry no chrome words, so only the heading
    above them can tell. Above the article the list stops at its first paragraph, leaves it the
    headline just before it (its title) and counts only when four or more teasers remain."""
    out: dict[int, int] = {}
    scanned = -1  # each line is looked at once, whatever the number of headings above it
    first = first_prose_line(doc)
    for heading in sorted(chrome):
        text = lines[heading].strip()
        if heading <= scanned or len(text) > _HEADING_MAX or not vocab.list_heading.search(text):
            continue
        listed: list[int] = []
        blank = 0
        for index in range(heading + 1, first if heading < first else len(lines)):
            scanned = index
            line = lines[index].strip()
            if not line:
                blank += 1
                if blank >= 2:
                    break
                continue
            blank = 0
            if index in chrome:
                continue
            if not _headline_shaped(line, scores.get(index)):
                break
            listed.append(index)
        if heading < first and listed and not any(lines[i].strip() for i in range(listed[-1] + 1, first)):
            # Above the article, the last headline before its first paragraph is its own title.
            listed.pop()
        if heading < first and len(listed) < _TEASERS_ABOVE:
            continue
        for index in listed:
            out.setdefault(index, heading)
    return out


# A list of other articles' headlines after the article, without a heading: bulleted lines.
_BULLET = re.compile(r"^[ \t]*[-•·▪*][ \t]")
# An article's own bullet points run to three or five; a widget's list of headlines runs longer.
_BULLETED_RUN = 6


def _bulleted_teasers(lines: Sequence[str], tail: frozenset[int], scores: dict[int, Score]) -> set[int]:
    """Runs of six or more bulleted headlines after the article (`- New-age robot offers
    centuries-old wisdom` …): a related-articles list whose heading was lost. The article's own
    bullet points are fewer, come before its end, or read as sentences. Lines led by a pointing hand
    or arrow (`👉超夯日本電器竟然還有額外優惠!`) are a promotion's links: three of them suffice."""
    out: set[int] = set()
    for bullet, least in ((_BULLET, _BULLETED_RUN), (_POINTER, _POINTER_RUN)):
        run: list[int] = []
        for index in sorted(tail):
            line = lines[index]
            listed = bullet.match(line) is not None and _headline_shaped(
                bullet.sub("", line).strip(), scores.get(index)
            )
            if not listed or run and index - run[-1] > 2:
                if len(run) >= least:
                    out.update(run)
                run = []
            if listed:
                run.append(index)
        if len(run) >= least:
            out.update(run)
    return out


_POINTER = re.compile("^[ \t]*(?:👉|☞|➤|➢|►|▶\ufe0f?)[ \t]*")
_POINTER_RUN = 3


# A date, a byline, a label or brackets make a short line after the article its sign-off (`(智苏编辑)`),
# not a headline.
_META_FEATURES = tuple(FEATURES.index(name) for name in ("date", "byline", "label", "bracketed"))
# Two short lines side by side may be a sign-off and a share button; three headlines are a list.
_TEASER_RUN = 3


def _teaser_runs(
    lines: Sequence[str], chrome: set[int], anchors: set[int], scores: dict[int, Score], last_prose: int
) -> set[int]:
    """Headlines after the article's last line of prose that stand in one run (one blank line
    between them at most) with a headline already reported as chrome, three or more together, when
    the run leads to a widget's heading or other strong chrome (``anchors``) within two lines: the
    rest of its list. The article's own closing list (a schedule, names, a table) leads nowhere."""
    out: set[int] = set()
    if last_prose < 0:
        return out  # no article to be after

    def teaser(at: int) -> bool:
        score = scores.get(at)
        text = lines[at].strip()
        return (
            score is not None
            and not text.startswith("|")
            and not text.endswith((":", "："))
            and _headline_shaped(text, score)
            and not any(score.features[i] for i in _META_FEATURES)
        )

    done: set[int] = set()
    for index in sorted(i for i in chrome if i > last_prose):
        if index in done or index in anchors or not teaser(index):
            continue
        run = [index]
        for step in (-1, 1):
            at = _next_filled(lines, index, step)
            while at is not None and at > last_prose and at not in anchors and teaser(at):
                run.append(at)
                at = _next_filled(lines, at, step)
        done.update(run)
        if len(run) < _TEASER_RUN or not _leads_to(lines, min(run), max(run), anchors):
            continue
        out.update(i for i in run if i not in chrome)
    return out


def _leads_to(lines: Sequence[str], first: int, last: int, anchors: set[int]) -> bool:
    """Whether the line before ``first`` or one of the two after ``last`` (blank lines aside, three
    at most between) is one of ``anchors``."""
    near = [i for i in range(max(0, first - 4), first) if lines[i].strip()][-1:]
    near += [i for i in range(last + 1, min(len(lines), last + 8)) if lines[i].strip()][:2]
    return any(i in anchors for i in near if abs(i - first) <= 4 or abs(i - last) <= 7)


def _next_filled(lines: Sequence[str], index: int, step: int) -> int | None:
    """The next non-blank line from ``index`` in direction ``step``, if at most one blank line lies between."""
    at = index + step
    if 0 <= at < len(lines) and not lines[at].strip():
        at += step
    return at if 0 <= at < len(lines) and lines[at].strip() else None


# Lines that each link to another page of one site, three or more in a row after the article: the
# site's list of related articles. An article's references link to several sites.
_LINKED_RUN = 3


def _linked_teasers(lines: Sequence[str], last_prose: int) -> set[int]:
    """Runs of three or more lines after the article's last line of prose that are each one link
    with a headline for its text (`[如何制定一个可落地的漏洞补丁管理策略？](http://mp.weixin.qq.com/s?…)`),
    all to one host: a related-articles list. Blank lines and images may stand between them."""
    out: set[int] = set()
    run: list[int] = []
    hosts: set[str] = set()

    def close() -> None:
        if len(run) >= _LINKED_RUN and len(hosts) == 1:
            out.update(run)
        run.clear()
        hosts.clear()

    for index in range(last_prose + 1, len(lines)):
        line = lines[index].strip()
        if not line.strip(_MARKS) or _IMAGE_ONLY.fullmatch(line):
            continue
        link = link_only(line)
        if link is None or not _headline_text(link[0]) or run and index - run[-1] > _LINK_GAP:
            close()
        if link is not None and _headline_text(link[0]):
            run.append(index)
            hosts.add(urlsplit(link[1]).netloc.lower().removeprefix("www."))
    close()
    return out


_IMAGE_ONLY = re.compile(r"[\s>`*_]*!\[[^\]\n]{0,200}\]\([^()\s]{1,2000}\)[\s`*_]*")
# Quote, code and emphasis marks alone (`> `) are a blank line of the Markdown a page became.
_MARKS = " >`*_"
# Between two links of one list: a blank line, an image and the blank after it.
_LINK_GAP = 4


def _headline_text(text: str) -> bool:
    """Long enough to say something, short enough to be no paragraph (60 characters of Chinese,
    100 of English) and not closed by a full stop."""
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    longest = _TEASER[1] if latin * 2 < len(text) else _TEASER_LATIN
    return _TEASER[0] <= len(text) <= longest and not text.endswith(("。", "."))


def _headline_shaped(line: str, score: Score | None) -> bool:
    """A headline (:func:`_headline_text`; a link's text when the line is one link), not prose and
    not a sentence."""
    if (link := link_only(line)) is not None:
        line = link[0]
    return (
        score is not None
        and _headline_text(line)
        and not is_prose(line)
        and not reads_as_sentence(line, score.features)
    )


def _stripped(lines: Sequence[str]) -> set[str]:
    return {line.strip() for line in lines if line.strip()}


def _classify(line: str, spans: list[Span], vocab: SpamVocabulary) -> str:
    """'weak', a description of strong chrome, or '' for a line that is not chrome as a whole."""
    if spans:
        pieces = [line[b:a] for (_, b, _), (a, _, _) in zip([Span(0, 0, "")] + spans, spans, strict=False)]
        rest = "".join(pieces) + line[spans[-1].end :]
        if all(ch in _SEPARATORS or ch.isspace() for ch in rest):
            if any(s.kind in ("strong", "label") for s in spans):
                return "widget or navigation line"
            return "weak"
        if spans[0].kind == "label" and len(line.strip()) <= 150:
            body = _LIST_MARKER.sub("", line, count=1)
            lead = len(line) - len(body.lstrip(" \t■●▶>»【[(")) if body else 0
            if spans[0].start <= lead:
                return "breadcrumb or link label"
    if (
        len(line) <= 160
        and _may_be_trail(line)
        and not has_sentence(line)
        and _BREADCRUMB.match(line)
        and _BREADCRUMB_ANCHOR.search(line)
    ):
        return "breadcrumb"
    if _may_be_bar(line) and _nav_bar(line, vocab):
        return "navigation bar"
    return ""


def _may_be_trail(line: str) -> bool:
    """A breadcrumb has at least two arrows."""
    return line.count(">") + line.count("»") + line.count("›") >= 2


def _may_be_bar(line: str) -> bool:
    """A navigation bar has five items, so four bars between them."""
    return line.count("|") + line.count("┃") >= 4


def _bar_items(line: str) -> list[str] | None:
    """The items of a line of items between bars (首页 | 新闻 | 体育), or None for a table row (a bar at
    either end) or a sentence."""
    body = _LIST_MARKER.sub("", line, count=1).strip()
    if body.startswith("|") and body.endswith("|") or has_sentence(body):
        return None
    return [_CJK_SPACED.sub("", s) for s in _NAV_SPLIT.split(body.strip("| "))]


def _known_items(items: list[str], vocab: SpamVocabulary) -> int:
    kinds = vocab.chrome_kind
    return sum(1 for s in items if s.lower() in kinds or s.split(":")[-1].lower() in kinds)


def _nav_bar(line: str, vocab: SpamVocabulary) -> bool:
    items = _bar_items(line)
    if items is None or len(items) < 5 or any(not s or len(s) > 24 or len(s.split()) > 4 for s in items):
        return False
    return _known_items(items, vocab) >= 2


def _short_bar(line: str, vocab: SpamVocabulary) -> bool:
    """A bar of three or four short items between bars, one of them at least a known menu, footer or
    language item (关于我们 | 本网动态 | 转载申请, English | 中文 | 日本語): at the head or the foot of a
    page, a navigation bar. A byline (记者 王明 | 编辑 李华) names no such item."""
    if not 2 <= line.count("|") <= 4:
        return False
    items = _bar_items(line)
    if items is None or not 3 <= len(items) <= 4:
        return False
    if any(not s or len(s) > _BAR_ITEM or len(s.split()) > 3 for s in items):
        return False
    return _known_items(items, vocab) >= 1


_BAR_ITEM = 16  # characters of one item of a short bar

_BYLINE, _DATE = FEATURES.index("byline"), FEATURES.index("date")


# A web server's name and version alone on a line (nginx/1.18.0, Apache/2.4.41): its error page's footer.
_SERVER_SIGNATURE = re.compile(r"[ \t]*[A-Za-z][A-Za-z-]{1,20}/\d{1,3}(?:\.\d{1,4}){1,3}[ \t]*")
_SIGNATURE_REACH = 4  # lines from the error text


def _error_pages(lines: Sequence[str], strong: dict[int, str], vocab: SpamVocabulary) -> None:
    """Name the strong lines that are a server's error page, and add the server's signature
    beside them (404 Not Found, then nginx/1.18.0), which alone would say nothing."""
    errors = [i for i in strong if vocab.error_page.search(lines[i])]
    if not errors:
        return
    for i in errors:
        if strong[i] == "widget or navigation line":
            strong[i] = "a server's error page"
    for i, line in enumerate(lines):
        if (
            i not in strong
            and _SERVER_SIGNATURE.fullmatch(line)
            and any(abs(i - e) <= _SIGNATURE_REACH for e in errors)
        ):
            strong[i] = "the signature of a server's error page"


# A lone lower-case English word repeated on lines of its own in a Chinese text (text, title, null):
# a template's placeholder that the page never filled.
_PLACEHOLDER = re.compile(r"[ \t]*[a-z]{2,12}[ \t]*")
_PLACEHOLDER_COPIES = 3


def _placeholders(text: str, lines: Sequence[str]) -> list[int]:
    found = [i for i, line in enumerate(lines) if len(line) <= 20 and _PLACEHOLDER.fullmatch(line)]
    if len(found) < _PLACEHOLDER_COPIES:
        return []
    copies = Counter(lines[i].strip() for i in found)
    found = [i for i in found if copies[lines[i].strip()] >= _PLACEHOLDER_COPIES]
    if not found or len(HAN_CHAR.findall(text)) < len(LATIN_LETTER.findall(text)):
        return []
    return found


def _meta_line(doc: Document, index: int) -> bool:
    """A line of the article's fields: a source, byline or date (来源:国际在线, 2011-12-23 08:26)."""
    features = line_features(doc).get(index)
    return features is not None and (features[_BYLINE] > 0 or features[_DATE] > 0)


def _edge_run(line: str, all_spans: list[Span], meta: bool = False) -> list[tuple[int, int, str]]:
    """Runs of chrome phrases at the end or start of a line, set apart from the prose. On a line of
    fields (``meta``) one widget set apart by a blank is enough: `来源:国际在线 我要评论`."""
    spans = [s for s in all_spans if s.kind != "label"]
    found = []
    end = len(line.rstrip())
    chain: list[Span] = []
    for span in reversed(spans):
        gap = line[span.end : end] if not chain else line[span.end : chain[-1].start]
        if any(ch not in _SEPARATORS for ch in gap):
            break
        chain.append(span)
    chain.reverse()
    if chain and any(s.kind == "strong" for s in chain):
        before = line[: chain[0].start].rstrip()
        spaced = len(before) < chain[0].start
        if before and (before[-1] in _CLOSERS or (len(chain) >= 2 or meta) and spaced):
            found.append((chain[0].start, chain[-1].end, "widget run at the end of the line"))
    chain = []
    start = len(line) - len(line.lstrip())
    for span in spans:
        gap = line[start : span.start] if not chain else line[chain[-1].end : span.start]
        if any(ch not in _SEPARATORS for ch in gap):
            break
        chain.append(span)
    if len(chain) >= 2 and any(s.kind == "strong" for s in chain):
        after = line[chain[-1].end :]
        if after.strip() and (after[:1].isspace() or after[:1] in _SEPARATORS):
            found.append((chain[0].start, chain[-1].end, "widget run at the start of the line"))
    return found


def _markup(line: str) -> bool:
    body = _LIST_MARKER.sub("", line, count=1).strip()
    return bool(body) and _MARKUP_LINE.fullmatch(body) is not None and not _MARKUP_CONTENT.search(body)


def _title_line(line: str, stripped: set[str]) -> bool:
    m = _TITLE_LINE.match(line)
    return m is not None and m.group(1).strip() in stripped and not has_sentence(m.group(2))


def _promote(lines: Sequence[str], weak: set[int], separators: set[int], anchors: set[int]) -> set[int]:
    """Weak lines (and separator lines) next to chrome or spam become chrome themselves, and so
    does a weak or separator line next to a promoted one, transitively."""
    candidates = weak | separators
    promoted: set[int] = set()
    # Neighbourhood is symmetric between non-blank lines, so promotion spreads from each promoted
    # line to the candidates beside it.
    queue = [index for index in sorted(weak) if {neighbour(lines, index, -1), neighbour(lines, index, 1)} & anchors]
    promoted.update(queue)
    while queue:
        index = queue.pop()
        for step in (-1, 1):
            near = neighbour(lines, index, step)
            if near is not None and near in candidates and near not in promoted:
                promoted.add(near)
                queue.append(near)
    return promoted


def _menu_runs(lines: Sequence[str], weak: set[int], separators: set[int]) -> list[tuple[int, int]]:
    """Vertical menus: four or more weak lines in a row (blank and separator lines between)."""
    runs: list[tuple[int, int]] = []
    members = sorted(weak | separators)
    current: list[int] = []
    for index in [*members, None]:
        if index is not None and current and neighbour(lines, current[-1], 1) == index:
            current.append(index)
            continue
        while current and current[-1] in separators:
            current.pop()
        if sum(1 for i in current if i in weak) >= 4:
            runs.append((current[0], current[-1]))
        current = [index] if index is not None and index in weak else []
    return runs


def _menu_finding(doc: Document, view: TextView, run: tuple[int, int], matches: ChromeMatches) -> Finding:
    first, last = run
    start, end = trimmed_line_span(doc, view, first)[0], trimmed_line_span(doc, view, last)[1]
    fix = line_fix(doc, first, last)
    previous = neighbour(view.lines, first, -1)
    if previous is not None:
        # A menu whose first item ends the line above: the item and the gap before it go too.
        before = view.lines[previous]
        tail = [s for s in matches(previous) if s.kind == "weak"]
        if tail:
            a = tail[-1].start
            if before[tail[-1].end :].strip() == "" and a > 0 and before[a - 1].isspace():
                start = doc_span(doc, view, previous, a, a)[0]
                gap = doc_span(doc, view, previous, len(before[:a].rstrip()), a)[0]
                fix = Fix((Edit(gap, end, ""),))
    return doc.finding(RULE, start, end, f"Page chrome: menu spread over lines {first + 1}-{last + 1}", fix=fix)


# Forum software (Discuz!) hides random characters in a page to spoil copying: runs of tokens of one
# to three printable ASCII characters, mostly punctuation mixed with letters and digits, between
# blanks (`0 Y7 Z! ~- T" }$ \`/ ?: ]" r8`). Prose, lists and code have words, not such tokens.
_JAMMER = re.compile(r"(?:(?<![!-~])|(?<=[.,!?;:])(?=[A-Za-z0-9]))(?:[!-~]{1,3} ){5,}[!-~]{1,3}(?![!-~])")
_JAMMER_MIXED = re.compile(r"[A-Za-z0-9][!-/:-@\[-`{-~]|[!-/:-@\[-`{-~][A-Za-z0-9]")
_JAMMER_TOKENS = 4  # tokens that mix a letter or digit with punctuation


# Every jammer run seen holds one of these; prose lines seldom do, so the run's pattern is tried
# only where one occurs.
_JAMMER_CUE = re.compile(r"[#$%&*^~{}\[\]|\\`+=<>]")


def _jammer(line: str) -> list[tuple[int, int]]:
    if line.count(" ") < 5 or not _JAMMER_CUE.search(line):
        return []
    out = []
    for m in _JAMMER.finditer(line):
        tokens = m.group().split(" ")
        if sum(1 for t in tokens if _JAMMER_MIXED.search(t)) >= _JAMMER_TOKENS:
            out.append(m.span())
    return out


def _span_finding(doc: Document, view: TextView, index: int, a: int, b: int, what: str) -> Finding:
    return span_finding(doc, view, RULE, index, a, b, f"Page chrome: {what} (`{clip(view.lines[index][a:b])}`)")


def _edge_finding(doc: Document, view: TextView, index: int, a: int, b: int, what: str) -> Finding:
    line = view.lines[index]
    start, end = doc_span(doc, view, index, a, b)
    if a > len(line) - len(line.lstrip()):
        cut = doc_span(doc, view, index, len(line[:a].rstrip()), len(line.rstrip()))
    else:
        nxt = b + len(line[b:]) - len(line[b:].lstrip(" \t|/>»·-–—_:"))
        cut = doc_span(doc, view, index, a, nxt)
    return doc.finding(
        RULE, start, end, f"Page chrome: {what} (`{clip(line[a:b])}`)", fix=Fix((Edit(cut[0], cut[1], ""),))
    )
