"""Exact decimal helpers shared by the split-decimal repair and the noise model."""

from __future__ import annotations

from decimal import Decimal

SCALE_ORDER: tuple[tuple[str, int], ...] = (
    ("trillion", 10**12),
    ("billion", 10**9),
    ("million", 10**6),
)


def parse_number(text: str) -> Decimal:
    """Parse '1,234.5' / '400' into a Decimal (commas and spaces dropped)."""
    return Decimal(text.replace(",", "").replace(" ", ""))


def plain(d: Decimal) -> str:
    """A Decimal as plain text without exponent or trailing zeros ('3.94', '730')."""
    d = d.normalize()
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def grouped(d: Decimal) -> str:
    """A Decimal with thousands separators ('56,000', '1,234.5')."""
    s = plain(d)
    whole, _, frac = s.partition(".")
    neg = whole.startswith("-")
    whole = whole.lstrip("-")
    whole = f"{int(whole):,}"
    return ("-" if neg else "") + whole + ("." + frac if frac else "")


def scaled(value: Decimal) -> tuple[str, str]:
    """Split a base-unit amount into an English mantissa and scale word ('3.94', 'billion').

    Amounts under a million keep their digits grouped with no scale word ('56,000', '').
    """
    for word, factor in SCALE_ORDER:
        if abs(value) >= factor:
            return plain(value / factor), word
    return grouped(value), ""


def digits_of_fraction(value: Decimal, factor: int, max_digits: int) -> str | None:
    """The fractional digits a fragment stands for when read in a Chinese unit, or None.

    "$400 million" read in yi (1e8) is '4'; "$2.5 billion" is '25'. The quotient must be a
    whole number of at most `max_digits` digits with no leading zero.
    """
    q = value / factor
    if q != q.to_integral_value() or q < 1:
        return None
    s = plain(q)
    if len(s) > max_digits:
        return None
    return s
