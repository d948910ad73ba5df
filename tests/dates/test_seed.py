"""The seed article's periods (read from /work/shared/seed/), as its gold annotations give them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.dates import find_time_expressions

from .helpers import d, period

SEED = Path("/work/shared/seed/articles")


@pytest.mark.skipif(not SEED.is_dir(), reason="seed article not available")
def test_seed_article_periods() -> None:
    article = next(SEED.glob("*.txt"))
    meta = json.loads(article.with_suffix(".meta.json").read_text(encoding="utf-8"))
    found = find_time_expressions(article.read_text(encoding="utf-8"), d(meta["published"]))
    periods = {e.period for e in found if e.role == "period"}
    points = {e.period for e in found if e.role == "point"}
    assert period("2023-11-01", "2023-11-30") in periods
    assert period("2023-01-01", "2023-09-30") in periods
    assert period("2023-03-01", "2023-03-31") in periods
    assert period("2023-01-01", "2023-01-31") in periods
    assert period("2023-12-01", "2023-12-01") in points
    baselines = {e.period for e in found if e.role == "baseline"}
    assert period("2022-11-01", "2022-11-30") in baselines  # "from the same month last year"
