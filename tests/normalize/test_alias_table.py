"""The alias-situation and decoy table of tests/normalize/alias_table.py, one test per imagined article."""

from __future__ import annotations

import pytest

from extractor.normalize import KnowledgeBase

from .alias_table import ALIAS_CASES, DECOY_CASES, Case, score_case


def test_table_is_large_and_balanced() -> None:
    assert len(ALIAS_CASES) >= 40 and len(DECOY_CASES) >= len(ALIAS_CASES) - 5
    assert len({c.name for c in ALIAS_CASES + DECOY_CASES}) == len(ALIAS_CASES) + len(DECOY_CASES)


@pytest.mark.parametrize("case", ALIAS_CASES, ids=lambda c: c.name)
def test_alias_situation_is_merged_or_flagged(kb: KnowledgeBase, case: Case) -> None:
    result = score_case(case, kb)
    assert not result["problems"], result["problems"]


@pytest.mark.parametrize("case", DECOY_CASES, ids=lambda c: c.name)
def test_decoy_people_stay_apart(kb: KnowledgeBase, case: Case) -> None:
    result = score_case(case, kb)
    assert result["false_merges"] == 0 and not result["problems"], result["problems"]
