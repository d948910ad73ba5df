"""Policies: actor, action, object, effective date and status read from the parse and policies.yaml."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.claims.policies import _forms, extract_policies

# published 2023-12-04 (conftest.PUBLISHED)
POLICIES = [
    # sentence, actor, action, object, effective, status
    (
        "On December 1, China officially implemented a policy of export controls on certain items of graphite, "
        "a key raw material for electric vehicle batteries.",
        "China", "export_controls", "certain items of graphite", date(2023, 12, 1), "in_effect",
    ),
    (
        "The European Union will impose provisional anti-subsidy duties on electric vehicles from China from July 5.",
        "European Union", "anti_subsidy_duty", "electric vehicles from China", date(2024, 7, 5), "planned",
    ),
    ("The new tariffs took effect on the 15th.", None, "tariff", None, date(2023, 11, 15), "in_effect"),
    ("The tariffs will be effective January 1, 2025.", None, "tariff", None, date(2025, 1, 1), "planned"),
    (
        "South Korea will adopt a pragmatic policy in terms of supply-chain cooperation.",
        "South Korea", "policy", "pragmatic policy in terms of supply-chain cooperation", None, "planned",
    ),
    (
        "The United States imposed sanctions on three Chinese companies.",
        "United States", "sanctions", "three Chinese companies", None, "in_effect",
    ),
    (
        "Export controls on gallium and germanium were imposed by Beijing in August.",
        "China", "export_controls", "gallium and germanium", None, "in_effect",
    ),
    (
        "China plans to impose export licences on drones from March 1.",
        "China", "export_controls", "drones", date(2024, 3, 1), "planned",
    ),
    ("Japan banned imports of seafood.", "Japan", "ban", "imports of seafood", None, "in_effect"),
    ("The central bank raised its benchmark interest rate to 3.5%.", "central bank", "rate_hike", "benchmark interest rate", None, "in_effect"),
    (
        "Washington slapped tariffs of 25% on steel imports, effective March 23.",
        "United States", "tariff", "steel imports", date(2023, 3, 23), "in_effect",
    ),
    (
        "China's commerce ministry announced anti-dumping duties on brandy, starting from October 11.",
        "China", "anti_dumping_duty", "brandy", date(2023, 10, 11), "in_effect",
    ),
    ("The ministry announced new subsidies for chipmakers.", "ministry", "subsidy", "chipmakers", None, "announced"),
    # regression: a time phrase on the verb ("for a seventh straight meeting") is not the object
    (
        "The Bank of Korea kept its key rate at 3.5 percent for a seventh straight meeting.",
        "Bank of Korea", "rate_hold", "key rate", None, "announced",
    ),
    # regression: the policy the verb acts on wins over one in a prepositional phrase ("Under the agreement")
    (
        "Under the agreement, tariffs on 90 percent of goods will be eliminated.",
        None, "tariff", "90 percent of goods", None, "planned",
    ),
    (
        "The government has drafted a plan to support small exporters.",
        "government", "policy", "plan to support small exporters", None, "announced",
    ),
    (
        "The EU's anti-subsidy investigation into Chinese EVs began in October.",
        "European Union", "trade_investigation", "Chinese EVs", None, "in_effect",
    ),
]


@pytest.mark.parametrize(("sentence", "actor", "action", "obj", "effective", "status"), POLICIES)
def test_policies(make_doc, sentence, actor, action, obj, effective, status):
    doc = make_doc(sentence)
    claims = list(extract_policies(doc))
    assert [(c.actor, c.action, c.object, c.effective, c.status) for c in claims] == [(actor, action, obj, effective, status)]
    ev = claims[0].evidence
    assert doc.original[ev.start : ev.end] == ev.text


@pytest.mark.parametrize(
    "sentence",
    [
        "The tariffs hurt exports, analysts said.",  # the policy acts, nobody enacts it
        "Similar measures will have a significant impact on South Korea's manufacturing industries.",
        "Zhang Xiaoming hopes to formulate a new strategy.",  # a generic policy needs a country or organization
        "Exports of graphite rose 5 percent in November.",
    ],
)
def test_no_policy(make_doc, sentence):
    assert list(extract_policies(make_doc(sentence))) == []


def test_attribution(make_doc):
    doc = make_doc("The ministry said China will impose export controls on drones from March 1.")
    (claim,) = extract_policies(doc)
    assert (claim.actor, claim.attribution) == ("China", "The ministry")


def test_date_of_the_report_is_not_the_effective_date(make_doc):
    doc = make_doc("The ministry said on December 1 that it will impose export controls on drones.")
    assert [(c.action, c.effective, c.status) for c in extract_policies(doc)] == [("export_controls", None, "planned")]


def test_yearless_date_without_publication_date_is_null(make_doc):
    doc = make_doc("On December 1, China implemented export controls on graphite.", published=None)
    (claim,) = extract_policies(doc)
    assert claim.effective is None and claim.actor == "China"


@pytest.mark.parametrize(
    ("verb", "form"),
    [("impose", "imposed"), ("impose", "imposing"), ("ban", "banned"), ("apply", "applied"), ("lift", "lifts")],
)
def test_verb_forms(verb, form):
    assert form in _forms(verb)
