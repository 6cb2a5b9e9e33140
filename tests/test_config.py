"""Config discovery, validation and rule selection."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from seedlint.config import ConfigError, Settings, coerce_option, load_settings, resolve_selection
from seedlint.data import read_user_list
from seedlint.files import FileReadError
from seedlint.registry import load_registry
from tests.helpers import run

ARTICLE = "2024年11月8日，新华社北京电 科技公司宣布投资约14亿美元（约合人民币100亿元）。\n"
RATE_HEADER = "year,currency,cny_per_unit_min,cny_per_unit_max\n"


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
        ('ignore = ["nonsense-rule"]\n', "unknown rule selector 'nonsense-rule'"),
        ('select = "ALL"\n', "select: expected a list of strings such as ['ALL'], got the string 'ALL'"),
        ('ignore = ["SL4O1"]\n', "unknown rule selector 'SL4O1' (a similar value exists: 'SL401')"),
        ('select = ["doubled-wrd"]\n', "(a similar value exists: 'doubled-word')"),
        ("respect-gitignore = 1\n", "respect-gitignore: expected true or false"),
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


# Bad config input: one line naming the path and what is wrong, exit 2, never a hang -------------


def seedlint(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    # The timeout is the test: a FIFO or a device must be refused at once, not read or waited on.
    return run(*args, cwd=cwd, timeout=20)


def one_error(result: subprocess.CompletedProcess) -> str:
    """The message of a run that failed with exactly one ``seedlint: error:`` line on stderr."""
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 2, (result.returncode, stderr)
    lines = stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("seedlint: error: "), lines
    assert "internal error" not in stderr and "Traceback" not in stderr, lines
    return lines[0].removeprefix("seedlint: error: ")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    write(tmp_path / "a.txt", ARTICLE)
    return tmp_path


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_as_config_is_refused_at_once(tree, device):
    assert one_error(seedlint("check", "--config", device, "a.txt", cwd=tree)) == (
        f"{device}: a device, not a regular file"
    )


def test_a_fifo_as_config_is_refused_without_waiting_for_a_writer(tree):
    os.mkfifo(tree / "pipe.toml")
    assert one_error(seedlint("check", "--config", "pipe.toml", "a.txt", cwd=tree)) == (
        "pipe.toml: a FIFO (named pipe), not a regular file"
    )


@pytest.mark.parametrize("name", [".seedlint.toml", "seedlint.toml", "pyproject.toml", ".seedlintignore"])
def test_a_discovered_config_that_is_a_fifo_or_a_folder_is_an_error_not_skipped(tree, name):
    os.mkfifo(tree / name)
    assert one_error(seedlint("check", "a.txt", cwd=tree)) == f"{tree / name}: a FIFO (named pipe), not a regular file"
    (tree / name).unlink()
    (tree / name).mkdir()
    assert one_error(seedlint("check", "a.txt", cwd=tree)) == f"{tree / name}: a folder, not a regular file"


def test_a_folder_or_a_missing_file_as_config(tree):
    (tree / "conf").mkdir()
    with pytest.raises(ConfigError, match=r"conf: a folder, not a regular file$"):
        load_settings(tree / "conf")
    assert one_error(seedlint("check", "--config", "nope.toml", "a.txt", cwd=tree)) == (
        "nope.toml: config file not found"
    )


def test_a_folder_as_config_on_the_command_line_is_one_line(tree):
    (tree / "conf").mkdir()
    assert one_error(seedlint("check", "--config", "conf", "a.txt", cwd=tree)) == "conf: a folder, not a regular file"


def test_invalid_toml_names_the_file_and_the_line_and_column(tree):
    write(tree / "pyproject.toml", '[tool.seedlint]\nfail-on = "error\nignore = []\n')
    message = one_error(seedlint("check", "a.txt", cwd=tree))
    assert message.startswith(f"{tree / 'pyproject.toml'}: invalid TOML: ")
    assert message.endswith("(at line 2, column 17)")
    write(tree / "pyproject.toml", "[tool.seedlint]\nx = " + "[" * 100_000 + "\n")
    assert one_error(seedlint("check", "a.txt", cwd=tree)).startswith(f"{tree / 'pyproject.toml'}: invalid TOML: ")


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "-0.5"])
def test_non_finite_or_negative_numbers_are_rejected_naming_the_key(tree, value):
    write(tree / "pyproject.toml", f"[tool.seedlint.currency]\ntolerance = {value}\n")
    assert one_error(seedlint("check", "a.txt", cwd=tree)) == (
        f"{tree / 'pyproject.toml'}: [tool.seedlint.currency] tolerance: "
        f"expected a finite number >= 0, got {float(value)!r}"
    )


def test_a_bad_number_in_a_seedlint_toml_names_the_table_as_written(tree):
    write(tree / ".seedlint.toml", "[spam]\nmin-score = -1\n")
    assert one_error(seedlint("check", "a.txt", cwd=tree)) == (
        f"{tree / '.seedlint.toml'}: [spam] min-score: expected a finite number >= 0, got -1"
    )


def test_numeric_options_are_finite_and_not_negative():
    assert coerce_option(3, 0, "k") == 0 and isinstance(coerce_option(3, 0, "k"), int)
    assert coerce_option(0.03, 1, "k") == 1.0 and isinstance(coerce_option(0.03, 1, "k"), float)
    assert coerce_option(3, 10**400, "k") == 10**400  # finite, though beyond float range
    for default, given in ((0.03, float("nan")), (0.03, float("inf")), (0.03, -0.5), (3, -1), (0.03, 10**400)):
        with pytest.raises(ConfigError, match=r"^\[x\] k: expected a finite number"):
            coerce_option(default, given, "[x] k")
    with pytest.raises(ConfigError, match="expected int"):
        coerce_option(3, 2.5, "k")


def test_every_numeric_option_default_is_a_finite_number_at_least_zero():
    # The >= 0 rule of coerce_option relies on this; a plugin's negative default allows negatives.
    for check in load_registry().checks:
        for key, default in check.options.items():
            if isinstance(default, int | float) and not isinstance(default, bool):
                assert default >= 0, (check.name, key)
    assert coerce_option(-1, -5, "k") == -5
    with pytest.raises(ConfigError, match="expected a finite number, got nan"):
        coerce_option(-1.0, float("nan"), "k")


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ('"/dev/zero"', "/dev/zero: a device, not a regular file"),
        ('"missing.csv"', "{tree}/missing.csv: cannot read: no such file or directory"),
        ('"tables"', "{tree}/tables: a folder, not a regular file"),
        ('"pipe.csv"', "{tree}/pipe.csv: a FIFO (named pipe), not a regular file"),
        ('"bad.csv"', "{tree}/bad.csv: line 4: bad rate row: could not convert string to float: 'abc'"),
        ('"nan.csv"', "{tree}/nan.csv: line 2: bad rate row: rates must be finite numbers > 0"),
        ('"short.csv"', "{tree}/short.csv: line 2: bad rate row: 3 fields, the header has 4"),
        (
            '"noheader.csv"',
            "{tree}/noheader.csv: line 1: the header lacks cny_per_unit_max "
            "(expected the columns year,currency,cny_per_unit_min,cny_per_unit_max)",
        ),
        ('"empty.csv"', "{tree}/empty.csv: empty rate table (expected the columns " + RATE_HEADER.strip() + ")"),
    ],
)
def test_a_bad_rate_table_is_a_one_line_config_error_before_any_file_is_linted(tree, value, problem):
    (tree / "tables").mkdir()
    os.mkfifo(tree / "pipe.csv")
    write(tree / "bad.csv", RATE_HEADER + "# a comment line still counts\n2024,USD,7.0,7.3\n2023,USD,abc,7.3\n")
    write(tree / "nan.csv", RATE_HEADER + "2024,USD,nan,7.3\n")
    write(tree / "short.csv", RATE_HEADER + "2024,USD,7.0\n")
    write(tree / "noheader.csv", "year,currency,cny_per_unit_min\n2024,USD,7.0\n")
    write(tree / "empty.csv", "\n# nothing\n")
    write(tree / "pyproject.toml", f"[tool.seedlint.currency]\nrate-table = {value}\n")
    expected = f"{tree / 'pyproject.toml'}: [tool.seedlint.currency] rate-table: " + problem.format(tree=tree)
    assert one_error(seedlint("check", "a.txt", cwd=tree)) == expected
    with pytest.raises(ConfigError) as info:
        load_settings(cwd=tree)
    assert str(info.value) == expected


def test_a_good_rate_table_is_used_and_relative_to_the_config_folder(tree):
    # At 1 yuan per dollar the article's 14亿美元 → 100亿元 is a magnitude slip.
    write(tree / "rates.csv", RATE_HEADER + "2024,USD,1.0,1.1\n")
    write(tree / "pyproject.toml", '[tool.seedlint.currency]\nrate-table = "rates.csv"\n')
    write(tree / "sub" / "b.txt", ARTICLE)
    for cwd, target in ((tree, "a.txt"), (tree / "sub", "b.txt")):
        result = seedlint("check", "--select", "currency", "--output-format", "concise", target, cwd=cwd)
        assert result.returncode == 1, result.stderr
        assert b"SL502" in result.stdout and b"2024 range 1.000" in result.stdout
    options = load_settings(cwd=tree / "sub").options_for("currency", {})
    assert options["rate-table"] == str(tree / "rates.csv")
    (tree / "pyproject.toml").unlink()
    assert seedlint("check", "--select", "currency", "a.txt", cwd=tree).returncode == 0


def test_a_word_list_option_is_read_when_settings_load(tree):
    write(tree / ".seedlint.toml", '[spam]\nextend-lexicon-file = "/dev/zero"\n')
    assert one_error(seedlint("check", "a.txt", cwd=tree)) == (
        f"{tree / '.seedlint.toml'}: [spam] extend-lexicon-file: /dev/zero: a device, not a regular file"
    )
    write(tree / ".seedlint.toml", '[contradiction]\nextend-allowed-doubles-file = "words.txt"\n')
    assert one_error(seedlint("check", "a.txt", cwd=tree)) == (
        f"{tree / '.seedlint.toml'}: [contradiction] extend-allowed-doubles-file: "
        f"{tree / 'words.txt'}: cannot read: no such file or directory"
    )
    write(tree / "words.txt", "# mine\nfoo\n")
    assert seedlint("check", "a.txt", cwd=tree).returncode in (0, 1)


def test_read_user_list_reads_regular_files_only(tmp_path):
    write(tmp_path / "w.txt", "# comment\n a \n\nb\n")
    assert read_user_list(tmp_path / "w.txt") == ("a", "b")
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(FileReadError, match="fifo: a FIFO"):
        read_user_list(tmp_path / "fifo")
    with pytest.raises(FileReadError, match="^/dev/zero: a device, not a regular file$"):
        read_user_list("/dev/zero")
