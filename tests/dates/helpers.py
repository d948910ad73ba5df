"""Shared helpers for the date tests."""

from __future__ import annotations

from datetime import date

from extractor.dates import TimeExpr, find_time_expressions


def d(iso: str) -> date:
    """A date from YYYY-MM-DD."""
    return date.fromisoformat(iso)


def period(start: str, end: str) -> tuple[date, date]:
    """A period from two ISO dates."""
    return d(start), d(end)


def only(text: str, published: date | None) -> TimeExpr:
    """The single time expression in text (fails when there are none or several)."""
    found = find_time_expressions(text, published)
    assert len(found) == 1, f"{text!r}: expected one expression, got {found}"
    return found[0]


def expr_with(text: str, published: date | None, surface: str) -> TimeExpr:
    """The expression whose text is surface."""
    found = [e for e in find_time_expressions(text, published) if e.text == surface]
    assert found, f"{surface!r} not found in {find_time_expressions(text, published)}"
    return found[0]
