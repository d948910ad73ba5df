"""Entity mentions: every occurrence of a person, organization or place, for the normalize stage.

Persons come from titles and bylines (extractor.claims.officials: they carry role, organization and
country), from spaCy PERSON entities, from later repeats of a name already found, and from a bare
surname of such a name before a speech verb or after an honorific ("Wang said", "Mr. Powell").
Organizations come from spaCy ORG entities and the organizations written in titles; places from GPE.
Mentions carry ORIGINAL-text offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..document import ArticleDoc
from ..registry import rule
from .officials import (
    Byline,
    TitledPerson,
    find_bylines,
    find_title_references,
    find_titled_persons,
    is_name_word,
    vocab,
)

#: spaCy labels read as organizations and places
ORG_LABELS = frozenset({"ORG"})
PLACE_LABELS = frozenset({"GPE"})
#: a person entity is at most this many tokens (longer ones are NER run-ons, e.g. a title and a name)
MAX_PERSON_TOKENS = 5
LEADING_THE = re.compile(r"^(?:the|The)\s{1,3}")
TRAILING = re.compile(r"(?:'s|’s|'|’|[\]\[).,;:\s])+$")


@dataclass(frozen=True)
class Found:
    """A mention in REPAIRED-text offsets before it is mapped to the original."""

    start: int
    end: int
    type: str
    role: str | None = None
    organization: str | None = None
    country: str | None = None


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a leading "the" and a trailing possessive or stray punctuation from text[start:end]."""
    seg = text[start:end]
    m = LEADING_THE.match(seg)
    if m:
        start += m.end()
    t = TRAILING.search(text[start:end])
    if t:
        end = start + t.start()
    return start, end


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _hyphen_part(tok: object) -> bool:
    """The second part of a hyphenated given name ("wah" of "Tang-wah", "chia" of "Che-chia")."""
    doc, i = tok.doc, tok.i  # type: ignore[attr-defined]
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
        and doc[i - 2].text[:1].isupper()


def _ner_persons(doc: ArticleDoc, blocked: list[tuple[int, int]], outlets: set[str] | None = None) -> list[Found]:
    """spaCy PERSON entities that look like names (no organization word, not an organization elsewhere).

    Not persons: a byline's outlet ("Wen Wei Po reporter ..."), and a lone word used as a modifier of a
    common noun ("its newer Blackwell chip"): a product or model name the tagger took for a surname.
    """
    v = vocab()
    org_texts = {e.text.lower() for e in doc.entities() if e.label_ in ORG_LABELS | PLACE_LABELS}
    org_texts |= {o.lower() for o in outlets or set()}
    out: list[Found] = []
    for ent in doc.entities():
        if ent.label_ != "PERSON" or len(ent) > MAX_PERSON_TOKENS:
            continue
        s, e = _clean(doc.text, ent.start_char, ent.end_char)
        if e <= s or _overlaps((s, e), blocked):
            continue
        words = [t for t in ent if t.idx < e and t.idx >= s and t.is_alpha]
        if not words or not all(t.text[:1].isupper() or _hyphen_part(t) for t in words):
            continue
        if any(t.lower_ in v.org_heads or t.lower_ in v.role_words or t.lower_ in v.not_name for t in words):
            continue
        if len(words) == 1 and words[0].dep_ in {"compound", "amod", "nmod"} and words[0].head.pos_ == "NOUN" \
                and words[0].head.is_lower:
            continue  # "Blackwell chip", "Mate processors"
        name = doc.text[s:e].lower()
        if any(name in o.split() or name == o or o.startswith(name + " ") for o in org_texts):
            continue  # "Yonhap" next to "Yonhap News Agency": an organization the tagger took for a person
        out.append(Found(s, e, "person"))
    return out


def _repeats(doc: ArticleDoc, names: set[str], blocked: list[tuple[int, int]]) -> list[Found]:
    """Later occurrences of a full name already found ("Fang Wengui said ..." again), with or without its
    accents ("Omer Bolat" after "Ömer Bolat")."""
    from ..normalize.text import strip_marks

    text = strip_marks(doc.text)
    out: list[Found] = []
    for name in sorted({strip_marks(n) for n in names}, key=len, reverse=True):
        for span in _whole_words(text, name):
            if not _overlaps(span, blocked):
                out.append(Found(*span, "person"))
                blocked.append(span)
    return out


def _whole_words(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Spans of `name` in `text` with no word character or hyphen either side, left to right without overlaps (what
    the lookarounds `[\\w-]` around the name found, without compiling a regex per name: \\w is alphanumeric or "_")."""
    pos = 0
    while (i := text.find(name, pos)) >= 0:
        j = i + len(name)
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_-")) \
                and (j == len(text) or not (text[j].isalnum() or text[j] in "_-")):
            yield i, j
            pos = j
        else:
            pos = i + 1


def _surnames(doc: ArticleDoc, names: set[str], blocked: list[tuple[int, int]]) -> list[Found]:
    """A single word of a known name standing alone before a speech verb or after an honorific."""
    v = vocab()
    owners: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        if len(words) > 1:
            for w in {words[0], words[-1]}:
                owners.setdefault(w, set()).add(name)
    speech = {w.lower() for w in v.data.speech_verbs}
    honor = {w.lower().rstrip(".") for w in v.data.honorifics}
    leader_nouns = frozenset(v.data.leader_nouns)
    out: list[Found] = []
    texts, proper = _texts_and_proper_nouns(doc.nlp)
    unlinked: set[str] = set()  # words no known name's surname is a spelling of (since `owners` last grew)
    # only proper nouns and known name words can be read below: no Token objects made for the other tokens
    for tok in (doc.nlp[i] for i, text in enumerate(texts) if proper[i] or text in owners):
        if tok.text not in owners and tok.text not in unlinked and tok.pos_ == "PROPN" and is_name_word(tok):
            owner = _spelling_owner(tok.text, owners)  # "Dombrowskis said" after "Valdis Dombrovskis"
            if owner is not None:
                owners[tok.text] = {owner}
                unlinked.clear()
            else:
                unlinked.add(tok.text)
        if tok.text not in owners or len(owners[tok.text]) != 1 or not is_name_word(tok):
            continue
        span = (tok.idx, tok.idx + len(tok))
        if _overlaps(span, blocked):
            continue
        prev = doc.nlp[tok.i - 1] if tok.i > 0 else None
        nxt = doc.nlp[tok.i + 1] if tok.i + 1 < len(doc.nlp) else None
        if prev is not None and prev.text[:1].isupper() and prev.is_alpha and prev.lower_ not in honor | v.not_name:
            continue  # part of a longer capitalized phrase
        if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
            continue
        after_honorific = prev is not None and prev.lower_.rstrip(".") in honor
        before_speech = nxt is not None and nxt.lower_ in speech
        after_speech = prev is not None and prev.lower_ in speech  # '"...," said Wang.'
        # the subject of a clause or its owner ("Wang later told reporters", "Wang's remarks"), or "according to Wang"
        as_subject = tok.dep_ in {"nsubj", "nsubjpass", "poss"} and tok.pos_ == "PROPN"
        according = prev is not None and prev.lower_ == "to" and tok.i >= 2 and doc.nlp[tok.i - 2].lower_ == "according"
        leader = nxt is not None and nxt.lower_ in leader_nouns  # "the Milei government"
        if after_honorific or before_speech or after_speech or as_subject or according or leader:
            out.append(Found(*span, "person"))
            blocked.append(span)
    return out


def _texts_and_proper_nouns(nlp_doc: Any) -> tuple[list[str], list[bool]]:
    """Every token's text and whether it is tagged PROPN, read from the Doc's arrays."""
    from spacy.attrs import ORTH, POS
    from spacy.symbols import PROPN

    strings = nlp_doc.vocab.strings
    rows = nlp_doc.to_array([ORTH, POS])  # one column at a time: a third faster than a list of row lists
    return [strings[orth] for orth in rows[:, 0].tolist()], (rows[:, 1] == PROPN).tolist()


def _spelling_owner(word: str, owners: dict[str, set[str]]) -> str | None:
    """The one known name whose surname `word` is another spelling of (extractor.normalize.variants: a
    romanization equivalent or one letter apart on a long surname), or None. Resolution only proposes such a
    mention as the same person (a name_variant flag); it never merges on it."""
    from ..normalize.actors import default_kb
    from ..normalize.variants import surname_link

    if len(word) < 3 or not word.isalpha():
        return None
    rules = default_kb().romanization.skeleton_rules
    found = {name for w, names in owners.items() for name in names if len(names) == 1 and surname_link(word, w, rules)}
    return next(iter(found)) if len(found) == 1 else None


#: capitalized runs of two to four words: the only places a knowledge-base name can stand
CAPITALIZED_RUN = re.compile(r"\b[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){1,3}\b")


def _kb_names() -> frozenset[str]:
    """Every multi-word name of a person of the run's knowledge base (canonical, curated and generated aliases)."""
    from ..normalize.actors import default_kb

    return _names_of(default_kb())


@lru_cache(maxsize=4)
def _names_of(kb: Any) -> frozenset[str]:
    return frozenset(a for pid in kb.people for a in kb.all_aliases(pid) if len(a.split()) >= 2)


@lru_cache(maxsize=4)
def _first_words(names: frozenset[str]) -> frozenset[str]:
    """The first word of every name (a capitalized run none of whose words is one holds no name)."""
    return frozenset(m.group() for m in map(_WORD.match, names) if m)


_WORD = re.compile(r"\S+")


def _gazetteer_persons(doc: ArticleDoc, blocked: list[tuple[int, int]]) -> list[Found]:
    """Knowledge-base names found verbatim: the person source when the model has no NER (fast mode)."""
    names = _kb_names()
    firsts = _first_words(names)
    out: list[Found] = []
    for run in CAPITALIZED_RUN.finditer(doc.text):
        words = list(_WORD.finditer(run.group(0)))
        if firsts.isdisjoint(w.group() for w in words):
            continue  # no name starts at any of its words
        best = None
        for i in range(len(words)):
            for j in range(len(words), i + 1, -1):  # longest name first
                s, e = run.start() + words[i].start(), run.start() + words[j - 1].end()
                if doc.text[s:e] in names:
                    best = (s, e)
                    break
            if best:
                break
        if best and not _overlaps(best, blocked):
            out.append(Found(best[0], best[1], "person"))
    return out


def find_mentions(doc: ArticleDoc) -> list[Found]:
    """Every person, organization and place mention of the article, in REPAIRED-text offsets."""
    if doc.nlp is None:
        return []
    titled: list[TitledPerson] = find_titled_persons(doc)
    authors: list[Byline] = find_bylines(doc)
    persons: list[Found] = [Found(b.start, b.end, "person", b.role, b.organization) for b in authors]
    persons += [Found(t.start, t.end, "person", t.role, t.organization, t.country) for t in titled]
    blocked = [(f.start, f.end) for f in persons]
    titles = [(t.span_start, t.span_end) for t in titled]
    if doc.nlp.has_annotation("ENT_IOB"):
        persons += _ner_persons(doc, blocked + titles, {b.organization for b in authors if b.organization})
    # the knowledge base as a gazetteer: the only person source in fast mode (no NER), and a net for the
    # names NER misses ("... practice," Shu Jueting said.)
    persons += _gazetteer_persons(doc, [(f.start, f.end) for f in persons] + titles)
    blocked = [(f.start, f.end) for f in persons]
    names = {doc.text[f.start : f.end] for f in persons}
    persons += _repeats(doc, names, blocked)
    persons += _surnames(doc, names, blocked)
    blocked = [(f.start, f.end) for f in persons]
    persons += [Found(r.start, r.end, "person", r.role, r.organization, r.country)
                for r in find_title_references(doc) if not _overlaps((r.start, r.end), blocked)]

    person_spans = [(f.start, f.end) for f in persons]
    orgs: list[Found] = []
    for t in titled:
        if t.org_span is not None:
            s, e = _clean(doc.text, *t.org_span)
            if e > s:
                orgs.append(Found(s, e, "organization"))
    org_spans = [(f.start, f.end) for f in orgs]
    places: list[Found] = []
    for ent in doc.entities():
        if ent.label_ not in ORG_LABELS | PLACE_LABELS:
            continue
        s, e = _clean(doc.text, ent.start_char, ent.end_char)
        if e <= s or _overlaps((s, e), person_spans + org_spans):
            continue
        if ent.label_ in ORG_LABELS:
            if any(a <= s and e <= b and (s, e) != (a, b) for a, b in titles):
                continue  # part of a title phrase ("Commerce" of "Commerce Minister")
            orgs.append(Found(s, e, "organization"))
            org_spans.append((s, e))
        else:
            places.append(Found(s, e, "place"))
    return sorted(persons + orgs + places, key=lambda f: (f.start, f.end))


@rule("mention.v1")
def extract_mentions(doc: ArticleDoc) -> Iterator[object]:
    """Entity mentions (extractor.normalize.Mention) with ORIGINAL-text offsets."""
    from ..normalize import Mention

    for f in find_mentions(doc):
        s, e = doc.original_span(f.start, f.end)
        yield Mention(doc.original[s:e], s, e, f.type, role=f.role, organization=f.organization, country=f.country)
