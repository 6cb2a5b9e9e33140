"""The command line as a user meets it: exit codes, formats, errors, fixes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO, invoke, run

CLEAN = "来源:新华社\n\n2024年11月8日,新华社北京电 科技公司宣布了新的投资计划。\n"
BOM_DOC = "\ufeff" + CLEAN


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "clean.txt").write_text(CLEAN, "utf-8")
    (tmp_path / "docs" / "bom.txt").write_bytes(BOM_DOC.encode("utf-8"))
    (tmp_path / "docs" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "docs" / ".hidden.txt").write_bytes(BOM_DOC.encode("utf-8"))
    (tmp_path / "docs" / "notes.csv").write_bytes(BOM_DOC.encode("utf-8"))
    return tmp_path


def test_missing_path_exits_2_with_one_line_on_stderr(tmp_path):
    result = run("check", "missing/", cwd=tmp_path)
    assert result.returncode == 2
    assert b"Traceback" not in result.stdout
    lines = result.stderr.decode().splitlines()
    assert lines == ["seedlint: error: missing/: no such file or directory"]


def test_exit_codes_clean_findings_and_exit_zero(docs):
    assert invoke("check", "docs/clean.txt", "--select", "encoding", cwd=docs).exit_code == 0
    assert invoke("check", "docs/bom.txt", "--select", "encoding", cwd=docs).exit_code == 1
    assert invoke("check", "docs/bom.txt", "--select", "encoding", "--exit-zero", cwd=docs).exit_code == 0
    assert invoke("check", "docs/bom.txt", "--select", "encoding", "--fail-on", "error", cwd=docs).exit_code == 0


def test_folder_walk_skips_hidden_other_extensions_and_binaries(docs):
    result = invoke("check", "docs", "--select", "encoding", "--output-format", "concise", cwd=docs)
    assert "docs/bom.txt:1:1: SL002 [*] File starts with a UTF-8 byte-order mark" in result.output
    assert ".hidden" not in result.output and "notes.csv" not in result.output
    assert "docs/image.txt: skipped (binary file)" in result.output  # CliRunner mixes stderr in
    assert result.output.rstrip().endswith("Found 1 finding in 2 files (1 fixable).")


def test_unsafe_fixes_are_hidden_until_asked_for(tmp_path):
    # SL405's fix (delete a sentence repeated verbatim) is unsafe: not marked, not counted, not applied.
    sentence = "亚马逊将向人工智能初创公司Anthropic追加投资,交易条款与去年的投资类似,双方均未置评。"
    doc = tmp_path / "a.txt"
    doc.write_text(f"新华社北京5月3日电 {sentence}\n" * 3, "utf-8")
    before = doc.read_bytes()
    hidden = invoke(
        "check", "--no-cache", "--select", "SL405", "--output-format", "concise", "--fix", "a.txt", cwd=tmp_path
    )
    assert " [*] " not in hidden.output and doc.read_bytes() == before
    assert hidden.output.rstrip().endswith("(0 fixable; 1 hidden fix can be enabled with --unsafe-fixes).")
    shown = invoke(
        "check",
        "--no-cache",
        "--select",
        "SL405",
        "--output-format",
        "concise",
        "--unsafe-fixes",
        "a.txt",
        cwd=tmp_path,
    )
    assert "SL405 [*] " in shown.output and shown.output.rstrip().endswith("(1 fixable).")


def test_include_and_exclude_from_config(docs):
    (docs / ".seedlint.toml").write_text('include = ["*.csv"]\nexclude = ["skip/"]\n', "utf-8")
    (docs / "docs" / "skip").mkdir()
    (docs / "docs" / "skip" / "x.csv").write_bytes(BOM_DOC.encode())
    result = invoke("check", "--select", "encoding", "--output-format", "concise", cwd=docs)
    assert "docs/notes.csv:1:1: SL002" in result.output
    assert "skip/x.csv" not in result.output and "bom.txt" not in result.output


def _seed_exit_code() -> int:
    data = json.loads(run("check", "seeds/", "--output-format", "json", cwd=REPO).stdout)
    return 1 if any(f["severity"] in ("warning", "error") for f in data["findings"]) else 0


@pytest.mark.parametrize("fmt", ["full", "concise", "json", "json-lines", "sarif", "github"])
def test_every_format_on_the_seeds(fmt):
    result = run("check", "seeds/", "--output-format", fmt, cwd=REPO)
    assert result.returncode in (0, 1), result.stderr
    out = result.stdout.decode()
    if fmt in ("full", "concise"):
        assert out.splitlines()[-1].startswith("Found ")
    elif fmt == "json":
        data = json.loads(out)
        assert data["schema_version"] == 1 and data["summary"]["files"] == 2
    elif fmt == "json-lines":
        assert all(json.loads(line)["path"].startswith("seeds/") for line in out.splitlines())
    elif fmt == "sarif":
        assert json.loads(out)["version"] == "2.1.0"
    assert result.returncode == _seed_exit_code()


def test_machine_formats_print_nothing_else(docs):
    result = run("check", "docs/bom.txt", "--output-format", "json", "--select", "encoding", cwd=docs)
    data = json.loads(result.stdout)
    assert [f["code"] for f in data["findings"]] == ["SL002"]
    assert data["findings"][0]["fix"]["applicability"] == "safe"


def test_stdin_with_filename_and_per_file_ignores(docs):
    result = invoke(
        "check",
        "-",
        "--stdin-filename",
        "raw/a.txt",
        "--select",
        "encoding",
        "--output-format",
        "concise",
        input=BOM_DOC.encode(),
        cwd=docs,
    )
    assert result.exit_code == 1 and "raw/a.txt:1:1: SL002" in result.output
    result = invoke(
        "check",
        "-",
        "--stdin-filename",
        "raw/a.txt",
        "--select",
        "encoding",
        "--per-file-ignores",
        "raw/*:SL002",
        input=BOM_DOC.encode(),
        cwd=docs,
    )
    assert result.exit_code == 0


def test_statistics_quiet_and_output_file(docs):
    result = invoke("check", "docs", "--select", "encoding", "--statistics", cwd=docs)
    assert result.stdout.splitlines()[0].split()[:4] == ["1", "SL002", "utf8-bom", "[*]"]
    # Two documents checked (clean.txt, bom.txt), one affected; the fix rewrites bytes, removing no text.
    assert result.stdout.splitlines()[0].endswith("(1 of 2 documents, 50.0%)")
    data = json.loads(
        invoke("check", "docs", "--select", "encoding", "--statistics", "--output-format", "json", cwd=docs).stdout
    )
    assert data == [
        {
            "code": "SL002",
            "name": "utf8-bom",
            "count": 1,
            "fixable": 1,
            "documents": 1,
            "share_of_documents": 0.5,
            "characters_removed_by_safe_fixes": 0,
        }
    ]
    chrome = invoke("check", "--statistics", "--select", "SL102", "-", input="Navigation menu\n\n" + CLEAN, cwd=docs)
    assert chrome.stdout.strip().endswith("(1 of 1 document, 100.0%, safe fixes remove 17 characters)")
    result = invoke("check", "docs/bom.txt", "--select", "encoding", "-q", "--output-format", "concise", cwd=docs)
    assert "Found" not in result.output
    invoke("check", "docs/bom.txt", "--output-format", "json", "-o", "report.json", cwd=docs)
    assert json.loads((docs / "report.json").read_text("utf-8"))["summary"]["findings"] >= 1


def test_bad_selectors_and_config_exit_2(docs):
    result = run("check", "docs", "--select", "SL999", cwd=docs)
    assert result.returncode == 2 and b"unknown rule selector 'SL999'" in result.stderr
    (docs / ".seedlint.toml").write_text("colour = true\n", "utf-8")
    result = run("check", "docs", cwd=docs)
    assert result.returncode == 2
    assert result.stderr.decode().strip().endswith("unknown key 'colour'")
    assert b"Traceback" not in result.stderr


def test_check_mode_never_writes(docs):
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (docs / "docs").iterdir() if p.is_file()}
    invoke("check", "docs", cwd=docs)
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (docs / "docs").iterdir() if p.is_file()}
    assert before == after


def test_fix_rewrites_atomically_and_reports_what_remains(docs):
    target = docs / "docs" / "bom.txt"
    target.write_bytes(("\ufeff" + "one\r\ntwo\nthree\nfour\n").encode())
    os.chmod(target, 0o640)
    result = invoke("check", "docs/bom.txt", "--select", "encoding", "--fix", cwd=docs)
    assert result.exit_code == 0
    assert target.read_bytes() == b"one\ntwo\nthree\nfour\n"
    assert oct(target.stat().st_mode & 0o777) == "0o640"
    assert "2 fixed" in result.output
    assert not [p for p in target.parent.iterdir() if "seedlint-tmp" in p.name]


def test_unsafe_fix_needs_the_flag(docs):
    target = docs / "docs" / "gbk.txt"
    text = "科技巨头纷纷向人工智能初创公司投资，以换取云计算业务的收入。\n"
    target.write_bytes(text.encode("gbk"))
    invoke("check", "docs/gbk.txt", "--select", "SL001", "--fix", cwd=docs)
    assert target.read_bytes() == text.encode("gbk")
    invoke("check", "docs/gbk.txt", "--select", "SL001", "--fix", "--unsafe-fixes", cwd=docs)
    assert target.read_bytes() == text.encode("utf-8")


def test_fix_refuses_files_with_undecodable_bytes(docs):
    target = docs / "docs" / "broken.txt"
    raw = ("\ufeff" + "微软向OpenAI投资了十亿美元，成为最大的股东之一。").encode() + b"\xe4\xb8\n"
    target.write_bytes(raw)
    result = invoke("check", "docs/broken.txt", "--fix", cwd=docs)
    assert target.read_bytes() == raw
    assert "could not be decoded" in result.output


def test_rules_rule_version_and_show_settings(docs):
    listing = invoke("rules", "--output-format", "json", cwd=docs)
    rules = json.loads(listing.output)
    assert {"code", "name", "family", "severity", "fixable", "summary"} <= set(rules[0])
    assert [r["code"] for r in rules] == sorted(r["code"] for r in rules)
    explained = invoke("rule", "utf8-bom", cwd=docs)
    assert "## What it does" in explained.output and "## Flagged" in explained.output
    assert run("rule", "nope", cwd=docs).returncode == 2
    assert run("--version", cwd=docs).stdout.decode().startswith("seedlint ")
    settings = invoke("check", "--show-settings", "--select", "encoding", cwd=docs)
    assert "enabled rules: SL001, SL002" in settings.output


def test_python_dash_m_entry_point(docs):
    result = subprocess.run(
        [sys.executable, "-m", "seedlint", "check", "docs/bom.txt", "--select", "encoding"],
        cwd=docs,
        capture_output=True,
        check=False,
    )
    assert result.returncode == 1 and b"SL002" in result.stdout


def test_parallel_run_gives_the_same_output_as_serial(docs):
    for i in range(20):
        (docs / "docs" / f"n{i:02}.txt").write_bytes(("\ufeff" if i % 3 == 0 else "").encode() + CLEAN.encode())
    serial = run("check", "docs", "--output-format", "json", "--jobs", "1", cwd=docs).stdout
    parallel = run("check", "docs", "--output-format", "json", "--jobs", "2", cwd=docs).stdout
    assert serial == parallel and json.loads(serial)["summary"]["files"] == 22


def test_control_characters_in_text_and_file_names_never_reach_the_terminal(tmp_path):
    (tmp_path / "d").mkdir()
    hostile = "Navigation menu\x1b]0;pwned\x07\n\n正文第一段\x1b[2J很重要。\n"
    (tmp_path / "d" / "\x1b[31mred.txt").write_text(hostile, "utf-8")
    (tmp_path / "d" / "line\nbreak.txt").write_text(hostile, "utf-8")
    (tmp_path / "d" / os.fsdecode(b"\xff.txt")).write_text(hostile, "utf-8")
    for fmt in ("full", "concise"):
        result = run("check", "--output-format", fmt, "--color", "d", cwd=tmp_path)
        text = result.stdout.decode("utf-8")
        for line in text.splitlines():
            # Our own colour codes are allowed; nothing else from the document or the name.
            plain = line.replace("\x1b[0m", "").replace("\x1b[1m", "")
            for code in ("\x1b[31m", "\x1b[33m", "\x1b[34m", "\x1b[91m", "\x1b[93m", "\x1b[94m"):
                plain = plain.replace(code, "")
            assert "\x1b" not in plain and "\x07" not in plain, line
        assert "d/\\u001b[31mred.txt:" in text
        assert "d/line\\u000abreak.txt:" in text
        assert "d/\\xff.txt:" in text
    piped = run("check", "--output-format", "concise", "d", cwd=tmp_path).stdout.decode("utf-8")
    assert "d/\\u001b[31mred.txt:1:16: SL005" in piped
