"""Third-party checks arrive through the `seedlint.checks` entry-point group.

The tests build a real (unpacked) distribution on disk, a package plus its .dist-info with
entry_points.txt, and put it on PYTHONPATH for a fresh `seedlint` process, exactly as pip would
leave an installed plugin.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from tests.helpers import SEEDLINT

PLUGIN = """
import re
from seedlint.model import Rule, Severity

SHOUT = Rule(
    code="TOY001",
    name="toy-shouting",
    severity=Severity.WARNING,
    summary="A line written in capitals",
    explanation="## What it does\\nx\\n\\n## Why it matters\\nx\\n\\n## Example\\nx\\n\\n## Fix\\nx\\n",
    fail_examples=("BREAKING NEWS TODAY\\n",),
    pass_examples=("Breaking news today\\n",),
)

class ToyCheck:
    name = "toy"
    rules = (SHOUT,)
    options = {"min-length": 10}

    def __init__(self, options):
        self.pattern = re.compile(r"^[A-Z ]{%d,}$" % options["min-length"], re.M)

    def check(self, doc, enabled):
        for m in self.pattern.finditer(doc.text):
            yield doc.finding(SHOUT, m.start(), m.end(), "Line is all capitals")
"""


def make_distribution(root: Path, name: str, module_source: str, entry: str) -> Path:
    package = root / name
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(module_source, "utf-8")
    info = root / f"{name}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name.replace('_', '-')}\nVersion: 0.1\n", "utf-8")
    (info / "entry_points.txt").write_text(f"[seedlint.checks]\n{entry}\n", "utf-8")
    return root


def run(args: list[str], plugin_root: Path, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(plugin_root))
    return subprocess.run([str(SEEDLINT), *args], cwd=cwd, env=env, capture_output=True, text=True, check=False)


def test_plugin_rule_is_listed_configured_and_fires(tmp_path):
    root = make_distribution(tmp_path / "site", "seedlint_toy", PLUGIN, "toy = seedlint_toy:ToyCheck")
    doc = tmp_path / "doc.txt"
    doc.write_text("BREAKING NEWS TODAY\nA calm sentence.\nSHORT CAPS\n", "utf-8")

    rules = json.loads(run(["rules", "--output-format", "json"], root, tmp_path).stdout)
    toy = next(r for r in rules if r["code"] == "TOY001")
    assert (toy["name"], toy["family"]) == ("toy-shouting", "toy")

    result = run(["check", "doc.txt", "--output-format", "concise"], root, tmp_path)
    assert result.returncode == 1
    assert "doc.txt:1:1: TOY001 Line is all capitals" in result.stdout
    assert "doc.txt:3:1: TOY001" in result.stdout

    (tmp_path / ".seedlint.toml").write_text("[toy]\nmin-length = 12\n", "utf-8")
    result = run(["check", "doc.txt", "--output-format", "concise"], root, tmp_path)
    assert "doc.txt:3:1" not in result.stdout and "doc.txt:1:1: TOY001" in result.stdout

    result = run(["check", "doc.txt", "--ignore", "toy-shouting"], root, tmp_path)
    assert result.returncode == 0, result.stdout


def test_broken_plugin_gives_a_clear_error_naming_it(tmp_path):
    root = make_distribution(
        tmp_path / "site", "seedlint_broken", "import not_a_real_module\n", "broken = seedlint_broken:Check"
    )
    (tmp_path / "doc.txt").write_text("text\n", "utf-8")
    for args in (["check", "doc.txt"], ["rules"]):
        result = run(args, root, tmp_path)
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1
        assert "plugin 'broken'" in lines[0] and "seedlint-broken" in lines[0]
        assert "No module named 'not_a_real_module'" in lines[0]


def test_plugin_reusing_a_builtin_code_is_rejected(tmp_path):
    clash = PLUGIN.replace('code="TOY001"', 'code="SL001"')
    root = make_distribution(tmp_path / "site", "seedlint_clash", clash, "clash = seedlint_clash:ToyCheck")
    (tmp_path / "doc.txt").write_text("text\n", "utf-8")
    result = run(["check", "doc.txt"], root, tmp_path)
    assert result.returncode == 2
    assert "rule 'SL001' is already defined by built-in" in result.stderr
