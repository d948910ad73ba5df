"""Group an article's person and organization mentions into entities, linking them to the knowledge base.

Mentions of one person are merged when the evidence is strong (same KB person, a transliteration
variant of the full name, a surname that names exactly one person introduced earlier, the same
one-holder office); when it is only likely, they stay apart and a VariantProposal says why. Two
different KB people are never merged.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import combinations

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from .kb import ORG_MATCH_MIN, KnowledgeBase
from .text import compact_key, fold, name_tokens, skeleton
from .variants import (
    generation_mismatch,
    name_variant_reasons,
    pinyin_syllables,
    segmentations,
    surname_link,
)

# Unlinked names this similar (ratio of compact keys) are proposed as variants, not merged. Tuned on
# tests/normalize/test_resolve.py: "Zhang Xiaoming"/"Zhang Xiaomin" (96) proposed, "Wang Yi"/"Wang Wei"
# (80) proposed, "Li Qiang"/"Liu Kun" (40) not.
PERSON_PROPOSAL_MIN = 75.0
# Organization names this similar (token-sort) but below ORG_MATCH_MIN are proposed as variants ...
ORG_PROPOSAL_MIN = 75.0
# ... and merged or proposed only when the words they do not share are this alike too (or one name holds all the
# other's words): "South African Revenue Service" and "South African Reserve Bank" share only their country
# ("revenue service" / "reserve bank" 52), "Nigerian Ports Authority" / "Nigerian Power Authority" a country and a
# head (60); "Fruit and Vegetable Association" / "Fruits and Vegetables Association" differ by inflection (94)
ORG_DISTINCT_MIN = 70.0


def _distinct_words_alike(a: str, b: str) -> bool:
    """The words of two organization keys that only one of them has are alike, or one key has none of its own."""
    wa, wb = a.split(), b.split()
    shared = set(wa) & set(wb)
    ra, rb = " ".join(w for w in wa if w not in shared), " ".join(w for w in wb if w not in shared)
    return not ra or not rb or fuzz.ratio(ra, rb) >= ORG_DISTINCT_MIN
# Offices held by one person at a time in one organization: the same such office means the same person.
SINGLE_HOLDER_ROLES = frozenset({
    "head_of_state", "head_of_government", "minister", "governor", "chair", "president", "head",
    "trade_representative", "trade_minister", "high_representative", "chief_cabinet_secretary",
})


@dataclass
class Mention:
    """One surface mention of a person or organization, with its character offsets and title context."""

    text: str
    start: int
    end: int
    type: str  # "person" | "organization"
    role: str | None = None
    organization: str | None = None
    country: str | None = None


@dataclass
class EntityCluster:
    """Mentions taken to be one real person or organization, with a stable id."""

    entity_id: str
    type: str
    name: str
    mentions: list[Mention]
    kb_id: str | None
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    reasons: list[str] = field(default_factory=list)


@dataclass
class VariantProposal:
    """Two clusters that may be one entity, left apart because the evidence is only likely."""

    cluster_ids: tuple[str, str]
    reasons: list[str]
    score: float


def entity_id_for(name: str, entity_type: str, kb_id: str | None = None) -> str:
    """Stable id: the KB id when linked, else a hash of the normalized canonical name and the type."""
    if kb_id:
        return kb_id
    normalized = " ".join(name_tokens(name))
    digest = hashlib.sha1(f"{entity_type}|{normalized}".encode()).hexdigest()[:16]
    return f"{entity_type}-{digest}"


class _Groups:
    """Union-find over mention indices that refuses to join two different KB ids."""

    def __init__(self, kb_ids: list[str | None]) -> None:
        self.parent = list(range(len(kb_ids)))
        self.kb_id = list(kb_ids)
        self.reasons: dict[int, list[str]] = {i: [] for i in range(len(kb_ids))}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def can_join(self, a: int, b: int) -> bool:
        ka, kb_ = self.kb_id[self.find(a)], self.kb_id[self.find(b)]
        return ka is None or kb_ is None or ka == kb_

    def join(self, a: int, b: int, reason: str | None = None) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or not self.can_join(ra, rb):
            return False
        keep, drop = min(ra, rb), max(ra, rb)
        self.parent[drop] = keep
        self.kb_id[keep] = self.kb_id[keep] or self.kb_id[drop]
        self.reasons[keep] += self.reasons.pop(drop) + ([reason] if reason else [])
        return True

    def members(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return out


@dataclass
class _PersonView:
    """What the merge rules look at for one group of person mentions."""

    root: int
    full: tuple[str, ...]  # tokens of the longest name in the group
    kb_id: str | None
    family: str | None  # family-name skeleton when known (KB) or guessable (multi-token name)
    given: str | None
    office: tuple[str, str] | None  # (role id, organization id) of a one-holder office
    first_start: int
    only_short: bool
    #: (role id, organization id or folded text, country code) of each present-office title said of the group
    titles: tuple[tuple[str | None, str | None, str | None], ...] = ()


#: role modifiers that say the office is no longer held: such a title names no current officeholder
PAST_OFFICE = frozenset({"former", "ex", "then", "erstwhile", "outgoing", "retired", "late"})
#: words that may open a title-only reference ("the minister", "a spokeswoman", "its governor")
REFERENCE_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})


def _past_office(role: str | None) -> bool:
    """The title is a past office ("former minister", "ex-governor")."""
    return bool(role) and bool(PAST_OFFICE & set(name_tokens(role or "")))


def is_title_reference(mention: Mention, kb: KnowledgeBase) -> bool:
    """A person mention made only of a title ("the minister", "the BOJ governor", "Commerce Minister").

    A personal name never ends with a title word, so a mention whose last word is one is a reference to
    whoever holds that title, not a name.
    """
    tokens = name_tokens(mention.text)
    heads = kb.title_heads
    at = [k for k, t in enumerate(tokens) if t in heads]
    if not at:
        return False
    after = tokens[at[-1] + 1:]  # "a spokesperson for the Ministry of Commerce"
    return not after or after[0] in {"for", "of", "at", "to", "in"}


def _context(mentions: list[Mention]) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Role/organization/country per name, shared by every mention of the same written name."""
    shared: dict[str, tuple[str | None, str | None, str | None]] = {}
    for m in mentions:
        key = compact_key(m.text)
        role, org, country = shared.get(key, (None, None, None))
        shared[key] = (role or m.role, org or m.organization, country or m.country)
    return shared


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    from ..claims.officials import vocab as title_vocab

    return frozenset(h.rstrip(".").lower() for h in title_vocab().data.honorifics)


def _without_honorific(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A name without a leading honorific ("Ms. Walsh" -> walsh): the honorific is not a given name."""
    honorifics = _honorifics()
    while len(tokens) > 1 and tokens[0] in honorifics:
        tokens = tokens[1:]
    return tokens


def _person_views(
    groups: _Groups, mentions: list[Mention], kb: KnowledgeBase, context: dict[str, tuple[str | None, str | None, str | None]]
) -> list[_PersonView]:
    rules = kb.romanization.skeleton_rules
    views = []
    for root, members in sorted(groups.members().items()):
        texts = [mentions[i].text for i in members]
        full = max((_without_honorific(name_tokens(t)) for t in texts), key=len)
        kb_id = groups.kb_id[root]
        family = given = None
        if kb_id and kb.people[kb_id].family_name:
            family = skeleton(compact_key(kb.people[kb_id].family_name or ""), rules)
        if len(full) >= 2:
            family = family or skeleton(full[0], rules)
            given = skeleton(" ".join(full[1:]), rules)
        office = None
        titles: set[tuple[str | None, str | None, str | None]] = set()
        for i in members:
            role, org, country = context[compact_key(mentions[i].text)]
            if role and not _past_office(role):
                parsed = kb.parse_title(role, country)
                org_id = kb.organization_id(org, parsed.country) if org else parsed.organization
                if parsed.roles and parsed.roles[0] in SINGLE_HOLDER_ROLES and org_id and office is None:
                    office = (parsed.roles[0], org_id)
                r, o, c = _title_of(role, org, country, kb)
                titles.add((r, o or (" ".join(name_tokens(org)) if org else None), c))
        views.append(_PersonView(root, full, kb_id, family, given, office,
                                 min(mentions[i].start for i in members), len(full) < 2, tuple(sorted(titles, key=str))))
    return views


def _full_name_families(view: _PersonView, kb: KnowledgeBase) -> set[str]:
    """Skeletons of the tokens a surname-only mention of this person could be (first/last name token)."""
    rules = kb.romanization.skeleton_rules
    out = {view.family} if view.family else set()
    if len(view.full) >= 2:
        out |= {skeleton(view.full[0], rules), skeleton(view.full[-1], rules)}
    return out


def _initials_of(view: _PersonView, full: _PersonView, rules: list[tuple[str, str]]) -> bool:
    """`view` is initials and a surname ("C.C. Wei") matching the surname and given-name syllables of `full`
    ("Wei Che-chia": W + C, C)."""
    letters = [t for t in view.full if len(t) == 1]
    long_ = [t for t in view.full if len(t) > 1]
    if not letters or len(long_) != 1 or sum(len(t) > 1 for t in full.full) < 2:
        return False
    surname = skeleton(long_[0], rules)
    for k in (0, len(full.full) - 1):  # the surname first (Chinese order) or last (Western order)
        if skeleton(full.full[k], rules) == surname:
            given = full.full[1:] if k == 0 else full.full[:-1]
            if "".join(t[0] for t in given) == "".join(letters):
                return True
    return False


def _order_swap(a: _PersonView, b: _PersonView, rules: list[tuple[str, str]]) -> bool:
    """The same name with the family name moved from front to back ("Yamada Taro" / "Taro Yamada")."""
    if len(a.full) < 2 or len(a.full) != len(b.full):
        return False
    x = [skeleton(t, rules) for t in a.full]
    y = [skeleton(t, rules) for t in b.full]
    return x != y and (x[1:] + x[:1] == y or y[1:] + y[:1] == x)


def _swapped_surname(a: _PersonView, b: _PersonView, kb: KnowledgeBase) -> bool:
    """A two-word Western-order name whose surname starts a longer Chinese-order name with other given names
    ("Edward Yau" / "Yau Tang-wah"): one person's English and Chinese names, or two relatives. Not when the
    knowledge base gives the Western-order name's person another Chinese name ("Paul Chan" is Chan Mo-po, so
    not Chan Ka-keung)."""
    rules = kb.romanization.skeleton_rules
    for west, east in ((a, b), (b, a)):
        if len(west.full) == 2 and len(east.full) >= 3 and skeleton(west.full[-1], rules) == skeleton(east.full[0], rules) \
                and skeleton(west.full[0], rules) not in {skeleton(t, rules) for t in east.full[1:]} \
                and not _kb_other_given(west, east, kb):
            return True
    return False


def _kb_other_given(view: _PersonView, other: _PersonView, kb: KnowledgeBase) -> bool:
    """The KB person of `view` has a curated name with `other`'s surname first and other given names."""
    if not view.kb_id or len(other.full) < 2:
        return False
    rules = kb.romanization.skeleton_rules
    person = kb.people[view.kb_id]
    for name in (person.name, *person.aliases):
        tokens = name_tokens(name)
        if len(tokens) >= 3 and skeleton(tokens[0], rules) == skeleton(other.full[0], rules) \
                and skeleton(" ".join(tokens[1:]), rules) != skeleton(" ".join(other.full[1:]), rules):
            return True
    return False


def _namesakes(a: _PersonView, b: _PersonView, rules: list[tuple[str, str]]) -> bool:
    """One surname (in either order) and given names more than one letter apart: Min-su / Min-jun, John / Jane,
    Shunichi / Ichiro name relatives or namesakes; one letter apart (Xiaoming / Xiaomin) is a misspelling."""
    found = False
    for i in (0, len(a.full) - 1):
        for j in (0, len(b.full) - 1):
            if skeleton(a.full[i], rules) != skeleton(b.full[j], rules):
                continue
            x = "".join(t for k, t in enumerate(a.full) if k != i)
            y = "".join(t for k, t in enumerate(b.full) if k != j)
            if min(len(x), len(y)) >= 4 and Levenshtein.distance(x, y) <= 1:
                return False
            found = True
    return found


def _substantial(given: tuple[str, ...]) -> bool:
    """A given name long enough that sharing it is evidence: two or more words or syllables ("Moon-kyu",
    "Weiming"), not one ("Wei") nor a Western surname read as a given name ("Smith" of "John Smith")."""
    if len(given) != 1:
        return len(given) >= 2
    shortest = segmentations(given[0], pinyin_syllables(), 4)
    return bool(shortest) and len(shortest[0]) >= 2


def _shared_title(a: _PersonView, b: _PersonView) -> str | None:
    """A title both groups hold: the same role in the same stated organization ("spokesperson of MOFCOM")."""
    for ra, oa, _ in a.titles:
        for rb, ob, _ in b.titles:
            if ra and ra == rb and oa and oa == ob:
                return f"same role: {ra} of {oa}"
    return None


def _titles_conflict(a: _PersonView, b: _PersonView) -> str | None:
    """Why the titles said of two groups show two different people (other countries, other organizations,
    other roles in organizations not shown to be one), or None when they are silent or compatible."""
    if not a.titles or not b.titles:
        return None
    reasons = []
    for ra, oa, ca in a.titles:
        for rb, ob, cb in b.titles:
            if ca and cb and ca != cb:
                reasons.append(f"countries {ca} / {cb}")
            elif oa and ob and oa != ob:
                reasons.append(f"organizations {oa} / {ob}")
            elif ra and rb and ra != rb and not (oa and oa == ob):
                reasons.append(f"roles {ra} / {rb}")
            else:
                return None  # one compatible pair of titles is enough
    return reasons[0] if reasons else None


def _person_evidence(
    a: _PersonView, b: _PersonView, views: list[_PersonView], kb: KnowledgeBase
) -> tuple[str | None, list[str], float]:
    """('strong' | 'likely' | None, reasons, score) that two groups of person mentions are one person."""
    if a.kb_id and b.kb_id and a.kb_id != b.kb_id:
        return None, [], 0.0
    rules = kb.romanization.skeleton_rules
    reasons: list[str] = []
    for short, full in ((a, b), (b, a)):
        if _initials_of(short, full, rules):
            owners = [v for v in views if v.root != short.root and _initials_of(short, v, rules)]
            why = [f"initials and surname {' '.join(short.full)!r} fit {' '.join(full.full)!r}"]
            return ("strong", why, 0.85) if len(owners) == 1 else ("likely", why, 0.6)
    if _order_swap(a, b, rules):
        return "strong", [f"one name in both orders: {' '.join(a.full)} / {' '.join(b.full)}"], 0.9
    if _titles_conflict(a, b) and not (a.office and a.office == b.office):
        return None, [], 0.0  # different people by what the article says of them (other country, job, employer)
    if _swapped_surname(a, b, kb):
        return "likely", [f"surname of {' '.join(a.full)!r} and {' '.join(b.full)!r} in Western and Chinese order"], 0.5
    if not a.only_short and not b.only_short:
        if skeleton(" ".join(a.full), rules) == skeleton(" ".join(b.full), rules):
            return "strong", [f"transliteration variants: {' '.join(a.full)} / {' '.join(b.full)}"], 0.95
        same_given = a.given is not None and a.given == b.given
        same_family = a.family is not None and a.family == b.family
        if a.office and a.office == b.office and (same_given or same_family):
            return "strong", [f"same office {a.office[0]} of {a.office[1]} and a matching name part"], 0.9
        if a.office and a.office == b.office:
            reasons.append(f"same office {a.office[0]} of {a.office[1]}")
        elif generation_mismatch(a.full, b.full):
            return None, [], 0.0  # "X" and "X Jr."
        if same_given and not same_family and _substantial(a.full[1:]):
            reasons.append("given names match as transliteration variants")
        ratio = fuzz.ratio(compact_key(" ".join(a.full)), compact_key(" ".join(b.full)))
        if ratio >= PERSON_PROPOSAL_MIN and not _namesakes(a, b, rules):
            reasons.append(f"similar spelling ({ratio:.0f})")
        shape = name_variant_reasons(a.full, b.full, rules, kb.romanization.korean)
        reasons += shape
        shared = _shared_title(a, b)
        if shared and (reasons or same_family):
            reasons.insert(0, shared)
        if reasons:
            score = max(ratio, 60.0 + 10.0 * bool(shape) + 10.0 * bool(shared)) / 100.0
            return "likely", reasons, round(min(0.85, score), 3)
        return None, [], 0.0
    if a.only_short and b.only_short:
        return None, [], 0.0
    short, full = (a, b) if a.only_short else (b, a)
    surname = skeleton(short.full[0], rules) if short.full else ""
    if surname not in _full_name_families(full, kb):
        return _surname_variant(short, full, views, kb)
    owners = [v for v in views if not v.only_short and surname in _full_name_families(v, kb)]
    spelled = [v for v in views if not v.only_short and v not in owners and _surname_links(short.full[0], v, rules)]
    if len(owners) == 1 and spelled and fold(short.full[0]) not in owners[0].full:
        # "Zhang" after "Chang Hsiu-lan" and "Cheung Wai-kit": either may be meant (written as "Chang", it is Chang)
        why = (f"surname {short.full[0]!r} matches {' '.join(full.full)!r}; it also spells the surname "
               f"of {' '.join(spelled[0].full)!r}")
        return "likely", [why], 0.5
    if len(owners) == 1 and full.first_start < short.first_start:
        return "strong", [f"surname {short.full[0]!r} of {' '.join(full.full)!r}, introduced earlier"], 0.9
    if len(owners) == 1:
        return "likely", [f"surname {short.full[0]!r} matches {' '.join(full.full)!r}, mentioned before the full name"], 0.7
    return "likely", [f"surname {short.full[0]!r} matches {len(owners)} people in the article"], 0.4


def _surname_links(word: str, view: _PersonView, rules: list[tuple[str, str]]) -> list[str]:
    """Reasons a lone word may be the surname (first or last word) of a full name, by spelling equivalence."""
    if len(view.full) < 2:
        return []
    out = []
    for token in {view.full[0], view.full[-1]}:
        link = surname_link(word, token, rules)
        if link and fold(word) != fold(token):
            out.append(link)
    return out


def _surname_variant(
    short: _PersonView, full: _PersonView, views: list[_PersonView], kb: KnowledgeBase
) -> tuple[str | None, list[str], float]:
    """A lone surname that is another spelling of one full name's surname ("Dombrowskis" after "Valdis
    Dombrovskis", "Cheung" after "Zhang Wei"): proposed, never merged; nothing when another person of the
    article has that surname as written, or several full names could be meant."""
    rules = kb.romanization.skeleton_rules
    if not short.full or len(short.full) != 1 or _titles_conflict(short, full):
        return None, [], 0.0
    word = short.full[0]
    links = _surname_links(word, full, rules)
    if not links:
        return None, [], 0.0
    others = [v for v in views if not v.only_short and v.root not in {short.root, full.root}]
    if any(skeleton(word, rules) in _full_name_families(v, kb) or _surname_links(word, v, rules) for v in others):
        return None, [], 0.0
    return "likely", [f"{links[0]}: {word.capitalize()!r} may be {' '.join(t.capitalize() for t in full.full)!r}"], 0.6


def _resolve_people(
    mentions: list[Mention], kb: KnowledgeBase, published: date | None
) -> tuple[list[EntityCluster], list[tuple[int, int, list[str], float]], list[int]]:
    titles = [i for i, m in enumerate(mentions) if is_title_reference(m, kb)]
    context = _context(mentions)
    links = []
    for i, m in enumerate(mentions):
        if i in titles:
            links.append(None)
            continue
        role, org, country = context[compact_key(m.text)]
        role = None if _past_office(role) else role  # a former minister is not today's officeholder
        links.append(kb.find_person(m.text, role=role, organization=org, country=country, on=published))
    groups = _Groups([link.person.id if link else None for link in links])
    for i, link in enumerate(links):
        if link:
            groups.reasons[i].append(f"{mentions[i].text!r} -> {link.person.id} ({link.reason})")
    first_of: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if i in titles:
            continue
        key = groups.kb_id[i] or compact_key(m.text)
        if key in first_of:
            groups.join(first_of[key], i)
        else:
            first_of[key] = i
    pending: list[tuple[int, int, list[str], float]] = []
    changed = True
    title_set = set(titles)
    while changed:
        changed = False
        views = [v for v in _person_views(groups, mentions, kb, context) if v.root not in title_set]
        pending = []
        for a, b in combinations(views, 2):
            level, reasons, score = _person_evidence(a, b, views, kb)
            if level == "strong" and groups.join(a.root, b.root, "; ".join(reasons)):
                changed = True
                break
            if level == "likely" and groups.can_join(a.root, b.root):
                pending.append((a.root, b.root, reasons, score))
    pending += _resolve_title_references(titles, groups, mentions, kb, published, context)
    pending = [(groups.find(ra), groups.find(rb), r, sc) for ra, rb, r, sc in pending if groups.find(ra) != groups.find(rb)]
    keep = {root for root in groups.members() if root not in title_set or groups.kb_id[root]}
    keep |= {r for ra, rb, _, _ in pending for r in (ra, rb)}
    members_of = {root: members for root, members in sorted(groups.members().items()) if root in keep}
    clusters = [_person_cluster(groups, root, members, mentions, kb, published, context)
                for root, members in members_of.items()]
    return clusters, pending, list(members_of)


def _title_of(role: str | None, org: str | None, country: str | None, kb: KnowledgeBase) -> tuple[str | None, str | None, str | None]:
    """(primary role id, organization id, country code) a title names; None where it does not say."""
    if not role:
        return None, None, None
    parsed = kb.parse_title(role, country)
    code = kb.country_code(country) or parsed.country
    org_id = kb.organization_id(org, code) if org else parsed.organization
    if org_id and not code:
        code = kb.organizations[org_id].country
    return (parsed.roles[0] if parsed.roles else None), org_id, code


def _resolve_title_references(
    titles: list[int], groups: _Groups, mentions: list[Mention], kb: KnowledgeBase, published: date | None,
    context: dict[str, tuple[str | None, str | None, str | None]],
) -> list[tuple[int, int, list[str], float]]:
    """Join each title-only mention ("the minister said") to the person who holds that title in the article.

    One person introduced earlier with a matching title (same role; same organization and country where
    both are said), or linked to a KB person holding it on the article's date: merged. Several: the nearest
    earlier one is proposed. None: the KB's officeholder of that date, when the title names the organization
    or country. A past-office title ("the former minister") is never resolved.
    """
    pending: list[tuple[int, int, list[str], float]] = []
    for t in titles:
        m = mentions[t]
        text = " ".join(w for w in m.text.split() if w.lower() not in REFERENCE_OPENERS)
        role_text = m.role or text
        if _past_office(role_text) or _past_office(m.text):
            continue
        want_role, want_org, want_country = _title_of(role_text, m.organization, m.country, kb)
        if want_org is None and want_country is None:  # "the BOJ governor": the organization is in the text
            _, want_org, want_country = _title_of(text, None, m.country, kb)
        if want_role is None:
            continue
        candidates: dict[int, int] = {}  # root -> start of its latest mention before the title
        later: dict[int, int] = {}  # root -> start of its first mention after the title
        for root, members in groups.members().items():
            if root in titles or not _holds(root, members, want_role, want_org, want_country, groups, mentions, kb,
                                             published, context):
                continue
            before = [mentions[i].start for i in members if mentions[i].start < m.start]
            if before:
                candidates[root] = max(before)
            else:
                later[root] = min(mentions[i].start for i in members)
        if not candidates and later:  # "A spokesperson ... said" before "Shu Jueting said": only likely
            nearest = min(later, key=lambda r: later[r])
            pending.append((nearest, t, [f"title {m.text!r} is followed by a holder of that title"],
                            0.7 if len(later) == 1 else 0.4))
            continue
        if len(candidates) == 1:
            root = next(iter(candidates))
            groups.join(root, t, f"title {m.text!r} refers to the one {want_role} introduced before")
            continue
        if candidates:
            nearest = max(candidates, key=lambda r: candidates[r])
            pending.append((nearest, t, [f"title {m.text!r}: {len(candidates)} people hold a {want_role} title; "
                                         "the nearest earlier one is proposed"], 0.5))
            continue
        if want_org or want_country:
            holder = kb.officeholder(role_text, want_country, want_org, published)
            if holder:
                groups.kb_id[groups.find(t)] = holder.id
                groups.reasons[groups.find(t)].append(f"{m.text!r} -> {holder.id} (officeholder on {published})")
                for root in list(groups.members()):
                    if root != groups.find(t) and groups.kb_id[root] == holder.id:
                        groups.join(root, t)
    return pending


def _holds(
    root: int, members: list[int], want_role: str, want_org: str | None, want_country: str | None, groups: _Groups,
    mentions: list[Mention], kb: KnowledgeBase, published: date | None,
    context: dict[str, tuple[str | None, str | None, str | None]],
) -> bool:
    """Whether a group of mentions names a person holding the title (from its own titles or the KB)."""
    for i in members:
        role, org, country = context.get(compact_key(mentions[i].text), (None, None, None))
        if not role or _past_office(role):
            continue
        r, o, c = _title_of(role, org, country, kb)
        if r and (r == want_role or want_role in kb.parse_title(role, country).roles) \
                and (not want_org or not o or o == want_org) and (not want_country or not c or c == want_country):
            return True
    kb_id = groups.kb_id[root]
    if kb_id:
        for office in kb.people[kb_id].offices:
            if office.role == want_role and (published is None or office.covers(published)) \
                    and (not want_org or office.organization == want_org) \
                    and (not want_country or office.country == want_country):
                return True
    return False


def _person_cluster(
    groups: _Groups, root: int, members: list[int], mentions: list[Mention], kb: KnowledgeBase,
    published: date | None, context: dict[str, tuple[str | None, str | None, str | None]],
) -> EntityCluster:
    kb_id = groups.kb_id[root]
    group = [mentions[i] for i in members]
    roles = [context[compact_key(m.text)] for m in group]
    role = next((r for r, _, _ in roles if r), None)
    org = next((o for _, o, _ in roles if o), None)
    country_text = next((c for _, _, c in roles if c), None)
    country = kb.country_code(country_text) if country_text else None
    if kb_id:
        person = kb.people[kb_id]
        name = person.name
        offices = [o for o in person.offices if published is None or o.covers(published)] or person.offices[-1:]
        if offices:  # the KB's title and organization are canonical; the article's wording is in mentions
            office = offices[0]
            role = office.title or office.role
            org = kb.organizations[office.organization].name if office.organization else org
            country = office.country or country
    else:
        name = max(group, key=lambda m: (len(name_tokens(m.text)), -m.start)).text
        if role and not country:
            country = kb.parse_title(role).country
    if org and not kb_id:
        match = kb.find_organization(org, country)
        org = match.organization.name if match else org
    return EntityCluster(entity_id_for(name, "person", kb_id), "person", name, group, kb_id, role, org, country,
                         groups.reasons.get(root, []))


def _initials(text: str, kb: KnowledgeBase) -> str:
    return "".join(t[0] for t in kb.org_key(text).split())


def _resolve_organizations(
    mentions: list[Mention], kb: KnowledgeBase
) -> tuple[list[EntityCluster], list[tuple[int, int, list[str], float]], list[int]]:
    links = [kb.find_organization(m.text, m.country) for m in mentions]
    groups = _Groups([link.organization.id if link else None for link in links])
    for i, link in enumerate(links):
        if link:
            groups.reasons[i].append(f"{mentions[i].text!r} -> {link.organization.id} ({link.reason})")
    pending: list[tuple[int, int, list[str], float]] = []
    keys = [kb.org_key(m.text) for m in mentions]
    for i, j in combinations(range(len(mentions)), 2):
        if groups.kb_id[i] and groups.kb_id[i] == groups.kb_id[j]:
            groups.join(i, j)
            continue
        if not groups.can_join(i, j):
            continue
        a, b = mentions[i].text, mentions[j].text
        key_a, key_b = keys[i], keys[j]
        # below the proposal threshold the score is not used: rapidfuzz stops early and gives 0
        score = fuzz.token_sort_ratio(key_a, key_b, score_cutoff=ORG_PROPOSAL_MIN)
        alike = score >= ORG_PROPOSAL_MIN and _distinct_words_alike(key_a, key_b)
        short, long_ = sorted((a.replace(".", "").strip(), b), key=len)
        if score >= ORG_MATCH_MIN and alike:
            groups.join(i, j, f"same organization name up to word order ({score:.0f})")
        elif short.isupper() and len(short) >= 2 and short.lower() == _initials(long_, kb):
            groups.join(i, j, f"{short} abbreviates {long_!r}")
        elif alike:
            pending.append((i, j, [f"similar organization names ({score:.0f})"], round(score / 100.0, 3)))
    clusters = []
    for root, members in sorted(groups.members().items()):
        group = [mentions[i] for i in members]
        kb_id = groups.kb_id[root]
        if kb_id:
            org = kb.organizations[kb_id]
            name, country = org.name, org.country
        else:
            name = max((m.text for m in group), key=len)
            country = next((kb.country_code(m.country) for m in group if m.country), None)
        clusters.append(EntityCluster(entity_id_for(name, "organization", kb_id), "organization", name, group, kb_id,
                                      None, None, country, groups.reasons.get(root, [])))
    return clusters, [(groups.find(i), groups.find(j), r, s) for i, j, r, s in pending], sorted(groups.members())


def country_entity_id(code: str) -> str:
    """Entity id of a country or economy of the KB ("KR" -> "country-kr")."""
    return f"country-{code.lower()}"


def _resolve_places(mentions: list[Mention], kb: KnowledgeBase) -> list[EntityCluster]:
    """Places: countries of the KB by name, adjective or abbreviation; others grouped by their written name."""
    groups: dict[str, list[Mention]] = {}
    names: dict[str, tuple[str, str | None, list[str]]] = {}
    for m in mentions:
        country = kb.find_country(m.text)
        if country:
            key = country_entity_id(country.code)
            names.setdefault(key, (country.name, country.code, []))[2].append(f"{m.text!r} -> {country.code}")
        else:
            key = entity_id_for(m.text, "place")
            names.setdefault(key, (" ".join(m.text.split()), None, []))
        groups.setdefault(key, []).append(m)
    return [EntityCluster(key, "place", names[key][0], group, key if names[key][1] else None, None, None,
                          names[key][1], names[key][2]) for key, group in groups.items()]


def _proposals(
    clusters: list[EntityCluster], roots: list[int], pending: list[tuple[int, int, list[str], float]]
) -> list[VariantProposal]:
    by_root = dict(zip(roots, clusters, strict=True))
    seen: dict[tuple[str, str], VariantProposal] = {}
    for ra, rb, reasons, score in pending:
        a, b = by_root.get(ra), by_root.get(rb)
        if a is None or b is None or a.entity_id == b.entity_id:
            continue
        key = (a.entity_id, b.entity_id)
        if key not in seen or seen[key].score < score:
            seen[key] = VariantProposal(key, reasons, score)
    return list(seen.values())


def resolve_entities(
    mentions: list[Mention], kb: KnowledgeBase, published: date | None
) -> tuple[list[EntityCluster], list[VariantProposal]]:
    """Entities of one article (persons, organizations, places) and the name-variant proposals between them.

    Places are linked to the KB's countries (entity id "country-kr"); mentions of any other type are
    ignored.
    """
    def of_type(kind: str) -> list[Mention]:
        return sorted((m for m in mentions if m.type == kind), key=lambda m: (m.start, m.end))

    person_clusters, person_pending, person_roots = _resolve_people(of_type("person"), kb, published)
    org_clusters, org_pending, org_roots = _resolve_organizations(of_type("organization"), kb)
    proposals = _proposals(person_clusters, person_roots, person_pending)
    proposals += _proposals(org_clusters, org_roots, org_pending)
    return person_clusters + org_clusters + _resolve_places(of_type("place"), kb), proposals
