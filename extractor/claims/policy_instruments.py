"""Policies a government states by the instrument it acts on: "The Ministry of Commerce has launched a special
campaign to help exporters sell at home", "The central bank scrapped a formula that tied lending rates to bill
yields", "Brazil has required a 15% ethanol blend since March".

No policy phrase of `data/policies.yaml` names these: the policy is the verb's direct object, read from the parse,
when the verb is one a government puts an instrument in place or ends it by (`data/policy_instruments.yaml`
`verbs`), its subject is a government (a country, a known or named public body, an official of one) and the
object's head is an instrument noun (`nouns`) or a law the parser names (entity LAW). The object phrase is the
policy's object, the subject to the end of the verb's clause its evidence.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from ..datafiles import load_yaml
from ..document import ArticleDoc
from .policies import (
    PolicyFind,
    _clause,
    base,
    cut_detail,
    effective_date,
    not_stated,
    planned,
    state_actor,
    status_of,
    trimmed,
)
from .policy_content import _government_subject
from .vocab import DATA

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: the action of a policy named only by the instrument its verb acts on
INSTRUMENT_ACTION = "policy"
#: entity types of a named instrument the object may be without an instrument noun ("passed the Inflation Reduction Act")
INSTRUMENT_ENTS = frozenset({"LAW"})


class InstrumentVocab(BaseModel):
    """data/policy_instruments.yaml."""

    model_config = ConfigDict(extra="forbid")
    verbs: list[str]
    nouns: list[str]


@lru_cache(maxsize=1)
def instrument_vocab() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs and the instrument nouns, lowercased."""
    data = load_yaml(DATA / "policy_instruments.yaml", InstrumentVocab)
    return frozenset(v.lower() for v in data.verbs), frozenset(n.lower() for n in data.nouns)


def _instrument(verb: Token, nouns: frozenset[str]) -> Token | None:
    """The verb's direct object when it is an instrument: an instrument noun or a named law."""
    for c in verb.children:
        if c.dep_ != "dobj" or c.pos_ not in {"NOUN", "PROPN"}:
            continue
        if c.lower_ in nouns or c.ent_type_ in INSTRUMENT_ENTS:
            return c
    return None


def _set_up(verb: Token) -> bool:
    """"set" and "roll" act on an instrument only as "set up" and "roll out"."""
    if base(verb) not in {"set", "roll"}:
        return True
    return any(c.dep_ == "prt" and c.lower_ in {"up", "out"} for c in verb.children)


def _object_text(sent: Span, head: Token) -> tuple[str, int, int]:
    """The instrument's phrase (its subtree, trimmed of edge punctuation), cut by cut_detail."""
    nlp = sent.doc
    lo, hi = trimmed(nlp, max(head.left_edge.i, sent.start), min(head.right_edge.i + 1, sent.end))
    text = " ".join(nlp[lo:hi].text.split())
    text = cut_detail(text)
    return text, nlp[lo].idx, nlp[hi - 1].idx + len(nlp[hi - 1])


def instrument_policies(doc: ArticleDoc, sent: Span, found: list[PolicyFind]) -> list[PolicyFind]:
    """The policies a sentence states as a government's act on an instrument (see the module)."""
    verbs, nouns = instrument_vocab()
    out: list[PolicyFind] = []
    for verb in sent:
        if verb.pos_ != "VERB" or base(verb) not in verbs or not _set_up(verb) or not_stated(verb):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "did not adopt the scheme"
        head = _instrument(verb, nouns)
        if head is None:
            continue
        subject = _government_subject(doc, verb)
        if subject is None:
            continue
        subj, actor = subject
        if not state_actor(actor, subj):
            continue  # "the bank launched a savings package": a lender's own product
        clause = _clause(verb)
        lo = min(subj.left_edge.idx, verb.idx)
        hi = max(t.idx + len(t) for t in clause if t.i < sent.end)
        if any(f.start < hi and lo < f.end for f in found + out):
            continue  # a policy phrase's own rule already read this clause
        text, _, obj_end = _object_text(sent, head)
        effective, span = effective_date(doc, sent, verb, planned(verb), {t.i for t in clause})
        start, end = lo, max(hi, obj_end)
        if span is not None:
            start, end = min(start, span[0]), max(end, span[1])
        status = status_of(verb, effective, doc.published)
        out.append(PolicyFind(actor, INSTRUMENT_ACTION, text, effective, status, start, end, verb=verb.i,
                              noun=head.lower_))
    return out
