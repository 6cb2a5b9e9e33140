"""SL104 corpus-repeated-line: lines that many documents of one run share, counted in a first pass."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from seedlint.checks.spam.corpus_repeated_line import _BUCKET, LineCounter, line_key
from seedlint.config import ConfigError, Settings, load_settings
from seedlint.engine import FixMode, run

FOOTER = "科技日报客户端 让阅读更有价值"
ON = Settings(extend_select=("SL104",))


def article(i: int, footer: str = FOOTER, extra: str = "") -> str:
    return (
        f"来源:新华社\n\n2024年3月{i + 1}日,新华社北京电 国务院新闻办公室今天举行发布会,介绍了今年以来"
        f"第{i + 1}季度经济运行的情况,并回答了记者的提问。会议指出,要继续推进改革开放。\n\n{extra}{footer}\n"
    )


def folder(tmp_path: Path, texts: list[str]) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for i, text in enumerate(texts):
        (root / f"{i:02d}.txt").write_text(text, "utf-8")
    return root


def sl104(outcome) -> list[tuple[str, int]]:
    return [(Path(f.path).name, f.line) for f in outcome.findings if f.code == "SL104"]


def test_a_footer_shared_by_enough_documents_is_reported_in_each(tmp_path):
    root = folder(tmp_path, [article(i) for i in range(6)])
    found = sl104(run([str(root)], ON))
    assert found == [(f"{i:02d}.txt", 5) for i in range(6)]
    message = next(f.message for f in run([str(root)], ON).findings if f.code == "SL104")
    assert message == f"Line repeated verbatim in 6 documents of the corpus: `{FOOTER}`"


def test_width_and_spacing_do_not_make_a_line_distinct():
    assert line_key("科技日报客户端  让阅读更有价值 ") == line_key("科技日报客户端\u3000让阅读更有价值")


def test_too_few_documents_or_an_off_rule_report_nothing(tmp_path):
    root = folder(tmp_path, [article(i) for i in range(4)])
    assert sl104(run([str(root)], ON)) == []
    (tmp_path / "more").mkdir()
    more = folder(tmp_path / "more", [article(i) for i in range(6)])
    assert sl104(run([str(more)], Settings())) == []  # off by default


@pytest.mark.parametrize(
    "shared",
    [
        "来源:新华社",  # a source field repeats by right
        "责任编辑:张伟",
        # Running prose, as the text layer defines it (a wire story's stock sentence, say).
        "各方应当继续加强沟通协调,推动双边关系持续健康稳定发展,为地区乃至世界的和平、稳定与繁荣作出更大贡献。",
        "— 1 —",  # no letters
    ],
)
def test_fields_prose_and_letterless_lines_are_not_candidates(tmp_path, shared):
    root = folder(tmp_path, [article(i, footer=shared) for i in range(6)])
    assert sl104(run([str(root)], ON)) == []


def test_a_line_another_rule_removes_is_left_to_it(tmp_path):
    menu = "关于我们 | 联系我们 | 广告服务 | 网站地图"
    root = folder(tmp_path, [article(i, footer=menu) for i in range(6)])
    codes = {f.code for f in run([str(root)], ON).findings if f.line == 5}
    assert codes == {"SL102"}


def test_fix_deletes_the_line_in_every_file(tmp_path):
    root = folder(tmp_path, [article(i) for i in range(6)])
    outcome = run([str(root)], ON, fix=FixMode(roots=(str(root.resolve()),)))
    assert outcome.fixed == 6
    for path in sorted(root.iterdir()):
        text = path.read_text("utf-8")
        assert FOOTER not in text and text.endswith("改革开放。\n")


def test_records_of_a_corpus_are_documents(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"text": article(i)}, ensure_ascii=False) + "\n" for i in range(6)), "utf-8")
    found = [f.path for f in run([str(corpus)], ON).findings if f.code == "SL104"]
    assert found == [f"{corpus}#{n}" for n in range(1, 7)]


def test_the_same_findings_with_two_workers(tmp_path):
    root = folder(tmp_path, [article(i) for i in range(70)])
    assert sl104(run([str(root)], ON, jobs=2)) == sl104(run([str(root)], ON, jobs=1))


def test_lossy_counting_is_exact_below_a_bucket_and_bounded_beyond():
    counter = LineCounter()
    for i in range(_BUCKET - 1):
        counter.add(f"第{i}号公告的标题\n{FOOTER}\n")
    assert len(counter._counts) == _BUCKET  # every line kept before the first bucket ends
    counter.add(f"最后一份公告\n{FOOTER}\n")
    # The bucket boundary drops the lines held once; the shared footer keeps its exact count.
    assert counter.frequent(2) == {line_key(FOOTER): _BUCKET}
    assert len(counter._counts) == 1


def corpus_of(tmp_path: Path, rows: list[dict[str, object]]) -> Path:
    corpus = tmp_path / "sites.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return corpus


def test_records_are_counted_per_site_their_url_names(tmp_path):
    # Three pages of each of two sites end with the same line: five documents hold it, but no site's five.
    rows = [{"text": article(i), "url": f"https://{host}/news/{i}.html"} for i in range(3) for host in ("a.cn", "b.cn")]
    assert [f for f in run([str(corpus_of(tmp_path, rows))], ON).findings if f.code == "SL104"] == []
    rows += [{"text": article(i), "url": f"https://www.a.cn/news/{i}.html"} for i in range(3, 5)]  # www. is the site
    found = [f for f in run([str(corpus_of(tmp_path, rows))], ON).findings if f.code == "SL104"]
    assert [f.path.rpartition("#")[2] for f in found] == ["1", "3", "5", "7", "8"]
    assert found[0].message == f"Line repeated verbatim in 5 documents of a.cn: `{FOOTER}`"


def test_records_without_a_site_are_counted_together(tmp_path):
    rows: list[dict[str, object]] = [{"text": article(i)} for i in range(3)]
    rows += [{"text": article(8), "url": ""}, {"text": article(9), "url": 42}]  # no usable site: unknown
    found = [f for f in run([str(corpus_of(tmp_path, rows))], ON).findings if f.code == "SL104"]
    assert len(found) == 5 and "documents of the corpus" in found[0].message


def test_the_site_field_may_hold_a_name_and_be_renamed(tmp_path):
    rows = [{"text": article(i), "meta": {"source": "Example Daily"}} for i in range(5)]
    corpus = str(corpus_of(tmp_path, rows))
    assert all("documents of the corpus" in f.message for f in run([corpus], ON).findings if f.code == "SL104")
    named = replace(ON, site_field="meta.source")
    assert [f.message for f in run([corpus], named).findings if f.code == "SL104"] == [
        f"Line repeated verbatim in 5 documents of example daily: `{FOOTER}`"
    ] * 5


def test_a_large_site_needs_its_share_of_documents():
    counter = LineCounter()
    for i in range(1000):
        counter.add(article(i, footer=FOOTER if i < 9 else f"第{i}期"), "big.cn")
    for i in range(5):
        counter.add(article(i), "small.cn")
    # 9 of big.cn's 1,000 pages are under 1%; all 5 of small.cn's reach the five documents.
    assert counter.frequent(5, 0.01) == {line_key(FOOTER, "small.cn"): 5}
    assert counter.frequent(5, 0.009) == {line_key(FOOTER, "small.cn"): 5, line_key(FOOTER, "big.cn"): 9}
    assert line_key(FOOTER, "big.cn") != line_key(FOOTER) != line_key(FOOTER, "small.cn")


@pytest.mark.parametrize(
    ("key", "value", "error"),
    [
        ("repeated-min-documents", 1, "expected a whole number of at least 2, got 1"),
        ("repeated-min-site-share", 1.5, "expected a number from 0 to 1, got 1.5"),
    ],
)
def test_thresholds_out_of_range_are_refused(tmp_path, key, value, error):
    (tmp_path / "pyproject.toml").write_text(f"[tool.seedlint.spam]\n{key} = {value}\n", "utf-8")
    with pytest.raises(ConfigError, match=f"{key}: {error}"):
        load_settings(tmp_path / "pyproject.toml")


def test_the_rule_is_off_by_default_as_the_engine_assumes():
    # engine.repeated_thresholds skips the counting pass for the default selection without loading
    # the registry: that is right only while SL104 is off by default.
    from seedlint.checks.spam.corpus_repeated_line import RULE
    from seedlint.engine import repeated_thresholds

    assert not RULE.default_enabled
    assert repeated_thresholds(Settings()) is None
    assert repeated_thresholds(ON) == (5, 0.01)
