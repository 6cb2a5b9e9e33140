from hypothesis import given
from hypothesis import strategies as st

from seedlint.text.fold import simplify, simplify_table, writing_system_chars


def test_simplifies_common_traditional_characters():
    assert simplify("這個國家們並佈儲協") == "这个国家们并布储协"


def test_simplified_text_is_unchanged():
    text = "科技巨头纷纷向人工智能初创公司投资。"
    assert simplify(text) == text


def test_table_is_one_code_point_for_one():
    table = simplify_table()
    assert len(table) > 3000
    assert all(0 <= k < 0x110000 and 0 <= v < 0x110000 for k, v in table.items())


@given(st.text())
def test_simplify_keeps_length(text):
    assert len(simplify(text)) == len(text)


def test_shared_pairs_are_no_evidence_of_a_writing_system():
    traditional, simplified = writing_system_chars()
    assert "這" in traditional and "这" in simplified
    # 台 and 后 are ordinary Traditional characters too, so they count for neither system.
    assert not {"台", "后"} & simplified
    assert not {"臺", "後"} & traditional
