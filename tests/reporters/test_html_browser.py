"""The HTML report in a real browser: headless Chromium opens the report of seeds/ plus a generated
corpus of 2,000 documents; charts and highlights are in the DOM, filters change the list, keys move
from finding to finding, and hostile text stays text. Prints the file size, the time to first
render and where the screenshot is."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
sys.path.insert(0, str(REPO / "benchmarks"))
from generate_corpus import document  # noqa: E402

pytestmark = pytest.mark.slow
HOSTILE = "</script><script>window.__pwned = 1</script></textarea>\u202e反转 \x1b[2J <b>bold</b>\n"


def _playwright():
    if not CHROMIUM.exists():
        pytest.skip(f"no browser: {CHROMIUM} is missing (apt-get install chromium chromium-driver; .ci/run does)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("no browser driver: the playwright package is missing (pip install -e '.[test]')")
    return sync_playwright


def _lint_corpus(root: Path, docs: int) -> Path:
    """The HTML report of seeds/ and ``docs`` generated documents (plus one hostile one)."""
    corpus = root / "corpus"
    corpus.mkdir()
    rng = random.Random(0)
    for i in range(docs):
        (corpus / f"{i:07d}.txt").write_text(document(rng), encoding="utf-8")
    # A spam header so the document has a finding, then text that would run as script if it were HTML.
    (corpus / "hostile.txt").write_text("大摩娱乐注册 大摩娱乐登录 大摩娱乐招商QQ\n\n" + HOSTILE, encoding="utf-8")
    out = root / "report.html"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "seedlint", "check", "--no-cache", "--output-format", "html", "-o", str(out)]
    done = subprocess.run([*command, "seeds", str(corpus)], cwd=REPO, env=env, capture_output=True, text=True)
    assert done.returncode in (0, 1), done.stderr
    return out


def _open(page, report: Path) -> tuple[float, float]:  # noqa: ANN001 - playwright's Page
    """Open the report: (ms to first render after navigation start, ms until ready as measured here)."""
    started = time.perf_counter()
    page.goto(report.as_uri())
    page.wait_for_selector("body[data-ready='1']")
    return page.evaluate("window.slFirstRender"), (time.perf_counter() - started) * 1000


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _playwright()
    return _lint_corpus(tmp_path_factory.mktemp("html-report"), 2000)


def test_report_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    sync_playwright = _playwright()
    size = report.stat().st_size
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            first_render, wall = _open(page, report)

            # The summary's charts.
            assert page.locator("svg.bars").count() >= 4
            assert page.locator("svg.bars rect").count() > 10
            counted = page.locator("#count").text_content() or ""
            total = int(counted.split(" of ")[1].split()[0])
            assert total > 1000 and page.locator("#doclist li").count() == 100  # one page at a time

            # One family left: the list shrinks.
            families = page.locator("#families input")
            names = [families.nth(i).locator("xpath=..").text_content() or "" for i in range(families.count())]
            for i, name in enumerate(names):
                if "spam" not in name:
                    families.nth(i).click()
            spam_only = int((page.locator("#count").text_content() or "").split(" of ")[0])
            assert 0 < spam_only < total
            for i, name in enumerate(names):
                if "spam" not in name:
                    families.nth(i).click()
            assert int((page.locator("#count").text_content() or "").split(" of ")[0]) == total

            # Highlights, and keyboard navigation from finding to finding.
            page.locator("#doclist li").first.click()
            page.wait_for_selector("#doc pre.text mark.hl")
            assert page.locator("#doc mark.hl").count() > 0
            page.keyboard.press("j")
            first = page.locator("#doc .margin li.current").get_attribute("data-f")
            status = page.locator("#status").text_content() or ""
            assert status.startswith("SL")
            page.keyboard.press("j")
            second = page.locator("#doc .margin li.current").get_attribute("data-f")
            assert first is not None and second is not None and first != second
            page.keyboard.press("k")
            assert page.locator("#doc .margin li.current").get_attribute("data-f") == first

            # Hostile text is shown, not run.
            page.fill("#search", "hostile")
            assert page.locator("#doclist li").count() == 1
            page.locator("#doclist li").first.click()
            page.wait_for_selector("#doc pre.text")
            assert page.evaluate("window.__pwned") is None
            text = page.locator("#doc pre.text").text_content() or ""
            assert "</script><script>window.__pwned = 1</script></textarea>" in text and "<b>bold</b>" in text
            assert "\u202e" not in text and "\\u202e" in text and "\\u001b" in text
            assert page.locator("#doc pre.text b").count() == 0

            page.fill("#search", "")
            page.locator("#doclist li").first.click()
            page.wait_for_selector("#doc pre.text mark.hl")
            shot = tmp_path / "report.png"
            page.screenshot(path=str(shot))
            assert errors == []
        finally:
            browser.close()
    print(
        f"\nHTML report of {total} documents with findings: {size / 1e6:.2f} MB; first render "
        f"{first_render:.0f} ms after navigation start ({wall:.0f} ms until ready); screenshot {shot}"
    )
    assert first_render < 5000


def test_ten_thousand_documents_open_fast(tmp_path: Path) -> None:
    sync_playwright = _playwright()
    report = _lint_corpus(tmp_path, 10_000)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_page()
            first_render, wall = _open(page, report)
            total = int((page.locator("#count").text_content() or "").split(" of ")[1].split()[0])
            last = page.locator("#doclist li")
            page.fill("#search", "0009999")
            last.first.click()  # a document of the last compressed chunk opens on demand
            page.wait_for_selector("#doc pre.text mark.hl")
        finally:
            browser.close()
    size = report.stat().st_size
    print(
        f"\nHTML report of {total} documents with findings: {size / 1e6:.2f} MB; first render "
        f"{first_render:.0f} ms after navigation start ({wall:.0f} ms until ready)"
    )
    assert total > 9000 and first_render < 5000
