"""SL104 corpus-repeated-line: lines that many documents of one run share, counted in a first pass."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seedlint.checks.spam.corpus_repeated_line import _BUCKET, LineCounter, line_key
from seedlint.config import Settings
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
