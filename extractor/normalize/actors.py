"""Policy actors: the concrete state, bloc or institution behind a subject phrase, via the knowledge base.

A policy's actor is reported at the level a trade analyst tabulates: a government body (a ministry,
an agency, a cabinet office, a legislature) acts for its country ("US Commerce Department" ->
"United States", "European Commission" -> "European Union"), while an institution with policies of
its own (a central bank, an international organization, a company) is named itself ("PBOC" ->
"People's Bank of China"). Generic heads ("the government", "the central bank", "customs") take the
country they are modified by ("Japanese government") or, failing that, the country the caller infers
from the article.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .kb import KnowledgeBase
from .models import KBOrganization

#: organization types that act for their country; every other type (central_bank,
#: international_organization, company, trade_body, ...) is its own actor
GOVERNMENT_TYPES = frozenset({"ministry", "agency", "government_office", "legislature"})
#: heads that name a country's central bank without naming the country ("the central bank")
CENTRAL_BANK_HEADS = ("central bank", "monetary authority", "monetary authorities")
#: a multi-party actor ("China and the US") has at most this many parties
MAX_PARTIES = 6
_LEADING = re.compile(r"^(?:the|The)\s{1,3}")
_BYLINE = re.compile(r"^[^\]\[]{0,80}\]\s{0,3}")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_PARTY_SPLIT = re.compile(r"\s{0,3}(?:,\s{0,3}(?:and\s{1,3})?|\band\b|&)\s{0,3}")
#: head words of an institution with policies of its own: an unknown one named with a country ("China Development
#: Bank", "Reserve Bank of India") is its own actor, not its country
OWN_ACTOR_HEADS = ("bank", "fund", "corporation", "company", "group", "exchange", "institute", "association")
#: "Customs Tariff Commission of the State Council": a body named as part of a known one
_PART_OF = re.compile(r"^(?P<part>.{3,80}?)\s{1,3}(?:of|under)\s{1,3}(?:the\s{1,3})?(?P<whole>[A-Z].{2,80})$")
#: "the Trump administration", "the Biden government": a person's name before a government word
_LEADER_GOVERNMENT = re.compile(r"^(?P<name>.{2,40}?)\s{1,3}(?:administration|government|cabinet)$", re.IGNORECASE)


#: the knowledge base of the run in progress (its `--kb`), set by the pipeline before each batch
_ACTIVE: list[KnowledgeBase | None] = [None]


def use_kb(kb: KnowledgeBase | None) -> None:
    """Make `kb` the knowledge base the rules read (None: the default folder)."""
    _ACTIVE[0] = kb


def default_kb() -> KnowledgeBase:
    """The run's knowledge base (`use_kb`), else the default one (EXTRACTOR_KB or corpus/kb), once per process."""
    return _ACTIVE[0] or _default_folder_kb()


@lru_cache(maxsize=1)
def _default_folder_kb() -> KnowledgeBase:
    return KnowledgeBase.shared()


def clean_actor(text: str) -> str:
    """An actor phrase without a leading "the", a trailing possessive or stray punctuation."""
    text = _BYLINE.sub("", text.strip())  # "Global Times reporter Xie Yuqing] China's Ministry" -> the ministry
    text = _LEADING.sub("", text.strip()).strip(" ,;:")
    return _POSSESSIVE.sub("", text).strip()


def central_bank_of(country: str | None, kb: KnowledgeBase | None = None) -> KBOrganization | None:
    """The central bank of a country (code or name) in the knowledge base, None when unknown or several."""
    kb = kb or default_kb()
    code = kb.country_code(country)
    if code is None:
        return None
    banks = [o for o in kb.organizations.values() if o.type == "central_bank" and o.country == code]
    return banks[0] if len(banks) == 1 else None


def _country_name(kb: KnowledgeBase, code: str | None) -> str | None:
    return kb.countries[code].name if code and code in kb.countries else None


def organization_actor(org: KBOrganization, kb: KnowledgeBase | None = None) -> str:
    """The actor an organization's policy is reported under: its country for a government body."""
    kb = kb or default_kb()
    if org.type in GOVERNMENT_TYPES and org.country:
        return _country_name(kb, org.country) or org.name
    return org.name


def is_generic_actor(text: str, generic_heads: frozenset[str]) -> bool:
    """The phrase is a bare generic head ("government", "the central bank", "customs authorities"), naming
    nobody in particular (not "the Trump administration", not "the Finance Ministry")."""
    words = clean_actor(text).split()
    if not words or any(w[:1].isupper() for w in words[:-1]):
        return False
    low = [w.lower() for w in words]
    return low[-1] in generic_heads or " ".join(low[-2:]) in CENTRAL_BANK_HEADS


def person_actor(name: str, on: date | None = None, kb: KnowledgeBase | None = None) -> str | None:
    """The actor a known person acts for: the organization (or country) of their office on a date.

    A lone surname ("the Trump administration") names the one KB person of that family name in office
    on the date.
    """
    kb = kb or default_kb()
    match = kb.find_person(name, on=on)
    person = match.person if match is not None else None
    if person is None and len(name.split()) == 1:
        holders = [p for p in kb.people.values() if (p.family_name or "").lower() == name.lower()
                   and any(on is None or o.covers(on) for o in p.offices)]
        person = holders[0] if len(holders) == 1 else None
    if person is None:
        return None
    offices = [o for o in person.offices if on is None or o.covers(on)] or person.offices[-1:]
    for office in offices:
        if office.organization and office.organization in kb.organizations:
            return organization_actor(kb.organizations[office.organization], kb)
        if office.country:
            return _country_name(kb, office.country)
    return None


def canonical_actor(
    text: str,
    generic_heads: frozenset[str],
    context_country: str | None = None,
    on: date | None = None,
    kb: KnowledgeBase | None = None,
) -> str | None:
    """The concrete actor a phrase names, or None when it names none.

    `generic_heads` are the head words that make a phrase an actor without a name ("government",
    "ministry", "customs"); `context_country` (a code or name) stands in for a generic head's missing
    country. An unknown named phrase ("Nvidia") is returned cleaned, as written.
    """
    return _canonical_actor(text, generic_heads, context_country, on, kb or default_kb())


#: canonical_actor is a pure function of its arguments (the knowledge base does not change once loaded); an
#: article names the same few actors in every policy sentence
ACTOR_CACHE_SIZE = 4096


@lru_cache(maxsize=ACTOR_CACHE_SIZE)
def _canonical_actor(
    text: str, generic_heads: frozenset[str], context_country: str | None, on: date | None, kb: KnowledgeBase
) -> str | None:
    phrase = clean_actor(text)
    if not phrase:
        return None
    country = kb.find_country(phrase)
    if country is not None:
        return country.name
    org = kb.find_organization(phrase) or (kb.find_organization(phrase, context_country) if context_country else None)
    if org is not None:  # "the Finance Ministry" in a Japanese story: Japan's
        return organization_actor(org.organization, kb)
    parties = [p for p in _PARTY_SPLIT.split(phrase) if p.strip()]
    if 1 < len(parties) <= MAX_PARTIES:
        named = [canonical_actor(p, frozenset(), None, on, kb) for p in parties]
        if all(named):
            return ", ".join(dict.fromkeys(n for n in named if n))
    leader = _LEADER_GOVERNMENT.match(phrase)
    if leader:
        acting = person_actor(leader.group("name"), on, kb)
        if acting:
            return acting
    own = phrase.lower().split()[-1] in OWN_ACTOR_HEADS or bool(re.match(r"^\S+\s{1,3}(?:bank|fund)\s{1,3}of\b", phrase, re.I))
    part = _PART_OF.match(phrase)
    if part and not own:  # "Customs Tariff Commission of the State Council" -> the State Council's country
        whole = kb.find_organization(part.group("whole"))
        if whole is not None:
            return organization_actor(whole.organization, kb)
    code, rest = kb.split_country_prefix(phrase)
    low = rest.lower()
    if any(low.endswith(h) for h in CENTRAL_BANK_HEADS):
        bank = central_bank_of(code or context_country, kb)
        return bank.name if bank else (f"{_country_name(kb, code)} central bank" if code else phrase)
    if code is not None:
        org = kb.find_organization(rest, code)
        if org is not None:
            return organization_actor(org.organization, kb)
        if own and len(rest.split()) >= 2:  # "China Development Bank": an institution, not "China"
            return phrase
        return _country_name(kb, code)
    if is_generic_actor(phrase, generic_heads):
        return _country_name(kb, kb.country_code(context_country)) or phrase
    # a full name, or a lone surname of the one KB person in office on the date ("Trump said he would ...")
    acting = person_actor(phrase, on, kb) if len(phrase.split()) >= 2 or on is not None and phrase[:1].isupper() else None
    return acting or phrase
