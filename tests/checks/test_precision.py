"""Rounding intervals of printed numbers and the interval arithmetic the checks judge with."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.checks.precision import (
    Interval,
    format_amount,
    reading_of_text,
    stated,
    unrepaired,
)
from extractor.models import Evidence, FigureClaim, PercentageClaim, RepairRef


@pytest.mark.parametrize(
    ("text", "kind", "lo", "hi"),
    [
        ("$4.71 trillion", "figure", 4.705e12, 4.715e12),
        ("$764 billion", "figure", 763.5e9, 764.5e9),
        ("28.3%", "percentage", 28.25, 28.35),
        ("7 percent", "percentage", 6.5, 7.5),
        ("3.95 trillion yuan", "figure", 3.945e12, 3.955e12),
        ("$500 billion", "figure", 450e9, 550e9),  # trailing zeros of a round figure may be rounded
        ("1,200 tons", "figure", 1150, 1250),
        ("10%", "percentage", 9.5, 10.5),  # percentages are precise to their last digit
        ("50 basis points", "percentage", 0.495, 0.505),
    ],
)
def test_reading_interval(text: str, kind: str, lo: float, hi: float) -> None:
    r = reading_of_text(text, kind)
    assert r is not None
    assert r.interval.lo == pytest.approx(lo) and r.interval.hi == pytest.approx(hi)


@pytest.mark.parametrize(
    ("a", "b", "c", "meets"),
    [
        # "$4.71 trillion − $3.95 trillion" against "$764 billion": reconciles within rounding
        ("$4.71 trillion", "$3.95 trillion", "$764 billion", True),
        ("$4.71 trillion", "$3.95 trillion", "$790 billion", False),
    ],
)
def test_difference_within_rounding(a: str, b: str, c: str, meets: bool) -> None:
    ra, rb, rc = (reading_of_text(t, "figure") for t in (a, b, c))
    assert (ra.interval - rb.interval).meets(rc.interval) is meets


@pytest.mark.parametrize(("share", "meets"), [("28.3%", False), ("29.3%", True), ("29.2%", True), ("29.4%", False)])
def test_ratio_within_rounding(share: str, meets: bool) -> None:
    part, total = reading_of_text("8.02 trillion yuan", "figure"), reading_of_text("27.41 trillion yuan", "figure")
    ratio = part.interval / total.interval
    assert (ratio * 100).meets(reading_of_text(share, "percentage").interval) is meets


def test_division_by_interval_holding_zero_has_no_answer() -> None:
    assert Interval(1, 2) / Interval(-1, 1) is None


finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@given(finite, finite, finite, finite, st.floats(0, 1), st.floats(0, 1))
def test_interval_sum_and_difference_contain_every_pointwise_result(a: float, b: float, c: float, d: float, s: float, t: float) -> None:
    x, y = Interval(min(a, b), max(a, b)), Interval(min(c, d), max(c, d))
    px, py = x.lo + s * (x.hi - x.lo), y.lo + t * (y.hi - y.lo)
    for iv, p in ((x + y, px + py), (x - y, px - py), (x * y, px * py)):
        assert iv.meets(Interval.point(p))


def _fig(text: str, value: float, **kw) -> FigureClaim:
    return FigureClaim(claim_id="c", article_id="a", value=value, unit="USD", evidence=Evidence(text=text, start=0, end=len(text)), confidence=0.9, **kw)


def test_stated_reads_the_repaired_number_and_unrepaired_the_original() -> None:
    rep = RepairRef(rule="split_decimal.percent.v1", original="19 percent of total exports7%", repaired="19.7%", confidence=0.95)
    c = PercentageClaim(claim_id="c", article_id="a", value=19.7, evidence=Evidence(text=rep.original, start=0, end=len(rep.original)),
                        repairs=[rep], confidence=0.85, measure="share")
    assert stated(c).interval == Interval(19.65, 19.75)
    assert unrepaired(c).value == 19 and unrepaired(c).interval == Interval(18.5, 19.5)


@pytest.mark.parametrize(
    ("qualifier", "has_reading"), [(None, True), ("about", True), ("more_than", False), ("range_low", False)]
)
def test_one_sided_qualifiers_are_not_checked(qualifier: str | None, has_reading: bool) -> None:
    assert (stated(_fig("$55.8 billion", 55.8e9, qualifier=qualifier)) is not None) is has_reading


def test_about_widens_the_interval() -> None:
    plain, about = stated(_fig("$56 billion", 56e9)), stated(_fig("$56 billion", 56e9, qualifier="about"))
    assert about.interval.lo < plain.interval.lo and about.interval.hi > plain.interval.hi


@pytest.mark.parametrize(
    ("value", "unit", "scale", "decimals", "text"),
    [(7.6e11, "USD", 1e9, 0, "$760 billion"), (29.26, "%", 1.0, 1, "29.3%"), (8.02e12, "CNY", 1e12, 2, "8.02 trillion yuan"), (5e9, "EUR", 1e9, 1, "€5.0 billion")],
)
def test_format_amount(value: float, unit: str, scale: float, decimals: int, text: str) -> None:
    assert format_amount(value, unit, scale, decimals) == text
