"""The chrome model: SL102 from the shape of a line and its neighbours, and the script that fits it."""

from __future__ import annotations

import copy
import json
import math
import re
import sys
import tomllib
from pathlib import Path

import pytest

from seedlint.checks.spam import _model
from seedlint.checks.spam._model import STAGE_ONE, STAGE_TWO, Model
from seedlint.config import Settings
from seedlint.data import read_toml
from seedlint.engine import lint_text
from tests.checks.spam import codes

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
import fit_chrome  # noqa: E402

CODE = "SL102"
PROSE = (
    "新华社北京3月1日电 国务院新闻办公室今天举行发布会,介绍了今年以来经济运行的情况,并回答了记者的提问。\n\n"
    "发言人表示,一季度的主要指标好于预期,就业形势总体稳定,物价温和上涨,市场信心正在逐步恢复。\n"
)

NO_HEADINGS = re.compile("(?!)")


def test_the_model_file_has_a_weight_for_every_feature():
    table = read_toml("spam/chrome_model.toml")
    assert set(table["stage-one"]["weights"]) == set(STAGE_ONE)
    assert set(table["stage-two"]["weights"]) == set(STAGE_TWO)
    Model.from_table(table)


def test_a_model_file_without_a_feature_is_refused():
    table = copy.deepcopy(read_toml("spam/chrome_model.toml"))
    del table["stage-two"]["weights"]["head"]
    with pytest.raises(ValueError, match="stage-two.*head"):
        Model.from_table(table)


ROWS = (
    "本网简介 | 本网动态 | 转载申请 | 投稿须知 | 招聘英才 | 法律顾问\n"
    "市政府 | 区县动态 | 部门动态 | 政策文件 | 办事指南 | 公众参与\n"
)
EN_PROSE = (
    "WASHINGTON (AP) — The Senate passed the bill on Tuesday after a long debate, sending it to the president, "
    "who is expected to sign it this week.\n\nSupporters said the measure would lower costs for families, while "
    "critics warned that it would add to the deficit over the next decade.\n"
)
EN_ROWS = (
    "Our Team · Careers · Advertise · Corrections · Ethics Policy · Staff Directory\n"
    "Local · State · Nation · Obituaries · Weather · Traffic · Events\n"
)


def test_link_rows_under_the_article_are_chrome_by_their_shape():
    # No item of these rows is on any word list: their shape and their place make them chrome.
    findings = lint_text(f"{PROSE}\n{ROWS}", settings=Settings(select=(CODE,)))
    assert [f.line for f in findings] == [5, 6]


def test_link_rows_above_the_article_are_chrome_by_their_shape():
    findings = lint_text(f"{EN_ROWS}\n{EN_PROSE}", settings=Settings(select=(CODE,)))
    assert [f.line for f in findings] == [1, 2]


def test_one_row_of_short_items_alone_is_not_enough():
    # A single such row may be a list of names or tags: without a second signal it stays.
    assert codes(f"{ROWS.splitlines()[0]}\n\n{PROSE}", CODE) == []


@pytest.mark.parametrize(
    "text",
    [
        # A headline above the article, a byline, a dateline and a list of names are not chrome.
        f"国务院新闻办举行发布会 介绍一季度经济运行情况\n\n{PROSE}",
        f"2023-04-17 10:20:31  来源:新华社  责任编辑:王明\n\n{PROSE}",
        f"{PROSE}\n出席会议的有张三、李四、王五、赵六、孙七、周八。\n",
        f"## 会议要点\n\n{PROSE}",
        f"{PROSE}\n(完)\n",
    ],
)
def test_article_furniture_a_reader_needs_is_not_chrome(text):
    assert CODE not in codes(text, CODE), text


def test_no_line_of_a_document_without_prose_is_judged_by_the_model():
    assert codes("体育\n\n国家队昨日获胜。\n", CODE) == []


def test_the_message_gives_the_score_and_its_strongest_reasons():
    finding = lint_text(f"{PROSE}\n{ROWS}", settings=Settings(select=(CODE,)))[0]
    assert "score" in finding.message and "short items" in finding.message
    assert finding.fix is not None


def test_min_score_sets_the_cut_off():
    strict = Settings(select=(CODE,)).with_options("spam", {"chrome-min-score": 100})
    assert codes(f"{PROSE}\n{ROWS}", settings=strict) == []


BROKEN = (
    "7月26日,有网友发帖称\n一位老人在国道上搭起帐篷\n导致过往车辆拥堵几公里\n并与过路司机发生争吵\n最后大打出手\n相关视频引发关注\n",
    "昨天下午\n市民张先生\n在小区门口\n捡到一个钱包\n里面有现金\n和几张银行卡\n他立即报警\n",
    "春天来了\n公园里\n桃花开了\n游客很多\n大家拍照\n孩子们放风筝\n老人们散步\n",
)


@pytest.mark.parametrize("broken", BROKEN, ids=range(len(BROKEN)))
def test_text_broken_into_short_lines_is_not_chrome(broken):
    # Short lines without punctuation beside each other look like a menu; joined, they read as prose.
    assert codes(f"{broken}\n{PROSE}", CODE) == []
    assert codes(f"{PROSE}\n{broken}", CODE) == []


def _write_set(folder: Path, docs: dict[str, tuple[str, list[int]]]) -> None:
    (folder / "docs").mkdir(parents=True)
    labels = []
    for name, (text, chrome_lines) in docs.items():
        (folder / "docs" / name).write_text(text, encoding="utf-8")
        labels += [{"doc": name, "category": "spam-header", "line": n, "evidence": ""} for n in chrome_lines]
    (folder / "labels.jsonl").write_text("".join(json.dumps(label) + "\n" for label in labels), encoding="utf-8")


def test_the_fit_script_writes_a_model_the_check_reads(tmp_path):
    menus = [
        "首页 | 新闻 | 体育 | 财经 | 娱乐",
        "关于我们 | 联系我们 | 网站地图 | 广告服务",
        "Home | News | Sport | Weather",
    ]
    docs = {f"{i:03}.txt": (f"{menus[i % 3]}\n\n{PROSE}\n{menus[(i + 1) % 3]}\n", [1, 6]) for i in range(10)}
    _write_set(tmp_path / "set", docs)
    out = tmp_path / "model.toml"
    assert fit_chrome.main([str(tmp_path / "set"), "--out", str(out), "--folds", "2"]) == 0
    table = tomllib.loads(out.read_text(encoding="utf-8"))
    model = Model.from_table(table)
    # Separators and short items mark the menu lines, the only positives: their weights are positive.
    assert model.one.weights[STAGE_ONE.index("short-items")] > 0
    assert "python tools/fit_chrome.py" in out.read_text(encoding="utf-8")


def test_the_fit_script_refuses_a_folder_without_labels(tmp_path, capsys):
    assert fit_chrome.main([str(tmp_path)]) == 2
    assert "not a labelled set" in capsys.readouterr().err


def test_logistic_fit_recovers_the_sign_and_the_cut_off_keeps_precision():
    xs = [(float(i % 2), 0.5) for i in range(40)]
    ys = [i % 2 for i in range(40)]
    bias, weights = fit_chrome.fit(xs, ys)
    assert weights[0] > 1 and bias < 0
    threshold, precision, recall = fit_chrome.cut_off([0.9, 0.8, 0.7, 0.2], [1, 1, 0, 0], 0.97)
    assert (threshold, precision, recall) == (0.8, 1.0, 1.0)


def test_scores_are_probabilities_in_percent():
    assert _model.sigmoid(0.0) == 0.5 and _model.sigmoid(-100) == 0.0
    assert math.isclose(_model.sigmoid(2.0), 1 / (1 + math.exp(-2.0)))


def test_a_prior_pulls_the_fit_towards_its_weights():
    # Ten lines say nothing about the second feature; the prior's weight for it survives the fit.
    xs = [(float(i % 2), 0.0) for i in range(10)]
    ys = [i % 2 for i in range(10)]
    _, free = fit_chrome.fit(xs, ys)
    _, pulled = fit_chrome.fit(xs, ys, 30.0, prior=[0.0, 2.5])
    assert free[1] == 0.0
    assert math.isclose(pulled[1], 2.5)
    _, near = fit_chrome.fit(xs, ys, 30.0, prior=[-3.0, 0.0])
    assert near[0] < free[0]


def test_the_fit_script_refuses_a_prior_it_cannot_read(tmp_path, capsys):
    _write_set(tmp_path / "set", {"001.txt": (f"首页 | 新闻 | 体育 | 财经\n\n{PROSE}", [1])})
    assert fit_chrome.main([str(tmp_path / "set"), "--out", str(tmp_path / "m.toml"), "--prior", "no-such-rev"]) == 2
    assert "--prior no-such-rev" in capsys.readouterr().err


def _stage_one(**features: float) -> tuple[float, ...]:
    return tuple(features.get(name, 0.0) for name in STAGE_ONE)


@pytest.mark.parametrize(
    ("line", "features", "sentence"),
    [
        # Short closing paragraphs of an article: full stop, and function words, a comma or Han text.
        ("外交部发言人11日表示,中方希望美方客观理性看待中国。", {"han": 0.8}, True),
        ("目前,案件正在进一步调查中。", {"han": 0.8, "function-words": 0.2}, True),
        ("He told reporters: Print is not dead.", {"latin": 0.8, "function-words": 0.3, "chrome-cover": 0.15}, True),
        ("记者拨打该公司客服电话13812345678,无人接听。", {"han": 0.6, "contact": 1.0}, True),
        # Teasers and headlines end in ! or ? or nothing; widgets are mostly chrome words.
        ("独家》统一并购家乐福两年了却爽退10亿元交易款 原因曝光!", {"han": 0.8}, False),
        ("Read more on Northeastern Global News", {"latin": 0.9, "function-words": 0.3}, False),
        ("点击查看更多精彩内容。", {"han": 1.0, "chrome-cover": 0.8}, False),
        ("2.本站拥有管理笔名和留言的一切权力。", {"han": 0.8, "list-item": 1.0}, False),
        ("详情请见 www.example.com/news.html.", {"latin": 0.6, "link": 1.0}, False),
        ("版权所有。", {"han": 1.0}, False),
    ],
)
def test_what_reads_as_a_sentence(line, features, sentence):
    assert _model.reads_as_sentence(line, _stage_one(**features)) is sentence


def test_a_short_sentence_after_the_article_is_not_chrome_by_its_place():
    # At a cut-off this low the model would take every line after the article; a sentence stays.
    closing = "目前,案件正在进一步调查中。"
    text = f"{PROSE}\n{ROWS}\n{closing}\n热点\n"
    lines = text.splitlines()
    eager = Settings(select=(CODE,)).with_options("spam", {"chrome-min-score": 1})
    flagged = [f.line for f in lint_text(text, settings=eager)]
    assert lines.index("热点") + 1 in flagged and lines.index(closing) + 1 not in flagged, flagged


def _scores(lines: list[str], **features_of: dict[str, float]) -> dict[int, _model.Score]:
    extra = (0.0,) * (len(STAGE_TWO) - len(STAGE_ONE))
    return {
        i: _model.Score(60, _stage_one(**features_of.get(f"l{i}", {})) + extra) for i, line in enumerate(lines) if line
    }


def test_an_outlet_credited_again_at_the_end_is_no_chrome():
    lines = ["国家统计局:新产业发展向好", "每日经济新闻2024-08-15 11:01", "正文……", "每日经济新闻", "热点"]
    scores = _scores(lines, l1={"date": 1.0})
    assert _model.credit_lines(lines, scores, NO_HEADINGS) == {3}


def test_a_name_that_opens_no_dated_or_byline_line_is_no_credit():
    lines = ["天都生活网", "天都生活网的记者报道", "正文……", "天都生活网"]
    assert _model.credit_lines(lines, _scores(lines), NO_HEADINGS) == set()
    by = ["By Jane Doe, Staff Writer", "Body text.", "By Jane Doe"]
    assert _model.credit_lines(by, _scores(by, l0={"byline": 1.0}), NO_HEADINGS) == {2}


WRAPPED = (
    "WASHINGTON (Reuters) - The U.S. Senate on Thursday approved a short-term measure to keep\n"
    "highway projects funded through October, sending the bill to President Barack Obama, who\n"
    "is expected to sign it before the current funding runs out at the end of the month.\n"
    "House lawmakers, who left for a five-week summer break on\n"
    "Wednesday, are expected to craft their own long-term legislation\n"
    "while this week's short-term patch remains in place.\n"
    "The Senate's long-term legislation has already been rejected\n"
    "by Republican leaders in the House including Speaker John\n"
    "Boehner.\n"
    "Boehner and McConnell are already working behind the scenes on a deal.\n"
)


def test_the_last_piece_of_a_hard_wrapped_sentence_is_the_article():
    assert codes(WRAPPED, CODE) == []
    lines = WRAPPED.splitlines()
    assert _model.wrapped_sentence_ends(lines) == {2, 5, 8}
    # A short line under a line that ends its own sentence is not a wrapped piece.
    assert (
        _model.wrapped_sentence_ends(["The vote was 68 to 30 and the bill now goes to the House.", "Share."]) == set()
    )


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("Updated: October 20, 2022 09:33 CGTN", True),
        ("Xinhua) 15:53, September 01, 2023", True),
        ("2023-09-01 15:53", True),
        ("Published Tue, 5 Mar 2024 10:02 GMT", True),
        # A date among other words is a teaser or a menu, not the article's date line.
        ("Breaking News Live Updates Sports 2023-09-01", False),
        ("Autumn harvest in full swing in China", False),
    ],
)
def test_the_date_line_above_the_article_is_no_chrome(line, dated):
    lines = ["Autumn harvest in full swing in China", "", line, "", "Crops are being harvested across China."]
    assert (_model.date_lines(lines, 4) == {2}) is dated
    # Below the first paragraph, or more than three lines above it, the same line is the article's
    # date line only when a label says so (Updated:).
    labelled = line.startswith("Updated:")
    below = ["Autumn harvest in full swing in China", "", "Crops are being harvested across China.", "", line]
    assert _model.date_lines(below, 2) == ({4} if labelled else set())
    far = [line, "Breaking", "More", "Weather", "Crops are being harvested across China."]
    assert _model.date_lines(far, 4) == ({0} if labelled else set())


@pytest.mark.parametrize(
    "line", ["Published: 9:15pm, 19 Jun, 2019", "更新时间:2024-05-01 10:20", "Updated: Oct 2, 2023"]
)
def test_a_labelled_publication_date_after_the_article_is_no_chrome(line):
    lines = ["Headline", "", "Crops are being harvested across China.", "", line]
    assert _model.date_lines(lines, 2) == {4}
    # The label with other words than a date is no date line.
    assert _model.date_lines(["Headline", "", "Text.", "", "Updated: see our live blog for news"], 2) == set()


def test_an_outlet_credited_in_brackets_is_credited_again_under_its_stories():
    lines = ["港闻", "- 有线新闻", "【有线新闻】天文台表示一号戒备信号今日大部分时间维持。", "- 有线新闻", "热点"]
    assert _model.credit_lines(lines, _scores(lines), NO_HEADINGS) == {1, 3}


@pytest.mark.parametrize("clock", ["9 a.m.", "10:30 p.m. EST", "下午3时"])
def test_a_time_of_day_alone_heads_an_update_of_a_live_report(clock):
    text = (
        f"News releases for Monday, May 2, 2022\n\n{clock}\n\nCouncil approves new bus routes\n\n"
        "9:15 a.m. - Council voted 6-1 on an ordinance that adds four bus routes to the east side of the city, "
        "with service starting in September and a budget of 12 million dollars for the first year.\n"
    )
    assert codes(text, CODE) == []
