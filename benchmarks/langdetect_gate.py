"""How many langdetect calls the script gate saves, and what each path costs per block.

Reads ../shared/corpus/dev/docs beside the repository, or generated text when it is absent:

    .venv/bin/python benchmarks/langdetect_gate.py [--generated] [FOLDER]

Prints, for every block (lines of one paragraph with the same script, the unit language rules use)
and for every block of at least 40 letters (the unit foreign-block reports): how many were decided
by script shares, by English function words and by langdetect; then the langdetect calls a full
SL601-SL603 lint of the corpus makes (asked, and run: a sample seen before is answered from memory),
and the CPU time of loading langdetect's profiles; then microseconds per block for the script
heuristic and for langdetect on the same blocks.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import seedlint.text.language as language  # noqa: E402
from seedlint.config import Settings  # noqa: E402
from seedlint.document import Document  # noqa: E402
from seedlint.engine import lint_document  # noqa: E402

DEV_CORPUS = REPO.parent / "shared" / "corpus" / "dev" / "docs"
MIN_LETTERS = 40

_ZH = [
    "亚马逊正讨论向人工智能初创公司进行第二笔数十亿美元的投资,这笔投资的结构与去年相似。",
    "一位参与讨论的人士称,总投资规模可能取决于此次讨论的结果,特别是对方同意使用的芯片数量。",
    "分析人士认为,云服务商与大模型开发商之间的合作越来越紧密,这种模式正在成为行业常态。",
    "据The Information报道,Amazon正与Anthropic讨论新一轮投资,CEO Dario Amodei此前表示将使用AWS芯片。",
    "Microsoft、Google、Meta和Nvidia(NVDA)的股价周一上涨,OpenAI的ChatGPT Enterprise订阅收入增长。",
]
_EN = [
    "The company said on Tuesday that it would invest another two billion dollars in the startup.",
    "Officials said the measures would take effect next month and would be reviewed after a year.",
    "Shares of the chipmaker rose after it reported revenue that beat analysts' expectations.",
]
_OTHER = [
    "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les entreprises.",
    "Die Bundesregierung hat am Dienstag neue Maßnahmen zur Unterstützung der Unternehmen angekündigt.",
    "同社は火曜日、このスタートアップにさらに20億ドルを投資すると発表した。",
]


def generated_documents(count: int = 60) -> list[tuple[str, str]]:
    """Chinese articles (some ending in an English notice) and English articles, seeded."""
    rng = random.Random(0)
    docs = []
    for i in range(count):
        if i % 3 == 2:
            paragraphs = [rng.choice(_EN) + " " + rng.choice(_EN) for _ in range(8)]
            if i % 9 == 8:
                paragraphs.append(rng.choice(_OTHER))
            docs.append((f"gen{i:03d}_en.txt", "\n\n".join(paragraphs) + "\n"))
        else:
            lines = [rng.choice(_ZH) for _ in range(12)]
            if i % 4 == 0:
                lines.append("Notice: The content above is uploaded and posted by a user of the platform.")
            docs.append((f"gen{i:03d}_zh.txt", "\n".join(lines) + "\n"))
    return docs


def corpus_documents(folder: Path) -> list[tuple[str, str]]:
    return [(p.name, Document.from_bytes(p.read_bytes(), p.name).text) for p in sorted(folder.glob("*.txt"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default=str(DEV_CORPUS))
    parser.add_argument("--generated", action="store_true", help="use generated text even if the corpus exists")
    args = parser.parse_args()
    folder = Path(args.folder)
    if args.generated or not folder.is_dir():
        docs, source = generated_documents(), "generated text (60 documents)"
    else:
        docs = corpus_documents(folder)
        source = f"{folder} ({len(docs)} documents)"
    print(f"source: {source}")

    started = time.process_time()
    language._detector_factory()
    print(f"langdetect profiles loaded in {time.process_time() - started:.2f} s CPU (once per process)")

    blocks: list[str] = []
    for name, text in docs:
        doc = Document(text, name)
        blocks.extend(doc.folded[b.start : b.end] for b in language.language_blocks(doc))
    lines = sum(1 for _, text in docs for line in text.splitlines() if line.strip())
    print(f"non-blank lines: {lines}; blocks (same-script lines of a paragraph): {len(blocks)}")

    for label, selected in (("all blocks", blocks), (f"blocks of >= {MIN_LETTERS} letters", _long(blocks))):
        methods = Counter(language.detect_block(b).method for b in selected)
        calls = methods["langdetect"]
        decided = len(selected) - calls
        share = decided / len(selected) if selected else 0.0
        print(
            f"{label}: {len(selected)} considered, langdetect calls {calls}, saved {decided} ({share:.1%}); "
            f"by method: {dict(sorted(methods.items()))}"
        )

    calls = Counter()
    original = language.langdetect

    def counting(text: str, *, script: str = "latin") -> tuple[str, float]:
        calls["langdetect"] += 1
        return original(text, script=script)

    language.langdetect = counting
    language._langdetect_sample.cache_clear()
    try:
        settings = Settings(select=("SL601", "SL602", "SL603")).with_options("language", {"declared": "zh"})
        findings = sum(len(lint_document(Document(text, name), settings)) for name, text in docs)
    finally:
        language.langdetect = original
    run = language._langdetect_sample.cache_info().misses
    print(
        f"full lint (SL601-SL603, declared zh): {len(docs)} documents, {len(blocks)} blocks, "
        f"langdetect asked {calls['langdetect']}, run {run}, findings {findings}"
    )

    timed = _long(blocks) or blocks
    detect = language._langdetect_sample.__wrapped__  # uncached: every round runs the detector
    script_us = _time(lambda b: _script_only(b), timed)
    langdetect_us = _time(
        lambda b: detect(
            language.strip_links(b)[: language.LANGDETECT_SAMPLE], language.profile(b).dominant()[0] or "latin"
        ),
        timed,
    )
    print(f"per block ({len(timed)} blocks of >= {MIN_LETTERS} letters, mean):")
    print(f"  script heuristic (profile, script class, English function words): {script_us:.1f} µs")
    print(f"  langdetect (seeded detector, profiles already loaded): {langdetect_us:.1f} µs")


def _long(blocks: list[str]) -> list[str]:
    return [b for b in blocks if language.profile(b).letters >= MIN_LETTERS]


def _script_only(text: str) -> str:
    prof = language.profile(text)
    kind = prof.kind()
    if kind == "latin":
        return "en" if language.is_english(text) else "?"
    return kind


def _time(fn, blocks: list[str], rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for block in blocks:
            fn(block)
        best = min(best, time.perf_counter() - started)
    return best / len(blocks) * 1e6


if __name__ == "__main__":
    main()
