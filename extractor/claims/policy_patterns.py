"""Policies without a parser (fast mode, `--model none`): the same vocabulary read through word patterns.

The parse-based rule (`policies.py`) finds a policy noun's governing verb, subject and complements in the
dependency tree. Without a tree this module reads the same things from word order: a policy phrase of
`data/policies.yaml` with a policy verb a few words before it ("imposed a 25% tariff") or after it ("tariffs
will be imposed", "the duties took effect"); the actor is the nearest country, known organization, known
official or generic government word before the verb, or the one after "by" in a passive; the object the words
after "on/against/into/for"; the date and status come from the same cues as the parsed rule. It finds fewer
policies than the parsed rule and names objects less precisely; it exists so that fast mode finds some.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from ..document import ArticleDoc
from ..firstchars import quick_start
from .context import SAY_FORMS
from .officials import _lengths_by_first
from .policies import (
    _EFFECT_IN,
    _WEEKDAY,
    CUE_WINDOW,
    PolicyFind,
    _kb,
    _pick_day,
    _weekday,
    policy_vocab,
    state_actor,
)

#: words a policy verb may stand before its policy phrase ("imposed an additional 10 percent tariff")
VERB_BEFORE = 7
#: words a policy verb may stand after it ("tariffs on imported cars will be imposed", "the duties took effect")
VERB_AFTER = 12
#: words of an object phrase at most ("on coal and liquefied natural gas originating in the US")
MAX_OBJECT_WORDS = 12
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z]+(?:['’][A-Za-z]+)?|\d+(?:[.,]\d+)*|\S")
#: a run of ASCII letters: every word token of _TOKEN without an apostrophe is one (what _may_trigger reads)
_LETTERS = re.compile(r"[A-Za-z]+")
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+|\n\s*\n|(?<=。)")
#: the same for a text without "。" (most): a match starts at a space, so the other positions fail at once
_SENTENCE_END_LATIN = quick_start(re.compile(r"(?<=[.!?])\s+|\n\s*\n"))
_ABBREVIATION = re.compile(r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Ms|Dr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|St|Co|Corp|Inc|Ltd|vs)\.)$")
_FUTURE = quick_start(re.compile(
    r"\b(?:will|would|shall|'ll|plans?\s{1,3}to|planned\s{1,3}to|is\s{1,3}to|are\s{1,3}to|set\s{1,3}to|intends?\s{1,3}to|"
    r"going\s{1,3}to|aims?\s{1,3}to|seeks?\s{1,3}to|prepares?\s{1,3}to|proposed|proposes|threatened\s{1,3}to|"
    r"threatens\s{1,3}to|vowed\s{1,3}to|considering|mulls?|weighs?)\b",
    re.IGNORECASE,
))
#: a capitalized word, with the capitalized word after it: a country name as written ("China", "South Korea")
_CAPITALIZED = quick_start(re.compile(r"\b[A-Z][A-Za-z.]{1,20}(?:\s[A-Z][a-z]{2,20})?"))
_BE = frozenset({"be", "is", "are", "was", "were", "been", "being"})
_STOPS = frozenset({",", ";", ".", ":", "。", "，", "；", "(", ")", '"', "“", "”"})
_OBJECT_STOPS = frozenset({"from", "starting", "effective", "beginning", "as", "with", "which", "that", "while", "after",
                           "until", "by", "since", "before", "when", "but", "to", "at", "under", "amid", "will", "would",
                           "be", "is", "are", "was", "were", "has", "have", "had", "said", "says"})
#: words that may follow a generic policy noun that names a policy ("a plan to ...", "measures on ..."); any other
#: lower-case word after it makes it a modifier ("monetary policy meeting", "policy interest rate")
_AFTER_GENERIC = frozenset({"of", "on", "to", "for", "that", "which", "will", "would", "is", "are", "was", "were", "has",
                            "have", "and", "or", "in", "against", "aimed", "targeting", "covering", "by", "from", "with"})
_ACTOR_HEADS = frozenset({"ministry", "commission", "department", "bank", "council", "administration", "office", "agency",
                          "parliament", "congress", "government", "cabinet", "treasury", "bureau", "authority",
                          "authorities", "customs", "regulator", "house", "yuan", "representative", "assembly"})
_CONNECTORS = frozenset({"of", "the", "for", "and", "&", "on"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "new", "additional", "of", "to", "all", "some",
                          "certain", "this", "that", "these", "those"})


class _Tok(NamedTuple):
    text: str
    low: str
    start: int
    end: int


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Sentence bounds by punctuation and blank lines, not after abbreviations ("U.S.", "Jan.")."""
    start = 0
    for m in (_SENTENCE_END if "。" in text else _SENTENCE_END_LATIN).finditer(text):
        if m.start() <= start or _ABBREVIATION.search(text[max(start, m.start() - 6) : m.start()]) \
                and "\n" not in m.group(0):
            continue
        yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def _tokens(text: str, lo: int, hi: int) -> list[_Tok]:
    new = tuple.__new__  # the NamedTuple's own __new__ is a Python call per token: a third of this function's time
    return [new(_Tok, (w, w.lower(), m.start(), m.end())) for m in _TOKEN.finditer(text, lo, hi) for w in (m.group(),)]


def _is_verb_form(low: str) -> str | None:
    """The base of a policy verb form ("imposed" -> "impose"), None for other words."""
    pv = policy_vocab()
    base = pv.base_of.get(low)
    if base is None:
        return None
    return base if base in pv.policy_verbs or base in _effect_verbs() else None


@lru_cache(maxsize=1)
def _effect_verbs() -> frozenset[str]:
    """The first words of the effect phrases ("take" of "take effect")."""
    return frozenset(p[0] for p in policy_vocab().effect)


@lru_cache(maxsize=1)
def _forward_cue() -> re.Pattern[str] | None:
    """A forward cue of policies.yaml as a whole word ("with effect from"); None when it lists none."""
    cues = sorted({c.lower() for c in policy_vocab().data.forward_cues})
    return re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b") if cues else None


def _effect_at(toks: list[_Tok], i: int) -> bool:
    """An effect phrase starts at token i ("took effect", "came into force", "is in place")."""
    pv = policy_vocab()
    base = pv.base_of.get(toks[i].low, toks[i].low)
    words = (base, *(t.low for t in toks[i + 1 : i + 4]))
    return any(words[: len(p)] == p for p in pv.effect)


def _actor_runs(toks: list[_Tok], lo: int, hi: int) -> list[tuple[int, int]]:
    """Runs of capitalized words (with "of/the/for/and" inside, and a government word after: "Chinese
    authorities"), and "the government"/"the central bank" in lower case, within tokens [lo, hi)."""
    pv = policy_vocab()
    runs: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        t = toks[i]
        if t.text[:1].isupper() and (t.text[:1].isalpha()):
            j = i + 1
            while j < hi and (toks[j].text[:1].isupper() and toks[j].text[:1].isalpha() or toks[j].low in {"'s", "’s"}
                              or toks[j].low in _CONNECTORS and j + 1 < hi and toks[j + 1].text[:1].isupper()
                              and toks[j].low != "and"):
                j += 1
            while j < hi and toks[j].low in pv.actor_nouns and toks[j].low in _ACTOR_HEADS:
                j += 1  # "Chinese authorities", "the Japanese government"
            k = j + 2 if j + 2 < hi and toks[j].low == "and" and toks[j + 1].low == "the" else j + 1
            if j < hi and toks[j].low == "and" and k < hi and toks[k].text[:1].isupper() and toks[k].text[:1].isalpha():
                e = k + 1  # "China and Nicaragua", "Australia and the UAE": one actor of two parties
                while e < hi and toks[e].text[:1].isupper() and toks[e].text[:1].isalpha():
                    e += 1
                j = e
            runs.append((i, j))
            i = j
            continue
        if t.low in pv.generic_actors and t.low in _ACTOR_HEADS or t.low == "central" and i + 1 < hi and toks[i + 1].low == "bank":
            j = i + 2 if t.low == "central" else i + 1
            runs.append((i, j))
            i = j
            continue
        i += 1
    return runs


def _actor(doc: ArticleDoc, toks: list[_Tok], run: tuple[int, int], country: str | None, subject: bool = False) -> str | None:
    """The canonical actor of a run, None when it names no state, institution or known official (`subject`: the
    run stands right before its verb, "Malaysia will impose", and is taken as written)."""
    from ..normalize.actors import canonical_actor, clean_actor

    kb = _kb()
    a, b = toks[run[0]].start, toks[run[1] - 1].end
    if any(t.start <= a and b <= t.end for t in doc.times):
        return None  # "April", "Monday": a date, not a doer
    text = doc.text[a:b]
    text = re.sub(r"(?:'s|’s)$", "", text)
    name = canonical_actor(text, policy_vocab().generic_actors, country, doc.published, kb)
    if name is None:
        return None
    known = kb.find_country(name) is not None or kb.find_organization(name) is not None
    head = toks[run[1] - 1].low
    if known or name != clean_actor(text) or head in _ACTOR_HEADS or subject and toks[run[0]].low not in {"the", "a"}:
        return name
    return None


def article_country(doc: ArticleDoc, spans: list[tuple[int, int]]) -> str | None:
    """The country the article names most (capitalized words read through the knowledge base)."""
    if "policy_patterns.country" in doc.cache:
        return doc.cache["policy_patterns.country"]
    kb = _kb()
    counts: dict[str, int] = {}
    for lo, hi in spans:
        for m in _CAPITALIZED.finditer(doc.text[lo:hi]):
            c = kb.find_country(m.group(0)) or kb.find_country(m.group(0).split()[0])
            if c is not None:
                counts[c.code] = counts.get(c.code, 0) + 1
    best = max(sorted(counts), key=lambda c: counts[c]) if counts else None
    doc.cache["policy_patterns.country"] = best
    return best


#: words before a one-word law phrase ("a bill", "the new law") that make it a law and not a modifier's cost
_BEFORE_LAW = frozenset({"a", "an", "the", "this", "that", "its", "their", "his", "her", "new", "draft", "landmark"})


@lru_cache(maxsize=1)
def _trigger_keys() -> tuple[frozenset[str], frozenset[tuple[str, str]]] | None:
    """(words, word pairs) one of which a sentence with a trigger holds as ASCII letter runs: the verbs that are
    the action and the first words of one-word phrases, the first two words of the longer ones ("export controls";
    a hyphen is no letter run: "anti - dumping" is the pair "anti dumping"). None when a phrase has a word with
    letters and other characters (it is then no letter run: every sentence is read)."""
    pv = policy_vocab()
    words = {f for f, b in pv.base_of.items() if b in pv.data.verb_actions}
    pairs = set()
    for phrase in pv.phrase_of:
        lettered = [w for w in phrase if any(c.isalpha() for c in w)]
        if not all(w.isascii() and w.isalpha() for w in lettered) or lettered[:1] != [phrase[0]]:
            return None
        if len(lettered) == 1:
            words.add(phrase[0])
        else:
            pairs.add((lettered[0], lettered[1]))
    return frozenset(words), frozenset(pairs)


def _may_trigger(text: str, lo: int, hi: int) -> bool:
    """text[lo:hi] may hold a policy phrase or action verb (cheap: no tokens made; _triggers finds none otherwise)."""
    keys = _trigger_keys()
    if keys is None:
        return True
    words = list(map(str.lower, _LETTERS.findall(text, lo, hi)))
    return not keys[0].isdisjoint(words) or not keys[1].isdisjoint(zip(words, words[1:]))


def _triggers(toks: list[_Tok]) -> list[tuple[int, int, str, bool, bool]]:
    """(start, end, action, generic, verbal) of the policy phrases of a sentence, longest first; a verb that is
    itself the action ("banned", "will restrict") is verbal."""
    pv = policy_vocab()
    actions = pv.data.verb_actions
    lengths = _lengths_by_first(pv.phrase_of)  # only the phrase lengths that can start at a word are tried
    lows = [t.low for t in toks]
    out = []
    i = 0
    while i < len(toks):
        for n in lengths.get(lows[i], ()):
            entry = pv.phrase_of.get(tuple(lows[i : i + n])) if i + n <= len(toks) else None
            if entry is None or n == 1 and i > 0 and toks[i - 1].low == "to":  # "to deal with"
                continue
            nxt = toks[i + n] if i + n < len(toks) else None
            if n == 1 and lows[i] in pv.data.on_object_phrases and (nxt is None or nxt.low != "on"):
                continue  # "market cap": a cap is a policy only on something ("the cap on foreign welders")
            prev = toks[i - 1] if i > 0 else None
            if entry.content_clause and n == 1 and prev is not None and not (
                    prev.low in _BEFORE_LAW or prev.text[:1].isupper() or pv.base_of.get(prev.low) in pv.policy_verbs):
                continue  # "the import bill", "the energy bill": a cost; "a bill", "the Finance Bill", "passed legislation"
            if entry.generic and nxt is not None and nxt.text.isalpha() and nxt.text.islower() \
                    and nxt.low not in _AFTER_GENERIC:
                i += n - 1  # "monetary policy meeting": a modifier
                break
            out.append((i, i + n, entry.action, entry.generic, False))
            i += n - 1
            break
        else:
            low = toks[i].low
            base = pv.base_of.get(low)
            if base in actions and (low != base or i > 0 and toks[i - 1].low in {"will", "would", "to", "shall"}):
                out.append((i, i + 1, actions[base], False, True))
        i += 1
    return out


def _verb_for(toks: list[_Tok], start: int, end: int) -> tuple[int, bool] | None:
    """(index, after the phrase) of the policy verb nearest a policy phrase, within the clause."""
    best: tuple[int, bool] | None = None
    for k in range(start - 1, max(-1, start - VERB_BEFORE - 1), -1):
        if toks[k].low in {";", "."}:
            break
        if _is_verb_form(toks[k].low) and not (k > 0 and toks[k - 1].low in {"a", "an", "the"}):
            best = (k, False)
            break
    for k in range(end, min(len(toks), end + VERB_AFTER)):
        if toks[k].low in {";", ".", ","}:
            break
        if _is_verb_form(toks[k].low) and (_effect_at(toks, k) or k > 0 and toks[k - 1].low in _BE | {"will", "would",
                                                                                                     "has", "have", "had"}):
            if best is None or k - end < start - best[0]:
                best = (k, True)
            break
    return best


def _date(doc: ArticleDoc, toks: list[_Tok], lo: int, hi: int, future: bool, effect: bool) -> tuple[date | None, int | None]:
    """The effective date in sentence chars [lo, hi): after a cue, not after a reporting verb; "immediately"."""
    pv = policy_vocab()
    forward_cue = _forward_cue()
    times = [(t.start, t.end, t.text) for t in doc.times if lo <= t.start and t.end <= hi]
    for m in _WEEKDAY.finditer(doc.text, lo, hi):
        if not any(a < m.end() and m.start() < b for a, b, _ in times):
            times.append((m.start(), m.end(), m.group(0)))
    for start, end, text in sorted(times):
        before = doc.text[max(lo, start - CUE_WINDOW) : start]
        lead = pv.cue.search(before) or (_EFFECT_IN.search(before) if effect else None)
        if lead is None:
            continue
        said = re.search(r"(\w+)\s{1,3}$", before[: lead.start()])
        if said and said.group(1).lower() in SAY_FORMS:
            continue  # "said on Monday"
        forward = forward_cue is not None and forward_cue.search(lead.group(0).lower()) is not None
        day = _pick_day(text, doc.published, future, False, forward) or _weekday(text, doc.published, future or forward)
        if day is not None:
            return day, end
    m = pv.immediate.search(doc.text, lo, hi)
    if m and doc.published is not None:
        return doc.published, m.end()
    return None, None


def _modifiers(toks: list[_Tok], start: int) -> int | None:
    """The first of the lower-case nouns right before a policy phrase ("steel import quotas" -> "steel"), if any."""
    k = start
    while k > 0 and start - k < 3 and toks[k - 1].text.isalpha() and toks[k - 1].text.islower() \
            and toks[k - 1].low not in _DETERMINERS and not _is_verb_form(toks[k - 1].low):
        k -= 1
    return k if k < start else None


def _words_after(toks: list[_Tok], a: int, hi: int) -> tuple[int, int] | None:
    """The words after a verb that is the action, to the next clause break ("banned [exports of nickel ore]")."""
    while a < hi and toks[a].low in _DETERMINERS:
        a += 1
    b = a
    while b < hi and b - a < MAX_OBJECT_WORDS and toks[b].low not in _STOPS and toks[b].low not in _OBJECT_STOPS:
        b += 1
    return (a, b) if b > a else None


def _object(toks: list[_Tok], end: int, hi: int, extra: set[str] | None = None) -> tuple[int, int] | None:
    """The words after an object preposition following the policy phrase, to the next clause break."""
    pv = policy_vocab()
    preps = ({p.lower() for p in pv.data.object_prepositions} - {"in"}) | (extra or set())
    k = end
    if k < hi and toks[k].low in {"of", "worth"}:  # "tariffs of 25% on steel", "duties of up to 35.3% on ..."
        k += 1
        while k < hi and toks[k].low not in preps and toks[k].low not in _STOPS and k - end < 7:
            k += 1
    if k >= hi or toks[k].low not in preps:
        return None
    return _words_after(toks, k + 1, hi)


def policies_by_pattern(doc: ArticleDoc) -> list[tuple[int, PolicyFind]]:
    """(sentence number, policy) for every policy the word patterns find in the article."""
    from ..normalize.actors import central_bank_of

    pv = policy_vocab()
    data = pv.data
    bounds = list(sentences(doc.text))
    advocacy = {w.lower() for w in data.advocacy_verbs}
    marks = {w.lower() for w in data.conditional_marks}
    limit = doc.published.year - data.history_years if doc.published else None
    out: list[tuple[int, PolicyFind]] = []
    for n, (lo, hi) in enumerate(bounds):
        if not _may_trigger(doc.text, lo, hi):
            continue  # _triggers finds none: most sentences
        country = article_country(doc, bounds)  # cached: read only for an article with a policy phrase
        toks = _tokens(doc.text, lo, hi)
        used: set[int] = set()
        for start, end, action, generic, verbal in _triggers(toks):
            found = (start, False) if verbal else _verb_for(toks, start, end)
            if found is None:
                continue
            v, after = found
            if v in used:
                continue
            clause = max((k for k in range(0, min(v, start)) if toks[k].low in {",", ";"}), default=-1) + 1
            head = toks[: min(v, start)]
            if any(pv.base_of.get(t.low, t.low) in advocacy for t in head) \
                    or any(t.low in marks for t in toks[clause : min(v, start)]):
                continue  # "urged the government to cut taxes", "if Washington imposes tariffs"
            if limit is not None and any(t.period and t.period[1].year < limit for t in doc.times
                                         if lo <= t.start < hi):
                continue  # history: "In 1930, ..."
            passive = v > 0 and toks[v - 1].low in _BE or v + 1 < len(toks) and toks[v + 1].low == "by"
            actor = None
            by = next((k for k in range(v + 1, min(len(toks), v + 3)) if toks[k].low == "by"), None)
            if by is not None:
                run = next((r for r in _actor_runs(toks, by + 1, min(len(toks), by + 10)) if r[0] == by + 1
                            or r[0] == by + 2 and toks[by + 1].low == "the"), None)
                actor = _actor(doc, toks, run, country) if run else None
            if actor is None and not passive:
                for run in reversed(_actor_runs(toks, 0, min(v, start))):
                    gap = [t.low for t in toks[run[1] : min(v, start)]]
                    subject = all(w in {"will", "would", "has", "have", "had", "also", "to", "plans", "on", "officially"}
                                  for w in gap)
                    actor = _actor(doc, toks, run, country, subject)
                    if actor:
                        break
            if actor is None and action == "agreement":  # "the agreement between China and Nicaragua"
                k = next((k for k in range(end, min(len(toks), end + 2)) if toks[k].low == "between"), None)
                run = next((r for r in _actor_runs(toks, k + 1, min(len(toks), k + 10))), None) if k is not None else None
                actor = _actor(doc, toks, run, country, True) if run else None
            if actor is None:  # "US tariffs", "EU duties": the owner named before the phrase
                for run in _actor_runs(toks, max(0, start - 2), start):
                    actor = _actor(doc, toks, run, country)
            if generic and actor is None:
                continue
            entry = pv.entry_of.get(action)
            if entry is not None and entry.needs_actor and (actor is None or _kb().find_country(actor) is None
                                                            and _kb().find_organization(actor) is None):
                continue  # "copper prices hit a floor price": a known state or body sets one
            if entry is not None and entry.state_actor and not state_actor(actor):
                continue  # "Shell raised its fuel prices": a firm's own price is no administered one
            if actor and action in pv.monetary:
                bank = central_bank_of(actor, _kb())
                actor = bank.name if bank is not None else actor
            effect = _effect_at(toks, v)
            in_force = effect and any(t.low in {"effect", "effective", "force"} for t in toks[v : v + 4])
            future = bool(_FUTURE.search(doc.text, toks[clause].start, toks[v].end))
            day, day_end = _date(doc, toks, lo, hi, future, in_force)
            names = pv.entry_of[action].names_object if action in pv.entry_of else False
            if verbal:  # "banned exports of nickel ore"
                obj = _words_after(toks, start + 1, len(toks))
            elif names:  # "the fuel tax", "the interest rate of housing provident fund loans"
                first = _modifiers(toks, start)
                rest = _object(toks, end, len(toks), {"of", "on", "for"})
                obj = (first if first is not None else start, rest[1] if rest else end)
            else:
                obj = _object(toks, end, len(toks), {"to"} if action in data.transfer_actions else set())
            obj_text = doc.text[toks[obj[0]].start : toks[obj[1] - 1].end] if obj else None
            if obj is None and not generic:
                first = _modifiers(toks, start)
                if first is not None:
                    obj_text = doc.text[toks[first].start : toks[start - 1].end]  # "steel import quotas"
            base = pv.base_of.get(toks[v].low, toks[v].low)
            past = toks[v].low != base and (toks[v].low.endswith("ed") or toks[v].low in data.irregular_forms)
            if future or (day and doc.published and day > doc.published):
                status = "planned"
            elif effect:
                status = "in_effect"
            elif past and base in data.implementing_verbs or day is not None and past:
                status = "in_effect"
            else:
                status = "announced"
            a = min(toks[start].start, toks[v].start)
            b = max(toks[end - 1].end, toks[v].end, toks[obj[1] - 1].end if obj else 0, day_end or 0)
            used.add(v)
            out.append((n, PolicyFind(actor, _directed(action, toks, v), obj_text, day, status, a, b,
                                      inferred=False)))
    return out


def _directed(action: str, toks: list[_Tok], v: int) -> str:
    """A directional action from the verb ("lowered the key rate" -> rate_cut)."""
    pv = policy_vocab()
    entry = pv.entry_of.get(action)
    if entry is None or not entry.directions:
        return action
    word = toks[v].low
    direction = pv.direction_of.get(word) or pv.direction_of.get(pv.base_of.get(word, word))
    return entry.directions.get(direction, action) if direction else action
