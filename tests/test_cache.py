"""The results cache: a warm run on unchanged files does no linting and reports the same findings."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import seedlint.engine
from seedlint.cache import TAG, Cache, settings_key
from seedlint.config import Settings, load_settings
from tests.helpers import SEEDLINT, invoke, run

CLEAN = "来源:新华社\n\n2024年11月8日,新华社北京电 科技公司宣布了新的投资计划。\n"
CHROME = "Navigation menu\n\n" + CLEAN


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    for i in range(3):
        (tmp_path / "docs" / f"{i}.txt").write_text(CHROME if i != 1 else CLEAN, "utf-8")
    return tmp_path


def _no_linting(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("a warm run linted a file")

    monkeypatch.setattr(seedlint.engine, "lint_document", refuse)
    monkeypatch.setattr(seedlint.engine, "_built_checks", refuse)


@pytest.mark.parametrize("fmt", ["full", "json", "sarif", "concise"])
def test_a_warm_run_reports_the_same_findings_without_linting(tree, monkeypatch, fmt):
    cold = invoke("check", "--output-format", fmt, "docs", cwd=tree)
    assert cold.exit_code == 1 and "SL1" in cold.output
    _no_linting(monkeypatch)
    warm = invoke("check", "--output-format", fmt, "docs", cwd=tree)
    assert (warm.exit_code, warm.output) == (cold.exit_code, cold.output)


def test_the_cache_folder_is_tagged_and_ignored_by_git(tree, _own_cache):
    invoke("check", "docs", cwd=tree)
    assert (_own_cache / "CACHEDIR.TAG").read_text("utf-8").startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert (_own_cache / ".gitignore").read_text("utf-8").splitlines()[-1] == "*"
    (entries,) = _own_cache.glob("*/*.json")
    data = json.loads(entries.read_text("utf-8"))
    assert sorted(data["entries"]) == ["docs/0.txt", "docs/1.txt", "docs/2.txt"]


def test_without_a_cache_dir_the_cache_sits_beside_the_config(tree, monkeypatch):
    monkeypatch.delenv("SEEDLINT_CACHE_DIR")
    (tree / "pyproject.toml").write_text("[tool.seedlint]\nexclude = ['drafts']\n", "utf-8")
    (tree / "docs" / "sub").mkdir()
    invoke("check", ".", cwd=tree / "docs" / "sub")
    invoke("check", "docs", cwd=tree)
    assert (tree / ".seedlint_cache" / "CACHEDIR.TAG").exists()
    assert not (tree / "docs" / "sub" / ".seedlint_cache").exists()
    (tree / "pyproject.toml").write_text("[tool.seedlint]\ncache-dir = 'build/lint-cache'\n", "utf-8")
    invoke("check", "docs", cwd=tree)
    assert (tree / "build" / "lint-cache" / "CACHEDIR.TAG").exists()


def test_an_edited_file_is_linted_again(tree, monkeypatch):
    invoke("check", "docs", cwd=tree)
    (tree / "docs" / "1.txt").write_text(CHROME, "utf-8")
    linted = []
    real = seedlint.engine.lint_document
    monkeypatch.setattr(seedlint.engine, "lint_document", lambda doc, s=None: linted.append(doc.path) or real(doc, s))
    out = invoke("check", "--output-format", "json", "docs", cwd=tree)
    assert linted == ["docs/1.txt"]
    assert "docs/1.txt" in {f["path"] for f in json.loads(out.output)["findings"]}


def test_other_settings_use_other_entries(tree, monkeypatch):
    invoke("check", "docs", cwd=tree)
    out = invoke("check", "--select", "SL306", "--output-format", "json", "docs", cwd=tree)
    assert {f["code"] for f in json.loads(out.output)["findings"]} <= {"SL306"}
    again = invoke("check", "--output-format", "json", "docs", cwd=tree)
    assert "SL102" in {f["code"] for f in json.loads(again.output)["findings"]}


def test_settings_key_follows_what_findings_depend_on(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    base = Settings()
    assert settings_key(base) == settings_key(Settings())
    assert settings_key(base) != settings_key(Settings(ignore=("SL102",)))
    assert settings_key(base) != settings_key(base.with_options("spam", {"chrome-min-score": 60}))
    table = tmp_path / "rates.csv"
    table.write_text("year,currency,cny_per_unit_mean,cny_per_unit_min,cny_per_unit_max,days\n", "utf-8")
    with_table = base.with_options("currency", {"rate-table": str(table)})
    before = settings_key(with_table)
    table.write_text(table.read_text("utf-8") + "2020,USD,6.9,6.5,7.1,250\n", "utf-8")
    assert settings_key(with_table) != before


def test_a_corrupt_cache_file_counts_as_empty(tree, _own_cache):
    first = invoke("check", "--output-format", "json", "docs", cwd=tree)
    for cached in _own_cache.glob("*/*.json"):
        cached.write_bytes(b'{"entries": {"docs/0.txt": ["x", [1, 2]]}, "trunc')
    again = invoke("check", "--output-format", "json", "docs", cwd=tree)
    assert again.output == first.output
    cache = Cache(_own_cache, "missing-key")
    assert cache.get("docs/0.txt", "x") is None


def test_an_entry_of_another_shape_is_linted_again(tmp_path):
    cache = Cache(tmp_path, "k")
    cache._entries["a.txt"] = ["abc", [[1, 2, 3]]]
    assert cache.get("a.txt", "abc") is None
    assert cache.get("a.txt", "other") is None


def test_no_cache_reads_and_writes_nothing(tree, _own_cache, monkeypatch):
    invoke("check", "--no-cache", "docs", cwd=tree)
    assert not _own_cache.exists()
    monkeypatch.setenv("SEEDLINT_NO_CACHE", "1")
    invoke("check", "docs", cwd=tree)
    assert not _own_cache.exists()


def test_fix_does_not_trust_the_cache_and_the_next_check_sees_the_fixed_file(tree):
    invoke("check", "docs", cwd=tree)
    fixed = invoke("check", "--fix", "docs", cwd=tree)
    assert "fixed" in fixed.output
    assert not (tree / "docs" / "0.txt").read_text("utf-8").startswith("Navigation")
    after = invoke("check", "--output-format", "json", "docs", cwd=tree)
    assert not [f for f in json.loads(after.output)["findings"] if f["code"] == "SL102"]


def test_an_unwritable_cache_is_a_warning_and_the_run_goes_on(tree):
    (tree / "blocker").write_text("a file where the cache folder should be\n", "utf-8")
    result = run("check", "--cache-dir", str(tree / "blocker" / "cache"), "docs", cwd=tree)
    assert result.returncode == 1
    assert b"SL102" in result.stdout
    assert b"seedlint: warning:" in result.stderr and b"cannot write the cache" in result.stderr


def test_entries_of_deleted_files_are_dropped(tree, _own_cache):
    invoke("check", "docs", cwd=tree)
    (tree / "docs" / "2.txt").unlink()
    (tree / "docs" / "1.txt").write_text(CHROME, "utf-8")
    invoke("check", "docs", cwd=tree)
    (cached,) = _own_cache.glob("*/*.json")
    assert sorted(json.loads(cached.read_text("utf-8"))["entries"]) == ["docs/0.txt", "docs/1.txt"]


def test_partly_cached_parallel_runs_keep_path_order(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(80):
        (folder / f"{i:03d}.txt").write_text(CHROME.replace("投资", f"第{i}个投资"), "utf-8")
    cold = run("check", "--no-cache", "--output-format", "json", "-j", "2", "many", cwd=tmp_path)
    run("check", "-j", "2", "many", cwd=tmp_path)
    for i in range(0, 80, 7):
        (folder / f"{i:03d}.txt").write_text(CLEAN if i % 2 else CHROME, "utf-8")
    fresh = run("check", "--no-cache", "--output-format", "json", "-j", "2", "many", cwd=tmp_path)
    warm = run("check", "--output-format", "json", "-j", "2", "many", cwd=tmp_path)
    assert warm.stdout == fresh.stdout != cold.stdout


def test_two_runs_at_once_both_succeed_and_leave_a_valid_cache(tmp_path, _own_cache):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(120):
        (folder / f"{i:03d}.txt").write_text(CHROME.replace("投资", f"第{i}个投资"), "utf-8")
    args = [str(SEEDLINT), "check", "--output-format", "json", "-j", "1", "many"]
    first, second = (subprocess.Popen(args, cwd=tmp_path, stdout=subprocess.PIPE) for _ in range(2))
    outputs = [p.communicate(timeout=120)[0] for p in (first, second)]
    assert first.returncode == second.returncode == 1 and outputs[0] == outputs[1]
    (cached,) = _own_cache.glob("*/*.json")
    assert len(json.loads(cached.read_text("utf-8"))["entries"]) == 120
    assert not list(_own_cache.glob("*/.*.tmp"))
    assert run("check", "--output-format", "json", "many", cwd=tmp_path).stdout == outputs[0]


def test_clean_removes_the_cache(tree, _own_cache):
    invoke("check", "docs", cwd=tree)
    result = run("clean", cwd=tree)
    assert result.returncode == 0 and b"Removed the cache at" in result.stderr
    assert not _own_cache.exists()
    again = run("clean", cwd=tree)
    assert again.returncode == 0 and b"No cache at" in again.stderr


def test_clean_refuses_a_folder_that_is_not_a_seedlint_cache(tree):
    precious = tree / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me\n", "utf-8")
    result = run("clean", "--cache-dir", str(precious), cwd=tree)
    assert result.returncode == 2
    assert result.stderr.decode().strip().endswith("not a seedlint cache (no seedlint CACHEDIR.TAG in it); not removed")
    assert (precious / "notes.txt").exists()
    (precious / "CACHEDIR.TAG").write_text(TAG.splitlines()[0] + "\n# another tool\n", "utf-8")
    assert run("clean", "--cache-dir", str(precious), cwd=tree).returncode == 2


def test_a_config_of_paths_only_does_not_load_the_registry(tmp_path, monkeypatch):
    import seedlint.config

    (tmp_path / "pyproject.toml").write_text("[tool.seedlint]\nexclude = ['drafts']\npaths = ['docs']\n", "utf-8")
    monkeypatch.setattr(seedlint.config, "load_registry", lambda: (_ for _ in ()).throw(AssertionError("loaded")))
    settings = load_settings(tmp_path / "pyproject.toml")
    assert settings.exclude == ("drafts",)


def test_a_fully_cached_run_imports_no_check(tree):
    # A pre-commit run over unchanged files: every finding comes from the cache, so not one rule
    # module (nor the registry that imports them all) is loaded.
    assert run("check", "-q", str(tree), cwd=tree).returncode in (0, 1)
    code = (
        "import sys; from seedlint.cli import main\n"
        f"sys.argv = ['seedlint', 'check', '-q', {str(tree)!r}]\n"
        "try:\n    main()\nexcept SystemExit as exit:\n    assert exit.code in (0, 1), exit.code\n"
        "print(sorted(m for m in sys.modules if m.startswith('seedlint.checks.')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=tree, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "SL102" in result.stdout  # the cached findings, reported
    assert result.stdout.strip().splitlines()[-1] == "[]"
