"""Baselines and suppressions: adopting seedlint on a corpus that already has findings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from seedlint import baseline
from seedlint.baseline import BaselineError
from tests.helpers import SEEDLINT

DOC = "正文第一行。\n投资\u200b了十亿美元。\n最后一行。\n"


def run(cwd: Path, *args: str, timeout: float | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(SEEDLINT), "check", "--select", "encoding,SL901", "--output-format", "json", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )


def codes(result: subprocess.CompletedProcess) -> list[tuple[str, int]]:
    return [(f["code"], f["line"]) for f in json.loads(result.stdout)["findings"]]


def test_baseline_survives_reflow_and_catches_changed_text(tmp_path):
    doc = tmp_path / "docs" / "a.txt"
    doc.parent.mkdir()
    doc.write_text(DOC, "utf-8")
    assert codes(run(tmp_path, "docs")) == [("SL005", 2)]
    made = run(tmp_path, "docs", "--add-baseline", "baseline.json")
    assert made.returncode == 0 and "wrote 1 entries" in made.stderr
    entries = json.loads((tmp_path / "baseline.json").read_text("utf-8"))["entries"]
    assert [(e["path"], e["code"]) for e in entries] == [("docs/a.txt", "SL005")]

    hidden = run(tmp_path, "docs", "--baseline", "baseline.json")
    assert hidden.returncode == 0 and codes(hidden) == []
    assert json.loads(hidden.stdout)["summary"]["hidden_by_baseline"] == 1

    doc.write_text("新的标题\n\n" + DOC, "utf-8")  # lines inserted above: the entry still holds
    assert codes(run(tmp_path, "docs", "--baseline", "baseline.json")) == []

    doc.write_text(DOC.replace("\u200b", "\u2060"), "utf-8")  # the matched text changed
    reappeared = run(tmp_path, "docs", "--baseline", "baseline.json")
    assert reappeared.returncode == 1 and codes(reappeared) == [("SL005", 2)]


def test_new_finding_in_baselined_file_is_reported(tmp_path):
    (tmp_path / "a.txt").write_text(DOC, "utf-8")
    run(tmp_path, "a.txt", "--add-baseline", "b.json")
    (tmp_path / "a.txt").write_text(DOC + "再一\u200b次\n", "utf-8")
    result = run(tmp_path, "a.txt", "--baseline", "b.json")
    assert codes(result) == [("SL005", 4)]


def test_prune_drops_stale_entries_and_keeps_reasons(tmp_path):
    (tmp_path / "a.txt").write_text(DOC, "utf-8")
    (tmp_path / "b.txt").write_text(DOC, "utf-8")
    run(tmp_path, ".", "--add-baseline", "base.json")
    data = json.loads((tmp_path / "base.json").read_text("utf-8"))
    for entry in data["entries"]:
        entry["reason"] = "kept on purpose"
    (tmp_path / "base.json").write_text(json.dumps(data), "utf-8")
    (tmp_path / "a.txt").write_text(DOC.replace("\u200b", ""), "utf-8")
    pruned = run(tmp_path, ".", "--baseline", "base.json", "--baseline-prune")
    assert "pruned 1 stale entries" in pruned.stderr
    left = json.loads((tmp_path / "base.json").read_text("utf-8"))["entries"]
    assert [(e["path"], e["reason"]) for e in left] == [("b.txt", "kept on purpose")]
    run(tmp_path, ".", "--add-baseline", "base.json")  # re-recording keeps the reason
    again = json.loads((tmp_path / "base.json").read_text("utf-8"))["entries"]
    assert [e.get("reason") for e in again] == ["kept on purpose"]


def test_bad_baseline_is_a_one_line_error(tmp_path):
    (tmp_path / "a.txt").write_text(DOC, "utf-8")
    (tmp_path / "bad.json").write_text("{not json", "utf-8")
    (tmp_path / "list.json").write_text("[]", "utf-8")
    (tmp_path / "deep.json").write_text("[" * 100_000, "utf-8")
    (tmp_path / "entry.json").write_text('{"schema_version": 1, "entries": [{"path": 1}]}', "utf-8")
    os.mkfifo(tmp_path / "pipe.json")
    expected = {
        "bad.json": "bad.json: cannot read baseline: Expecting property name enclosed in double quotes",
        "missing.json": "missing.json: baseline file not found (create it with --add-baseline)",
        "list.json": "list.json: not a seedlint baseline (schema_version 1)",
        "deep.json": "deep.json: cannot read baseline: ",
        "entry.json": "entry.json: entry #1 {'path': 1} needs string path, code and fingerprint",
        "pipe.json": "pipe.json: a FIFO (named pipe), not a regular file",
        "/dev/zero": "/dev/zero: a device, not a regular file",
    }
    for name, message in expected.items():
        # The timeout is part of the test: a FIFO or a device is refused at once.
        result = run(tmp_path, "a.txt", "--baseline", name, timeout=20)
        lines = result.stderr.splitlines()
        assert result.returncode == 2 and len(lines) == 1, (name, lines)
        assert lines[0].startswith(f"seedlint: error: {message}"), lines
        assert "internal error" not in lines[0]


def test_a_folder_as_baseline_is_one_line(tmp_path):
    # On the command line click refuses a folder for --baseline itself (dir_okay=False, cli.py).
    (tmp_path / "base").mkdir()
    with pytest.raises(BaselineError) as info:
        baseline.load(tmp_path / "base", str(tmp_path))
    assert str(info.value) == f"{tmp_path / 'base'}: a folder, not a regular file"


def test_suppression_file_silences_one_finding_and_reports_unused_entries(tmp_path):
    (tmp_path / "a.txt").write_text(DOC, "utf-8")
    (tmp_path / "b.txt").write_text(DOC.replace("\u200b", ""), "utf-8")
    (tmp_path / ".seedlintignore").write_text(
        '[[suppress]]\npath = "*.txt"\nrule = "invisible-character"\nmatched = "\u200b"\n'
        'reason = "the zero-width space marks a deliberate break"\n',
        "utf-8",
    )
    result = run(tmp_path, ".")
    found = json.loads(result.stdout)["findings"]
    assert [(f["path"], f["code"], f["severity"]) for f in found] == [("b.txt", "SL901", "info")]
    assert "matched nothing" in found[0]["message"]
    assert result.returncode == 0  # info does not fail the run by default


def test_suppression_needs_a_reason(tmp_path):
    (tmp_path / "a.txt").write_text(DOC, "utf-8")
    (tmp_path / ".seedlintignore").write_text('[[suppress]]\npath = "*"\nrule = "SL005"\n', "utf-8")
    result = run(tmp_path, ".")
    assert result.returncode == 2 and "'reason' is required" in result.stderr


def test_a_baseline_keeps_a_file_name_that_is_not_utf8(tmp_path):
    import os
    import subprocess
    from pathlib import Path

    seedlint = Path(sys.executable).with_name("seedlint")
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / os.fsdecode(b"\xff.txt")).write_bytes("\ufeff来源:未知\n".encode())

    def run(*args):
        return subprocess.run([str(seedlint), *args], cwd=tmp_path, capture_output=True, timeout=60, check=False)

    assert run("check", "d", "--add-baseline", "base.json").returncode == 0
    (tmp_path / "base.json").read_bytes().decode("ascii")
    again = run("check", "d", "--baseline", "base.json")
    assert again.returncode == 0, again.stderr
