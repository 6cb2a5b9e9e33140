"""SL301 source-missing: a document with figures that names no source anywhere."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from seedlint.document import Document
from seedlint.model import Finding, Rule, Severity, explain
from seedlint.text.fold import simplified
from seedlint.text.sentences import CLOSERS, STOPS, split_spans
from seedlint.text.zones import edge_lines

if TYPE_CHECKING:
    from seedlint.checks.provenance._analysis import Analysis


RULE = Rule(
    code="SL301",
    name="source-missing",
    severity=Severity.WARNING,
    summary="Document names no source at all",
    explanation=explain(
        "Reports a document that names no source anywhere: no source line (`来源:`, `Source:`, `本文转自`), "
        "no wire dateline (`新华社北京3月14日电`, `BEIJING, Dec. 30 (Reuters) -`, `(莎阿南12日讯)`), no "
        "press-release dateline (`CHICAGO, IL (November 9, 2023) – NewsNation, …, today announced`, "
        "`/PRNewswire/`, `--(BUSINESS WIRE)--`), no photo credit naming an outlet (`Wang Chao / China "
        "Daily`), no publisher named in the head (a body's name alone under the title, `中华人民共和国国家"
        "统计局`; an outlet's name alone or as the site's title, `香港政府新闻网 - 新闻速递`; a byline "
        "naming the outlet's reporter or translator, `钜亨网编译陈又嘉`; a date line ending in an outlet, "
        "`Updated: October 20, 2022 09:33 CGTN`), no byline (`By NAME`, a photographer's `NAME 摄` "
        "closing a photo story, "
        "`作者:NAME`, `(记者 NAME)`) and no named attribution in the text (`据路透社报道`, `according to "
        "Reuters`, `<outlet>11月8日消息`). A dispatch dateline that names only a place (`广州8月11日电`: a "
        "repost cut the agency off) credits no one. Outlets are recognised from a list and by form: a quoted or "
        "capitalised name, or a Chinese name ending in 社, 网, 日报 and the like. A news report in a "
        "newsroom's voice (an unnamed reporter at work: `记者了解到`, `记者尝试`) is reported when no outlet is "
        "named, even if it quotes named people or bodies: they are the reporter's sources, not the text's. "
        "The finding spans the head from line 1 to the article's first line of prose (menus, breadcrumbs, "
        "a headline and a date line above it are where a source line would stand). "
        "Only documents that state a figure (an amount, a percentage) are reported, since those are "
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
        "杭州9月2日电 (李明 王芳)当地一座可容纳2万名观众的体育馆2日启用，首场比赛吸引了1.6万名观众到场。\n",
    ),
    pass_examples=(
        "新华社北京3月14日电 国务院常务会议研究部署了今年的重点工作，会议由国务院总理主持召开。\n",
        "中新社杭州9月2日电 (李明 王芳)当地一座可容纳2万名观众的体育馆2日启用，首场比赛吸引了1.6万名观众到场。\n",
        "The company plans to invest 3 billion dollars in new chip plants over the next five years, "
        "according to Reuters.\n",
        "全球智能手表市场规模在2024年有望达到480亿美元，年复合增长率约为12%。\n来源:新华社\n",
    ),
)


def source_missing(doc: Document, analysis: Analysis) -> Iterator[Finding]:
    """One finding on line 1 when nothing names a source and the document states a figure."""
    vocab = analysis.vocab
    folded = simplified(doc)
    if not vocab.enough_letters.match(folded, 0, 20000):
        return
    if not vocab.figure.search(folded):
        return  # no figure to check: an essay, review or tutorial rather than a report
    if analysis.agencies[0] or any(f.kind == "source" for f, _ in analysis.fields):
        return  # a source statement that says nothing is SL302's
    message = (
        "No source named anywhere: no source line, dateline, byline or named attribution "
        "(据<outlet>报道, according to <outlet>)"
    )
    if analysis.source_named:
        # A news report in a newsroom's voice (记者了解到) names its source only by naming the outlet:
        # the bodies it quotes are the newsroom's sources, not the text's.
        if analysis.outlet_credited or not analysis.newsroom_voice:
            return
        message = (
            "A news report (an unnamed reporter: 记者了解到, 记者发现) that names no outlet: no source line, "
            "dateline, byline or outlet credit; the people and bodies it quotes are the reporter's sources"
        )
    # Only finished sentences speak in the first person: `How we write summaries →`, `My account`
    # are a page's links, not its writer's voice.
    stopped = "\n".join(
        sentence for a, b in split_spans(folded) if (sentence := folded[a:b]).rstrip(CLOSERS)[-1:] in STOPS + "."
    )
    if vocab.first_person.search(vocab.quoted.sub("", stopped)):
        return  # the writer speaks as themself and is the source
    if analysis.cut_datelines and not analysis.source_named:
        start, end = analysis.cut_datelines[0]
        message = (
            f"A dispatch dateline with no agency (`{doc.text[start:end]}`): the wire's name was cut off, "
            "and no source line, byline or named attribution names the source"
        )
    yield doc.finding(RULE, 0, _opening_end(doc, analysis), message, matched="")


def _opening_end(doc: Document, analysis: Analysis) -> int:
    """The end of the article's first line of prose, so the finding spans the head where a source
    line, dateline or byline would stand: site chrome above it (menus, breadcrumbs, a headline, a
    date line) is part of that head. 0 when line 1 is already prose or no head line is."""
    vocab = analysis.vocab
    head, _ = edge_lines(doc, vocab.head_lines)
    for i in head:
        line = doc.lines[i]
        if vocab.prose_line.search(line) and vocab.enough_prose.match(line):
            return 0 if i == 0 else doc.line_starts[i] + len(line)
    return 0
