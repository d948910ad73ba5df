"""Policies told as the content of a decision: "The ministry has decided that from the 1st of next month, shipments
without labels will not be granted certificates", "The regulator announced that starting May 1, importers will have to
pay deposits", "The commission has asked banks to keep loan growth within 5%".

No policy noun names these: the policy is what the clause a government body decides, announces or orders says. The
parse gives it: a decision verb of `content_verbs` with a government subject, and a content clause (its `ccomp`)
that is future or an obligation and dates itself with an effective-date cue ("from", "starting", "as of"); or a
directive verb of `directive_verbs` whose object is a class of firms or people ("banks", "importers") with what they
are to do (its `xcomp`). The content clause's verb and object are the policy's object, the decision's subject its
actor.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from ..document import ArticleDoc
from .context import SAY_FORMS
from .officials import lower_words
from .policies import (
    NOT_BODY_NOUNS,
    PolicyFind,
    _clause,
    _kb,
    actor_text,
    base,
    cut_detail,
    effective_date,
    not_stated,
    planned,
    policy_vocab,
    status_of,
    subject_of,
    trimmed,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: the action of a policy named only by the clause that states it
CONTENT_ACTION = "policy"
#: modals that oblige without an object ("exporters must register with the agency")
OBLIGATION_MODALS = frozenset({"must", "shall"})
#: auxiliaries and verbs that make a content clause an obligation or a prohibition ("must register", "have to pay")
OBLIGATION_WORDS = frozenset({"must", "shall", "will", "would", "have", "has", "need", "needs", "required", "allowed",
                              "permitted", "banned", "prohibited"})


def _government_subject(doc: ArticleDoc, verb: Token) -> tuple[Token, str] | None:
    """The verb's subject and its actor when the subject is a government: a country, a known organization, a
    government body's head noun ("the ministry", "the Financial Services Commission") or an official of one."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or [subject_of(verb)[0]]
    for subj in reversed(subjects):  # a byline the translation glued before the subject is the first ("[Reporter X] The
        found = _government(doc, subj)  # ministry announced ...")
        if found is not None:
            return subj, found
    return None


def _government(doc: ArticleDoc, subj: Token | None) -> str | None:
    """The actor a subject names when it is a government."""
    if subj is None or subj.pos_ == "PRON" and subj.lower_ not in {"it", "they"}:
        return None
    pv = policy_vocab()
    if subj.lower_ in NOT_BODY_NOUNS or subj.tag_ in {"NNS"} and subj.lower_ not in pv.actor_nouns:
        return None  # "the company decided", "analysts announced"
    actor = actor_text(doc, subj)
    if not actor:
        return None
    kb = _kb()
    body = subj.lower_ in pv.actor_nouns - NOT_BODY_NOUNS or subj.lower_ in pv.data.body_heads
    known = kb.find_country(actor) is not None or kb.find_organization(actor) is not None
    if not (body or known or "(" in actor):  # "Ministry of Trade (Vietnam)": a named body the KB does not know
        return None
    return actor


def _addressee(verb: Token) -> Token | None:
    """The class of firms or people a directive is addressed to ("asked banks to ...", "ordered importers to ..."):
    a plural common noun without a determiner, no named entity, no government."""
    pv = policy_vocab()
    for c in verb.children:
        if c.dep_ == "dobj" and c.tag_ == "NNS" and not c.ent_type_ and c.lower_ not in pv.generic_actors \
                and not any(g.dep_ in {"det", "poss"} for g in c.children):
            return c
    return None


def _content_clauses(verb: Token) -> list[Token]:
    """The clauses a decision verb states: its `ccomp`s (and their coordinated clauses)."""
    out = []
    for c in verb.children:
        if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}:
            out.append(c)
            out.extend(g for g in c.children if g.dep_ == "conj" and g.pos_ in {"VERB", "AUX"}
                       and any(s.dep_ in {"nsubj", "nsubjpass"} for s in g.children))
    return out


def _coordinated(verb: Token, whom: Token | None) -> list[Token]:
    """Clauses coordinated with a decision verb whose subject is no government: the addressees of the directive
    ("banks"), or those the decision applies to."""
    out = []
    above = []  # the parser made the second clause the root, or a second clause of a reporting verb ("The commission
    if verb.dep_ == "ccomp":  # has asked banks to ..., and starting next month, banks will cap ..., said Park")
        head = verb.head
        above = [head] if head.i > verb.i else []
        above += [c for c in head.children if c.dep_ in {"ccomp", "conj"} and c.i > verb.i]
    for c in [*(c for c in verb.children if c.dep_ == "conj"), *above]:
        if c.pos_ not in {"VERB", "AUX"}:
            continue
        subj = next((g for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or subj.pos_ == "PRON" or subj.ent_type_:
            continue
        if whom is not None and subj.lower_ == whom.lower_ or subj.lower_ not in policy_vocab().actor_nouns:
            out.append(c)
    return out


def _obliges(clause: Token) -> bool:
    """The clause is future or an obligation and acts on something ("will not be granted certificates", "will have to
    pay deposits", "must register with the agency"), not a change someone expects ("exports will rise to $5 billion
    from May": no object, no passive, no obligation)."""
    if clause.lower_ in SAY_FORMS:
        return False
    auxes = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    acts = any(c.dep_ in {"dobj", "xcomp", "auxpass", "nsubjpass", "dative"} for c in clause.children)
    if not acts and not (auxes & OBLIGATION_MODALS and any(c.dep_ == "prep" for c in clause.children)):
        return False
    return planned(clause) or bool((auxes | {clause.lower_}) & OBLIGATION_WORDS)


def _object_text(doc: ArticleDoc, sent: Span, tokens: list[Token], skip: set[int]) -> tuple[str, int, int] | None:
    """The words of a clause (without its date phrase and subordinator) as a policy object, and its character span."""
    nlp = sent.doc
    toks = sorted((t for t in tokens if sent.start <= t.i < sent.end and t.i not in skip and not t.is_space),
                  key=lambda t: t.i)
    if not toks:
        return None
    lo, hi = trimmed(nlp, toks[0].i, toks[-1].i + 1)
    kept = [t for t in toks if lo <= t.i < hi]
    text = " ".join("".join(t.text_with_ws for t in kept).split())
    text = cut_detail(text)
    return text, nlp[lo].idx, nlp[hi - 1].idx + len(nlp[hi - 1])


def _date_tokens(doc: ArticleDoc, sent: Span, span: tuple[int, int] | None) -> set[int]:
    """The tokens of an effective-date phrase ("from the 1st of next month", "starting May 1") and a comma after it."""
    if span is None:
        return set()
    out = {t.i for t in sent if span[0] <= t.idx < span[1]}
    nxt = max(out) + 1 if out else None
    if nxt is not None and nxt < sent.end and sent.doc[nxt].text == ",":
        out.add(nxt)
    return out


@lru_cache(maxsize=1)
def _decision_forms() -> frozenset[str]:
    """The lower-cased words whose base is a content or directive verb (what decided_content tests first)."""
    pv = policy_vocab()
    bases = frozenset(pv.data.content_verbs) | frozenset(pv.data.directive_verbs)
    return frozenset(w for w, b in pv.base_of.items() if b in bases) | {b for b in bases if b not in pv.base_of}


def decided_content(doc: ArticleDoc, sent: Span, found: list[PolicyFind]) -> list[PolicyFind]:
    """The policies a sentence states as a government's decided, announced or ordered content (see the module)."""
    pv = policy_vocab()
    deciding = frozenset(pv.data.content_verbs)
    directing = frozenset(pv.data.directive_verbs)
    out: list[PolicyFind] = []
    words, forms = lower_words(sent.doc), _decision_forms()
    for verb in (sent.doc[k] for k in range(sent.start, sent.end) if words[k] in forms):  # no Token made for others
        if verb.pos_ != "VERB" or base(verb) not in deciding | directing or not_stated(verb):
            continue
        if any(f.start <= verb.idx < f.end for f in found):
            continue  # a policy already read from this verb's sentence part ("announced export controls on ...")
        subject = _government_subject(doc, verb)
        if subject is None:
            continue
        subj, actor = subject
        whom = _addressee(verb) if base(verb) in directing and subj.ent_type_ != "PERSON" else None  # a leader's
        todo = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)  # request: advocacy
        if whom is not None and todo is not None:
            clause = [*whom.subtree, *_clause(todo)]
            effective, span = effective_date(doc, sent, todo, True, {t.i for t in clause})
            out.append(_content_find(doc, sent, subj, actor, verb, todo, clause, effective, span))
        contents = _content_clauses(verb) if base(verb) in deciding else []
        if whom is not None or contents:  # "asked banks to keep ..., and from next month banks will cap ...": the
            contents += _coordinated(verb, whom)  # decision goes on in a clause of the addressees' own
        for content in contents:
            if not _obliges(content) or not_stated(content):
                continue
            clause = _clause(content)
            dating = {t.i for t in clause}
            if content.i not in {t.i for t in verb.subtree}:  # a second clause parsed apart: without the decision, with the
                inner = {t.i for t in verb.subtree}  # date the parser hung at the decision's end ("..., and starting
                clause = [t for t in clause if t.i not in inner]  # next month, banks will cap ...")
                cc = max((t.i for t in verb.subtree if t.pos_ == "CCONJ"), default=content.i)
                dating = {t.i for t in clause} | {k for k in inner if k > cc}
            lo, hi = min(t.idx for t in clause), max(t.idx + len(t) for t in clause)
            if any(f.start < hi and lo < f.end for f in found):
                continue  # "announced that it will lower the base rate ...": the policy phrase's own rule read it
            effective, span = effective_date(doc, sent, content, True, dating)
            if effective is None:
                continue  # a dated content only: "announced that exports will rise" is a forecast
            out.append(_content_find(doc, sent, subj, actor, verb, content, clause, effective, span))
    return [f for f in out if f is not None]


def _content_find(doc: ArticleDoc, sent: Span, subj: Token, actor: str, verb: Token, content: Token, clause: list[Token],
                  effective: date | None, span: tuple[int, int] | None) -> PolicyFind | None:
    """A policy of a decision's content clause: the clause without its date as the object, from the subject to the
    clause's end as the evidence."""
    skip = _date_tokens(doc, sent, span) | {c.i for c in content.children if c.dep_ == "mark"}
    obj = _object_text(doc, sent, clause, skip)
    if obj is None:
        return None
    text, _, end = obj
    start = min(subj.left_edge.idx, verb.idx)
    if span is not None:
        start, end = min(start, span[0]), max(end, span[1])
    status = status_of(content, effective, doc.published)
    return PolicyFind(actor, CONTENT_ACTION, text, effective, status, start, end, verb=verb.i,
                      by_effect=effective is not None, noun=None)
