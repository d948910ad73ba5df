"""Scoring a run against gold annotations (`extractor eval CORPUS`).

A corpus is a folder with `articles/` (texts and `.meta.json` sidecars), `gold/` (`<stem>.gold.json`,
format in CONTRACT.md and corpus/README.md) and optionally `split.json` (`{"dev": [...], "test": [...]}`).
The articles are run through the real pipeline (`extractor.run`) and the JSONL read back, so the
score is the score of what users get.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .pipeline import run
from .settings import Settings

#: two numbers are the same claim when they differ by at most this fraction (issue 4: "within 0.5%")
VALUE_TOLERANCE = 0.005


def same_value(a: float, b: float) -> bool:
    if a == b:
        return True
    return abs(a - b) <= VALUE_TOLERANCE * max(abs(a), abs(b))


def _norm(s: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (s or "").lower()).strip()


@dataclass
class Ratio:
    """hits / total, printed as a fraction."""

    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.total += 1
        self.hits += int(hit)

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None


@dataclass
class Report:
    """Every figure `extractor eval` prints, plus per-article misses."""

    articles: int = 0
    numeric_tp: int = 0
    numeric_fp: int = 0
    numeric_fn: int = 0
    garbled: Ratio = field(default_factory=Ratio)
    period: Ratio = field(default_factory=Ratio)
    direction: Ratio = field(default_factory=Ratio)
    persons: Ratio = field(default_factory=Ratio)
    aliases: Ratio = field(default_factory=Ratio)
    false_merges: int = 0
    policies: Ratio = field(default_factory=Ratio)
    policy_effective: Ratio = field(default_factory=Ratio)
    inconsistencies: Ratio = field(default_factory=Ratio)
    false_inconsistency_flags: int = 0
    clean_false_inconsistency_flags: int = 0
    masked: Ratio = field(default_factory=Ratio)
    clean_articles: int = 0
    clean_repairs: int = 0
    misses: dict[str, list[str]] = field(default_factory=dict)

    @property
    def precision(self) -> float | None:
        n = self.numeric_tp + self.numeric_fp
        return self.numeric_tp / n if n else None

    @property
    def recall(self) -> float | None:
        n = self.numeric_tp + self.numeric_fn
        return self.numeric_tp / n if n else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else None

    def figures(self) -> dict[str, Any]:
        """The scores as a flat dict (what `--json` prints and the floors test reads)."""
        return {
            "articles": self.articles,
            "numeric_precision": self.precision,
            "numeric_recall": self.recall,
            "numeric_f1": self.f1,
            "garbled_recall": self.garbled.value,
            "period_accuracy": self.period.value,
            "direction_accuracy": self.direction.value,
            "person_recall": self.persons.value,
            "alias_merged_or_flagged": self.aliases.value,
            "false_person_merges": self.false_merges,
            "policy_recall": self.policies.value,
            "policy_effective_accuracy": self.policy_effective.value,
            "inconsistency_recall": self.inconsistencies.value,
            "false_inconsistency_flags": self.false_inconsistency_flags,
            "clean_false_inconsistency_flags": self.clean_false_inconsistency_flags,
            "masked_recall": self.masked.value,
            "clean_articles": self.clean_articles,
            "repairs_on_clean_text": self.clean_repairs,
        }


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _group(records: list[dict], key: str = "article_id") -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in records:
        out.setdefault(r[key], []).append(r)
    return out


def select_articles(corpus: Path, split: str | None) -> list[Path]:
    """The article files of a corpus (of one split when asked)."""
    articles = corpus / "articles"
    if not articles.is_dir():
        raise FileNotFoundError(f"{corpus} has no articles/ folder")
    files = sorted(p for p in articles.iterdir() if p.suffix in {".txt", ".md", ".html", ".htm"})
    if split is None:
        return files
    manifest = corpus / "split.json"
    if not manifest.exists():
        raise FileNotFoundError(f"{manifest} not found: cannot select split {split!r}")
    stems = set(json.loads(manifest.read_text(encoding="utf-8"))[split])
    return [p for p in files if p.stem in stems]


def evaluate(corpus: Path, split: str | None = None, settings: Settings | None = None, out: Path | None = None) -> Report:
    """Run the pipeline over the corpus (or one split) and score it against the gold files."""
    files = select_articles(corpus, split)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        staged = work / "in"
        staged.mkdir()
        for f in files:
            (staged / f.name).write_bytes(f.read_bytes())
            meta = f.with_name(f.stem + ".meta.json")
            if meta.exists():
                (staged / meta.name).write_bytes(meta.read_bytes())
        target = out or work / "out"
        run([staged], target, settings or Settings())
        claims = _group(_read_jsonl(target / "claims.jsonl"))
        flags = _group(_read_jsonl(target / "flags.jsonl"))
        articles = {a["article_id"]: a for a in _read_jsonl(target / "articles.jsonl")}
        entities = _read_jsonl(target / "entities.jsonl")
    report = Report()
    all_claims = {c["claim_id"]: c for cs in claims.values() for c in cs}
    for f in files:
        gold_path = corpus / "gold" / f"{f.stem}.gold.json"
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        aid = f.stem
        report.articles += 1
        misses = report.misses.setdefault(aid, [])
        _score_numbers(report, gold, claims.get(aid, []), misses)
        _score_persons(report, gold, aid, entities, flags.get(aid, []), misses)
        _score_policies(report, gold, claims.get(aid, []), misses)
        _score_inconsistencies(report, gold, aid, flags, all_claims, misses)
        _score_masks(report, gold, flags.get(aid, []), articles.get(aid), misses)
        if gold.get("style") == "clean":
            report.clean_articles += 1
            garbled = [fl for fl in flags.get(aid, []) if fl["type"] == "garbled_number"]
            report.clean_repairs += len(garbled)  # every repair and every suspected garble raises one
            misses.extend(f"repair on clean text: {fl['message']}" for fl in garbled)
        if not misses:
            del report.misses[aid]
    return report


def _score_numbers(report: Report, gold: dict, predicted: list[dict], misses: list[str]) -> None:
    preds = [c for c in predicted if c["kind"] in {"figure", "percentage"}]
    used: set[int] = set()
    for g in gold.get("claims", []):
        best = None
        for i, p in enumerate(preds):
            if i in used or p["kind"] != g["kind"] or p["unit"] != g.get("unit"):
                continue
            if same_value(p["value"], g["value"]):
                best = i
                break
        if best is None:
            report.numeric_fn += 1
            if g.get("garbled"):
                report.garbled.add(False)
            misses.append(f"missed {g['kind']} {g['value']:g} {g.get('unit')} ({g.get('note', '')})")
            continue
        used.add(best)
        p = preds[best]
        report.numeric_tp += 1
        if g.get("garbled"):
            report.garbled.add(True)
        if "period" in g:
            gp = g["period"]
            pp = [p["period"]["start"], p["period"]["end"]] if p.get("period") else None
            report.period.add(gp == pp)
            if gp != pp:
                misses.append(f"period of {g['value']:g}: got {pp}, gold {gp}")
        if "direction" in g:
            report.direction.add(g["direction"] == p.get("direction"))
            if g["direction"] != p.get("direction"):
                misses.append(f"direction of {g['value']:g}: got {p.get('direction')}, gold {g['direction']}")
    for i, p in enumerate(preds):
        if i not in used:
            report.numeric_fp += 1
            misses.append(f"spurious {p['kind']} {p['value']:g} {p['unit']} from {p['evidence']['text']!r}")


def _score_persons(
    report: Report, gold: dict, aid: str, entities: list[dict], flags: list[dict], misses: list[str]
) -> None:
    persons = [e for e in entities if e["type"] == "person" and aid in e["article_ids"]]

    def entity_of(mention: str) -> str | None:
        for e in persons:
            if any(_norm(mention) == _norm(m["text"]) for m in e["mentions"] if m["article_id"] == aid):
                return e["entity_id"]
        for e in persons:  # a longer surface form containing the gold mention ("Minister X" for "X")
            if any(_norm(mention) in _norm(m["text"]) for m in e["mentions"] if m["article_id"] == aid):
                return e["entity_id"]
        # a gold mention written with its title ("U.S. Commerce Secretary Gina Raimondo") holds the
        # bare name we found as whole words; the longest such name wins
        padded = f" {_norm(mention)} "
        inside = [
            (len(_norm(m["text"])), e["entity_id"])
            for e in persons
            for m in e["mentions"]
            if m["article_id"] == aid and _norm(m["text"]) and f" {_norm(m['text'])} " in padded
        ]
        return max(inside)[1] if inside else None

    variant_pairs = {frozenset(f["entity_ids"]) for f in flags if f["type"] == "name_variant"}
    owner: dict[str, int] = {}
    for gi, g in enumerate(gold.get("persons", [])):
        ids = [entity_of(m) for m in g.get("mentions", [])]
        found = [i for i in ids if i]
        report.persons.add(bool(found))
        if not found:
            misses.append(f"missed person {g['name']}")
        distinct = set(ids)
        if len(set(g.get("mentions", []))) > 1:
            ok = None not in distinct and (
                len(distinct) == 1 or all(frozenset(p) in variant_pairs for p in _pairs(sorted(distinct)))  # type: ignore[arg-type]
            )
            report.aliases.add(ok)
            if not ok:
                misses.append(f"aliases of {g['name']} not merged or flagged: {g['mentions']}")
        for i in distinct:
            if i is None:
                continue
            if i in owner and owner[i] != gi:
                report.false_merges += 1
                misses.append(f"entity {i} merges {g['name']} with another person")
            owner[i] = gi


def _pairs(items: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for n, a in enumerate(items) for b in items[n + 1 :]]


#: two words are one word in another inflection when they share a stem this long ("subsidies" and
#: "subsidizes", "licence" and "license", "scrap" and "scrapping"); shorter shared stems are chance ("import"/"impose")
MIN_SHARED_STEM = 5
#: letters an inflection may add or change at the end of a word
MAX_INFLECTION = 3


def _same_word(a: str, b: str) -> bool:
    if a == b or a in (b + "s", b + "es") or b in (a + "s", a + "es"):
        return True
    shared = len(os.path.commonprefix([a, b]))
    return shared >= max(MIN_SHARED_STEM, min(len(a), len(b)) - MAX_INFLECTION)


def keyword_in(keyword: str, words: list[str]) -> bool:
    """Whether every word of a gold keyword occurs, in some inflection, in order among `words`."""
    want = keyword.split()
    for i in range(len(words) - len(want) + 1):
        if all(_same_word(w, words[i + j]) for j, w in enumerate(want)):
            return True
    return False


def actor_parties(actor: str | None) -> list[list[str]]:
    """The parties of a gold policy actor, each as its accepted names.

    Parties are separated by ",", ";" or "and" outside parentheses; a parenthesis names the same party
    another way ("South Korea (Financial Services Commission)", "RCEP members (China, Australia)"), so
    any one of its names counts.
    """
    parties: list[list[str]] = []
    for part in re.split(r"[,;](?![^()]*\))| and (?![^()]*\))", actor or ""):
        outside = re.sub(r"\([^()]*\)", " ", part)
        inside = [n for group in re.findall(r"\(([^()]*)\)", part) for n in re.split(r",|;| and ", group)]
        names = [_norm(n) for n in (outside, *inside) if _norm(n)]
        if names:
            parties.append(names)
    return parties


def _score_policies(report: Report, gold: dict, predicted: list[dict], misses: list[str]) -> None:
    policies = [c for c in predicted if c["kind"] == "policy"]
    for g in gold.get("policies", []):
        keywords = [_norm(k) for k in g.get("keywords", [])]
        match = None
        for p in policies:
            text = _norm(" ".join(str(p.get(k) or "") for k in ("actor", "action", "object")) + " " + p["evidence"]["text"])
            parties = actor_parties(g.get("actor"))
            words = text.split()
            if all(any(name in text for name in party) for party in parties) and all(
                k in text or keyword_in(k, words) for k in keywords
            ):
                match = p
                break
        report.policies.add(match is not None)
        if match is None:
            misses.append(f"missed policy of {g.get('actor')}: {g.get('keywords')}")
            continue
        if "effective" in g:
            report.policy_effective.add(match.get("effective") == g["effective"])


def _cites_other_article(flag: dict, aid: str, claims: dict[str, dict]) -> bool:
    return any(claims[c].get("article_id") not in (None, aid) for c in flag["claim_ids"] if c in claims)


def _score_inconsistencies(
    report: Report, gold: dict, aid: str, flags: dict[str, list[dict]], claims: dict[str, dict], misses: list[str]
) -> None:
    mine = [f for f in flags.get(aid, []) if f["type"] == "inconsistency"]
    matched: set[str] = set()
    for g in gold.get("inconsistencies", []):
        values = g.get("values", [])
        candidates = []
        for f in mine:
            if f["flag_id"] in matched:  # one flag settles one planted contradiction
                continue
            flagged = [claims[c]["value"] for c in f["claim_ids"] if c in claims]
            shared = sum(1 for v in values if any(same_value(v, fv) for fv in flagged))
            if shared >= min(2, len(values)):
                candidates.append(f)
        # a cross-article contradiction is best matched by a flag that cites another article, and vice versa
        wants_cross = g.get("type") == "cross_article"
        candidates.sort(key=lambda f: _cites_other_article(f, aid, claims) != wants_cross)
        hit = candidates[0] if candidates else None
        report.inconsistencies.add(hit is not None)
        if hit is None:
            misses.append(f"missed inconsistency ({g.get('type')}): {g.get('note', values)}")
        else:
            matched.add(hit["flag_id"])
    extra = [f for f in mine if f["flag_id"] not in matched]
    report.false_inconsistency_flags += len(extra)
    if gold.get("style") == "clean" and not gold.get("inconsistencies"):
        report.clean_false_inconsistency_flags += len(extra)
    for f in extra:
        misses.append(f"false inconsistency flag: {f['message']}")


def _score_masks(report: Report, gold: dict, flags: list[dict], article: dict | None, misses: list[str]) -> None:
    masks = gold.get("masked_tokens")
    if isinstance(masks, list):
        expected = len(masks)
    elif article is not None:  # the seed's gold describes masks in prose: every '**' is one
        expected = article["text"].count("**")
    else:
        return
    found = sum(1 for f in flags if f["type"] == "masked_token")
    for _ in range(expected):
        report.masked.add(found > 0)
        found -= 1
    if found < 0:
        misses.append(f"masked tokens: {expected + found} of {expected} flagged")


def format_report(report: Report) -> str:
    """The human-readable table `extractor eval` prints."""

    def pct(v: float | None) -> str:
        return "n/a" if v is None else f"{v:.3f}"

    def ratio(r: Ratio) -> str:
        return f"{pct(r.value)}  ({r.hits}/{r.total})"

    rows = [
        ("articles scored", str(report.articles)),
        ("numeric claims precision", f"{pct(report.precision)}  (tp {report.numeric_tp}, fp {report.numeric_fp})"),
        ("numeric claims recall", f"{pct(report.recall)}  (fn {report.numeric_fn})"),
        ("numeric claims F1", pct(report.f1)),
        ("garbled-number recall", ratio(report.garbled)),
        ("period accuracy", ratio(report.period)),
        ("direction accuracy", ratio(report.direction)),
        ("person recall", ratio(report.persons)),
        ("aliases merged or flagged", ratio(report.aliases)),
        ("different people merged", str(report.false_merges)),
        ("policy recall", ratio(report.policies)),
        ("policy effective-date accuracy", ratio(report.policy_effective)),
        ("inconsistency recall", ratio(report.inconsistencies)),
        ("false inconsistency flags", f"{report.false_inconsistency_flags} (on clean articles: {report.clean_false_inconsistency_flags})"),
        ("masked-word recall", ratio(report.masked)),
        ("repairs on clean text", f"{report.clean_repairs} in {report.clean_articles} clean articles"),
    ]
    width = max(len(r[0]) for r in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


# ----------------------------------------------------------------------------- peer conformance

#: Recognizers-Text currency names -> ISO codes; currencies outside this table (cents, pence,
#: crypto, pre-euro European currencies, ...) are out of scope for trade news and not counted
PEER_CURRENCIES = {
    "Dollar": "USD", "United States dollar": "USD", "Euro": "EUR", "Chinese yuan": "CNY", "Pound": "GBP",
    "British pound": "GBP", "Canadian dollar": "CAD", "Japanese yen": "JPY", "Australian dollar": "AUD",
    "Hong Kong dollar": "HKD", "Mexican peso": "MXN", "Swiss franc": "CHF", "Rupee": "INR",
}


def _peer_expected(case: dict, model: str) -> list[tuple[float, str]] | None:
    """(value, unit) pairs a case expects, or None when the case is out of scope."""
    out = []
    for r in case.get("Results", []):
        res = r.get("Resolution") or {}
        raw = res.get("value")
        if raw in (None, "null"):
            return None
        if model == "percent":
            try:
                out.append((float(str(raw).rstrip("%")), "%"))
            except ValueError:
                return None
        else:
            unit = PEER_CURRENCIES.get(res.get("unit", ""))
            if unit is None:
                return None
            out.append((float(raw), unit))
    return out


def peer_conformance(spec_dir: Path) -> dict[str, dict[str, Any]]:
    """Pass counts of extractor's number finder on the Recognizers-Text percent and currency specs.

    A case passes when the (value, unit) pairs found equal the expected ones (values within 0.5%).
    """
    from .claims.numbers import find_numbers

    report: dict[str, dict[str, Any]] = {}
    for model, file, kind in (("percent", "PercentModel.json", "percent"), ("currency", "CurrencyModel.json", "money")):
        cases = json.loads((spec_dir / file).read_text(encoding="utf-8"))
        passed, applicable, failures = 0, 0, []
        for case in cases:
            expected = _peer_expected(case, model)
            if expected is None:
                continue
            applicable += 1
            got = [(n.value, n.unit) for n in find_numbers(case["Input"]) if n.kind == kind]
            ok = len(got) == len(expected) and all(
                g[1] == e[1] and same_value(g[0], e[0]) for g, e in zip(sorted(got), sorted(expected))
            )
            passed += ok
            if not ok:
                failures.append(case["Input"])
        report[model] = {"passed": passed, "applicable": applicable, "total": len(cases), "failures": failures}
    return report
