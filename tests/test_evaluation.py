"""The scorer itself: matching rules that every reported figure depends on."""

from __future__ import annotations

import pytest

from extractor.evaluation import (
    Report,
    _score_inconsistencies,
    _score_numbers,
    _score_persons,
    _score_policies,
    actor_parties,
    keyword_in,
    same_value,
)


def test_values_match_within_half_a_percent() -> None:
    assert same_value(100.0, 100.4) and not same_value(100.0, 100.6)


def test_numbers_need_kind_unit_and_value() -> None:
    report, misses = Report(), []
    gold = {"claims": [{"kind": "figure", "value": 5e9, "unit": "USD", "garbled": True, "period": None}]}
    predicted = [
        {"kind": "figure", "value": 5e9, "unit": "CNY", "period": None, "evidence": {"text": "5 billion yuan"}},
        {"kind": "figure", "value": 5.01e9, "unit": "USD", "period": None, "evidence": {"text": "$5.01 billion"}},
    ]
    _score_numbers(report, gold, predicted, misses)
    assert (report.numeric_tp, report.numeric_fp, report.numeric_fn) == (1, 1, 0)
    assert report.garbled.hits == 1 and report.period.hits == 1


def _entity(eid: str, *texts: str) -> dict:
    return {"entity_id": eid, "type": "person", "article_ids": ["a"],
            "mentions": [{"article_id": "a", "text": t} for t in texts]}


def test_person_found_by_bare_name_inside_a_titled_gold_mention() -> None:
    report, misses = Report(), []
    gold = {"persons": [{"name": "Gina Raimondo", "mentions": ["U.S. Commerce Secretary Gina Raimondo", "Raimondo"]}]}
    _score_persons(report, gold, "a", [_entity("p1", "Gina Raimondo", "Raimondo")], [], misses)
    assert report.persons.hits == 1 and report.aliases.hits == 1 and not misses


def test_two_gold_people_in_one_entity_is_a_false_merge() -> None:
    report, misses = Report(), []
    gold = {"persons": [{"name": "Wang Yi", "mentions": ["Wang Yi"]}, {"name": "Wang Wentao", "mentions": ["Wang Wentao"]}]}
    _score_persons(report, gold, "a", [_entity("p1", "Wang Yi", "Wang Wentao")], [], misses)
    assert report.false_merges == 1


def test_policy_with_two_parties_needs_both() -> None:
    gold = {"policies": [{"actor": "China and ASEAN", "keywords": ["free trade area"], "effective": None}]}
    hit = {"kind": "policy", "actor": "ASEAN, China", "action": "agreement", "object": "free trade area upgrade",
           "effective": None, "evidence": {"text": "..."}}
    miss = dict(hit, actor="China")
    for predicted, expected in (([hit], 1), ([miss], 0)):
        report = Report()
        _score_policies(report, gold, predicted, [])
        assert report.policies.hits == expected


@pytest.mark.parametrize(
    ("actor", "parties"),
    [
        ("China", [["china"]]),
        ("China and ASEAN", [["china"], ["asean"]]),
        ("South Korea; United States", [["south korea"], ["united states"]]),
        ("South Korea (Financial Services Commission)", [["south korea", "financial services commission"]]),
        ("RCEP members (China, Australia)", [["rcep members", "china", "australia"]]),
        ("HSBC, Standard Chartered, Bank of China (Hong Kong)", [["hsbc"], ["standard chartered"], ["bank of china", "hong kong"]]),
        ("", []),
        (None, []),
    ],
)
def test_actor_parties(actor: str | None, parties: list[list[str]]) -> None:
    assert actor_parties(actor) == parties


def _flag(fid: str, *claim_ids: str) -> dict:
    return {"flag_id": fid, "type": "inconsistency", "claim_ids": list(claim_ids), "message": fid}


def test_inconsistency_flags_match_one_to_one_and_cross_article_prefers_a_cross_flag() -> None:
    claims = {
        "h1": {"value": 100.0, "article_id": "a"},
        "j1": {"value": 50.0, "article_id": "a"},
        "t1": {"value": 160.0, "article_id": "a"},
        "o1": {"value": 99.0, "article_id": "b"},
    }
    gold = {"style": "garbled", "inconsistencies": [
        {"type": "sum", "values": [100.0, 50.0, 160.0]},
        {"type": "cross_article", "values": [100.0], "other_article": "b"},
    ]}
    sum_flag, cross_flag = _flag("f-sum", "h1", "j1", "t1"), _flag("f-cross", "h1", "o1")
    for order in ([sum_flag, cross_flag], [cross_flag, sum_flag]):
        report, misses = Report(), []
        _score_inconsistencies(report, gold, "a", {"a": order}, claims, misses)
        assert (report.inconsistencies.hits, report.false_inconsistency_flags) == (2, 0)
    report = Report()
    _score_inconsistencies(report, gold, "a", {"a": [sum_flag]}, claims, [])
    assert (report.inconsistencies.hits, report.false_inconsistency_flags) == (1, 0)


@pytest.mark.parametrize(
    ("keyword", "text", "found"),
    [
        ("subsidies", "the state subsidizes chip plants", True),
        ("scrapping", "plans to scrap the levy", True),
        ("export license", "an export licence is required", True),
        ("tariffs", "a tariff on steel", True),
        ("import", "plans to impose duties", False),
        ("rare earths", "rare metals and earths", False),
        ("rate", "the rates were cut", True),
        ("base rate", "the base rate", True),
        ("gallium", "germanium exports", False),
    ],
)
def test_policy_keywords_match_in_any_inflection(keyword: str, text: str, found: bool) -> None:
    assert keyword_in(keyword, text.split()) is found
