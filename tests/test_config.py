"""Config discovery, validation and rule selection."""

from __future__ import annotations

from pathlib import Path

import pytest

from seedlint.config import ConfigError, Settings, load_settings, resolve_selection
from seedlint.registry import load_registry


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def test_closest_config_upward_wins(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.seedlint]\nselect = ["SL0"]\n')
    write(tmp_path / "sub" / ".seedlint.toml", 'ignore = ["SL002"]\n')
    (tmp_path / "sub" / "deep").mkdir()
    settings = load_settings(cwd=tmp_path / "sub" / "deep")
    assert settings.config_file == str(tmp_path / "sub" / ".seedlint.toml")
    assert settings.ignore == ("SL002",)
    assert load_settings(cwd=tmp_path).select == ("SL0",)


def test_pyproject_without_seedlint_table_is_skipped(tmp_path):
    write(tmp_path / "seedlint.toml", 'fail-on = "error"\n')
    write(tmp_path / "inner" / "pyproject.toml", "[tool.other]\nx = 1\n")
    settings = load_settings(cwd=tmp_path / "inner")
    assert settings.config_file == str(tmp_path / "seedlint.toml")
    assert str(settings.fail_on) == "error"


def test_no_config_gives_defaults(tmp_path):
    assert load_settings(cwd=tmp_path).config_file is None


@pytest.mark.parametrize(
    "body,message",
    [
        ('selectt = ["SL001"]\n', "unknown key 'selectt'"),
        ('select = ["SL999"]\n', "unknown rule selector 'SL999'"),
        ('ignore = "nonsense-rule"\n', "unknown rule selector 'nonsense-rule'"),
        ('fail-on = "fatal"\n', "fail-on"),
        ("select = 3\n", "select: expected a list of strings"),
        ('[per-file-ignores]\n"a/*" = ["SL000"]\n', "unknown rule selector 'SL000'"),
        ("[encoding]\nbogus = 1\n", "unknown key 'bogus'"),
        ("select = [\n", "invalid TOML"),
    ],
)
def test_bad_config_names_the_key(tmp_path, body, message):
    path = write(tmp_path / ".seedlint.toml", body)
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_selection_semantics():
    rules = load_registry().rules
    default = resolve_selection(rules, None, (), ())
    assert "SL001" in default
    assert resolve_selection(rules, ("SL00",), (), ("utf8-bom",)) == {
        r.code for r in rules if r.code.startswith("SL00") and r.code != "SL002" and r.default_enabled
    }
    assert resolve_selection(rules, ("encoding",), ("SL001",), ("SL0",)) == frozenset()
    off = [r for r in rules if not r.default_enabled]
    for rule in off:
        assert rule.code not in default
        assert rule.code in resolve_selection(rules, None, (rule.code,), ())
        assert rule.code in resolve_selection(rules, ("ALL",), (), ())


def test_per_file_ignores_match_relative_globs(tmp_path):
    path = write(
        tmp_path / ".seedlint.toml", '[per-file-ignores]\n"seeds/*.txt" = ["SL002"]\n"**/raw/*" = ["encoding"]\n'
    )
    settings = load_settings(path)
    assert "SL002" not in settings.enabled_codes(str(tmp_path / "seeds" / "a.txt"))
    assert "SL002" in settings.enabled_codes(str(tmp_path / "other" / "a.txt"))
    assert not any(c.startswith("SL0") for c in settings.enabled_codes("x/raw/b.txt"))


def test_family_options_are_typed(tmp_path):
    from seedlint.config import coerce_option

    assert coerce_option(0.03, 1, "t") == 1.0
    assert coerce_option(["a"], ["b", "c"], "t") == ["b", "c"]
    with pytest.raises(ConfigError):
        coerce_option(15, "15", "t")
    with pytest.raises(ConfigError):
        coerce_option(True, 1, "t")
    with pytest.raises(ConfigError):
        coerce_option(["a"], [1], "t")


def test_settings_with_options_roundtrip():
    s = Settings().with_options("currency", {"tolerance": 0.05})
    assert s.options_for("currency", {"tolerance": 0.03, "years": [2005, 2026]}) == {
        "tolerance": 0.05,
        "years": [2005, 2026],
    }
    assert hash(s) == hash(Settings().with_options("currency", {"tolerance": 0.05}))
