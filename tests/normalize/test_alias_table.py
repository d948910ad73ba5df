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


def test_flags_on_decoys_stay_rare(kb: KnowledgeBase) -> None:
    """A name_variant flag between two people the table knows to differ is a cost: at most 2 in the 67 decoys
    (Park/Bang Moon-kyu, proposed by the given-name rule; Lau Siu-kai / Liu Xiaojie, cognate by syllables)."""
    results = [score_case(case, kb) for case in DECOY_CASES]
    assert sum(r["wrong_flags"] for r in results) <= 2  # type: ignore[misc]
    assert sum(r["flags"] for r in results) <= 40  # type: ignore[misc]


def test_flag_tier_situations_are_proposed_not_merged(kb: KnowledgeBase) -> None:
    """The phase-3 situations (cross-system surnames, English names, one-letter surnames) stay apart: flagged."""
    tier = [c for c in ALIAS_CASES
            if c.name.startswith(("eu-one-letter", "hk-cantonese-pinyin", "kr-unknown-hanja", "vn-unknown"))]
    assert len(tier) >= 8
    assert all(score_case(c, kb)["merged"] == 0 for c in tier if c.name != "hk-cantonese-pinyin-chen")
