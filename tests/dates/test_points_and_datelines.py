"""resolve_point and find_dateline tables."""

from __future__ import annotations

import pytest

from extractor.dates import find_dateline, resolve_point

from .helpers import d

DEC4 = d("2023-12-04")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("December 1", DEC4, "2023-12-01"),
        ("on December 1", DEC4, "2023-12-01"),
        ("December 1", d("2024-01-05"), "2023-12-01"),
        ("Dec. 4", DEC4, "2023-12-04"),
        ("March 1, 2024", None, "2024-03-01"),
        ("1 March 2024", None, "2024-03-01"),
        ("2024-03-01", None, "2024-03-01"),
        ("the 15th", DEC4, "2023-11-15"),
        ("the 3rd", DEC4, "2023-12-03"),
        ("15th", d("2024-01-05"), "2023-12-15"),
        ("the 29th", d("2024-03-01"), "2024-02-29"),
        ("the 3rd of next month", DEC4, "2024-01-03"),
        ("from March 1", DEC4, "2023-03-01"),
        ("effective January 2024", None, "2024-01-01"),
        ("yesterday", d("2024-03-01"), "2024-02-29"),
        ("March the 1st, 2024", None, "2024-03-01"),  # dateparser reads what the rules do not
    ],
)
def test_resolve_point(text, published, expected) -> None:
    assert resolve_point(text, published) == d(expected)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("the 15th", None),
        ("December 1", None),
        ("yesterday", None),
        ("the third quarter", DEC4),
        ("exports rose", DEC4),
        ("", DEC4),
        ("the 30th", d("2023-03-01")),  # February 30 does not exist
    ],
)
def test_resolve_point_none(text, published) -> None:
    assert resolve_point(text, published) is None


def test_resolve_point_future() -> None:
    assert resolve_point("January 1", DEC4, future=True) == d("2024-01-01")
    assert resolve_point("the 2nd", DEC4, future=True) == d("2024-01-02")


@pytest.mark.parametrize(
    ("text", "reference_year", "expected", "surface"),
    [
        ("SEOUL, Dec 4 (Yonhap) -- South Korea's exports rose.", 2023, "2023-12-04", "Dec 4"),
        ("BEIJING, March 3, 2024 /Xinhua/ -- China said.", None, "2024-03-03", "March 3, 2024"),
        ("TOKYO, Jan 5 (Reuters) - Japan's exports fell.", 2024, "2024-01-05", "Jan 5"),
        ("Dec. 4, 2023 — Exports rose.", None, "2023-12-04", "Dec. 4, 2023"),
        ("Korea exports\n\nSEOUL, Dec. 4 (Yonhap) -- Exports rose.", 2023, "2023-12-04", "Dec. 4"),
        ("NEW DELHI, 4 December 2023: India's output rose.", None, "2023-12-04", "4 December 2023"),
        ("WASHINGTON, Feb. 29 (AP) — Prices rose.", 2024, "2024-02-29", "Feb. 29"),
    ],
)
def test_find_dateline(text, reference_year, expected, surface) -> None:
    found = find_dateline(text, reference_year)
    assert found is not None
    day, start, end = found
    assert (day, text[start:end]) == (d(expected), surface)


@pytest.mark.parametrize(
    ("text", "reference_year"),
    [
        ("SEOUL, Dec 4 (Yonhap) -- South Korea's exports rose.", None),  # no year to give it
        ("WASHINGTON (AP) — Prices rose.", 2023),  # no date
        ("Exports rose 5% in November, the ministry said.", 2023),
        ("x" * 700 + "\nSEOUL, Dec 4 (Yonhap) -- late", 2023),  # not near the start
        ("WASHINGTON, Feb. 30 (AP) — Prices rose.", 2024),  # no such day
    ],
)
def test_find_dateline_none(text, reference_year) -> None:
    assert find_dateline(text, reference_year) is None
