"""Figures: money and quantities with their unit, qualifier, direction, period and subject."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from ..document import ArticleDoc
from ..models import FigureClaim
from ..registry import rule
from .common import build_claim
from .context import (
    attribution,
    by_verb_direction,
    clause_bounds,
    direction_in,
    is_instrument,
    period_of,
    reached_by_move,
    subject_metric,
    words_before,
)
from .numbers import NumberMention, find_numbers
from .subjects import SPLIT_WORD

#: a figure is itself a change when written as "by $X", "by about $X", "an increase of $X", "$X increase"
CHANGE_BY = re.compile(
    r"\b(?:by|of)\s{1,3}(?:(?:about|around|nearly|almost|some|roughly|approximately|a\s{1,3}total\s{1,3}of|another|a\s{1,3}further)\s{1,3})?$",
    re.I,
)
#: words searched back from "by $X" to its verb ("reduce monthly purchases of government bonds by about $X")
BY_WINDOW = 10
#: chars next to a figure CHANGE_BY and CHANGE_NOUN_AFTER may read (far more than their longest match)
CUE_CHARS = 300
CHANGE_NOUN_AFTER = re.compile(
    r"^\s(?:increase|rise|gain|jump|growth|decline|decrease|drop|fall|cut|reduction|more|less|higher|lower)\b", re.I
)


#: a change verb (or "up"/"down") right before a figure, qualifiers between: "fell $3 billion to $40 billion", "were up
#: 1.2 trillion won", "rose about 300,000 tons"
CHANGE_VERB_BEFORE = re.compile(
    r"\b(?P<verb>[a-z]{2,15})\s{1,3}(?:(?:about|around|nearly|almost|some|roughly|approximately|just|more\s{1,3}than|over"
    r"|another|a\s{1,3}further|an\s{1,3}additional)\s{1,3})?(?:[A-Z]{0,3}[$€£¥₩]\s?)?$",
    re.I,
)
#: change cues that take an object: "raised $2 billion in bonds", "lost $2 billion", "cut $5 billion of spending" name a
#: sum raised, lost or cut, not how far a figure moved
TRANSITIVE_CUES = frozenset({
    "raise", "raised", "raises", "raising", "hike", "hiked", "hikes", "add", "added", "adds", "boosted", "lifted", "cut", "cuts",
    "reduce", "reduced", "reduces", "reducing", "lower", "lowered", "lowering", "trimmed", "lost", "losses", "shed", "expand",
    "expanded", "strengthen", "strengthened", "improved", "recovered", "negative", "growth", "increase", "decrease",
    "decline", "drop", "fall", "rise", "gain", "gains", "jump", "surge", "plunge", "slump", "dip", "contraction",
    "reduction", "expansion", "downturn", "slowdown", "upturn", "higher", "lower", "faster", "slower", "stronger", "weaker",
})


def _change_verb_direction(doc: ArticleDoc, n: NumberMention, clause: tuple[int, int]) -> str | None:
    """'up' / 'down' when a figure stands right after an intransitive change verb or "up"/"down" ("fell $3 billion to $40
    billion", "exports were down $2 billion"): it is the amount of the move; None otherwise."""
    m = CHANGE_VERB_BEFORE.search(doc.text, max(clause[0], n.start - 60), n.start)
    if m is None:
        return None
    verb = m["verb"].lower()
    if verb in TRANSITIVE_CUES:
        return None
    if verb in {"up", "down"}:  # "were up $4 billion", "$40 billion, up $2 billion", not "made up $4 billion"
        before = words_before(doc.text, clause[0], m.start("verb"), 1)
        after_comma = doc.text[max(0, m.start("verb") - 2) : m.start("verb")].strip() in {",", "("}
        return verb if after_comma or (before and before[0] in BE_FORMS) else None
    return direction_in([verb])


#: forms of "to be" before "up"/"down" of a move: "exports were down $2 billion"
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def numbers_of(doc: ArticleDoc) -> list[NumberMention]:
    """Number mentions of the repaired text, computed once per article."""
    if "numbers" not in doc.cache:
        doc.cache["numbers"] = find_numbers(doc.text)
    return doc.cache["numbers"]


def period_bounds(doc: ArticleDoc, n: NumberMention) -> tuple[int, int]:
    """Where the period of a number is read: at the number itself, or for the low end of a range at its high end.

    The two ends of one range describe one period, and what dates or undates it (a unit such as "per kilogram", a
    period phrase) follows the high end: "ranged from 60,000 to 90,000 dong per kilogram" (a unit price, no period),
    "between 0.1% and 0.5% this year".
    """
    if n.qualifier != "range_low" or n.range_id is None:
        return n.start, n.end
    highs = doc.cache.get("figures.range_highs")
    if highs is None:
        highs = doc.cache["figures.range_highs"] = {
            m.range_id: m for m in numbers_of(doc) if m.qualifier == "range_high" and m.range_id is not None
        }
    high = highs.get(n.range_id)
    return (high.start, high.end) if high is not None else (n.start, n.end)


def figure_direction(doc: ArticleDoc, n: NumberMention, clause: tuple[int, int]) -> str | None:
    """Direction of a figure that is a change amount ("fell by $2 billion"); None for levels."""
    # both patterns read a bounded stretch next to the number (under 40 chars): a number-dense clause is not copied
    # per number
    before = doc.text[max(clause[0], n.start - CUE_CHARS) : n.start]
    after = doc.text[n.end : min(clause[1], n.end + CUE_CHARS)]
    by = CHANGE_BY.search(before)
    if by or CHANGE_NOUN_AFTER.match(after):
        window = BY_WINDOW if by and by.group(0).lower().startswith("by") else 5
        after_words = islice(SPLIT_WORD.finditer(doc.text, n.end, clause[1]), 2)  # after.split()[:2] of the whole clause
        words = words_before(doc.text, clause[0], n.start, window) + [w.group(0).lower() for w in after_words]
        found = direction_in(words)
        if found is None and by and by.group(0).lower().startswith("by"):
            # the verb of "by $X" beyond the word window: the parse hangs "by" on it
            found = by_verb_direction(doc, max(clause[0], n.start - CUE_CHARS) + by.start())
        return found
    return _change_verb_direction(doc, n, clause)


@rule("figure.v1")
def extract_figures(doc: ArticleDoc) -> Iterator[FigureClaim]:
    """Money (any currency, scale words incl. Chinese units) and quantities with units."""
    previous: tuple[NumberMention, str | None] | None = None
    for n in numbers_of(doc):
        if n.kind not in {"money", "quantity"}:
            continue
        sent = doc.sentence_bounds(n.start, n.end)
        clause = clause_bounds(doc.text, sent, n.start, n.end)
        if previous is not None and n.range_id is not None and n.range_id == previous[0].range_id:
            direction = previous[1]  # "cut its revenue by $250 million to $550 million": the range's change, both ends
        else:
            direction = figure_direction(doc, n, clause)
        previous = (n, direction)
        instrument = direction is None and is_instrument(doc, clause, n.start, n.end)
        move = direction is not None or reached_by_move(doc, clause, n.start)
        period, _ = period_of(doc, *period_bounds(doc, n), move=move, instrument=instrument)
        subject, metric = subject_metric(doc, n.start, n.end)
        yield build_claim(
            doc,
            FigureClaim,
            "figure.v1",
            n.start,
            n.end,
            value=n.value,
            unit=n.unit,
            qualifier=n.qualifier,
            direction=direction,
            period=period,
            subject=subject,
            metric=metric,
            attribution=attribution(doc, n.start, n.end),
            range_id=f"r{n.range_id}" if n.range_id is not None else None,
        )
