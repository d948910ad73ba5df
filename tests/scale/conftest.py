"""Fixtures of the scale tests: a small folder of short articles written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

#: six short articles in the styles extractor reads (clean wire copy and machine-translated text
#: with a split decimal and a masked word), written for these tests
ARTICLES = {
    "wire-exports": (
        "SEOUL, March 2 (Yonhap) -- South Korea's exports rose 4.8 percent on-year to $52.4 billion in February, "
        "the trade ministry said on Friday. Imports fell 13.1 percent to $48.1 billion, leaving a surplus of $4.3 billion.",
        "2024-03-02",
    ),
    "wire-oil": (
        "Crude imports reached 11.2 million barrels per day in January, up 3 percent from December, while "
        "refinery runs slipped 0.4 percent, customs data showed.",
        "2024-02-10",
    ),
    "mt-customs": (
        "According to the General Administration of Customs, in the first two months the total value of imports and "
        "exports was 6 trillion yuan, an increase of 8 percent7%. Among them, exports were 3.3 trillion yuan, up 10.3%.",
        "2024-03-07",
    ),
    "mt-minister": (
        "Minister of Commerce Wang Wentao said on the 5th that foreign investment reached 21.5 billion yuan, "
        "and the ** of new enterprises grew 34 percent. Wang stressed that the policy will take effect on June 1.",
        "2024-04-06",
    ),
    "wire-rates": (
        "The Bank of Korea held its base rate at 3.50 percent on Thursday, as inflation eased to 2.8 percent in "
        "January from 3.2 percent in December.",
        "2024-02-22",
    ),
    "mt-chips": (
        "Semiconductor exports in the first quarter were US$ 29.3 billion, an increase of 56.1%, accounting for "
        "21 percent of total exports5%, the ministry said.",
        "2024-04-01",
    ),
}


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scale-articles")
    for stem, (text, published) in ARTICLES.items():
        (folder / f"{stem}.txt").write_text(text + "\n", encoding="utf-8")
        (folder / f"{stem}.meta.json").write_text(json.dumps({"published": published}), encoding="utf-8")
    return folder
