"""Rule table of the government-instrument rule (extractor/claims/policy_instruments.py), sentences written for it:
a government launches, adopts, issues or scraps an instrument no policy phrase names."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.claims.policies import extract_policies
from extractor.claims.policy_instruments import instrument_vocab

# (sentence, actor, keywords of the object, effective date, status)
ROWS = [
    ("The Japanese government launched a 50 billion yen package to support dairy farmers in March.",
     "Japan", ("50 billion yen package",), None, "in_effect"),
    ("Brazil has required a 15% ethanol blend in gasoline since March.",
     "Brazil", ("ethanol blend",), None, "in_effect"),
    ("Bangladesh's central bank scrapped a formula that had capped deposit rates.",
     "Bangladesh Bank", ("formula", "deposit rates"), None, "in_effect"),
    ("Vietnam's agriculture ministry will issue new packaging standards for fruit exports from January 1.",
     "Vietnam", ("packaging standards",), date(2024, 1, 1), "planned"),
    ("Mexico will introduce a new registration system for textile importers.",
     "Mexico", ("registration system",), None, "planned"),
    ("Indonesia's trade ministry rolled out a whitelist of approved nickel smelters on Friday.",
     "Indonesia", ("whitelist", "nickel smelters"), date(2023, 12, 1), "in_effect"),  # the day it was rolled out
]

NEGATIVE = [
    "The bank launched a new savings package for retirees.",  # a lender's own product
    "Toyota launched a new marketing campaign in Thailand.",  # a firm
    "The statistics office released data showing imports fell 3% in June.",  # data, no instrument
    "The government did not adopt the scheme.",  # negated
    "Analysts urged the government to adopt a stricter emissions standard.",  # advocacy
    "If the ministry introduces a quota mechanism, exporters will suffer.",  # a condition
    "Canada set a new record for wheat shipments in October.",  # "set" without "up"
]


@pytest.mark.parametrize(("text", "actor", "keywords", "effective", "status"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_instrument_row(make_doc, text, actor, keywords, effective, status):
    doc = make_doc(text)
    claims = list(extract_policies(doc))
    assert [(c.actor, c.action, c.effective, c.status) for c in claims] == [(actor, "policy", effective, status)], claims
    assert all(k in (claims[0].object or "") for k in keywords), claims[0].object
    ev = claims[0].evidence
    assert doc.original[ev.start : ev.end] == ev.text


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:50] for t in NEGATIVE])
def test_no_instrument_policy(make_doc, text):
    assert [c for c in extract_policies(make_doc(text)) if c.action == "policy"] == []


def test_vocabulary_verbs_are_policy_verbs():
    """Every verb of the rule is one policies.yaml knows (the pipeline has no lemmatizer: `base` reads their forms)."""
    from extractor.claims.policies import policy_vocab

    verbs, _ = instrument_vocab()
    assert verbs <= policy_vocab().policy_verbs


def test_bad_vocabulary_file_names_the_file(tmp_path):
    from extractor.claims.policy_instruments import InstrumentVocab
    from extractor.claims.vocab import load_yaml

    path = tmp_path / "bad_instruments.yaml"
    path.write_text("verbs: [launch]\nnouns: [package]\nadjectives: [new]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad_instruments.yaml"):
        load_yaml(path, InstrumentVocab)
