"""SL105 injected-pinyin."""

from __future__ import annotations

from seedlint.config import Settings
from seedlint.document import Document
from seedlint.engine import lint_text
from seedlint.fixes import apply_fixes
from seedlint.model import Applicability


def test_pinyin_injected_after_characters_is_reported_with_an_unsafe_fix():
    text = "国(guo)(guo)务(wu)院总理(li)李(li)强(qiang)主持召开国务院常务会议。\n"
    (finding,) = lint_text(text, settings=Settings(select=("SL105",)))
    assert "Pinyin injected" in finding.message and finding.fix.applicability == Applicability.UNSAFE
    assert apply_fixes(Document(text), [finding]).text == text
    assert apply_fixes(Document(text), [finding], unsafe=True).text == "国务院总理李强主持召开国务院常务会议。\n"


def test_a_few_readings_in_a_lesson_are_no_injected_pinyin():
    text = (
        "课文中的生字要会读会写：第一个字是权(quán)，表示权力；第二个字是利(lì)，表示利益；"
        "第三个字是义(yì)，表示道义。老师请同学们在课后把这三个字各写十遍，并用它们各组两个词语。\n"
    )
    assert lint_text(text, settings=Settings(select=("SL105",))) == []


def test_off_by_default():
    assert lint_text("国(guo)(guo)务(wu)院总理(li)李(li)强(qiang)主持召开国务院常务会议。\n") == []
