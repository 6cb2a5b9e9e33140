"""Write a reproducible synthetic corpus of seed-like documents for benchmarks.

Documents mix Chinese and English news paragraphs with the defects seedlint looks for (spam
headers, page chrome, placeholder sources, platform notices, doubled list items, conversions),
so every check does real work. The same --seed always gives the same bytes.

    python benchmarks/generate_corpus.py OUT_DIR --docs 2000 --seed 0
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

ZH_SENTENCES = [
    "亚马逊正讨论向人工智能初创公司Anthropic进行第二笔数十亿美元的投资。",
    "这笔新投资与去年亚马逊对该公司投资40亿美元(约合人民币286亿元)的交易类似。",
    "微软最近财报显示,最新一个季度,微软云服务Azure营收同比强劲增长29%。",
    "据悉,为了大量购入紧俏的芯片,该公司融资借款了2亿美元。",
    "科技巨头们的高管表示,这些投资和云计算是由不同的团队负责。",
    "谷歌云副总裁在8月份接受媒体采访时表示,谷歌的投资和云合同是独立的协议。",
    "据统计,微软和亚马逊仅在两家公司上就投入了近200亿美元。",
    "斯坦福大学商学院会计学教授认为,只要是出于合法的商业目的,这类交易就是允许的。",
]
EN_SENTENCES = [
    "Amazon is in talks to make a second multibillion-dollar investment in Anthropic.",
    "The company raised $4 billion (about 28.6 billion yuan) last year, people familiar with the matter said.",
    "Microsoft said revenue at its Azure cloud unit grew 29% in the latest quarter.",
    "Analysts expect the deal to close before the end of the year, according to Reuters.",
    "The startup has been valued at between $30 billion and $40 billion in recent talks.",
]
DEFECTS = [
    "大摩娱乐注册 大摩娱乐登录 大摩娱乐招商QQ\n\n",
    "Navigation menu\n\n",
    "来源:未知 责任编辑:admin\n\n",
    "首页 > 科技 > 正文\n\n",
]
TAILS = [
    "\n特别声明:以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布,本平台仅提供信息存储服务。\n",
    "\n来源:新华社\n",
    "\n本文来源于网络,如有侵权请联系删除。\n",
    "\n(Reporting by Jane Doe; Editing by John Smith)\n",
]


def document(rng: random.Random) -> str:
    english = rng.random() < 0.25
    pool = EN_SENTENCES if english else ZH_SENTENCES
    head = rng.choice(DEFECTS) if rng.random() < 0.3 else ""
    paragraphs = []
    for _ in range(rng.randint(4, 14)):
        sentences = [rng.choice(pool) for _ in range(rng.randint(1, 4))]
        paragraphs.append(("  " if not english else "") + (" " if english else "").join(sentences))
    tail = rng.choice(TAILS) if rng.random() < 0.5 else ""
    return head + "\n\n".join(paragraphs) + "\n" + tail


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(args.docs):
        data = document(rng).encode("utf-8")
        (args.out / f"{i:07d}.txt").write_bytes(data)
        total += len(data)
    print(f"wrote {args.docs} documents, {total / 1e6:.1f} MB, to {args.out}")


if __name__ == "__main__":
    main()
