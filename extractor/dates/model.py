"""The time-expression record and the candidate the rules propose before overlaps are settled."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

Period = tuple[date, date]

ROLES = ("period", "baseline", "point")
GRANULARITIES = ("day", "week", "month", "quarter", "half", "year", "ytd", "fiscal_year", "range")


@dataclass(frozen=True)
class TimeExpr:
    """A time expression found in a text, its role for nearby numbers and the period it resolves to.

    `start`/`end` are offsets in the text given to find_time_expressions (`text[start:end] == self.text`);
    `period` is the inclusive [start, end] it denotes, None when unresolved; `resolved` is False when it
    needs a published date (or a reference period) we do not have; `rule` names the rule that found it.
    """

    start: int
    end: int
    text: str
    role: str
    period: Period | None
    resolved: bool
    granularity: str
    rule: str = ""
    shift_months: int | None = None  # a baseline's offset from the period it is compared with ("a year earlier": -12)


@dataclass
class Candidate:
    """A rule's proposal: a span, what it resolves to, and how its role is to be decided.

    `role` is set when the rule decides it outright ("baseline" for "year on year"); None lets the cue
    words around the span decide. `ref_shift` (months) marks expressions resolved from the nearest period
    of the same sentence ("a year earlier" = that period moved back 12 months); `ref_units` limits which
    granularities that period may have; `period` then holds the fallback used when no such period exists
    and the expression is read as a period of its own ("In the previous year, ...").
    `grid` marks yearless quarters a company's fiscal calendar may re-place: ("index", 3) for "the third
    quarter", ("shift", 0) for "the current quarter"; `fiscal_index` is the quarter number of an anchor
    with exact dates ("the fiscal second quarter ended July 27"). `anaphor` is the granularity an
    expression like "the quarter" or "for the full year" takes from the latest period mentioned before it.
    """

    start: int
    end: int
    rule: str
    granularity: str
    period: Period | None
    resolved: bool
    role: str | None = None
    ref_shift: int | None = None
    ref_units: tuple[str, ...] | None = None
    ref_year: int | None = None
    grid: tuple[str, int] | None = None
    fiscal_index: int | None = None
    anaphor: str | None = None
