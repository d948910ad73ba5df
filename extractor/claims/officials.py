"""Officials: person + role + organization + country from titles, appositions and bylines.

Two title shapes are read from the parse, driven by the words of `data/titles.yaml`:
- a title before the name: "South Korea's Minister of Trade, Industry and Energy Guan Moon Gyu",
  "Commerce Minister Wang Wentao", "Bank of Korea Governor Rhee Chang-yong", "customs spokesman Lyu Daliang";
- a title in apposition after the name: "Mao Ning, a spokesperson for the Ministry of Foreign Affairs",
  "Cho Sang-hyun, president of the ... Institute", "Zhang Wei, chief economist at Pinpoint".
Bylines ("[Global Times reporter Li Xuan]", "By Jane Doe", "Reporting by X; Editing by Y") name the
article's authors: they are found here so that they become author mentions and never officials.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from ..document import ArticleDoc
from ..firstchars import quick_start
from ..models import OfficialClaim
from ..registry import rule
from .common import build_claim
from .context import attribution
from .vocab import DATA, load_yaml

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: a person's name is at most this many words ("Jerome H. Powell", "Maria Luisa Garcia Lopez")
MAX_NAME_WORDS = 4
#: a title's organization phrase is at most this many tokens (the longest in ministries' official names,
#: "Ministry of Agriculture, Food and Rural Affairs" is 8; the margin takes "of the Korean Association")
MAX_ORG_TOKENS = 14
#: modifiers before a title ("South Korea's Foreign Ministry", "Bank of Korea") are at most this many tokens
MAX_PREMOD_TOKENS = 8
#: entity labels a name word never carries (a country, nationality, date or number is not a name)
NOT_NAME_ENTS = frozenset({"GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
CONNECTORS = frozenset({",", "and", "&", "of", "the", "for"})
DETERMINERS = frozenset({"a", "an", "the"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
#: what ends an organization phrase after a title ("president of X, said", "head of X who ...")
ORG_END = frozenset({",", ";", ".", ":", "(", ")", "[", "]", "who", "which", "that", "said", "says", "told"})
INITIAL = re.compile(r"^[A-Z]\.$")


class RoleEntry(BaseModel):
    """A canonical role and the words that name it."""

    model_config = ConfigDict(extra="forbid")
    role: str
    words: list[str]
    organization: str | None = None


class Titles(BaseModel):
    """The vocabulary of `data/titles.yaml`."""

    model_config = ConfigDict(extra="forbid")
    roles: list[RoleEntry]
    role_modifiers: list[str]
    org_prepositions: list[str]
    organization_heads: list[str]
    portfolio_words: list[str]
    portfolio_names: dict[str, str]
    byline_roles: dict[str, list[str]]
    byline_modifiers: list[str]
    countries: dict[str, str]
    not_name_words: list[str]
    honorifics: list[str]
    speech_verbs: list[str]
    leader_nouns: list[str]


def _words(phrase: str) -> tuple[str, ...]:
    """A phrase as spaCy tokenizes it, lower-cased ("vice-president" -> vice, -, president)."""
    return tuple(re.sub(r"\s*-\s*", " - ", phrase.lower()).split())


@dataclass(frozen=True)
class Vocab:
    """titles.yaml compiled for token matching."""

    data: Titles
    role_of: dict[tuple[str, ...], RoleEntry]
    byline_role_of: dict[tuple[str, ...], str]
    max_role_len: int
    modifiers: frozenset[str]
    preps: frozenset[str]
    org_heads: frozenset[str]
    portfolio: frozenset[str]
    role_words: frozenset[str]
    not_name: frozenset[str]
    countries: dict[str, str]


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    """titles.yaml, loaded and validated once."""
    data: Titles = load_yaml(DATA / "titles.yaml", Titles)
    role_of = {_words(w): r for r in data.roles for w in r.words}
    byline_of = {_words(w): role for role, ws in data.byline_roles.items() for w in ws}
    lower = lambda ws: frozenset(w.lower() for w in ws)
    return Vocab(
        data=data,
        role_of=role_of,
        byline_role_of=byline_of,
        max_role_len=max(len(k) for k in [*role_of, *byline_of]),
        modifiers=lower(data.role_modifiers),
        preps=lower(data.org_prepositions),
        org_heads=lower(data.organization_heads),
        portfolio=lower(data.portfolio_words),
        role_words=frozenset(k[-1] for k in [*role_of, *byline_of]),  # "minister", "representative", "editor"
        not_name=lower(data.not_name_words),
        countries={k.lower(): v for k, v in data.countries.items()},
    )


@dataclass(frozen=True)
class TitledPerson:
    """A named person with a title; offsets are into the REPAIRED text."""

    name: str
    start: int
    end: int
    role: str
    organization: str | None
    country: str | None
    span_start: int  # the title + name phrase (the claim's evidence)
    span_end: int
    org_span: tuple[int, int] | None = None  # the organization as written, when it is a literal phrase


@dataclass(frozen=True)
class Byline:
    """An author named in a byline or credit line; offsets are into the REPAIRED text."""

    name: str
    start: int
    end: int
    role: str
    organization: str | None


# ----------------------------------------------------------------------------- token predicates


def is_name_word(tok: Token, allow_org: bool = True, allow_norp: bool = False) -> bool:
    """A word that can be part of a person's name (capitalized, not a title, place or function word).

    `allow_norp`: where a name is expected (a byline), a surname the tagger reads as a people ("Han", "Hui")
    still counts.
    """
    v = vocab()
    text = tok.text
    if INITIAL.match(text):
        return True
    if not text[:1].isupper() or not text.replace("'", "").replace("’", "").isalpha():
        return False
    low = tok.lower_
    if low in v.not_name or low in v.role_words or low in v.org_heads or low in v.modifiers:
        return False
    if tok.ent_type_ == "NORP" and allow_norp:
        return True
    return not (tok.ent_type_ in NOT_NAME_ENTS or (not allow_org and tok.ent_type_ == "ORG"))


def _joined(doc: Doc, i: int) -> int:
    """Index past a hyphenated name part glued to token i ("Chang - yong" -> past "yong")."""
    while (
        i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and doc[i + 2].is_alpha
    ):
        i += 2
    return i + 1


#: parts of speech the tagger gives to romanized names it does not know ("Oh" INTJ, "Jae" NOUN, "young" ADJ)
UNTAGGED_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "INTJ", "X", "PUNCT"})


def _hyphenated_given(doc: Doc, j: int, k: int) -> bool:
    """A capitalized word joined by a hyphen to a lower-case one ("Jae-young", "Ka-keung"): a romanized
    East Asian given name, whatever the tagger made of its parts."""
    return any(
        doc[t].text[:1].isupper() and doc[t].is_alpha and doc[t + 1].text == "-" and not doc[t].whitespace_
        and not doc[t + 1].whitespace_ and doc[t + 2].is_alpha and doc[t + 2].text.islower()
        for t in range(j, k - 2)
    )


def untagged_name(doc: Doc, j: int, k: int, units: int, need_hyphen: bool) -> bool:
    """A name the tagger did not see (no PROPN): two or more capitalized name words in a person slot of a title
    pattern, none a verb, function word or number, with a hyphenated given name ("Oh Jae-young") or, unless
    `need_hyphen`, right after a speech verb or "according to" ('said Seo Yeon, an economist at ...')."""
    if units < 2 or not all(t.pos_ in UNTAGGED_NAME_POS for t in doc[j:k]):
        return False
    if _hyphenated_given(doc, j, k):
        return True
    speech = {w.lower() for w in vocab().data.speech_verbs}
    before = doc[j - 1].lower_ if j >= 1 else ""
    according = before == "to" and j >= 2 and doc[j - 2].lower_ == "according"
    return not need_hyphen and (before in speech or according)


def name_after(doc: Doc, j: int, limit: int, allow_org: bool = True) -> tuple[int, int] | None:
    """Token range [j, k) of a name starting at j (1..MAX_NAME_WORDS words), or None."""
    i, words = j, 0
    while i < limit and words < MAX_NAME_WORDS and is_name_word(doc[i], allow_org):
        i = min(_joined(doc, i), limit)
        words += 1
    if words == 0 or not (any(t.pos_ == "PROPN" or INITIAL.match(t.text) for t in doc[j:i])
                          or untagged_name(doc, j, i, words, need_hyphen=True)):
        return None
    if i < limit and doc[i].text[:1].isupper() and doc[i].is_alpha and doc[i].lower_ not in vocab().not_name:
        return None  # part of a longer capitalized phrase ("the official Global Times")
    return j, i


def name_before(doc: Doc, k: int, lo: int) -> tuple[int, int] | None:
    """Token range [j, k) of a name ending just before k, or None."""
    units: list[int] = []
    i = k - 1
    while i >= lo and len(units) < MAX_NAME_WORDS:
        start = i
        while start - 2 >= lo and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
            start -= 2
        if not is_name_word(doc[start], allow_org=False):
            break
        units.append(start)
        i = start - 1
    if not units:
        return None
    j = units[-1]
    if j > lo and doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha and doc[j - 1].lower_ not in vocab().not_name:
        return None  # part of a longer capitalized phrase (an organization, a place)
    if not any(t.pos_ == "PROPN" for t in doc[j:k]) and not untagged_name(doc, j, k, len(units), need_hyphen=False):
        return None
    return j, k


#: id of a phrase table -> (the table, its first words -> phrase lengths, longest first)
_LENGTHS: dict[int, tuple[object, dict[str, tuple[int, ...]]]] = {}


def _lengths_by_first(table: dict[tuple[str, ...], object]) -> dict[str, tuple[int, ...]]:
    """The phrase lengths of `table` by first word (computed once per table: match_role runs on every token)."""
    known = _LENGTHS.get(id(table))
    if known is None or known[0] is not table:
        lengths: dict[str, set[int]] = {}
        for words in table:
            lengths.setdefault(words[0], set()).add(len(words))
        known = (table, {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()})
        _LENGTHS[id(table)] = known
    return known[1]


def lower_words(doc: Doc) -> list[str]:
    """The lower-cased text of every token, read from the Doc's array (no Token objects made); cached on the Doc."""
    words = doc.user_data.get(LOWER_WORDS_KEY)
    if words is None:
        from spacy.attrs import LOWER

        strings = doc.vocab.strings
        words = doc.user_data[LOWER_WORDS_KEY] = [strings[h] for h in doc.to_array([LOWER]).tolist()]
    return words


#: where lower_words keeps its list in Doc.user_data
LOWER_WORDS_KEY = "extractor.lower_words"


def match_role(doc: Doc, i: int, table: dict[tuple[str, ...], object]) -> int:
    """Length in tokens of the longest phrase of `table` starting at token i (0 when none)."""
    words = lower_words(doc)
    for n in _lengths_by_first(table).get(words[i], ()):
        if n <= len(doc) - i and tuple(words[i : i + n]) in table:
            return n
    return 0


def country_of(text: str) -> str | None:
    """The country a name or demonym refers to ("Chinese" -> "China"), None when it is not one."""
    return vocab().countries.get(text.lower().strip())


# ----------------------------------------------------------------------------- title phrases


def _premods(doc: Doc, i: int, lo: int) -> int:
    """Start index of the modifiers before a title at i ("South Korea's", "Bank of Korea", "customs")."""
    v = vocab()
    k = i
    while k - 1 >= lo and i - (k - 1) <= MAX_PREMOD_TOKENS:
        t = doc[k - 1]
        low = t.lower_
        if t.ent_type_ == "PERSON" or low in v.role_words:
            break  # another person's name or title ("President Xi Jinping and President Joe Biden")
        if low in {"of", "and", "&"} and k - 2 >= lo and doc[k - 2].text[:1].isupper() and doc[k - 2].is_alpha:
            k -= 1  # "Bank of Korea Governor", "Trade and Industry Minister"
            continue
        if low in v.not_name and low not in v.portfolio:
            break
        capital = t.text[:1].isupper() and (t.is_alpha or "." in t.text)
        if capital or low in POSSESSIVE or low in v.org_heads or low in v.portfolio:
            k -= 1
            continue
        break
    while k < i and doc[k].lower_ in {"of", "and", "&"} | POSSESSIVE:
        k += 1
    return k


def _text(doc: Doc, a: int, b: int) -> str:
    return doc[a:b].text.strip(" ,") if b > a else ""


def _split_owner(doc: Doc, a: int, b: int) -> tuple[str | None, str | None, tuple[int, int] | None]:
    """(country, organization, organization token range) of a modifier phrase doc[a:b]."""
    if b <= a:
        return None, None, None
    poss = [k for k in range(a, b) if doc[k].lower_ in POSSESSIVE]
    if poss:
        p = poss[-1]
        owner, rest = _text(doc, a, p), (p + 1, b)
        country = country_of(owner) or (owner if all(t.ent_type_ == "GPE" for t in doc[a:p]) else None)
        if country is None:  # "Samsung's chief executive": the owner is the organization
            return None, owner, (a, p)
        return country, _text(doc, *rest) or None, rest if rest[1] > rest[0] else None
    for n in range(b - a, 0, -1):  # the longest leading country name or demonym
        lead = _text(doc, a, a + n)
        c = country_of(lead) or (lead if n <= 3 and all(t.ent_type_ == "GPE" for t in doc[a : a + n]) else None)
        if c:
            rest = (a + n, b)
            if rest[1] <= rest[0]:
                return c, None, None
            if _portfolio_only(_text(doc, *rest)):  # "Chinese Commerce (Minister)": the ministry is named below
                return c, _text(doc, *rest), rest
            return c, _text(doc, a, b), (a, b)  # "Korea International Trade Association" keeps its name
    return None, _text(doc, a, b), (a, b)


def _portfolio_only(stated: str) -> bool:
    """The phrase only names a portfolio ("Commerce", "Trade, Industry and Energy", "foreign")."""
    v = vocab()
    words = [w for w in re.split(r"[\s,]+", stated.lower()) if w and w not in CONNECTORS]
    return bool(words) and all(w in v.portfolio for w in words)


def _organization(entry: RoleEntry, stated: str | None) -> str | None:
    """The organization of a title: "Commerce" with "Minister" -> "Ministry of Commerce"."""
    if not stated:
        return None
    stated = re.sub(r"^(?:the|The)\s", "", stated)
    if entry.organization and _portfolio_only(stated):
        stated = vocab().data.portfolio_names.get(stated.lower(), stated)
        return entry.organization.format(stated if stated != stated.lower() else stated.title())
    return stated


def _org_phrase(doc: Doc, j: int, limit: int) -> int:
    """End index of an organization phrase starting at j ("the Ministry of Commerce", "the trade bureau")."""
    k = j
    while k < limit and k - j < MAX_ORG_TOKENS:
        t = doc[k]
        if t.lower_ in ORG_END or t.pos_ in {"VERB", "AUX"} or t.is_punct and t.text not in {"-", "&", "'s", "’s"}:
            break
        k += 1
    return k


def _cap_run(doc: Doc, j: int, limit: int) -> int:
    """End index of the capitalized phrase of a title's complement ("Trade, Industry and Energy Guan Moon Gyu")."""
    k = j
    while k < limit and k - j < MAX_ORG_TOKENS:
        t = doc[k]
        if t.lower_ in CONNECTORS or (t.text[:1].isupper() and (t.is_alpha or INITIAL.match(t.text))) or t.text == "-" and not t.whitespace_ and k > j and not doc[k - 1].whitespace_ or t.is_alpha and k > j and doc[k - 1].text == "-":
            k += 1
        else:
            break
    while k > j and doc[k - 1].lower_ in CONNECTORS:
        k -= 1
    return k


#: words after which a complement's next word still names the body, never the person: "... Trade, Industry
#: and Competition Parks Tau", "Governor of the Bank of Thailand Veerathai ...", "Ambassador to Peru Song Yang"
BODY_CONTINUES = frozenset({"and", "&", "of", "to"})


def _trailing_name(doc: Doc, a: int, b: int, allow_norp: bool = False, body: bool = False) -> tuple[int, int] | None:
    """The name that ends a complement phrase doc[a:b] ("of Industry, Trade and Energy Guan Moon Gyu").

    `body`: the phrase names a body before the name, so a word after "and"/"of"/"to" and a country belong to it.
    """
    v = vocab()
    j = b
    words = 0
    while j > a and words < MAX_NAME_WORDS:
        s = j - 1
        while s - 2 >= a and doc[s - 1].text == "-" and not doc[s - 1].whitespace_:
            s -= 2
        t = doc[s]
        if t.lower_ in v.portfolio or not is_name_word(t, allow_norp=allow_norp):
            break
        if body and (country_of(t.text) or words and s - 1 >= a and doc[s - 1].lower_ in BODY_CONTINUES):
            break
        j, words = s, words + 1
    if words == 0 or j == a:
        return None
    return j, b


def _role_at(doc: Doc, i: int, lo: int) -> tuple[RoleEntry, int, int] | None:
    """(role entry, its length in tokens, the index of its first modifier) of a title starting at token i."""
    v = vocab()
    n = match_role(doc, i, v.role_of)  # type: ignore[arg-type]
    if n == 0:
        return None
    m = i
    while m - 1 >= lo and doc[m - 1].lower_ in v.modifiers:
        m -= 1
    return v.role_of[tuple(lower_words(doc)[i : i + n])], n, m


def titled_at(doc: Doc, i: int, lo: int, hi: int) -> TitledPerson | None:
    """The titled person whose title starts at token i of the sentence [lo, hi), if any."""
    found = _role_at(doc, i, lo)
    if found is None:
        return None
    entry, n, m = found
    v = vocab()
    role = " ".join([t.lower_ for t in doc[m:i]] + [entry.role])
    end = i + n
    # a title before the name, with an "of ..." complement: "Minister of Trade, Industry and Energy Guan Moon Gyu"
    if end < hi and doc[end].lower_ in {"of", "for", "to"}:
        run = _cap_run(doc, end + 1, hi)
        name = _trailing_name(doc, end + 1, run, body=True)
        if name is not None:
            p = _premods(doc, m, lo)
            country, _, _ = _split_owner(doc, p, m)
            comp = _text(doc, end + 1, name[0])
            # "Ambassador to Thailand": the complement names the host, not the ambassador's body
            organization = None if doc[end].lower_ == "to" else _organization(entry, comp)
            return _person(doc, name, role, organization, country, p, name[1], None)
    # a title before the name: "Commerce Minister Wang Wentao", "customs spokesman Lyu Daliang"
    name = name_after(doc, end, hi)
    if name is not None:
        p = _premods(doc, m, lo)
        country, org, org_range = _split_owner(doc, p, m)
        organization = _organization(entry, org)
        literal = org_range if organization == org else None
        return _person(doc, name, role, organization, country, p, name[1], literal)
    # a title after the name: "Mao Ning, a spokesperson for the Ministry of Foreign Affairs"
    p = _premods(doc, m, lo)
    d = p - 1 if p - 1 >= lo and doc[p - 1].lower_ in DETERMINERS else p
    if d - 1 < lo or doc[d - 1].text != ",":
        return None
    name = name_before(doc, d - 1, lo)
    if name is None:
        return None
    country, org, org_range = _split_owner(doc, p, m)
    span_end = end
    if end < hi and doc[end].lower_ in v.preps:
        o = end + 1
        if o < hi and doc[o].lower_ in DETERMINERS:
            o += 1
        oe = _org_phrase(doc, o, hi)
        if oe > o:
            c2, org, org_range = _split_owner(doc, o, oe)
            country = country or c2
            span_end = oe
    organization = _organization(entry, org)
    literal = org_range if organization == org else None
    return _person(doc, name, role, organization, country, name[0], span_end, literal)


def _person(
    doc: Doc,
    name: tuple[int, int],
    role: str,
    organization: str | None,
    country: str | None,
    a: int,
    b: int,
    org_range: tuple[int, int] | None,
) -> TitledPerson:
    ns, ne = doc[name[0]].idx, doc[name[1] - 1].idx + len(doc[name[1] - 1])
    org_span = None
    if org_range is not None and org_range[1] > org_range[0]:
        oa, ob = org_range
        while oa < ob and doc[oa].lower_ in DETERMINERS:
            oa += 1
        org_span = (doc[oa].idx, doc[ob - 1].idx + len(doc[ob - 1])) if ob > oa else None
    return TitledPerson(
        name=doc[name[0] : name[1]].text,  # = doc.text[ns:ne], without joining the whole Doc's text
        start=ns,
        end=ne,
        role=role,
        organization=organization,
        country=country,
        span_start=doc[a].idx,
        span_end=doc[b - 1].idx + len(doc[b - 1]),
        org_span=org_span,
    )


def find_titled_persons(doc: ArticleDoc) -> list[TitledPerson]:
    """Every titled occurrence of a named person in the article (cached on the doc)."""
    if "officials.titled" in doc.cache:
        return doc.cache["officials.titled"]
    found: list[TitledPerson] = []
    if doc.nlp is not None:
        authors = find_bylines(doc)
        taken: set[int] = set()
        starts = _lengths_by_first(vocab().role_of)  # type: ignore[arg-type]
        nlp = doc.nlp
        # only tokens a title can start with (titled_at finds none elsewhere), in text order
        for i in (k for k, word in enumerate(lower_words(nlp)) if word in starts):
            tok = nlp[i]
            if i in taken or any(b.start <= tok.idx < b.end for b in authors):
                continue
            sent = tok.sent
            tp = titled_at(nlp, i, sent.start, sent.end)
            if tp is None or any(b.start < tp.end and tp.start < b.end for b in authors):
                continue
            found.append(tp)
            taken.update(t.i for t in nlp.char_span(tp.span_start, tp.span_end, alignment_mode="expand") or [])
    doc.cache["officials.titled"] = found
    return found


@dataclass(frozen=True)
class TitleReference:
    """A person named only by a title ("the minister said", "A spokesperson for the Ministry of Commerce said");
    offsets are into the REPAIRED text."""

    start: int
    end: int
    role: str
    organization: str | None
    country: str | None


def title_reference_at(doc: Doc, i: int, lo: int, hi: int) -> TitleReference | None:
    """A title with no name at token i that is the subject of a clause ("the governor said", "... also responded")."""
    found = _role_at(doc, i, lo)
    if found is None:
        return None
    entry, n, m = found
    v = vocab()
    end = i + n
    if name_after(doc, end, hi) is not None:
        return None  # a titled name, read by titled_at
    p = _premods(doc, m, lo)
    d = p - 1 if p - 1 >= lo and doc[p - 1].lower_ in DETERMINERS else p
    if d == p and p == m and not (m == lo or doc[m - 1].is_punct):
        return None  # "... told the trade minister": no opener; keep to clear subjects
    country, org, _ = _split_owner(doc, p, m)
    k = end
    if k < hi and doc[k].lower_ in v.preps:
        o = k + 1
        if o < hi and doc[o].lower_ in DETERMINERS:
            o += 1
        oe = _org_phrase(doc, o, hi)
        if oe > o:
            c2, org2, _ = _split_owner(doc, o, oe)
            country, org, k = country or c2, org2 or org, oe
    head = doc[end - 1]
    speech = {w.lower() for w in v.data.speech_verbs}
    subject = head.dep_ in {"nsubj", "nsubjpass"} and head.head.pos_ in {"VERB", "AUX"}
    if not subject and not (k < hi and doc[k].lower_ in speech):
        return None
    role = " ".join([t.lower_ for t in doc[m:i]] + [entry.role])
    return TitleReference(doc[d].idx, doc[k - 1].idx + len(doc[k - 1]), role, _organization(entry, org), country)


def find_title_references(doc: ArticleDoc) -> list[TitleReference]:
    """Title-only mentions of people: the subjects "the minister", "China's Foreign Ministry spokesperson"."""
    if doc.nlp is None:
        return []
    taken = [(t.span_start, t.span_end) for t in find_titled_persons(doc)] + [(b.start, b.end) for b in find_bylines(doc)]
    found: list[TitleReference] = []
    nlp = doc.nlp
    words = lower_words(nlp)
    starts = _lengths_by_first(vocab().role_of)  # type: ignore[arg-type]
    for sent in nlp.sents:
        # only tokens a title can start with (title_reference_at finds none elsewhere)
        for i in (k for k in range(sent.start, sent.end) if words[k] in starts):
            idx = nlp[i].idx
            if any(a <= idx < b for a, b in taken) or (found and idx < found[-1].end):
                continue
            ref = title_reference_at(nlp, i, sent.start, sent.end)
            if ref is not None and not any(a < ref.end and ref.start < b for a, b in taken):
                found.append(ref)
    return found


# ----------------------------------------------------------------------------- bylines

#: "[Global Times reporter Li Xuan]"; at the start of a line the opening bracket is often lost, and the
#: repair stage turns a lone closing bracket into a full stop ("... Ding Ling. Yonhap said")
BRACKET_BYLINE = re.compile(r"\[[ \t]*(?P<body>[^\[\]\n]{3,120}?)[ \t]*\]")
LINE_BYLINE = re.compile(r"(?m)^[ \t]*(?P<body>[^\[\]\n.]{3,120}?)[ \t]*(?:[\].]|$)")
#: "By Jane Doe", "By Jane Doe and John Roe, Reuters" on a line of its own
BY_LINE = re.compile(r"(?m)^[ \t]*By[ \t]+(?P<names>[A-Z][^\n]{1,150})$")
#: "Reporting by X and Y; Editing by Z"
CREDIT = quick_start(re.compile(  # quick_start: tried in full at every position of the text, half the bylines' time
    r"(?P<label>(?:[Aa]dditional[ \t])?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Tt]ranslated)[ \t]+by[ \t]+"
    r"(?P<names>[A-Z][^;\n()\[\]]{1,160})"
))
NAME = re.compile(r"[A-Z][\w'’.-]{0,24}(?:[ \t][A-Z][\w'’.-]{0,24}){0,3}")
NAME_SEP = re.compile(r"\s*(?:,|\band\b|&)\s*")
#: words between a byline's role and the names: "correspondent in South Korea Ding Ling"
BYLINE_PLACE_WORDS = frozenset({"in", "from", "based", "and", ",", "&", "-"})


def _names_in(text: str, offset: int) -> Iterator[tuple[int, int]]:
    """Names listed in a credit ("Joe Cash and Ella Cao in Beijing"): stops at the first non-name."""
    v = vocab()
    pos = 0
    for part in NAME_SEP.split(text):
        at = text.find(part, pos)
        m = NAME.match(part)
        if not part or m is None:
            break
        words = m.group(0).split()
        if any(w.lower().rstrip(".") in v.not_name or w.lower() in v.org_heads for w in words):
            break
        yield offset + at, offset + at + m.end()
        pos = at + len(part)
        if m.end() < len(part):  # "Ella Cao in Beijing": the list ends here
            break


def _byline_body(doc: ArticleDoc, start: int, end: int) -> Iterator[Byline]:
    """Authors of a byline body "<outlet> [modifiers] <role> [in <place>] <name>[ and <name>]"."""
    v = vocab()
    span = doc.nlp.char_span(start, end, alignment_mode="expand") if doc.nlp is not None else None
    if span is None:
        return
    toks = list(span)
    mods = {w.lower() for w in v.data.byline_modifiers}
    starts = _lengths_by_first(v.byline_role_of)  # type: ignore[arg-type]
    for k, tok in enumerate(toks):
        if tok.lower_ not in starts:
            continue  # no role starts here (match_role would find none)
        n = match_role(doc.nlp, tok.i, v.byline_role_of)  # type: ignore[arg-type]
        if n == 0:
            continue
        outlet_toks = toks[:k]
        if not all(t.text[:1].isupper() or t.lower_ in mods or t.lower_ in POSSESSIVE for t in outlet_toks):  # "People's Daily"
            return
        tail = toks[k + n :]
        if not tail or not all(t.text[:1].isupper() or t.lower_ in BYLINE_PLACE_WORDS or t.is_alpha and not t.whitespace_ for t in tail):
            return
        role = v.byline_role_of[tuple(t.lower_ for t in toks[k : k + n])]
        while outlet_toks and outlet_toks[-1].lower_ in mods:
            outlet_toks.pop()
        outlet = doc.text[outlet_toks[0].idx : outlet_toks[-1].idx + len(outlet_toks[-1])].strip() if outlet_toks else None
        for a, b in _byline_names(doc.nlp, tail[0].i, span.end):
            s, e = doc.nlp[a].idx, doc.nlp[b - 1].idx + len(doc.nlp[b - 1])
            yield Byline(doc.text[s:e], s, e, role, outlet)
        return


def _byline_names(nlp_doc: Doc, a: int, b: int) -> Iterator[tuple[int, int]]:
    """Names at the end of a byline's tail ("in South Korea Ding Ling", "Li Xuan and Wang Qi")."""
    parts: list[tuple[int, int]] = []
    start = a
    for k in range(a, b + 1):
        if k == b or nlp_doc[k].lower_ in {"and", ",", "&"}:
            parts.append((start, k))
            start = k + 1
    for pa, pb in parts:
        name = _trailing_name(nlp_doc, pa - 1, pb, allow_norp=True) if pb > pa else None
        if name is not None and any(t.pos_ == "PROPN" for t in nlp_doc[name[0] : name[1]]):
            yield name


def find_bylines(doc: ArticleDoc) -> list[Byline]:
    """Authors named in bylines and credit lines (cached on the doc)."""
    if "officials.bylines" in doc.cache:
        return doc.cache["officials.bylines"]
    v = vocab()
    found: list[Byline] = []
    for pattern in (BRACKET_BYLINE, LINE_BYLINE):
        for m in pattern.finditer(doc.text):
            found.extend(_byline_body(doc, m.start("body"), m.end("body")))
    for m in BY_LINE.finditer(doc.text):
        for s, e in _names_in(m.group("names"), m.start("names")):
            found.append(Byline(doc.text[s:e], s, e, "reporter", None))
    for m in CREDIT.finditer(doc.text):
        role = v.byline_role_of.get(_words(m.group("label")), "reporter")
        for s, e in _names_in(m.group("names"), m.start("names")):
            found.append(Byline(doc.text[s:e], s, e, role, None))
    unique = {(b.start, b.end): b for b in found}
    doc.cache["officials.bylines"] = sorted(unique.values(), key=lambda b: b.start)
    return doc.cache["officials.bylines"]


# ----------------------------------------------------------------------------- the rule


@rule("official.v1")
def extract_officials(doc: ArticleDoc) -> Iterator[OfficialClaim]:
    """One official claim per titled occurrence of a named person (bylines are authors, not officials)."""
    for tp in find_titled_persons(doc):
        os_, oe = doc.original_span(tp.start, tp.end)
        yield build_claim(
            doc,
            OfficialClaim,
            "official.v1",
            tp.span_start,
            tp.span_end,
            person=doc.original[os_:oe],
            role=tp.role,
            organization=tp.organization,
            country=tp.country,
            attribution=attribution(doc, tp.span_start, tp.span_end),
        )
