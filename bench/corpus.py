"""A large synthetic corpus made from the sample documents, for benchmarks at archive scale.

The five fixtures are split by the real pipeline; their paragraphs are cut into sentences and
recombined (seeded) into new documents whose resolution numbers, years, document symbols and
quantities vary, so that postings, references and facets spread the way a real archive's do
instead of repeating 323 paragraphs 300 times. Each document is a plain text file (a title,
then numbered paragraphs with an occasional lettered list or heading) with a small sidecar
giving the symbol, date and organ that a real masthead would carry.

    .venv/bin/python bench/corpus.py OUT_DIR --paragraphs 100000 [--seed 1540]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive.pipeline import parse_file

# Resolutions researchers meet in this field: the 1540 family and its neighbours, (number, year).
RESOLUTIONS = [
    (1540, 2004), (1673, 2006), (1810, 2008), (1887, 2009), (1977, 2011), (2055, 2012),
    (2325, 2016), (2572, 2021), (2663, 2022), (1373, 2001), (1624, 2005), (1718, 2006),
    (1737, 2006), (1747, 2007), (1803, 2008), (1835, 2008), (1874, 2009), (1929, 2010),
    (2087, 2013), (2094, 2013), (2118, 2013), (2178, 2014), (2209, 2015), (2231, 2015),
    (2235, 2015), (2270, 2016), (2319, 2016), (2341, 2017), (2370, 2017), (2396, 2017),
]
GA_RESOLUTIONS = ["62/46", "63/60", "65/62", "68/41", "70/36", "71/66", "72/42", "73/55", "74/43", "75/63", "76/26", "77/93"]
ORGANS = ["安全理事会", "大会", "裁军谈判会议", "安全理事会第1540(2004)号决议所设委员会"]
SENDERS = [
    "乌克兰", "西班牙", "中国", "法国", "德国", "日本", "巴西", "南非", "印度尼西亚", "墨西哥", "澳大利亚",
    "加拿大", "埃及", "肯尼亚", "阿根廷", "哈萨克斯坦", "新西兰", "挪威", "秘鲁", "菲律宾", "波兰", "韩国",
    "瑞典", "瑞士", "泰国", "土耳其", "越南", "智利", "哥伦比亚", "意大利", "荷兰", "巴基斯坦", "尼日利亚",
]
TITLES = [
    "{date}{country}常驻联合国代表给安全理事会主席的信",
    "{date}{country}常驻代表团致裁军谈判会议秘书处的普通照会",
    "关于执行第{resolution}号决议的国家报告：{country}",
    "{year}年{country}执行安全理事会第{resolution}号决议情况的补充资料",
    "防止恐怖分子获取大规模毁灭性武器的措施：{country}提交的资料",
    "安全理事会第{resolution}号决议所设委员会{year}年工作方案",
]
HEADINGS = ["导言", "背景", "国家措施", "执行情况", "国际合作与援助", "结论和建议", "出口管制", "透明度和外联"]
LETTERS = "abcdefgh"
CHINESE_NUMERALS = "一二三四五六七八九十"

_SENTENCE_END = re.compile(r"(?<=[。；！？])")
_SC = re.compile(r"第\s*(\d{4})\s*\(\s*(\d{4})\s*\)\s*号")
_SYMBOL = re.compile(r"\b(S|A|CD)/(\d{2,4})/(\d{1,4})\b")
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20[0-2]\d)(\s*年)")
_QUANTITY = re.compile(r"(?<![\d(/.])(\d{1,3})(\s*(?:个|项|次|名|份|国|%))")


def sentences_from_fixtures(folder: Path) -> list[str]:
    """Sentences of the sample documents' running text, as the real pipeline splits them."""
    found = []
    for path in sorted(folder.glob("*.txt")):
        for paragraph in parse_file(path).paragraphs:
            if paragraph.kind in ("heading", "footnote", "signature") or len(paragraph.text) < 20:
                continue
            for sentence in _SENTENCE_END.split(paragraph.text):
                sentence = sentence.strip()
                if 8 <= len(sentence) <= 400:
                    found.append(sentence)
    return found


class Varier:
    """Changes the numbers in a sentence so that references and terms spread over many values."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def resolution(self) -> str:
        number, year = self.rng.choice(RESOLUTIONS)
        return f"{number}({year})"

    def __call__(self, sentence: str) -> str:
        rng = self.rng
        if rng.random() < 0.6:
            sentence = _SC.sub(lambda m: f"第 {self.resolution()}号", sentence)
        if rng.random() < 0.5:
            sentence = re.sub(r"第\s*\d{2}/\d{1,3}\s*号", lambda m: f"第 {rng.choice(GA_RESOLUTIONS)} 号", sentence)
        sentence = _SYMBOL.sub(lambda m: f"{m.group(1)}/{rng.randint(2004, 2025)}/{rng.randint(1, 999)}", sentence)
        sentence = _YEAR.sub(lambda m: f"{rng.randint(2004, 2025)}{m.group(2)}", sentence)
        return _QUANTITY.sub(lambda m: f"{rng.randint(2, 190)}{m.group(2)}", sentence)


def paragraph(rng: random.Random, sentences: list[str], vary: Varier) -> str:
    count = rng.choice([1, 1, 2, 2, 2, 3, 3, 4])
    return "".join(vary(rng.choice(sentences)) for _ in range(count))


def document(rng: random.Random, sentences: list[str], vary: Varier, size: int) -> tuple[str, dict]:
    """(text, sidecar) of one document with about `size` paragraphs."""
    year = rng.randint(2004, 2025)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    organ = rng.choice(ORGANS)
    country = rng.choice(SENDERS)
    title = rng.choice(TITLES).format(
        date=f"{year}年{month}月{day}日", year=year, country=country, resolution=vary.resolution()
    )
    lines = [title, ""]
    number, section = 0, 0
    while number < size:
        roll = rng.random()
        if roll < 0.05 and section < len(CHINESE_NUMERALS):
            lines += [f"{CHINESE_NUMERALS[section]}. {rng.choice(HEADINGS)}", ""]
            section += 1
        number += 1
        lines += [f"{number}. {paragraph(rng, sentences, vary)}", ""]
        if roll > 0.93:
            for letter in LETTERS[: rng.randint(2, 5)]:
                lines += [f"({letter}) {paragraph(rng, sentences, vary)}", ""]
                number += 1
    symbol = {
        "安全理事会": f"S/{year}/{rng.randint(1, 999)}",
        "大会": f"A/{year - 1945}/{rng.randint(1, 999)}",
        "裁军谈判会议": f"CD/{rng.randint(1000, 2300)}",
    }.get(organ, f"S/AC.44/{year}/{rng.randint(1, 99)}")
    sidecar = {"symbol": symbol, "date": f"{year}-{month:02d}-{day:02d}", "organ": organ}
    return "\n".join(lines) + "\n", sidecar


def generate(out: Path, paragraphs: int, seed: int = 1540, fixtures: Path = ROOT / "fixtures" / "documents") -> dict:
    """Write documents totalling about `paragraphs` paragraphs into `out`; returns a summary."""
    rng = random.Random(seed)
    sentences = sentences_from_fixtures(fixtures)
    vary = Varier(rng)
    out.mkdir(parents=True, exist_ok=True)
    written, documents, characters, symbols = 0, 0, 0, set()
    while written < paragraphs:
        size = min(rng.randint(20, 180), paragraphs - written)
        text, sidecar = document(rng, sentences, vary, size)
        while sidecar["symbol"] in symbols:  # symbols are unique in an archive
            sidecar["symbol"] += f"/Add.{rng.randint(1, 9)}"
        symbols.add(sidecar["symbol"])
        name = f"bench_{documents:05d}"
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
        (out / f"{name}.json").write_text(json.dumps(sidecar, ensure_ascii=False), encoding="utf-8")
        written += size
        documents += 1
        characters += len(text)
    return {"documents": documents, "paragraphs": written, "characters": characters, "sentences": len(sentences)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--paragraphs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1540)
    args = parser.parse_args(argv)
    print(json.dumps(generate(args.out, args.paragraphs, args.seed), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
