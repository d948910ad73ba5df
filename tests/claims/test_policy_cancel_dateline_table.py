"""Rule table, sentences written for it: "cancel" as a policy verb ("will cancel the tariffs on ..."), and a wire
dateline before the subject ("WINNIPEG, Aug 13 - China will require ...") that is no part of the actor."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.claims.policies import extract_policies

# (text, actor, action, keywords of the object, effective, status)
ROWS = [
    ("Under the upgraded pact, the Peruvian side will cancel the tariffs on 40 kinds of Chinese machinery within five "
     "years.", "Peru", "tariff", ("Chinese machinery",), None, "planned"),
    ("Ecuador cancelled the import duties on Chinese solar panels on Monday.",
     "Ecuador", "tariff", ("solar panels",), date(2023, 12, 4), "in_effect"),
    ("WINNIPEG, Aug 13 - China will require importers of Australian barley to post deposits of 60% of the cargo value "
     "from Thursday.", "China", "policy", ("post deposits",), date(2023, 12, 7), "planned"),
    ("LIMA, May 2 - Peru will launch a registration scheme for informal gold miners from June 1.",
     "Peru", "policy", ("registration scheme",), date(2024, 6, 1), "planned"),
]

NEGATIVE = [
    "The airline cancelled 40 flights to Beijing.",
    "Organizers cancelled the trade fair because of the typhoon.",
    "MANILA, Jan 5 - Jollibee will launch a new campaign in Vietnam from March 1.",  # a firm after the dateline
]


@pytest.mark.parametrize(("text", "actor", "action", "keywords", "effective", "status"), ROWS,
                         ids=[r[0][:50] for r in ROWS])
def test_row(make_doc, text, actor, action, keywords, effective, status):
    doc = make_doc(text)
    claims = list(extract_policies(doc))
    assert [(c.actor, c.action, c.effective, c.status) for c in claims] == [(actor, action, effective, status)], claims
    assert all(k in (claims[0].object or "") for k in keywords), claims[0].object
    ev = claims[0].evidence
    assert doc.original[ev.start : ev.end] == ev.text


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:50] for t in NEGATIVE])
def test_no_policy(make_doc, text):
    assert list(extract_policies(make_doc(text))) == []
