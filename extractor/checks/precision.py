"""How precisely a number was printed, as an interval, and interval arithmetic over such readings.

"$4.71 trillion" was stated to 0.01 trillion, so it stands for any amount in
[4.705e12, 4.715e12]; a check fails only when no choice of amounts inside the intervals of the
figures involved satisfies its relation.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..claims.numbers import NumberMention, find_numbers, parse_number

#: "about X" is read as X give or take this share of X (news rounds "about" figures to one or two
#: significant digits: "about $56 billion" for 55.8 is 0.4% off, "about 30%" for 28.3 is 6% off)
ABOUT_RELATIVE = 0.06
#: qualifiers that leave the value as stated (the others bound it on one side only: no check uses them)
EXACT_QUALIFIERS = {None, "about"}
#: claim values and readings agree when within this relative difference (float noise)
SAME_VALUE = 1e-9

SCALE_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£"}
UNIT_WORDS = {"CNY": "yuan", "JPY": "yen", "KRW": "won"}


@dataclass(frozen=True)
class Interval:
    """A closed interval of reals [lo, hi]."""

    lo: float
    hi: float

    @staticmethod
    def point(x: float) -> Interval:
        return Interval(x, x)

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __neg__(self) -> Interval:
        return Interval(-self.hi, -self.lo)

    def __mul__(self, other: Interval | float) -> Interval:
        o = other if isinstance(other, Interval) else Interval.point(other)
        products = (self.lo * o.lo, self.lo * o.hi, self.hi * o.lo, self.hi * o.hi)
        return Interval(min(products), max(products))

    def __truediv__(self, other: Interval | float) -> Interval | None:
        """Quotient; None when the divisor may be zero (no finite answer)."""
        o = other if isinstance(other, Interval) else Interval.point(other)
        if o.lo <= 0 <= o.hi:
            return None
        return self * Interval(1 / o.hi, 1 / o.lo)

    def abs(self) -> Interval:
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return -self
        return Interval(0.0, max(-self.lo, self.hi))

    def meets(self, other: Interval) -> bool:
        """Whether the two intervals share a point (a relation can hold)."""
        return self.lo <= other.hi + _slack(self, other) and other.lo <= self.hi + _slack(self, other)

    @property
    def mid(self) -> float:
        return (self.lo + self.hi) / 2


def interval_sum(intervals: Iterable[Interval]) -> Interval:
    """The sum of intervals, added left to right from [0, 0]."""
    return sum(intervals, Interval(0.0, 0.0))


def parts_total(iv: Mapping[str, Interval]) -> Interval:
    """The sum of a relation's intervals other than its "whole"."""
    return interval_sum(x for k, x in iv.items() if k != "whole")


def parts_meet_whole(iv: Mapping[str, Interval]) -> bool:
    """Whether a relation's parts can add up to its whole within rounding."""
    return parts_total(iv).meets(iv["whole"])


def _slack(a: Interval, b: Interval) -> float:
    """Float noise allowance for comparing interval ends."""
    return 1e-9 * max(abs(a.lo), abs(a.hi), abs(b.lo), abs(b.hi), 1e-12)


@dataclass(frozen=True)
class Reading:
    """A number as printed: value (base units), the interval rounding allows, its text and print scale."""

    value: float
    interval: Interval
    text: str
    scale: float  # base units per printed unit ("trillion" -> 1e12; 1 for percentages)
    decimals: int  # digits printed after the point
    unit: str | None


def half_step(mention: NumberMention, scale: float, *, trailing_zeros: bool) -> float:
    """Half the last printed digit's place, in base units ("4.71 trillion" -> 0.005e12).

    With `trailing_zeros`, an integer's trailing zeros are taken as possibly rounded ("$500
    billion" may be 450..550 billion): the safe reading, since news rounds round figures.
    """
    if mention.decimals:
        return 0.5 * 10.0 ** (-mention.decimals) * scale
    digits = re_digits(mention.text)
    step = 1.0
    if trailing_zeros and digits:
        stripped = digits.rstrip("0")
        if stripped:
            step = 10.0 ** (len(digits) - len(stripped))
    return 0.5 * step * scale


def re_digits(text: str) -> str:
    """The integer digits of the first number in `text` ("1,200.5" -> "1200")."""
    out = []
    started = False
    for ch in text:
        if ch.isdigit():
            out.append(ch)
            started = True
        elif ch == "," and started:
            continue
        elif started:
            break
    return "".join(out)


def _mention_scale(mention: NumberMention) -> float:
    """Base units per printed unit of a mention (its scale word's factor)."""
    digits = _number_text(mention.text)
    if not digits:
        return 1.0
    printed = parse_number(digits)
    if not printed or not mention.value:
        return 1.0
    return 10.0 ** round(math.log10(abs(mention.value / printed)))  # scale words are powers of ten


def _number_text(text: str) -> str:
    """The first number of `text` as printed ("$4.71 trillion" -> "4.71")."""
    start = next((i for i, ch in enumerate(text) if ch.isdigit()), None)
    if start is None:
        return ""
    end = start
    while end < len(text) and (text[end].isdigit() or (text[end] in ",." and end + 1 < len(text) and text[end + 1].isdigit())):
        end += 1
    return text[start:end]


def _kind_matches(claim_kind: str, mention: NumberMention) -> bool:
    return mention.kind == "percent" if claim_kind == "percentage" else mention.kind in {"money", "quantity"}


def reading_of_text(text: str, kind: str, value: float | None = None, unit: str | None = None) -> Reading | None:
    """The reading of the number in `text` of claim kind `kind` (the one equal to `value` when given)."""
    mentions = [m for m in find_numbers(text) if _kind_matches(kind, m)]
    if value is not None:
        exact = [m for m in mentions if _close(m.value, value)]
        mentions = exact or []
    if not mentions:
        return None
    m = mentions[0]
    scale = 1.0 if kind == "percentage" else _mention_scale(m)  # basis points: decimals already count the /100
    half = half_step(m, scale, trailing_zeros=kind == "figure")
    return Reading(
        value=m.value,
        interval=Interval(m.value - half, m.value + half),
        text=m.text,
        scale=scale,
        decimals=m.decimals,
        unit=m.unit if unit is None else unit,
    )


def reading_of_value(value: float, kind: str, unit: str | None) -> Reading:
    """A reading from the value alone (when the printed text cannot be found): its shortest decimal form."""
    scale = 1.0
    if kind == "figure":
        scale = next((f for f, _ in SCALE_WORDS if abs(value) >= f), 1.0)
    mantissa = f"{value / scale:.6f}".rstrip("0").rstrip(".")
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    half = 0.5 * 10.0 ** (-decimals) * scale
    text = format_amount(value, unit, scale, decimals)
    return Reading(value=value, interval=Interval(value - half, value + half), text=text, scale=scale, decimals=decimals, unit=unit)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= SAME_VALUE * max(abs(a), abs(b), 1.0)


def _widen(reading: Reading, qualifier: str | None) -> Reading:
    if qualifier != "about":
        return reading
    margin = abs(reading.value) * ABOUT_RELATIVE
    iv = Interval(min(reading.interval.lo, reading.value - margin), max(reading.interval.hi, reading.value + margin))
    return Reading(reading.value, iv, reading.text, reading.scale, reading.decimals, reading.unit)


def stated(claim: Any) -> Reading | None:
    """The claim's number as the (repaired) text states it; None for one-sided qualifiers or no value."""
    if claim.kind not in {"figure", "percentage"} or claim.value is None or claim.qualifier not in EXACT_QUALIFIERS:
        return None
    sources = [r.repaired for r in claim.repairs] + [claim.evidence.text]
    for text in sources:
        found = reading_of_text(text, claim.kind, claim.value, claim.unit)
        if found is not None:
            return _widen(found, claim.qualifier)
    return _widen(reading_of_value(claim.value, claim.kind, claim.unit), claim.qualifier)


def unrepaired(claim: Any) -> Reading | None:
    """The claim's number as the ORIGINAL text had it before a number repair, or None without one.

    A split-decimal repair's original covers the integer part and the glued fragment
    ("19 percent of ... exports7%"); read without the repair, the number is the first one of the
    claim's kind in it ("19 percent"), with the claim's unit.
    """
    if not claim.repairs or claim.qualifier not in EXACT_QUALIFIERS:
        return None
    for rep in claim.repairs:
        if rep.original == rep.repaired:
            continue
        found = reading_of_text(rep.original, claim.kind, None, claim.unit)
        if found is not None and not _close(found.value, claim.value):
            return _widen(found, claim.qualifier)
    return None


def format_amount(value: float, unit: str | None, scale: float, decimals: int) -> str:
    """`value` printed at `scale` with `decimals` digits ("$4.71 trillion", "28.3%", "1,200 tons")."""
    if unit == "%":
        return f"{value:.{decimals}f}%"
    word = next((w for f, w in SCALE_WORDS if f == scale), "")
    number = f"{value / scale:,.{decimals}f}" if scale != 1.0 else f"{value:,.{decimals}f}"
    amount = f"{number} {word}".strip()
    if unit in CURRENCY_SIGNS:
        return f"{'-' if amount.startswith('-') else ''}{CURRENCY_SIGNS[unit]}{amount.lstrip('-')}"
    return f"{amount} {UNIT_WORDS.get(unit, unit)}" if unit else amount


def format_like(value: float, like: Reading, extra_decimals: int = 0) -> str:
    """`value` printed the way `like` was printed (same scale and unit, `extra_decimals` more digits)."""
    return format_amount(value, like.unit, like.scale, like.decimals + extra_decimals)


def format_interval(iv: Interval, like: Reading, extra_decimals: int = 1) -> str:
    """An interval printed like `like` ("$755.0–$765.0 billion" style, collapsed when both ends print alike)."""
    lo = format_like(iv.lo, like, extra_decimals)
    hi = format_like(iv.hi, like, extra_decimals)
    return lo if lo == hi else f"{lo} to {hi}"


def finite(iv: Interval | None) -> bool:
    return iv is not None and math.isfinite(iv.lo) and math.isfinite(iv.hi)
