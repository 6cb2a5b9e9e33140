"""What several test modules use: the repository's paths, the shared folder beside it, the vendored SARIF
schema, running seedlint (a real process or click's runner) and the set of characters shown escaped."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from seedlint.cli import cli

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = REPO / "seeds"
DATA = Path(__file__).resolve().with_name("data")
SARIF_SCHEMA = DATA / "sarif-schema-2.1.0.json"
SEEDLINT = Path(sys.executable).with_name("seedlint")
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def in_ci() -> bool:
    """CI sets ``CI`` (GitHub Actions, GitLab, most others): there every test must run."""
    return bool(os.environ.get("CI"))


def has_shared(*parts: str) -> bool:
    """Whether ``../shared/<parts>`` is present. Under CI its absence fails the calling test, naming the path:
    a CI job without the shared folder would otherwise pass while testing less."""
    path = SHARED.joinpath(*parts)
    if path.exists():
        return True
    if in_ci():
        message = f"{path} is not present: CI (CI={os.environ['CI']!r}) needs the shared folder beside the repository"
        pytest.fail(message, pytrace=False)
    return False


def shared_path(*parts: str) -> Path:
    """A path under ../shared; when it is absent, the test fails under CI and skips with the reason elsewhere."""
    path = SHARED.joinpath(*parts)
    if not has_shared(*parts):
        pytest.skip(f"{path} is not present (the shared folder sits beside the repository in CI)")
    return path


def sarif_schema() -> dict[str, Any]:
    """The OASIS SARIF 2.1.0 schema kept in tests/data (see its README for provenance and licence)."""
    schema: dict[str, Any] = json.loads(SARIF_SCHEMA.read_text("utf-8"))
    return schema


def run(
    *args: str, cwd: Path | None = None, input: bytes | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[bytes]:
    """The installed ``seedlint`` command in a real process; never raises on a non-zero exit."""
    return subprocess.run(
        [str(SEEDLINT), *args], cwd=cwd, input=input, capture_output=True, timeout=timeout, check=False
    )


def invoke(*args: str, cwd: Path, input: str | bytes | None = None) -> Result:
    """The command line through click's runner, in ``cwd`` (stderr is mixed into the output)."""
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    finally:
        os.chdir(old)


def stderr_lines(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    return result.stderr.decode("utf-8", "replace").splitlines()


def run_python(code: str) -> str:
    """Run ``code`` in a fresh interpreter (what a module imports is seen only there); its stdout.
    A failure, an assertion among them, fails the calling test with the child's stderr."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def must_be_escaped(c: str) -> bool:
    """The escaped set, defined independently of the implementation's regular expression."""
    category = unicodedata.category(c)
    return (category == "Cc" and c != "\t") or category == "Cs" or c in BIDI or c in "\u2028\u2029"


# A small corpus of real-looking records: a spam header, page chrome, clean text, a footer.
SPAM = "大摩娱乐注册 大摩娱乐登录 大摩娱乐招商QQ\n\n"
ARTICLE_1 = "2024年11月8日,新华社北京电 科技公司宣布了新的投资计划,预计明年完工。\n"
CHROME = "Navigation menu\n\n"
ARTICLE_2 = "2024年11月9日,国家统计局发布数据,十月份居民消费价格同比上涨0.3%。\n"
ARTICLE_3 = "2024年11月10日电 北京市今年新建公园二十个。\n"
FOOTER = "版权所有 © 2008-2024 某某网 京ICP备12345678号\n"
ROWS: list[dict[str, Any]] = [
    {"id": "n1", "text": SPAM + ARTICLE_1, "url": "https://news.example.cn/1", "meta": {"site": "example"}},
    {"id": "n2", "text": CHROME + ARTICLE_2, "url": "https://news.example.cn/2", "meta": {"site": "example"}},
    {"id": "n3", "text": ARTICLE_3, "url": "https://news.example.cn/3", "meta": {"site": "other"}},
    {"id": "n4", "text": ARTICLE_3 + FOOTER, "url": "https://news.example.cn/4", "meta": {"site": "other"}},
]


def write_corpus(path: Path, rows: list[dict[str, Any]], extra_lines: tuple[str, ...] = ()) -> Path:
    """A corpus file of ``rows``: JSON Lines (gzipped for .gz) or Parquet, by its name."""
    if path.name.endswith(".parquet"):
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), path)
        return path
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows) + "".join(extra_lines)
    raw = data.encode("utf-8")
    path.write_bytes(gzip.compress(raw) if path.name.endswith(".gz") else raw)
    return path
