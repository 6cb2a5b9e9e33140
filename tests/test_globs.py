"""Path patterns with gitignore semantics, .gitignore files, and which files a folder walk lints."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from seedlint.config import Settings, load_settings
from seedlint.engine import discover
from seedlint.globs import GitIgnore, matches

SPAM = "大摩娱乐注册登录送彩金QQ:12345678 大摩娱乐 大摩娱乐\n\n新华社北京3月14日电 国务院召开会议。\n"


@pytest.mark.parametrize(
    "pattern,path,expected",
    [
        ("*.txt", "a.txt", True),
        ("*.txt", "x/y/a.txt", True),  # no slash: a name at any depth
        ("a/**/b.txt", "a/b.txt", True),  # ** is zero or more folders
        ("a/**/b.txt", "a/x/y/b.txt", True),
        ("a/*.txt", "a/x/b.txt", False),  # * never crosses a slash
        ("drafts/*.txt", "x/drafts/a.txt", False),  # a slash anchors at the root
        ("drafts/*.txt", "drafts/a.txt", True),
        ("drafts/", "x/drafts/a.txt", True),  # a trailing slash only: any depth, folders only
        ("seeds", "seeds/a.txt", True),  # a folder covers what is below it
        ("/seeds", "x/seeds/a.txt", False),
    ],
)
def test_patterns_follow_gitignore(pattern, path, expected):
    assert matches(path, (pattern,)) is expected


def test_a_folder_pattern_does_not_match_a_file_of_that_name():
    assert matches("build", ("build/",), folder=True)
    assert not matches("build", ("build/",))


def _tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _found(root: Path, *paths: str, **changes) -> list[str]:
    settings = load_settings(cwd=root)
    if changes:
        import dataclasses

        settings = dataclasses.replace(settings, **changes)
    found = discover([str(root / p) if p != "." else str(root) for p in paths or (".",)], settings)
    return sorted(Path(f).resolve().relative_to(root.resolve()).as_posix() for f in found.files)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    _tree(
        tmp_path,
        {
            ".gitignore": "out/\n*.tmp.txt\n!keep.tmp.txt\n",
            "seeds/a.txt": SPAM,
            "seeds/b.tmp.txt": SPAM,
            "seeds/keep.tmp.txt": SPAM,
            "out/report.txt": SPAM,
            "notes/.gitignore": "private.md\n",
            "notes/private.md": SPAM,
            "notes/public.md": SPAM,
            "build/generated.txt": SPAM,
            "pkg.egg-info/SOURCES.txt": "seeds/a.txt\n",
        },
    )
    return tmp_path


def test_a_walk_honours_gitignore_files_and_the_default_excludes(repo):
    assert _found(repo) == ["notes/public.md", "seeds/a.txt", "seeds/keep.tmp.txt"]


def test_gitignore_is_not_read_outside_a_git_work_tree(tmp_path):
    _tree(tmp_path, {".gitignore": "*.txt\n", "a.txt": SPAM})
    assert _found(tmp_path) == ["a.txt"]
    assert GitIgnore.around(tmp_path) is None or GitIgnore.around(tmp_path).top != tmp_path


def test_respect_gitignore_can_be_turned_off(repo):
    assert "out/report.txt" in _found(repo, respect_gitignore=False)


def test_a_folder_named_on_the_command_line_is_linted_although_ignored(repo):
    assert _found(repo, "out") == ["out/report.txt"]
    assert _found(repo, "build") == ["build/generated.txt"]


def test_exclude_replaces_the_defaults_and_extend_exclude_adds(repo):
    (repo / ".seedlint.toml").write_text('extend-exclude = ["notes/"]\n', encoding="utf-8")
    assert _found(repo) == ["seeds/a.txt", "seeds/keep.tmp.txt"]
    (repo / ".seedlint.toml").write_text('exclude = ["seeds/*.txt"]\n', encoding="utf-8")
    assert _found(repo) == ["build/generated.txt", "notes/public.md", "pkg.egg-info/SOURCES.txt"]


def test_named_files_bypass_exclude_unless_force_exclude(repo):
    (repo / ".seedlint.toml").write_text('exclude = ["seeds/"]\n', encoding="utf-8")
    assert _found(repo, "seeds/a.txt") == ["seeds/a.txt"]
    (repo / ".seedlint.toml").write_text('exclude = ["seeds/"]\nforce-exclude = true\n', encoding="utf-8")
    assert _found(repo, "seeds/a.txt") == []
    assert _found(repo, "seeds") == []


def test_per_file_ignores_are_anchored_at_the_root(tmp_path):
    settings = Settings(root=str(tmp_path), per_file_ignores=(("drafts/*.txt", ("SL101",)),))
    assert "SL101" not in settings.enabled_codes(str(tmp_path / "drafts" / "a.txt"))
    assert "SL101" in settings.enabled_codes(str(tmp_path / "x" / "drafts" / "a.txt"))
    assert "SL101" in settings.enabled_codes(str(tmp_path / "drafts" / "old" / "a.txt"))
