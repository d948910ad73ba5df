"""Benchmark find_time_expressions on about 1 MB of news text (a script, not a test).

Run: .venv/bin/python -m tests.dates.bench_dates [FILE]   (default: the seed article repeated to 1 MB)
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from extractor.dates import find_time_expressions

SEED = Path("/work/shared/seed/articles/global-times-korea-exports.txt")
SIZE = 1_000_000


def main() -> None:
    """Print wall and CPU time for one 1 MB call and for the same text sentence by sentence."""
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SEED
    unit = source.read_text(encoding="utf-8")
    text = ((unit + "\n") * (SIZE // len(unit) + 1))[:SIZE]
    published = date(2023, 12, 4)
    find_time_expressions("warm up in November", published)
    wall, cpu = time.perf_counter(), time.process_time()
    whole = find_time_expressions(text, published)
    print(f"1 MB in one call: {time.perf_counter() - wall:.2f} s wall, {time.process_time() - cpu:.2f} s CPU, {len(whole)} expressions")
    sentences = [s for s in text.replace("\n", ". ").split(". ") if s.strip()]
    wall, cpu = time.perf_counter(), time.process_time()
    n = sum(len(find_time_expressions(s, published)) for s in sentences)
    print(f"{len(sentences)} sentences one by one: {time.perf_counter() - wall:.2f} s wall, {time.process_time() - cpu:.2f} s CPU, {n} expressions")


if __name__ == "__main__":
    main()
