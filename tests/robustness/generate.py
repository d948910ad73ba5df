"""Generate many distinct articles from the corpus's dev articles by varying their figures and names.

Used by the kill-and-resume test and bench/memory.py. Only the `dev` split of corpus/split.json is
read (the test split is scored, never opened). Each generated article is a dev article whose
numbers are scaled by a seeded factor and whose capitalised names get a seeded suffix, so no two
are equal (the run's cache and duplicate detection see distinct content) while the text keeps the
shape of real machine-translated news.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus"

_NUMBER = re.compile(r"\d{1,9}(?:\.\d{1,4})?")
_NAME = re.compile(r"\b[A-Z][a-z]{2,20}\b")
_SUFFIXES = ("son", "ov", "ez", "ani", "ing", "berg", "ski", "ada")
#: capitalised words left alone so dates keep resolving
_KEEP = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The".split()
)


def dev_articles(corpus: Path = CORPUS) -> list[tuple[str, str, dict]]:
    """(stem, text, sidecar metadata) of every dev article of the corpus, in stem order."""
    split = json.loads((corpus / "split.json").read_text(encoding="utf-8"))
    out = []
    for stem in sorted(split["dev"]):
        path = corpus / "articles" / f"{stem}.txt"
        meta_path = corpus / "articles" / f"{stem}.meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        out.append((stem, path.read_text(encoding="utf-8"), meta))
    return out


def vary(text: str, rng: random.Random) -> str:
    """The text with every number scaled by one random factor and some names changed."""
    factor = rng.choice((0.5, 0.8, 1.1, 1.25, 1.5, 2.0, 3.0))
    suffix = rng.choice(_SUFFIXES)

    def number(m: re.Match[str]) -> str:
        digits = m.group(0)
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        value = float(digits) * factor
        return f"{value:.{decimals}f}" if decimals else str(max(1, round(value)))

    def name(m: re.Match[str]) -> str:
        word = m.group(0)
        return word + suffix if word not in _KEEP and rng.random() < 0.3 else word

    return _NAME.sub(name, _NUMBER.sub(number, text))


def generate(out: Path, n: int, *, seed: int = 0, corpus: Path = CORPUS, per_folder: int = 500) -> list[Path]:
    """Write `n` varied articles (with their sidecars) into `out`, `per_folder` per sub-folder."""
    sources = dev_articles(corpus)
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        stem, text, meta = sources[i % len(sources)]
        folder = out / f"part-{i // per_folder:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{i:06d}-{stem}.txt"
        path.write_text(vary(text, rng), encoding="utf-8")
        if meta:
            (folder / f"{i:06d}-{stem}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
        paths.append(path)
    return paths
