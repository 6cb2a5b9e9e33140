"""Write seed corpora for the harnesses from the rules' examples, the seeds/ folder and test strings.

python fuzz/make_corpus.py /tmp/fuzz-corpus
# -> /tmp/fuzz-corpus/document/*, /tmp/fuzz-corpus/amounts/*
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from seedlint.registry import load_registry  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TEXTS = (
    "科技巨头纷纷向人工智能初创公司投资，以换取云计算业务的收入。亚马逊和谷歌是最大的投资方。\n",
    "亚马逊将向Anthropic投资3050万美元（约合人民币2.7亿元），此前已投资40亿美元。\n",
    "来源:新华社\n责任编辑:王静\n",
    "據報道，該公司去年營收達新台幣5926億元，年增16.5%。\n",
    "東京証券取引所で日経平均株価が3万9910円となった。\n",
    "Amazon will invest up to $4 billion (about 290亿元) in Anthropic.\n",
    "投资额约为2146至2862亿元，超过30多亿美元，300余万港元。\n",
)


def main(out: str) -> None:
    document, amounts = Path(out, "document"), Path(out, "amounts")
    document.mkdir(parents=True, exist_ok=True)
    amounts.mkdir(parents=True, exist_ok=True)
    samples: list[bytes] = []
    for rule in load_registry().rules:
        for example in (*rule.fail_examples, *rule.pass_examples):
            samples.append(example if isinstance(example, bytes) else example.encode())
    for path in sorted((ROOT / "seeds").glob("*.txt"))[:20]:
        samples.append(path.read_bytes()[:4096])
    for text in TEXTS:
        for codec in ("utf-8", "utf-16", "utf-16-be", "utf-32", "gb18030"):
            try:
                samples.append(text.encode(codec))
            except UnicodeEncodeError:
                pass
    for sample in samples:
        name = hashlib.sha1(sample).hexdigest()[:16]
        (document / name).write_bytes(sample)
        # The amount harness reads a flag byte then text: 0x01 selects ConsumeUnicodeNoSurrogates.
        (amounts / name).write_bytes(b"\x01" + sample[:2000])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/fuzz-corpus")
