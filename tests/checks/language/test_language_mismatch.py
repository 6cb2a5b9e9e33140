"""SL602 language-mismatch: the main language against the declared one."""

from __future__ import annotations

from pathlib import Path

import pytest

from seedlint.config import ConfigError, Settings, settings_from_table
from tests.checks.language.texts import EN_ARTICLE, NOTICE, ZH_ARTICLE, codes, declared_settings, findings


def test_mismatch_with_declared_language():
    found = findings(EN_ARTICLE, declared_settings(declared="zh"))
    assert [f.code for f in found] == ["SL602"]
    assert found[0].message.startswith("Document is in English (en, confidence 1.00), but the declared language is zh")


def test_auto_never_reports():
    assert codes(EN_ARTICLE, Settings(select=("SL602",))) == []
    assert codes(EN_ARTICLE, declared_settings(declared="auto")) == []


@pytest.mark.parametrize(
    "declared,text,expected",
    [
        ("zh", ZH_ARTICLE, []),
        ("zh-Hans", ZH_ARTICLE, []),
        ("zh-Hant", ZH_ARTICLE, ["SL602"]),
        ("en", ZH_ARTICLE, ["SL602"]),
        ("en-US", EN_ARTICLE, []),
        ("zh", ZH_ARTICLE + NOTICE + "\n", []),
    ],
)
def test_declared_tags(declared, text, expected):
    assert codes(text, declared_settings(declared=declared)) == expected


def test_declared_per_file_glob_wins_overdeclared_settings():
    settings = declared_settings(declared="zh", **{"declared-per-file": {"corpus/en/*": "en", "*.zh.txt": "zh"}})
    assert codes(EN_ARTICLE, settings, path="corpus/en/a.txt") == []
    assert codes(EN_ARTICLE, settings, path="corpus/zh/a.txt") == ["SL602"]
    assert codes(EN_ARTICLE, settings, path="news/b.zh.txt") == ["SL602"]
    found = findings(EN_ARTICLE, settings, path="news/b.zh.txt")
    assert "declared-per-file '*.zh.txt'" in found[0].message


def test_too_short_to_tell_is_not_reported():
    assert codes("Short English note.\n", declared_settings(declared="zh")) == []


def test_config_table_accepts_declared_options():
    table = {
        "select": ["SL602"],
        "language": {"declared": "zh", "declared-per-file": {"en/*": "en"}, "min-letters": 60},
    }
    settings = settings_from_table(table, Path("seedlint.toml"))
    assert codes(EN_ARTICLE, settings, path="en/a.txt") == []
    assert codes(EN_ARTICLE, settings, path="zh/a.txt") == ["SL602"]
    with pytest.raises(ConfigError):
        settings_from_table({"language": {"declared-per-file": ["en"]}}, Path("seedlint.toml"))
