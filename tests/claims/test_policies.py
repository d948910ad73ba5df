"""Policies: actor, action, object, effective date and status read from the parse and policies.yaml."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.claims.policies import extract_policies
from extractor.claims.vocab import verb_forms

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
    assert form in verb_forms(verb)


# ----------------------------------------------------------------------------- actors, objects, directions

ACTOR_CASES = [
    # text, published, (actor, action, object) of the LAST policy claim
    ("The Japanese government will expand subsidies for household electricity bills.", None,
     ("Japan", "subsidy", "household electricity bills")),
    # a generic head takes the article's country
    ("Japan's exports fell in March. The government began subsidizing electricity bills from January.", None,
     ("Japan", "subsidy", "electricity bills")),
    ("China's exports rose. The central bank will cut the reserve requirement ratio by 0.5 percentage points.", None,
     ("People's Bank of China", "reserve_requirement_cut", "reserve requirement ratio")),
    # "it" in reported speech is the reporting subject
    ("The European Central Bank said on Thursday that it would lower its deposit facility rate by 25 basis points.", None,
     ("European Central Bank", "rate_cut", "deposit facility rate")),
    # "which" is its antecedent; a capital stands for its country
    ("Exporters face scrutiny from Washington, which imposed tariffs on solar panels from Vietnam.", None,
     ("United States", "tariff", "solar panels from Vietnam")),
    # a government department acts for its country
    ("The US Commerce Department imposed export controls on advanced chips.", None,
     ("United States", "export_controls", "advanced chips")),
    # a known official acts for the organization of his title, also when named without it
    (("PBOC Governor Pan Gongsheng spoke on Monday. Pan Gongsheng announced that the policy interest rate will be "
      "lowered to 1.4 percent."), None, ("People's Bank of China", "rate_cut", "policy interest rate")),
    ("The Trump administration required licences for chip exports to China.", date(2025, 9, 1),
     ("United States", "export_controls", "chip exports to China")),  # licences for exports: export controls
    # a participle on the policy phrase is its verb; the possessive its owner
    ("The EU's anti-subsidy investigation into Chinese electric cars, launched in October, could lead to duties.", None,
     ("European Union", "trade_investigation", "Chinese electric cars")),
    ("The RRR cut announced by the People's Bank of China took effect on Monday.", None,
     ("People's Bank of China", "reserve_requirement_cut", "RRR")),
    # a country named for a monetary action stands for its central bank
    ("Japan raised its short-term policy interest rate to 0.5 percent.", None,
     ("Bank of Japan", "rate_hike", "short-term policy interest rate")),
    ("The BOJ will reduce its monthly purchases of Japanese government bonds.", None,
     ("Bank of Japan", "asset_purchase_reduction", "monthly purchases of Japanese government bonds")),
    # a passive without a doer continues the previous sentence's actor
    (("The European Central Bank lowered its deposit rate on Thursday. The main refinancing rate was lowered to 2.15 "
      "percent."), None, ("European Central Bank", "rate_cut", "main refinancing rate")),
    # a defined acronym names the policy; an agreement takes effect for a party
    ("The Regional Comprehensive Economic Partnership (RCEP) boosted trade. RCEP took effect for Malaysia in March.", None,
     ("Malaysia", "agreement", "RCEP")),
    ("The agreement was signed by China and the United States.", None, ("China, United States", "agreement", "agreement")),
    # the things added to a list are its object; an amount "of goods" is a target
    ("Thirteen Chinese firms were added to the Entity List by the US Commerce Department.", None,
     ("United States", "sanctions", "Thirteen Chinese firms")),
    ("The United States will halve the tariff on $120 billion of Chinese goods.", None,
     ("United States", "tariff", "$120 billion of Chinese goods")),
    # "the tax" names the tax written out earlier in the sentence
    ("Buyers are exempt from the purchase tax this year, and from next year the tax will be halved.", None,
     (None, "tax_cut", "purchase tax")),
]


@pytest.mark.parametrize(("text", "published", "expected"), ACTOR_CASES)
def test_actor_action_object(make_doc, text, published, expected):
    doc = make_doc(text, published=published) if published else make_doc(text)
    claims = list(extract_policies(doc))
    assert claims, text
    c = claims[-1]
    assert (c.actor, c.action, c.object) == expected
    assert doc.original[c.evidence.start : c.evidence.end] == c.evidence.text


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("The Bank of Korea cut its key rate by 25 basis points.", "rate_cut"),
        ("The Bank of Japan raised its short-term policy interest rate to 0.5 percent.", "rate_hike"),
        ("The Federal Reserve held its benchmark interest rate steady.", "rate_hold"),
        ("The central bank lowered the deposit reserve requirement ratio.", "reserve_requirement_cut"),
        ("The central bank changed its policy rate.", "rate_decision"),  # no direction word: undirected
    ],
)
def test_rate_decisions_are_directional(make_doc, sentence, action):
    assert [c.action for c in extract_policies(make_doc(sentence))] == [action]


def test_conjoined_restatement_is_one_claim(make_doc):
    doc = make_doc("Washington set tariffs of 20% on Vietnamese goods and threatened a 40% levy on transshipped goods.")
    (claim,) = extract_policies(doc)
    assert claim.actor == "United States" and "levy" in claim.evidence.text and "20%" in claim.evidence.text


@pytest.mark.parametrize(
    ("text", "published", "effective"),
    [
        # a forward cue names the coming day even in a past-tense sentence
        ("The deposit facility rate was lowered to 2%, with effect from June 11.", date(2025, 6, 6), date(2025, 6, 11)),
        # a plan reported in the past: "the 8th" of the reported month, not the next one
        ("The governor announced on the 7th that the policy rate will be lowered to 1.4%, taking effect from the 8th.",
         date(2025, 5, 16), date(2025, 5, 8)),
        # a date in a relative clause of another noun is not the policy's
        ("The Bank of Japan decided at a meeting that ended on the 24th to raise the policy interest rate.",
         date(2025, 1, 25), None),
        # the date of another clause across a semicolon is not the policy's
        ("The rules take effect on November 17; at the same time, 13 firms were added to the Entity List.",
         date(2023, 10, 18), None),
    ],
)
def test_effective_dates(make_doc, text, published, effective):
    claims = list(extract_policies(make_doc(text, published=published)))
    assert claims and claims[-1].effective == effective


@pytest.mark.parametrize(
    "sentence",
    [
        "The Bank of Japan decided at its monetary policy meeting to wait.",  # "policy" only modifies "meeting"
        "Lower funding costs helped banks, and tariff revenue rose.",  # policy words as modifiers
        "The upgraded free trade agreement would open new areas such as the digital economy.",  # the policy acts
    ],
)
def test_modifiers_and_acting_policies_are_not_policies(make_doc, sentence):
    assert list(extract_policies(make_doc(sentence))) == []


def test_inferred_actor_lowers_confidence(make_doc):
    doc = make_doc("The European Central Bank lowered its deposit rate on Thursday. Another key rate was lowered to 2.4 "
                   "percent, analysts said, adding to the move.")
    first, second = extract_policies(doc)
    assert second.actor == "European Central Bank" and second.confidence < first.confidence


def test_article_country_counts_national_currency_amounts(make_doc):
    # the carmaker's home country is named only through its currency; the foreign plant's country by name
    doc = make_doc("Geely's revenue rose to 179 billion yuan last year and net profit to 5.3 billion yuan, while "
                   "exports reached 40 billion yuan. The company plans a plant in Poland. Analysts said the "
                   "extension of the purchase tax exemption for new energy vehicles supports demand.")
    (policy,) = [p for p in extract_policies(doc) if p.action == "tax_relief"]
    assert policy.actor == "China"


MORE_CASES = [
    # plain "rates" changed by a central bank
    ("The U.S. central bank raised rates by a quarter of a percentage point.", ("Federal Reserve", "rate_hike", "rates")),
    # a policy that changes, stated by an organization after the clause
    ("Tariffs on semiconductors will rise to 50% by 2025, USTR said.", ("United States", "tariff", "semiconductors")),
    # plural investigations; "into" on the verb names the target
    ("China has launched anti-dumping investigations into EU brandy and pork.",
     ("China", "trade_investigation", "EU brandy and pork")),
    # what is added to a list of controls is the object
    ("Japan's trade ministry added 23 items to its list of export controls.", ("Japan", "export_controls", "23 items")),
    ("The BOJ scrapped yield curve control.", ("Bank of Japan", "yield_curve_control", "yield curve control")),
    ("The tariff truce between Washington and Beijing was extended by 90 days.",
     ("United States, China", "agreement", "tariff truce")),
    ("South Korea will extend its fuel tax cut until the end of June.", ("South Korea", "tax_relief", "fuel tax cut")),
    # a government body that is not in the knowledge base, named with its country
    ("China's Customs Tariff Commission of the State Council decided to impose additional tariffs on US goods.",
     ("China", "tariff", "US goods")),
]


@pytest.mark.parametrize(("text", "expected"), MORE_CASES)
def test_more_actor_action_object(make_doc, text, expected):
    claims = list(extract_policies(make_doc(text)))
    assert claims and (claims[-1].actor, claims[-1].action, claims[-1].object) == expected


def test_policy_named_only_with_its_owner(make_doc):
    doc = make_doc("Huawei's phone sales jumped despite U.S. sanctions.")
    assert [(c.actor, c.action, c.status) for c in extract_policies(doc)] == [("United States", "sanctions", "in_effect")]


def test_named_policy_is_not_repeated_when_a_sentence_states_it(make_doc):
    doc = make_doc("EU's duties on Chinese EVs anger Beijing. The European Commission imposed duties on electric vehicles "
                   "from China on Tuesday.")
    claims = list(extract_policies(doc))
    assert [(c.actor, c.action) for c in claims] == [("European Union", "tariff")]
    assert "imposed" in claims[0].evidence.text
