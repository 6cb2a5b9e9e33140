from seedlint.document import Document
from seedlint.text.scan import Hit, PhraseSet, lower_view


def test_hits_every_occurrence_in_view_offsets():
    terms = PhraseSet("test.terms", ["娱乐", "娱乐城", "QQ"])
    doc = Document("大摩娱乐城 加qq 娱乐\n")
    assert terms.hits(doc) == [Hit(2, 5, "娱乐城"), Hit(2, 4, "娱乐"), Hit(7, 9, "qq"), Hit(10, 12, "娱乐")]


def test_traditional_and_full_width_text_is_matched_by_simplified_ascii_terms():
    terms = PhraseSet("test.folded", ["彩票", "qq"])
    doc = Document("寶利彩票 ＱＱ\n")
    assert [h.term for h in terms.hits(doc)] == ["彩票", "qq"]


def test_sets_sharing_a_term_each_get_the_hit():
    a, b = PhraseSet("test.a", ["注册"]), PhraseSet("test.b", ["注册", "登录"])
    doc = Document("注册 登录")
    assert [h.term for h in a.hits(doc)] == ["注册"]
    assert [h.term for h in b.hits(doc)] == ["注册", "登录"]


def test_a_set_rebuilt_with_other_terms_takes_over_its_name():
    PhraseSet("test.rebuilt", ["甲"])
    rebuilt = PhraseSet("test.rebuilt", ["乙"])
    assert [h.term for h in rebuilt.hits(Document("甲乙"))] == ["乙"]


def test_lowercasing_keeps_offsets():
    text = "İstanbul ΣΑΣ ẞ Straße"
    assert len(lower_view(Document(text))) == len(text)


def test_no_terms_no_hits():
    assert PhraseSet("test.empty", []).hits(Document("anything")) == []
