"""--fix never loses a byte: one read per decision, links and permissions respected, a verified
write, a fix log that can be reverted, and no crash or hang on odd files. Real processes, real files."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import stat
import subprocess
import time
from pathlib import Path

import pytest

from seedlint.document import Document
from seedlint.engine import lint_document
from seedlint.fixes import FixResult, VerificationError, apply_fixes, remove_stale_temporaries, verify, write_atomic
from seedlint.model import Edit
from tests.helpers import SEEDLINT, invoke, run, stderr_lines

ARTICLE = "第一段正文很重要。科技公司宣布了新的投资计划，预计明年完工。\n第二段。\n"
CHROME = "Navigation menu\n\n" + ARTICLE
FIXED = ARTICLE
ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False


def test_the_fix_being_tested_does_what_the_tests_assume():
    doc = Document(CHROME, "b.txt")
    result = apply_fixes(doc, lint_document(doc))
    assert result.text == FIXED


# One read, one decision ------------------------------------------------------------------------


def test_same_file_named_twice_is_fixed_once(tmp_path):
    (tmp_path / "b.txt").write_text(CHROME, "utf-8")
    result = run("check", "--fix", "--select", "SL102", "b.txt", "./b.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "b.txt").read_text("utf-8") == FIXED


def test_a_link_to_a_file_in_the_same_folder_is_fixed_once_through_the_link(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "b.txt").write_text(CHROME, "utf-8")
    os.symlink("b.txt", tmp_path / "d" / "link.txt")
    result = run("check", "--fix", "--select", "SL102", "d", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "d" / "b.txt").read_text("utf-8") == FIXED
    assert os.path.islink(tmp_path / "d" / "link.txt")
    assert os.readlink(tmp_path / "d" / "link.txt") == "b.txt"


def test_a_link_to_a_file_outside_the_checked_folder_is_left_alone(tmp_path):
    (tmp_path / "outside").mkdir()
    (tmp_path / "tree").mkdir()
    target = tmp_path / "outside" / "b.txt"
    target.write_text(CHROME, "utf-8")
    os.symlink(target, tmp_path / "tree" / "link.txt")
    result = run("check", "--fix", "--select", "SL102", "tree", cwd=tmp_path)
    assert result.returncode == 1  # the finding is still reported
    assert target.read_text("utf-8") == CHROME
    assert os.path.islink(tmp_path / "tree" / "link.txt")
    assert any("outside the paths being checked; not fixed" in line for line in stderr_lines(result))


def test_hard_links_are_not_split(tmp_path):
    (tmp_path / "a.txt").write_text(CHROME, "utf-8")
    os.link(tmp_path / "a.txt", tmp_path / "b.txt")
    result = run("check", "--fix", "--select", "SL102", "a.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert (tmp_path / "a.txt").read_text("utf-8") == CHROME
    assert os.stat(tmp_path / "a.txt").st_ino == os.stat(tmp_path / "b.txt").st_ino
    assert any("hard links" in line for line in stderr_lines(result))


def test_a_read_only_file_is_reported_and_left_alone(tmp_path):
    doc = tmp_path / "ro.txt"
    doc.write_text(CHROME, "utf-8")
    doc.chmod(0o444)
    before = os.stat(doc)
    result = run("check", "--fix", "--select", "SL102", "ro.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert doc.read_text("utf-8") == CHROME
    assert os.stat(doc).st_ino == before.st_ino
    assert any("ro.txt: read-only; not fixed" in line for line in stderr_lines(result))


def test_an_unwritable_folder_is_named_not_the_temporary_file(tmp_path, monkeypatch):
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    target = tmp_path / "a.txt"
    target.write_text("x", "utf-8")
    with pytest.raises(Exception) as excinfo:
        write_atomic(target, b"y")
    assert str(excinfo.value) == f"{target}: cannot write: folder {tmp_path} is not writable"
    assert target.read_text("utf-8") == "x"


def test_a_read_only_file_with_nothing_to_fix_gives_no_warning(tmp_path):
    doc = tmp_path / "ro.txt"
    doc.write_text(ARTICLE, "utf-8")
    doc.chmod(0o444)
    result = run("check", "--fix", "--select", "SL102", "ro.txt", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr == b""


@pytest.mark.skipif(ROOT, reason="root can write into a read-only folder")
def test_a_read_only_folder_gives_a_one_line_error_naming_the_file(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "b.txt").write_text(CHROME, "utf-8")
    (tmp_path / "d").chmod(0o555)
    try:
        result = run("check", "--fix", "--select", "SL102", "d", cwd=tmp_path)
    finally:
        (tmp_path / "d").chmod(0o755)
    assert result.returncode == 2
    assert "internal error" not in result.stderr.decode()
    assert any(line.startswith("seedlint: error: d/b.txt") for line in stderr_lines(result))


def test_a_file_changed_between_read_and_write_is_left_with_the_new_bytes(tmp_path, monkeypatch):
    import seedlint.engine as engine

    doc = tmp_path / "b.txt"
    doc.write_text(CHROME, "utf-8")
    real_verify = engine.verify

    def verify_while_someone_edits(result, data, path):
        doc.write_text(CHROME + "另一个编辑刚加的一段。\n", "utf-8")
        real_verify(result, data, path)

    monkeypatch.setattr(engine, "verify", verify_while_someone_edits)
    result = invoke("check", "--fix", "--select", "SL102", "b.txt", cwd=tmp_path)
    assert doc.read_text("utf-8") == CHROME + "另一个编辑刚加的一段。\n"
    assert "changed on disk while it was being fixed; not fixed" in result.output


def test_a_fix_that_fails_verification_writes_nothing_and_exits_2(tmp_path, monkeypatch):
    import seedlint.engine as engine

    doc = tmp_path / "b.txt"
    doc.write_text(CHROME, "utf-8")
    real_apply = engine.apply_fixes

    def lossy(document, findings, *, unsafe=False):
        good = real_apply(document, findings, unsafe=unsafe)
        return FixResult(good.old_text, good.text[:-3], good.codec, good.bom, good.applied, good.edits)

    monkeypatch.setattr(engine, "apply_fixes", lossy)
    result = invoke("check", "--fix", "--select", "SL102", "b.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert doc.read_text("utf-8") == CHROME
    assert "fix changed the end of the text; nothing written" in result.output


def test_verify_rejects_text_changed_outside_the_edits_and_bytes_that_read_back_differently():
    old = "abc\ndef\n"
    edit = Edit(0, 4, "")
    good = FixResult(old, "def\n", "utf-8", False, (), (edit,))
    verify(good, b"def\n", "x")
    with pytest.raises(VerificationError):
        verify(FixResult(old, "deg\n", "utf-8", False, (), (edit,)), b"deg\n", "x")
    with pytest.raises(VerificationError):
        verify(good, b"\xef\xbb\xbfdef\n", "x")
    with pytest.raises(VerificationError):
        verify(good, b"dex\n", "x")


# Encodings ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codec", "bom"),
    [
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-32-le", b"\xff\xfe\x00\x00"),
        ("utf-32-be", b"\x00\x00\xfe\xff"),
        ("utf-8", b"\xef\xbb\xbf"),
    ],
)
def test_fixing_a_file_with_a_bom_keeps_one_bom_and_the_byte_order(tmp_path, codec, bom):
    doc = tmp_path / "b.txt"
    doc.write_bytes(bom + CHROME.encode(codec))
    for _ in range(2):  # a second fix changes nothing
        result = run("check", "--fix", "--select", "SL102", "b.txt", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert doc.read_bytes() == bom + FIXED.encode(codec)


def test_crlf_and_a_missing_final_newline_are_kept(tmp_path):
    doc = tmp_path / "b.txt"
    doc.write_bytes(CHROME.replace("\n", "\r\n").rstrip("\r\n").encode("utf-8"))
    run("check", "--fix", "--select", "SL102", "b.txt", cwd=tmp_path)
    assert doc.read_bytes() == FIXED.replace("\n", "\r\n").rstrip("\r\n").encode("utf-8")


def test_a_document_with_no_fixable_finding_is_byte_for_byte_unchanged(tmp_path):
    doc = tmp_path / "b.txt"
    doc.write_bytes(ARTICLE.encode("utf-8"))
    before = os.stat(doc)
    run("check", "--fix", "b.txt", cwd=tmp_path)
    assert doc.read_bytes() == ARTICLE.encode("utf-8")
    assert os.stat(doc).st_mtime_ns == before.st_mtime_ns


# Odd files and paths --------------------------------------------------------------------------


def test_a_fifo_inside_a_folder_is_skipped_and_does_not_hang(tmp_path):
    (tmp_path / "d").mkdir()
    os.mkfifo(tmp_path / "d" / "p.txt")
    os.mkfifo(tmp_path / "d" / "q.txt", 0o755)
    (tmp_path / "d" / "a.txt").write_text(CHROME, "utf-8")
    result = run("check", "--select", "SL102", "d", cwd=tmp_path, timeout=30)
    assert result.returncode == 1
    lines = stderr_lines(result)
    assert "seedlint: warning: d/p.txt: skipped (a FIFO (named pipe), not a regular file)" in lines
    assert b"d/a.txt:1:1: SL102" in result.stdout


def test_a_fifo_or_device_named_on_the_command_line_is_an_error_and_the_rest_is_linted(tmp_path):
    os.mkfifo(tmp_path / "p.txt")
    (tmp_path / "a.txt").write_text(CHROME, "utf-8")
    result = run("check", "--select", "SL102", "p.txt", "/dev/null", "a.txt", cwd=tmp_path, timeout=30)
    assert result.returncode == 2
    lines = stderr_lines(result)
    assert "seedlint: error: p.txt: a FIFO (named pipe), not a regular file" in lines
    assert "seedlint: error: /dev/null: a device, not a regular file" in lines
    assert b"a.txt:1:1: SL102" in result.stdout


def test_missing_and_empty_paths_are_reported_and_the_rest_is_linted(tmp_path):
    (tmp_path / "a.txt").write_text(CHROME, "utf-8")
    result = run("check", "--select", "SL102", "missing.txt", "", "a.txt", cwd=tmp_path)
    assert result.returncode == 2
    lines = stderr_lines(result)
    assert "seedlint: error: missing.txt: no such file or directory" in lines
    assert "seedlint: error: '': an empty path names no file" in lines
    assert b"a.txt:1:1: SL102" in result.stdout


@pytest.mark.skipif(ROOT, reason="root reads every folder")
def test_an_unreadable_sub_folder_is_an_error_not_silence(tmp_path):
    (tmp_path / "d" / "locked").mkdir(parents=True)
    (tmp_path / "d" / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "d" / "locked").chmod(0)
    try:
        result = run("check", "d", cwd=tmp_path)
    finally:
        (tmp_path / "d" / "locked").chmod(0o755)
    assert result.returncode == 2
    assert any("d/locked: cannot read folder: permission denied" in line for line in stderr_lines(result))


def test_a_huge_sparse_file_is_skipped_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(2 * 1024**3)
    result = run("check", "big.txt", cwd=tmp_path, timeout=30)
    assert result.returncode == 0
    assert "seedlint: warning: big.txt: skipped (2.0 GB, larger than max-file-size (50.0 MB))" in stderr_lines(result)


def test_a_bom_does_not_exempt_a_file_of_nul_bytes_from_the_binary_test(tmp_path):
    (tmp_path / "nul.txt").write_bytes(b"\xff\xfe" + b"\x00" * 1024 * 1024)
    result = run("check", "nul.txt", cwd=tmp_path, timeout=30)
    assert "seedlint: warning: nul.txt: skipped (binary file)" in stderr_lines(result)


def test_standard_input_is_read_with_a_cap(tmp_path):
    with open("/dev/zero", "rb") as zero:
        result = subprocess.run(
            [str(SEEDLINT), "check", "-"], stdin=zero, cwd=tmp_path, capture_output=True, timeout=60, check=False
        )
    assert result.returncode == 2
    assert stderr_lines(result) == ["seedlint: error: standard input: larger than 50.0 MB, the most seedlint reads"]


def test_odd_utf16_bytes_are_a_finding_not_a_crash(tmp_path):
    (tmp_path / "odd.txt").write_bytes(b"\xff\xfea")
    result = run("check", "odd.txt", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert b"SL007" in result.stdout


def test_output_to_a_missing_folder_is_a_one_line_error(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    result = run("check", "a.txt", "-o", "nonexistent/dir/x.json", cwd=tmp_path)
    assert result.returncode == 2
    lines = stderr_lines(result)
    assert len(lines) == 1 and "nonexistent/dir" in lines[0] and "internal error" not in lines[0]


# --diff, the fix log and revert ----------------------------------------------------------------


def test_diff_prints_what_fix_would_do_and_writes_nothing(tmp_path):
    doc = tmp_path / "b.txt"
    doc.write_text(CHROME, "utf-8")
    result = run("check", "--diff", "--select", "SL102", "b.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.decode() == "--- b.txt\n+++ b.txt\n@@ -1,4 +1,2 @@\n-Navigation menu\n-\n" + "".join(
        f" {line}\n" for line in ARTICLE.splitlines()
    )
    assert stderr_lines(result) == ["Would fix 1 finding in 1 file."]
    assert doc.read_text("utf-8") == CHROME
    doc.write_text(ARTICLE, "utf-8")
    clean = run("check", "--diff", "--select", "SL102", "b.txt", cwd=tmp_path)
    assert clean.returncode == 0 and clean.stdout == b""


def test_fix_log_records_every_edit_and_revert_restores_the_bytes(tmp_path):
    originals = {
        "a.txt": CHROME.encode("utf-8"),
        "b.txt": b"\xfe\xff" + CHROME.replace("\n", "\r\n").encode("utf-16-be"),
        "c.txt": ARTICLE.encode("utf-8"),
    }
    for name, data in originals.items():
        (tmp_path / name).write_bytes(data)
    result = run("check", "--fix", "--select", "SL102", "--fix-log", "fixes.jsonl", ".", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    entries = [json.loads(line) for line in (tmp_path / "fixes.jsonl").read_text("ascii").splitlines()]
    assert [(e["path"], e["rule"], e["line"]) for e in entries] == [("a.txt", "SL102", 1), ("b.txt", "SL102", 1)]
    first = entries[0]
    assert first["removed"] == "Navigation menu\n\n"
    assert first["removed_sha256"] == hashlib.sha256(b"Navigation menu\n\n").hexdigest()
    assert first["replacement"] == ""
    assert first["before_sha256"] == hashlib.sha256(originals["a.txt"]).hexdigest()
    assert {"version", "time", "end_line", "after_sha256"} <= set(first)
    reverted = run("revert", "fixes.jsonl", cwd=tmp_path)
    assert reverted.returncode == 0, reverted.stderr
    for name, data in originals.items():
        assert (tmp_path / name).read_bytes() == data
    again = run("revert", "fixes.jsonl", cwd=tmp_path)
    assert again.returncode == 0
    assert b"already holds the original bytes" in again.stdout


def test_revert_leaves_a_file_changed_since_the_fix_alone(tmp_path):
    (tmp_path / "a.txt").write_text(CHROME, "utf-8")
    run("check", "--fix", "--select", "SL102", "--fix-log", "log.jsonl", "a.txt", cwd=tmp_path)
    (tmp_path / "a.txt").write_text(FIXED + "后来加的。\n", "utf-8")
    result = run("revert", "log.jsonl", cwd=tmp_path)
    assert result.returncode == 1
    assert (tmp_path / "a.txt").read_text("utf-8") == FIXED + "后来加的。\n"
    assert "seedlint: warning: a.txt: the file changed after the fix; not reverted" in stderr_lines(result)


def test_fix_log_needs_fix(tmp_path):
    result = run("check", "--fix-log", "x.jsonl", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert stderr_lines(result) == ["seedlint: error: --fix-log needs --fix"]


# Check mode writes nothing ----------------------------------------------------------------------


def _snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def test_check_mode_changes_no_byte_and_no_mtime(tmp_path):
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "a.txt").write_text(CHROME, "utf-8")
    (tree / "sub" / "b.txt").write_bytes(b"\xff\xfe" + CHROME.encode("utf-16-le"))
    (tree / "sub" / ".hidden.txt").write_text(CHROME, "utf-8")
    os.symlink("a.txt", tree / "link.txt")
    before = _snapshot(tree)
    for fmt in ("full", "json", "sarif"):
        run("check", "--output-format", fmt, "tree", cwd=tmp_path)
    run("check", "--diff", "tree", cwd=tmp_path)
    assert _snapshot(tree) == before


# Interrupted and overlapping runs ---------------------------------------------------------------


def _corpus(folder: Path, count: int) -> dict[str, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for i in range(count):
        data = f"Navigation menu\n\n标题{i}：科技公司宣布了第{i}个投资计划\n第一段正文很重要，第{i}号文件。\n".encode()
        (folder / f"{i:04d}.txt").write_bytes(data)
        written[f"{i:04d}.txt"] = data
    return written


def _expected(data: bytes) -> bytes:
    return data.replace(b"Navigation menu\n\n", b"", 1)


def test_two_overlapping_fix_runs_end_with_exactly_one_runs_result(tmp_path):
    originals = _corpus(tmp_path / "d", 60)
    for _ in range(3):
        for name, data in originals.items():
            (tmp_path / "d" / name).write_bytes(data)
        procs = [
            subprocess.Popen(
                [str(SEEDLINT), "check", "--fix", "--select", "SL102", "-j", "2", "d"],
                cwd=tmp_path,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            for _ in range(2)
        ]
        for proc in procs:
            _, err = proc.communicate(timeout=120)
            assert proc.returncode in (0, 1), err
        for name, data in originals.items():
            assert (tmp_path / "d" / name).read_bytes() == _expected(data), name


@pytest.mark.slow
def test_a_killed_fix_run_leaves_every_file_old_or_new_and_the_next_run_cleans_up(tmp_path):
    rng = random.Random(20261201)
    originals = _corpus(tmp_path / "d", 1000)
    for trial in range(3):
        for name, data in originals.items():
            (tmp_path / "d" / name).write_bytes(data)
        proc = subprocess.Popen(
            [str(SEEDLINT), "check", "--fix", "--select", "SL102", "-j", "2", "d"],
            cwd=tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(rng.uniform(0.8, 2.5))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        time.sleep(0.2)  # let the killed workers' last system calls finish
        new = 0
        for name, data in originals.items():
            now = (tmp_path / "d" / name).read_bytes()
            assert now in (data, _expected(data)), (trial, name, now)
            new += now != data
        finish = run("check", "--fix", "--select", "SL102", "d", cwd=tmp_path, timeout=120)
        assert finish.returncode == 0, finish.stderr
        assert not [p for p in os.listdir(tmp_path / "d") if p.endswith(".seedlint-tmp")]
        for name, data in originals.items():
            assert (tmp_path / "d" / name).read_bytes() == _expected(data)


def test_stale_temporaries_are_removed_only_when_no_writer_holds_the_target(tmp_path):
    import fcntl

    (tmp_path / "a.txt").write_text("x", "utf-8")
    stale = tmp_path / ".a.txt.abcd1234.seedlint-tmp"
    stale.write_text("half", "utf-8")
    orphan = tmp_path / ".gone.txt.abcd1234.seedlint-tmp"
    orphan.write_text("half", "utf-8")
    with open(tmp_path / "a.txt", "rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        assert remove_stale_temporaries(str(tmp_path)) == [str(orphan)]
        assert stale.exists()
    assert remove_stale_temporaries(str(tmp_path)) == [str(stale)]
    assert stat.S_ISREG(os.stat(tmp_path / "a.txt").st_mode)
