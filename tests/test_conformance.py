"""Conformance with a peer's number specs (Recognizers-Text percent and currency cases that apply to news).

The floors are the pass counts when the floors were last raised; a change that passes fewer cases
fails here. Raise a floor deliberately when the count goes up.
"""

from __future__ import annotations

import pytest

from extractor.evaluation import peer_conformance

from .conftest import SHARED

SPECS = SHARED / "peer-specs" / "recognizers-text"
FLOORS = {"percent": 11, "currency": 106}


@pytest.fixture(scope="module")
def report() -> dict:
    if not SPECS.is_dir():
        pytest.skip("../shared/peer-specs is not present")
    return peer_conformance(SPECS)


@pytest.mark.parametrize("model", sorted(FLOORS))
def test_peer_cases_pass_at_least_the_floor(report: dict, model: str) -> None:
    r = report[model]
    print(f"{model}: {r['passed']}/{r['applicable']} applicable cases pass ({r['total']} in the spec)")
    assert r["passed"] >= FLOORS[model], r["failures"][:20]
