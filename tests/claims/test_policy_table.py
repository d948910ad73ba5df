"""The policy rule table (tests/claims/policy_table.py): every row gives its one policy, no opinion gives any."""

from __future__ import annotations

import pytest

from extractor.claims.policies import extract_policies

from .policy_table import NO_POLICY, ROWS

#: rows the rules still get wrong, with the reason (strict: a fix makes the test fail until the mark is removed)
KNOWN_MISSES = {
    "France introduced a bonus of up to 7,000 euros for buyers of electric cars made in Europe.":
        "'bonus' is not a policy noun: too often a pay bonus",
    "India launched sweeping labour market reforms in March.":
        "the parser makes 'labour' an adjective of 'reforms', so the object is only 'market'",
}


def _rows():
    for r in ROWS:
        marks = [pytest.mark.xfail(reason=KNOWN_MISSES[r.text], strict=True)] if r.text in KNOWN_MISSES else []
        yield pytest.param(r, id=r.text[:60], marks=marks)


@pytest.mark.parametrize("row", list(_rows()))
def test_policy_row(make_doc, row):
    doc = make_doc(row.text, published=row.published)
    claims = list(extract_policies(doc))
    got = [(c.actor, c.action, c.effective, c.status) for c in claims]
    assert got == [(row.actor, row.action, row.effective, row.status)], claims
    obj = (claims[0].object or "").lower()
    assert all(k.lower() in obj for k in row.keywords), claims[0].object
    ev = claims[0].evidence
    assert doc.original[ev.start : ev.end] == ev.text


@pytest.mark.parametrize("sentence", NO_POLICY)
def test_no_policy_stated(make_doc, sentence):
    assert list(extract_policies(make_doc(sentence))) == []
