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
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from ..document import ArticleDoc
from ..models import PolicyClaim
from ..registry import rule
from ..repair.masks import MASK_RE
from .common import build_claim
from .context import SAY_FORMS, attribution
from .officials import find_titled_persons, lower_words
from .vocab import DATA, load_yaml, verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: a country named in the first LEAD_CHARS characters (headline and lead) counts LEAD_WEIGHT times for the article's
#: country (a Taiwan export story names the US often as a market; "the central bank" is still Taiwan's)
LEAD_CHARS = 300
LEAD_WEIGHT = 3
#: currencies used across borders: an amount in them names no country (ISO 4217 codes start with the country's code)
GLOBAL_CURRENCIES = frozenset({"USD"})
#: how far up the parse a policy noun may sit below its verb ("a policy of export controls" under
#: "implemented" is three steps: controls -> of -> policy -> implemented)
MAX_CLIMB = 5
#: a masked word ("**", "[...]") is at most this many tokens; the modifiers before it taken into a policy's evidence
MAX_MASK_TOKENS = 6
MAX_MASK_MODIFIERS = 4
#: a date phrase fronted before a policy clause ("from December 1, 2024, the rate ...") is at most this many tokens
MAX_FRONTED_TOKENS = 8
#: an actor phrase longer than this many tokens is cut to its named entity
MAX_ACTOR_TOKENS = 8
#: an effective-date cue must end within this many characters before the date ("from", "effective as of")
CUE_WINDOW = 24
ENTITY_ACTORS = frozenset({"GPE", "ORG", "NORP"})
NOT_OBJECT_ENTS = frozenset({"DATE", "TIME", "GPE", "CARDINAL", "MONEY", "QUANTITY", "PERCENT"})
SKIP_IN_PHRASE = frozenset({"appos", "relcl", "acl", "advcl", "punct", "parataxis", "mark"})
#: prepositions of the verb (not the policy noun) that still introduce the policy's target; "for" and "in"
#: on a verb are mostly time and purpose ("kept its rate ... for a seventh straight meeting")
VERB_OBJECT_PREPS = frozenset({"on", "against", "targeting", "covering", "into"})
CLIMB_DEPS = frozenset({"pobj", "pcomp", "prep", "compound", "conj", "appos", "dobj", "nsubjpass", "nsubj", "attr", "oprd", "amod", "nmod"})
#: actions that are domestic by nature: without any doer in reach, the article's country enacted them
#: ("purchases in 2024 are exempt from the purchase tax" in a Chinese carmaker's results story)
CONTEXT_ACTIONS = frozenset({"tax_relief", "tax", "subsidy", "reform"})
#: confidence factor of a policy whose actor was inferred from context rather than read from its clause
INFERRED_ACTOR_FACTOR = 0.7
#: a yearless date after a forward cue ("with effect from June 11") is the coming one when it is at most this many
#: days after publication (decisions are reported a few days before they apply; the ECB's "June 11" in a
#: June 6 story), else the last one
FORWARD_WINDOW_DAYS = 14
#: "the department" names an organization with that word named at most this many tokens before
NAMED_BEFORE_TOKENS = 150
#: a passive policy without a doer inherits the policy actor of at most this many sentences before
MEMORY_SENTENCES = 2
#: an anaphoric policy ("the measures", "the pact", "The duties for BYD are ...") refers to a policy of at most this
#: many sentences before
ANAPHOR_SENTENCES = 3
#: determiners of a phrase that refers back ("the duties", "these measures"; "its rules" is mostly a first mention)
ANAPHOR_DETS = frozenset({"the", "this", "these", "that", "those", "such"})
#: adjectives a phrase referring back may carry ("the new rules", "the latest measures")
REFERRING_ADJECTIVES = frozenset({"new", "updated", "latest", "revised", "same", "above", "latter", "former", "additional",
                                  "extra", "planned", "proposed", "announced"})
#: the specifics an elaborating sentence adds to a policy's object are cut to this many characters
DETAIL_CHARS = 300


class ActionEntry(BaseModel):
    """A normalized action and the noun phrases that name it."""

    model_config = ConfigDict(extra="forbid")
    action: str
    phrases: list[str]
    generic: bool = False
    needs_actor: bool = False  # a phrase markets and firms use too ("a floor price"): a policy only with a doer
    names_object: bool = False  # the phrase is what the policy acts on ("cut the reserve requirement ratio")
    directions: dict[str, str] = {}  # cut/hike/hold -> the directional action ("rate_cut")
    content_clause: bool = False  # a clause on the phrase says what it does ("a bill that raises the debt ceiling")
    state_actor: bool = False  # only a country or a public body sets it ("raised fuel prices"), never a company


class AssetPurchaseCue(BaseModel):
    """A purchase noun whose "of" object is a financial asset ("purchases of government bonds")."""

    model_config = ConfigDict(extra="forbid")
    action: str
    heads: list[str]
    objects: list[str]


class PolicyVocab(BaseModel):
    """The vocabulary of `data/policies.yaml`."""

    model_config = ConfigDict(extra="forbid")
    actions: list[ActionEntry]
    policy_verbs: list[str]
    body_verbs: list[str]
    nominal_verbs: dict[str, str]
    change_words: dict[str, list[str]]
    rate_heads: list[str]
    rate_modifiers: list[str]
    asset_purchases: AssetPurchaseCue
    verb_actions: dict[str, str]
    irregular_forms: dict[str, str]
    effect_phrases: list[str]
    effective_cues: list[str]
    forward_cues: list[str]
    future_auxiliaries: list[str]
    planning_verbs: list[str]
    implementing_verbs: list[str]
    actor_nouns: list[str]
    body_heads: list[str]
    generic_actor_nouns: list[str]
    monetary_actions: list[str]
    object_prepositions: list[str]
    advocacy_verbs: list[str]
    conditional_marks: list[str]
    immediate_cues: list[str]
    history_years: int
    refinements: dict[str, dict[str, str]]
    transfer_actions: list[str]
    action_groups: dict[str, list[str]]
    currency_nouns: list[str]
    elaboration_verbs: list[str]
    decision_verbs: list[str]
    scope_nouns: list[str]
    scope_participles: list[str]
    reference_nouns: list[str]
    continuation_verbs: list[str]
    on_object_phrases: list[str] = []
    leader_roles: list[str] = []
    flow_verbs: dict[str, str] = {}
    flow_words: list[str] = []
    recipient_verbs: list[str] = []
    public_verb_actions: dict[str, str] = {}
    content_verbs: list[str] = []
    target_verbs: list[str] = []
    directive_verbs: list[str] = []
    fiscal_year_nouns: list[str] = []


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(re.sub(r"\s*-\s*", " - ", phrase.lower()).split())


@dataclass(frozen=True)
class Compiled:
    """policies.yaml compiled for token matching."""

    data: PolicyVocab
    phrase_of: dict[tuple[str, ...], ActionEntry]
    entry_of: dict[str, ActionEntry]
    max_phrase: int
    base_of: dict[str, str]  # verb form -> base form
    policy_verbs: frozenset[str]
    recipient_verbs: frozenset[str]  # the subject receives the policy ("exporters will receive loans")
    effect: frozenset[tuple[str, ...]]
    cue: re.Pattern[str]
    direction_of: dict[str, str]  # change word (any form) -> cut / hike / hold
    actor_nouns: frozenset[str]
    generic_actors: frozenset[str]
    monetary: frozenset[str]
    cue_words: frozenset[str]
    immediate: re.Pattern[str]


@lru_cache(maxsize=1)
def policy_vocab() -> Compiled:
    """policies.yaml, loaded and validated once."""
    data: PolicyVocab = load_yaml(DATA / "policies.yaml", PolicyVocab)
    phrase_of = {_words(p): a for a in data.actions for p in a.phrases}
    effect_verbs = {p.split()[0] for p in data.effect_phrases}
    change_verbs = {w for ws in data.change_words.values() for w in ws}
    bases = {*data.policy_verbs, *data.verb_actions, *data.planning_verbs, *data.implementing_verbs, *effect_verbs,
             *data.advocacy_verbs, *data.elaboration_verbs, *data.body_verbs,
             *data.continuation_verbs, *data.flow_verbs, *data.recipient_verbs,
             *data.public_verb_actions, *data.content_verbs, *data.directive_verbs,
             *data.target_verbs}
    base_of: dict[str, str] = {}
    for b in sorted(bases | change_verbs, key=lambda w: (len(w), w)):  # "increases" is a form of "increase"
        for f in verb_forms(b):
            base_of.setdefault(f, b)
    base_of.update(data.irregular_forms)
    base_of.update(data.nominal_verbs)
    for b in bases:
        base_of[b] = b
    direction_of: dict[str, str] = {}
    for direction, words in data.change_words.items():
        for w in words:
            for f in verb_forms(w) | {w}:
                direction_of.setdefault(f, direction)
    cues = sorted(data.effective_cues, key=len, reverse=True)
    cue = re.compile(r"\b(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s{1,3}") for c in cues) + r")\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)
    return Compiled(
        data=data,
        phrase_of=phrase_of,
        entry_of={a.action: a for a in data.actions},
        max_phrase=max(len(k) for k in phrase_of),
        base_of=base_of,
        policy_verbs=frozenset(data.policy_verbs) | frozenset(data.verb_actions),
        recipient_verbs=frozenset(data.recipient_verbs),
        effect=frozenset(_words(p) for p in data.effect_phrases),
        cue=cue,
        direction_of=direction_of,
        actor_nouns=frozenset(w.lower() for w in data.actor_nouns),
        generic_actors=frozenset(w.lower() for w in data.generic_actor_nouns),
        monetary=frozenset(data.monetary_actions),
        cue_words=frozenset(w for c in data.effective_cues for w in c.lower().split()),
        immediate=re.compile(
            r"\b(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s{1,3}") for c in data.immediate_cues) + r")\b", re.IGNORECASE
        ),
    )


def base(tok: Token) -> str:
    """The base form of a verb token (the pipeline runs without a lemmatizer); a nominal's verb ("signing")."""
    return policy_vocab().base_of.get(tok.lower_, tok.lower_)


def is_nominal_verb(tok: Token) -> bool:
    """A noun naming a policy verb's act ("the extension of ...", "the signing of ...")."""
    return tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ in policy_vocab().data.nominal_verbs


@dataclass(frozen=True)
class Trigger:
    """A policy noun phrase (or action verb) found in a sentence: token range and its action."""

    start: int
    end: int
    action: str
    generic: bool
    verbal: bool = False  # the action is the verb itself ("banned")


def _rate_trigger(tok: Token) -> bool:
    """A rate noun with a policy-rate modifier before it ("deposit facility rate", "relending rate")."""
    data = policy_vocab().data
    if tok.lower_ not in data.rate_heads or tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    mods = {t.lower_ for t in tok.lefts if t.dep_ in {"compound", "amod", "nmod"}}
    mods |= {g.lower_ for t in tok.lefts if t.dep_ in {"compound", "amod", "nmod"} for g in t.lefts}
    return bool(mods & _rate_modifiers_lower())


def _bare_rate_trigger(tok: Token) -> bool:
    """Plain "rates" changed by a verb ("raised rates by a quarter point", "kept interest rates on hold")."""
    pv = policy_vocab()
    if not (tok.lower_ in _rate_heads_lower() and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB"
            and (tok.head.lower_ in pv.direction_of or base(tok.head) in pv.direction_of)):
        return False
    mods = {c.lower_ for c in tok.lefts if c.dep_ in {"compound", "amod", "nmod"}}
    return not mods - _rate_modifiers_lower()  # not "export tax rebate rates", "growth rates"


def _purchase_trigger(tok: Token) -> bool:
    """A purchase noun of a financial asset ("monthly purchases of Japanese government bonds")."""
    cue = policy_vocab().data.asset_purchases
    if tok.lower_ not in cue.heads:
        return False
    objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(o.lower_ in cue.objects for o in objs)


@lru_cache(maxsize=1)
def _phrase_lengths() -> dict[str, tuple[int, ...]]:
    """First word of a policy phrase -> the lengths of the phrases starting with it, longest first."""
    lengths: dict[str, set[int]] = {}
    for words in policy_vocab().phrase_of:
        lengths.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()}


@lru_cache(maxsize=1)
def _token_trigger_words() -> frozenset[str]:
    """Lower-cased words a rate or purchase trigger can be (what _rate_trigger, _bare_rate_trigger and
    _purchase_trigger test first)."""
    data = policy_vocab().data
    return frozenset(data.rate_heads) | _rate_heads_lower() | frozenset(data.asset_purchases.heads)


@lru_cache(maxsize=1)
def _one_token_trigger_words() -> frozenset[str]:
    """Lower-cased words a one-token trigger can be: a rate or purchase word, a verb whose base is an action, a flow
    or a public act (what find_triggers tests before making a Token)."""
    pv = policy_vocab()
    bases = {*pv.data.verb_actions, *pv.data.flow_verbs, *pv.data.public_verb_actions}
    forms = {w for w, b in pv.base_of.items() if b in bases} | {b for b in bases if b not in pv.base_of}
    return _token_trigger_words() | frozenset(forms)


@lru_cache(maxsize=1)
def _rate_heads_lower() -> frozenset[str]:
    return frozenset(w.lower() for w in policy_vocab().data.rate_heads)


@lru_cache(maxsize=1)
def _rate_modifiers_lower() -> frozenset[str]:
    return frozenset(w.lower() for w in policy_vocab().data.rate_modifiers)


def acronyms(doc: ArticleDoc) -> dict[str, str]:
    """Acronyms the article defines for a policy ("Regional Comprehensive Economic Partnership (RCEP)") -> action."""
    if "policies.acronyms" in doc.cache:
        return doc.cache["policies.acronyms"]
    out: dict[str, str] = {}
    if doc.nlp is not None:
        nlp = doc.nlp
        plain = doc.cache["policies.plain_triggers"] = {}  # what policies_in reuses when the article defines none
        for sent in nlp.sents:
            plain[sent.start, sent.end] = found = find_triggers(sent, {})
            for trig in found:
                k = trig.end
                if trig.generic or trig.verbal or k + 2 >= len(nlp) or nlp[k].text != "(" or nlp[k + 2].text != ")":
                    continue
                acr = nlp[k + 1].text
                if 2 <= len(acr) <= 8 and acr.isupper() and acr.isalpha():
                    out.setdefault(acr, trig.action)
    doc.cache["policies.acronyms"] = out
    return out


def find_triggers(sent: Span, acronym_actions: dict[str, str] | None = None) -> list[Trigger]:
    """Policy phrases of a sentence, longest match first, specific actions before generic ones."""
    pv = policy_vocab()
    doc = sent.doc
    acr = acronym_actions or {}
    acr_words = {a.lower() for a in acr}  # a token whose text is an acronym has its lower-cased form here
    out: list[Trigger] = []
    lengths = _phrase_lengths()
    lowers = lower_words(doc)  # lower-cased once a Doc: slicing the Doc per phrase length was the cost
    one_words = _one_token_trigger_words()
    i = sent.start
    while i < sent.end:
        if lowers[i] not in lengths and lowers[i] not in one_words and lowers[i] not in acr_words:
            i += 1
            continue  # no trigger starts here: most words
        for n in lengths.get(lowers[i], ()):
            if n > sent.end - i:
                continue
            entry = pv.phrase_of.get(tuple(lowers[i : i + n]))
            if entry is not None and (n > 1 or doc[i].pos_ in {"NOUN", "PROPN", "ADJ"}):
                if not _modifier_only(doc[i + n - 1], entry, n) and _limits_something(doc[i], n):
                    out.append(Trigger(i, i + n, entry.action, entry.generic))
                i += n - 1
                break
        else:
            word = lowers[i]
            if not (word in acr_words or word in one_words):
                i += 1
                continue  # none of the one-token triggers below can hold
            tok = doc[i]
            if tok.pos_ == "VERB" and base(tok) in pv.data.verb_actions:
                out.append(Trigger(i, i + 1, pv.data.verb_actions[base(tok)], False, verbal=True))
            elif tok.pos_ == "VERB" and base(tok) in pv.data.public_verb_actions and _public_act(tok):
                out.append(Trigger(i, i + 1, pv.data.public_verb_actions[base(tok)], False, verbal=True))
            elif tok.pos_ == "VERB" and (flow := _flow_action(tok)) is not None:
                out.append(Trigger(i, i + 1, flow, False, verbal=True))
            elif tok.text in acr and (i == sent.start or doc[i - 1].text != "("):
                out.append(Trigger(i, i + 1, acr[tok.text], False))
            elif _rate_trigger(tok) or _bare_rate_trigger(tok):
                out.append(Trigger(i, i + 1, "rate_decision", False))
            elif _purchase_trigger(tok):
                out.append(Trigger(i, i + 1, pv.data.asset_purchases.action, False))
        i += 1
    owner = {k: t for t in out for k in range(t.start, t.end)}
    drop: set[Trigger] = set()
    for t in out:  # a phrase compounded into another names one policy ("export control rules")
        h = doc[t.end - 1]
        outer = owner.get(h.head.i) if h.dep_ in {"compound", "appos"} else None
        if outer is None or outer is t:
            continue
        drop.add(outer if outer.generic and not t.generic else t)
    for t in out:  # "issued a notice allowing the import of oats": the notice is the policy its content names
        if t.generic and doc[t.end - 1].lower_ in NOTICE_NOUNS:
            inside = {k.i for k in doc[t.end - 1].subtree}
            if any(not u.generic and u.start in inside for u in out):
                drop.add(t)
    return sorted((t for t in out if t not in drop), key=lambda t: (t.generic, t.start))


#: generic policy nouns that only carry a content ("a notice that ...", "a circular requiring ..."): a specific
#: policy in that content is the one policy
NOTICE_NOUNS = frozenset({"notice", "notices", "circular", "circulars", "directive", "directives", "advisory", "advisories"})


def _public_act(verb: Token) -> bool:
    """A government body's spending or support ("the government will invest 2 trillion won in chip materials", "the
    authorities will help small firms to upgrade"): its subject is a government body, not a country (whose
    "spending" is trade) or a firm; money verbs spend an amount, support verbs help someone not named."""
    if verb.dep_ != "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False  # "a package to help exporters", "to support industry, the government ...": another's purpose
        # ("plans to borrow", "expects to invest": the subject's own act)
    subj, _ = subject_of(verb)
    pv = policy_vocab()
    if subj is not None and subj.lower_ in REFERRING_PRONOUNS:  # "The Debt Office said it would borrow ..."
        subj = _reporting_subject(subj)
    named_body = subj is not None and subj.lower_ in pv.data.body_heads and subj.text[:1].isupper()
    if subj is None or subj.lower_ not in pv.generic_actors - GEOGRAPHIC_ACTOR_NOUNS - NOT_BODY_NOUNS and not named_body:
        return False
    if pv.data.public_verb_actions[base(verb)] == "financing":
        return any(t.ent_type_ == "MONEY" or t.lower_ in pv.data.currency_nouns
                   for c in verb.children if c.dep_ == "dobj" for t in c.subtree)
    who = _supported(verb)
    return who is not None and who.pos_ == "NOUN" and who.ent_type_ == ""


def _supported(verb: Token) -> Token | None:
    """Whom a support verb supports: its object, or the subject of its complement ("help firms to upgrade")."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [g for c in verb.children if c.dep_ in {"xcomp", "ccomp"} for g in c.children if g.dep_ == "nsubj"]
    return objs[0] if objs else None


def _public_object(verb: Token) -> tuple[int, int] | None:
    """What public spending goes to ("invest 2 trillion won in research on chip materials"), or whom support helps
    and to do what ("help small firms to upgrade")."""
    if policy_vocab().data.public_verb_actions[base(verb)] == "financing":
        owners = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        doc = verb.doc
        owners += [doc[o.right_edge.i + 1] for o in owners[1:] if o.right_edge.i + 1 < len(doc)
                   and doc[o.right_edge.i + 1].lower_ in policy_vocab().data.currency_nouns]  # "won" read as a verb
        for owner in owners:
            for prep in owner.children:
                if prep.dep_ in {"prep", "dative"} and prep.lower_ in PUBLIC_SPENDING_PREPS:
                    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    if pobj is not None and pobj.ent_type_ not in {"DATE", "TIME"}:  # not "borrow ... in 2026"
                        return pobj.left_edge.i, pobj.right_edge.i + 1
        return None
    who = _supported(verb)
    if who is None:
        return None
    lo = phrase_text(who)[0]
    return lo, (who.head.right_edge.i if who.dep_ == "nsubj" else who.right_edge.i) + 1


def _flow_action(verb: Token) -> str | None:
    """The action of a verb of `flow_verbs` whose object, passive subject or complement is a trade flow ("allowing
    the import of barley", "investigating imports of steel", "soybeans will be allowed to be exported to China")."""
    data = policy_vocab().data
    action = data.flow_verbs.get(base(verb))
    if action is None or any(c.dep_ == "neg" for c in verb.children):  # "will not be allowed in": a restriction
        return None
    flows = {w.lower() for w in data.flow_words}
    flow_verbs = {f for w in flows for f in verb_forms(w)}  # "exported", "importing"
    for c in verb.children:
        if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in flows:
            return action
        if c.dep_ == "xcomp" and c.lower_ in flow_verbs:  # "allowed to be exported to China"
            return action
    return None


def _flow_destination(verb: Token) -> Token | None:
    """The place a flow verb's trade goes to, when the verb is passive ("allowed to be exported to China")."""
    if policy_vocab().data.flow_verbs.get(base(verb)) is None or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    flows = {f for w in policy_vocab().data.flow_words for f in verb_forms(w.lower())}
    return next((g for c in verb.children if c.dep_ == "xcomp" and c.lower_ in flows for p in c.children
                 if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"), None)


def _limits_something(tok: Token, n: int) -> bool:
    """A phrase of `on_object_phrases` names a policy only with what it limits ("the cap on foreign welders")."""
    if n > 1 or tok.lower_ not in policy_vocab().data.on_object_phrases:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "on" for c in tok.children)


def _modifier_only(head: Token, entry: ActionEntry, n: int) -> bool:
    """The phrase only modifies another noun ("monetary policy meeting", "tax revenue"), naming no policy."""
    if head.dep_ != "compound":
        return False
    if entry.generic:
        return True
    pv = policy_vocab()
    outer = head.head.lower_
    keeps = outer in pv.direction_of or outer in pv.data.rate_heads or (outer,) in pv.phrase_of
    return n == 1 and not keeps  # "funding costs", "tariff revenue"; not "a rate cut", "the tariff rate"


# ----------------------------------------------------------------------------- parse helpers


def governing_verb(tok: Token) -> Token | None:
    """The verb a policy noun hangs from (climbing objects, prepositions and conjuncts), or a nominal verb."""
    for _ in range(MAX_CLIMB):
        if tok.dep_ not in CLIMB_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lower_ in policy_vocab().data.currency_nouns and tok.i > 0 and tok.nbor(-1).like_num:
            tok = tok.head  # "2 trillion won in subsidies": an amount, not a verb; its head is
        if tok.pos_ in {"VERB", "AUX"} or is_nominal_verb(tok):
            return tok
    return None


def _distance(tok: Token, verb: Token) -> int:
    """Dependency steps from a policy noun up to its verb (the object before a prepositional phrase)."""
    n = 0
    while tok.i != verb.i and n < MAX_CLIMB:
        tok, n = tok.head, n + 1
    if tok.i == verb.i:
        return n
    return 1 if verb.head.i == tok.i or verb.dep_ in {"acl", "relcl"} else MAX_CLIMB


def effect_phrase(verb: Token) -> bool:
    """The verb starts "take effect", "came into force", "is in effect"."""
    words = (base(verb),) + tuple(t.lower_ for t in verb.doc[verb.i + 1 : verb.i + 4])
    return any(words[: len(p)] == p for p in policy_vocab().effect)


def in_force_phrase(verb: Token) -> bool:
    """The verb starts "take effect", "come into force" (not "begin", "start"): "in January 2022" is then its date."""
    words = " ".join(t.lower_ for t in verb.doc[verb.i : verb.i + 4])
    return effect_phrase(verb) and bool(re.search(r"\b(?:effect|effective|force)\b", words))


def _qualifies(verb: Token, head: Token, trig: Trigger) -> bool:
    """The verb enacts the policy (a policy verb, a nominal one, an effect phrase), not just mentions it."""
    if trig.verbal:
        return True
    pv = policy_vocab()
    if not (base(verb) in pv.policy_verbs or effect_phrase(verb) or is_nominal_verb(verb) or verb.lower_ in pv.direction_of
            or _receives(verb, head, trig) or _targets(verb, head)
            or base(verb) in pv.data.body_verbs and _body_subject(verb)):
        return False
    tok, as_subject = head, False
    for _ in range(MAX_CLIMB):  # the policy (or the phrase it is apposed to) is the subject of the verb
        if tok.i == verb.i or tok.head.i == tok.i:
            break
        as_subject = as_subject or tok.dep_ == "nsubj"
        tok = tok.head
    as_subject = as_subject and tok.i == verb.i  # a participle on the phrase ("the probe, launched in ...")
    # "tariffs on chips will rise to 50%" states a policy; "the rules would cut its revenue" is the policy acting
    changes = verb.lower_ in policy_vocab().direction_of and not any(c.dep_ == "dobj" for c in verb.children)
    if head.dep_ == "compound" and head.head.lower_ not in _rate_heads_lower():
        changes = False  # "trade finance costs to rise": the costs change, not a policy
    return not (as_subject and not effect_phrase(verb) and not changes)  # "tariffs hurt exports": nobody enacts it


#: prepositions that name what public money is spent on ("invest ... in research", "allocate ... to relief")
PUBLIC_SPENDING_PREPS = frozenset({"in", "on", "for", "to", "into"})

#: generic actor nouns that name a place, not a body: "the country spent $3 billion on soybeans" is trade
GEOGRAPHIC_ACTOR_NOUNS = frozenset({"country", "countries", "state", "states", "side"})

#: actor nouns that name no government body: a company recommending duties gives advice
NOT_BODY_NOUNS = frozenset({"company", "companies", "firm", "firms", "group", "lawmakers", "president"})


def _receives(verb: Token, head: Token, trig: Trigger) -> bool:
    """A recipient verb with a transfer policy as its object ("exporters will receive low-interest loans", "chip
    makers must obtain licences"): the subject is the beneficiary, the doer is the giver or the context."""
    pv = policy_vocab()
    if base(verb) not in pv.recipient_verbs or trig.action not in pv.data.transfer_actions:
        return False
    tok = head  # the phrase is the object, or in it ("1 trillion won of trade insurance and loans")
    for _ in range(MAX_CLIMB):
        if tok.head.i == verb.i:  # "receive loans", "apply for licences"
            return tok.dep_ == "dobj" or tok.dep_ == "prep" and tok.lower_ == "for"
        if tok.dep_ not in {"conj", "pobj", "prep", "compound"} or tok.head.i == tok.i \
                or tok.dep_ == "prep" and tok.lower_ != "of":  # not "licences under the export controls"
            return False
        tok = tok.head
    return False


def _targets(verb: Token, head: Token) -> bool:
    """A verb of `target_verbs` with the policy as its object ("Malaysian goods would face a 25% tariff"): the subject
    is what the policy targets, the doer is named apart (`_imposer`)."""
    return base(verb) in policy_vocab().data.target_verbs and head.dep_ == "dobj" and head.head.i == verb.i


def _imposer(doc: ArticleDoc, verb: Token, head: Token) -> Token | None:
    """Who imposes a policy a target faces: the country it applies in ("face duties in the United States"), else the
    speaker who said so ("Trump said Malaysian goods would face a 25% tariff")."""
    kb = _kb()
    for owner in (head, verb):
        for prep in owner.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for g in prep.children:
                    if g.dep_ == "pobj" and g.ent_type_ in {"GPE", "ORG"} \
                            and kb.find_country(g.doc[slice(*phrase_text(g))].text) is not None:
                        return g
    v = verb
    for _ in range(MAX_CLIMB):
        if v.dep_ not in {"xcomp", "ccomp", "conj"} or v.head.i == v.i:
            return None
        v = v.head
        if v.lower_ in SAY_FORMS:
            return next((c for c in v.children if c.dep_ == "nsubj" and c.ent_type_ in {"PERSON", "ORG", "GPE"}), None)
    return None


def _giver(verb: Token) -> Token | None:
    """The "from" party of a recipient verb ("licences from the Ministry of Commerce")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    for tok in (verb, *objects):
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for g in prep.children:  # not a time ("from March 1")
                    if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME", "CARDINAL"} and not g.like_num:
                        return g
    return None


def _public_transfer(doc: ArticleDoc, beneficiary: Token | None, giver: Token | None) -> bool:
    """A recipient verb's transfer is a policy: given by a government ("subsidies from the Agriculture Department"),
    or, with no giver named, to a class of beneficiaries ("exporters", "farmers"), not to one firm ("Samsung received
    a loan", "the startup secured a grant"), whose lender may be anyone."""
    if giver is not None:
        if giver.lower_ in policy_vocab().actor_nouns - NOT_BODY_NOUNS:
            return True
        name = actor_text(doc, giver)
        return name is not None and _kb().find_country(name) is not None or giver.ent_type_ in {"GPE", "NORP"}
    return beneficiary is not None and beneficiary.tag_ == "NNS" and beneficiary.ent_type_ == ""


def _body_subject(verb: Token) -> bool:
    """The verb's subject is a government body ("the Korea Trade Commission", "the ministry"), not a person,
    company or analyst."""
    subj, _ = subject_of(verb)
    return subj is not None and subj.lower_ in policy_vocab().actor_nouns - NOT_BODY_NOUNS


def policy_verb(trig: Trigger, head: Token) -> Token | None:
    """The verb of a policy phrase: its governing verb, else a participle or relative clause on it
    ("the investigation, launched in October", "RCEP, which took effect in 2022")."""
    if trig.verbal:
        return head
    if head.dep_ == "pobj":  # "under the deal, which takes effect on Feb. 14, ...": the phrase's own effect clause
        effect = next((c for c in head.children if c.dep_ in {"relcl", "acl"} and effect_phrase(c)), None)
        if effect is not None:
            return effect
    verb = governing_verb(head)
    if verb is not None and _qualifies(verb, head, trig):
        if base(verb) in policy_vocab().recipient_verbs:  # "obtain licences under the controls that took effect on
            return _participle_verb(head, trig) or verb  # April 4": the policy's own clause dates it
        return verb
    if verb is not None and head.dep_ in {"nsubj", "nsubjpass"}:  # "the pact is expected to take effect in 2022"
        effect = next((c for c in verb.children if c.dep_ == "xcomp" and effect_phrase(c)), None)
        if effect is not None:
            return effect
    return _participle_verb(head, trig)


def _participle_verb(head: Token, trig: Trigger) -> Token | None:
    """A participle or relative clause on a policy phrase or its object that enacts it."""
    for tok in head.subtree:  # on the phrase or on its object ("the probe into EVs launched in October")
        if tok.dep_ in {"acl", "relcl"} and tok.pos_ in {"VERB", "AUX"} and _qualifies(tok, head, trig) \
                and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):  # "a package to lift demand":
            return tok  # its purpose
    return None


def trigger_head(sent: Span, trig: Trigger) -> Token:
    """The syntactic head of a policy phrase ("quota" of "quota of relending"), else its last token."""
    span = sent.doc[trig.start : trig.end]
    root = span.root
    return root if root.pos_ in {"NOUN", "PROPN", "VERB"} else sent.doc[trig.end - 1]


def phrase_text(tok: Token, skip: frozenset[str] = SKIP_IN_PHRASE) -> tuple[int, int]:
    """Token range of a noun phrase without appositions, relative clauses and trailing punctuation."""
    keep = [tok]
    for child in tok.children:
        if child.dep_ in skip or (child.dep_ == "det" and child.i < tok.i and child.i == min(t.i for t in tok.subtree)):
            continue
        a, b = phrase_text(child, skip)
        keep.extend(tok.doc[a:b])
    lo, hi = min(t.i for t in keep), max(t.i for t in keep) + 1
    while hi > lo and tok.doc[hi - 1].is_punct and tok.doc[hi - 1].text != ")":
        hi -= 1
    while hi > lo and (tok.doc[hi - 1].pos_ == "CCONJ" or tok.doc[hi - 1].is_punct and tok.doc[hi - 1].text != ")"):
        hi -= 1
    return lo, hi


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """(subject, is the agent of a passive) of a verb, climbing xcomp/conj chains ("plans to impose").

    A nominal verb ("the signing of ...") takes the subject of the verb it hangs from
    ("China and ASEAN are working to promote the signing of ...").
    """
    if is_nominal_verb(verb):  # "the imposition of duties on graphite by China"
        by = [g for t in verb.subtree if t.dep_ in {"prep", "agent"} and t.lower_ == "by" for g in t.children
              if g.dep_ == "pobj" and g.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"}]
        if by:
            return by[0], True
    v: Token | None = verb
    for _ in range(5):
        if v is None:
            break
        agents = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return agents[0], True
        subj = [c for c in v.children if c.dep_ in {"nsubj", "csubj"}]
        if subj:  # two subjects: a dateline or byline glued before the subject ("SAO PAULO, Dec 1 - The bank cut")
            glued = len(subj) > 1 and subj[-1].i < v.i and any(
                t.text in DATELINE_DASHES | {",", ")", "]"} for t in v.doc[subj[0].i + 1 : subj[-1].left_edge.i])
            return (subj[-1] if glued else subj[0]), False
        if any(c.dep_ == "nsubjpass" for c in v.children) and v.dep_ == "advcl":
            break  # "sales fell after duties were imposed": a passive clause of its own has no doer above it
        if is_nominal_verb(v) and v.dep_ in {"dobj", "pobj", "prep"}:
            v = governing_verb(v)
        elif v.dep_ in {"xcomp", "conj", "advcl", "ccomp", "pcomp"} and v.head.i != v.i:
            v = v.head
        else:
            break
    return None, False


def _reporting_subject(tok: Token) -> Token | None:
    """For "it"/"they" in reported speech, the subject of the reporting verb ("The ECB said that it would ...");
    for a possessive ("announced that its new restrictions will ..."), of the verb above its clause's verb."""
    v = tok.head
    for _ in range(3):
        if v.pos_ in {"VERB", "AUX"} or v.head.i == v.i:
            break
        v = v.head
    for _ in range(4):
        if v.dep_ not in {"ccomp", "xcomp", "advcl", "conj"} or v.head.i == v.i:
            return None
        v = v.head
        subj = [c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"]
        if subj:
            return subj[0]
    return None


# ----------------------------------------------------------------------------- actors


def _kb():
    from ..normalize.actors import default_kb

    return default_kb()


#: a wire dateline at the start of a paragraph: "SEOUL, May 29 -", "SEOUL/TAIPEI, Oct. 17 -"
_DATELINE = re.compile(r"(?m)^([A-ZÀ-Ý][A-ZÀ-Ý .]{1,30}(?:/[A-ZÀ-Ý][A-ZÀ-Ý .]{1,30}){0,3}),\s{1,3}[A-Z][a-z]{2,8}\.?\s{1,3}\d{1,2}"
                       r"\s{0,3}(?:\([A-Za-z .]{1,20}\)\s{0,3})?[-–—]")  # "BERLIN, Feb 8 (Reuters) -"


class DatelineCities(BaseModel):
    """data/dateline_cities.yaml: cities a dateline names that are no capital -> their country's code."""

    model_config = ConfigDict(extra="forbid")
    cities: dict[str, str]


@lru_cache(maxsize=1)
def dateline_cities() -> dict[str, str]:
    """Lower-cased city name -> country code (data/dateline_cities.yaml)."""
    data: DatelineCities = load_yaml(DATA / "dateline_cities.yaml", DatelineCities)
    return {" ".join(k.lower().split()): v for k, v in data.cities.items()}


def _dateline_city(city: str):
    """The knowledge base's country of a dateline city that is no capital ("FRANKFURT", "SAO PAULO")."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", city).encode("ascii", "ignore").decode()  # "SÃO PAULO" -> "SAO PAULO"
    code = dateline_cities().get(" ".join(plain.lower().replace(".", "").split()))
    return _kb().countries.get(code) if code else None


def article_country(doc: ArticleDoc) -> str | None:
    """The country an article is about: the one its places, demonyms and titled people name most (cached)."""
    if "policies.country" in doc.cache:
        return doc.cache["policies.country"]
    kb = _kb()
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    if doc.nlp is not None:
        for ent in doc.entities():
            if ent.label_ not in {"GPE", "NORP"}:
                continue
            country = kb.find_country(ent.text)
            if country is not None:  # the headline and lead name the story's country; later mentions its partners
                counts[country.code] = counts.get(country.code, 0) + (LEAD_WEIGHT if ent.start_char < LEAD_CHARS else 1)
                first.setdefault(country.code, ent.start_char)
    for tp in find_titled_persons(doc):
        code = kb.country_code(tp.country) if tp.country else None
        if code:
            counts[code] = counts.get(code, 0) + 1
            first.setdefault(code, tp.start)
    from .figures import numbers_of

    for n in numbers_of(doc):  # amounts in a national currency: "6023RMB 1.5 billion" names China without a place
        if n.kind == "money" and n.unit and n.unit not in GLOBAL_CURRENCIES and n.unit[:2] in kb.countries:
            counts[n.unit[:2]] = counts.get(n.unit[:2], 0) + 1
            first.setdefault(n.unit[:2], n.start)
    dateline = _DATELINE.search(doc.text[:LEAD_CHARS])
    if dateline is not None:  # "SEOUL, May 29 -": the story is written from there, "the government" is that country's
        for city in dateline.group(1).split("/"):
            country = kb.find_country(city.strip().title()) or _dateline_city(city)
            if country is not None:
                counts[country.code] = counts.get(country.code, 0) + 2 * LEAD_WEIGHT
                first.setdefault(country.code, dateline.start())
    best = min(counts, key=lambda c: (-counts[c], first[c])) if counts else None
    doc.cache["policies.country"] = best
    return best


def clean_text(text: str) -> str:
    """An actor phrase as canonical_actor returns an unknown one (no "the", no possessive)."""
    from ..normalize.actors import clean_actor

    return clean_actor(text)


def canonical(doc: ArticleDoc, text: str | None) -> str | None:
    """The concrete actor a phrase names (extractor.normalize.actors), with the article's country for generic heads."""
    from ..normalize.actors import canonical_actor

    if not text:
        return None
    return canonical_actor(text, policy_vocab().generic_actors, article_country(doc), doc.published, _kb())


def _titled_org(doc: ArticleDoc, name: str) -> str | None:
    """The organization (or country) of a person named with a title somewhere in the article."""
    for tp in find_titled_persons(doc):
        if tp.name == name or tp.name.split()[-1:] == name.split()[-1:] and len(name.split()) == 1:
            return tp.organization or tp.country
    return None


def actor_text(doc: ArticleDoc, subj: Token, depth: int = 0) -> str | None:
    """The actor a subject names, canonical: a country or organization, None for anything else."""
    from ..normalize.actors import person_actor

    pv = policy_vocab()
    if subj.pos_ == "PRON":
        if depth > 2:
            return None
        if subj.lower_ in {"which", "that", "who"} and subj.head.dep_ == "relcl":
            return actor_text(doc, subj.head.head, depth + 1)  # "Washington, which set tariffs"
        if subj.lower_ in {"it", "they", "he", "she", "we", "its", "their", "his", "her"}:
            reporter = _reporting_subject(subj)
            if reporter is not None:
                return actor_text(doc, reporter, depth + 1)
            from .policy_actors import previous_subject_actor

            return previous_subject_actor(doc, subj)
        return None
    dash = next((c for c in subj.children if c.dep_ == "punct" and c.text in DATELINE_DASHES), None)
    body = next((c for c in subj.children if c.dep_ == "appos" and dash is not None and c.i > dash.i), None)
    if body is not None and depth < 3:  # "New Delhi, June 6 (Xinhua) -- The Reserve Bank of India cut ...": the body
        return actor_text(doc, body, depth + 1)
    lo, hi = _in_paragraph(subj, *phrase_text(subj))
    if dash is not None and lo <= dash.i < subj.i:  # "WINNIPEG, Aug 13 - China will require ...": the dateline is no
        lo = dash.i + 1  # part of the actor
    span = subj.doc[lo:hi]
    defined = _defined_acronyms(doc).get(span.text.strip() if len(span) <= 2 else "")
    if defined is None and len(span) == 2 and span[0].lower_ == "the":
        defined = _defined_acronyms(doc).get(span[1].text)
    if defined is not None:  # "the RBI" after "The Reserve Bank of India (RBI)"
        return canonical(doc, defined)
    if subj.lower_ in pv.generic_actors and not any(t.ent_type_ and t.ent_type_ not in {"DATE", "TIME"} for t in span):
        from .policy_actors import fronted_actor

        fronted = fronted_actor(doc, subj)
        if fronted is not None:  # "In Nigeria, the central bank on November 26 raised ...": Nigeria's
            return fronted
    if depth == 0 and subj.lower_ in pv.generic_actors and not any(t.ent_type_ for t in span):
        said = subj.head if subj.head.dep_ == "ccomp" else None  # "Kuo said the ministry would offer loans": Kuo's
        reporter = next((c for c in said.head.children if c.dep_ == "nsubj"), None) if said is not None else None
        if reporter is not None and reporter.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
            named = actor_text(doc, reporter, depth + 1)
            if named and not _unknown_speaker(named, reporter):
                from .policy_actors import reported_government

                return reported_government(doc, subj, named)
    if subj.lower_ in pv.generic_actors and not any(t.ent_type_ for t in span) \
            and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in subj.children):
        named = _named_before(doc, subj)  # "The department also added ...": the Commerce Department named before
        if named:
            return named
    for tp in find_titled_persons(doc):  # "Commerce Minister Wang Wentao announced ...": his organization
        if tp.start <= subj.idx < tp.end or tp.span_start <= subj.idx < tp.start:
            known = person_actor(tp.name, doc.published, _kb())  # the KB's office on the day, when known
            return known or canonical(doc, tp.organization) or canonical(doc, tp.country) or _leader_country(doc, subj)
    if subj.ent_type_ == "PERSON":
        ent = next((e for e in span.ents if e.label_ == "PERSON"), None)
        name = ent.text if ent is not None else subj.text
        org = _titled_org(doc, name)
        return canonical(doc, org) if org else person_actor(name, doc.published, _kb())
    named = [e for e in doc.entities() if e.label_ in ENTITY_ACTORS and e.start < span.end and e.end > span.start]
    if not named and subj.lower_ not in pv.actor_nouns:
        kb = _kb()  # "The PBOC kept ...": a known name the tagger missed
        text = span.text if len(span) <= MAX_ACTOR_TOKENS else subj.text
        if kb.find_organization(text) is None and kb.find_country(text) is None:
            return None
        return canonical(doc, text)
    own = next((e for e in named if e.start <= subj.i < e.end), None)
    dated = next((t.i for t in span if t.i > subj.i and t.ent_type_ in {"DATE", "TIME"}), None)
    if dated is not None:  # "the Trump administration in April": the time is not part of the actor
        cut = dated - 1 if subj.doc[dated - 1].pos_ == "ADP" else dated
        span = subj.doc[span.start : max(cut, subj.i + 1)]
    if any(c.dep_ == "conj" for c in subj.children):  # "China and the US": every party
        return canonical(doc, span.text)
    if own is not None and own.label_ != "NORP" and len(span) > MAX_ACTOR_TOKENS:
        whole = canonical(doc, span.text)  # "China's Customs Tariff Commission of the State Council" -> China
        if whole is not None and whole != clean_text(span.text):
            return whole
        span = own
    elif len(span) > MAX_ACTOR_TOKENS and named:
        span = named[0]
    kb = _kb()
    if subj.lower_ in pv.generic_actors and subj.text.islower():  # "the government of Kazakhstan": the country
        of = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"), None)
        country = kb.find_country(subj.doc[slice(*phrase_text(of))].text) if of is not None else None
        if country is not None:
            return country.name
    body = _unknown_body(doc, subj, span)
    if body is not None:
        return body
    if subj.lower_ in pv.generic_actors and any(e.label_ in {"GPE", "NORP"} and kb.find_country(e.text) is None
                                                for e in span.ents):
        return clean_text(span.text)  # "Turkey's central bank": a country the KB does not know is not the article's
    if len(span) == 1 and own is not None and own.label_ == "GPE":
        short = short_capital(span.text)  # "Delhi raised ...": the KB names the capital "New Delhi"
        if short is not None:
            return canonical(doc, short)
    return canonical(doc, span.text)


#: knowledge-base organization types that are public bodies: they may fix a price, a company only sets its own
PUBLIC_TYPES = frozenset({"ministry", "agency", "government_office", "central_bank", "legislature"})
#: generic actor nouns that name no public body on their own ("the bank", "the house", "the state oil firm")
NOT_PUBLIC_NOUNS = frozenset({"bank", "side", "house", "state", "country", "office", "bureau"})


def state_actor(actor: str | None, subj: Token | None = None) -> bool:
    """Whether an actor is a state: a country (capitals included, as the knowledge base names them) or a public body
    ("the energy regulator", a KB ministry); a company or an unknown name is not."""
    if not actor:
        return False
    kb = _kb()
    if kb.find_country(actor) is not None:
        return True
    org = kb.find_organization(actor)
    if org is not None:
        return org.organization.type in PUBLIC_TYPES
    public = policy_vocab().generic_actors - NOT_PUBLIC_NOUNS
    if subj is not None and subj.pos_ != "PRON" and subj.lower_ in public:
        return True
    return any(w in public for w in actor.lower().split())


@lru_cache(maxsize=1)
def _short_names() -> dict[str, str]:
    """Last word of a knowledge-base country's other name that does not contain the country's own name (its
    capital as the KB lists it: "New Delhi", "Abu Dhabi", "Buenos Aires") -> that country, when only one has it."""
    found: dict[str, set[str]] = {}
    for c in _kb().countries.values():
        for n in c.names:
            words = n.split()
            if len(words) > 1 and c.name.lower() not in n.lower():
                found.setdefault(words[-1].lower(), set()).add(c.name)
    return {w: next(iter(cs)) for w, cs in found.items() if len(cs) == 1}


def short_capital(text: str) -> str | None:
    """The country of a capital written short, one word ("Delhi" for the KB's "New Delhi"), or None."""
    kb = _kb()
    if len(text.split()) != 1 or not text[:1].isupper() or kb.find_country(text) is not None:
        return None
    return _short_names().get(text.lower())


def _unknown_speaker(named: str, reporter: Token) -> bool:
    """Whether the actor read off a speaker is only the speaker's own one word, unknown to the knowledge base
    ("Zafrul said the ministry will ...", a name the tagger took for an organization): "the ministry" is then not
    the speaker's but the article's country's."""
    kb = _kb()
    return (len(named.split()) == 1 and named == clean_text(reporter.text)
            and kb.find_country(named) is None and kb.find_organization(named) is None)


#: dashes a wire dateline ends with before the story's subject ("New Delhi, June 6 (Xinhua) -- The ...")
DATELINE_DASHES = frozenset({"--", "—", "–", "-"})
#: an acronym defined in parentheses after a capitalized name ("Reserve Bank of India (RBI)"); the name's words
#: are read back from the parenthesis, at most ten
_ACRONYM_DEF = re.compile(r"((?:[A-Z][\w'’&.-]{0,30}|of|the|and|for|on)(?:\s{1,3}(?:[A-Z][\w'’&.-]{0,30}|of|the|and|for|on)){0,9})"
                          r"\s{0,2}\(([A-Z]{2,8})\)")
#: the parenthesis every definition ends with: a text without one defines none (_ACRONYM_DEF is slow to fail)
_ACRONYM_PAREN = re.compile(r"\([A-Z]{2,8}\)")


def _defined_acronyms(doc: ArticleDoc) -> dict[str, str]:
    """Acronyms the article defines for a name ("The Reserve Bank of India (RBI)" -> RBI: Reserve Bank of India): the
    shortest ending of the words before the parenthesis whose capitalized words' initials spell it."""
    if "policies.defined_acronyms" in doc.cache:
        return doc.cache["policies.defined_acronyms"]
    out: dict[str, str] = {}
    for m in _ACRONYM_DEF.finditer(doc.text) if _ACRONYM_PAREN.search(doc.text) else ():
        words, acr = m.group(1).split(), m.group(2)
        for k in range(len(words) - 1, -1, -1):
            if not words[k][:1].isupper():
                continue
            initials = "".join(w[0] for w in words[k:] if w[:1].isupper())
            if initials == acr and words[k] != "The":
                out.setdefault(acr, " ".join(words[k:]))
                break
    doc.cache["policies.defined_acronyms"] = out
    return out


def _unknown_body(doc: ArticleDoc, subj: Token, span: Span) -> str | None:
    """A named government body the knowledge base does not know ("the Korea Trade Commission", "Vietnam's Ministry of
    Trade and Industry"): its own name, one party however many "and"s it holds, with its country in parentheses
    when a country is named in front ("Ministry of Trade and Industry (Vietnam)")."""
    if subj.lower_ not in policy_vocab().data.body_heads or not subj.text[:1].isupper() \
            or any(c.dep_ == "conj" for c in subj.children) or any(t.ent_type_ == "PERSON" for t in span):
        return None
    phrase = clean_text(span.text)
    kb = _kb()
    context = article_country(doc)
    if len(phrase.split()) < 2 or kb.find_organization(phrase) is not None \
            or context is not None and kb.find_organization(phrase, context) is not None:
        return None
    code, rest = kb.split_country_prefix(phrase)
    if code is not None and (not rest or kb.find_organization(rest, code) is not None):
        return None
    part = re.match(r"^(?P<part>.{3,80}?)\s{1,3}(?:under|of)\s{1,3}(?:the\s{1,3})?(?P<whole>[A-Z].{2,80})$", rest)
    if part and kb.find_organization(part.group("whole"), code or context) is not None:
        return None  # "Customs Tariff Commission of the State Council": a part of a known body acts for it
    if code is None:  # "the Energy Commission" in a story from Kuala Lumpur: the article's country's, unless the
        # sentence names a country, maybe the one the body targets ("recommended duties on Chinese steel wheels")
        named = any(e.label_ in {"GPE", "NORP"} and kb.find_country(e.text) is not None for e in subj.sent.ents)
        return f"{phrase} ({kb.countries[context].name})" if context in kb.countries and not named else phrase
    possessive = re.match(r"^\S.{0,40}?(?:'s|’s|')\s", phrase) is not None
    return f"{rest if possessive else phrase} ({kb.countries[code].name})"


def _in_paragraph(tok: Token, lo: int, hi: int) -> tuple[int, int]:
    """A token range cut to the paragraph of `tok` (a headline the parser ran into the story is no part of it)."""
    doc = tok.doc
    for k in range(tok.i - 1, lo - 1, -1):
        if doc[k].is_space and doc[k].text.count("\n") >= 2:
            lo = k + 1
            break
    for k in range(tok.i + 1, hi):
        if doc[k].is_space and doc[k].text.count("\n") >= 2:
            hi = k
            break
    return lo, hi


def _named_before(doc: ArticleDoc, head: Token) -> str | None:
    """The actor of the last organization named before `head` with `head`'s word in its name ("the Commerce
    Department's Bureau ..." for "the department"), within the article's last few sentences."""
    word = head.lower_.rstrip("s")
    for ent in reversed([e for e in doc.entities() if e.end <= head.i and e.label_ == "ORG"]):
        if head.i - ent.end > NAMED_BEFORE_TOKENS:
            break
        if any(t.lower_.rstrip("s") == word or t.lower_.rstrip("'s") == word for t in ent):
            named = canonical(doc, ent.text)
            known = named is not None and (_kb().find_country(named) is not None or _kb().find_organization(named) is not None)
            return named if known else None
    return None


def _mention_actor(doc: ArticleDoc, sent: Span, before: int) -> tuple[str | None, tuple[int, int] | None]:
    """The nearest country, government body or known official heading a subject before token `before`.

    Subjects of reporting verbs are skipped: the speaker is not the doer ("Wang said the agreement ...").
    """
    best: tuple[str | None, tuple[int, int] | None] = (None, None)
    for tok in sent:
        if tok.i >= before:
            if best[0] is None and tok.dep_ == "nsubj" and tok.head.lower_ in SAY_FORMS \
                    and tok.ent_type_ in {"ORG", "GPE"}:  # "Tariffs will rise to 50%, USTR said."
                actor = actor_text(doc, tok)
                if actor is not None:
                    return actor, phrase_text(tok)
            continue
        if tok.dep_ not in {"nsubj", "nsubjpass", "poss"}:
            continue
        if tok.head.lower_ in SAY_FORMS and base(tok.head) not in policy_vocab().policy_verbs \
                and tok.ent_type_ not in {"ORG", "GPE"}:
            continue  # "Wang said": a speaker; "the ministry said", "the PBOC announced a cut": a doer
        if tok.ent_type_ not in {"GPE", "ORG", "NORP", "PERSON"} or tok.dep_ == "poss" and tok.ent_type_ not in {"GPE", "NORP"}:
            continue  # "Sales of SAIC's MG brand fell after duties were imposed": SAIC imposed nothing
        actor = actor_text(doc, tok)
        if actor is None or (tok.ent_type_ == "ORG" and _kb().find_organization(actor) is None
                             and _kb().find_country(actor) is None and actor == tok.text):
            continue
        best = (actor, phrase_text(tok))
    return best


def _owner_actor(doc: ArticleDoc, head: Token, named_for: bool = False) -> str | None:
    """The owner a policy noun names: "the EU's investigation", "US sanctions", "China's RRR cut".

    `named_for`: the phrase is named after its parties ("ASEAN-China Free Trade Area"), whose countries
    are no owners.
    """
    kb = _kb()
    for tok in (head, head.head if head.dep_ == "compound" else head):
        for c in tok.children:
            if c.dep_ == "poss":
                actor = actor_text(doc, c)
            elif c.dep_ in {"compound", "amod", "nmod"} and c.i < head.i and not named_for \
                    and kb.find_country(c.text) is not None:
                actor = canonical(doc, c.text)  # "US sanctions", "EU duties"
            elif c.dep_ == "acl":  # "the RRR cut announced by the People's Bank of China"
                agents = [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
                actor = actor_text(doc, agents[0]) if agents else None
            else:
                actor = None
            if actor:
                return actor
    return None


def _effect_for(verb: Token) -> Token | None:
    """The party an agreement takes effect for ("came into force for Vietnam")."""
    if not effect_phrase(verb):
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            pobj = [g for g in c.children if g.dep_ == "pobj" and g.ent_type_ in {"GPE", "NORP", "ORG"}]
            if pobj:
                return pobj[0]
    return None


# ----------------------------------------------------------------------------- objects


def _np(head: Token) -> tuple[int, int]:
    """The noun phrase a policy noun names: modifiers, coordinated and apposed names, "of/on/for" complements."""
    skip = (SKIP_IN_PHRASE - {"appos", "acl"}) | {"poss", "quantmod"}
    lo, hi = _np_range(head, skip)
    doc = head.doc
    while lo > 0 and lo < len(doc) and doc[lo].dep_ in {"det", "poss", "case"} and lo < head.i:
        lo += 1
    # a name written with dashes the parser split ("China–ASEAN Free Trade Area")
    while lo >= 2 and doc[lo - 1].text in {"-", "–", "—"} and not doc[lo - 1].whitespace_ and not doc[lo - 2].whitespace_ \
            and doc[lo - 2].text[:1].isupper():
        lo -= 2
    if hi + 2 < len(doc) and doc[hi].text == "(" and doc[hi + 2].text == ")" and doc[hi + 1].text.isupper():
        hi += 3  # "Regional Comprehensive Economic Partnership (RCEP)"
    elif hi < len(doc) and doc[hi].text == ")" and any(t.text == "(" for t in doc[lo:hi]):
        hi += 1
    return lo, hi


def _np_range(tok: Token, skip: frozenset[str]) -> tuple[int, int]:
    keep = [tok]
    for child in tok.children:
        if child.dep_ in skip or child.dep_ == "det" and child.i < tok.i:
            continue
        if child.i > tok.i and (child.dep_ in {"amod", "acomp", "oprd"} and child.pos_ == "ADJ"):
            continue  # "kept its rate unchanged"
        if child.dep_ == "prep" and child.lower_ not in {"of", "on", "for"}:
            continue
        a, b = _np_range(child, skip)
        if child.dep_ == "acl" and child.tag_ != "VBG":
            continue
        keep.extend(tok.doc[a:b])
    lo, hi = min(t.i for t in keep), max(t.i for t in keep) + 1
    while hi > lo and (tok.doc[hi - 1].is_punct or tok.doc[hi - 1].pos_ == "CCONJ") and tok.doc[hi - 1].text != ")":
        hi -= 1
    return lo, hi


def _antecedent(head: Token, sent: Span) -> tuple[int, int] | None:
    """The full name a bare "the tax" refers back to in its sentence ("the purchase tax exemption ... the tax")."""
    det = [c for c in head.children if c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"}]
    if not det or any(c.dep_ in {"compound", "amod"} for c in head.children):
        return None
    for tok in reversed(sent.doc[sent.start : head.i]):
        if tok.lower_ == head.lower_:
            mods = [c for c in tok.children if c.dep_ in {"compound", "amod"} and c.i < tok.i]
            if mods:
                return min(m.i for m in mods), tok.i + 1
    return None


def object_of(trigger: Trigger, verb: Token, sent: Span) -> tuple[int, int] | None:
    """Token range of what a policy applies to: "on certain items of graphite", "electric vehicles from China";
    failing a complement, the nouns the policy noun is named by ("labour market reforms", "steel import quotas")."""
    found = _object_of(trigger, verb, sent)
    if found is None and not trigger.verbal and not trigger.generic:
        found = _modifier_object(sent, trigger)
    return _glued(sent.doc, found, sent.end) if found is not None else None


def _modifier_object(sent: Span, trigger: Trigger) -> tuple[int, int] | None:
    """The noun modifiers before a policy noun that say what it is about ("rare earth mining quotas" -> "rare
    earth mining"); not countries, which are its owner ("US tariffs")."""
    mods = [c for k in range(trigger.start, trigger.end) for c in sent.doc[k].lefts
            if c.dep_ in {"compound", "nmod"} and c.i < trigger.start and c.pos_ in {"NOUN", "PROPN"}
            and c.ent_type_ not in {"GPE", "NORP", "ORG", "MONEY", "DATE", "PERCENT", "CARDINAL"}]
    if not mods:
        return None
    lo = min(t.i for m in mods for t in m.subtree)
    hi = max(t.i for m in mods for t in m.subtree) + 1
    while lo < hi and (sent.doc[lo].ent_type_ in {"MONEY", "PERCENT", "CARDINAL", "GPE", "NORP"} or sent.doc[lo].is_punct
                       or sent.doc[lo].dep_ in {"det", "poss", "nummod"}):
        lo += 1
    return (lo, hi) if lo < hi else None


def _glued(doc: Doc, rng: tuple[int, int], limit: int) -> tuple[int, int]:
    """Take in the rest of a word the tokenizer split without spaces ("e-bikes" parsed as three nouns)."""
    lo, hi = rng
    while hi < limit and not doc[hi - 1].whitespace_ and (doc[hi].is_alpha or doc[hi].text == "-") \
            and (doc[hi - 1].is_alpha or doc[hi - 1].text == "-"):
        hi += 1
    while hi > lo + 1 and doc[hi - 1].text == "-":
        hi -= 1
    return lo, hi


def _object_of(trigger: Trigger, verb: Token, sent: Span) -> tuple[int, int] | None:
    pv = policy_vocab()
    preps = {p.lower() for p in pv.data.object_prepositions}
    doc = sent.doc
    head = trigger_head(sent, trigger)
    entry = pv.entry_of.get(trigger.action)
    if entry is not None and entry.names_object and not trigger.verbal:
        if (found := _antecedent(head, sent)) is not None:
            return found
        outer = head.head if head.dep_ == "compound" and (head.head.lower_,) in pv.phrase_of else None
        if outer is not None and pv.phrase_of[(outer.lower_,)].generic:  # "its negative interest rate policy"
            head = outer
        lo, hi = _np(head)
        return min(lo, trigger.start), max(hi, trigger.end)
    owners: list[Token] = []
    tok = head
    while tok.i != verb.i and len(owners) < MAX_CLIMB:
        owners.append(tok)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    owners.append(verb)
    if trigger.generic:  # "a pragmatic policy in terms of ...": the policy phrase itself, and its scope
        keep = {"acl", "relcl"} if entry is not None and entry.content_clause else {"acl"}
        lo, hi = phrase_text(head, (SKIP_IN_PHRASE - keep) | {"prep"})  # "a plan to support exporters"
        for owner in (head, verb):
            rng = _prep_object(owner, preps, head)
            if rng is not None and rng[0] >= hi:
                return lo, rng[1]
        return lo, hi
    if trigger.verbal:  # "banned imports of Japanese seafood"
        objs = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
        if base(head) in pv.data.public_verb_actions:
            return _public_object(head)
        if not objs and (clause := next((c for c in head.children if c.dep_ == "csubjpass"), None)) is not None:
            return clause.left_edge.i, clause.right_edge.i + 1  # "soybeans grown in X will be allowed to be exported"
        return phrase_text(objs[0]) if objs else None
    # the beneficiary of a transfer ("a credit line to exporters", "licences ... for shipments of urea")
    transfer = {"to", "for"} if trigger.action in pv.data.transfer_actions else set()
    for owner in owners:  # the verb's own preposition only when it names a target ("slapped tariffs ... on steel")
        rng = _prep_object(owner, (preps | transfer) if owner.i != verb.i else (preps & VERB_OBJECT_PREPS) | transfer, head,
                           places=bool(transfer))
        if rng is not None:
            return _extend(doc, _coordinated(doc, rng, sent.end), sent.end)
    container = head.head if head.dep_ == "compound" and head.head.dep_ == "pobj" else head
    if container.dep_ == "pobj":  # "13 entities were added to the Entity List", "hit US steel with counter-tariffs"
        objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and head not in c.subtree]
        if objs and objs[0].ent_type_ not in NOT_OBJECT_ENTS:
            return phrase_text(objs[0], SKIP_IN_PHRASE - {"appos"})
    return None


def _prep_object(owner: Token, preps: set[str], trigger_head: Token, places: bool = False) -> tuple[int, int] | None:
    """The object phrase of the first object preposition of `owner` after the policy noun (`places`: a place may
    be it, the receiver of a loan)."""
    for child in owner.children:
        if child.dep_ != "prep" or child.lower_ not in preps or child.i < trigger_head.i:
            continue
        pobj = [g for g in child.children if g.dep_ == "pobj"]
        gerund = [g for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG" and any(c.dep_ == "dobj" for c in g.children)]
        if not pobj and gerund:  # "controls on chipmaking equipment" parsed as a gerund "chipmaking" + object
            return phrase_text(gerund[0], SKIP_IN_PHRASE | {"prep"})
        if not pobj or pobj[0].lower_ in {"top", "place", "effect", "force"}:  # "on top of the standard tariff",
            continue  # "left in place", "remain in effect" are no targets
        of_goods = any(c.dep_ == "prep" and c.lower_ == "of" for c in pobj[0].children)
        # a country is the target of the policy noun's own "on"/"against" ("tariffs on Canada and Mexico")
        aimed = owner.i == trigger_head.i and child.lower_ in {"on", "against"} and pobj[0].ent_type_ == "GPE"
        if pobj[0].ent_type_ in NOT_OBJECT_ENTS and not (pobj[0].ent_type_ in {"MONEY", "PERCENT"} and of_goods) \
                and not (places and pobj[0].ent_type_ == "GPE" and child.lower_ == "to") and not aimed:
            continue  # a date or a place is not a target; "$120 billion of Chinese goods" is
        return phrase_text(pobj[0])
    return None


def _coordinated(doc: Doc, rng: tuple[int, int], limit: int) -> tuple[int, int]:
    """Take in the second conjunct the parser hung elsewhere ("on HBM and chipmaking equipment")."""
    lo, hi = rng
    if hi + 1 < limit and doc[hi].pos_ == "CCONJ":
        nxt = doc[hi + 1]
        head = nxt
        while head.head.i != head.i and head.head.i > hi and head.head.i < limit and head.head.pos_ in {"NOUN", "PROPN"}:
            head = head.head
        sub = [t.i for t in head.subtree if t.i > hi]
        if sub and min(sub) == hi + 1:
            end = max(sub) + 1
            for k in range(hi + 1, end - 1):  # "... related items from August 1": the date is not the object
                if doc[k].pos_ == "ADP" and doc[k + 1].ent_type_ in {"DATE", "TIME"}:
                    end = k
                    break
            while end > hi + 1 and doc[end - 1].is_punct:
                end -= 1
            return lo, end
    return lo, hi


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


def _parties(doc: Doc, rng: tuple[int, int]) -> str | None:
    """The parties an agreement is named after ("China–ASEAN Free Trade Area" -> China, ASEAN), two or more."""
    from ..normalize.actors import organization_actor

    kb = _kb()
    names: list[str] = []
    for tok in doc[rng[0] : rng[1]]:
        if not tok.text[:1].isupper() or not tok.is_alpha:
            continue
        country = kb.find_country(tok.text)
        org = kb.find_organization(tok.text) if country is None and tok.text.isupper() else None
        name = country.name if country else organization_actor(org.organization, kb) if org else None
        if name and name not in names:
            names.append(name)
    return ", ".join(names) if len(names) >= 2 else None


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


def _attached(doc: ArticleDoc, start: int, end: int, allowed: set[int], verb: Token, policy: Token | None = None) -> bool:
    """The date sits in the policy's own clause: not inside a relative clause of another noun ("the meeting
    that ended on the 24th") but in one of the policy's ("a reform that takes effect from August 1"), not under
    another policy verb ("cut ...; the rate will be lowered from the 8th"), not in a subordinate clause with its
    own subject ("after the release began on August 24"), not across a semicolon."""
    span = doc.nlp.char_span(start, end, alignment_mode="expand") if doc.nlp is not None else None
    if span is None:
        return True
    tok = span.root
    if tok.i not in allowed:
        return False
    lo, hi = sorted((tok.i, verb.i))
    if any(t.text in {";", "；"} for t in doc.nlp[lo:hi]):
        return False
    for _ in range(2 * MAX_CLIMB):
        if tok.i == verb.i or tok.head.i == tok.i or tok.head.i not in allowed:
            return True
        if tok.dep_ == "relcl" and tok.head.i in allowed:
            # the policy's own: "a reform that takes effect from ...", "the restrictions it introduced on October 7"
            return policy is not None and (tok.head.i == policy.i and (effect_phrase(tok) or tok.tag_ in {"VBD", "VBN"}
                                                                        and base(tok) in policy_vocab().data.implementing_verbs)
                                           or _effect_aside(tok))
        if tok.dep_ == "advcl" and tok.i != verb.i and any(c.dep_ == "mark" for c in tok.children) \
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            return False
        if tok.dep_ in {"acl", "ccomp"} and policy is not None and tok.head.i == policy.i and policy.lower_ in NOTICE_NOUNS:
            return True  # "a notice that starting May 1, certificates will be issued by ...": the notice's content
        if tok.i != span.root.i and tok.pos_ == "VERB" and base(tok) in policy_vocab().policy_verbs \
                and not effect_phrase(tok) and tok.lower_ not in policy_vocab().cue_words:
            return False  # the date of another policy verb of the sentence
        tok = tok.head
    return True


def _effect_aside(relcl: Token) -> bool:
    """A non-restrictive "..., which took effect on July 1" the parser hung on a noun of the policy's clause that
    is no policy of its own ("extend the tax cut for goods and services, which took effect on July 1"): goods do
    not take effect, the policy does. Hung on a policy phrase ("tariffs on goods under the pact, which took effect
    in 2020"), it is that one's."""
    if not in_force_phrase(relcl) or relcl.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    first = relcl.left_edge
    if first.lower_ not in {"which", "that"} or first.i == 0 or first.nbor(-1).text != ",":
        return False
    if not any(c.i == first.i and c.dep_ in {"nsubj", "nsubjpass"} for c in relcl.children):
        return False
    sent = relcl.sent
    return not any(t.start <= relcl.head.i < t.end for t in find_triggers(sent))


def reported_in_past(verb: Token) -> bool:
    """The verb is in the speech of a past reporting verb ("announced on the 7th that it will cut ...")."""
    tok = verb
    for _ in range(MAX_CLIMB):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lower_ in SAY_FORMS and tok.tag_ == "VBD":
            return True
    return False


def _pick_day(text: str, published: date | None, future: bool, reported: bool, forward: bool) -> date | None:
    """The date of an effective-date phrase; a yearless one is placed around the publication date.

    A planned policy's date is the next such day, unless the plan is reported speech of a past day
    ("announced on the 7th that ... will take effect from the 8th"), where the nearer day wins; an
    announced or past one's date is the last such day, unless a forward cue ("with effect from June 11")
    names a day just after publication.
    """
    from ..dates import resolve_point

    past = resolve_point(text, published, future=False)
    ahead = resolve_point(text, published, future=True)
    if published is None or past is None or ahead is None or past == ahead:
        return ahead if future else past
    if future and reported:
        return min((past, ahead), key=lambda d: abs((d - published).days))
    if future:
        return ahead
    if forward and (ahead - published).days <= FORWARD_WINDOW_DAYS:
        return ahead
    return past


#: "took effect in January 2022": after an effect phrase, "in" names the date too (a month: its first day)
_EFFECT_IN = re.compile(r"\bin\s{1,3}$", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:next\s{1,3}|last\s{1,3}|this\s{1,3})?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class _When:
    """A time expression of the sentence (start, end, text)."""

    start: int
    end: int
    text: str
    year_start: date | None = None  # a year's first day ("from next year", "starting 2026")


def _weekday(text: str, published: date | None, future: bool) -> date | None:
    """A weekday named around publication: the last one on or before it, or with `future` the next on or after it."""
    from datetime import timedelta

    m = _WEEKDAY.search(text)
    if m is None or published is None:
        return None
    want = _WEEKDAYS.index(m.group(1).lower())
    lead = m.group(0).split()[0].lower()
    if lead == "next" or future and lead != "last":
        return published + timedelta(days=(want - published.weekday()) % 7 or (7 if lead == "next" else 0))
    return published - timedelta(days=(published.weekday() - want) % 7)


def _times(doc: ArticleDoc, sent: Span) -> list[_When]:
    """The sentence's time expressions, with weekdays the date finder leaves out ("as of Thursday")."""
    out = [_When(t.start, t.end, t.text, t.period[0] if t.period and t.granularity == "year" else None)
           for t in doc.times if sent.start_char <= t.start and t.end <= sent.end_char]
    text = doc.text[sent.start_char : sent.end_char]
    for m in _WEEKDAY.finditer(text):
        a, b = sent.start_char + m.start(), sent.start_char + m.end()
        if not any(w.start < b and a < w.end for w in out):
            out.append(_When(a, b, m.group(0)))
    return sorted(out, key=lambda w: w.start)


def _immediate(doc: ArticleDoc, sent: Span, allowed: set[int]) -> tuple[int, int] | None:
    """An "effective immediately" in the policy's clause: its character span."""
    text = doc.text[sent.start_char : sent.end_char]
    for m in policy_vocab().immediate.finditer(text):
        span = doc.nlp.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if span is not None and any(t.i in allowed for t in span):
            return sent.start_char + m.start(), sent.start_char + m.end()
    return None


def _future_clause(doc: ArticleDoc, start: int, verb: Token) -> bool:
    """Whether the clause a date sits in, in the policy verb's own sentence, is future or obligation ("issued a
    notice that starting July 1, shipments must carry certificates"): the notice's content is still to come. A later
    sentence telling more ("The credits will apply retroactively from ...") is not the verb's content."""
    if doc.nlp is None:
        return False
    span = doc.nlp.char_span(start, start + 1, alignment_mode="expand")
    tok = span[0] if span is not None and len(span) else None
    if tok is None or tok.sent.start != verb.sent.start:
        return False
    cues = policy_vocab().cue_words
    for _ in range(MAX_CLIMB):  # up to the clause's verb, past a cue read as a verb ("starting July 1")
        if tok is None or tok.pos_ in {"VERB", "AUX"} and tok.lower_ not in cues or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok is not None and tok.pos_ in {"VERB", "AUX"} and tok.i != verb.i and planned(tok)  # the verb's own
    # tense is the caller's `future`


def effective_date(
    doc: ArticleDoc, sent: Span, verb: Token, future: bool, allowed: set[int] | None = None, policy: Token | None = None,
    dated_decision: bool = True,
) -> tuple[date | None, tuple[int, int] | None]:
    """The date a policy applies from: a time expression after an effective-date cue in the policy's clause;
    for "effective immediately", the day of the decision (the publication date when the clause names none).

    Without `dated_decision`, the day of a decision verb ("passed an extra budget on May 1", "approved a package on
    Tuesday") is no date of the policy; an agreement keeps its signing day until a day it takes effect replaces it."""
    pv = policy_vocab()
    forward_cues = {c.lower() for c in pv.data.forward_cues}
    dated_on: tuple[date, tuple[int, int]] | None = None  # a bare "on <day>": the day of the act, unless a cue names another
    for t in _times(doc, sent):
        if _reported_on(doc, t.start, t.end, verb):
            continue
        if allowed is not None and not _attached(doc, t.start, t.end, allowed, verb, policy):
            continue
        before = doc.text[max(sent.start_char, t.start - CUE_WINDOW) : t.start]
        lead = pv.cue.search(before) or (_EFFECT_IN.search(before) if in_force_phrase(verb) else None)
        if lead is None and not pv.cue.match(t.text.split(" ", 1)[0] + " "):
            continue
        cue = (lead.group(0) if lead else t.text.split(" ", 1)[0]).lower()
        if not dated_decision and cue.split() == ["on"] and base(verb) in pv.data.decision_verbs and not effect_phrase(verb):
            continue  # "passed an extra budget on May 1": the day of the decision, not the day it applies from
        forward = any(re.search(rf"\b{re.escape(c)}\b", cue) for c in forward_cues)
        content = not future and _future_clause(doc, t.start, verb)  # "issued a notice that from May 1, X will ...": the
        ahead = future or content  # notice's own future, told of a past day: the nearer such day
        day = _pick_day(t.text, doc.published, ahead, content or reported_in_past(verb), forward) \
            or _weekday(t.text, doc.published, ahead or forward) or t.year_start
        if day is not None:
            start = t.start - (len(before) - lead.start()) if lead else t.start
            if dated_on is None and (cue.split() != ["on"] or effect_phrase(verb)) or forward or cue.split() == ["from"]:
                return day, (start, t.end)
            # "On July 31, the bank cut the rate ..., effective from August 1": the day it applies from wins
            dated_on = dated_on or (day, (start, t.end))
    if dated_on is not None:
        return dated_on
    now = _immediate(doc, sent, allowed if allowed is not None else {t.i for t in sent})
    if now is not None and doc.published is not None:
        return doc.published, now
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
    if verb.tag_ in {"VBD", "VBN", "VBZ", "VBP"} and base(verb) in data.implementing_verbs:
        return "in_effect"  # "imposed", "has banned", "offers tax credits"
    return "announced"


def family(action: str) -> str:
    """The undirected action of a directional one ("rate_cut" -> "rate_decision")."""
    for entry in policy_vocab().data.actions:
        if action in entry.directions.values():
            return entry.action
    return action


def action_of(trig: Trigger, head: Token, verb: Token) -> str:
    """The trigger's action, made directional by the verb or a change noun ("lowered the rate" -> rate_cut)."""
    pv = policy_vocab()
    entry = pv.entry_of.get(trig.action)
    if entry is None or not entry.directions:
        return trig.action
    words = [head.head.lower_] if head.dep_ == "compound" else []  # "a rate cut", "the RRR cut took effect"
    words += [verb.lower_]
    words += [c.lower_ for c in verb.children if c.dep_ in {"acomp", "oprd", "advmod"}]  # "kept ... unchanged"
    for w in words:
        direction = pv.direction_of.get(w) or pv.direction_of.get(pv.base_of.get(w, w))
        if direction in entry.directions:
            return entry.directions[direction]
    return trig.action


# ----------------------------------------------------------------------------- statements, not wishes


def _verb_chain(verb: Token) -> list[Token]:
    """The verb and the verbs it is the complement of ("urged the government to cut" -> cut, urged)."""
    chain = [verb]
    v = verb
    while v.dep_ in {"xcomp", "ccomp", "advcl", "pcomp", "pobj", "prep"} and v.head.i != v.i and len(chain) < MAX_CLIMB:
        v = v.head
        chain.append(v)
    return chain


def not_stated(verb: Token) -> bool:
    """The policy is asked for ("urged ... to cut taxes", "demanded that subsidies be expanded") or a condition
    ("If Washington imposes tariffs, ..."), not a decision anybody took."""
    data = policy_vocab().data
    advocacy = {w.lower() for w in data.advocacy_verbs}
    marks = {w.lower() for w in data.conditional_marks}
    for v in _verb_chain(verb):
        if v.i != verb.i and base(v) in advocacy:
            return True
        if v.pos_ in {"VERB", "AUX"} and any(c.dep_ == "mark" and c.lower_ in marks for c in v.children):
            return True
    return False


def historical(doc: ArticleDoc, sent: Span, allowed: set[int]) -> bool:
    """A year in the policy's clause lies more than `history_years` before publication ("In 1930, ...")."""
    if doc.published is None or doc.nlp is None:
        return False
    limit = doc.published.year - policy_vocab().data.history_years
    for t in doc.times:
        if not (sent.start_char <= t.start and t.end <= sent.end_char) or t.period is None:
            continue
        span = doc.nlp.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and span.root.i in allowed and t.period[1].year < limit:
            return True
    return False


def refine(action: str, head: Token, obj: tuple[int, int] | None) -> str:
    """A narrower action named by what a broad one applies to: "restricted exports of antimony" -> export_controls.

    The words looked at are the object's first words up to its head and the trigger's own modifiers
    ("export curbs" is already export_controls; "investment curbs" an investment restriction).
    """
    table = policy_vocab().data.refinements.get(action)
    if not table:
        return action
    doc = head.doc
    words = [t.lower_ for t in head.lefts if t.dep_ in {"compound", "amod", "nmod"}]
    if obj is not None:
        span = doc[obj[0] : obj[1]]
        words += [t.lower_ for t in span if t.i <= span.root.i]
    return next((table[w] for w in words if w in table), action)


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
    inferred: bool = False  # the actor comes from the context, not the clause
    anaphoric: bool = False  # "the measures", "the pact": a policy named before, nothing of its own to name it
    by_effect: bool = False  # the date is the one it takes effect ("came into force on"), not of a signing
    elaborates: bool = False  # "The duties for BYD are 17%": specifics of a policy named before (in `object`)
    noun: str | None = None  # the policy phrase's head word ("rules"), to find what "the new rules" refers to
    verb: int = -1  # token index of the policy's verb, to tell conjuncts apart
    coordinated: bool = False  # the verb is a predicate coordinated without a subject of its own ("... and threatened")
    dated_on: bool = False  # the date is the day of the act ("cut the rate on Friday"), no day it applies from


def _clause(verb: Token) -> list[Token]:
    """The tokens of a policy verb's own clause: its subtree without coordinated clauses."""
    out = [verb]
    for child in verb.children:
        if child.dep_ in {"conj", "cc", "parataxis", "punct"} and child.i > verb.i:
            continue
        out.extend(child.subtree)
    return out


def paragraphs(sent: Span) -> list[Span]:
    """A parser sentence cut at blank lines (a headline the parser ran into the byline or first sentence)."""
    doc = sent.doc
    words = lower_words(doc)  # a space token's text is its lower-cased form: no Token objects made
    cuts = [i for i in range(sent.start, sent.end) if words[i].isspace() and words[i].count("\n") >= 2]
    if not cuts:
        return [sent]
    out, lo = [], sent.start
    for c in [*cuts, sent.end]:
        if c > lo:
            out.append(doc[lo:c])
        lo = c + 1
    return out or [sent]


@dataclass
class _Memory:
    """What the previous sentences said: the last policy actor and the sentence it was found in."""

    actor: str | None = None
    sentence: int = -10  # index of the sentence it was found in
    current: int = 0  # index of the sentence being read
    named: list[PolicyFind] = field(default_factory=list)  # policies only named with their owner, no verb
    parties: str | None = None  # the last actor of two or more parties ("Australia, India")


def policies_in(doc: ArticleDoc, sent: Span, memory: _Memory | None = None) -> Iterator[PolicyFind]:
    """The policies a sentence states; one per statement (restatements joined conjuncts are merged)."""
    memory = memory or _Memory()
    finds: list[PolicyFind] = []
    used_verbs: set[int] = set()
    covered: set[int] = set()
    candidates = []
    verbless: list[tuple[Trigger, Token]] = []
    acr = acronyms(doc)
    known = None if acr else doc.cache.get("policies.plain_triggers", {}).get((sent.start, sent.end))
    for trig in find_triggers(sent, acr) if known is None else known:
        head = trigger_head(sent, trig)
        verb = policy_verb(trig, head)
        if verb is not None and not_stated(verb):
            continue
        if verb is not None:
            candidates.append((trig.generic, _distance(head, verb), trig.start, trig, head, verb))
        elif not trig.verbal:  # a generic one only as the subject of an elaboration ("the new rules lower ...")
            verbless.append((trig, head))
    used_heads: set[int] = set()
    for *_, trig, head, verb in sorted(candidates, key=lambda c: c[:3]):
        # a second policy coordinated under one verb ("a 15% tariff on coal, and a 10% tariff on crude oil") is its own
        conjunct = head.dep_ == "conj" and (head.head.i in used_heads or head.head.i == verb.i
                                            or _date_conjunct(head, verb)) and not trig.generic
        if (verb.i in used_verbs and not conjunct) or (trig.generic and any(t in covered for t in range(trig.start, trig.end))):
            continue
        if trig.generic and head.dep_ in {"nsubj", "nsubjpass"} and head.head.i in used_verbs:
            continue  # "The law, approved by the cabinet, doubles the excise tax": the law's policy is stated
        find = _read(doc, sent, trig, head, verb, finds, memory)
        if find is None:
            continue
        covered.update(t.i for t in head.subtree)
        used_verbs.add(verb.i)
        used_heads.add(head.i)
        finds.append(find)
    for trig, head in verbless:  # "despite U.S. sanctions": a policy named with its owner exists
        if head.i in covered:
            continue
        detail = _elaboration(doc, sent, trig, head)
        if detail is not None:
            finds.append(detail)
            continue
        named = trig.generic and _proper_policy(head)
        if trig.generic and not named:
            continue
        owner = _owner_actor(doc, head, named_for=trig.action == "agreement")
        framer = _framing_actor(doc, head) if named else None
        owner = owner or framer
        if owner is not None:
            found = _named_policy(doc, sent, trig, head, owner)
            if framer is not None:  # what the framed clause says is the policy's content
                verb = head.head.head
                last = max(t.i for t in _clause(verb) if t.i < sent.end and not t.is_punct)
                found = replace(found, start=min(found.start, verb.left_edge.idx),
                                end=max(found.end, sent.doc[last].idx + len(sent.doc[last])))
            memory.named.append(found)
    merged: list[PolicyFind] = []
    for f in sorted(finds, key=lambda f: f.start):
        if f.elaborates:
            merged.append(f)
            continue
        same = next((m for m in merged if m.action == f.action and m.actor == f.actor and not m.elaborates
                     and _restates(m, f)), None)
        if same is None:
            merged.append(f)
            continue
        objs = [o for o in (same.object, f.object) if o]
        merged[merged.index(same)] = replace(
            same, object="; ".join(dict.fromkeys(objs)) or None, effective=same.effective or f.effective,
            start=min(same.start, f.start), end=max(same.end, f.end), inferred=same.inferred and f.inferred,
            by_effect=same.by_effect if same.effective else f.by_effect, anaphoric=same.anaphoric and f.anaphoric,
        )
    for f in merged:
        if f.actor and not f.elaborates:
            memory.actor, memory.sentence = f.actor, memory.current
            if _several_parties(f.actor):
                memory.parties = f.actor
        yield f


def _fronted_date(nlp: Doc, sent: Span, edge: int) -> set[int]:
    """The tokens of a cued date phrase just before a clause's first token, a comma at most between ("that from
    December 1, 2024, the rebate will be lowered", the date hung by the parser on the reporting verb)."""
    if nlp[edge].dep_ == "mark" or nlp[edge].tag_ in {"WDT", "WP", "WRB"}:
        return set()  # "... on April 11 as it cuts", "..., which has cut": the date is the clause's before
    j = edge - 1
    if j >= sent.start and nlp[j].text == ",":
        j -= 1
    run: list[int] = []
    cues = policy_vocab().cue_words
    while j >= sent.start and len(run) < MAX_FRONTED_TOKENS and (nlp[j].ent_type_ == "DATE" or nlp[j].lower_ in cues):
        run.append(j)
        j -= 1
    if not run or nlp[run[-1]].lower_ not in cues or not any(nlp[k].ent_type_ == "DATE" for k in run):
        return set()
    if j >= sent.start and nlp[j].lower_ not in {"that", ",", ":", "and"}:
        return set()  # "decided on May 2 to recommend duties": the day of the deciding verb
    return set(run)


def _fronted(nlp: Doc, sent: Span, verb: Token, clause: list[Token]) -> set[int]:
    """Dates fronted before a policy clause: a cued date just before it, and for a predicate coordinated without a
    subject of its own ("from April 1 it will tighten its safeguard and cut quotas") the first predicate's fronted
    adverbials, which scope over both."""
    out = _fronted_date(nlp, sent, min(t.i for t in clause))
    if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children) \
            and verb.head.pos_ in {"VERB", "AUX"}:
        first = verb.head
        subj = next((c for c in first.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        bound = subj.i if subj is not None else first.i
        out |= {t.i for c in first.children if c.i < bound and c.dep_ in {"prep", "npadvmod"} for t in c.subtree}
        out |= _fronted_date(nlp, sent, min(t.i for t in _clause(first)))
    return out


def _date_conjunct(head: Token, verb: Token) -> bool:
    """A second policy the parser hung on the first one's date ("impose a surtax on X from Oct. 1 and a surtax on Y
    from Oct. 15": the second surtax a conjunct of "Oct."): a conjunct of a date phrase of the verb."""
    date = head.head
    if date.ent_type_ != "DATE" or date.dep_ != "pobj" or date.head.dep_ != "prep":
        return False
    return date.head.head.i == verb.i


def _own_date_range(head: Token) -> set[int] | None:
    """A coordinated policy's own phrase when it carries a date phrase of its own ("... and a 25% surtax on steel
    from Oct. 15"): its date is that one, not the first conjunct's."""
    if head.dep_ != "conj":
        return None
    own = {t.i for t in head.subtree}
    doc, j = head.doc, head.right_edge.i + 1  # "... and a 10% duty on rice from Feb. 20", the date hung on the verb
    if j < head.sent.end and doc[j].lower_ in policy_vocab().cue_words:
        while j < head.sent.end and len(own) < len(list(head.subtree)) + MAX_FRONTED_TOKENS \
                and (doc[j].lower_ in policy_vocab().cue_words or doc[j].ent_type_ == "DATE"):
            own.add(j)
            j += 1
    if any(doc[k].ent_type_ == "DATE" for k in own):
        return own
    return None


def _restates(a: PolicyFind, b: PolicyFind) -> bool:
    """Two statements of one sentence name one policy: no object, one object within the other, what one policy
    acts on ("lowered the deposit rate and the refinancing rate"), or coordinated predicates of one subject ("set
    tariffs on X and threatened a levy on Y"); not two dates, nor two policies under one verb ("a 15% tariff on
    coal and a 10% tariff on crude oil") or in clauses of their own ("..., while a tariff on Y was suspended")."""
    if a.effective and b.effective and a.effective != b.effective:
        return False
    x, y = _words_of(a.object), _words_of(b.object)
    if not x or not y or x <= y or y <= x:
        return True
    entry = policy_vocab().entry_of.get(family(a.action))
    if entry is not None and entry.names_object:
        return True
    return a.verb != b.verb and (a.coordinated or b.coordinated)


def _elaboration(doc: ArticleDoc, sent: Span, trig: Trigger, head: Token) -> PolicyFind | None:
    """A sentence that tells more about a policy named before: "The duties for BYD and Geely are 17% and 18%",
    "The controls cover gallium nitride", "the new rules lower the thresholds, so the A800 can no longer be shipped".

    The policy phrase refers back (`_anaphoric`) and is the subject of a verb that describes rather than enacts
    (`elaboration_verbs`); the clause, without the determiner, is the detail for the policy's object.
    """
    if trig.verbal or head.dep_ not in {"nsubj", "nsubjpass"} or not _anaphoric(head, trig, None):
        return None
    verb = head.head
    if not _clause_verb(verb) or _lemma(verb) not in policy_vocab().data.elaboration_verbs or not_stated(verb):
        return None
    if any(c.dep_ == "aux" and c.lower_ in {"could", "may", "might"} for c in verb.children):
        return None  # "the restrictions could affect sales": a consequence someone expects, not what they say
    found = _detail(doc, sent, verb, trig.action, skip=[c.i for c in head.children if c.dep_ in {"det", "poss"}])
    return replace(found, noun=head.lower_) if found is not None else None


def _clause_verb(tok: Token) -> bool:
    """A verb heading a clause, also one the tagger took for an adjective ("the new rules lower the thresholds": an
    ADJ with its own subject and object)."""
    if tok.pos_ in {"VERB", "AUX"}:
        return True
    return tok.pos_ == "ADJ" and tok.dep_ in {"ROOT", "ccomp", "conj"} and any(c.dep_ == "dobj" for c in tok.children)


def _lemma(verb: Token) -> str:
    """The base form of a verb, "be" for its forms."""
    return "be" if verb.lower_ in {"is", "are", "was", "were", "be", "been", "being", "'s", "'re"} else base(verb)


def trimmed(nlp: Doc, lo: int, hi: int) -> tuple[int, int]:
    """Token range [lo, hi) without the punctuation at its ends (closing brackets, "%" and quotes stay)."""
    while hi > lo + 1 and nlp[hi - 1].is_punct and nlp[hi - 1].text not in {")", "%", '"'}:
        hi -= 1
    while lo < hi - 1 and nlp[lo].is_punct and nlp[lo].text not in {"(", '"'}:
        lo += 1
    return lo, hi


def cut_detail(text: str) -> str:
    """`text` cut to DETAIL_CHARS characters, at the last space before the limit when there is one."""
    if len(text) <= DETAIL_CHARS:
        return text
    cut = text.rfind(" ", 0, DETAIL_CHARS)
    return text[: cut if cut > 0 else DETAIL_CHARS]


def _detail(doc: ArticleDoc, sent: Span, verb: Token, action: str, skip: list[int], whole: bool = False) -> PolicyFind | None:
    """The clause of `verb` (`whole`: the sentence) as an elaboration of the last policy of `action`'s group."""
    nlp = sent.doc
    clause = list(sent) if whole else _clause(verb)
    if verb.dep_ == "ccomp" and verb.head.lower_ in SAY_FORMS:  # "said the rules lower the thresholds, so chips ... can
        clause += [t for c in verb.head.children if c.dep_ == "advcl" and c.i > verb.i  # no longer be shipped": the
                   and any(m.dep_ == "mark" and m.lower_ == "so" for m in c.children) for t in c.subtree]  # effect said
    toks = sorted((t for t in clause if sent.start <= t.i < sent.end and t.i not in skip and not t.is_space), key=lambda t: t.i)
    if not toks:
        return None
    lo, hi = trimmed(nlp, toks[0].i, toks[-1].i + 1)
    start, end = nlp[lo].idx, nlp[hi - 1].idx + len(nlp[hi - 1])
    text = doc.text[start:end]
    text = cut_detail(text)
    return PolicyFind(None, action, " ".join(text.split()), None, "announced", start, end, elaborates=True)


def _scope_elaboration(doc: ArticleDoc, sent: Span) -> PolicyFind | None:
    """A sentence naming what the policy before it covers: "Affected products include ...", "The list covers ..."."""
    pv = policy_vocab()
    words = lower_words(sent.doc)
    for tok in (sent.doc[i] for i in range(sent.start, sent.end) if words[i] in pv.data.scope_nouns):
        if tok.dep_ != "nsubj" or tok.lower_ not in pv.data.scope_nouns or tok.head.pos_ not in {"VERB", "AUX"}:
            continue
        verb = tok.head
        if _lemma(verb) not in {"include", "cover", "comprise", "span", "be", "range"}:
            continue
        mods = [c for c in tok.children if c.i < tok.i]
        pointing = any(c.lower_ in ANAPHOR_DETS or c.tag_ == "VBN" or c.lower_ in pv.data.scope_participles for c in mods)
        if pointing:
            return _detail(doc, sent, verb, "policy", skip=[c.i for c in mods if c.dep_ == "det"])
    return None


#: subjects that refer back to the policy before ("It will be financed through ...", "They apply to ...")
REFERRING_PRONOUNS = frozenset({"it", "they"})
#: a share of such a pronoun as subject ("Much of it will be financed through a third extra budget")
REFERRING_SHARES = frozenset({"much", "most", "part", "some", "all", "half", "rest", "bulk", "each"})
#: words saying a coming rule applies from a day already past ("the credits will apply retroactively from Jan. 1")
RETROACTIVE = frozenset({"retroactive", "retroactively"})
#: quotation marks: a sentence told inside quotes is somebody's words, no specific of the policy
QUOTES = frozenset({'"', "“", "”", "«", "»"})


def _continuation(doc: ArticleDoc, sent: Span, actor: str | None, found: list[PolicyFind]) -> PolicyFind | None:
    """A sentence that goes on about the policy before it without naming it: its clause as that policy's specifics,
    with the date it gives.

    The subject refers back: a pronoun ("It will be financed through a third extra budget", "Much of it ..."), a phrase
    pointing back ("The package sets aside ...", "The move ends a relaxation ...", `reference_nouns`), or the
    policy's actor named again ("The committee also decided to change its stance"); the verb describes the policy
    (`elaboration_verbs`, an effect phrase) or, after "also", takes a further step of the same decision
    (`continuation_verbs`). A clause framed by the policy ("Under the plan, ...", "As part of the deal, ...") that
    states no policy of its own is one too. A sentence that states a policy of its own is left alone.
    """
    pv = policy_vocab()
    verb = sent.root
    if verb.lower_ in SAY_FORMS:  # "The BIS said the new rules ...", "Aso said much of it will be financed ..."
        verb = next((c for c in verb.children if c.dep_ == "ccomp"
                     and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)), verb)
    if not _clause_verb(verb) or not_stated(verb) or _quoted(sent, verb) \
            or any(c.dep_ == "aux" and c.lower_ in {"could", "may", "might"} for c in verb.children):
        return None
    clause = {t.i for t in _clause(verb)}
    if any(f.anaphoric and f.verb in clause for f in found):
        return None  # "The new rules will take effect on ...": a restatement that dates the policy (merge_restatements)
    own = [f for f in found if not f.anaphoric and not f.elaborates and f.verb in clause]
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    kind = _refers_back(doc, subj, actor) if subj is not None else None
    lemma = _lemma(verb)
    also = any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)
    describes = lemma in pv.data.elaboration_verbs and not (lemma == "be" and verb.lower_ == lemma or verb.pos_ == "AUX")
    if kind in {"pronoun", "phrase"} and (describes or effect_phrase(verb)):
        passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
        if own and not passive and base(verb) in pv.policy_verbs:
            return None  # "It also extended the tariffs to steel": a policy of its own
        skip = [t.i for t in subj.subtree] if kind == "pronoun" else [c.i for c in subj.children if c.dep_ == "det"]
    elif kind == "actor" and not own and (describes and lemma != "be" and base(verb) not in pv.policy_verbs
                                          or also and _continues(verb)):  # not "The government also extended ..."
        skip = [c.i for c in subj.children if c.dep_ == "det"]
    elif not found and (frame := _framed(verb)) is not None:  # the whole sentence but its frame
        prep, policy = frame
        framed = _detail(doc, sent, verb, "policy", [t.i for t in prep.subtree], whole=True)
        return replace(framed, noun=policy.lower_) if framed is not None else None
    else:
        return None
    detail = _detail(doc, sent, verb, "policy", skip + [c.i for c in verb.children if c.dep_ == "mark"])
    if detail is None:
        return None
    retro = any(t.lower_ in RETROACTIVE for t in sent)  # "will apply retroactively from Jan. 1": the last Jan. 1
    future = (planned(verb) or _present_effect(verb)) and not retro
    effective, _ = effective_date(doc, sent, verb, future, clause)
    return replace(detail, actor=actor if kind == "actor" else None, effective=effective,
                   status=status_of(verb, effective, doc.published) if not retro else "in_effect",
                   by_effect=effective is not None, noun=subj.lower_ if kind == "phrase" else None)


def _quoted(sent: Span, tok: Token) -> bool:
    """`tok` stands inside quotation marks of its sentence."""
    words = lower_words(sent.doc)  # a quotation mark's lower-cased form is itself: no Token objects made
    marks = [k for k in range(sent.start, sent.end) if words[k] in QUOTES]
    return sum(1 for k in marks if k < tok.i) % 2 == 1 or bool(marks) and marks[0] == sent.start


def _refers_back(doc: ArticleDoc, subj: Token, actor: str | None) -> str | None:
    """How a subject refers back to the policy before it: "pronoun" ("It", "Much of it"), "phrase" ("The package",
    "The new regime", "The move"), "actor" (the policy's doer named again: "The bank", "The committee"), else None."""
    pv = policy_vocab()
    if subj.lower_ in REFERRING_PRONOUNS:
        return "pronoun"
    shares = [g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if subj.lower_ in REFERRING_SHARES and any(g.lower_ in {"it", "them"} for g in shares):
        return "pronoun"
    dets = [c for c in subj.children if c.dep_ in {"det", "poss"} and c.i < subj.i]
    if not dets or any(c.lower_ not in ANAPHOR_DETS for c in dets) or subj.ent_type_ \
            or any(c.ent_type_ for c in subj.children if c.i < subj.i):
        return "actor" if actor is not None and subj.ent_type_ and actor_text(doc, subj) == actor else None
    mods = [c for c in subj.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < subj.i]
    if any(m.lower_ not in REFERRING_ADJECTIVES for m in mods):
        return None  # "the chip industry", "the trade deficit"
    if subj.lower_ in pv.data.reference_nouns or (subj.lower_,) in pv.phrase_of:
        return "phrase"
    return "actor" if actor is not None and subj.lower_ in pv.actor_nouns - NOT_BODY_NOUNS else None


def _continues(verb: Token) -> bool:
    """The verb, or the verb it governs ("also decided to change ..."), takes a further step (`continuation_verbs`)."""
    steps = policy_vocab().data.continuation_verbs
    return base(verb) in steps or any(c.dep_ == "xcomp" and base(c) in steps for c in verb.children)


def _framed(verb: Token) -> tuple[Token, Token] | None:
    """The preposition and the policy a clause is framed by, pointing back: "Under the plan, ...", "As part of the
    deal, ..."."""
    pv = policy_vocab()
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "as":  # "as part of the deal"
            objs = [g for o in objs if o.lower_ == "part" for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]
        elif prep.lower_ != "under":
            continue
        for o in objs:
            dets = [c for c in o.children if c.dep_ == "det"]
            if dets and all(c.lower_ in ANAPHOR_DETS for c in dets) \
                    and (o.lower_ in pv.data.reference_nouns or (o.lower_,) in pv.phrase_of):
                return prep, o
    return None


def _proper_policy(head: Token) -> bool:
    """A generic policy noun that is part of a proper name ("the National Steel Policy 2017", "the Inflation Reduction
    Act"): two or more capitalized words of its own, not the start of a headline in title case."""
    if not head.text[:1].isupper():
        return False
    named = [c for c in head.lefts if c.dep_ in {"compound", "amod", "nmod"} and c.text[:1].isupper()]
    named += [g for c in named for g in c.lefts if g.dep_ in {"compound", "amod", "nmod", "cc", "conj"}]
    words = [t for t in head.sent if t.is_alpha and t.i != head.sent.start]
    title_case = sum(t.text[:1].isupper() for t in words) > 0.6 * max(len(words), 1)  # a headline
    return len(named) >= 1 and not title_case and not any(t.ent_type_ in {"PERSON", "DATE"} for t in named)


def _framing_actor(doc: ArticleDoc, head: Token) -> str | None:
    """The subject of the clause a named policy frames ("Under its X, the government wants ..."), or of the clause
    it is the object of ("... said the X would ...")."""
    if not (head.dep_ == "pobj" and head.head.lower_ in {"under", "through", "via"}):
        return None
    verb = head.head.head
    subj, _ = subject_of(verb) if verb.pos_ in {"VERB", "AUX"} else (None, False)
    return actor_text(doc, subj) if subj is not None else None


def _named_policy(doc: ArticleDoc, sent: Span, trig: Trigger, head: Token, owner: str) -> PolicyFind:
    """A policy named with its owner but no verb ("despite U.S. sanctions", "the EU's duties on EVs"): in effect."""
    nlp = sent.doc
    obj = object_of(trig, head, sent)
    toks = [*nlp[trig.start : trig.end], *head.subtree]
    toks += [c for c in head.children if c.dep_ == "poss" for c in c.subtree]
    covered = _covered_noun(head)
    if covered is not None:  # "Australian wheat, which falls under China's import quota": what the policy covers
        a, b = phrase_text(covered)
        toks += nlp[a : b]
        obj = obj or (a, b)
    toks = [t for t in toks if sent.start <= t.i < sent.end]
    lo, hi = min(t.i for t in toks), max(t.i for t in toks) + 1
    while hi > lo + 1 and nlp[hi - 1].is_punct and nlp[hi - 1].text not in {")", "%"}:
        hi -= 1
    if owner and trig.action in policy_vocab().monetary:
        from ..normalize.actors import central_bank_of

        bank = central_bank_of(owner, _kb())
        owner = bank.name if bank is not None else owner
    return PolicyFind(owner, trig.action, nlp[obj[0] : obj[1]].text if obj else None, None, "in_effect",
                      nlp[lo].idx, nlp[hi - 1].idx + len(nlp[hi - 1]))


#: prepositions of a relative clause that puts a noun under a policy ("which falls under the quota", "that are
#: subject to the duties", "which come within the scheme")
COVERING_PREPOSITIONS = frozenset({"under", "within", "to"})


def _covered_noun(head: Token) -> Token | None:
    """The noun a relative clause puts under a policy named in it: "wheat, which falls under China's quota"."""
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in COVERING_PREPOSITIONS:
        return None
    verb = prep.head if prep.head.pos_ in {"VERB", "AUX"} else prep.head.head  # "are subject to": to -> subject -> are
    if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if prep.lower_ == "to" and prep.head.lower_ != "subject":
        return None
    return verb.head


def _read(
    doc: ArticleDoc, sent: Span, trig: Trigger, head: Token, verb: Token, earlier: list[PolicyFind], memory: _Memory
) -> PolicyFind | None:
    """One policy from a trigger and its verb: actor, action, object, date, status and evidence span."""
    nlp = sent.doc
    subj, _ = subject_of(verb)
    beneficiary = None
    if _receives(verb, head, trig):  # the subject is the beneficiary: the doer is the giver, else the context
        beneficiary, subj = subject_of(verb)[0], _giver(verb)
        if not _public_transfer(doc, beneficiary, subj):
            return None
    if _targets(verb, head):  # "Malaysian goods would face a 25% tariff": the goods are the object, not the doer
        beneficiary, subj = subject_of(verb)[0], _imposer(doc, verb, head)
        if subj is None:
            return None  # "Exporters face tariffs of up to 50%": whose, the sentence does not say
    if subj is not None and not sent.start <= subj.i < sent.end and subj.pos_ != "PRON":
        # a headline the parser ran into the body's first sentence: the body's subject is at most apposed to it
        subj = next((c for c in subj.children if c.dep_ == "appos" and sent.start <= c.i < sent.end), None)
    if subj is not None and subj.pos_ == "PRON" and subj.head.dep_ == "relcl" and subj.head.head.i == head.i:
        subj = None  # "RCEP, which took effect in 2022": the policy itself
    elif subj is not None and subj.pos_ == "PRON" and subj.head.dep_ == "relcl" and effect_phrase(subj.head) \
            and head.left_edge.i <= subj.head.head.i <= head.right_edge.i:
        subj = None  # "its surtax on steel products, which took effect ...": the parser hung the clause on the object
    if subj is not None and (trig.start <= subj.i < trig.end or head.dep_ == "compound" and head.head.i == subj.i):
        subj = None  # the policy itself ("the RRR cut ... took effect")
    actor = actor_text(doc, subj) if subj is not None and subj.i != head.i else None
    doer = actor  # the clause's own subject, before any fallback to the sentences around or the article's country
    if subj is not None and _both_sides(subj):  # "the two governments are negotiating a broader pact"
        actor = _pair_of(doc, subj, earlier, memory) or actor
    actor_span = phrase_text(subj) if subj is not None and actor is not None else None
    if subj is not None and subj.pos_ == "PRON" and actor is not None:  # "the government said it would cut ...": the
        reporter = _reporting_subject(subj)  # evidence names who "it" is
        if reporter is not None and sent.start <= reporter.i < sent.end:
            actor_span = phrase_text(reporter)
    inferred = False
    if actor is None:
        actor = _owner_actor(doc, head, named_for=trig.action == "agreement")
    if actor is None:  # "Executive Order 62, signed by President Marcos, slashed the tariff": the signer's
        party = next((a for t in (subj, head) if t is not None for a in _acted_by(t)), None)
        actor = (actor_text(doc, party) or _leader_country(doc, party)) if party is not None else None
    if actor is None:
        party = _effect_for(verb)
        actor = actor_text(doc, party) if party is not None else None
    if actor is None and trig.verbal and (dest := _flow_destination(verb)) is not None:
        actor = actor_text(doc, dest)  # "soybeans will be allowed to be exported to China": China opens its market
    obj = object_of(trig, verb, sent)
    if obj is None and beneficiary is not None and beneficiary.pos_ != "PRON":
        obj = phrase_text(beneficiary)  # "exporters hit by the curbs will receive loans": who the policy is for
    if actor is None and trig.action == "agreement":
        between = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "between" for g in c.children
                   if g.dep_ == "pobj"]  # "the truce between Washington and Beijing"
        if between:
            actor = actor_text(doc, between[0])
        elif obj is not None:
            actor = _parties(nlp, obj)
    took_effect = effect_phrase(verb) and (head.dep_ in {"nsubj", "nsubjpass"} or verb.dep_ in {"relcl", "acl"})
    # no doer in the clause ("the rate was lowered", "the extension of the exemption", a subject that names
    # no actor reached through a subordinate clause): the doer is in the sentence or the ones before
    doerless = subj is None or subj.pos_ == "PRON" or subj.head.i != verb.i
    if actor is None and doerless and not (took_effect and trig.action == "agreement"):
        if not took_effect or trig.generic:  # "South Korea removed Japan from its list, and the measure came into force"
            actor, actor_span = _mention_actor(doc, sent, min(trig.start, verb.i))
        if actor is None:
            actor = next((f.actor for f in reversed(earlier) if f.actor), None)
        if actor is None and memory.actor and memory.current - memory.sentence <= MEMORY_SENTENCES:
            actor, inferred = memory.actor, True
        if actor is None and trig.action in CONTEXT_ACTIONS:  # the country of an official the sentence names, else
            official = next((tp for tp in find_titled_persons(doc)  # the article's
                             if sent.start_char <= tp.start < sent.end_char and (tp.country or tp.organization)), None)
            named = None
            if official is not None:
                from ..normalize.actors import person_actor

                named = person_actor(official.name, doc.published, _kb()) or canonical(doc, official.country) \
                    or canonical(doc, official.organization)
            actor, inferred = named or canonical(doc, _country_name(article_country(doc))), True
    if trig.generic and actor is None:
        return None
    entry = policy_vocab().entry_of.get(trig.action)
    if entry is not None and (entry.needs_actor or entry.generic) \
            and (actor is None or subj is not None and subj.lower_ in NOT_BODY_NOUNS - {"lawmakers", "president"}):
        return None  # "copper prices hit a floor price", "shipping firms set up a green channel", "the company
        # issued a notice": a firm's own rules are no public policy
    if entry is not None and entry.state_actor and not state_actor(doer, subj):
        return None  # "Shell raised its fuel prices": a firm's own price is no administered one
    clause = _clause(verb)
    allowed = {t.i for t in clause} | {t.i for t in head.subtree}
    if obj:
        allowed |= {t.i for k in range(*obj) for t in nlp[k].subtree}
    if verb.dep_ == "acl":  # "a 25 basis point cut to the RRR, effective Feb. 5"
        allowed |= {t.i for t in verb.head.subtree}
    if verb.dep_ == "nsubj" and effect_phrase(verb.head):  # "the tariff increases ... would take effect on Aug 1"
        allowed |= {t.i for t in _clause(verb.head)}
    allowed |= _fronted(nlp, sent, verb, clause)
    future = planned(verb) or (verb.dep_ == "nsubj" and planned(verb.head)) or _present_effect(verb) or _progressive(verb)
    if historical(doc, sent, allowed):
        return None
    own = _own_date_range(head)
    effective, date_span = effective_date(doc, sent, verb, future, own, head, dated_decision=trig.action == "agreement") \
        if own is not None else (None, None)
    if effective is None:
        effective, date_span = effective_date(doc, sent, verb, future, allowed, head,
                                              dated_decision=trig.action == "agreement")
    if effective is None:
        effective, date_span = _framework_date(doc, sent, verb, head)
    if effective is None and trig.action == "legislation":  # an annual budget, not an extra one ("financing")
        effective, date_span = _budget_start(doc, head, verb, actor)
    # "the imposition of ... took effect": the state is the effect verb's
    state = verb.head if is_nominal_verb(verb) and verb.dep_ in {"nsubj", "nsubjpass"} and effect_phrase(verb.head) else verb
    toks = [*clause, nlp[trig.start], head]
    if actor_span:
        toks.extend(nlp[slice(*actor_span)])
    if obj:
        toks.extend(nlp[obj[0] : obj[1]])
    toks = [t for t in toks if sent.start <= t.i < sent.end]
    lo = _across_mask(nlp, min(t.i for t in toks), sent.start)
    hi = max(t.i for t in toks) + 1
    while hi > lo + 1 and (nlp[hi - 1].is_punct and nlp[hi - 1].text not in {")", '"', "%"} or nlp[hi - 1].pos_ == "CCONJ"):
        hi -= 1
    start, end = nlp[lo].idx, nlp[hi - 1].idx + len(nlp[hi - 1])
    if date_span:
        start, end = min(start, date_span[0]), max(end, date_span[1])
    anchor = nlp[trig.start].idx  # a headline run into the byline by the parser: keep the trigger's paragraph
    start = max(start, doc.text.rfind("\n\n", start, anchor) + 2 if "\n\n" in doc.text[start:anchor] else start)
    cut = doc.text.find("\n\n", anchor, end)
    end = cut if cut != -1 else end
    if actor and trig.action in policy_vocab().monetary:  # "China cut its RRR": the central bank did
        from ..normalize.actors import central_bank_of

        bank = central_bank_of(actor, _kb())
        actor = bank.name if bank is not None else actor
    obj_text = nlp[obj[0] : obj[1]].text if obj else None
    return PolicyFind(
        actor, refine(action_of(trig, head, verb), head, obj), obj_text, effective,
        status_of(state, effective, doc.published), start, end, inferred,
        anaphoric=_anaphoric(head, trig, obj_text),
        by_effect=effective is not None and (effect_phrase(state) or base(state) not in policy_vocab().data.decision_verbs),
        noun=head.lower_, verb=verb.i,
        coordinated=verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children),
        dated_on=date_span is not None and not effect_phrase(state)
        and doc.text[date_span[0] : date_span[1]].split(" ", 1)[0].lower() == "on",
    )


def _is_mask(tok: Token) -> bool:
    return MASK_RE.fullmatch(tok.text) is not None or tok.text == "*" or tok.text in {"[", "]", "...", "…"}


def _across_mask(nlp: Doc, lo: int, first: int) -> int:
    """The start of a policy's evidence moved left over a masked word inside its noun phrase: the parser breaks
    "the phase one ** agreement" at the mask, so the evidence would begin at "agreement"."""
    i = lo
    while i > first and _is_mask(nlp[i - 1]) and lo - i < MAX_MASK_TOKENS:
        i -= 1
    if i == lo:
        return lo
    k = i
    while k > first and i - k < MAX_MASK_MODIFIERS and nlp[k - 1].pos_ in {"NOUN", "PROPN", "NUM", "ADJ"} \
            and not nlp[k - 1].is_punct:
        k -= 1
    return k if k < i else lo  # a mask with no modifiers before it is no part of the phrase


def _acted_by(tok: Token) -> Iterator[Token]:
    """The doers of a participle on a noun ("the order, signed by the president", "rules issued by the ministry")."""
    for part in tok.children:
        if part.dep_ in {"acl", "relcl"} and part.tag_ == "VBN":
            yield from (g for a in part.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj")


def _leader_country(doc: ArticleDoc, person: Token) -> str | None:
    """The article's country for its head of state or government the knowledge base does not know ("signed by
    President Ferdinand Marcos Jr." in a story datelined MANILA)."""
    roles = policy_vocab().data.leader_roles
    for tp in find_titled_persons(doc):
        if any(tp.span_start <= t.idx < tp.end for t in person.subtree) and tp.role.lower() in roles \
                and not tp.country and not tp.organization:
            return canonical(doc, _country_name(article_country(doc)))
    return None


def _both_sides(subj: Token) -> bool:
    """A subject naming two parties without their names: "the two governments", "both sides", "the two countries"."""
    nouns = policy_vocab().actor_nouns
    return subj.tag_ in {"NNS", "NNPS"} and (subj.lower_ in nouns or subj.lower_[:-1] in nouns) and any(
        c.dep_ == "nummod" and c.lower_ == "two" or c.dep_ in {"det", "predet"} and c.lower_ == "both" for c in subj.children)


def _several_parties(actor: str | None) -> bool:
    """An actor of two or more known parties ("China, Kazakhstan"), not one body's name split at its commas."""
    kb = _kb()
    return actor is not None and ", " in actor and all(
        kb.find_country(a) is not None or kb.find_organization(a) is not None for a in actor.split(", "))


def _pair_of(doc: ArticleDoc, subj: Token, earlier: list[PolicyFind], memory: _Memory) -> str | None:
    """The two parties "the two sides" stands for: those of the last policy of two parties, else the two countries
    the article names most up to here (in the order first named)."""
    kb = _kb()
    last = next((f.actor for f in reversed(earlier) if _several_parties(f.actor)), None) or memory.parties
    if last is not None:
        return last
    count: dict[str, int] = {}
    for ent in doc.entities():
        if ent.start >= subj.i:
            break
        country = kb.find_country(ent.text) if ent.label_ in {"GPE", "NORP"} else None
        if country is not None:
            count[country.name] = count.get(country.name, 0) + 1
    if len(count) < 2:
        return None
    top = sorted(count, key=lambda c: -count[c])[:2]
    if len(count) > 2 and count[top[1]] == sorted(count.values(), reverse=True)[2]:
        return None  # no clear second party
    return ", ".join(c for c in count if c in top)


def _anaphoric(head: Token, trig: Trigger, obj_text: str | None) -> bool:
    """The policy phrase refers back ("the measures", "the new rules", "the pact"): a determiner or possessive
    pronoun, no owner named, and no object beyond its own words."""
    entry = policy_vocab().entry_of.get(trig.action)
    if trig.verbal or entry is not None and entry.directions:  # "cut its benchmark rate": the rate is acted on
        return False
    dets = [c for c in head.children if c.dep_ in {"det", "poss"} and c.i < head.i]
    if not dets or any(c.lower_ not in ANAPHOR_DETS for c in dets):
        return False
    doc = head.doc
    mods = [t for t in head.lefts if t.dep_ not in {"det", "poss", "punct"} and not trig.start <= t.i < trig.end]
    if any(t.lower_ not in REFERRING_ADJECTIVES for t in mods):  # "the main refinancing rate" names a policy of its own
        return False
    return not (_words_of(obj_text) - _words_of(doc[trig.start : trig.end].text) - REFERRING_ADJECTIVES)


def _progressive(verb: Token) -> bool:
    """"is quadrupling its tariff ..., effective Sept. 27": a present progressive names a change under way, its
    yearless date the coming one."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in {"is", "are", "am", "'s", "'re"} for c in verb.children)


def _present_effect(verb: Token) -> bool:
    """"takes effect on Feb. 14", "comes into force on the 1st": a present effect phrase names a coming day."""
    return verb.tag_ in {"VBZ", "VBP"} and effect_phrase(verb)


def _framework_date(doc: ArticleDoc, sent: Span, verb: Token, head: Token | None = None) -> tuple[date | None, tuple[int, int] | None]:
    """The date of the agreement a policy is taken under ("Under the deal, which takes effect on Feb. 14, the US will
    cut ...", "a levy reinstated under the housing act that took effect on March 19"): the policy applies from it."""
    owners = [verb, *(c for c in (head.children if head is not None else ()) if c.dep_ in {"acl", "relcl"}),
              *(c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN"  # "..., reinstated under the act"
                and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children))]
    for prep in (c for owner in owners for c in owner.children):
        if prep.dep_ != "prep" or prep.lower_ != "under":
            continue
        for frame in (g for g in prep.children if g.dep_ == "pobj"):
            for clause in (c for c in frame.children if c.dep_ in {"relcl", "acl"} and effect_phrase(c)):
                found = effective_date(doc, sent, clause, planned(clause) or _present_effect(clause),
                                       {t.i for t in clause.subtree}, frame)
                if found[0] is not None:
                    return found
    return None, None


#: "the 2025 budget", "a 2025/26 budget", "the budget for fiscal 2026": the year (and second year) a budget is named by
_BUDGET_YEAR = re.compile(r"(?<![\w.])(?P<fy>fiscal\s{1,3}(?:year\s{1,3})?|FY\s?)?(?P<y>(?:19|20)\d{2})"
                          r"(?:\s?[/–-]\s?(?P<y2>\d{4}|\d{2}))?(?![\w.%])")


def _budget_start(doc: ArticleDoc, head: Token, verb: Token, actor: str | None) -> tuple[date | None, tuple[int, int] | None]:
    """A budget named by its year applies from the start of that fiscal year: "the 2025 budget" from January 1,
    unless its country's fiscal year starts otherwise (India's April 1, Egypt's July 1: `fiscal_conventions` of the
    date vocabulary) or the article states when it starts ("the fiscal year starting July 1"); a split year
    ("2025/26") or "fiscal 2025" names a fiscal year, so the vocabulary's default convention applies without a cue.

    A single year names the fiscal year starting in it ("India's 2025 budget" runs from April 2025); "fiscal 2025"
    is read by the convention's label, as the date rules read it."""
    from ..dates.context import Context, cue_patterns
    from ..dates.rules import fiscal_period

    if head.lower_ not in policy_vocab().data.fiscal_year_nouns:
        return None, None
    m = None
    for c in head.children:  # "the 2025 budget", "a 2025/26 budget"
        if c.i < head.i and c.dep_ in {"compound", "nummod", "amod", "nmod"}:
            m = m or _BUDGET_YEAR.search(doc.text, min(t.idx for t in c.subtree), c.idx + len(c))
    owners = [head, verb] if head.dep_ in {"dobj", "nsubjpass"} and head.head.i == verb.i else [head]
    for prep in (c for o in owners for c in o.children if c.dep_ == "prep" and c.lower_ == "for"):
        for year in (g for g in prep.children if g.dep_ == "pobj"):  # "the budget for 2026", "for fiscal 2025"
            found = _BUDGET_YEAR.search(doc.text, min(t.idx for t in year.subtree), year.idx + len(year))
            m = m or (found if found is not None and found.end() == year.idx + len(year) else None)
    if m is None:
        return None, None
    ctx = Context(doc.text, doc.published)
    cues = cue_patterns()
    vocab = ctx.vocab
    conv = None
    stated = ctx.stated_fiscal_start()
    for where in (actor or "", _country_name(article_country(doc)) or ""):  # whose budget: its actor, else the article's
        cue = cues.fiscal.search(where)
        if cue is not None:
            conv = cues.fiscal_by_cue[" ".join(cue.group(0).lower().split())]
            break
    if stated is not None:
        conv = ctx.stated_convention(stated, conv)
    fiscal_named = bool(m["fy"] or m["y2"])
    if conv is None and fiscal_named:
        conv = vocab.fiscal(vocab.default_fiscal)
    year = int(m["y"])
    if conv is None:
        day = date(year, 1, 1)
    elif m["fy"] and not m["y2"]:
        day = fiscal_period(year, conv)[0]
    else:
        day = date(year, conv.start_month, 1)
    return day, None


def _country_name(code: str | None) -> str | None:
    return _kb().countries[code].name if code and code in _kb().countries else None


def group(action: str) -> str:
    """The group of an action for telling restatements apart (`action_groups`: duties of every kind are one)."""
    fam = family(action)
    return next((g for g, members in policy_vocab().data.action_groups.items() if fam in members), fam)


def _words_of(text: str | None) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", (text or "").lower())) - {"the", "a", "an", "of", "its", "their", "new", "updated",
                                                                    "revised", "current", "this", "these"}


def _same_policy(k: tuple[int, PolicyFind], f: tuple[int, PolicyFind]) -> bool:
    """`f` restates `k`: a headline and its story, "the new rules will take effect on ..." after the rules."""
    (kn, kp), (fn, fp) = k, f
    generic = policy_vocab().entry_of.get(fp.action)
    # a phrase referring back with a date ("The pact will take effect in 2022") dates the policy before
    dating = fp.anaphoric and fp.effective is not None and (kp.effective is None or fp.by_effect and not kp.by_effect)
    if (fp.elaborates or dating) and 0 < fn - kn <= ANAPHOR_SENTENCES and not kp.elaborates \
            and (generic is not None and generic.generic or group(kp.action) == group(fp.action)) \
            and (fp.actor is None or fp.inferred or fp.actor == kp.actor):
        return True  # "The duties for BYD are 17%", "The pact will take effect in 2022": the policy before
    if fp.elaborates:
        return False
    if kp.effective and fp.effective and kp.effective != fp.effective:
        return False
    if fp.actor and kp.actor and fp.actor != kp.actor and not fp.inferred:
        return False
    if generic is not None and generic.generic:  # "The new rules will take effect on November 17."
        return fp.effective is not None and kp.effective is None and 0 < fn - kn <= MEMORY_SENTENCES \
            and (fp.actor is None or fp.inferred or fp.actor == kp.actor) \
            and not (fp.noun in policy_vocab().data.fiscal_year_nouns and fp.noun != kp.noun)  # "a 2025/26 budget"
        # dated by its fiscal year is a policy of its own
    if kn == fn or group(kp.action) != group(fp.action):
        return False  # two policies of one sentence are two (policies_in merged its restatements)
    a, b = _words_of(kp.object), _words_of(fp.object)
    if not a or not b:
        # an unnamed object restates only the same action ("Bank of Korea cuts rate") named by the same noun, unless
        # the noun is what is acted on: "an economic package" and "interest-free loans" are two financing policies
        entry = policy_vocab().entry_of.get(family(kp.action))
        return family(kp.action) == family(fp.action) \
            and (kp.noun == fp.noun or None in (kp.noun, fp.noun) or entry is not None and entry.names_object)
    return a <= b or b <= a


def _antecedent_of(kept: list[tuple[int, PolicyFind]], n: int, f: PolicyFind) -> int | None:
    """Which kept policy `f` restates or tells more about: for a phrase referring back, the nearest one named by the
    same noun ("the new rules" -> "export control rules"), else the nearest one that qualifies."""
    fits = [i for i in range(len(kept) - 1, -1, -1) if _same_policy(kept[i], (n, f))]
    if (f.anaphoric or f.elaborates) and f.noun:
        same = [i for i in fits if kept[i][1].noun == f.noun]
        if same:
            return same[0]
    return fits[0] if fits else None


def merge_restatements(numbered: list[tuple[int, PolicyFind]]) -> list[PolicyFind]:
    """One claim per policy: a restatement (same actor or none, same group, an object within the other's, no
    other date) is merged into the statement with the longer object, else the first, keeping either's date; a
    policy without a doer takes the actor of the last policy of its group (inferred)."""
    from dataclasses import replace

    kept: list[tuple[int, PolicyFind]] = []
    for n, f in numbered:
        at = _antecedent_of(kept, n, f)
        if at is None and f.elaborates:
            continue  # specifics of nothing stated before
        if at is None:
            if f.actor is None:
                donor = next((p for _, p in reversed(kept) if p.actor and group(p.action) == group(f.action)), None)
                if donor is not None:
                    f = replace(f, actor=donor.actor, inferred=True)
            kept.append((n, f))
            continue
        kn, k = kept[at]
        generic = policy_vocab().entry_of.get(f.action)
        if f.elaborates:  # the specifics go to the policy's object, the date they give to a policy without one
            # the day it applies from ("The new rate applies from Monday") replaces the day of the act ("on Friday")
            dated = {"effective": f.effective, "by_effect": f.by_effect, "dated_on": False,
                     "status": f.status if k.effective is None or f.status == "planned" else k.status} \
                if f.effective is not None and (k.effective is None or k.dated_on and f.by_effect and n > kn) else {}
            kept[at] = (kn, replace(k, object="; ".join(o for o in (k.object, f.object) if o), **dated))
            continue
        if f.anaphoric and f.effective and (k.effective is None or f.by_effect and not k.by_effect) and n > kn:
            kept[at] = (kn, replace(k, effective=f.effective, status=f.status, by_effect=f.by_effect))
            continue
        if generic is not None and generic.generic or f.anaphoric:
            keep, other = k, f
        else:
            # the fuller statement stays ("decided to raise the short-term policy interest rate"), with the
            # date of the other ("the new interest rate will be applied from the 27th")
            keep = max((k, f), key=lambda p: (len(_words_of(p.object)), not p.inferred, p is k))
            other = f if keep is k else k
        merged = replace(
            keep,
            actor=keep.actor or other.actor,
            effective=keep.effective or other.effective,
            status=keep.status if keep.effective or not other.effective else other.status,
            inferred=keep.inferred if keep.actor else other.inferred,
        )
        kept[at] = (kn, merged)
    return [p for _, p in kept]


def _parsed_policies(doc: ArticleDoc) -> list[PolicyFind]:
    """The policies the parse states, restatements merged, and those only named with their owner."""
    memory = _Memory()
    stated: set[tuple[str | None, str]] = set()
    numbered: list[tuple[int, PolicyFind]] = []
    for n, sent in enumerate(s for whole in doc.nlp.sents for s in paragraphs(whole)):
        memory.current = n
        found = list(policies_in(doc, sent, memory))
        if not found and (scope := _scope_elaboration(doc, sent)) is not None:
            found = [scope]
        from .policy_content import decided_content

        found += decided_content(doc, sent, found)
        from .policy_instruments import instrument_policies

        found += instrument_policies(doc, sent, found)
        last = next(((k, p) for k, p in reversed(numbered) if not p.elaborates), None)
        if last is not None and 0 < n - last[0] <= ANAPHOR_SENTENCES and not any(p.elaborates for p in found):
            more = _continuation(doc, sent, last[1].actor, found)
            if more is not None:  # the sentence's own restatements of the policy go with it
                found = [p for p in found if p.anaphoric or not (more.start <= p.start and p.end <= more.end)] + [more]
        for p in found:
            if not p.elaborates:
                stated.add((p.actor, family(p.action)))
            numbered.append((n, p))
    finds = merge_restatements(numbered)
    for p in memory.named:  # a policy only named, once, when no sentence of the article states it
        if (p.actor, family(p.action)) not in stated:
            stated.add((p.actor, family(p.action)))
            finds.append(p)
    return finds


@rule("policy.v1")
def extract_policies(doc: ArticleDoc) -> Iterator[PolicyClaim]:
    """One policy claim per policy a sentence states (actor, action, object, effective date, status)."""
    if doc.nlp is None or not doc.nlp.has_annotation("DEP"):  # fast mode: word patterns instead of the parse
        from .policy_patterns import policies_by_pattern

        finds = merge_restatements(policies_by_pattern(doc))
    else:
        finds = _parsed_policies(doc)
    for p in finds:
        claim = build_claim(
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
        if p.inferred:  # the actor was read from the surrounding sentences or the article's country
            claim = claim.model_copy(update={"confidence": round(claim.confidence * INFERRED_ACTOR_FACTOR, 4)})
        yield claim
