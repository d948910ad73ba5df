"""A rule's regex run only over the stretches of text where one of its matches can be.

Every match of a time rule contains one of the rule's trigger literals (rules.TRIGGERS). A match
is at most as wide as its pattern allows, so it starts at most that many characters before a
trigger; and the regex engine reads no farther from a match's start than the pattern's extent (its
width plus what its lookaheads and boundaries peek at). `scan` finds the triggers with str.find on
the lower-cased text and searches only the windows before them, each search stopped a full extent
past its window: the matches are those `pattern.finditer(text, lo, hi)` finds, without running the
regex over the rest of the text. A pattern without a bounded width, or with triggers so frequent
that the windows would cover the text, is scanned whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

_ONE_CHAR = frozenset({C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY})
_REPEATS = frozenset({C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT})
#: characters past the extent a search may still look at (the end-of-text test beside a boundary)
MARGIN = 2


def _sequence(items: Any) -> tuple[int, int] | None:
    """(widest match, farthest character read from the start) of a parsed sequence; None when unbounded."""
    width = read = 0
    for op, av in items:
        found = _item(op, av)
        if found is None:
            return None
        read = max(read, width + found[1])
        width += found[0]
    return width, max(read, width)


def _item(op: Any, av: Any) -> tuple[int, int] | None:
    if op in _ONE_CHAR:
        return 1, 1
    if op is C.AT:
        return 0, 1  # \b, $ look at the character after the position
    if op is C.SUBPATTERN:
        return _sequence(av[3].data)
    if op is C.ATOMIC_GROUP:
        return _sequence(av.data)
    if op is C.BRANCH:
        alternatives = [_sequence(alt.data) for alt in av[1]]
        if any(a is None for a in alternatives):
            return None
        return max(a[0] for a in alternatives), max(a[1] for a in alternatives)  # type: ignore[index]
    if op in _REPEATS:
        _, hi, sub = av
        one = _sequence(sub.data)
        if one is None or hi == C.MAXREPEAT:
            return None
        return (hi * one[0], (hi - 1) * one[0] + one[1]) if hi else (0, 0)
    if op in (C.ASSERT, C.ASSERT_NOT):
        direction, sub = av
        inner = _sequence(sub.data)
        if inner is None:
            return None
        # a lookahead reads forward from here; a lookbehind ends here (it reads forward only what a lookahead inside it does)
        return (0, inner[1]) if direction == 1 else (0, max(0, inner[1] - inner[0]))
    return None  # back-references, conditionals: no bound worth having


@cache
def extent(pattern: re.Pattern[str]) -> tuple[int, int] | None:
    """(widest match, farthest character read from a match's start) of `pattern`; None when unbounded or
    when it can match empty text."""
    parsed = P.parse(pattern.pattern, pattern.flags)
    if parsed.getwidth()[0] == 0:
        return None
    return _sequence(parsed.data)


def _windows(hits: list[tuple[int, int]], lo: int, width: int) -> list[list[int]]:
    """[first, last] possible starts of a match holding one of the anchor `hits` ([start, end) each, in order), merged."""
    merged: list[list[int]] = []
    for a, b in hits:
        first = max(lo, b - width)
        if merged and first <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], a)
        else:
            merged.append([first, a])
    return merged


def scan(pattern: re.Pattern[str], text: str, lo: int, hi: int,
         hits: list[tuple[int, int]] | None) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text, lo, hi)`.

    `hits` are the [start, end) spans in text[lo:hi], in order, of the anchors (lower-case literals one of
    which every match contains) found in the lower-cased text; None: the whole range is scanned.
    """
    bounds = extent(pattern) if hits is not None else None
    if bounds is None or len(hits) * bounds[0] > (hi - lo) // 2:  # type: ignore[arg-type]
        yield from pattern.finditer(text, lo, hi)
        return
    read = bounds[1]
    pos = lo
    for first, last in _windows(hits, lo, bounds[0]):  # type: ignore[arg-type]
        c = max(pos, first)
        while c <= last:
            m = pattern.search(text, c, min(hi, last + read + MARGIN))
            if m is None or m.start() > last:
                break  # nothing starts in this window (a match found beyond it is not trusted)
            yield m
            pos = c = m.end()
