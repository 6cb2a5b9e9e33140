import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seedlint.text.chars import HAN, HAN_ALL, is_han, width_fold


@pytest.mark.parametrize("ch", ["中", "㐀", "鿿", "豈", "國"])
def test_han_ideographs(ch):
    assert is_han(ch)


@pytest.mark.parametrize("ch", ["a", "。", "，", "ア", "한", "〇", "\U00020000", "1"])
def test_not_han(ch):
    # 〇 and supplementary-plane ideographs count for script shares only (HAN_ALL).
    assert not is_han(ch)


def test_han_all_extends_han():
    assert re.fullmatch(f"[{HAN_ALL}]+", "〇中\U00020000")
    assert set(HAN) <= set(HAN_ALL)


def test_width_fold_folds_fullwidth_ascii_and_ideographic_space():
    assert width_fold("ＡＢ１２！\u3000；") == "AB12! ;"
    assert width_fold("中文。") == "中文。"


@given(st.text())
def test_width_fold_keeps_length(text):
    assert len(width_fold(text)) == len(text)


def test_unspaced_closes_the_letter_spacing_of_han_characters_only():
    from seedlint.text.chars import unspaced

    assert unspaced("记 者 王 博") == "记者王博"
    assert unspaced("通讯员 王 璨 邵超静") == "通讯员王璨邵超静"
    assert unspaced("记者 John Smith 报道") == "记者 John Smith 报道"
