"""The templates: the anchors every match contains, the lines a match can span, and matching on the
lines around the anchors giving what one scan of the whole text gives."""

from __future__ import annotations

import random
import re

import pytest

from seedlint.checks.boilerplate import BoilerplateCheck
from seedlint.checks.boilerplate._anchors import TemplateShapeError, anchors, line_crossings
from seedlint.checks.boilerplate._common import Templates
from seedlint.data import read_toml
from seedlint.document import Document
from seedlint.text.view import text_view
from tests.checks.boilerplate._shared import FIXTURES, NOTICE, NOTICE_EN, RULES

OPTIONS = {**BoilerplateCheck.options, "extend-platforms": ["蓝鲸号"], "extend-notices": ["House Notice"]}


@pytest.fixture(scope="module")
def templates() -> Templates:
    return Templates(OPTIONS)


def whole_text(templates: Templates, text: str) -> list[tuple[str, int, int]]:
    """The matches of one alternation of all templates run over the whole text."""
    folded = text_view(Document.from_bytes(text.encode("utf-8"), "-")).text
    everything = tuple(range(len(templates.templates)))
    return [(m.template.group, m.start, m.end) for m in templates._run(everything, folded, 0, len(folded))]


def local(templates: Templates, text: str) -> list[tuple[str, int, int]]:
    doc = Document.from_bytes(text.encode("utf-8"), "-")
    return [(m.template.group, m.start, m.end) for m in templates.matches(doc)]


def test_every_template_has_anchors_and_bounded_lines(templates):
    for template in templates.templates:
        assert template.rule in RULES
        assert template.anchors and all(a.strip() and "\n" not in a for a in template.anchors)
        assert 0 <= template.crossings <= 10


def test_anchors_are_the_telling_part():
    assert anchors("(?:Notice\\s*:\\s*)?The content above[^\\n]{0,120}?is uploaded") == {"the content above"}
    assert anchors("本(?:文|内容)(?:来自|由)[^\\n]{0,40}?不代表") == {"本文来自", "本文由", "本内容来自", "本内容由"}
    assert anchors("版权所有(?![人者权])") == {"版权所有"}
    # An explicit set must still be one a match needs.
    assert anchors("(?:©|Copyright)\\s*(?:19|20)\\d\\d", ("©", "copyright")) == {"©", "copyright"}
    with pytest.raises(TemplateShapeError):
        anchors("(?:©|Copyright)\\s*(?:19|20)\\d\\d", ("©",))
    with pytest.raises(TemplateShapeError):
        anchors("\\d{4}[^\\n]{0,9}")


def test_line_crossings():
    assert line_crossings("版权所有[^\\n]{0,40}") == 0
    assert line_crossings("声明\\s*:\\s*以上内容") == 2
    assert line_crossings("(?:a\\s){3}") == 3
    with pytest.raises(TemplateShapeError):
        line_crossings("a[^x]{0,9}b")  # a class that takes line breaks along with text
    with pytest.raises(TemplateShapeError):
        line_crossings("(?:a\\s)*b")


def test_explicit_anchors_are_documented():
    for entry in read_toml("boilerplate/templates.toml")["template"]:
        if "anchors" in entry:
            assert entry["anchors"] and all(isinstance(a, str) and a for a in entry["anchors"])


def _pieces() -> list[str]:
    lines = [NOTICE, NOTICE_EN]
    for path in sorted(FIXTURES.glob("*.txt")):
        lines += [line for line in path.read_text("utf-8").splitlines() if line and not line.startswith(("#", "===="))]
    return lines


SEPARATORS = ["\n", "\n\n", " ", "\n \n", "\r\n", "\r", "\t", "", "\n\n\n", "  \n  ", ":", "©", "2023", "ı"]


def test_local_matching_equals_a_whole_text_scan(templates):
    # Spliced fixture lines, cut at random and joined by line breaks, blank lines and colons, so
    # that matches start, end and cross lines everywhere.
    pieces = _pieces()
    rng = random.Random(7)
    for _ in range(1500):
        parts = []
        for _ in range(rng.randint(1, 8)):
            piece = rng.choice(pieces)
            if rng.random() < 0.5:
                a = rng.randrange(len(piece))
                piece = piece[a : rng.randrange(a, len(piece) + 1)]
            parts.append(piece if rng.random() < 0.8 else piece.upper())
            parts.append(rng.choice(SEPARATORS))
        text = "".join(parts)
        if rng.random() < 0.3:
            text = re.sub(r"(?<=[:号备P©])", lambda _: rng.choice(["", "\n", "\n\n \n"]), text)
        assert local(templates, text) == whole_text(templates, text), text
