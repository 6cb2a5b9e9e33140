"""What a ruff user expects of the command line: selection layered over the config, file selection
(exclude, force-exclude, .gitignore, --show-files), colour, fix options and one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from seedlint.reporters.full import _width
from tests.helpers import invoke, run, run_python

# One spam header (SL101, fixable), one chrome line (SL102, fixable), a doubled list item (SL401).
SPAM = (
    "大摩娱乐注册 大摩娱乐登录 大摩娱乐招商QQ\n\nNavigation menu\n\n"
    "来源:新华社\n\n2024年11月8日,新华社北京电 据统计,微软、微软和亚马逊仅在这两家公司上就投入了近200亿美元。\n"
)
CLEAN = "来源:新华社\n\n2024年11月8日,新华社北京电 科技公司宣布了新的投资计划。\n"


def codes(result) -> list[str]:
    return [line.split()[1] for line in result.output.splitlines() if line.count(":") >= 3 and " SL" in line]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "spam.txt").write_text(SPAM, "utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "draft.txt").write_text(SPAM, "utf-8")
    return tmp_path


def concise(*args: str, cwd: Path):
    return invoke("check", "--no-cache", "--output-format", "concise", *args, cwd=cwd)


# Rule selection ---------------------------------------------------------------------------------


def test_cli_ignore_adds_to_the_config_ignore(project):
    (project / ".seedlint.toml").write_text('ignore = ["SL101"]\n', "utf-8")
    assert set(codes(concise("--ignore", "SL102", "seeds", cwd=project))) == {"SL401"}
    assert set(codes(concise("--extend-ignore", "SL401", "seeds", cwd=project))) == {"SL102"}


def test_cli_select_starts_over_as_ruff_does(project):
    (project / ".seedlint.toml").write_text('ignore = ["SL101"]\n', "utf-8")
    # The config's ignore belongs to the config's selection, which --select replaces.
    assert codes(concise("--select", "SL101", "seeds", cwd=project)) == ["SL101"]
    assert set(codes(concise("--extend-select", "SL101", "seeds", cwd=project))) == {"SL101", "SL102", "SL401"}


def test_a_mistyped_selector_names_the_similar_one(project):
    result = run("check", "--select", "SL4O1", "seeds", cwd=project)
    assert result.returncode == 2
    assert result.stderr.decode().strip() == (
        "seedlint: error: --select: unknown rule selector 'SL4O1' (a similar value exists: 'SL401')"
    )


def test_extend_per_file_ignores_adds_and_per_file_ignores_replaces(project):
    (project / ".seedlint.toml").write_text('[per-file-ignores]\n"seeds/*.txt" = ["SL101"]\n', "utf-8")
    assert "SL101" not in codes(concise("seeds", cwd=project))
    found = codes(concise("--extend-per-file-ignores", "seeds/*.txt:SL102", "seeds", cwd=project))
    assert "SL101" not in found and "SL102" not in found
    assert "SL101" in codes(concise("--per-file-ignores", "seeds/*.txt:SL102", "seeds", cwd=project))


# File selection ---------------------------------------------------------------------------------


def test_exclude_options_and_force_exclude(project):
    assert {line.split(":")[0] for line in concise(".", cwd=project).output.splitlines() if ":" in line} == {
        "drafts/draft.txt",
        "seeds/spam.txt",
    }
    assert "drafts/" not in concise("--exclude", "drafts/", ".", cwd=project).output
    assert "drafts/" not in concise("--extend-exclude", "drafts/*.txt", ".", cwd=project).output
    # A file named on the command line is linted unless --force-exclude (pre-commit names files).
    assert "drafts/draft.txt" in concise("--exclude", "drafts/", "drafts/draft.txt", cwd=project).output
    forced = concise("--exclude", "drafts/", "--force-exclude", "drafts/draft.txt", cwd=project)
    assert forced.exit_code == 0 and "SL101" not in forced.output


def test_show_files_lists_what_a_run_would_lint(project):
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    (project / ".gitignore").write_text("drafts/\n", "utf-8")
    (project / "build").mkdir()
    (project / "build" / "out.txt").write_text(SPAM, "utf-8")
    result = invoke("check", "--show-files", ".", cwd=project)
    assert result.exit_code == 0
    assert result.output.splitlines() == ["seeds/spam.txt"]
    shown = invoke("check", "--show-files", "--no-respect-gitignore", ".", cwd=project).output.splitlines()
    assert shown == ["drafts/draft.txt", "seeds/spam.txt"]


def test_an_empty_folder_says_so(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("check", "--no-cache", "empty", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.decode() == "All checks passed!\n"
    assert "no files to lint" in result.stderr.decode()


def test_a_clean_run_says_all_checks_passed(tmp_path):
    (tmp_path / "clean.txt").write_text(CLEAN, "utf-8")
    assert concise("clean.txt", cwd=tmp_path).output == "All checks passed!\n"


def test_a_missing_path_is_reported_and_the_rest_is_linted(project):
    result = run("check", "--no-cache", "--output-format", "concise", "missing.txt", "seeds", cwd=project)
    assert result.returncode == 2
    assert "seeds/spam.txt:1:1: SL101" in result.stdout.decode()
    assert "seedlint: error: missing.txt: no such file or directory" in result.stderr.decode()


# Errors and environment -------------------------------------------------------------------------


def test_usage_errors_are_one_line(tmp_path):
    result = run("check", "--selct", "SL1", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("seedlint: error: No such option '--selct'")
    assert "'--select'" in lines[0] and "(see 'seedlint check --help')" in lines[0]


def test_output_format_from_the_environment(project):
    result = subprocess.run(
        [sys.executable, "-m", "seedlint", "check", "--no-cache", "seeds"],
        cwd=project,
        capture_output=True,
        env={**_env(), "SEEDLINT_OUTPUT_FORMAT": "json-lines"},
        check=False,
    )
    assert result.stdout.decode().startswith('{"')


def test_a_closed_pipe_ends_the_run_quietly(project):
    for i in range(200):
        (project / "seeds" / f"copy{i:03d}.txt").write_text(SPAM, "utf-8")
    command = f"{sys.executable} -m seedlint check --no-cache seeds | head -1"
    result = subprocess.run(command, shell=True, cwd=project, capture_output=True, env=_env(), check=False)
    assert result.stdout.decode().startswith("seeds/copy000.txt:1:1:")
    assert result.stderr.decode() == ""


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "SEEDLINT_OUTPUT_FORMAT")}


# Colour -----------------------------------------------------------------------------------------


def _colored(*extra: str, env: dict[str, str], cwd: Path) -> bool:
    result = subprocess.run(
        [sys.executable, "-m", "seedlint", "check", "--no-cache", *extra, "seeds"],
        cwd=cwd,
        capture_output=True,
        env={**_env(), **env},
        check=False,
    )
    return "\x1b[" in result.stdout.decode()


@pytest.mark.parametrize("fmt", ["full", "concise"])
def test_colour_follows_flags_then_no_color_then_force_color(project, fmt):
    args = ("--output-format", fmt)
    assert not _colored(*args, env={}, cwd=project)  # a pipe: plain
    assert _colored(*args, "--color", env={}, cwd=project)  # asked for, even into a pipe
    assert _colored(*args, env={"FORCE_COLOR": "1"}, cwd=project)
    assert not _colored(*args, env={"FORCE_COLOR": "1", "NO_COLOR": "1"}, cwd=project)
    assert _colored(*args, "--color", env={"NO_COLOR": "1"}, cwd=project)


# Fixes ------------------------------------------------------------------------------------------


def test_unfixable_rules_keep_their_text_and_lose_the_fix_marker(project):
    result = concise("--unfixable", "SL101", "seeds", cwd=project)
    assert "SL101 Injected" in result.output and "SL102 [*]" in result.output
    invoke("check", "--no-cache", "--fix", "--fixable", "SL102", "seeds", cwd=project)
    text = (project / "seeds" / "spam.txt").read_text("utf-8")
    assert text.startswith("大摩娱乐注册") and "Navigation menu" not in text


def test_show_fixes_and_exit_non_zero_on_fix(project):
    result = run(
        "check",
        "--no-cache",
        "--fix",
        "--show-fixes",
        "--exit-non-zero-on-fix",
        "-q",
        "--select",
        "spam",
        "seeds",
        cwd=project,
    )
    assert result.returncode == 1  # nothing is left, but files changed
    assert result.stderr.decode().splitlines() == [
        "Fixed 2 findings:",
        "- seeds/spam.txt:",
        "    1 \u00d7 SL101 (spam-header)",
        "    1 \u00d7 SL102 (page-chrome)",
    ]
    again = run("check", "--no-cache", "--fix", "--exit-non-zero-on-fix", "--select", "spam", "seeds", cwd=project)
    assert again.returncode == 0


# Carets -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,cells",
    [
        ("abc", 3),
        ("中文", 4),
        ("e\u0301", 1),  # a combining accent takes no cell
        ("\U0001f468\u200d\U0001f469\u200d\U0001f467", 2),  # one family emoji
        ("\U0001f1e8\U0001f1f3", 2),  # a flag
    ],
)
def test_carets_measure_cells_as_a_terminal_draws_them(text, cells):
    assert _width(text) == cells


def test_carets_stay_under_a_span_after_combining_marks_and_emoji(tmp_path):
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    line = f"Cafe\u0301 {family} 据统计,微软、微软和亚马逊仅在这两家公司上就投入了近200亿美元。"
    (tmp_path / "a.txt").write_text(CLEAN + line + "\n", "utf-8")
    output = invoke("check", "--no-cache", "--select", "SL401", "a.txt", cwd=tmp_path).output
    rows = output.splitlines()
    source = next(row for row in rows if " | " in row and "、微软" in row)
    carets = rows[rows.index(source) + 1]
    # "4 | " then Café 4 cells, a space, the family emoji 2, a space, 据统计 6, the comma 1, 微软 4, 、 2.
    assert carets.index("^") == 4 + 4 + 1 + 2 + 1 + 6 + 1 + 4 + 2
    assert source.startswith("4 | ")


def test_plain_chinese_lines_are_measured_without_loading_wcwidth():
    run_python(
        "import sys\n"
        "from seedlint.reporters.full import _width\n"
        "assert _width('据统计,微软、微软和亚马逊') == 25\n"
        "assert 'wcwidth' not in sys.modules\n"
        "assert _width('e\\u0301') == 1 and 'wcwidth' in sys.modules\n"
    )


@pytest.mark.parametrize(
    "args,message",
    [
        (("--fix",), "--fix cannot be used with --engine ray"),
        (("--output-format", "full"), "--engine ray writes --output-format json-lines, or Parquet with -o *.parquet"),
        (
            ("--statistics", "-o", "findings.parquet"),
            "--statistics cannot be written as Parquet (-o *.parquet)",
        ),
    ],
)
def test_engine_ray_refuses_what_it_cannot_do(project, args, message):
    result = run("check", "--engine", "ray", *args, "seeds", cwd=project)
    assert result.returncode == 2
    assert result.stderr.decode().strip() == f"seedlint: error: {message}"


def test_engine_ray_needs_a_corpus(project):
    result = run("check", "--engine", "ray", "--output-format", "json-lines", "seeds", cwd=project)
    assert result.returncode == 2 and "none under the given paths" in result.stderr.decode()
