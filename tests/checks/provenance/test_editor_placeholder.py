"""SL303 editor-placeholder: author and editor fields holding CMS defaults."""

from __future__ import annotations

import pytest

from tests.checks.provenance._shared import BODY, BODY_EN, codes, found

SL303_FLAG = [
    ("责任编辑:admin\n" + BODY, "责任编辑:admin"),
    ("作者:小编\n" + BODY, "作者:小编"),
    ("编辑:管理员\n" + BODY, "编辑:管理员"),
    (BODY + "作者:佚名\n", "作者:佚名"),
    ("Author: admin\n\n" + BODY_EN, "Author: admin"),
    ("Posted by admin\n\n" + BODY_EN, "Posted by admin"),
    ("编辑|编辑部\n" + BODY, "编辑|编辑部"),
    ("来源:新华社 责编:root\n" + BODY, "责编:root"),
    ("Editor: test\n\n" + BODY_EN, "Editor: test"),
    ("作者:未知\n" + BODY, "作者:未知"),
    ("编辑:Administrator\n" + BODY, "编辑:Administrator"),
    ("作者: webmaster\n" + BODY, "作者: webmaster"),
]

SL303_PASS = [
    "编辑|Panken\n" + BODY,
    "责任编辑:新华社编辑部\n" + BODY,
    "作者:张三\n" + BODY,
    "By default, the tool reads every file and reports 3 kinds of problems in 10 percent of them.\n",
    "Author: Jane Smith\n\n" + BODY_EN,
    "如何编辑:打开文件后点击右上角的按钮。\n" + BODY,
    "Editor's note: this story was updated.\n\n" + BODY_EN,
    "网站管理员表示，系统将在今晚升级。\n" + BODY,
    "责任编辑:\n" + BODY,
    "编译|依婷\n编辑|Panken\n" + BODY,
    "作者:admin Zhang\n" + BODY,
]


@pytest.mark.parametrize("text,matched", SL303_FLAG)
def test_editor_placeholder_flags(text, matched):
    hits = found(text, "SL303")
    assert [f.matched for f in hits] == [matched], text
    assert hits[0].fix is None


@pytest.mark.parametrize("text", SL303_PASS)
def test_editor_placeholder_passes(text):
    assert "SL303" not in codes(text), text
