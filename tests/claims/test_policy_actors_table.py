"""Rule table of policy actors read from context (extractor/claims/policy_actors.py and the leader rule of
`actor_text`), sentences written for it: a country fronted before a generic body, "it" after a government's
sentence, a head of state the knowledge base does not know in a story from their country."""

from __future__ import annotations

import pytest

from extractor.claims.policies import extract_policies

# (text, the actor of its one policy whose action is given, that action)
ROWS = [
    ("In Nigeria, the central bank on Tuesday raised its policy rate by 50 basis points to 27.5%.",
     "Central Bank of Nigeria", "rate_hike"),
    ("Across Asia, rates are diverging. In Mongolia, China's neighbour to the north, the central bank on Monday cut its "
     "policy rate by 100 basis points.", "central bank (Mongolia)", "rate_cut"),  # a bank the knowledge base lacks
    ("The Indian government runs a programme to expand oilseed output. In June it raised the import duty on crude palm "
     "oil to 20%.", "India", "tariff"),
    ("The Brazilian government is expanding its biofuel push. Last week it lowered the import tax on ethanol.",
     "Brazil", "tariff"),
    ("OTTAWA, Aug 14 (Reuters) - Canadian farmers are worried. Agriculture Minister Heath MacDonald said the federal "
     "government would raise the interest-free portion of loans for canola producers.", "Canada", "financing"),
    ("TOKYO, Aug 14 (Reuters) - Japanese exports fell. U.S. Trade Representative Jamieson Greer said the government "
     "would impose tariffs on Japanese cars.", "United States", "tariff"),  # the speaker's government, not the article's
    ("SANTIAGO, May 3 (Reuters) - Chile's copper output rose 3% in March. President Gabriel Boric announced in April a "
     "national lithium strategy under which the state will take majority stakes.", "Chile", "policy"),
]

# (text, the action of a policy whose actor must not be the one given)
NOT_ACTOR = [
    # "the ministry" in a minister's words is the minister's ministry, not the whole government
    ("OTTAWA, Aug 14 (Reuters) - Lumber prices fell. Finance Minister Jane Doe said the ministry would extend "
     "low-interest loans to lumber mills.", "Canada", "financing"),
    # "it" is the firm of the sentence before, not the government named inside it
    ("Tata Motors welcomed the government's plan. In June it raised the import duty on crude palm oil.", "India",
     "tariff"),
    # the fronted phrase is about a letter to Japan, not a place the ministry belongs to
    # "which took effect" hung by the parser on the object's last noun: the clause's "which" is the surtax, not the
    # steel products (nor China through "Chinese")
    ("Steelmakers see it as retaliation for Ottawa's 100% surtax on Chinese-made buses, in force since May 1, and its "
     "25% surtax on Chinese steel and aluminum products, which took effect on Oct. 22.", "China, aluminum products",
     "tariff"),
    ("SEOUL, May 3 (Reuters) - South Korean exports rose. In a letter to Japan, the trade ministry said it would "
     "impose anti-dumping duties on steel pipes.", "Japan", "anti_dumping_duty"),
]


@pytest.mark.parametrize(("text", "actor", "action"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_actor_from_context(make_doc, text, actor, action):
    claims = [c for c in extract_policies(make_doc(text)) if c.action == action]
    assert [c.actor for c in claims] == [actor], claims


@pytest.mark.parametrize(("text", "actor", "action"), NOT_ACTOR, ids=[r[0][:50] for r in NOT_ACTOR])
def test_actor_not_from_context(make_doc, text, actor, action):
    claims = [c for c in extract_policies(make_doc(text)) if c.action == action]
    assert all(c.actor != actor for c in claims), claims
