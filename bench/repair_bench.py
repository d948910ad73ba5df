"""Benchmark of the split-decimal repair: precision and recall on garbled/clean pairs, repairs on decoys.

Pairs come from clean sentences the repair rules were not written against: the inputs of the
Recognizers-Text peer specs that contain decimals (real newswire, read-only) and a template
generator with its own vocabulary (below). Each clean sentence is garbled by
extractor.repair.garble with several seeds; a repair counts as correct when it rewrites the
garbled integer part to the true value. Decoys (clean text with legitimate glued tokens, every
peer-spec input unmodified, and the generated sentences before garbling) must get no repair.

    .venv/bin/python bench/repair_bench.py --n 1000 --seed 7
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.repair import DEFAULT_MIN_CONFIDENCE, repair
from extractor.repair.garble import garble
from extractor.repair.numbers import scaled

PEER_SPECS = ROOT.parent / "shared" / "peer-specs" / "recognizers-text"
SEEDS_PER_SENTENCE = 3

# Clean text with glued tokens that must survive untouched.
DECOYS = [
    "Huawei's Mate 60 Pro runs on the Kirin 9000S chip, made on a 7nm process.",
    "Nvidia may not ship the A100 or the H20 to China, and the H800 is also restricted.",
    "Leaders met at the G20 summit while SARS-CoV-2 and COVID-19 cases rose again.",
    "Boeing 737 deliveries resumed, and Windows 11 now runs on 4nm laptops.",
    "Under Article 232 and Section 301, tariffs were raised; Section301 probes continue.",
    "PM2.5 levels fell in Beijing, and the F-35 program was delayed.",
    "Growth is expected at 5%-6% this year, with inflation between 2% and 3%.",
    "The fund raised US$5 billion, HK$3 billion and S$2 billion in 2023.",
    "Revenue in 3Q24 beat estimates, and 1H2024 profit doubled to 1,200 million yuan.",
    "It remains the No.1 seller, ranking 1st in 2022 and 2nd in 2023.",
    "The 5G rollout and B2B sales helped; the iPhone15 launch was on September 12.",
    "On December 1, China imposed export controls on graphite, effective for 2 years.",
    "Exports rose 7.8% in November, the 2nd straight monthly gain, to $55.8 billion.",
    "Sales of GPT-4 licences and RTX4090 cards were up 15% in Q3 and FY2023.",
    "The index was at 49.5 at 10:30, with 1/4 of firms reporting CO2 cuts.",
    "Shares of top10% firms rose; the H1N1 and MP3 brands were sold for A$1.5 billion.",
    "He said that that was what it is: the firm had had a bad year, and it is is not.",
    "The **Beijing** office opened on 24/7 service lines, see [1] and [Reuters].",
    "中国经济增长5.2%。出口增长（同比）0.5%。",
    "Prices were C$16.4 million and NT$1,200 for 3D printers in 2021-2022.",
    "The Route 66 museum drew 120,000 visitors, about 3 times more than in 2019.",
    "Trade rose 3 percent year on year to 2.1 trillion yuan, while imports fell 1 percent.",
    "The ministry said 9 of the 12 provinces met the target in 2023.",
    "Output was 1.2 million tons in May, up from 900,000 tons in April.",
    "Deficit narrowed to $3.9 billion from $4.2 billion, the ministry said on the 3rd.",
    "Chapter 11 filings rose to 7,325 in 2023, data from the court showed.",
    "The Type 055 destroyer and the J-20 jet were shown at Zhuhai on November 8.",
    "Model Y and Model 3 sales in China hit 600,000 units, or 40% of the total.",
]

# Template generator vocabulary, written for this bench only.
COUNTRIES = ["Vietnam", "Brazil", "Germany", "Japan", "India", "Mexico", "Australia", "Indonesia",
             "Chile", "Kenya", "Poland", "Thailand", "Canada", "Turkey", "Egypt", "Malaysia"]
METRICS = ["exports", "imports", "retail sales", "industrial output", "fixed-asset investment",
           "online sales", "freight volume", "tax revenue", "auto sales", "grain output",
           "steel production", "power consumption", "foreign direct investment", "household spending"]
UP_VERBS = ["rose", "grew", "increased", "climbed", "expanded", "jumped"]
DOWN_VERBS = ["fell", "dropped", "declined", "shrank", "slipped", "contracted"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SOURCES = ["the statistics bureau", "the customs administration", "the commerce ministry",
           "the central bank", "industry data", "the finance ministry", "a government report"]
PRODUCTS = ["crude steel", "coal", "cement", "soybeans", "copper", "rice", "natural gas", "aluminum"]
UNITS = ["tons", "tonnes", "vehicles", "units", "barrels", "passengers"]
CURRENCY_STYLES = [("$", ""), ("US$", ""), ("", " yuan"), ("RMB ", ""), ("€", ""), ("", " euros"),
                   ("HK$", ""), ("", " US dollars")]
DISTRACTORS = ["", "", "", " In 2022, the Kirin 9000S chip was launched.", " The G20 met on November 5.",
               " Boeing 737 orders reached 12 in the first 9 months.", " Prices rose 3% in 2023.",
               " The A100 and H20 were restricted under Section 301."]


def _pct(rng: random.Random) -> str:
    """A percentage with one or two decimals ('12.5')."""
    return f"{rng.randint(1, 60)}.{rng.randint(1, 9)}{rng.choice(['', str(rng.randint(1, 9))])}"


def _yi_amount(rng: random.Random) -> str:
    """A money amount whose Chinese form has a decimal in yi (39.4亿 -> '3.94 billion')."""
    yi = Decimal(f"{rng.randint(1, 999)}.{rng.randint(1, 9)}{rng.choice(['', str(rng.randint(1, 9))])}")
    mantissa, scale = scaled(yi * 10**8)
    return f"{mantissa} {scale}".strip()


def _money(rng: random.Random, amount: str) -> str:
    """An amount written in one of the currency styles ('$3.94 billion', '3.94 billion yuan')."""
    pre, post = rng.choice(CURRENCY_STYLES)
    return f"{pre}{amount}{post}"


def _sentence(rng: random.Random) -> str:
    """One clean newswire-like sentence with decimal numbers."""
    c, c2 = rng.sample(COUNTRIES, 2)
    m, m2 = rng.sample(METRICS, 2)
    mon, mon2 = rng.sample(MONTHS, 2)
    src = rng.choice(SOURCES)
    t = rng.randrange(13)
    if t == 0:
        s = f"{c}'s {m} {rng.choice(UP_VERBS)} {_pct(rng)}% from a year earlier in {mon}, according to {src}."
    elif t == 1:
        s = f"{c} accounted for {_pct(rng)} percent of {c2}'s total {m} in the first half, {src} said."
    elif t == 2:
        s = (f"The monthly trade deficit with {c} narrowed from {_money(rng, _yi_amount(rng))} in {mon} "
             f"to {_money(rng, _yi_amount(rng))} in {mon2}.")
    elif t == 3:
        s = (f"In {mon}, {m} {rng.choice(UP_VERBS)} {_pct(rng)} percent and {m2} {rng.choice(DOWN_VERBS)} "
             f"{_pct(rng)} percent, {src} said.")
    elif t == 4:
        wan = rng.randint(2, 900)
        q = f"{wan * 10_000 + rng.randint(1, 9) * 1000:,}"
        s = (f"Output of {rng.choice(PRODUCTS)} reached {q} {rng.choice(UNITS)} in {mon}, "
             f"up {_pct(rng)}% from a year earlier.")
    elif t == 5:
        s = (f"{c}'s {m} totaled {rng.randint(2, 90)}.{rng.randint(11, 99)} trillion yuan in {rng.randint(2015, 2024)}, "
             f"{src} said.")
    elif t == 6:
        s = f"{c2} invested {_money(rng, _yi_amount(rng))} in {c} last year, a rise of {_pct(rng)}% on the year."
    elif t == 7:
        s = (f"The share of {m} in {c}'s economy {rng.choice(DOWN_VERBS)} to {_pct(rng)}% in {mon}, "
             f"while {m2} {rng.choice(UP_VERBS)} by {_pct(rng)}%.")
    elif t == 8:
        s = (f"{c}'s central bank held {_money(rng, _yi_amount(rng))} of reserves at the end of {mon}, "
             f"{src} said.")
    elif t == 9:
        s = (f"{m.capitalize()} {rng.choice(DOWN_VERBS)} {rng.randint(2, 40)}% in {mon} but "
             f"{rng.choice(UP_VERBS)} {_pct(rng)}% in {mon2} from the same month last year.")
    elif t == 10:
        s = (f"In the first {rng.randint(2, 11)} months, {m} {rng.choice(UP_VERBS)} {_pct(rng)}% to "
             f"{_money(rng, _yi_amount(rng))}, with {rng.randint(3, 30)} provinces reporting gains.")
    elif t == 11:
        s = (f"{c} and {c2} signed {rng.randint(3, 40)} deals worth {_money(rng, _yi_amount(rng))} in {mon}, "
             f"and {m} {rng.choice(UP_VERBS)} {_pct(rng)} percent, while {m2} stood at $55.8 billion.")
    else:
        s = (f"On {mon} {rng.randint(1, 28)}, {src} said {m} {rng.choice(UP_VERBS)} {_pct(rng)}% and "
             f"{m2} {rng.choice(DOWN_VERBS)} {_pct(rng)}% in the first quarter of {rng.randint(2019, 2024)}.")
    return s + rng.choice(DISTRACTORS)


def peer_inputs() -> list[str]:
    """Every Input sentence of the peer specs (read-only)."""
    out: list[str] = []
    for name in ("CurrencyModel.json", "NumberModel.json", "PercentModel.json"):
        path = PEER_SPECS / name
        if path.exists():
            out.extend(case["Input"] for case in json.loads(path.read_text(encoding="utf-8")))
    return out


def _matches(rep, truth) -> bool:  # type: ignore[no-untyped-def]
    """True when a number repair rewrites the truth's integer part to the true value."""
    if rep.value is None:
        return False
    first = rep.spans[0]
    same_place = first.start <= truth.int_start < first.end or first.start == truth.int_start
    return same_place and abs(rep.value - truth.value) <= 1e-9 * max(1.0, abs(truth.value))


def run(n: int, seed: int, min_confidence: float) -> int:
    """Build the pairs, score them and print the table; exit status 0."""
    rng = random.Random(seed)
    peers = peer_inputs()
    clean = [s for s in peers if any(ch.isdigit() for ch in s) and "." in s]
    generated = [_sentence(rng) for _ in range(n)]
    rows: dict[str, Counter[str]] = {"peer-spec": Counter(), "generated": Counter()}
    forms: Counter[str] = Counter()
    form_hits: Counter[str] = Counter()
    misses: list[str] = []
    wrong: list[str] = []
    for source, sentences in (("peer-spec", clean), ("generated", generated)):
        row = rows[source]
        for i, sentence in enumerate(sentences):
            for k in range(SEEDS_PER_SENTENCE):
                g = garble(sentence, seed=seed * 1_000_003 + i * 31 + k)
                if not g.truths:
                    continue
                row["pairs"] += 1
                result = repair(g.text, min_confidence=min_confidence)
                numbers = [r for r in result.repairs if r.kind == "number"]
                row["truths"] += len(g.truths)
                row["repairs"] += len(numbers)
                row["suspects"] += len(result.suspects)
                hit_truths = {id(t) for t in g.truths if any(_matches(r, t) for r in numbers)}
                row["found"] += len(hit_truths)
                row["correct"] += sum(1 for r in numbers if any(_matches(r, t) for t in g.truths))
                for t in g.truths:
                    forms[t.form] += 1
                    if id(t) in hit_truths:
                        form_hits[t.form] += 1
                    elif len(misses) < 5:
                        misses.append(f"{g.text!r} -> missed {t.value_text}")
                for r in numbers:
                    if not any(_matches(r, t) for t in g.truths) and len(wrong) < 5:
                        wrong.append(f"{g.text!r} -> wrong {r.original!r} => {r.repaired}")
    decoy_sets = {"decoys": DECOYS, "peer-spec inputs": peers, "generated clean": generated}
    print(f"repair bench  n={n} seed={seed} min_confidence={min_confidence}")
    print(f"{'source':<12} {'pairs':>6} {'truths':>7} {'repairs':>8} {'correct':>8} {'precision':>10} {'recall':>7} {'suspects':>9}")
    total: Counter[str] = Counter()
    for source, row in rows.items():
        total.update(row)
        _print_row(source, row)
    _print_row("all", total)
    print()
    print(f"{'form':<14} {'truths':>7} {'recall':>7}")
    for form, count in sorted(forms.items()):
        print(f"{form:<14} {count:>7} {form_hits[form] / count:>7.3f}")
    print()
    print(f"{'decoy set':<18} {'texts':>6} {'repairs':>8} {'changed':>8} {'suspects':>9}")
    for name, texts in decoy_sets.items():
        reps = changed = sus = 0
        for text in texts:
            result = repair(text, min_confidence=min_confidence)
            reps += len(result.repairs)
            changed += result.text != text
            sus += len(result.suspects)
            if result.repairs and len(wrong) < 10:
                wrong.append(f"decoy {text!r} -> {[r.original for r in result.repairs]}")
        print(f"{name:<18} {len(texts):>6} {reps:>8} {changed:>8} {sus:>9}")
    if misses or wrong:
        print("\nexamples:")
        for line in misses + wrong:
            print("  " + line[:220])
    return 0


def _print_row(name: str, row: Counter[str]) -> None:
    """One line of the pair table."""
    precision = row["correct"] / row["repairs"] if row["repairs"] else 1.0
    recall = row["found"] / row["truths"] if row["truths"] else 1.0
    print(f"{name:<12} {row['pairs']:>6} {row['truths']:>7} {row['repairs']:>8} {row['correct']:>8} "
          f"{precision:>10.4f} {recall:>7.4f} {row['suspects']:>9}")


def main(argv: list[str] | None = None) -> int:
    """Parse options and run the bench."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="generated sentences (each garbled with 3 seeds)")
    parser.add_argument("--seed", type=int, default=7, help="random seed")
    parser.add_argument("--min-confidence", type=float, default=DEFAULT_MIN_CONFIDENCE)
    args = parser.parse_args(argv)
    return run(args.n, args.seed, args.min_confidence)


if __name__ == "__main__":
    raise SystemExit(main())
