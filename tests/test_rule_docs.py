"""The README's rule table and docs/rules/ are generated from the rule definitions and current."""

from pathlib import Path

from seedlint.registry import load_registry
from seedlint.rule_docs import DOCS_URL, TABLE_BEGIN, TABLE_END, pages, rule_table, rule_url, source_of, with_table

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


SITE_URL = DOCS_URL


def test_every_rule_url_is_the_address_the_site_publishes_its_page_at():
    # mkdocs publishes docs/rules/NAME.md at SITE_URL + rules/NAME/ (use_directory_urls).
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    assert f"site_url: {SITE_URL}\n" in config and "use_directory_urls: true\n" in config
    for rule in load_registry().rules:
        url = rule_url(rule)
        assert url.startswith(SITE_URL + "rules/") and url.endswith("/"), url
        page = ROOT / "docs" / "rules" / (url.removeprefix(SITE_URL + "rules/").removesuffix("/") + ".md")
        assert page.is_file(), f"{rule.code}: no page {page.relative_to(ROOT)} for {url}"


def test_the_site_has_a_home_page_and_lists_the_rule_index():
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    for page in ("index.md", "rules/README.md", "ci.md", "scale.md"):
        assert f": {page}\n" in config, page
        assert (ROOT / "docs" / page).is_file(), page
