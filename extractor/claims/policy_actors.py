"""Actors a policy clause names only through its context.

- A generic body ("the central bank", "the government") in a clause fronted by a country ("In Nigeria, the central
  bank raised ...", "In Japan, the cabinet approved ..."): that country's, not the article's. Round-up stories
  go through several countries this way.
- "the government" in a minister's reported speech ("Agriculture Minister X said the federal government would raise
  loans ..."): the whole government, the minister's country, not the minister's ministry.
- "it" as the subject of a policy verb outside reported speech ("The government is running a mission on edible oils.
  In May it raised the support price ..."): the government the sentence before had as its subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..document import ArticleDoc

if TYPE_CHECKING:
    from spacy.tokens import Token

#: subjects that name a whole government, not one of its bodies
WHOLE_GOVERNMENT = frozenset({"government", "governments"})
#: prepositions that front a country a clause is about ("In Nigeria, ...", "Over in Japan, ...")
PLACE_PREPS = frozenset({"in"})


def fronted_country(subj: Token) -> str | None:
    """The country of a place phrase fronted before the subject of the subject's verb ("In Nigeria, the central bank
    on November 26 raised ..."), as the knowledge base names it; None without one."""
    from .policies import _kb

    verb = subj.head
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS or prep.i > subj.left_edge.i:
            continue
        place = next((c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"), None)
        if place is None:
            continue
        ent = next((e for e in subj.doc.ents if e.start <= place.i < e.end), None)
        country = _kb().find_country(ent.text if ent is not None else place.text)
        if country is not None:
            return country.name
    return None


def fronted_actor(doc: ArticleDoc, subj: Token) -> str | None:
    """The concrete actor a generic subject ("the central bank") names in the country fronted before it, or None."""
    from ..normalize.actors import canonical_actor
    from .policies import _kb, clean_text, policy_vocab

    place = fronted_country(subj)
    if place is None:
        return None
    text = " ".join(t.text for t in subj.subtree if t.i <= subj.i)  # "the central bank", without "on November 26"
    actor = canonical_actor(text, policy_vocab().generic_actors, place, doc.published, _kb())
    if actor is None or actor.lower() == clean_text(text).lower():  # a body the knowledge base does not know for it:
        return f"{clean_text(text)} ({place})"  # named with its country, as `_unknown_body` names one
    return actor


def previous_subject_actor(doc: ArticleDoc, pronoun: Token) -> str | None:
    """The government an "it" subject refers to: the subject of the previous sentence's main verb, when that is a
    government (a company's "it" stays unresolved)."""
    from .policies import state_actor
    from .policy_content import _government

    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj":
        return None
    sent = pronoun.sent
    if sent.start == 0:
        return None
    before = pronoun.doc[sent.start - 1].sent
    if any(t.i < pronoun.i and t.pos_ in {"NOUN", "PROPN"} and t.ent_type_ not in {"DATE", "TIME"} for t in sent):
        return None  # a noun before "it" in its own sentence may be what it means
    subj = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    actor = _government(doc, subj)
    return actor if state_actor(actor, subj) else None


def reported_government(doc: ArticleDoc, subj: Token, named: str) -> str:
    """The actor of a generic subject in the reported speech of `named` (the speaker's actor): the speaker's own, but
    for "the government" the speaker's country (their ministry's, else the article's)."""
    from .policies import _kb, canonical

    if subj.lower_ not in WHOLE_GOVERNMENT:
        return named
    kb = _kb()
    if kb.find_country(named) is not None:
        return named
    found = kb.find_organization(named)
    if found is not None and found.organization.country:
        country = kb.countries.get(found.organization.country)
        if country is not None:
            return country.name
    phrase = " ".join(t.text for t in subj.subtree if t.i <= subj.i)  # "the federal government"
    return canonical(doc, phrase) or named
