"""SL1xx spam: lines injected for search engines or advertising, and page chrome a scraper copied.

Both this family and the boilerplate family match on one shared view of a document: width-folded,
traditional characters folded to simplified ones, and two scraping artifacts removed (pinyin
annotations such as ``權(quán)`` and Markdown emphasis runs). Offsets found in that view map back
to ``doc.text`` exactly.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from seedlint.data import read_list, read_toml, user_terms
from seedlint.document import Document
from seedlint.model import Edit, Finding, Fix, Rule, Severity, explain
from seedlint.text.chars import HAN
from seedlint.text.patterns import lexicon_pattern, trie_pattern
from seedlint.text.view import TextView, doc_span, line_fix, line_hits, strip_span, text_view
from seedlint.text.zones import has_sentence, zones

SPAM_HEADER = Rule(
    code="SL101",
    name="spam-header",
    severity=Severity.ERROR,
    summary="Injected SEO or advertising line",
    explanation=explain(
        "Reports lines that search-engine spam injected into a page: one brand repeated with "
        "call-to-action suffixes (`大摩娱乐注册 大摩娱乐登录`), gambling, porn or counterfeit keyword "
        "stuffing, and casino or `buy cheap` lines in English. A line is scored on several signals — "
        "a repeated brand, call-to-action words, lexicon hits, contact numbers, missing sentence "
        "punctuation and a place in the head or tail of the document — and one word never suffices, "
        "so entertainment news (`娱乐圈`) or a report on gambling regulation is not flagged. Once a "
        "brand is established, other short lines carrying it (a brand written into the source line) "
        "are reported too. Lexicons: `seedlint/data/spam/lexicon.toml` and `brands.txt`.",
        "Injected lines are not part of the article. In a training corpus they teach a model spam; in "
        "a retrieval index they make the page match queries about gambling or porn.",
        "`大摩娱乐注册 大摩娱乐登录 大摩娱乐招商QQ` above the headline of a news article.",
        "`seedlint check --fix` deletes the line and the blank lines it leaves (safe). Extend the "
        "vocabulary with `[tool.seedlint.spam] extend-brands`, `extend-lexicon` or `extend-lexicon-file`.",
    ),
    fail_examples=(
        "大摩娱乐注册 大摩娱乐登录 大摩娱乐招商QQ\n\n科技巨头纷纷向人工智能初创公司投资。\n",
        "宝利彩票|宝利彩票\n宝利彩票2023-02-06\n\n中新社70年,有这样一群中青年。\n",
        "国产精品一区二区三区,影音先锋中文字幕在线观看,无码视频\n\n正文第一段。\n",
        "Best online casino bonus | free spins | sports betting | play now\n\nThe article starts here.\n",
    ),
    pass_examples=(
        "娱乐圈最新消息:两位演员官宣恋情\n\n娱乐新闻报道称,两人将于明年完婚。\n",
        "澳门博彩业收入同比增长12%\n\n澳门博彩监察协调局公布,上月博彩毛收入同比增长12%。\n",
        "诈骗分子冒充客服,通过QQ号12345678联系受害人,骗取钱财2万元。\n",
        "Police seized 5,000 fake watches in a raid on Canal Street.\n",
    ),
    fixable=True,
)

PAGE_CHROME = Rule(
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
        "sentence; one-word items such as `朋友圈` or `体育` count only beside other chrome. "
        "Vocabulary: `seedlint/data/spam/chrome.toml`.",
        "Chrome is text nobody wrote for this article. It pads documents with repeated, meaningless "
        "lines, breaks paragraph statistics, and leaks the site's menu into every article from it.",
        "`Navigation menu` or `首页>文化频道>要闻>正文` between the title and the body.",
        "`seedlint check --fix` deletes the line (or the run at the line's edge) and the blank lines it "
        "leaves (safe). Extend the vocabulary with `[tool.seedlint.spam] extend-chrome` or `extend-chrome-file`.",
    ),
    fail_examples=(
        "大摩娱乐注册 大摩娱乐登录\n\nNavigation menu\n\n正文第一段。\n",
        "当前位置: 首页 > 国内 > 正文\n\n新华社北京3月1日电,会议开幕。\n",
        "2015-03-02 08:42    来源:中国新闻网     打印本页 关闭\n\n记者排队领取证件。\n",
        "Skip to Content\n\nThe article starts here.\n\nContinue Reading\n",
    ),
    pass_examples=(
        "他在首页上看到这条新闻,随即分享到朋友圈。\n",
        "The museum's new Photo Gallery opens on Monday.\n",
        "体育\n\n国家队昨日在主场以2比1获胜。\n",
        "Read more about the policy in our earlier report.\n",
    ),
    fixable=True,
)

SPAM_CONTACT = Rule(
    code="SL103",
    name="spam-contact",
    severity=Severity.WARNING,
    summary="Line solicits contact (QQ, WeChat, phone) like an advertisement",
    explanation=explain(
        "Reports a line that solicits contact the way an advertisement does: a contact number with a "
        "cue (`加QQ 123456`, `微信: abc123`, a mobile number, `联系电话`) together with advertising "
        "words (`咨询`, `代理`, `优惠`, `24小时`), or two messaging-app promotion phrases "
        "(`后台回复…`, `免费领取`). Lines reporting on fraud (`诈骗`, `警方`) and sentences that merely "
        "quote a number are left alone.",
        "Contact lures are advertising inserted into the text; kept in a corpus they spread phone "
        "numbers and scam contacts.",
        "`诚招代理,日结高佣,加微信 abc12345 详聊`",
        "`seedlint check --fix` deletes the line and the blank lines it leaves (safe).",
    ),
    fail_examples=(
        "正文第一段。\n\n诚招代理,日结高佣,加微信 abc12345 详聊\n\n正文第二段。\n",
        "办证刻章 24小时在线客服 电话:13812345678\n",
        "关注公众号,后台回复“资料”免费领取学习资料一份\n",
    ),
    pass_examples=(
        "诈骗分子冒充客服,通过QQ号12345678联系受害人,骗取钱财2万元。\n",
        "公司客服热线为400-800-1234,市民可拨打咨询。\n",
        "市民可关注公众号了解详情。\n",
    ),
    fixable=True,
)


# SL101 / SL103 -----------------------------------------------------------------------------------

_SEGMENT = re.compile(r"[^\s|,_/\-–—·•、:;《》【】\[\]()<>«»●◆★]+")
_BRAND_SHAPE = re.compile(rf"[{HAN}]{{2,5}}\d{{2,4}}|\d{{2,4}}[{HAN}]{{2,5}}")
_MAX_SPAM_LINE = 1200


@dataclass
class _Signals:
    score: int = 0
    reasons: list[str] = field(default_factory=list)
    brand: str = ""


@dataclass
class _LineScan:
    """Per-line facts of one spam scan: lexicon hits by category and contact numbers."""

    categories: dict[str, set[str]]
    hits: list[tuple[int, int, str]]
    contact: bool


# Chrome ------------------------------------------------------------------------------------------

_SEPARATORS = set(" \t|/\\>»›<«·•■□●◆◇▲▼►★☆-–—_:;,.、【】[]()「」『』<>↑↓→←…=+*#~\"'“”‘’")
_CLOSERS = set(")]】」』”\"'.。!?:;")
_BREADCRUMB = re.compile(
    r"^[\s■●▶>»]*(?:[^\s>»›|]{1,16}(?:\s[^\s>»›|]{1,16}){0,2}\s*[>»›]\s*){2,8}[^\s>»›|]{1,24}(?:\s[^\s>»›|]{1,16}){0,2}\s*$"
)
_BREADCRUMB_ANCHOR = re.compile(r"首页|主页|正文|频道|中心|栏目|新闻|Home|News", re.I)
_NAV_SPLIT = re.compile(r"\s*[|┃]\s*")
_LIST_MARKER = re.compile(r"^\s*(?:\d{1,3}[.)、]\s*|[-*•]\s+)?")
_MARKUP_LINE = re.compile(r"(?:<[A-Za-z/!][^<>\n]{0,300}>\s*)+")
_MARKUP_TAG = re.compile(r"<[A-Za-z/!]")
_MARKUP_CONTENT = re.compile(r"\b(?:src|href)\s*=", re.I)
_TITLE_LINE = re.compile(r"^\s*(.{4,150}?)\s+(?:\||-|_|–|—)\s+([^|_–—]{2,60}?)\s*$")
_CJK_SPACED = re.compile(rf"(?<=[{HAN}])\s(?=[{HAN}])")
_MAX_CHROME_LINE = 400


class SpamCheck:
    name = "spam"
    rules = (SPAM_HEADER, PAGE_CHROME, SPAM_CONTACT)
    options: dict[str, Any] = {
        "extend-brands": [],
        "extend-lexicon": [],
        "extend-lexicon-file": "",
        "extend-chrome": [],
        "extend-chrome-file": "",
        "min-score": 5,
    }

    def __init__(self, options: dict[str, Any]) -> None:
        self.min_score = int(options.get("min-score", 5))
        lexicon = read_toml("spam/lexicon.toml")
        self.categories: dict[str, set[str]] = {}
        for category in ("strong", "weak", "cta", "ad", "promo", "reporting"):
            for term in lexicon.get(category, ()):
                self.categories.setdefault(term.lower(), set()).add(category)
        brands = read_list("spam/brands.txt") + tuple(options.get("extend-brands", ()))
        for term in brands + user_terms(options, "extend-lexicon", "extend-lexicon-file"):
            self.categories.setdefault(term.lower(), set()).add("strong")
        self.lexicon = re.compile(lexicon_pattern(self.categories), re.I)
        self.contact = re.compile("|".join(f"(?:{p})" for p in lexicon["contact-patterns"]), re.I)

        chrome = read_toml("spam/chrome.toml")
        self.chrome_kind: dict[str, str] = {}
        for kind, key in (("weak", "weak"), ("strong", "phrases"), ("label", "labels")):
            for term in chrome.get(key, ()):
                self.chrome_kind[term.lower()] = kind
        for term in user_terms(options, "extend-chrome", "extend-chrome-file"):
            self.chrome_kind[term.lower()] = "strong"
        strong = "|".join(chrome.get("strong-patterns", ())) or "(?!)"
        weak = "|".join(chrome.get("weak-patterns", ())) or "(?!)"
        self.chrome = re.compile(
            f"(?P<strong>{strong})|(?P<lit>{lexicon_pattern(self.chrome_kind)})|(?P<weak>{weak})", re.I
        )
        self.script = re.compile("|".join(chrome.get("script-tokens", ())) or "(?!)")

    # Entry point ---------------------------------------------------------------------------------

    def check(self, doc: Document, enabled: frozenset[str]) -> Iterator[Finding]:
        view = text_view(doc)
        if not view.text.strip():
            return
        head, tail = zones(doc)
        spam_lines: dict[int, _Signals] = {}
        if SPAM_HEADER.code in enabled or SPAM_CONTACT.code in enabled:
            scans = self._scan(view)
            spam_lines = self._spam_lines(view, scans, head | tail)
            if SPAM_HEADER.code in enabled:
                for index in sorted(spam_lines):
                    yield self._spam_finding(doc, view, index, spam_lines[index])
            if SPAM_CONTACT.code in enabled:
                yield from self._contact(doc, view, scans, spam_lines)
        if PAGE_CHROME.code in enabled:
            yield from self._chrome(doc, view, head, tail, set(spam_lines))

    # SL101 ---------------------------------------------------------------------------------------

    def _scan(self, view: TextView) -> dict[int, _LineScan]:
        scans: dict[int, _LineScan] = {}
        base = view.line_starts
        for index, matches in line_hits(view, self.lexicon).items():
            scan = scans.setdefault(index, _LineScan({}, [], False))
            for m in matches:
                term = m.group().lower()
                for category in self.categories.get(term, ()):
                    scan.categories.setdefault(category, set()).add(term)
                scan.hits.append((m.start() - base[index], m.end() - base[index], term))
        for index in line_hits(view, self.contact):
            scans.setdefault(index, _LineScan({}, [], False)).contact = True
        return scans

    def _spam_lines(self, view: TextView, scans: dict[int, _LineScan], edges: frozenset[int]) -> dict[int, _Signals]:
        flagged: dict[int, _Signals] = {}
        # Lines without any hit can still repeat a bare brand (彩神88-彩神88): score those near the edges.
        candidates = set(scans) | set(edges)
        for index in sorted(candidates):
            line = view.lines[index]
            if not line.strip() or len(line) > _MAX_SPAM_LINE:
                continue
            scan = scans.get(index, _LineScan({}, [], False))
            signals = self._score(line, scan, index in edges)
            if signals is not None:
                flagged[index] = signals
        brands = {s.brand for s in flagged.values() if s.brand}
        if brands:
            pattern = re.compile(trie_pattern(sorted(brands)), re.I)
            for index, line in enumerate(view.lines):
                if index in flagged or len(line.strip()) > 60 or has_sentence(line):
                    continue
                m = pattern.search(line)
                if m:
                    flagged[index] = _Signals(self.min_score, [f"carries the spam brand `{m.group()}`"], "")
        return flagged

    def _score(self, line: str, scan: _LineScan, at_edge: bool) -> _Signals | None:
        cats = scan.categories
        strong, weak, cta = cats.get("strong", set()), cats.get("weak", set()), cats.get("cta", set())
        segments = [(m.start(), m.end()) for m in _SEGMENT.finditer(line)][:80]
        repeat, brand = self._repetition(line, segments, scan)
        shaped = bool(brand) and _BRAND_SHAPE.fullmatch(brand) is not None
        stuffed_segments = sum(1 for a, b in segments if any(a <= s < b and t in strong for s, _, t in scan.hits))
        stuffing = len(segments) >= 3 and stuffed_segments >= 2
        sentence = has_sentence(line)
        structure = (
            repeat >= 2 or len(cta) >= 2 or (scan.contact and bool(strong | weak)) or stuffing or len(strong) >= 3
        )
        if not structure or sentence:
            return None
        # A lexicon word repeated is a topic, not a brand: only names built around it propagate.
        named = repeat >= 2 and brand.lower() not in self.categories and (shaped or self._branded(brand))
        signals = _Signals(brand=brand if named else "")
        points = [
            (2 * len(strong), f"spam words {_quote(strong)}"),
            (len(weak), f"topic words {_quote(weak)}"),
            (min(len(cta), 3), f"call-to-action words {_quote(cta)}"),
            (2 if repeat >= 2 else 0, f"`{brand}` repeated {repeat} times"),
            (1 if shaped else 0, "brand-like name with digits"),
            (1 if scan.contact else 0, "a contact number"),
            (0 if sentence else 1, "no sentence punctuation"),
            (1 if at_edge else 0, "at the edge of the document"),
        ]
        signals.score = sum(p for p, _ in points)
        signals.reasons = [why for p, why in points if p and not why.startswith(("no sentence", "at the edge"))]
        return signals if signals.score >= self.min_score else None

    def _branded(self, brand: str) -> bool:
        return any(
            self.categories.get(m.group().lower(), set()) & {"strong", "weak"} for m in self.lexicon.finditer(brand)
        )

    def _repetition(self, line: str, segments: Sequence[tuple[int, int]], scan: _LineScan) -> tuple[int, str]:
        """How often the most repeated brand occurs: a whole segment repeated (X|X), the text before
        a call-to-action word repeated (X注册 X登录), or one spam term repeated."""
        names: Counter[str] = Counter()
        for a, b in segments:
            text = line[a:b]
            cut = min((s for s, _, t in scan.hits if a < s < b and "cta" in self.categories.get(t, ())), default=None)
            if cut is not None and cut - a >= 2:
                names[line[a:cut]] += 1
            elif len(text) >= 2 and not text.isdigit():
                names[text] += 1
        terms = Counter(t for _, _, t in scan.hits if "strong" in self.categories.get(t, ()))
        best = max(
            ((n, len(name), name) for name, n in (names + terms).items() if n >= 2),
            default=(1, 0, ""),
        )
        return best[0], best[2]

    def _spam_finding(self, doc: Document, view: TextView, index: int, signals: _Signals) -> Finding:
        start, end = doc_span(doc, view, index, *strip_span(view.lines[index], 0, len(view.lines[index])))
        why = "; ".join(signals.reasons) or "spam line"
        return doc.finding(
            SPAM_HEADER,
            start,
            end,
            f"Injected spam line ({why}, score {signals.score})",
            fix=line_fix(doc, index, index),
        )

    # SL103 ---------------------------------------------------------------------------------------

    def _contact(
        self, doc: Document, view: TextView, scans: dict[int, _LineScan], spam: dict[int, _Signals]
    ) -> Iterator[Finding]:
        for index in sorted(scans):
            scan = scans[index]
            line = view.lines[index]
            if index in spam or len(line) > _MAX_SPAM_LINE or scan.categories.get("reporting"):
                continue
            ad, promo = scan.categories.get("ad", set()), scan.categories.get("promo", set())
            if scan.contact and ad and "。" not in line:
                why = f"a contact number with advertising words {_quote(ad)}"
            elif len(promo) >= 2 and "。" not in line:
                why = f"promotion phrases {_quote(promo)}"
            else:
                continue
            start, end = doc_span(doc, view, index, *strip_span(line, 0, len(line)))
            yield doc.finding(
                SPAM_CONTACT, start, end, f"Line solicits contact: {why}", fix=line_fix(doc, index, index)
            )

    # SL102 ---------------------------------------------------------------------------------------

    def _chrome(
        self, doc: Document, view: TextView, head: frozenset[int], tail: frozenset[int], spam: set[int]
    ) -> Iterator[Finding]:
        lines = view.lines
        hits = line_hits(view, self.chrome)
        strong: dict[int, str] = {}
        weak: set[int] = set()
        separator_only: set[int] = set()
        edges: dict[int, list[tuple[int, int, str]]] = {}
        stripped = {line.strip() for line in lines if line.strip()}
        markup = [i for i, line in enumerate(lines) if self._markup(line)]
        markup_set = set(markup)
        for index, line in enumerate(lines):
            if not line.strip() or len(line) > _MAX_CHROME_LINE or index in spam:
                continue
            if index in markup_set:
                runs = (index - 1 in markup_set) or (index + 1 in markup_set)
                if runs or len(_MARKUP_TAG.findall(line)) >= 3:
                    strong[index] = "leftover HTML markup"
                continue
            if all(ch in _SEPARATORS for ch in line.strip()):
                separator_only.add(index)
                continue
            kind = self._classify(line, hits.get(index, []), view.line_starts[index])
            if kind == "weak":
                weak.add(index)
            elif kind:
                strong[index] = kind
            elif index in head and len({m.group() for m in self.script.finditer(line)}) >= 2:
                strong[index] = "leaked script"
            elif index in head and self._title_line(line, stripped):
                strong[index] = "page title with the site name"
            else:
                run = self._edge_run(line, hits.get(index, []), view.line_starts[index])
                if run:
                    edges[index] = run
        promoted = self._promote(lines, weak, separator_only, set(strong) | spam)
        runs = self._menu_runs(lines, weak - promoted, separator_only)
        for index in sorted(set(strong) | promoted | set(edges) | {r[0] for r in runs}):
            run = next((r for r in runs if r[0] == index), None)
            if run is not None:
                yield self._menu_finding(doc, view, run, hits)
            elif index in edges:
                for a, b, what in edges[index]:
                    yield self._edge_finding(doc, view, index, a, b, what)
            else:
                what = strong.get(index, "menu or share item beside other chrome")
                line = lines[index]
                start, end = doc_span(doc, view, index, *strip_span(line, 0, len(line)))
                yield doc.finding(
                    PAGE_CHROME,
                    start,
                    end,
                    f"Page chrome: {what} (`{_clip(line.strip())}`)",
                    fix=line_fix(doc, index, index),
                )

    def _classify(self, line: str, matches: list[re.Match[str]], base: int) -> str:
        """'weak', a description of strong chrome, or '' for a line that is not chrome as a whole."""
        spans = [(m.start() - base, m.end() - base, self._kind(m)) for m in matches]
        covered = [False] * len(line)
        for a, b, _ in spans:
            for i in range(a, b):
                covered[i] = True
        rest = "".join(ch for ch, c in zip(line, covered, strict=True) if not c)
        kinds = {k for _, _, k in spans}
        if spans and all(ch in _SEPARATORS or ch.isspace() for ch in rest):
            if kinds & {"strong", "label"}:
                return "widget or navigation line"
            return "weak"
        body = _LIST_MARKER.sub("", line, count=1)
        lead = len(line) - len(body.lstrip(" \t■●▶>»【[(")) if body else 0
        if spans and spans[0][2] == "label" and spans[0][0] <= lead and len(line.strip()) <= 150:
            return "breadcrumb or link label"
        if len(line) <= 160 and not has_sentence(line) and _BREADCRUMB.match(line) and _BREADCRUMB_ANCHOR.search(line):
            return "breadcrumb"
        if self._nav_bar(line):
            return "navigation bar"
        return ""

    def _kind(self, m: re.Match[str]) -> str:
        if m.group("lit") is not None:
            return self.chrome_kind.get(m.group().lower(), "weak")
        return "strong" if m.group("strong") is not None else "weak"

    def _nav_bar(self, line: str) -> bool:
        body = _LIST_MARKER.sub("", line, count=1).strip()
        if body.startswith("|") and body.endswith("|") or has_sentence(body):
            return False
        items = [_CJK_SPACED.sub("", s) for s in _NAV_SPLIT.split(body.strip("| "))]
        if len(items) < 5 or any(not s or len(s) > 24 or len(s.split()) > 4 for s in items):
            return False
        known = sum(1 for s in items if s.lower() in self.chrome_kind or s.split(":")[-1].lower() in self.chrome_kind)
        return known >= 2

    def _edge_run(self, line: str, matches: list[re.Match[str]], base: int) -> list[tuple[int, int, str]]:
        """Runs of chrome phrases at the end or start of a line, set apart from the prose."""
        spans = [(m.start() - base, m.end() - base, self._kind(m)) for m in matches]
        spans = [s for s in spans if s[2] != "label"]
        found = []
        end = len(line.rstrip())
        chain: list[tuple[int, int, str]] = []
        for a, b, kind in reversed(spans):
            gap = line[b:end] if not chain else line[b : chain[0][0]]
            if any(ch not in _SEPARATORS for ch in gap):
                break
            chain.insert(0, (a, b, kind))
        if chain and any(k == "strong" for *_, k in chain):
            before = line[: chain[0][0]].rstrip()
            spaced = len(before) < chain[0][0]
            if before and (before[-1] in _CLOSERS or (len(chain) >= 2 and spaced)):
                found.append((chain[0][0], chain[-1][1], "widget run at the end of the line"))
        chain = []
        start = len(line) - len(line.lstrip())
        for a, b, kind in spans:
            gap = line[start:a] if not chain else line[chain[-1][1] : a]
            if any(ch not in _SEPARATORS for ch in gap):
                break
            chain.append((a, b, kind))
        if len(chain) >= 2 and any(k == "strong" for *_, k in chain):
            after = line[chain[-1][1] :]
            if after.strip() and (after[:1].isspace() or after[:1] in _SEPARATORS):
                found.append((chain[0][0], chain[-1][1], "widget run at the start of the line"))
        return found

    def _markup(self, line: str) -> bool:
        body = _LIST_MARKER.sub("", line, count=1).strip()
        return bool(body) and _MARKUP_LINE.fullmatch(body) is not None and not _MARKUP_CONTENT.search(body)

    def _title_line(self, line: str, stripped: set[str]) -> bool:
        m = _TITLE_LINE.match(line)
        return bool(m) and m.group(1).strip() in stripped and not has_sentence(m.group(2))

    @staticmethod
    def _neighbours(lines: Sequence[str], index: int, step: int) -> int | None:
        """The nearest non-blank line in direction ``step`` with at most two blank lines between."""
        i = index + step
        for _ in range(3):
            if not 0 <= i < len(lines):
                return None
            if lines[i].strip():
                return i
            i += step
        return None

    def _promote(self, lines: Sequence[str], weak: set[int], separators: set[int], anchors: set[int]) -> set[int]:
        """Weak lines (and separator lines) next to chrome or spam become chrome themselves."""
        promoted: set[int] = set()
        candidates = sorted(weak | separators)
        changed = True
        while changed:
            changed = False
            for index in candidates:
                if index in promoted:
                    continue
                near = {self._neighbours(lines, index, -1), self._neighbours(lines, index, 1)}
                if near & (anchors | promoted) and (index in weak or near & promoted):
                    promoted.add(index)
                    changed = True
        return promoted

    def _menu_runs(self, lines: Sequence[str], weak: set[int], separators: set[int]) -> list[tuple[int, int]]:
        """Vertical menus: four or more weak lines in a row (blank and separator lines between)."""
        runs: list[tuple[int, int]] = []
        members = sorted(weak | separators)
        current: list[int] = []
        for index in members + [None]:
            if index is not None and current and self._neighbours(lines, current[-1], 1) == index:
                current.append(index)
                continue
            while current and current[-1] in separators:
                current.pop()
            if sum(1 for i in current if i in weak) >= 4:
                runs.append((current[0], current[-1]))
            current = [index] if index is not None and index in weak else []
        return runs

    def _menu_finding(
        self, doc: Document, view: TextView, run: tuple[int, int], hits: dict[int, list[re.Match[str]]]
    ) -> Finding:
        first, last = run
        line = view.lines[last]
        _, end = doc_span(doc, view, last, *strip_span(line, 0, len(line)))
        start = doc_span(doc, view, first, *strip_span(view.lines[first], 0, len(view.lines[first])))[0]
        fix = line_fix(doc, first, last)
        previous = self._neighbours(view.lines, first, -1)
        if previous is not None:
            before = view.lines[previous]
            tail = [m for m in hits.get(previous, []) if self._kind(m) == "weak"]
            if tail:
                a = tail[-1].start() - view.line_starts[previous]
                if (
                    before[tail[-1].end() - view.line_starts[previous] :].strip() == ""
                    and a > 0
                    and before[a - 1].isspace()
                ):
                    start = doc_span(doc, view, previous, a, a)[0]
                    gap = doc_span(doc, view, previous, len(before[:a].rstrip()), a)[0]
                    fix = Fix((Edit(gap, end, ""),))
        return doc.finding(
            PAGE_CHROME, start, end, f"Page chrome: menu spread over lines {first + 1}-{last + 1}", fix=fix
        )

    def _edge_finding(self, doc: Document, view: TextView, index: int, a: int, b: int, what: str) -> Finding:
        line = view.lines[index]
        start, end = doc_span(doc, view, index, a, b)
        if a > len(line) - len(line.lstrip()):
            cut = doc_span(doc, view, index, len(line[:a].rstrip()), len(line.rstrip()))
        else:
            nxt = b + len(line[b:]) - len(line[b:].lstrip(" \t|/>»·-–—_:"))
            cut = doc_span(doc, view, index, a, nxt)
        return doc.finding(
            PAGE_CHROME, start, end, f"Page chrome: {what} (`{_clip(line[a:b])}`)", fix=Fix((Edit(cut[0], cut[1], ""),))
        )


def _quote(terms: Iterable[str]) -> str:
    return ", ".join(sorted(terms))


def _clip(text: str, size: int = 60) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


CHECKS = (SpamCheck,)
