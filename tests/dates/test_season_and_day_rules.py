"""Tables for the season, "year ended", "on the day" and "than at the start of the year" rules (our own wording)."""

from __future__ import annotations

import pytest

from extractor.dates import find_time_expressions

from .helpers import d

NOV15 = d("2024-11-15")  # a Friday


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a split year in a sentence about a season has no calendar months of its own
        ("Growers will be paid 20% more for the 2024/25 season.", "2024/25", None),
        ("Output may reach 1.9 million tonnes in the new crop, up from 1.7 million in 2023-24.", "2023-24", None),
        ("Millers crushed more cane in the first four months of the 2024/25 marketing year.",
         "the first four months of the 2024/25 marketing year", None),
        # ... unless the text gives its start month
        ("Imports in the first three months of the 2024/25 marketing year that began in October fell.",
         "the first three months of the 2024/25 marketing year that began in October", ("2024-10-01", "2024-12-31")),
        # not a season: a fiscal year by the default convention
        ("Tax revenue for 2023/24 came in above plan.", "2023/24", ("2023-04-01", "2024-03-31")),
        # a year ended on a day: the twelve months to it, the last one that has ended
        ("Profit jumped in the year ended March 31.", "the year ended March 31", ("2023-04-01", "2024-03-31")),
        ("Sales grew in the year ended Sept. 30, 2023.", "the year ended Sept. 30, 2023", ("2022-10-01", "2023-09-30")),
        ("The quarter ended Dec. 31 was weak.", "The quarter ended Dec. 31", ("2023-10-01", "2023-12-31")),
        # "on the day": the day named before it in its sentence
        ("Shares closed at a record on Wednesday, up 2% on the day.", "on the day", ("2024-11-13", "2024-11-13")),
        # a change since the start of the year, to the day the sentence names
        ("Palm oil ended at 4,900 ringgit on Thursday, 12% higher than at the start of the year.",
         "at the start of the year", ("2024-01-01", "2024-11-14")),
        ("Nickel is 5% lower than at the beginning of the year.", "at the beginning of the year", ("2024-01-01", "2024-11-15")),
    ],
)
def test_rule_resolves(text, surface, expected) -> None:
    found = [e for e in find_time_expressions(text, NOV15) if e.text == surface]
    assert found, f"{surface!r} not in {find_time_expressions(text, NOV15)}"
    got = found[0].period
    assert (None if got is None else (got[0].isoformat(), got[1].isoformat())) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Shares fell on the day of the vote.", "on the day"),  # a named day, not "the day" of the sentence
        ("Stocks rose 1% on the day.", "on the day"),  # no day named before it
        ("The year ended with a rally.", "The year ended"),  # no day after "ended"
        ("Prices were higher at the start of the year.", "at the start of the year"),  # not a change "than" it
    ],
)
def test_rule_does_not_fire(text, surface) -> None:
    assert not [e for e in find_time_expressions(text, NOV15) if e.text.startswith(surface) and e.period is not None]
