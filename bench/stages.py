"""CPU time per article of each stage, rule and check of the pipeline (no profiler overhead).

    .venv/bin/python bench/stages.py [--model none] [--copies 100] [--generated 200]

It runs `process_batch` over copies of the seed article (or, with --generated N, the generated bench
corpus of N articles) with every stage, rule and check wrapped in a CPU timer, and prints ms per
article, largest first. Rules share cached work (a rule that first asks for the sentence parse pays
for it), so a rule's figure is what the pipeline spends while it runs. Use it to find what to speed
up; bench/throughput.py gives the figures the targets are stated in.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from extractor import pipeline  # noqa: E402
from extractor.pipeline import context_for, process_batch  # noqa: E402
from extractor.settings import Settings  # noqa: E402

from generate import generate  # noqa: E402
from throughput import ROUNDS, load_inputs, seed_inputs  # noqa: E402


def _timed(name: str, func, totals: dict[str, float]):
    def wrapper(*args, **kwargs):
        t0 = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            totals[name] += time.process_time() - t0

    return wrapper


def _listed(func):
    """A rule that runs to the end when called (rules are generators)."""
    return lambda doc: list(func(doc))


def stage_times(inputs: list, settings: Settings) -> dict[str, float]:
    """CPU seconds per article of each stage, rule and check (best of ROUNDS per name)."""
    ctx = context_for(settings)
    process_batch(inputs[:4], ctx)  # load the model, warm the caches
    best: dict[str, float] = {}
    originals = (pipeline.prepare, pipeline.parse, pipeline.validated, ctx.rules, ctx.checks, pipeline.ARTICLE_STAGES)
    for _ in range(ROUNDS):
        totals: dict[str, float] = defaultdict(float)
        pipeline.prepare = _timed("stage prepare (repair, time expressions)", originals[0], totals)
        pipeline.parse = _timed("stage parse (spaCy)", originals[1], totals)
        pipeline.validated = _timed("stage validate", originals[2], totals)
        ctx.rules = [(n, _timed(f"rule {n}", _listed(f), totals)) for n, f in originals[3]]
        ctx.checks = [(n, _timed(f"check {n}", f, totals)) for n, f in originals[4]]
        for n, f in originals[4]:
            if hasattr(f, "scope"):
                ctx.checks[[m for m, _ in ctx.checks].index(n)][1].scope = f.scope
        pipeline.ARTICLE_STAGES = [(n, _timed(f"stage {n}", f, totals)) for n, f in originals[5]]
        t0 = time.process_time()
        try:
            for i in range(0, len(inputs), settings.batch_size):
                process_batch(inputs[i : i + settings.batch_size], ctx)
        finally:
            (pipeline.prepare, pipeline.parse, pipeline.validated, ctx.rules, ctx.checks,
             pipeline.ARTICLE_STAGES) = originals
        totals["total process_batch"] = time.process_time() - t0
        for name, seconds in totals.items():
            best[name] = min(best.get(name, seconds), seconds)
    return {name: seconds / len(inputs) for name, seconds in best.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="spaCy pipeline or 'none' (default: extractor's default)")
    ap.add_argument("--copies", type=int, default=100, help="copies of the seed article")
    ap.add_argument("--generated", type=int, default=0, help="use the generated bench corpus of N articles instead")
    args = ap.parse_args(argv)
    settings = Settings(model=args.model, workers=1)
    if args.generated:
        gen = REPO / "bench" / "generated"
        path = gen / f"articles-{args.generated}.jsonl"
        if not path.exists():
            generate(args.generated, REPO / "corpus", gen)
        inputs = load_inputs(path, settings)
    else:
        inputs = seed_inputs(args.copies, settings)
    times = stage_times(inputs, settings)
    total = times["total process_batch"]
    print(f"{len(inputs)} articles, model {settings.model or 'default'}: {total * 1000:.1f} ms CPU per article")
    for name, seconds in sorted(times.items(), key=lambda kv: -kv[1]):
        if name != "total process_batch":
            print(f"{seconds * 1000:8.2f} ms  {seconds / total:6.1%}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
