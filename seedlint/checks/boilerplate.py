"""SL2xx boilerplate: notices that platforms and sites append to articles, which no author wrote."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from seedlint.data import read_list, read_toml, user_terms
from seedlint.document import Document
from seedlint.model import Edit, Finding, Fix, Rule, Severity, explain
from seedlint.text.patterns import trie_pattern
from seedlint.text.view import text_view
from seedlint.text.zones import zones

_NOTICE = "特别声明:以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布,本平台仅提供信息存储服务。"
_NOTICE_EN = (
    "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of "
    "NetEase Hao, which is a social media platform and only provides information storage services."
)

PLATFORM_DISCLAIMER = Rule(
    code="SL201",
    name="platform-disclaimer",
    severity=Severity.WARNING,
    summary="Self-media platform disclaimer left in the text",
    explanation=explain(
        "Reports the notices self-media platforms print under user posts — 网易号 (`特别声明:以上内容…"
        "为自媒体平台“网易号”用户上传并发布…`) and its English twin (`Notice: The content above…`), "
        "搜狐号, 百家号, 头条号, 企鹅号/腾讯新闻, 一点号, 大鱼号, 澎湃号, 新浪看点, 雪球, 东方财富, and the "
        "知乎/简书 copy suffix. Templates take the platform name as a variable "
        "(`seedlint/data/boilerplate/templates.toml`, `platforms.txt`). A notice over two adjacent "
        "lines (Chinese and English) is one finding.",
        "The notice belongs to the platform page, not to the article: it repeats verbatim across "
        "thousands of documents and tells a model nothing about the story.",
        f"`{_NOTICE}`",
        "`seedlint check --fix` deletes the notice and the blank lines it leaves (safe). Add platforms "
        "with `[tool.seedlint.boilerplate] extend-platforms = [...]`.",
    ),
    fail_examples=(
        f"正文最后一段。\n{_NOTICE}\n{_NOTICE_EN}\n",
        "正文。\n声明:该文观点仅代表作者本人,搜狐号系信息发布平台,搜狐仅提供信息存储空间服务。\n",
        "正文。\n本文为澎湃号作者或机构在澎湃新闻上传并发布,仅代表该作者或机构观点,不代表澎湃新闻的观点或立场,"
        "澎湃新闻仅提供信息发布平台。\n",
    ),
    pass_examples=(
        "网易号是网易推出的自媒体平台,用户可以在上面发布文章。\n",
        "来源:The Information\n",
    ),
    fixable=True,
)

REPRINT_NOTICE = Rule(
    code="SL202",
    name="reprint-notice",
    severity=Severity.WARNING,
    summary="Reprint, takedown or disclaimer notice left in the text",
    explanation=explain(
        "Reports repost and disclaimer boilerplate: `本文来源于网络,如有侵权请联系删除`, `版权归原作者所有`, "
        "`转载请注明出处`, `未经授权禁止转载`, a line opened by `免责声明:` or `版权声明:`, `文章仅代表作者观点`, "
        "`投资有风险,入市需谨慎`, and the English syndication notices (`This material may not be published, "
        "broadcast, rewritten or redistributed`). Phrases that also occur in reporting are reported only "
        "on short lines, at a line start, or in the head or tail of the document.",
        "These notices are site furniture copied with the article; they repeat across documents and "
        "mislead about who wrote or owns the text.",
        "`本文来源于网络,如有侵权请联系删除。` under a reposted article.",
        "`seedlint check --fix` deletes the notice and the blank lines it leaves (safe). Add phrases with "
        "`[tool.seedlint.boilerplate] extend-notices = [...]` or `extend-notices-file`.",
    ),
    fail_examples=(
        "正文。\n本文来源于网络,如有侵权请联系删除。\n",
        "正文。\n版权声明:凡注有“cnsphoto”字样的图片版权均属中国新闻网,未经书面授权,不得转载使用。\n",
        "正文。\n投资有风险,入市需谨慎。\n",
    ),
    pass_examples=(
        "法院认定被告未经授权转载原告文章,判赔5万元,此案引发业界对网络转载乱象的讨论。\n",
        "该文作者认为,市场将在明年回暖。\n",
    ),
    fixable=True,
)

COPYRIGHT_LINE = Rule(
    code="SL203",
    name="copyright-line",
    severity=Severity.INFO,
    summary="Copyright or licence-number footer left in the text",
    explanation=explain(
        "Reports copyright footers: `All rights reserved`, `Copyright © 2023 Holder`, `© 2023 Holder`, "
        "`版权所有` (not `版权所有人`), and Chinese ICP and public-security filing numbers (`京ICP备12345678号`).",
        "Footers come from the site template, not the article; they repeat across every page of a site "
        "and carry no content.",
        "`Copyright © 2023 Example News. All rights reserved.` at the end of an article.",
        "`seedlint check --fix` deletes the line and the blank lines it leaves (safe).",
    ),
    fail_examples=(
        "The article ends here.\n\nCopyright © 2023 Example News. All rights reserved.\n",
        "正文。\n版权所有 © 2008-2024 某某网 京ICP备12345678号\n",
    ),
    pass_examples=(
        "The court ruled on the copyright of the photograph in 2019.\n",
        "法院判定该照片的版权所有人为摄影师本人。\n",
    ),
    fixable=True,
)

_RULES = {r.name: r for r in (PLATFORM_DISCLAIMER, REPRINT_NOTICE, COPYRIGHT_LINE)}
_GAP, _LONG_GAP = r"[^\n]{0,40}?", r"[^\n]{0,120}?"
_QUOTE = "[“”\"「」『』'‘’]?"
# A notice label that opens the line the notice sits on (声明:, 免责声明:) belongs to the notice.
_LABEL = re.compile(r"^[ \t\u3000【\[(■●]*(?:特别|免责|版权|郑重|重要|平台|转载)?声明[】\])]?\s*[::]")
_SHORT_LINE = 100


@dataclass
class _Hit:
    rule: Rule
    start: int  # view offsets
    end: int
    first: int  # 0-based lines
    last: int


class BoilerplateCheck:
    name = "boilerplate"
    rules = (PLATFORM_DISCLAIMER, REPRINT_NOTICE, COPYRIGHT_LINE)
    options: dict[str, Any] = {
        "extend-platforms": [],
        "extend-notices": [],
        "extend-notices-file": "",
    }

    def __init__(self, options: dict[str, Any]) -> None:
        platforms = read_list("boilerplate/platforms.txt") + tuple(options.get("extend-platforms", ()))
        self.platform = re.compile(trie_pattern(sorted({p.lower() for p in platforms})), re.I)
        places = {
            "{p}": f"(?:{trie_pattern(sorted({p.lower() for p in platforms}))})",
            "{g}": _GAP,
            "{G}": _LONG_GAP,
            "{c}": r"\s*[::]\s*",
            "{q}": _QUOTE,
            "{s}": r"\s*",
        }
        parts = []
        self.meaning: dict[str, tuple[Rule, bool]] = {}
        for number, template in enumerate(read_toml("boilerplate/templates.toml")["template"]):
            pattern = template["pattern"]
            for key, value in places.items():
                pattern = pattern.replace(key, value)
            parts.append(f"(?P<t{number}>{pattern})")
            self.meaning[f"t{number}"] = (_RULES[template["rule"]], template.get("strength") == "weak")
        notices = user_terms(options, "extend-notices", "extend-notices-file")
        if notices:
            parts.append(f"(?P<user>{trie_pattern(sorted({n.lower() for n in notices}))})")
            self.meaning["user"] = (REPRINT_NOTICE, False)
        self.pattern = re.compile("|".join(parts), re.I | re.M)

    def check(self, doc: Document, enabled: frozenset[str]) -> Iterator[Finding]:
        view = text_view(doc)
        head, tail = zones(doc)
        hits: list[_Hit] = []
        for m in self.pattern.finditer(view.text):
            rule, weak = self.meaning[m.lastgroup or ""]
            if rule.code not in enabled:
                continue
            first, last = view.line_index(m.start()), view.line_index(max(m.start(), m.end() - 1))
            if weak and not self._weak_ok(view, first, m.start(), head | tail):
                continue
            hits.append(_Hit(rule, m.start(), m.end(), first, last))
        claimed: list[tuple[int, int]] = []
        for block in self._blocks(view, hits):
            yield self._finding(doc, view, block, claimed)

    @staticmethod
    def _weak_ok(view: Any, line: int, start: int, edges: frozenset[int]) -> bool:
        text = view.lines[line]
        at_start = not view.text[view.line_starts[line] : start].strip()
        return line in edges or at_start or len(text.strip()) <= _SHORT_LINE

    @staticmethod
    def _blocks(view: Any, hits: list[_Hit]) -> list[_Hit]:
        """Hits of one rule on the same or adjacent lines (blank lines between allowed) form one block."""
        blocks: list[_Hit] = []
        for hit in sorted(hits, key=lambda h: (h.start, h.rule.code)):
            prev = next((b for b in reversed(blocks) if b.rule is hit.rule), None)
            between = range(prev.last + 1, hit.first) if prev else range(0)
            if prev and hit.first <= prev.last + 1 + len(between) and all(not view.lines[i].strip() for i in between):
                if prev is blocks[-1] or blocks[-1].last < hit.first:
                    prev.end, prev.last = max(prev.end, hit.end), max(prev.last, hit.last)
                    continue
            blocks.append(_Hit(hit.rule, hit.start, hit.end, hit.first, hit.last))
        return blocks

    def _finding(self, doc: Document, view: Any, block: _Hit, claimed: list[tuple[int, int]]) -> Finding:
        line_start = view.line_starts[block.first]
        start = block.start
        prefix = view.text[line_start:start]
        if prefix.strip() and _LABEL.match(prefix) and len(prefix) <= 160:
            start = line_start + len(prefix) - len(prefix.lstrip())
        last_line = view.lines[block.last]
        last_end = view.line_starts[block.last] + len(last_line)
        whole = not view.text[line_start:start].strip() and not view.text[block.end : last_end].strip()
        doc_start, doc_end = view.to_doc(start), view.to_doc_end(block.end)
        if whole:
            fix = doc.delete_lines_fix(block.first + 1, block.last + 1)
        else:
            cut = doc_start
            while cut > doc.line_starts[block.first] and doc.text[cut - 1] in " \t\u3000":
                cut -= 1
            fix = Fix((Edit(cut, doc_end, ""),))
        span = (min(e.start for e in fix.edits), max(e.end for e in fix.edits))
        if any(a < span[1] and span[0] < b for a, b in claimed):
            fix = None
        else:
            claimed.append(span)
        text = doc.text[doc_start:doc_end]
        platform = self.platform.search(view.text[start : block.end]) if block.rule is PLATFORM_DISCLAIMER else None
        what = {
            "SL201": "Platform disclaimer" + (f" of {platform.group()}" if platform else ""),
            "SL202": "Reprint or disclaimer notice",
            "SL203": "Copyright line",
        }[block.rule.code]
        lines = f" (lines {block.first + 1}-{block.last + 1})" if block.last > block.first else ""
        clip = " ".join(text.split())
        clip = clip if len(clip) <= 60 else clip[:59] + "…"
        return doc.finding(block.rule, doc_start, doc_end, f"{what}{lines}: `{clip}`", fix=fix)


CHECKS = (BoilerplateCheck,)
