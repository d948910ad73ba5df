"""The digit-anchored scans of the split-decimal rule find exactly what a scan of the whole text finds."""

from __future__ import annotations

import pytest

from extractor.repair.scan import matches_at
from extractor.repair.split_decimal import (
    DIGITS,
    YEAR_GLUED_PERCENT,
    _converted_pattern,
    _near_runs,
    _patterns,
    _run_starts,
)

TEXTS = [
    "exports7% in January$400 million, earlier41 trillion yuan",
    "China accounted for 19 percent of total exports7%. Output rose 3.5%",
    "from China$500 million and visitorsRMB 700 million, exportsUS$5 billion",
    "HK$ 12 billion, hk$3, A$16.9 billion, NT$ 40, ₩5 trillion, ¥300 million, € 4 billion",
    "an increase of 9 percent over 20234%; 2023 4%; 1,234,567.89 tons; 12,345 vehicles",
    "7$300 million October5%8% 3%5% RTX4090 3Q24 Mate60 units usd$ 15",
    "fell from 58,000 to 4510,000 vehicles; 731.5 billion yuan600 million yuan",
    "no digits at all here, only words like cash and USD or RMB",
    "1234567 12345678901 0.5 .5 5. 5,5 5,55 5,555 ¥5 ￥5 $ 5 $5$5$5",
    "the 2,3,4 and 1.2.3 versions; 10% 20 % 30 percent 40 per cent 50 pct",
    "US$5 US$ 5 us$5 S$5 C$5 JPY5 KRW 5 CNY5 RMB5 rmb 5 xRMB 5 ORMB 3",
    "$" * 5 + "1" + "$" * 5 + "22" + "a" * 3 + "333",
]


@pytest.mark.parametrize("text", TEXTS)
def test_digit_anchored_scans_equal_finditer(text: str) -> None:
    p = _patterns()
    runs = list(DIGITS.finditer(text))

    def spans(found) -> list[tuple[int, int]]:
        return [m.span() for m in found]

    assert spans(matches_at(p.fragment, text, _near_runs(runs, p.reach))) == spans(p.fragment.finditer(text))
    for pattern in (p.integer, _converted_pattern(), YEAR_GLUED_PERCENT):
        assert spans(matches_at(pattern, text, _run_starts(runs))) == spans(pattern.finditer(text))


def test_near_runs_covers_each_run_and_its_reach_once() -> None:
    text = "ab12cdefg3 45"
    runs = list(DIGITS.finditer(text))
    assert list(_near_runs(runs, 2)) == [0, 1, 2, 3, 7, 8, 9, 10, 11, 12]
