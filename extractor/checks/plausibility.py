"""Plausibility: magnitudes no reading makes sensible for their metric (bounds in data/checks/bounds.yaml).

A share over 100%, a national GDP of hundreds of trillions of dollars, a growth rate of thousands
of percent: usually a garble the repair stage missed (a lost decimal point, a scale word read
twice) or slots swapped by translation. The flag suggests the likely reading.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from ..document import ArticleDoc
from ..models import FlagRecord
from ..registry import check
from .change import level_of_rate
from .context import View, views
from .feedback import guarded, settle
from .precision import Interval, format_like, reading_of_value
from .share import part_of, total_for
from .vocab import MoneyBound, PercentBound, bounds

#: how much text around a number tells its metric ("China's GDP ... reached", "unemployment rate of")
CONTEXT_BEFORE = 60
CONTEXT_AFTER = 25
#: a likely reading divides by 10**k, k up to this (a lost decimal point moves at most three places
#: in the figures news prints: "28.3" -> "283", "4.710" -> "4,710")
MAX_SHIFT = 3


def _context(doc: ArticleDoc, v: View) -> str:
    """The claim's metric and the words around it in its sentence, lower-cased."""
    around = doc.text[max(v.sent_start, v.start - CONTEXT_BEFORE) : min(v.sent_end, v.end + CONTEXT_AFTER)]
    return f"{v.claim.metric or ''} {around}".lower()


def _names_any(context: str, words: list[str]) -> bool:
    return bool(words) and _any_word(tuple(words)).search(context) is not None


@lru_cache(maxsize=256)
def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for "any of these words, whole" (a bound's word list, compiled once)."""
    return re.compile(rf"\b(?:{'|'.join(re.escape(w.lower()) for w in words)})\b")


def _percent_bound(v: View, context: str) -> PercentBound | None:
    """The first bound that applies to a percentage."""
    for b in bounds().percentages:
        if v.claim.measure not in b.measures:
            continue
        if b.direction is not None and v.claim.direction != b.direction:
            continue
        if b.metric_words is not None and not _names_any(context, b.metric_words):
            continue
        if b.unless_metric and _names_any(context, b.unless_metric):
            continue
        return b
    return None


def _money_bound(v: View, context: str) -> MoneyBound | None:
    """The tightest bound whose metric words the context names (the catch-all when none)."""
    applicable = [b for b in bounds().money if not b.metric_words or _names_any(context, b.metric_words)]
    return min(applicable, key=lambda b: b.max_usd) if applicable else None


def likely_reading(v: View, limit: float) -> str | None:
    """The stated number with its decimal point moved left until it fits under `limit` (in stated units)."""
    for k in range(1, MAX_SHIFT + 1):
        candidate = v.reading.value / 10**k
        if candidate <= limit:
            return format_like(candidate, v.reading, k)
    return None


@check("check.plausibility.v1")
@guarded
def check_plausibility(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag percentages and money amounts beyond the bounds for their kind and metric."""
    flags: list[FlagRecord] = []
    rates = bounds().usd_per_unit
    for v in views(doc):
        if v.reading is None:
            continue
        context = _context(doc, v)
        if v.kind == "percentage":
            pb = _percent_bound(v, context)
            if pb is None:
                continue
            limit, severity, name, source = pb.max, pb.severity, pb.name, pb.source
            shown_limit = f"{pb.max:g}%"
        else:
            if v.claim.unit not in rates:
                continue
            mb = _money_bound(v, context)
            if mb is None:
                continue
            limit = mb.max_usd / rates[v.claim.unit]
            severity, name, source = "warning", mb.name, mb.source
            shown_limit = format_like(limit, v.reading, 0) if v.reading.scale >= 1e6 else f"{limit:,.0f}"

        def relation(iv: Mapping[str, Interval], limit: float = limit) -> bool:
            return iv["value"].lo <= limit

        def describe(v: View = v, name: str = name, source: str = source, limit: float = limit,
                     shown_limit: str = shown_limit) -> tuple[str, str | None]:
            likely = likely_reading(v, limit)
            hint = f"; likely {likely} (a decimal point or scale word lost)" if likely else ""
            return (
                f"Implausible {v.reading.text}: {name} (above {shown_limit}; {source}){hint}.",
                likely,
            )

        found = settle(doc, "check.plausibility.v1", {"value": v}, relation, anchor=v, describe=describe, severity=severity)
        for flag in found:
            flag.claim_ids += [r.claim.claim_id for r in related(doc.text, views(doc), v) if r.claim.claim_id not in flag.claim_ids]
        flags += found
    return flags


def related(text: str, items: list[View], v: View) -> list[View]:
    """The claims an implausible percentage was computed from, for the reviewer: a share's part and whole, a rate's level."""
    if v.kind != "percentage":
        return []
    if v.claim.measure == "share":
        part = part_of(text, items, v)
        total = total_for(text, items, v, part) if part else None
        return [x for x in (part, total) if x is not None]
    if v.claim.measure == "change":
        level = level_of_rate(text, items, v)
        return [level] if level is not None and level.is_level else []
    return []


check_plausibility.scope = "article"  # type: ignore[attr-defined]


#: longest text between a weight and the money it is worth ("44.8 tons, worth", "1,200 tons valued at")
MAX_WEIGHT_TO_VALUE = 60
#: words that make money after a weight its value ("44.8 tons, worth $X", "12 tons valued at $X", "3 tons for $X")
VALUE_OF_WEIGHT = re.compile(r"\b(?:worth|valued|value|for|totall?ing|at|costing|fetching)\b|^\s{0,3}[(,]\s{0,3}$", re.IGNORECASE)


def weight_and_value(text: str, items: list[View]) -> list[tuple[View, View]]:
    """(weight, money) pairs: a quantity in a mass unit followed in its clause by the money it is worth."""
    kg = bounds().kg_per_unit
    pairs = []
    for i, q in enumerate(items):
        if q.kind != "figure" or q.claim.unit not in kg or q.reading is None or not q.is_level or q.claim.value <= 0:
            continue
        nxt = next((v for v in items[i + 1 :] if v.kind == "figure"), None)
        if nxt is None or nxt.sent != q.sent or nxt.reading is None or not nxt.is_level or nxt.claim.value <= 0:
            continue
        if nxt.claim.unit not in bounds().usd_per_unit:
            continue
        gap = text[q.end : nxt.start]
        if len(gap) > MAX_WEIGHT_TO_VALUE or re.search(r"[;.]\s|\d", gap) or not VALUE_OF_WEIGHT.search(gap):
            continue
        pairs.append((q, nxt))
    return pairs


@check("check.unit_price.v1")
@guarded
def check_unit_price(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag money stated for a weight of goods that gives a price per kilogram beyond any market price for them."""
    flags: list[FlagRecord] = []
    rates, kg = bounds().usd_per_unit, bounds().kg_per_unit
    items = views(doc)
    for q, m in weight_and_value(doc.text, items):
        context = f"{_context(doc, q)} {_context(doc, m)}"
        bound = next(
            (
                b
                for b in bounds().unit_prices
                if (not b.metric_words or _names_any(context, b.metric_words)) and not _names_any(context, b.unless_metric)
            ),
            None,
        )
        if bound is None:
            continue
        per_kg = rates[m.claim.unit] / kg[q.claim.unit]  # USD per kg of one money unit per one weight unit

        def relation(iv: Mapping[str, Interval], per_kg: float = per_kg, limit: float = bound.max_usd_per_kg) -> bool:
            price = iv["value"] / iv["weight"]
            return price is None or price.lo * per_kg <= limit

        def describe(q: View = q, m: View = m, per_kg: float = per_kg, bound=bound) -> tuple[str, str | None]:
            price = m.reading.value / q.reading.value * per_kg
            likely = next(
                (reading_of_value(m.reading.value / 10**k, "figure", m.claim.unit).text for k in (3, 6) if price / 10**k <= bound.max_usd_per_kg),
                None,
            )
            hint = f"; likely {likely} (a scale word slip) or a wrong quantity" if likely else ""
            return (
                f"Implausible price: {m.reading.text} for {q.reading.text} is about ${price:,.0f} per kg, above "
                f"${bound.max_usd_per_kg:,.0f}/kg, the most {bound.name} cost{hint}.",
                likely,
            )

        flags += settle(doc, "check.unit_price.v1", {"weight": q, "value": m}, relation, anchor=m, describe=describe)
    return flags


check_unit_price.scope = "article"  # type: ignore[attr-defined]


def _rate_context(doc: ArticleDoc, v: View) -> bool:
    """The claim's metric and words name an interest rate (bounds.yaml rate_moves), not a tariff, a tax or a share."""
    rb = bounds().rate_moves
    context = _context(doc, v)
    return _names_any(context, rb.metric_words) and not _names_any(context, rb.unless_metric)


def _is_rate_level(v: View) -> bool:
    return v.kind == "percentage" and v.claim.measure == "level" and v.reading is not None and v.claim.value > 0


def level_of_move(doc: ArticleDoc, items: list[View], move: View) -> View | None:
    """The level a rate moved to or stands at: a rate level in the move's sentence ("bringing it to 4.25%"), else the
    nearest rate level stated before it in the article ("cut the key rate by 0.25 point to 5.5%. [...] a cumulative ...").
    """
    same = [v for v in items if _is_rate_level(v) and v.sent == move.sent and v is not move]
    if len({v.claim.value for v in same}) == 1:
        return same[0]
    if same:
        return None
    earlier = [v for v in items if _is_rate_level(v) and v.end <= move.start and _rate_context(doc, v)]
    return earlier[-1] if earlier else None


@check("check.rate_move.v1")
@guarded
def check_rate_moves(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag a move of an interest rate in percentage points many times larger than the rate's level (basis points read as points)."""
    rb = bounds().rate_moves
    items = views(doc)
    flags: list[FlagRecord] = []
    for move in items:
        if move.kind != "percentage" or move.claim.measure != "points" or move.reading is None:
            continue
        if move.claim.value < rb.min_points or not _rate_context(doc, move):
            continue
        level = level_of_move(doc, items, move)
        if level is None:
            continue

        def relation(iv: Mapping[str, Interval]) -> bool:
            return iv["move"].lo <= rb.max_ratio * iv["level"].hi

        def describe(move: View = move, level: View = level) -> tuple[str, str | None]:
            points = move.reading.value / 100
            return (
                f"Implausible move of {move.reading.text} for a rate that stands at {level.reading.text} (more than "
                f"{rb.max_ratio:g} times its level); likely {move.reading.value:g} basis points, i.e. {points:g} percentage point.",
                f"{points:g} percentage point ({move.reading.value:g} basis points)",
            )

        flags += settle(doc, "check.rate_move.v1", {"move": move, "level": level}, relation, anchor=move, describe=describe)
    return flags


check_rate_moves.scope = "article"  # type: ignore[attr-defined]
