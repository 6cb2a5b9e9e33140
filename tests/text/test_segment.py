"""Chinese word segmentation (jieba), loaded on first use."""

from __future__ import annotations

from seedlint.text import segment
from seedlint.text.segment import words


def test_words_carry_offsets_and_tags():
    text = "中国中国的经济增长很快"
    found = words(text)
    assert "".join(w.word for w in found) == text
    assert all(text[w.start : w.end] == w.word for w in found)
    assert [(w.word, w.tag) for w in found[:2]] == [("中国", "ns"), ("中国", "ns")]


def test_verbs_and_nouns_are_told_apart():
    tags = {w.word: w.tag for w in words("我们要研究研究这个问题")}
    assert tags["研究"].startswith("v")


def test_the_cache_lives_in_seedlints_cache_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert segment.cache_folder() == tmp_path / "seedlint"
