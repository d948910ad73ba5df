"""Make a benchmark corpus of N articles from corpus/articles by varying figures and names (seeded).

    .venv/bin/python bench/generate.py N [--out bench/generated] [--seed 0] [--split dev]

Writes OUT/articles-N.jsonl, one article a line (`id`, `text`, `published`: extractor's .jsonl input).
Article i is template i mod T (the split's articles, dev by default so the test split stays unseen)
with every digit run replaced by a random one of the same length (years 1900-2099 kept, a leading
digit stays non-zero) and the names of bench/generate_names.yaml permuted within their group. The
same N, seed and templates give the same file.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from extractor.evaluation import select_articles  # noqa: E402

NAMES_FILE = Path(__file__).resolve().parent / "generate_names.yaml"

#: a digit run; bounded so the pattern never backtracks far
DIGITS = re.compile(r"\d{1,15}")
#: a year, kept as is so periods stay anchored
YEAR = re.compile(r"(?:19|20)\d\d")


class NameGroups(BaseModel):
    model_config = ConfigDict(extra="forbid")
    groups: dict[str, list[str]]


def vary_digits(text: str, rng: random.Random) -> str:
    """Every digit run replaced by a random run of the same length (years kept)."""

    def sub(m: re.Match[str]) -> str:
        run = m.group(0)
        if YEAR.fullmatch(run):
            return run
        first = str(rng.randint(1, 9)) if run[0] != "0" else "0"
        return first + "".join(str(rng.randint(0, 9)) for _ in run[1:])

    return DIGITS.sub(sub, text)


def vary_names(text: str, groups: dict[str, list[str]], rng: random.Random) -> str:
    """The names of each group permuted (one consistent mapping per article)."""
    mapping: dict[str, str] = {}
    for names in groups.values():
        shuffled = names[:]
        rng.shuffle(shuffled)
        mapping.update(zip(names, shuffled))
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(mapping, key=len, reverse=True)) + r")\b")
    return pattern.sub(lambda m: mapping[m.group(0)], text)


def generate(n: int, corpus: Path, out: Path, seed: int = 0, split: str | None = "dev") -> Path:
    """Write OUT/articles-N.jsonl; its path."""
    groups = NameGroups.model_validate(yaml.safe_load(NAMES_FILE.read_text(encoding="utf-8"))).groups
    templates = []
    for f in select_articles(corpus, split):
        meta = f.with_name(f.stem + ".meta.json")
        published = json.loads(meta.read_text(encoding="utf-8")).get("published") if meta.exists() else None
        templates.append((f.stem, f.read_text(encoding="utf-8"), published))
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"articles-{n}.jsonl"
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for i in range(n):
            stem, text, published = templates[i % len(templates)]
            varied = vary_names(vary_digits(text, rng), groups, rng)
            fh.write(json.dumps({"id": f"gen-{i:06d}-{stem}", "text": varied, "published": published}, ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of articles (e.g. 100, 1000, 10000)")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "generated")
    ap.add_argument("--corpus", type=Path, default=REPO / "corpus")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--split", default="dev", help="templates: dev (default) or all")
    args = ap.parse_args(argv)
    path = generate(args.n, args.corpus, args.out, args.seed, None if args.split == "all" else args.split)
    print(f"wrote {args.n} articles to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
