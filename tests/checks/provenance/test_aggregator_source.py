"""SL307 aggregator-source and SL308 unnamed-outlet."""

from __future__ import annotations

import pytest

from tests.checks.provenance._shared import BODY, BODY_EN, codes, found


@pytest.mark.parametrize(
    "field", ["来源:今日头条", "来源：百家号", "文章来源:一点资讯", "Source: Yahoo News", "來源:今日頭條"]
)
def test_a_source_field_naming_an_aggregator(field):
    (finding,) = found(field + "\n\n" + BODY, "SL307")
    assert "a platform that republishes others' reporting" in finding.message
    assert "SL301" not in codes(field + "\n\n" + BODY)


def test_a_compiled_author_is_reported_only_when_no_outlet_is_named():
    assert codes("作者:综合\n\n" + BODY).count("SL307") == 1
    assert "SL307" not in codes("作者:综合 来源:今日高邮\n\n" + BODY)
    assert "SL307" not in codes("作者:综合\n\n据新华社报道，" + BODY)
    # An aggregator as the only source names no outlet: the compilation is reported too.
    assert codes("作者:综合 来源:今日头条\n\n" + BODY).count("SL307") == 2


@pytest.mark.parametrize(
    "text",
    [
        BODY_EN.rstrip() + " The figures were first published by the newspaper on Monday, the newspaper said.\n",
        "Sales fell, a spokesman told the broadcaster. " + BODY_EN,
        "According to the magazine, " + BODY_EN,
        "该报称，" + BODY,
        "该媒体报道，" + BODY,
        BODY.rstrip() + "（本文综合自网络）\n",
        BODY.rstrip() + "根据韩媒报道综合整理。\n",
    ],
)
def test_an_outlet_cited_but_never_named(text):
    assert "SL308" in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Financial Times reported the cuts. The newspaper said talks went on. " + BODY_EN,
        "SEOUL, Oct 8 (Reuters) - The newspaper said talks went on. " + BODY_EN,
        "据《京华时报》报道，" + BODY.rstrip() + "该报称，谈判仍在继续。\n",
        "来源:新华社\n\n" + BODY.rstrip() + "（综合整理）\n",
        # Not outlets: a research paper, a government agency, a report.
        "The paper said the model was accurate, and the agency said it would review the data. " + BODY_EN,
        "该报告称，" + BODY,
        "该报道称，" + BODY,
    ],
)
def test_an_outlet_noun_with_an_outlet_named_or_no_outlet_meant(text):
    assert "SL308" not in codes(text)
