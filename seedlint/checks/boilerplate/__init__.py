"""SL2xx boilerplate: notices that platforms and sites append to articles, which no author wrote.

The three rules share one set of templates (``seedlint/data/boilerplate/templates.toml``): where two
templates match at one place, the earlier in the file wins, whichever rule it belongs to. Notices
no template matches are recognised by their family (``notice_families.toml``): the concepts every
notice of a kind states, whatever its wording.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from seedlint.checks.boilerplate import copyright_line, platform_disclaimer, reprint_notice
from seedlint.checks.boilerplate._common import Claims, Hit, Place, Templates, block_finding, blocks
from seedlint.checks.boilerplate._families import NoticeFamilies
from seedlint.document import Document
from seedlint.model import Finding
from seedlint.text.view import TextView, text_view

PLATFORM_DISCLAIMER = platform_disclaimer.RULE
REPRINT_NOTICE = reprint_notice.RULE
COPYRIGHT_LINE = copyright_line.RULE
_RULES = (platform_disclaimer, reprint_notice, copyright_line)


class BoilerplateCheck:
    name = "boilerplate"
    rules = (PLATFORM_DISCLAIMER, REPRINT_NOTICE, COPYRIGHT_LINE)
    options: dict[str, Any] = {
        "extend-platforms": [],
        "extend-notices": [],
        "extend-notices-file": "",
    }

    def __init__(self, options: dict[str, Any]) -> None:
        self.templates = Templates(options)
        self.families = NoticeFamilies()
        self.describe: dict[str, Callable[[TextView, int, int], str]] = {
            PLATFORM_DISCLAIMER.code: platform_disclaimer.describe(self.templates.platform),
            REPRINT_NOTICE.code: reprint_notice.describe,
            COPYRIGHT_LINE.code: copyright_line.describe,
        }

    def check(self, doc: Document, enabled: frozenset[str]) -> Iterator[Finding]:
        active = [rule for rule in _RULES if rule.RULE.code in enabled]
        if not active:
            return
        matches = self.templates.matches(doc)
        place = Place(doc, text_view(doc))
        hits: list[Hit] = []
        for rule in active:
            hits.extend(rule.detect(matches, place))
        # A notice a template already matched is not reported again for its family (family hits
        # lie on one line: only the template hits on that line can overlap them).
        by_line: dict[int, list[Hit]] = {}
        for h in hits:
            for line in range(h.first, h.last + 1):
                by_line.setdefault(line, []).append(h)
        for hit in self.families.hits(doc, place, {rule.RULE.name: rule.RULE for rule in active}):
            if not any(h.start < hit.end and hit.start < h.end for h in by_line.get(hit.first, ())):
                hits.append(hit)
        if not hits:
            return
        claims = Claims()
        for block in blocks(place.view, hits):
            yield block_finding(place, block, claims, self.describe[block.rule.code])


CHECKS = (BoilerplateCheck,)
