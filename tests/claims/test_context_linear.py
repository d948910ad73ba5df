"""The claim context helpers computed once per sentence/clause give what the per-number scans gave.

`clause_bounds` used to rescan its sentence for every number (quadratic on a number-dense
sentence); it now binary-searches the sentence's breaks found once. These tables compare it with
that scan, kept here as the reference, on ordinary sentences and every position in them.
"""

from __future__ import annotations

import re

import pytest

from extractor import Settings, extract_text
from extractor.claims.context import CLAUSE_BREAK, clause_bounds


def scan_clause_bounds(text: str, sent: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The former implementation: one scan of the sentence per call."""
    cs, ce = sent
    for m in CLAUSE_BREAK.finditer(text, sent[0], sent[1]):
        if m.end() <= start:
            cs = m.end()
        elif m.start() >= end:
            ce = m.start()
            break
    return cs, ce


SENTENCES = [
    "Exports rose 5.2% to $55.8 billion, while imports fell 3.1%; the surplus widened to $12 billion.",
    "Steel output: 1.2 million tons, up 4%, and coal, which fell 2%, but gas rose 7% whereas oil was flat.",
    "No break in this sentence about 3% growth in 2023 at all",
    "A: B; C, while D, and E, although F, though G, with H, which I whilst J.",
    "Prices rose 0.4% month on month and 2.1% year on year, while core inflation held at 1.8%.",
    ";;: leading breaks, and trailing ones;",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_clause_bounds_equals_the_scan_at_every_span(text: str) -> None:
    padded = "Lead sentence. " + text + " Tail."
    sent = (15, 15 + len(text))
    numbers = [m.span() for m in re.finditer(r"\d[\d.,]*%?|\w+", padded)]
    spans = numbers + [(a, b) for a in range(sent[0], sent[1], 3) for b in (a + 1, a + 4) if b <= sent[1]]
    for start, end in spans:
        assert clause_bounds(padded, sent, start, end) == scan_clause_bounds(padded, sent, start, end), (start, end)


def test_clause_bounds_follows_the_text_it_is_given() -> None:
    a, b = "x, while y 1%", "x; y 1%, and z"
    assert clause_bounds(a, (0, len(a)), 11, 13) == scan_clause_bounds(a, (0, len(a)), 11, 13)
    assert clause_bounds(b, (0, len(b)), 5, 7) == scan_clause_bounds(b, (0, len(b)), 5, 7)
    assert clause_bounds(a, (0, len(a)), 0, 1) == scan_clause_bounds(a, (0, len(a)), 0, 1)


def test_attribution_is_shared_by_a_sentences_claims() -> None:
    text = ("According to the customs office, exports rose 5% to $10 billion and imports fell 2% to $8 billion.\n"
            "Output grew 3% in May.\n")
    res = extract_text(text, published="2024-06-10", settings=Settings(model="none"))
    first = {c.attribution for c in res.claims if c.evidence.start < text.index("\n")}
    second = {c.attribution for c in res.claims if c.evidence.start > text.index("\n")}
    assert first == {"the customs office"} and second == {None}
