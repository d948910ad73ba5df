"""Weights of farm goods no harvest reaches: "China imported 1.07 billion tons of fresh durian" (bounds in data/checks/bounds.yaml).

A scale word read one step too high ("billion" for "million", a 亿/万 slip) makes a tonnage a thousand
times too large, and nothing else in the sentence need contradict it. The bounds sit several times above
the world's whole output of the goods they name, so only such slips pass them; the flag suggests the
reading one scale word down.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..document import ArticleDoc
from ..models import FlagRecord
from ..registry import check
from .context import View, same_period, views
from .feedback import guarded, settle
from .plausibility import _context, _names_any
from .precision import Interval, format_interval, format_like
from .vocab import DailyRateBound, QuantityBound, bounds

#: a scale word and the one a step below it: what a "billion" slipped from
STEP_DOWN = {"trillion": "billion", "billion": "million", "million": "thousand"}
SCALE_WORD = re.compile(r"\b(trillion|billion|million)\b", re.IGNORECASE)


def one_scale_down(text: str) -> tuple[str | None, str]:
    """The reading of a stated figure one scale word lower ("1.07 billion tons" -> "1.07 million tons") and the
    hint that says so, or (None, "") when the figure has no scale word."""
    m = SCALE_WORD.search(text)
    if m is None:
        return None, ""
    likely = f"{text[: m.start()]}{STEP_DOWN[m.group(1).lower()]}{text[m.end() :]}"
    return likely, f"; likely {likely} (a scale word one step too high)"


def _above(doc: ArticleDoc, rule: str, v: View, limit: float, bound: str) -> list[FlagRecord]:
    """Flag `v` when every rounding of it is above `limit`, saying which `bound` it passes and the likely reading."""

    def relation(iv: Mapping[str, Interval]) -> bool:
        return iv["value"].lo <= limit

    def describe() -> tuple[str, str | None]:
        likely, hint = one_scale_down(v.reading.text)
        return f"Implausible {v.reading.text}: {bound}{hint}.", likely

    return settle(doc, rule, {"value": v}, relation, anchor=v, describe=describe)


def quantity_bound(context: str) -> QuantityBound | None:
    """The tightest weight bound whose goods the context names (and none of its exceptions)."""
    found = [b for b in bounds().quantities if _names_any(context, b.metric_words) and not _names_any(context, b.unless_metric)]
    return min(found, key=lambda b: b.max_tons) if found else None


def tons_per_unit(unit: str | None) -> float | None:
    """Tons per unit of a weight claim ("ton" -> 1, "kilogram" -> 0.001), None for other units."""
    kg = bounds().kg_per_unit.get(unit or "")
    return kg / 1000.0 if kg is not None else None


@check("check.quantity_bound.v1")
@guarded
def check_quantity_bound(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag a weight of farm goods above any harvest of them, as stated (every rounding of it is above)."""
    flags: list[FlagRecord] = []
    for v in views(doc):
        per = tons_per_unit(v.claim.unit) if v.kind == "figure" else None
        if per is None or v.reading is None or v.claim.value <= 0:
            continue
        qb = quantity_bound(_context(doc, v))
        if qb is None:
            continue
        flags += _above(doc, "check.quantity_bound.v1", v, qb.max_tons / per,
                        f"{qb.name} (above {qb.max_tons / 1e6:,.0f} million tons; {qb.source})")
    return flags


check_quantity_bound.scope = "article"  # type: ignore[attr-defined]


#: a flow stated per day: "barrels per day", "barrels a day", "bpd", "b/d"
PER_DAY = re.compile(r"\b(?:per|a)\s{1,3}day\b|\bbpd\b|\bb/d\b|/day\b", re.IGNORECASE)
#: how far after a figure's number its "per day" may stand ("5.9 million barrels of crude per day")
PER_DAY_AFTER = 30


def daily_rate_bound(doc: ArticleDoc, v: View) -> DailyRateBound | None:
    """The bound of a figure stated per day in a unit that has one, else None."""
    found = [b for b in bounds().daily_rates if v.claim.unit in b.units]
    if not found:
        return None
    after = re.split(r"[,;:(]", doc.text[v.start : min(v.sent_end, v.end + PER_DAY_AFTER)], maxsplit=1)[0]
    return min(found, key=lambda b: b.max_per_day) if PER_DAY.search(after) else None


@check("check.daily_rate_bound.v1")
@guarded
def check_daily_rate_bound(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag a flow per day above any the world has (every rounding of it is above)."""
    flags: list[FlagRecord] = []
    for v in views(doc):
        if v.kind != "figure" or v.reading is None or v.claim.value <= 0:
            continue
        db = daily_rate_bound(doc, v)
        if db is None:
            continue

        flags += _above(doc, "check.daily_rate_bound.v1", v, db.max_per_day,
                        f"{db.name} above {db.max_per_day / 1e6:,.0f} million a day ({db.source})")
    return flags


check_daily_rate_bound.scope = "article"  # type: ignore[attr-defined]


#: a money figure stated per unit of weight: "51 US dollars per kilogram", "$5,100 a ton", "$5.1/kg"
PER_WEIGHT = re.compile(
    r"\s{0,3}(?:(?:per|a|an|for\s{1,3}each)\s{1,3}(?P<w>kilogram|kilo|kg|metric\s{1,3}ton|tonne|ton)s?\b|/\s{0,2}(?P<s>kg|t)\b)",
    re.IGNORECASE,
)
#: kilograms in each per-unit word above
KG_PER_WORD = {"kilogram": 1.0, "kilo": 1.0, "kg": 1.0, "metric ton": 1000.0, "tonne": 1000.0, "ton": 1000.0, "t": 1000.0}


def stated_price_triples(doc: ArticleDoc, items: list[View]) -> list[tuple[View, View, View, float, str]]:
    """(weight, value, price, kg per price unit): a price per weight after a weight and the money it is worth, in one sentence.

    "Exports to China were 296,000 tons, [...] worth 1.51 billion US dollars, an average of 51 US dollars per kilogram":
    the weight and the value are the nearest of their kinds before the price, each the only one of its kind there.
    """
    kg = bounds().kg_per_unit
    out = []
    for i, p in enumerate(items):
        if p.kind != "figure" or p.reading is None or p.claim.value <= 0:
            continue
        m = PER_WEIGHT.match(doc.text, p.end)
        if m is None or p.claim.unit not in bounds().usd_per_unit:
            continue
        per = KG_PER_WORD[" ".join((m.group("w") or m.group("s")).lower().split())]
        before = [v for v in items[:i] if v.sent == p.sent and v.kind == "figure" and v.reading is not None and v.is_level]
        weights = [v for v in before if v.claim.unit in kg and v.claim.value > 0]
        values = [v for v in before if v.claim.unit == p.claim.unit and v.claim.value > 0]
        if len(weights) != 1 or len(values) != 1:
            continue
        w, val = weights[0], values[0]
        if w.claim.period is not None and val.claim.period is not None and not same_period(w, val):
            continue
        out.append((w, val, p, per / kg[w.claim.unit], " ".join(m.group(0).split())))
    return out


@check("check.stated_unit_price.v1")
@guarded
def check_stated_unit_price(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag a stated average price per weight that the value ÷ the weight stated with it cannot give."""
    flags: list[FlagRecord] = []
    for w, val, p, units_per_price, per_text in stated_price_triples(doc, views(doc)):

        def relation(iv: Mapping[str, Interval], f: float = units_per_price) -> bool:
            ratio = iv["value"] / iv["weight"]
            return ratio is not None and (ratio * f).meets(iv["price"])

        def describe(w=w, val=val, p=p, f=units_per_price, per_text=per_text) -> tuple[str, str | None]:
            point = val.reading.value / w.reading.value * f
            ratio = val.reading.interval / w.reading.interval
            span = format_interval(ratio * f, p.reading) if ratio else format_like(point, p.reading)
            return (
                f"Stated price {p.reading.text} {per_text}; {val.reading.text} ÷ {w.reading.text} = "
                f"{format_like(point, p.reading, 1 if p.reading.decimals == 0 else 0)} {per_text} ({span} within rounding).",
                f"{format_like(point, p.reading, 1 if p.reading.decimals == 0 else 0)} {per_text} (or the value or the weight is misread)",
            )

        flags += settle(doc, "check.stated_unit_price.v1", {"weight": w, "value": val, "price": p}, relation, anchor=p, describe=describe)
    return flags


check_stated_unit_price.scope = "article"  # type: ignore[attr-defined]
