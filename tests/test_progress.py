"""The progress bar: on a terminal's standard error only, after a second, erased at the end."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from seedlint.progress import ERASE, Progress, RunProgress
from tests.helpers import ROWS, write_corpus

# The CLI with the bar drawn at once and at every update, so a small run shows it.
NO_DELAY = "import seedlint.progress as p; p.DELAY = p.INTERVAL = 0; from seedlint.cli import main; main()"


def _seedlint(args: list[str], cwd: Path, terminal: bool) -> tuple[int, bytes, bytes]:
    """Run the CLI with standard error on a pseudo-terminal (or a pipe) and standard output on a pipe."""
    command = [sys.executable, "-c", NO_DELAY, *args]
    if not terminal:
        done = subprocess.run(command, cwd=cwd, capture_output=True, timeout=120, check=False)
        return done.returncode, done.stdout, done.stderr
    master, slave = pty.openpty()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    err = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        err += chunk
    os.close(master)
    assert process.stdout is not None
    out = process.stdout.read()
    return process.wait(timeout=120), out, err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for i in range(5):
        (tmp_path / f"doc{i}.txt").write_text(ROWS[i % len(ROWS)]["text"], "utf-8")
    return tmp_path


def test_files_done_of_the_total_on_a_terminal_then_erased(folder):
    code, out, err = _seedlint(["check", "--no-cache", "--output-format", "concise", "."], folder, terminal=True)
    assert code == 1
    text = err.decode()
    assert "5/5 files" in text
    assert "MB/s" in text
    assert "[####################] 100%" in text
    # The last thing on the terminal is the erasure (the closing line goes to standard output).
    assert text.endswith(ERASE)
    assert b"\r" not in out and b"MB/s" not in out


def test_never_in_a_pipe_nor_with_quiet(folder):
    _, out, err = _seedlint(["check", "--no-cache", "."], folder, terminal=False)
    assert b"MB/s" not in err + out and b"\r" not in err
    _, _, err = _seedlint(["check", "--no-cache", "-q", "."], folder, terminal=True)
    assert b"MB/s" not in err


def test_filter_shows_records_and_bytes_of_the_corpus(tmp_path):
    write_corpus(tmp_path / "corpus.jsonl", ROWS * 50)
    code, _, err = _seedlint(["filter", "corpus.jsonl", "-o", "clean.jsonl"], tmp_path, terminal=True)
    assert code == 0
    text = err.decode().replace("\r\n", "\n")
    assert "200 records" in text and "MB/s" in text
    # Erased before the summary line, which stays.
    assert text.endswith(
        ERASE + "seedlint: 200 records read, 200 written, 0 dropped, 150 fixes applied in 150 records\n"
    )
    _, _, piped = _seedlint(["filter", "corpus.jsonl", "-o", "clean2.jsonl"], tmp_path, terminal=False)
    assert piped.decode() == "seedlint: 200 records read, 200 written, 0 dropped, 150 fixes applied in 150 records\n"


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_nothing_is_drawn_in_the_first_second_and_the_eta_follows_the_bytes():
    stream, clock = io.StringIO(), Clock()
    bar = Progress(stream, "records", total_bytes=4_000_000, clock=clock)
    clock.now = 0.9
    bar.update(10, 1_000_000)
    assert stream.getvalue() == ""
    clock.now = 2.0
    bar.update(20, 1_000_000)
    assert stream.getvalue() == ERASE + "[#####...............]  25%  20 records  0.5 MB/s  ETA 0:06"
    bar.close()
    assert stream.getvalue().endswith(ERASE)


def test_a_run_counts_files_and_corpus_records_by_bytes(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", ROWS)
    page = tmp_path / "p.txt"
    page.write_text("x" * 100, "utf-8")
    tracker = RunProgress(io.StringIO())
    tracker.start([str(page), str(corpus)])
    assert (tracker.bar.total_bytes, tracker.bar.unit) == (100 + corpus.stat().st_size, "documents")
    tracker.result(str(page), 0)
    assert (tracker.items, tracker.done_bytes + tracker.partial) == (1, 100)
    tracker.result(f"{corpus}#1", 50)
    tracker.result(str(corpus), 70)  # a skipped record is named by its corpus
    assert (tracker.items, tracker.done_bytes + tracker.partial) == (3, 170)
