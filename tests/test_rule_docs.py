"""The README's rule table and docs/rules/ are generated from the rule definitions and current."""

from pathlib import Path

from seedlint.registry import load_registry
from seedlint.rule_docs import TABLE_BEGIN, TABLE_END, pages, rule_table, source_of, with_table

ROOT = Path(__file__).resolve().parent.parent
REGENERATE = "regenerate with `python -m seedlint.rule_docs`"


def test_readme_rule_table_is_current():
    readme = (ROOT / "README.md").read_text("utf-8")
    assert with_table(readme, rule_table(load_registry())) == readme, REGENERATE


def test_rule_pages_are_current():
    wanted = pages(load_registry())
    folder = ROOT / "docs" / "rules"
    assert sorted(p.name for p in folder.glob("*.md")) == sorted(wanted), REGENERATE
    for name, content in wanted.items():
        assert (folder / name).read_text("utf-8") == content, f"docs/rules/{name}: {REGENERATE}"


def test_every_rule_is_in_the_table_once_with_its_page():
    registry = load_registry()
    table = rule_table(registry)
    for rule in registry.rules:
        assert table.count(f"| {rule.code} |") == 1
        assert f"(docs/rules/{rule.code}-{rule.name}.md)" in table


def test_each_rule_page_names_an_existing_source_file():
    registry = load_registry()
    for rule in registry.rules:
        assert (ROOT / source_of(registry, rule)).is_file(), rule.code


def test_table_markers_are_replaced_between_only():
    text = f"intro\n{TABLE_BEGIN}\nold\n{TABLE_END}\noutro\n"
    assert with_table(text, "new\n") == f"intro\n{TABLE_BEGIN}\nnew\n{TABLE_END}\noutro\n"
