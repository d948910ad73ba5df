"""Rule tables of the arithmetic pairings (extractor/checks/relations.py) and the name rules they rely on."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from extractor.checks.context import category, normalize_name, same_partner, same_place, title_place
from extractor.checks.cross_article import fact_key
from extractor.checks.precision import reading_of_text
from extractor.checks.relations import digit_slip, near_miss, partitions
from extractor.models import Period


@pytest.mark.parametrize(
    ("printed", "value", "slip"),
    [
        ("19.8%", 17.80, True),  # one digit
        ("18.7%", 17.83, True),  # two neighbours swapped
        ("17.8%", 17.80, False),  # the same
        ("20.0%", 17.80, False),  # every digit differs
        ("$2.22 trillion", 2.52e12, True),
        ("$4.27 trillion", 3.97e12, False),
        ("9.8%", 10.2, False),  # lengths differ
    ],
)
def test_digit_slip(printed: str, value: float, slip: bool) -> None:
    kind = "percentage" if printed.endswith("%") else "figure"
    assert digit_slip(reading_of_text(printed, kind), value) is slip


@pytest.mark.parametrize(("stated", "implied", "near"), [(266.52e9, 271.56e9, True), (140.5e9, 92.0e9, False), (97.7e9, 94.7e9, True)])
def test_near_miss(stated: float, implied: float, near: bool) -> None:
    from extractor.checks.precision import Interval

    r = reading_of_text(f"${stated / 1e9:.2f} billion", "figure")
    assert near_miss(r, Interval(implied - 1e6, implied + 1e6)) is near


def P(a: str, b: str) -> Period:
    return Period(start=date.fromisoformat(a), end=date.fromisoformat(b))


@pytest.mark.parametrize(
    ("parts", "whole", "ok"),
    [
        ([P("2024-01-01", "2024-06-30"), P("2024-07-01", "2024-07-31")], P("2024-01-01", "2024-07-31"), True),
        ([P("2024-04-01", "2024-04-30"), P("2024-01-01", "2024-03-31")], P("2024-01-01", "2024-04-30"), True),  # any order
        ([P("2024-01-01", "2024-06-30"), P("2024-08-01", "2024-08-31")], P("2024-01-01", "2024-08-31"), False),  # a gap
        ([P("2024-01-01", "2024-06-30"), P("2024-06-01", "2024-07-31")], P("2024-01-01", "2024-07-31"), False),  # overlap
        ([P("2024-01-01", "2024-03-31"), P("2024-04-01", "2024-06-30")], P("2024-01-01", "2024-12-31"), False),  # not all
    ],
)
def test_partitions(parts: list[Period], whole: Period, ok: bool) -> None:
    assert partitions(parts, whole) is ok


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("brazil", "brazilian", True), ("australia", "australian", True), ("japan", "japanese", True), ("niger", "nigeria", False),
     ("india", "indiana", False), ("china", "chile", False)],
)
def test_same_place(a: str, b: str, same: bool) -> None:
    assert same_place(a, b) is same


def test_partner_of_a_pair_names_either_place() -> None:
    assert same_partner("brazil", "brazilian & china")
    assert not same_partner("argentina", "brazilian & china")


@pytest.mark.parametrize(
    ("metric", "expected"),
    [("exports in the first seven months", set()), ("first-half exports", set()), ("April exports", set()),
     ("China-Australia trade", set()), ("[Reporter Kim Soo] Exports from the region", set()),
     ("car exports to the US", {"car"}), ("chip exports in the first half", {"semiconductor"})],
)
def test_category_ignores_time_names_and_bylines(metric: str, expected: set[str]) -> None:
    assert category(metric) == expected


@pytest.mark.parametrize(
    ("title", "place"),
    [("Taiwan's exports rely on AI orders, experts say", "taiwan"), ("South Korea's chip exports slump", "south korea"),
     ("Samsung profit falls on weak memory demand", None), ("", None), (None, None)],
)
def test_title_place(title: str | None, place: str | None) -> None:
    assert title_place(title) == place


def test_dateline_dash_is_not_part_of_a_name() -> None:
    assert normalize_name("- Taiwan") == "taiwan"


def _claim(metric: str, subject: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(kind="figure", unit="USD", direction=None, measure=None, subject=subject, metric=metric,
                           period=P("2024-01-01", "2024-06-30"), baseline=None)


def test_origin_that_points_back_takes_the_article_place() -> None:
    anaphoric = fact_key(_claim("exports from the island"), "taiwan")
    plain = fact_key(_claim("exports"), "taiwan")
    assert anaphoric is not None and anaphoric == plain
    named = fact_key(_claim("exports from Vietnam"), "taiwan")
    assert named is not None and named[6] == "vietnam"
