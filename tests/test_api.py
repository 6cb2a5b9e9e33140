"""The Python API: what ``import seedlint`` offers and what ``lint_paths`` accepts."""

import subprocess
import sys
from pathlib import Path

import pytest

import seedlint
from seedlint import config, engine, model

DOUBLED = "Julie Geller said the the decision was straightforward.\n"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(DOUBLED, "utf-8")
    (tmp_path / "b.txt").write_text("A clean sentence that says nothing wrong at all.\n", "utf-8")
    return tmp_path


def _codes(findings: list[model.Finding]) -> list[tuple[str, str]]:
    return [(Path(f.path).name, f.code) for f in findings]


def test_lint_paths_takes_one_str_as_one_path(folder: Path) -> None:
    assert _codes(seedlint.lint_paths(str(folder))) == [("a.txt", "SL402")]


def test_lint_paths_takes_one_path_like(folder: Path) -> None:
    assert _codes(seedlint.lint_paths(folder)) == [("a.txt", "SL402")]
    assert _codes(seedlint.lint_paths(folder / "a.txt")) == [("a.txt", "SL402")]


def test_lint_paths_takes_any_iterable_of_str_and_path_like(folder: Path) -> None:
    paths = iter([folder / "b.txt", str(folder / "a.txt")])
    assert _codes(seedlint.lint_paths(paths)) == [("a.txt", "SL402")]
    assert seedlint.lint_paths(()) == []


def test_lint_paths_raises_path_error_naming_the_missing_path(folder: Path) -> None:
    missing = folder / "nope.txt"
    with pytest.raises(seedlint.PathError, match="nope.txt") as raised:
        seedlint.lint_paths([folder / "a.txt", missing])
    assert [path for path, _ in raised.value.errors] == [str(missing)]
    assert "\n" not in str(raised.value)


def test_exports_are_the_defining_modules_objects() -> None:
    assert seedlint.ConfigError is config.ConfigError
    assert seedlint.PathError is engine.PathError
    for name in ("Finding", "Rule", "Severity", "Fix", "Edit", "Applicability"):
        assert getattr(seedlint, name) is getattr(model, name)
    assert set(seedlint.__all__) == {*seedlint._EXPORTS, "__version__"}
    for name in seedlint.__all__:
        assert hasattr(seedlint, name), name
    assert set(seedlint.__all__) <= set(dir(seedlint))


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        seedlint.nothing_here  # noqa: B018


def test_from_seedlint_import_still_reaches_submodules() -> None:
    from seedlint import baseline

    assert baseline.__name__ == "seedlint.baseline"


def test_import_seedlint_loads_neither_the_engine_nor_the_checks() -> None:
    probe = "import sys, seedlint; print(sorted(m for m in sys.modules if m.startswith('seedlint')))"
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['seedlint', 'seedlint._version']"
