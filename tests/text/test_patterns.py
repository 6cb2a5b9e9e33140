import re

from hypothesis import given
from hypothesis import strategies as st

from seedlint.text.patterns import lexicon_pattern, trie_pattern


def test_trie_prefers_the_longest_term():
    pattern = re.compile(trie_pattern(["娱乐", "娱乐城", "娱"]))
    assert pattern.search("大摩娱乐城注册").group() == "娱乐城"


def test_trie_backtracks_to_a_shorter_term_when_the_rest_needs_it():
    pattern = re.compile(f"(?:{trie_pattern(['ab', 'abc'])})c")
    assert pattern.fullmatch("abc")


def test_terms_are_literals():
    pattern = re.compile(trie_pattern(["a.b", "(x)"]))
    assert pattern.search("a.b") and not pattern.search("axb")
    assert pattern.search("(x)")


def test_empty_list_matches_nothing():
    assert re.compile(trie_pattern([])).search("anything") is None


def test_ignore_case_applies_to_chosen_terms_only():
    pattern = re.compile(trie_pattern(["US dollar", "USD"], ignore_case=lambda t: t.islower() or " " in t))
    assert pattern.search("us dollar")
    assert pattern.search("USD") and not pattern.search("usd")


def test_lexicon_terms_starting_with_a_letter_match_whole_words():
    pattern = re.compile(lexicon_pattern(["casino", "彩票"]), re.I)
    assert pattern.search("Best Casino bonus")
    assert not pattern.search("casinos")
    assert pattern.search("宝利彩票注册")


@given(st.lists(st.text(min_size=1, max_size=5), min_size=1, max_size=20), st.data())
def test_trie_matches_exactly_the_terms(terms, data):
    pattern = re.compile(trie_pattern(terms))
    term = data.draw(st.sampled_from(terms))
    assert pattern.fullmatch(term)
    longest = max((t for t in terms if term.startswith(t)), key=len)
    assert pattern.match(term).group() == longest


def test_lazy_pattern_compiles_on_first_use_and_behaves_as_compiled():
    import copy
    import pickle

    from seedlint.text.patterns import lazy_compile

    lazy = lazy_compile(r"(来源)[:：]", re.I)
    assert lazy.search("本文来源:新华社").group(1) == "来源"
    assert [m.start() for m in lazy.finditer("来源:来源:")] == [0, 3]
    assert lazy.sub("", "来源:x") == "x" and lazy.pattern == r"(来源)[:：]"
    # Copying or pickling a pattern not yet used must not recurse.
    fresh = lazy_compile("a+")
    assert copy.copy(fresh).fullmatch("aaa")
    assert pickle.loads(pickle.dumps(fresh)).fullmatch("aa")
