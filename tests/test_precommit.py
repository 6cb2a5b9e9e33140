"""The hooks in .pre-commit-hooks.yaml, run by the real pre-commit in a throw-away git repository.

Most tests run the manifest's hooks as local ``language: system`` hooks pointing at the installed
console script: no network, no environment to build. One test runs ``pre-commit try-repo`` on a
snapshot of this checkout, the way another repository would use the hooks (``language: python``:
pre-commit builds a virtual environment and installs this package from source).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from seedlint.registry import load_registry
from tests.helpers import REPO, SEEDLINT

yaml = pytest.importorskip("yaml")

FINDING_LINE = re.compile(r"^(?P<path>\S.*?):(?P<line>\d+):(?P<column>\d+): (?P<code>SL\d{3})\b", re.MULTILINE)
SUMMARY_LINE = re.compile(r"^Found \d+ findings? in (?P<files>\d+) files?", re.MULTILINE)
BOM = "\ufeff"

ARTICLE = """\
杭州城西新图书馆正式开放
2024年03月05日 10:12

新华社杭州3月5日电(记者李华)位于杭州城西的新图书馆5日正式向公众开放。图书馆共六层，藏书约八十万册，设有少儿阅览区、古籍阅览室和数字体验区。

杭州市文化广电旅游局副局长王明在开馆仪式上说，新馆将延长每日开放时间，并与周边社区图书室实现通借通还。

首日到馆的市民陈女士说，她带孩子来参加绘本阅读活动，希望以后每个周末都能来。

来源:新华社
"""
SPAM_HEADER = "大摩娱乐注册 大摩娱乐登录 大摩娱乐招商QQ"
# Environment variables a surrounding git hook may set; they would point git at the wrong repository.
GIT_LOCATION_VARIABLES = (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_COMMON_DIR",
)

pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.skipif(not SEEDLINT.exists(), reason=f"no seedlint console script at {SEEDLINT} (not installed)"),
]


class GitRepo:
    """A fresh git repository with its own pre-commit cache and no user or system git config."""

    def __init__(self, root: Path) -> None:
        self.path = root / "work"
        self.path.mkdir()
        home = root / "home"
        home.mkdir()
        (home / "gitconfig").write_text("", encoding="utf-8")
        self.env = {k: v for k, v in os.environ.items() if k not in GIT_LOCATION_VARIABLES}
        self.env.update(
            PRE_COMMIT_HOME=str(root / "pre-commit-home"),
            GIT_CONFIG_GLOBAL=str(home / "gitconfig"),
            GIT_CONFIG_NOSYSTEM="1",
            PIP_DISABLE_PIP_VERSION_CHECK="1",
        )
        self.init(self.path)

    def init(self, path: Path) -> None:
        self.git("-c", "init.defaultBranch=main", "init", "-q", cwd=path)
        self.git("config", "user.name", "Seedlint Test", cwd=path)
        self.git("config", "user.email", "test@example.com", cwd=path)
        self.git("config", "commit.gpgsign", "false", cwd=path)

    def git(self, *args: str, cwd: Path | None = None) -> str:
        done = subprocess.run(
            ["git", *args], cwd=cwd or self.path, env=self.env, capture_output=True, text=True, check=True
        )
        return done.stdout

    def write(self, name: str, text: str) -> str:
        path = self.path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        return name

    def use_config(self, hooks: Sequence[dict], repo: str = "local") -> None:
        config = {"repos": [{"repo": repo, "hooks": list(hooks)}]}
        self.write(".pre-commit-config.yaml", yaml.safe_dump(config, allow_unicode=True, sort_keys=False))
        self.git("add", ".pre-commit-config.yaml")
        self.git("commit", "-q", "-m", "pre-commit config")

    def commit_hook(self, hook_id: str, *files: str) -> subprocess.CompletedProcess[str]:
        """Stage ``files`` and run one hook the way ``git commit`` does: on the staged files."""
        self.git("add", "--", *files)
        return self.pre_commit("run", hook_id)

    def pre_commit(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", *args, "--color", "never"],
            cwd=self.path,
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
        )


def manifest_hook(hook_id: str) -> dict:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = [h for h in hooks if h["id"] == hook_id]
    return hook


def as_system_hook(hook_id: str) -> dict:
    """The manifest's hook unchanged except that it runs the installed seedlint directly."""
    hook = dict(manifest_hook(hook_id))
    hook["language"] = "system"
    hook["entry"] = shlex.join([str(SEEDLINT), *shlex.split(hook["entry"])[1:]])
    return hook


def reported(output: str) -> dict[str, set[str]]:
    """Codes reported per path in seedlint's full or concise output."""
    found: dict[str, set[str]] = {}
    for m in FINDING_LINE.finditer(output):
        found.setdefault(m["path"], set()).add(m["code"])
    return found


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    return GitRepo(tmp_path)


def test_manifest_hooks() -> None:
    for hook_id, entry in (
        ("seedlint", "seedlint check --force-exclude"),
        ("seedlint-fix", "seedlint check --fix --force-exclude"),
    ):
        hook = manifest_hook(hook_id)
        assert hook["entry"] == entry
        assert hook["minimum_pre_commit_version"] == "2.9.2"
        assert hook["language"] == "python"
        assert hook["types"] == ["text"]
        assert hook["require_serial"] is True
        pattern = re.compile(hook["files"])
        assert pattern.search("news/2024/article.txt") and pattern.search("README.md")
        assert not pattern.search("setup.py") and not pattern.search("notes.txt.bak")


def test_clean_file_passes(repo: GitRepo) -> None:
    repo.use_config([as_system_hook("seedlint")])
    clean = repo.write("news/clean.txt", ARTICLE)
    done = repo.commit_hook("seedlint", clean)
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"^seedlint\.+Passed$", done.stdout, re.MULTILINE), done.stdout


def test_files_outside_the_pattern_are_not_checked(repo: GitRepo) -> None:
    repo.use_config([as_system_hook("seedlint")])
    other = repo.write("data.csv", BOM + "a,b\n")
    done = repo.commit_hook("seedlint", other)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "(no files to check)Skipped" in done.stdout


def test_the_config_exclude_holds_for_staged_files(repo: GitRepo) -> None:
    repo.use_config([as_system_hook("seedlint")])
    repo.write(".seedlint.toml", 'extend-exclude = ["drafts/"]\n')
    files = [repo.write("drafts/bom.txt", BOM + ARTICLE), repo.write("news/clean.txt", ARTICLE)]
    done = repo.commit_hook("seedlint", ".seedlint.toml", *files)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "drafts/bom.txt" not in done.stdout


def test_encoding_problems_fail_with_the_findings_printed(repo: GitRepo) -> None:
    repo.use_config([as_system_hook("seedlint")])
    files = [
        repo.write("news/clean.txt", ARTICLE),
        repo.write("news/bom.txt", BOM + ARTICLE),
        repo.write("news/hidden.md", ARTICLE.replace("新图书馆", "新图\u200b书馆", 1)),
    ]
    done = repo.commit_hook("seedlint", *files)
    assert done.returncode == 1, done.stdout + done.stderr
    assert re.search(r"^seedlint\.+Failed$", done.stdout, re.MULTILINE)
    assert "- exit code: 1" in done.stdout
    assert "news/bom.txt:1:1: SL002 " in done.stdout
    assert "news/hidden.md:1:7: SL005 " in done.stdout
    assert reported(done.stdout) == {"news/bom.txt": {"SL002"}, "news/hidden.md": {"SL005"}}


@pytest.mark.skipif(
    not any(rule.family == "spam" for rule in load_registry().rules), reason="no spam rules are registered"
)
def test_spam_header_fails(repo: GitRepo) -> None:
    repo.use_config([as_system_hook("seedlint")])
    files = [repo.write("clean.txt", ARTICLE), repo.write("spam.txt", f"{SPAM_HEADER}\n\n{ARTICLE}")]
    done = repo.commit_hook("seedlint", *files)
    assert done.returncode == 1, done.stdout + done.stderr
    spam_lines = [m for m in FINDING_LINE.finditer(done.stdout) if m["path"] == "spam.txt"]
    assert any(m["line"] == "1" and m["code"].startswith("SL1") for m in spam_lines), done.stdout
    assert "clean.txt" not in reported(done.stdout)


def test_fix_hook_removes_the_bom_then_passes(repo: GitRepo) -> None:
    repo.use_config([as_system_hook("seedlint-fix")])
    bom = repo.write("bom.txt", BOM + ARTICLE)
    first = repo.commit_hook("seedlint-fix", bom)
    # pre-commit fails a hook that modified files, even though nothing is left to report.
    assert first.returncode == 1, first.stdout + first.stderr
    assert "- files were modified by this hook" in first.stdout
    assert "SL002" not in first.stdout
    assert (repo.path / bom).read_bytes() == ARTICLE.encode("utf-8")
    # The fixed file must be staged again, as after any hook that modifies files.
    second = repo.commit_hook("seedlint-fix", bom)
    assert second.returncode == 0, second.stdout + second.stderr


def test_every_failing_file_is_reported_across_batches(repo: GitRepo) -> None:
    """pre-commit splits a long file list into several command lines (about 128 KiB each on POSIX);
    with require_serial they run one after the other and their output is concatenated."""
    repo.use_config([as_system_hook("seedlint")])
    folder = "/".join(["新闻稿件存档" * 8, "a" * 200, "b" * 200])  # long paths: fewer files fill a command line
    names, failing = [], {}
    for n in range(480):
        if n % 7 == 0 or n == 479:
            failing[f"{folder}/doc{n:03}.txt"] = "SL002"
            names.append(repo.write(f"{folder}/doc{n:03}.txt", BOM + ARTICLE))
        elif n == 250:
            failing[f"{folder}/doc{n:03}.txt"] = "SL005"
            names.append(repo.write(f"{folder}/doc{n:03}.txt", "\u200b" + ARTICLE))
        else:
            names.append(repo.write(f"{folder}/doc{n:03}.txt", ARTICLE))
    assert sum(len(name.encode("utf-8")) + 1 for name in names) > 1.5 * 2**17
    done = repo.commit_hook("seedlint", *names)
    assert done.returncode == 1, done.stderr
    batches = [int(m["files"]) for m in SUMMARY_LINE.finditer(done.stdout)]
    assert len(batches) >= 2, done.stdout[-2000:]
    assert sum(batches) == len(names)
    assert reported(done.stdout) == {path: {code} for path, code in failing.items()}


def _snapshot_of_checkout(destination: Path, repo: GitRepo) -> None:
    """Copy the checkout's tracked and untracked, not ignored, files into a new repository with one
    commit: try-repo on the checkout itself would leave out files that are not committed yet."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    repo.init(destination)
    repo.git("add", "-A", cwd=destination)
    repo.git("commit", "-q", "-m", "snapshot", cwd=destination)


NETWORK_ERRORS = (
    "Failed to establish a new connection",
    "Temporary failure in name resolution",
    "Network is unreachable",
    "ProxyError",
)


def test_try_repo_installs_the_package_and_runs_the_hook(repo: GitRepo, tmp_path: Path) -> None:
    if not (REPO / ".git").exists():
        pytest.skip("the checkout is not a git repository")
    source = tmp_path / "seedlint-source"
    source.mkdir()
    _snapshot_of_checkout(source, repo)
    files = [repo.write("clean.txt", ARTICLE), repo.write("bom.txt", BOM + ARTICLE)]
    done = repo.pre_commit("try-repo", str(source), "seedlint", "--files", *files, timeout=150)
    output = done.stdout + done.stderr
    if done.returncode == 3 and any(error in output for error in NETWORK_ERRORS):
        pytest.skip("the package index is unreachable: the hook environment cannot be installed")
    assert done.returncode == 1, output
    assert reported(done.stdout) == {"bom.txt": {"SL002"}}
    assert "bom.txt:1:1: SL002 " in done.stdout
