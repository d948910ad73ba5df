"""Throughput benchmark: extractor against bare spaCy, scaling, fast mode, incremental runs, peers.

    .venv/bin/python bench/throughput.py [--n 200] [--incremental-n 1000] [--model NAME] [--seed-copies 50]
                                         [--profile] [--peers-n 50] [--skip-peers] [--skip-eval]

On the same generated texts (bench/generate.py, from the dev split) in one process it prints:
articles/s and tokens/s of a whole run, peak RSS, the 1 -> 2 worker scaling, the throughput of the
per-article pipeline (process_batch) as a share of bare `nlp.pipe`'s with the same loaded model (CPU
time, best of ROUNDS, so other jobs on the machine matter little), the fast mode's CPU time per
article and articles/s per core (on the generated texts and on copies of the seed article), its
numeric F1 next to the full mode's (extractor.evaluation on corpus dev),
the unchanged re-run time of --incremental-n articles against their first run, and quantulum3's and
CQE's articles/s on the first --peers-n texts (bench/peers.py). `--profile` adds pyinstrument's top
costs of process_batch (pip install pyinstrument; a bench-only tool).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from extractor.ingest import ArticleInput, read_file  # noqa: E402
from extractor.pipeline import context_for, process_batch, run  # noqa: E402
from extractor.settings import Settings  # noqa: E402

from generate import generate  # noqa: E402

#: functions shown in the profile summary
PROFILE_TOP = 20
#: CPU-time figures are the best of this many rounds (other jobs on a shared machine only add time)
ROUNDS = 2
#: the seed article: "seed-sized" figures are measured on copies of it (3,411 characters)
SEED = REPO.parent / "shared" / "seed" / "articles"


def load_inputs(path: Path, settings: Settings) -> list[ArticleInput]:
    """The generated articles as extractor reads them."""
    return [a for a in read_file(path, path.parent, settings.max_chars) if isinstance(a, ArticleInput)]


def timed(func, *args, **kwargs) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = func(*args, **kwargs)
    return time.perf_counter() - t0, out


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def cpu_timed(func, *args, **kwargs) -> tuple[float, object]:
    """CPU seconds of this process (all its threads): robust to other jobs loading the machine."""
    t0 = time.process_time()
    out = func(*args, **kwargs)
    return time.process_time() - t0, out


def bare_vs_pipeline(inputs: list[ArticleInput], settings: Settings, rounds: int = ROUNDS) -> dict[str, float]:
    """CPU seconds of bare nlp.pipe and of process_batch on the same texts (best of `rounds`, taken in
    turns), and the token count."""
    ctx = context_for(settings)
    texts = [a.text for a in inputs]
    list(ctx.nlp.pipe(texts[:4]))  # warm-up
    process_batch(inputs[:4], ctx)
    step = settings.batch_size
    bare_s = pipe_s = float("inf")
    tokens = 0
    for _ in range(rounds):
        seconds, docs = cpu_timed(lambda: list(ctx.nlp.pipe(texts, batch_size=settings.batch_size)))
        bare_s, tokens = min(bare_s, seconds), sum(len(d) for d in docs)  # type: ignore[union-attr]
        del docs
        seconds, _ = cpu_timed(lambda: [process_batch(inputs[i : i + step], ctx) for i in range(0, len(inputs), step)])
        pipe_s = min(pipe_s, seconds)
    return {"bare_s": bare_s, "pipeline_s": pipe_s, "tokens": tokens}


def seed_inputs(copies: int, settings: Settings) -> list[ArticleInput]:
    """`copies` copies of the seed article (each its own id), for per-seed-sized-article figures."""
    from extractor.ingest import discover

    files, _ = discover([SEED])
    (path, root), *_ = files
    (seed,) = [a for a in read_file(path, root, settings.max_chars) if isinstance(a, ArticleInput)]
    return [dataclasses.replace(seed, article_id=f"{seed.article_id}-{k}") for k in range(copies)]


def fast_cpu_per_article(inputs: list[ArticleInput], rounds: int = ROUNDS) -> float:
    """CPU seconds per article of process_batch in the fast mode (best of `rounds`)."""
    fast = Settings(model="none", workers=1)
    ctx = context_for(fast)
    process_batch(inputs[:4], ctx)
    step = fast.batch_size
    best = min(cpu_timed(lambda: [process_batch(inputs[i : i + step], ctx) for i in range(0, len(inputs), step)])[0]
               for _ in range(rounds))
    return best / len(inputs)


def run_seconds(path: Path, out: Path, settings: Settings, force: bool = False) -> float:
    """Processing seconds of a whole run (model loading excluded: it is cached per process)."""
    context_for(settings)
    seconds, summary = timed(run, [path], out, settings, force=force)
    return seconds


def profile(inputs: list[ArticleInput], settings: Settings) -> str:
    """pyinstrument's flat top costs (total time per function) of process_batch over the inputs."""
    from pyinstrument import Profiler
    from pyinstrument.renderers import ConsoleRenderer

    ctx = context_for(settings)
    step = settings.batch_size
    with Profiler(interval=0.001) as prof:
        for i in range(0, len(inputs), step):
            process_batch(inputs[i : i + step], ctx)
    text = prof.output(ConsoleRenderer(flat=True, flat_time="total", short_mode=True))
    lines = [ln for ln in text.splitlines() if re.match(r"\d+\.\d+ ", ln) and "<thread>" not in ln]
    return "\n".join(lines[:PROFILE_TOP])


def eval_f1(model: str | None) -> float | None:
    from extractor.evaluation import evaluate

    return evaluate(REPO / "corpus", "dev", Settings(model=model)).f1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="articles for the speed figures")
    ap.add_argument("--incremental-n", type=int, default=1000, help="articles of the incremental re-run")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: extractor's default)")
    ap.add_argument("--fast-incremental", action="store_true", help="time the incremental run in the fast mode")
    ap.add_argument("--profile", action="store_true", help="print pyinstrument's top costs")
    ap.add_argument("--peers-n", type=int, default=50, help="texts given to each peer")
    ap.add_argument("--seed-copies", type=int, default=50, help="copies of the seed article for the seed-sized figure (0: skip)")
    ap.add_argument("--skip-peers", action="store_true")
    ap.add_argument("--skip-eval", action="store_true", help="skip the F1 figures (two eval runs of dev)")
    args = ap.parse_args(argv)

    gen = REPO / "bench" / "generated"
    path = gen / f"articles-{args.n}.jsonl"
    if not path.exists():
        generate(args.n, REPO / "corpus", gen)
    one = Settings(model=args.model, workers=1)
    inputs = load_inputs(path, one)
    n = len(inputs)
    chars = sum(len(a.text) for a in inputs)
    print(f"corpus: {n} generated articles, {chars / n:.0f} chars each on average ({path.relative_to(REPO)})")
    load_s, ctx = timed(context_for, one)
    print(f"model: {ctx.model['name']} {ctx.model['version']} (loaded in {load_s:.1f}s)")

    cmp = bare_vs_pipeline(inputs, one)
    print(f"bare nlp.pipe:          {1000 * cmp['bare_s'] / n:7.1f} ms CPU/article  {cmp['tokens'] / cmp['bare_s']:9.0f} tokens/s")
    print(f"pipeline (process_batch): {1000 * cmp['pipeline_s'] / n:5.1f} ms CPU/article  {cmp['tokens'] / cmp['pipeline_s']:9.0f} tokens/s"
          f"  -> throughput {cmp['bare_s'] / cmp['pipeline_s']:.2f}x that of bare nlp.pipe")
    fast_ms = 1000 * fast_cpu_per_article(inputs)
    print(f"fast mode (process_batch): {fast_ms:.1f} ms CPU/article -> {1000 / fast_ms:.0f} articles/s per core")
    if SEED.is_dir() and args.seed_copies:
        seeds = seed_inputs(args.seed_copies, one)
        seed_ms = 1000 * fast_cpu_per_article(seeds)
        print(f"fast mode on {len(seeds)} copies of the seed article ({len(seeds[0].text)} chars): {seed_ms:.1f} ms CPU/article"
              f" -> {1000 / seed_ms:.0f} seed-sized articles/s per core")

    with tempfile.TemporaryDirectory() as tmp:
        t1 = run_seconds(path, Path(tmp) / "w1", one)
        own0, kids0 = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
        t2 = run_seconds(path, Path(tmp) / "w2", Settings(model=args.model, workers=2))
        parent_cpu, workers_cpu = _cpu(resource.RUSAGE_SELF) - own0, _cpu(resource.RUSAGE_CHILDREN) - kids0
        fast = Settings(model="none", workers=1)
        tf = run_seconds(path, Path(tmp) / "fast", fast)
    print(f"run, 1 worker:          {n / t1:7.1f} articles/s  {cmp['tokens'] / t1:9.0f} tokens/s")
    print(f"run, 2 workers:         {n / t2:7.1f} articles/s  -> scaling 1->2 workers: {t1 / t2:.2f}x"
          f" (CPU: parent {parent_cpu:.1f}s, workers {workers_cpu:.1f}s; parent share {parent_cpu / (parent_cpu + workers_cpu):.1%})")
    print(f"fast mode (--model none), 1 worker: {n / tf:.1f} articles/s per core ({t1 / tf:.1f}x the full mode)")
    own, kids = peak_rss_mb()
    print(f"peak RSS: {own:.0f} MB (this process), {kids:.0f} MB (largest worker process)")

    if not args.skip_eval:
        full_f1, fast_f1 = eval_f1(args.model), eval_f1("none")
        print(f"numeric F1 on corpus dev: full mode {full_f1:.3f}, fast mode {fast_f1:.3f}")

    ipath = gen / f"articles-{args.incremental_n}.jsonl"
    if not ipath.exists():
        generate(args.incremental_n, REPO / "corpus", gen)
    inc = Settings(model="none" if args.fast_incremental else args.model)
    with tempfile.TemporaryDirectory() as tmp:
        first = run_seconds(ipath, Path(tmp) / "inc", inc)
        again = run_seconds(ipath, Path(tmp) / "inc", inc)
    mode = "fast mode" if args.fast_incremental else "full mode"
    print(f"incremental ({args.incremental_n} articles, {mode}, {inc.resolved_workers()} workers): first run {first:.1f}s, "
          f"unchanged re-run {again:.1f}s ({first / again:.0f}x faster)")

    if not args.skip_peers:
        from peers import peer_throughput

        sample = [(a.article_id, a.text) for a in inputs[: args.peers_n]]
        rates = peer_throughput(sample)
        ours = n / t1
        print(f"peers on the first {len(sample)} texts (1 process each): "
              + ", ".join(f"{tool} {r:.1f} articles/s" for tool, r in rates.items())
              + f"; extractor {ours:.1f} articles/s")

    if args.profile:
        print("\nprofile of process_batch (total seconds per function, top costs):")
        print(profile(inputs[: min(n, 100)], one))
    print(json.dumps({"n": n, **{k: round(v, 3) for k, v in cmp.items()}, "run_1_worker_s": round(t1, 3),
                      "run_2_workers_s": round(t2, 3), "fast_s": round(tf, 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
