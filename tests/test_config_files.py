"""Config files, rate tables, word lists and baselines the user names: regular files only, read with
a size cap, and every problem reported as one line naming the path or key. Real processes."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from seedlint.config import ConfigError, coerce_option, parse_size
from tests.helpers import run

ARTICLE = "2024年11月8日，新华社北京电 科技公司宣布了新的投资计划，投资约14亿美元（约合人民币100亿元）。\n"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    return tmp_path


def one_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2, result
    lines = result.stderr.decode("utf-8").splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("seedlint: error: ") and "internal error" not in lines[0], lines
    return lines[0].removeprefix("seedlint: error: ")


def test_a_device_or_fifo_as_config_is_refused_at_once(tree):
    assert one_error(run("check", "--config", "/dev/zero", "a.txt", cwd=tree)) == (
        "/dev/zero: a device, not a regular file"
    )
    os.mkfifo(tree / "pipe.toml")
    assert one_error(run("check", "--config", "pipe.toml", "a.txt", cwd=tree)) == (
        "pipe.toml: a FIFO (named pipe), not a regular file"
    )


def test_invalid_toml_names_the_file_and_position(tree):
    (tree / ".seedlint.toml").write_text("[currency\n", "utf-8")
    message = one_error(run("check", "a.txt", cwd=tree))
    assert message.startswith(f"{tree / '.seedlint.toml'}: invalid TOML: ") and "line 1" in message


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ('rate-table = "/dev/zero"', "[currency] rate-table: /dev/zero: a device, not a regular file"),
        ('rate-table = "nope.csv"', "[currency] rate-table: {dir}/nope.csv: cannot read: no such file or directory"),
        (
            'rate-table = "rates.csv"',
            "[currency] rate-table: {dir}/rates.csv: line 3: bad rate row: could not convert string to float: 'abc'",
        ),
        (
            'rate-table = "nan.csv"',
            "[currency] rate-table: {dir}/nan.csv: line 2: bad rate row: rates must be finite numbers > 0",
        ),
    ],
)
def test_a_bad_rate_table_is_a_one_line_config_error(tree, table, expected):
    header = "year,currency,cny_per_unit_min,cny_per_unit_max\n"
    (tree / "rates.csv").write_text(header + "2024,USD,7.0,7.3\n2023,USD,abc,7.3\n", "utf-8")
    (tree / "nan.csv").write_text(header + "2024,USD,nan,7.3\n", "utf-8")
    (tree / ".seedlint.toml").write_text(f"[currency]\n{table}\n", "utf-8")
    # Relative paths in a config file are relative to its folder.
    config = tree / ".seedlint.toml"
    assert one_error(run("check", "a.txt", cwd=tree)) == f"{config}: " + expected.format(dir=tree)


def test_a_good_custom_rate_table_is_used(tree):
    header = "year,currency,cny_per_unit_min,cny_per_unit_max\n"
    # A table that puts the dollar at 1 yuan makes the article's conversion wrong.
    (tree / "rates.csv").write_text(header + "2024,USD,1.0,1.1\n", "utf-8")
    (tree / ".seedlint.toml").write_text('[currency]\nrate-table = "rates.csv"\n', "utf-8")
    result = run("check", "--select", "currency", "a.txt", cwd=tree)
    assert result.returncode == 1, result.stderr
    assert b"SL502" in result.stdout and b"2024 range 1.000" in result.stdout
    (tree / ".seedlint.toml").unlink()
    assert run("check", "--select", "currency", "a.txt", cwd=tree).returncode == 0


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "-0.5"])
def test_non_finite_or_negative_options_are_rejected_with_the_key(tree, value):
    (tree / ".seedlint.toml").write_text(f"[currency]\ntolerance = {value}\n", "utf-8")
    message = one_error(run("check", "a.txt", cwd=tree))
    assert message.endswith(f"[currency] tolerance: expected a finite number >= 0, got {float(value)!r}")


def test_coerce_option_keeps_ints_ints_and_accepts_zero():
    assert coerce_option(3, 0, "k") == 0
    assert coerce_option(0.03, 1, "k") == 1.0
    with pytest.raises(ConfigError, match="expected int"):
        coerce_option(3, 2.5, "k")
    with pytest.raises(ConfigError, match="finite"):
        coerce_option(3, -1, "k")


def test_max_file_size_accepts_bytes_and_units_and_rejects_the_rest():
    assert parse_size(1024, "k") == 1024
    assert parse_size("50MB", "k") == 50 * 1024 * 1024
    assert parse_size("512 kb", "k") == 512 * 1024
    for bad in ("-1MB", "0", "lots", True, "1TB", "nanMB"):
        with pytest.raises(ConfigError, match="k: expected"):
            parse_size(bad, "k")


def test_max_file_size_skips_larger_files_with_a_warning(tree):
    (tree / ".seedlint.toml").write_text('max-file-size = "100"\n', "utf-8")
    result = run("check", "a.txt", cwd=tree)
    assert result.returncode == 0
    size = len(ARTICLE.encode())
    assert result.stderr.decode().splitlines() == [
        f"seedlint: warning: a.txt: skipped ({size} bytes, larger than max-file-size (100 bytes))"
    ]


def test_a_device_as_baseline_or_word_list_is_refused(tree):
    assert one_error(run("check", "--baseline", "/dev/zero", "a.txt", cwd=tree)) == (
        "/dev/zero: a device, not a regular file"
    )
