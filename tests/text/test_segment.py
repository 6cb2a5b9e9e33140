"""Chinese word segmentation (jieba), loaded on first use."""

from __future__ import annotations

import pytest

from seedlint.text import segment
from seedlint.text.segment import words
from tests.helpers import run_python


def test_words_carry_offsets_and_tags():
    text = "中国中国的经济增长很快"
    found = words(text)
    assert "".join(w.word for w in found) == text
    assert all(text[w.start : w.end] == w.word for w in found)
    assert [(w.word, w.tag) for w in found[:2]] == [("中国", "ns"), ("中国", "ns")]


def test_verbs_and_nouns_are_told_apart():
    tags = {w.word: w.tag for w in words("我们要研究研究这个问题")}
    assert tags["研究"].startswith("v")


SAMPLES = [
    "新华社北京3月14日电 国务院常务会议研究部署了今年的重点工作，会议由国务院总理主持召开。",
    "警方报报请检检察官起诉，消费者报报道了此事。",
    "中國國務院總理表示，將繼續推進改革開放。",
    "亚马逊云科技(AWS)的一位高管称，和Anthropic的合作帮助云部门保持了19%的收入增长率。",
    "Tim Cook表示，iPhone 15的销量超过预期，a+b=c & d#e 3.14",
    "他想耍耍威风，考考他，一步步走来，天天向上，人人有责，绿油油的麦田。",
    "近百名名记者在竞争中中标，就直直落下。\r\n第二行\t制表符",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_the_cut_is_jiebas_without_its_hidden_markov_model(text):
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    expected = [(p.word, p.flag) for p in jieba.posseg.POSTokenizer(jieba.dt).cut(text, HMM=False)]
    assert [(w.word, w.tag) for w in words(text)] == expected


def test_the_lexicon_keeps_the_last_entry_of_a_word_listed_twice():
    from array import array

    lexicon = segment.Lexicon(["b", "a", "b"], array("I", [1, 2, 5]), bytes([0, 1, 1]), ("n", "v"))
    assert (len(lexicon), lexicon.total) == (2, 8)
    assert (lexicon.freq("b"), lexicon.tag("b"), lexicon.tag("a"), lexicon.tag("c")) == (5, "v", "v", "x")
    assert lexicon.is_prefix("b") and not lexicon.is_prefix("c")


def test_jieba_is_not_imported_to_segment():
    code = "import sys; from seedlint.text.segment import words; words('中国经济增长'); print('jieba' in sys.modules)"
    assert run_python(code).strip() == "False"


def test_a_word_looked_up_before_the_lexicon_is_built_gets_the_lexicons_answer():
    import random

    listed = segment.dictionary_path().read_text(encoding="utf-8").split()[0::3]
    pick = random.Random(0).sample(listed, 2000)
    # Listed words, their prefixes and extensions (mostly unlisted), and strings no line can hold.
    sample = pick[:1000] + [w[:-1] for w in pick[1000:1500]] + [w + "的" for w in pick[1500:]]
    sample += ["", "中 国", "中国\n", "\n", "赛博", "梅利尼克"]
    lexicon = segment.lexicon()
    assert [w for w in sample if (segment._listed_frequency(w) > 0) != (lexicon.freq(w) > 0)] == []


def test_a_few_lookups_do_not_build_the_lexicon():
    code = (
        "from seedlint.text import segment; "
        "print(segment.in_dictionary('中国'), segment.in_dictionary('赛博'), segment.lexicon.cache_info().currsize)"
    )
    assert run_python(code).split() == ["True", "False", "0"]
