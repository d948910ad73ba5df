"""The knowledge base: people, organizations and countries with lookup by (noisy) name, title and date."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from .kbfiles import KBError, read_kb_folder
from .models import Country, KBOrganization, KBPerson, Office
from .romanize import GeneratedAlias, korean_aliases, order_swaps, pinyin_aliases
from .text import compact_key, fold, name_tokens, skeleton

# --- thresholds (rapidfuzz scores, 0-100) -------------------------------------------------------
# Tuned on tests/normalize/test_organizations.py (permuted ministry names must match, near misses such
# as "Ministry of Commerce" vs "Ministry of Finance" (67) must not) and the seed article.
ORG_MATCH_MIN = 90.0
# A query that contains every word of an alias (plus a few more, as in "International Trade Research
# Institute of the Korean Association") matches when the alias covers this share of the query's words;
# the seed's phrase covers 5/6 with the IIT alias and 4/6 with KITA's, so the more complete wins.
ORG_SUBSET_MIN_COVERAGE = 0.6
# An organization matched by fuzzy score must beat the best different organization by this much.
ORG_MARGIN = 3.0
# Whole-name fuzzy match of a person without context (ratio of compact keys). Tuned on
# tests/normalize/test_people.py: "Wang Wentao"/"Wang Wentau" (95) match, "Wang Wentao"/"Wang Wenbin" (82) not.
# Only canonical names and curated aliases are compared: the generated press spellings sit one letter from
# other people's names ("Lee Jae-myong" vs Samsung's "Lee Jae-yong" scores 95; tests/normalize/alias_table.py).
PERSON_FUZZY_MIN = 90.0
PERSON_MARGIN = 4.0
# With a title that resolves to officeholders, a garbled name needs only this similarity: the seed's
# "Guan Moon Gyu" vs "Bang Moon Gyu" scores 82 by ratio and has a matching given name (85), while
# "Guan Moon Gyu" vs the 2021 trade minister's "Han-goo Yuh" scores 60 (tests/normalize/test_people.py).
TITLED_NAME_MIN = 70.0
# Scores given to structural evidence (used as similarities in the same 0-100 scale).
GIVEN_NAME_MATCH = 85.0
FAMILY_NAME_MATCH = 75.0

#: entries kept per lookup cache (names, titles, dates of one long run; about 100 bytes each)
LOOKUP_CACHE_SIZE = 50_000

_HONORIFICS = re.compile(r"^(?:mr|mrs|ms|miss|dr|prof|sir|madam|madame)\.?\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|s'|')$")


@dataclass(frozen=True)
class PersonMatch:
    """A person found in the knowledge base, with a 0-1 score and the reason."""

    person: KBPerson
    score: float
    reason: str


@dataclass(frozen=True)
class OrgMatch:
    """An organization found in the knowledge base, with a 0-1 score and the reason."""

    organization: KBOrganization
    score: float
    reason: str


@dataclass(frozen=True)
class TitleParse:
    """What a title says: candidate role ids, organization id and country code (each may be unknown)."""

    roles: tuple[str, ...]
    organization: str | None
    country: str | None


@dataclass
class _PersonIndex:
    by_key: dict[str, set[str]] = field(default_factory=dict)
    by_skeleton: dict[str, set[str]] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)
    key_owner: list[str] = field(default_factory=list)
    curated: set[str] = field(default_factory=set)  # keys of canonical names and curated aliases


def default_kb_folder() -> Path:
    """EXTRACTOR_KB if set, else <repo>/corpus/kb."""
    env = os.environ.get("EXTRACTOR_KB")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "corpus" / "kb"


def _folder_stamp(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Name, size and modification time of every file under a folder (cheap change detection)."""
    if not folder.is_dir():
        return ()
    return tuple(sorted((str(p), st.st_size, st.st_mtime_ns) for p in folder.rglob("*") if p.is_file() for st in [p.stat()]))


#: resolved folder -> (its files' stamp, the knowledge base loaded from it); see KnowledgeBase.shared
_SHARED: dict[Path, tuple[tuple[tuple[str, int, int], ...], KnowledgeBase]] = {}


class KnowledgeBase:
    """People, organizations and countries loaded from corpus/kb/, indexed for noisy lookups."""

    def __init__(self, folder: Path) -> None:
        files = read_kb_folder(folder)
        self.folder = folder
        self._files = files
        self.people: dict[str, KBPerson] = {p.id: p for p in files.people}
        self.organizations: dict[str, KBOrganization] = {o.id: o for o in files.organizations}
        self.countries: dict[str, Country] = {c.code: c for c in files.countries}
        self.roles = files.roles
        self.romanization = files.romanization
        self._org_words = files.organization_words
        self._generated: dict[str, list[GeneratedAlias]] = {}
        self._people = _PersonIndex()
        self._country_index: dict[str, str] = {}
        self._country_abbrev: dict[str, str] = {}
        self._org_by_key: dict[str, set[str]] = {}
        self._org_by_abbrev: dict[str, set[str]] = {}
        self._org_keys: list[str] = []
        self._org_key_owner: list[str] = []
        self._title_cache: dict[tuple[str, str | None], TitleParse] = {}
        # lookups are pure functions of the (immutable) knowledge base: remembered, as entity resolution and
        # the policy rule ask for the same names, titles and dates many times in a run
        self._alias_key_cache: dict[str, list[tuple[str, str, str, str | None]]] = {}
        self._org_key_cache: dict[str, str] = {}
        self._country_cache: dict[str, Country | None] = {}
        self._org_cache: dict[tuple[str, str | None], OrgMatch | None] = {}
        self._person_cache: dict[tuple[str, str | None, str | None, str | None, date | None], PersonMatch | None] = {}
        self._holders_cache: dict[tuple[str, str | None, str | None, date | None], list[tuple[KBPerson, Office]]] = {}
        self._title_words = sorted({fold(t.title).replace(".", "") for t in self.roles.titles}, key=len, reverse=True)
        self._build_countries()
        self._build_people()
        self._build_organizations()

    @staticmethod
    def _remember(cache: dict, key: object, value: object) -> Any:
        """Store a lookup's result; a cache that grew past LOOKUP_CACHE_SIZE starts over (memory stays bounded)."""
        if len(cache) >= LOOKUP_CACHE_SIZE:
            cache.clear()
        cache[key] = value
        return value

    # --- loading ---------------------------------------------------------------------------------
    @classmethod
    def load(cls, folder: Path | None = None) -> KnowledgeBase:
        """Load and validate a knowledge-base folder (default: EXTRACTOR_KB, else <repo>/corpus/kb)."""
        return cls(Path(folder) if folder is not None else default_kb_folder())

    @classmethod
    def shared(cls, folder: Path | None = None) -> KnowledgeBase:
        """The process's one loaded copy of a folder (loaded again when a file in it changed).

        The pipeline's context and the rules that reach for the default knowledge base share it, so
        a folder is read and indexed once per process and its lookup caches serve both.
        """
        path = (Path(folder) if folder is not None else default_kb_folder()).resolve()
        stamp = _folder_stamp(path)
        known = _SHARED.get(path)
        if known is None or known[0] != stamp:
            known = (stamp, cls(path))
            _SHARED[path] = known
        return known[1]

    def fingerprint(self) -> str:
        """Hash of the knowledge-base files' content (changes whenever any file changes)."""
        return self._files.fingerprint

    def generated_aliases(self, person_id: str) -> list[GeneratedAlias]:
        """Aliases generated from the person's native-script names, each with its method."""
        return list(self._generated.get(person_id, []))

    def all_aliases(self, person_id: str) -> list[str]:
        """Canonical name, curated aliases and generated aliases of a person."""
        person = self.people[person_id]
        return [person.name, *person.aliases, *(a.text for a in self._generated.get(person_id, []))]

    def _build_countries(self) -> None:
        for country in self.countries.values():
            for text in [country.name, *country.names, *country.adjectives]:
                self._country_index.setdefault(" ".join(name_tokens(text)), country.code)
            for abbrev in country.abbreviations:
                self._country_abbrev[abbrev.replace(".", "").upper()] = country.code

    def _generate(self, person: KBPerson) -> list[GeneratedAlias]:
        out: list[GeneratedAlias] = []
        tables = self.romanization
        if person.native.hangul:
            out += korean_aliases(person.native.hangul, tables.korean)
        for script in ("hanja", "hanzi", "kanji", "chu_han"):
            text = getattr(person.native, script)
            if text:
                out += [GeneratedAlias(a.text, f"{script}:{a.method}") for a in pinyin_aliases(text, tables.chinese)]
        if person.native.kanji:
            for name in [person.name, *person.aliases]:
                out += [GeneratedAlias(a.text, f"japanese:{a.method}") for a in order_swaps(name)]
        return out

    def _build_people(self) -> None:
        index = self._people
        rules = self.romanization.skeleton_rules
        for person in self.people.values():
            self._generated[person.id] = self._generate(person)
            for text in self.all_aliases(person.id):
                key = compact_key(text)
                if not key:
                    continue
                if person.id not in index.by_key.setdefault(key, set()):
                    index.by_key[key].add(person.id)
                    index.keys.append(key)
                    index.key_owner.append(person.id)
                index.by_skeleton.setdefault(skeleton(text, rules), set()).add(person.id)
            index.curated.update(compact_key(t) for t in [person.name, *person.aliases])

    def org_key(self, text: str) -> str:
        """Normalized organization name: folded, variants replaced, stopwords dropped ('the', 'of', ...)."""
        key = self._org_key_cache.get(text)
        if key is None:
            key = self._remember(self._org_key_cache, text, self._org_key(text))
        return key

    def _org_key(self, text: str) -> str:
        words = self._org_words
        folded = " " + fold(text).replace("&", " and ") + " "
        for old, new in words.replacements.items():
            if " " in old or not old.isalnum():
                folded = folded.replace(f" {old} ", f" {new} ")
        tokens = re.findall(r"[a-z0-9]{1,40}", folded)
        tokens = [words.replacements.get(t, t) for t in tokens]
        return " ".join(t for t in tokens if t not in words.stopwords)

    def _build_organizations(self) -> None:
        for org in self.organizations.values():
            for text in [org.name, *org.aliases]:
                key = self.org_key(text)
                if key and org.id not in self._org_by_key.setdefault(key, set()):
                    self._org_by_key[key].add(org.id)
                    self._org_keys.append(key)
                    self._org_key_owner.append(org.id)
            for abbrev in org.abbreviations:
                self._org_by_abbrev.setdefault(abbrev.replace(".", "").upper(), set()).add(org.id)

    # --- countries -------------------------------------------------------------------------------
    def find_country(self, name: str) -> Country | None:
        """Country named, described or abbreviated: "South Korea's", "Korean", "ROK" -> KR."""
        if name in self._country_cache:  # the policy and actor rules ask about every capitalized word of an article
            return self._country_cache[name]
        return self._remember(self._country_cache, name, self._find_country(name))

    def _find_country(self, name: str) -> Country | None:
        text = _POSSESSIVE.sub("", name.strip())
        if not text:
            return None
        bare = text.replace(".", "")
        if bare.isupper() and bare in self._country_abbrev:
            return self.countries[self._country_abbrev[bare]]
        if text.islower() and len(text) <= 3:
            return None  # "us", "eu" in running text are not country names
        tokens = name_tokens(text)
        code = self._country_index.get(" ".join(tokens))
        if not code and tokens[:1] == ("the",):
            code = self._country_index.get(" ".join(tokens[1:]))
        return self.countries[code] if code else None

    def country_code(self, value: str | None) -> str | None:
        """Country code for a code or a country name/adjective ("KR", "South Korea's" -> "KR")."""
        if not value:
            return None
        if value in self.countries:
            return value
        country = self.find_country(value)
        return country.code if country else None

    def split_country_prefix(self, text: str) -> tuple[str | None, str]:
        """Leading country words of a phrase ("South Korea's Ministry of ..." -> ("KR", "Ministry of ..."))."""
        words = text.split()
        for size in range(min(4, len(words) - 1), 0, -1):
            head = " ".join(words[:size])
            country = self.find_country(head)
            if country:
                return country.code, " ".join(words[size:])
        return None, text

    # --- organizations ---------------------------------------------------------------------------
    def _org_candidates(self, text: str) -> list[tuple[str, float, str]]:
        """(org id, score 0-100, reason) for one phrase, best first."""
        bare = text.strip().replace(".", "")
        found: list[tuple[str, float, str]] = []
        if bare.isupper() or (bare.isalpha() and len(bare) <= 6 and bare[:1].isupper() and " " not in bare):
            for org_id in self._org_by_abbrev.get(bare.upper(), ()):
                found.append((org_id, 100.0, f"abbreviation {bare.upper()}"))
        key = self.org_key(text)
        if not key:
            return found
        for org_id in self._org_by_key.get(key, ()):
            found.append((org_id, 100.0, "alias"))
        if found:
            return found
        generic = set(self._org_words.generic)
        query_tokens = set(key.split())
        for alias_key, score, position in process.extract(
            key, self._org_keys, scorer=fuzz.token_sort_ratio, limit=10, score_cutoff=70.0
        ):
            org_id = self._org_key_owner[position]
            alias_tokens = set(alias_key.split())
            distinctive = alias_tokens - generic
            if score >= ORG_MATCH_MIN:
                found.append((org_id, float(score), f"token-sort {score:.0f} vs {alias_key!r}"))
            elif len(distinctive) >= 2 and alias_tokens <= query_tokens:
                coverage = len(alias_tokens) / len(query_tokens)
                if coverage >= ORG_SUBSET_MIN_COVERAGE:
                    found.append((org_id, 100.0 * coverage, f"contains all words of {alias_key!r}"))
        found.sort(key=lambda item: -item[1])
        return found

    def find_organization(self, name: str, country: str | None = None) -> OrgMatch | None:
        """Organization by name, alias or abbreviation, insensitive to word order, 'the', 'of' and punctuation.

        A leading country ("South Korea's", "Chinese") or the `country` argument narrows the choice;
        an ambiguous name (two organizations, no country to choose) gives None.
        """
        cache_key = (name, country)
        if cache_key in self._org_cache:
            return self._org_cache[cache_key]
        return self._remember(self._org_cache, cache_key, self._find_organization(name, country))

    def _find_organization(self, name: str, country: str | None) -> OrgMatch | None:
        wanted = self.country_code(country)
        candidates = self._org_candidates(name)
        prefix_country, rest = self.split_country_prefix(name)
        if prefix_country and rest:
            wanted = wanted or prefix_country
            if not candidates or candidates[0][1] < 100.0:
                candidates = self._org_candidates(rest) or candidates
        if wanted:
            candidates = [c for c in candidates if self.organizations[c[0]].country in (wanted, None)]
        if not candidates:
            return None
        best_id, best_score, reason = candidates[0]
        rivals = [c for c in candidates[1:] if c[0] != best_id and c[1] > best_score - ORG_MARGIN]
        if rivals:
            return None
        return OrgMatch(self.organizations[best_id], best_score / 100.0, reason)

    def organization_id(self, value: str | None, country: str | None) -> str | None:
        """Organization id for an id or a name (None when unknown or ambiguous)."""
        if not value:
            return None
        if value in self.organizations:
            return value
        match = self.find_organization(value, country)
        return match.organization.id if match else None

    # --- titles and officeholders ----------------------------------------------------------------
    @cached_property
    def title_heads(self) -> frozenset[str]:
        """Last words of the titles ("minister", "governor", "spokeswoman", "ustr")."""
        return frozenset(fold(t.title).replace(".", "").split()[-1] for t in self.roles.titles)

    def parse_title(self, title: str, country: str | None = None) -> TitleParse:
        """Role ids, organization and country named by a title ("South Korea's Minister of Industry, ...")."""
        cache_key = (title, country)
        if cache_key not in self._title_cache:
            self._title_cache[cache_key] = self._parse_title(title, country)
        return self._title_cache[cache_key]

    def _parse_title(self, title: str, country: str | None) -> TitleParse:
        wanted = self.country_code(country)
        prefix_country, rest = self.split_country_prefix(title.strip())
        wanted = wanted or prefix_country
        words = re.findall(r"[\w&'.-]{1,40}", rest)
        folded = [fold(w).replace(".", "") for w in words]
        roles: tuple[str, ...] = ()
        title_org: str | None = None
        before, after = "", ""
        for title_word in self._title_words:
            size = len(title_word.split())
            for start in range(len(words) - size + 1):
                if " ".join(folded[start:start + size]) == title_word:
                    rule = next(t for t in self.roles.titles if fold(t.title).replace(".", "") == title_word)
                    roles, title_org = tuple(rule.roles), rule.organization
                    before, after = " ".join(words[:start]), " ".join(words[start + size:])
                    break
            if roles:
                break
        if not roles and title in {r for t in self.roles.titles for r in t.roles}:
            roles = (title,)
        after = re.sub(r"^(?:of|for|at|to)\s+", "", after, flags=re.IGNORECASE)
        organization = title_org
        for phrase in (after, before):
            if phrase and not organization:
                organization = self._org_from_topic(phrase, wanted)
        if organization and not wanted:
            wanted = self.organizations[organization].country
        return TitleParse(roles, organization, wanted)

    def _org_from_topic(self, phrase: str, country: str | None) -> str | None:
        for type_word, org_type in self.roles.topic_types.items():
            if fold(phrase) == type_word and country:
                typed = [o.id for o in self.organizations.values() if o.type == org_type and o.country == country]
                if len(typed) == 1:
                    return typed[0]
        for pattern in self.roles.topic_patterns:
            match = self.find_organization(pattern.format(phrase), country)
            if match:
                return match.organization.id
        return None

    def officeholders(
        self, role: str, country: str | None = None, organization: str | None = None, on: date | None = None
    ) -> list[tuple[KBPerson, Office]]:
        """Everyone who may have held the role (id or title text) on the date, most specific role first."""
        cache_key = (role, country, organization, on)
        if cache_key not in self._holders_cache:
            self._remember(self._holders_cache, cache_key, self._officeholders(role, country, organization, on))
        return list(self._holders_cache[cache_key])

    def _officeholders(
        self, role: str, country: str | None, organization: str | None, on: date | None
    ) -> list[tuple[KBPerson, Office]]:
        parsed = self.parse_title(role, country)
        wanted_country = self.country_code(country) or parsed.country
        org_id = self.organization_id(organization, wanted_country) or parsed.organization
        if org_id and not wanted_country:
            wanted_country = self.organizations[org_id].country
        roles = parsed.roles
        if not roles:
            return []
        found: list[tuple[int, KBPerson, Office]] = []
        for person in self.people.values():
            for office in person.offices:
                if office.role not in roles:
                    continue
                if org_id and office.organization != org_id:
                    continue
                if wanted_country and office.country != wanted_country:
                    continue
                if on and not (office.covers(on) and not self._succeeded(office, person, on)):
                    continue
                found.append((roles.index(office.role), person, office))
        found.sort(key=lambda item: (item[0], -(item[2].start() or date.min).toordinal()))
        return [(person, office) for _, person, office in found]

    def _succeeded(self, office: Office, holder: KBPerson, on: date) -> bool:
        """Whether an office with an open or unknown end was taken over by someone else by `on`.

        Spokespersons are exempt: several serve at once, so a newcomer does not end a colleague's term.
        """
        if office.to is not None or office.role == "spokesperson":
            return False
        start = office.start() or date.min
        same = (office.role, office.organization, office.country)
        for other in self.people.values():
            if other.id == holder.id:
                continue
            for later in other.offices:
                later_start = later.start()
                if (later.role, later.organization, later.country) == same and later_start and start < later_start <= on:
                    return True
        return False

    def officeholder(
        self, role: str, country: str | None, organization: str | None, on: date | None
    ) -> KBPerson | None:
        """The one person holding the role on the date; None when nobody or several may have held it."""
        holders = self.officeholders(role, country, organization, on)
        if not holders:
            return None
        role_order = self.parse_title(role, country).roles
        best_rank = role_order.index(holders[0][1].role)
        top = [(p, o) for p, o in holders if role_order.index(o.role) == best_rank]
        people = {p.id for p, _ in top}
        if len(people) == 1:
            return top[0][0]
        starts = sorted(((o.start() or date.min), p.id) for p, o in top)
        if starts[-1][0] > starts[-2][0]:
            return self.people[starts[-1][1]]
        return None

    # --- people ----------------------------------------------------------------------------------
    def name_similarity(self, name: str, person: KBPerson) -> tuple[float, str]:
        """Best 0-100 similarity of a (possibly garbled) name to any alias of the person, with the reason."""
        rules = self.romanization.skeleton_rules
        query = compact_key(name)
        query_tokens = name_tokens(name)
        if not query:
            return 0.0, "empty name"
        best, reason = 0.0, ""
        query_skeletons = [skeleton(t, rules) for t in query_tokens]
        query_skeleton = skeleton(name, rules)
        query_given = skeleton(" ".join(query_tokens[1:]), rules) if len(query_tokens) >= 2 else None
        for alias, key, key_skeleton, given_skeleton in self._alias_keys(person.id):
            score = fuzz.ratio(query, key)
            if score > best:
                best, reason = score, f"name similarity {score:.0f} to {alias!r}"
            if query_skeleton == key_skeleton and best < 95.0:
                best, reason = 95.0, f"transliteration variant of {alias!r}"
            if query_given is not None and query_given == given_skeleton and best < GIVEN_NAME_MATCH:
                best, reason = GIVEN_NAME_MATCH, f"given name matches {alias!r}"
        if person.family_name and len(query_tokens) == 1:
            family = skeleton(compact_key(person.family_name), rules)
            if query_skeletons[0] == family and best < FAMILY_NAME_MATCH:
                best, reason = FAMILY_NAME_MATCH, f"family name {person.family_name}"
        return best, reason

    def _alias_keys(self, person_id: str) -> list[tuple[str, str, str, str | None]]:
        """(alias, compact key, key skeleton, given-name skeleton or None) of each alias; computed once a person."""
        known = self._alias_key_cache.get(person_id)
        if known is None:
            rules = self.romanization.skeleton_rules
            known = []
            for alias in self.all_aliases(person_id):
                key = compact_key(alias)
                tokens = name_tokens(alias)
                given = skeleton(" ".join(tokens[1:]), rules) if len(tokens) >= 2 else None
                known.append((alias, key, skeleton(alias, rules), given))
            self._alias_key_cache[person_id] = known
        return known

    def _fits(self, person: KBPerson, country: str | None, org_id: str | None, on: date | None) -> bool:
        for office in person.offices:
            if country and office.country != country:
                continue
            if org_id and office.organization != org_id:
                continue
            if on and not office.covers(on):
                continue
            return True
        return not (country or org_id or on)

    def find_person(
        self,
        name: str,
        *,
        role: str | None = None,
        organization: str | None = None,
        country: str | None = None,
        on: date | None = None,
    ) -> PersonMatch | None:
        """Person by name (aliases, generated romanizations, transliteration variants, fuzzy), or by title.

        With a role, the officeholder(s) of that role on the date are tried with a lenient name test, so
        "South Korea's Minister of Industry, Trade and Energy Guan Moon Gyu" still finds Bang Moon-kyu.
        """
        cache_key = (name, role, organization, country, on)
        if cache_key in self._person_cache:
            return self._person_cache[cache_key]
        return self._remember(self._person_cache, cache_key,
                              self._find_person(name, role=role, organization=organization, country=country, on=on))

    def _find_person(
        self, name: str, *, role: str | None, organization: str | None, country: str | None, on: date | None
    ) -> PersonMatch | None:
        text = _HONORIFICS.sub("", name.strip())
        key = compact_key(text)
        if not key:
            return None
        wanted_country = self.country_code(country)
        org_id = self.organization_id(organization, wanted_country)
        exact = self._people.by_key.get(key, set())
        if len(exact) == 1:
            return PersonMatch(self.people[next(iter(exact))], 1.0, "alias")
        if len(exact) > 1:
            fitting = [pid for pid in exact if self._fits(self.people[pid], wanted_country, org_id, on)]
            if len(fitting) == 1:
                return PersonMatch(self.people[fitting[0]], 0.95, "alias (disambiguated by role/date)")
        if role:
            titled = self._find_by_title(text, role, organization, country, on)
            if titled:
                return titled
        rules = self.romanization.skeleton_rules
        by_skeleton = self._people.by_skeleton.get(skeleton(text, rules), set())
        if len(by_skeleton) == 1 and len(name_tokens(text)) >= 2:
            return PersonMatch(self.people[next(iter(by_skeleton))], 0.9, "transliteration variant")
        if len(name_tokens(text)) < 2:
            return None
        results = process.extract(key, self._people.keys, scorer=fuzz.ratio, limit=20, score_cutoff=PERSON_FUZZY_MIN)
        best_by_person: dict[str, float] = {}
        for alias_key, score, position in results:
            if alias_key not in self._people.curated or key.startswith(alias_key) or key.endswith(alias_key):
                continue  # a generated spelling, or the name plus a word ("Donald Trump Jr."): not a typo
            owner = self._people.key_owner[position]
            best_by_person[owner] = max(best_by_person.get(owner, 0.0), float(score))
        ranked = sorted(best_by_person.items(), key=lambda item: -item[1])
        if ranked and (len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= PERSON_MARGIN):
            return PersonMatch(self.people[ranked[0][0]], ranked[0][1] / 100.0, f"fuzzy name {ranked[0][1]:.0f}")
        return None

    def _find_by_title(
        self, name: str, role: str, organization: str | None, country: str | None, on: date | None
    ) -> PersonMatch | None:
        holders = self.officeholders(role, country, organization, on)
        role_order = self.parse_title(role, country).roles
        for rank in dict.fromkeys(role_order.index(office.role) for _, office in holders):
            scored: dict[str, tuple[float, str, Office]] = {}
            for person, office in holders:
                if role_order.index(office.role) != rank:
                    continue
                score, reason = self.name_similarity(name, person)
                if score >= TITLED_NAME_MIN and score > scored.get(person.id, (0.0, "", office))[0]:
                    scored[person.id] = (score, reason, office)
            if scored:
                break
        else:
            return None
        ranked = sorted(scored.items(), key=lambda item: -item[1][0])
        if len(ranked) > 1 and ranked[0][1][0] - ranked[1][1][0] < PERSON_MARGIN:
            return None
        person_id, (score, reason, office) = ranked[0]
        when = f" on {on.isoformat()}" if on else ""
        title = office.title or office.role
        return PersonMatch(
            self.people[person_id],
            round(min(0.95, score / 100.0), 3),
            f"officeholder: {title} ({office.organization or office.country}){when}; {reason}",
        )


__all__ = ["KBError", "KnowledgeBase", "OrgMatch", "PersonMatch", "TitleParse", "default_kb_folder"]
