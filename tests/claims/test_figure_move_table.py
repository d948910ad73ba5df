"""Rule tables: a figure right after an intransitive change verb is the amount of the move, the level after its "to"
is no range end, and that level does not take the move's period away.

Our own sentences, read against Friday 2024-11-15 (tests.claims.test_period_direction_table).
- "Reserves climbed $6 billion to $412 billion": $6 billion is the rise (up), $412 billion the level reached (no
  direction, not a range "$6 billion to $412 billion"); "were down 2.1 trillion won" and ", up $900 million" too.
- A verb that takes an object names a sum, not a move ("raised $2 billion in bonds", "lost $1.3 billion").
- "fell by $3 billion to $40 billion in October": both the move and the level are October's.
"""

from __future__ import annotations

import pytest

from tests.claims.test_period_direction_table import claim_of, period_span

OCT = ("2024-10-01", "2024-10-31")
Y2023 = ("2023-01-01", "2023-12-31")

# (text, value, expected direction, expected qualifier)
MOVES: list[tuple[str, float, str | None, str | None]] = [
    ("Foreign reserves climbed $6 billion to $412 billion in October.", 6e9, "up", None),
    ("Foreign reserves climbed $6 billion to $412 billion in October.", 412e9, None, None),
    ("Household deposits were down 2.1 trillion won in October.", 2.1e12, "down", None),
    ("Coal imports slid about 450,000 tons to 3.2 million tons in October.", 4.5e5, "down", "about"),
    ("Farm exports were $8.4 billion in October, up $900 million from a year earlier.", 9e8, "up", None),
    # ---- negative rows: an object of a transitive verb, a level, a tight range after a change verb
    ("The utility raised $2 billion in green bonds in October.", 2e9, None, None),
    ("The shipping line lost $1.3 billion in 2023.", 1.3e9, None, None),
    ("Farm exports rose to $8.4 billion in October.", 8.4e9, None, None),
    ("The unit made up $3 billion of group sales in 2023.", 3e9, None, None),
    ("Analysts say revenue could rise $5 billion to $6 billion next year.", 5e9, None, "range_low"),
]


@pytest.mark.parametrize(("text", "value", "direction", "qualifier"), MOVES)
def test_figure_after_change_verb(text: str, value: float, direction: str | None, qualifier: str | None) -> None:
    claim = claim_of(text, value)
    assert (claim.direction, claim.qualifier) == (direction, qualifier)


# (text, value, expected period or None)
PERIODS: list[tuple[str, float, tuple[str, str] | None]] = [
    ("Foreign reserves fell by $3 billion to $401 billion in October.", 3e9, OCT),
    ("Foreign reserves fell $3 billion to $401 billion in October.", 3e9, OCT),
    ("Copper output rose by 120,000 tons to a record 2.6 million tons in 2023.", 1.2e5, Y2023),
    # ---- negative row: a later change of its own keeps its period
    ("Imports fell 2.3% to $5 billion, reversing a 0.3% rise in September.", 2.3, None),
]


@pytest.mark.parametrize(("text", "value", "period"), PERIODS)
def test_move_keeps_period_of_level_reached(text: str, value: float, period: tuple[str, str] | None) -> None:
    assert period_span(claim_of(text, value)) == period
