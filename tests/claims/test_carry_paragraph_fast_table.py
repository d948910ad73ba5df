"""Rule table: a sentence that begins a paragraph carries no period from the paragraph before, in both modes.

The fast mode's sentencizer starts a paragraph's first sentence at the blank line before it; that blank line is no
part of the previous paragraph, whose period ("the invasion in February 2022") must not date the new paragraph's
figures: they continue the article's lead period instead. Our own sentences, published 2024-11-15.
"""

from __future__ import annotations

import pytest

from extractor import extract_text
from extractor.settings import Settings

ARTICLE = (
    "Tractor exports hit record\n\n"
    "Tractor exports rose 12% to 410,000 units last year, the industry body said on Friday.\n\n"
    "Ukraine was the biggest buyer, after its farms were damaged in the war that began in February 2022.\n\n"
    "Mahindra, the biggest exporter, shipped 96,500 units abroad, up 21.4%. "
    "Sonalika sold 61,200 units overseas.\n"
)
Y2023 = ("2023-01-01", "2023-12-31")

# (mode, value, expected period)
ROWS: list[tuple[str | None, float, tuple[str, str] | None]] = [
    ("none", 96_500, Y2023),
    ("none", 21.4, Y2023),
    ("none", 61_200, Y2023),
    (None, 96_500, Y2023),
    (None, 21.4, Y2023),
    # ---- negative rows: the sentence of the earlier paragraph keeps its own reading
    ("none", 410_000, Y2023),
    (None, 410_000, Y2023),
]


@pytest.mark.parametrize(("model", "value", "period"), ROWS)
def test_paragraph_start_carries_no_earlier_paragraph(model: str | None, value: float, period: tuple[str, str] | None) -> None:
    claims = extract_text(ARTICLE, "2024-11-15", settings=Settings(model=model, kb=None)).claims
    found = [c for c in claims if c.kind in {"figure", "percentage"} and abs(c.value - value) < 1e-6 * value]
    assert len(found) == 1
    got = (found[0].period.start.isoformat(), found[0].period.end.isoformat()) if found[0].period else None
    assert got == period
