"""Policies: who (actor) does what (action) to what (object), from which date, and how far along.

A policy is a noun phrase of `data/policies.yaml` ("export controls", "anti-subsidy duties", "a pragmatic
policy") governed by a policy verb ("implemented", "will impose", "took effect"), or a verb that is itself
the action ("banned"). The parse gives the rest: the actor is the verb's subject (or the agent of a
passive), the object the phrase after "on"/"against"/"for", the effective date a time expression after
"from"/"on"/"effective" resolved through `extractor.dates.resolve_point`, and the status comes from the
tense and the words around the verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from ..document import ArticleDoc
from ..models import PolicyClaim
from ..registry import rule
from .common import build_claim
from .context import SAY_FORMS, attribution
from .officials import country_of, find_titled_persons
from .vocab import DATA, load_yaml

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: how far up the parse a policy noun may sit below its verb ("a policy of export controls" under
#: "implemented" is three steps: controls -> of -> policy -> implemented)
MAX_CLIMB = 5
#: an actor phrase longer than this many tokens is cut to its named entity
MAX_ACTOR_TOKENS = 8
#: an effective-date cue must end within this many characters before the date ("from", "effective as of")
CUE_WINDOW = 24
ENTITY_ACTORS = frozenset({"GPE", "ORG", "NORP"})
NOT_OBJECT_ENTS = frozenset({"DATE", "TIME", "GPE", "CARDINAL", "MONEY", "QUANTITY"})
SKIP_IN_PHRASE = frozenset({"appos", "relcl", "acl", "advcl", "punct", "parataxis", "mark"})
#: prepositions of the verb (not the policy noun) that still introduce the policy's target; "for" and "in"
#: on a verb are mostly time and purpose ("kept its rate ... for a seventh straight meeting")
VERB_OBJECT_PREPS = frozenset({"on", "against", "targeting", "covering"})
CLIMB_DEPS = frozenset({"pobj", "prep", "compound", "conj", "appos", "dobj", "nsubjpass", "nsubj", "attr", "oprd", "amod", "nmod"})


class ActionEntry(BaseModel):
    """A normalized action and the noun phrases that name it."""

    model_config = ConfigDict(extra="forbid")
    action: str
    phrases: list[str]
    generic: bool = False


class PolicyVocab(BaseModel):
    """The vocabulary of `data/policies.yaml`."""

    model_config = ConfigDict(extra="forbid")
    actions: list[ActionEntry]
    policy_verbs: list[str]
    verb_actions: dict[str, str]
    irregular_forms: dict[str, str]
    effect_phrases: list[str]
    effective_cues: list[str]
    future_auxiliaries: list[str]
    planning_verbs: list[str]
    implementing_verbs: list[str]
    actor_nouns: list[str]
    object_prepositions: list[str]


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(re.sub(r"\s*-\s*", " - ", phrase.lower()).split())


def _forms(base: str) -> set[str]:
    """Regular inflections of a verb: impose -> imposes, imposed, imposing; ban -> banned, banning."""
    forms = {base, base + "s", base + "es", base + "ed", base + "ing"}
    if base.endswith("e"):
        forms |= {base + "d", base[:-1] + "ing"}
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprt]", base):  # short CVC: ban -> banned
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms


@dataclass(frozen=True)
class Compiled:
    """policies.yaml compiled for token matching."""

    data: PolicyVocab
    phrase_of: dict[tuple[str, ...], ActionEntry]
    max_phrase: int
    base_of: dict[str, str]  # verb form -> base form
    policy_verbs: frozenset[str]
    effect: frozenset[tuple[str, ...]]
    cue: re.Pattern[str]


@lru_cache(maxsize=1)
def policy_vocab() -> Compiled:
    """policies.yaml, loaded and validated once."""
    data: PolicyVocab = load_yaml(DATA / "policies.yaml", PolicyVocab)  # type: ignore[assignment]
    phrase_of = {_words(p): a for a in data.actions for p in a.phrases}
    effect_verbs = {p.split()[0] for p in data.effect_phrases}
    bases = {*data.policy_verbs, *data.verb_actions, *data.planning_verbs, *data.implementing_verbs, *effect_verbs}
    base_of = {f: b for b in sorted(bases) for f in _forms(b)}
    base_of.update(data.irregular_forms)
    for b in bases:
        base_of[b] = b
    cues = sorted(data.effective_cues, key=len, reverse=True)
    cue = re.compile(r"\b(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s{1,3}") for c in cues) + r")\s{1,3}(?:the\s{1,3})?$", re.I)
    return Compiled(
        data=data,
        phrase_of=phrase_of,
        max_phrase=max(len(k) for k in phrase_of),
        base_of=base_of,
        policy_verbs=frozenset(data.policy_verbs) | frozenset(data.verb_actions),
        effect=frozenset(_words(p) for p in data.effect_phrases),
        cue=cue,
    )


def base(tok: Token) -> str:
    """The base form of a verb token (the pipeline runs without a lemmatizer)."""
    return policy_vocab().base_of.get(tok.lower_, tok.lower_)


@dataclass(frozen=True)
class Trigger:
    """A policy noun phrase (or action verb) found in a sentence: token range and its action."""

    start: int
    end: int
    action: str
    generic: bool
    verbal: bool = False  # the action is the verb itself ("banned")


def find_triggers(sent: Span) -> list[Trigger]:
    """Policy phrases of a sentence, longest match first, specific actions before generic ones."""
    pv = policy_vocab()
    doc = sent.doc
    out: list[Trigger] = []
    i = sent.start
    while i < sent.end:
        for n in range(min(pv.max_phrase, sent.end - i), 0, -1):
            entry = pv.phrase_of.get(tuple(t.lower_ for t in doc[i : i + n]))
            if entry is not None and (n > 1 or doc[i].pos_ in {"NOUN", "PROPN", "ADJ"}):
                out.append(Trigger(i, i + n, entry.action, entry.generic))
                i += n - 1
                break
        else:
            tok = doc[i]
            if tok.pos_ == "VERB" and base(tok) in pv.data.verb_actions:
                out.append(Trigger(i, i + 1, pv.data.verb_actions[base(tok)], False, verbal=True))
        i += 1
    return sorted(out, key=lambda t: (t.generic, t.start))


# ----------------------------------------------------------------------------- parse helpers


def governing_verb(tok: Token) -> Token | None:
    """The verb a policy noun hangs from (climbing objects, prepositions and conjuncts)."""
    for _ in range(MAX_CLIMB):
        if tok.dep_ not in CLIMB_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
    return None


def _distance(tok: Token, verb: Token) -> int:
    """Dependency steps from a policy noun up to its verb (the object before a prepositional phrase)."""
    n = 0
    while tok.i != verb.i and n < MAX_CLIMB:
        tok, n = tok.head, n + 1
    return n


def effect_phrase(verb: Token) -> bool:
    """The verb starts "take effect", "came into force", "is in effect"."""
    words = (base(verb),) + tuple(t.lower_ for t in verb.doc[verb.i + 1 : verb.i + 4])
    return any(words[: len(p)] == p for p in policy_vocab().effect)


def phrase_text(tok: Token, skip: frozenset[str] = SKIP_IN_PHRASE) -> tuple[int, int]:
    """Token range of a noun phrase without appositions, relative clauses and trailing punctuation."""
    keep = [tok]
    for child in tok.children:
        if child.dep_ in skip or (child.dep_ == "det" and child.i < tok.i and child.i == min(t.i for t in tok.subtree)):
            continue
        a, b = phrase_text(child, skip)
        keep.extend(tok.doc[a:b])
    lo, hi = min(t.i for t in keep), max(t.i for t in keep) + 1
    while hi > lo and tok.doc[hi - 1].is_punct:
        hi -= 1
    return lo, hi


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """(subject, is the agent of a passive) of a verb, climbing xcomp/conj chains ("plans to impose")."""
    v: Token | None = verb
    for _ in range(4):
        if v is None:
            break
        agents = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return agents[0], True
        subj = [c for c in v.children if c.dep_ in {"nsubj", "csubj"}]
        if subj:
            return subj[0], False
        if v.dep_ in {"xcomp", "conj", "advcl", "ccomp"} and v.head.i != v.i:
            v = v.head
        else:
            break
    return None, False


def actor_text(doc: ArticleDoc, subj: Token) -> str | None:
    """The actor a subject names: a country or organization phrase, None for anything else."""
    pv = policy_vocab()
    if subj.pos_ == "PRON":
        return None
    lo, hi = phrase_text(subj)
    span = subj.doc[lo:hi]
    for tp in find_titled_persons(doc):  # "Commerce Minister Wang Wentao announced ...": his organization
        if tp.start <= subj.idx < tp.end:
            return tp.organization or tp.country
    if subj.ent_type_ == "PERSON":
        return None
    named = [e for e in span.ents if e.label_ in ENTITY_ACTORS]
    if not named and subj.lower_ not in {w.lower() for w in pv.data.actor_nouns}:
        return None
    if len(span) > MAX_ACTOR_TOKENS and named:
        span = named[0]
    text = re.sub(r"^(?:the|The)\s", "", span.text).strip()
    text = re.sub(r"(?:'s|’s)$", "", text).strip()
    return country_of(text) if country_of(text) and subj.ent_type_ == "NORP" else text


def object_of(trigger: Trigger, verb: Token, sent: Span) -> tuple[int, int] | None:
    """Token range of what a policy applies to: "on certain items of graphite", "electric vehicles from China"."""
    pv = policy_vocab()
    preps = {p.lower() for p in pv.data.object_prepositions}
    doc = sent.doc
    head = doc[trigger.end - 1]
    owners: list[Token] = []
    tok = head
    while tok.i != verb.i and len(owners) < MAX_CLIMB:
        owners.append(tok)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    owners.append(verb)
    if trigger.generic:  # "a pragmatic policy in terms of ...": the policy phrase itself, and its scope
        lo, hi = phrase_text(head, (SKIP_IN_PHRASE - {"acl"}) | {"prep"})  # "a plan to support exporters"
        for owner in (head, verb):
            rng = _prep_object(owner, preps, head)
            if rng is not None and rng[0] >= hi:
                return lo, rng[1]
        return lo, hi
    if trigger.verbal:  # "banned imports of Japanese seafood"
        objs = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
        return phrase_text(objs[0]) if objs else None
    for owner in owners:  # the verb's own preposition only when it names a target ("slapped tariffs ... on steel")
        rng = _prep_object(owner, preps if owner.i != verb.i else preps & VERB_OBJECT_PREPS, head)
        if rng is not None:
            return _extend(doc, rng, sent.end)
    return None


def _prep_object(owner: Token, preps: set[str], trigger_head: Token) -> tuple[int, int] | None:
    """The object phrase of the first object preposition of `owner` after the policy noun."""
    for child in owner.children:
        if child.dep_ != "prep" or child.lower_ not in preps or child.i < trigger_head.i:
            continue
        pobj = [g for g in child.children if g.dep_ == "pobj"]
        if not pobj or pobj[0].ent_type_ in NOT_OBJECT_ENTS:
            continue
        return phrase_text(pobj[0])
    return None


def _extend(doc: Doc, rng: tuple[int, int], limit: int) -> tuple[int, int]:
    """Take in a following "from <place>" ("electric vehicles from China"), never a date."""
    lo, hi = rng
    if hi + 1 < limit and doc[hi].lower_ in {"from", "made", "produced"}:
        nxt = doc[hi + 1]
        if nxt.ent_type_ in {"GPE", "NORP", "LOC"}:
            end = hi + 2
            while end < limit and doc[end].ent_type_ == nxt.ent_type_ and doc[end].ent_iob_ == "I":
                end += 1
            return lo, end
    return lo, hi


# ----------------------------------------------------------------------------- date and status


def _reported_on(doc: ArticleDoc, start: int, end: int, verb: Token) -> bool:
    """The date hangs from a reporting verb other than the policy's ("said on Tuesday that ... will impose")."""
    span = doc.nlp.char_span(start, end, alignment_mode="expand") if doc.nlp is not None else None
    if span is None:
        return False
    tok = span.root
    for _ in range(MAX_CLIMB):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            return tok.i != verb.i and tok.lower_ in SAY_FORMS
    return False


def effective_date(
    doc: ArticleDoc, sent: Span, verb: Token, future: bool
) -> tuple[date | None, tuple[int, int] | None]:
    """The date a policy applies from: a time expression after an effective-date cue in the sentence."""
    from ..dates import resolve_point

    pv = policy_vocab()
    for t in doc.times:
        if not (sent.start_char <= t.start and t.end <= sent.end_char) or _reported_on(doc, t.start, t.end, verb):
            continue
        before = doc.text[max(sent.start_char, t.start - CUE_WINDOW) : t.start]
        lead = pv.cue.search(before)
        if lead is None and not pv.cue.match(t.text.split(" ", 1)[0] + " "):
            continue
        day = resolve_point(t.text, doc.published, future=future)
        if day is not None:
            start = t.start - (len(before) - lead.start()) if lead else t.start
            return day, (start, t.end)
    return None, None


def planned(verb: Token) -> bool:
    """The verb is under a future auxiliary ("will impose") or a planning verb ("plans to impose")."""
    data = policy_vocab().data
    chain = [verb]
    v = verb
    while v.dep_ in {"xcomp", "conj"} and v.head.i != v.i and len(chain) < 4:
        v = v.head
        chain.append(v)
    auxes = {c.lower_ for t in chain for c in t.children if c.dep_ in {"aux", "auxpass"}}
    if auxes & {w.lower() for w in data.future_auxiliaries}:
        return True
    return any(t.dep_ == "xcomp" and base(t.head) in data.planning_verbs for t in chain)


def status_of(verb: Token, effective: date | None, published: date | None) -> str:
    """announced, in_effect or planned, from the auxiliaries, governing verbs, tense and date."""
    data = policy_vocab().data
    if planned(verb):
        return "planned"
    if effective is not None and published is not None and effective > published:
        return "planned"
    if effect_phrase(verb):
        return "in_effect"
    if effective is not None and published is not None:
        return "in_effect" if verb.tag_ in {"VBD", "VBN"} else "announced"
    if verb.tag_ in {"VBD", "VBN"} and base(verb) in data.implementing_verbs:
        return "in_effect"
    return "announced"


# ----------------------------------------------------------------------------- the rule


@dataclass(frozen=True)
class PolicyFind:
    """A policy read from one sentence (repaired-text offsets)."""

    actor: str | None
    action: str
    object: str | None
    effective: date | None
    status: str
    start: int
    end: int


def policies_in(doc: ArticleDoc, sent: Span) -> Iterator[PolicyFind]:
    """The policies a sentence states."""
    pv = policy_vocab()
    used_verbs: set[int] = set()
    covered: set[int] = set()
    candidates = []
    for trig in find_triggers(sent):
        head = sent.doc[trig.end - 1]
        verb = head if trig.verbal else governing_verb(head)
        if verb is not None:
            candidates.append((trig.generic, _distance(head, verb), trig.start, trig, head, verb))
    for *_, trig, head, verb in sorted(candidates, key=lambda c: c[:3]):
        if verb.i in used_verbs:
            continue
        if trig.generic and any(t in covered for t in range(trig.start, trig.end)):
            continue
        as_subject = head.dep_ in {"nsubj", "nsubjpass"} and head.head.i == verb.i
        b = base(verb)
        if not (b in pv.policy_verbs or effect_phrase(verb) or trig.verbal):
            continue
        if as_subject and head.dep_ == "nsubj" and not effect_phrase(verb):
            continue  # "tariffs hurt exports": the policy does something, nobody enacts it
        subj, _ = subject_of(verb) if not (as_subject and head.dep_ == "nsubj") else (None, False)
        actor = actor_text(doc, subj) if subj is not None and subj.i != head.i else None
        if actor is None and head.dep_ == "nsubj":  # "China's export controls took effect"
            owner = [c for c in head.children if c.dep_ == "poss"]
            actor = actor_text(doc, owner[0]) if owner else None
        if trig.generic and actor is None:
            continue
        effective, date_span = effective_date(doc, sent, verb, planned(verb))
        status = status_of(verb, effective, doc.published)
        obj = object_of(trig, verb, sent)
        obj_text = sent.doc[obj[0] : obj[1]].text if obj else None
        if obj:
            covered.update(range(*obj))
        covered.update(t.i for t in head.subtree)
        used_verbs.add(verb.i)
        toks = [verb, sent.doc[trig.start], head]
        if subj is not None:
            toks.extend(subj.doc[slice(*phrase_text(subj))])
        if obj:
            toks.extend(sent.doc[obj[0] : obj[1]])
        start = min(t.idx for t in toks)
        end = max(t.idx + len(t) for t in toks)
        if date_span:
            start, end = min(start, date_span[0]), max(end, date_span[1])
        yield PolicyFind(actor, trig.action, obj_text, effective, status, start, end)


@rule("policy.v1")
def extract_policies(doc: ArticleDoc) -> Iterator[PolicyClaim]:
    """One policy claim per policy a sentence states (actor, action, object, effective date, status)."""
    if doc.nlp is None:
        return
    for sent in doc.nlp.sents:
        for p in policies_in(doc, sent):
            yield build_claim(
                doc,
                PolicyClaim,
                "policy.v1",
                p.start,
                p.end,
                actor=p.actor,
                action=p.action,
                object=p.object,
                effective=p.effective,
                status=p.status,
                attribution=attribution(doc, p.start, p.end),
            )
