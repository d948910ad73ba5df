"""Who or what a number is about (subject) and what it measures (metric), from the sentence's structure.

With a parse (full mode) each number is followed up spaCy's dependency tree to the noun it measures:
its own "of" complement ("$5 billion worth of chips", "19.7% of total exports"), the noun it modifies
or completes ("Exports of $33.6 billion", "a first-half total of 21.17 trillion yuan", "a 25% tariff"),
else the subject of the verb that governs it ("exports rising 5%", "Exports to China, which fell 5%",
"of which exports accounted for $300 billion"), its object when the number is what the object was set
to ("cut its growth forecast to 1.9%"), or the noun a participle hangs on ("imports falling 3%").
Change and pace nouns are walked through ("a 7.8% increase", "an annualized rate of 2.8%"): they say
how the metric moved, not what it is. In "respectively" lists the i-th number takes the i-th conjunct.

The metric keeps the noun's modifiers and its partner scope ("exports to China", "imports from the
EU", "trade deficit with China"), without numbers, dates or determiners. The subject is a possessor
("South Korea's exports"), an "of" place ("the export value of Vietnam"), a leading place or company
name ("China exports"), or the named subject of the governing verb ("Samsung posted a profit of ...").

Without a parse (fast mode, `--model none`) a shallow reading of the clause stands in: the words before
"of <number>", else the noun phrase that opens the clause before its verb.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..document import ArticleDoc
from .periods import expanded_span, parse_memo
from .vocab import percent_cues

#: steps walked up the tree at most (number -> preposition -> noun -> verb -> clause head is five)
MAX_STEPS = 8
#: steps from a verb up through xcomp/conj/advcl chains to the clause that names its subject
VERB_STEPS = 4
#: prepositions whose object narrows a metric to a partner or a product ("exports to China", "imports of
#: crude", "trade with ASEAN", "investment in property"); time phrases and numbers are left out
SCOPE_PREPS = frozenset({"to", "from", "with", "of", "for", "on", "in", "between", "among", "into"})
#: ... of which "in" scopes a metric only to a place ("retail sales in China", not "trade in goods", which the
#: article's other "trade" figures leave unsaid)
PLACE_ONLY_PREPS = frozenset({"in"})
#: entity labels of numbers (left out of metrics)
NUMBER_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
#: entity labels a subject is named with
NAMED_ENTS = frozenset({"GPE", "ORG", "NORP", "LOC", "PERSON", "FAC"})
#: labels by which a number modifies the noun it measures ("a 1.5% gain", "$5 billion worth")
MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "quantmod", "nmod"})
#: labels by which a number completes a verb ("rose 3%", "reached $5 billion", "were $5 billion")
VERB_DEPS = frozenset({"dobj", "attr", "npadvmod", "oprd", "acomp", "advmod", "dative", "nsubj", "nsubjpass", "advcl", "ccomp", "xcomp"})
#: labels by which a verb continues another one whose subject it shares ("rose 5% and reached $X", "expected to grow 5%")
SHARED_SUBJECT_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "ccomp", "prep"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: subjects that name nothing themselves: the subject of the clause they continue is read instead
PERSONAL_PRONOUNS = frozenset({"it", "they", "this", "these", "he", "she", "we"})
#: the words a percentage ends in ("19.7% of total exports" is a share of that whole)
PERCENT_WORDS = frozenset({"%", "percent", "per cent", "pct"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whose", "what"})
PRONOUNS = frozenset({"it", "its", "they", "their", "this", "these", "those", "he", "she", "his", "her", "we", "our", "which", "that"})
#: nouns that restate how a figure is given rather than what it is ("a pace of 4.7%", "a year-on-year rate of
#: 2.8%", "a value of"): walked through like change nouns when nothing (compound or possessor) narrows them
RESTATING_NOUNS = frozenset({"pace", "rate", "clip", "level", "amount", "figure", "sum", "value", "worth", "record", "high", "low", "tune"})
#: prepositions a number completes a verb by ("rose to $5 billion", "stood at 3%", "fell by 2%", "accounted for 20%")
#: time nouns a number can hang on without measuring them ("fell 3.7% year on year", "up 2% month on month")
TIME_NOUNS = frozenset({"year", "month", "quarter", "week", "day", "period", "annum"})
VERB_PREPS = frozenset({"to", "at", "by", "from", "for", "of", "with", "around", "about", "above", "below", "over", "under", "near"})


@lru_cache(maxsize=1)
def _change_nouns() -> frozenset[str]:
    """Nouns that say a figure moved ("increase", "decline", "growth"), from the direction cues."""
    cues = percent_cues()
    return frozenset(w.lower() for w in [*cues.up, *cues.down, *cues.change_after])


def _is_number(tok: Any) -> bool:
    return tok.like_num or tok.ent_type_ in NUMBER_ENTS or tok.pos_ == "NUM" or tok.text in {"%", "$", "€", "£", "¥", "₩"} or tok.lower_ in PERCENT_WORDS


def _passes_through(noun: Any) -> bool:
    """Whether a noun says how its number moved or is given ("increase", "pace"), not what it measures."""
    if noun.lower_ not in _change_nouns() and noun.lemma_.lower() not in _change_nouns() and noun.lower_ not in RESTATING_NOUNS:
        return False
    return not any(c.dep_ in {"compound", "poss"} and not _is_number(c) for c in noun.lefts)


class _Reading:
    """What the walk found: the metric noun, a subject noun, the verb, and the token range of the number."""

    def __init__(self, skip: set[int]) -> None:
        self.skip = skip  # token indices left out of phrases (the number, time expressions)
        self.metric: Any = None  # the noun the number measures
        self.owner: Any = None  # a noun whose possessor/subject names the subject when the metric has none
        self.whole_of: bool = False  # the metric is a share's whole ("19.7% of South Korea's total exports")
        self.verb: Any = None
        self.via: Any = None  # the last change or pace noun walked through ("expects growth of 3 percent")


def _number_root(span: Any) -> Any:
    """The token of the number span that attaches it to the sentence (not a misparsed currency word)."""
    outside = [t for t in span if not (span.start <= t.head.i < span.end) or t.head is t]
    good = [t for t in outside if t.dep_ not in {"advcl", "ccomp", "ROOT", "conj", "relcl", "acl"}]
    return (good or outside or [span.root])[0]


def _of_object(node: Any, skip: set[int]) -> Any:
    """The noun a number or pass-through noun is "of": "$120 billion of goods", "worth of chips"."""
    for child in node.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and objs[0].i not in skip and not _is_number(objs[0]) and objs[0].pos_ in {"NOUN", "PROPN"}:
                return objs[0]
    return None


def _subject_of_verb(verb: Any) -> tuple[Any, Any]:
    """(the noun a verb's figure is about, the verb that named it): its subject, the antecedent of a relative
    subject, the noun a participle hangs on, else the subject of the verb it continues."""
    for _ in range(VERB_STEPS):
        subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subj:
            s = subj[0]
            if s.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return _antecedent(verb.head), verb
            if s.lower_ in PERSONAL_PRONOUNS and verb.dep_ in SHARED_SUBJECT_DEPS:
                pass  # "..., and it rose 5%": keep climbing to a named subject
            else:
                return s, verb
        if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
            return verb.head, verb  # "imports falling 3% to $50 billion"
        if verb.dep_ not in SHARED_SUBJECT_DEPS or verb.head is verb:
            break
        verb = verb.head
    return None, verb


def _antecedent(noun: Any) -> Any:
    """What a relative clause is about: the flow a named partner scopes ("Exports to China, which fell 5%")
    rather than the partner the parse hangs it on."""
    prep = noun.head
    if noun.dep_ == "pobj" and noun.ent_type_ in NAMED_ENTS and prep.lower_ in SCOPE_PREPS and prep.head.pos_ == "NOUN":
        return prep.head
    return noun


def _read(span: Any, skip: set[int], node: Any) -> _Reading:
    """Walk from the number (its root token `node`) to the noun it measures."""
    r = _Reading(skip)
    in_span = range(span.start, span.end)
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "of" and before.head.i < before.i and before.head.pos_ in {"NOUN", "PROPN"} \
            and not _passes_through(before.head) and node.head.i >= span.end and node.head.pos_ in {"NOUN", "PROPN"}:
        # "imports of $427.2 billion far outpaced exports": the parser hung the number on a later noun, but the
        # words say it is the value "of" the noun before it
        r.metric = before.head
        return r
    for _ in range(MAX_STEPS):
        if node.i not in in_span and _passes_through(node):
            r.via = node
        if node.i in in_span or _passes_through(node):
            of = _of_object(node, skip)
            if of is not None:  # "$5 billion worth of chips", "19.7% of total exports"
                r.metric, r.whole_of = of, node.i in in_span and node.lower_ in PERCENT_WORDS
                verb = _governing_verb(node, in_span)
                if verb is not None:
                    r.owner, r.verb = _subject_of_verb(verb)
                    if r.owner is not None and r.owner.i in in_span:
                        r.owner = None  # "30% of exports went to China": the number is its own subject
                return r
        head, dep = node.head, node.dep_
        if head is node:
            return r
        if head.i in in_span:
            node = head
            continue
        if dep in MODIFIER_DEPS and head.pos_ in {"NOUN", "PROPN"}:
            if _passes_through(head) or head.lower_ in TIME_NOUNS or head.lemma_.lower() in TIME_NOUNS:
                node = head
                continue
            r.metric = head  # "a 25% tariff", "$70 billion exports"
            break
        if dep == "pobj":
            prep = head
            if prep.lower_ == "of" and _is_number(prep.head) and prep.i > 0:
                before = prep.doc[prep.i - 1]  # "3 percent and inflation of 1.5 percent", "of" hung on the first number
                if before.pos_ in {"NOUN", "PROPN"} and not _is_number(before):
                    r.metric = before
                    break
            if prep.lower_ == "of" and prep.head.pos_ in {"NOUN", "PROPN"} and prep.head.i not in in_span:
                if _passes_through(prep.head):  # "an increase of 12.7%", "a rate of 2.8%"
                    node = prep.head
                    continue
                r.metric = prep.head  # "Exports of $33.6 billion", "a first-half total of 21.17 trillion yuan"
                break
            node = prep.head if prep.dep_ == "prep" else prep
            if node.pos_ in {"VERB", "AUX"}:
                _from_verb(r, node, prep, in_span)
                return r
            if node.pos_ in {"NOUN", "PROPN"} and not _passes_through(node) and prep.lower_ not in VERB_PREPS:
                r.metric = node
                break
            continue
        if dep == "appos" or (dep == "conj" and _is_number(node)):
            node = head  # "$55.8 billion, a 7.8% increase": what the apposition restates; "5% and 3%": the first item
            continue
        if head.pos_ in {"VERB", "AUX"} and dep in VERB_DEPS:
            if dep in SUBJECT_DEPS:  # "$300 billion was exports": the predicate names it
                attr = [c for c in head.children if c.dep_ in {"attr", "dobj"} and c.pos_ in {"NOUN", "PROPN"}]
                r.metric = attr[0] if attr else None
                r.verb = head
                return r
            _from_verb(r, head, node, in_span)
            return r
        node = head
    if r.metric is not None and r.metric.dep_ in {"dobj", "attr", "pobj", "appos"}:
        verb = _governing_verb(r.metric, range(r.metric.i, r.metric.i + 1))
        if verb is not None:
            r.owner, r.verb = _subject_of_verb(verb)
    return r


def _governing_verb(node: Any, in_span: range) -> Any:
    """The verb a noun or number hangs on, up past prepositions."""
    for _ in range(MAX_STEPS):
        head = node.head
        if head is node:
            return head if head.pos_ in {"VERB", "AUX"} else None
        node = head
        if node.i in in_span:
            continue
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.pos_ not in {"ADP", "ADV", "PART", "PUNCT"}:
            return None
    return None


def _from_verb(r: _Reading, verb: Any, via: Any, in_span: range) -> None:
    """Fill the reading from the verb that governs the number: its subject, or its object when the number is
    what the object was set to ("cut its growth forecast to 1.9%", "bringing the total to $X")."""
    r.verb = verb
    if via.dep_ == "prep" and via.lower_ in {"to", "from", "at", "by"}:
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} and c.i not in in_span]
        if objs and objs[0].lower_ not in PRONOUNS:
            r.metric = objs[0]
            r.owner, _ = _subject_of_verb(verb)
            return
    r.metric, r.verb = _subject_of_verb(verb)


def _named(tok: Any) -> bool:
    return tok.ent_type_ in NAMED_ENTS or tok.pos_ == "PROPN"


#: tokens that close a byline or a bracketed aside set before a phrase
BYLINE_CLOSERS = frozenset({"]", "】"})


def _phrase(doc: Any, ids: set[int], *, metric: bool = True) -> str | None:
    """The text of tokens `ids`, in order; a metric's sentence-initial capital is dropped ("Exports" -> "exports")."""
    if not ids:
        return None
    lo, hi = min(ids), max(ids)
    tokens = list(doc[lo : hi + 1])  # made once for both passes
    closers = [t.i for t in tokens if t.text in BYLINE_CLOSERS or "\n" in t.text]
    if closers:  # "[Reporter Li Xuan] Exports from ...": a byline or a line before the phrase is not part of it
        ids = {i for i in ids if i > closers[-1]}
        if not ids:
            return None
        lo = min(ids)
    words = []
    for t in tokens:
        if t.i < lo:
            continue  # before the byline closer
        if t.i not in ids:
            if t.whitespace_ and words and not words[-1].endswith(" "):
                words[-1] += " "  # a skipped token's space still separates its neighbours
            continue
        text = t.text
        if metric and t.i == lo and (t.is_sent_start or closers) and text[:1].isupper() and text[1:].islower() and t.ent_type_ not in NAMED_ENTS:
            text = text.lower()
        words.append(text + t.whitespace_)
    return "".join(words).strip(" ,;-") or None


#: dependents that add a clause or a restatement to a noun, not part of its name
CLAUSE_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "parataxis"})
#: punctuation that sets a clause off (a hyphen inside a word is kept: "two-way")
CLAUSE_PUNCT = frozenset({",", ";", ":", "(", ")", "[", "]", '"', "'", "—", "–"})


def _verb_phrase_modifier(tok: Any) -> bool:
    """A participle with its own adverb ("far outpaced", "rapidly growing") says what the noun did, not what it is."""
    return tok.dep_ == "amod" and tok.pos_ == "VERB" and any(c.dep_ == "advmod" for c in tok.children)


def _ids(tok: Any, skip: set[int]) -> set[int]:
    """The tokens of a noun phrase without its relative clauses and appositions."""
    out: set[int] = set()
    stack = [tok]
    while stack:
        t = stack.pop()
        if t.i not in skip:
            out.add(t.i)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS and not (c.dep_ == "punct" and c.text in CLAUSE_PUNCT))
    return out


def _entity_ids(tok: Any) -> set[int]:
    """The tokens of the named entity `tok` belongs to, else of its compound chain."""
    if tok.ent_type_:
        doc = tok.doc
        start, end = tok.i, tok.i + 1  # the entity's tokens: its B token and the I tokens after it (as doc.ents reads them)
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return {i for i in range(start, end) if doc[i].dep_ != "det"}  # "the Bank of Korea" -> "Bank of Korea"
    return {t.i for t in tok.subtree if t.dep_ != "det" and t.lower_ not in {"'s", "'", "’s"}}


def _noun_phrase(noun: Any, skip: set[int], pick: tuple[int, int] | None) -> tuple[str | None, str | None]:
    """(subject, metric) of the noun a number measures. `pick` (item, items) narrows a coordination to one
    conjunct in a "respectively" list: of the noun itself, else of its partner ("to the US and the EU")."""
    doc = noun.doc
    subject = None
    one_of_list = False
    if pick is not None:
        group = [noun, *noun.conjuncts]
        if len(group) == pick[1]:  # "Exports and imports rose 5% and 3%, respectively"
            noun = sorted(group, key=lambda t: t.i)[pick[0]]
            pick, one_of_list = None, True
    keep = {noun.i}
    for child in noun.lefts:
        if child.i in skip or _is_number(child) and child.dep_ == "nummod" or _verb_phrase_modifier(child):
            continue
        if child.dep_ == "poss":
            if child.lower_ not in PRONOUNS:
                subject = _phrase(doc, _ids(child, skip) - {t.i for t in child.subtree if t.dep_ == "case"}, metric=False)
        elif child.dep_ in {"compound", "amod", "nmod", "npadvmod", "nummod"}:
            ids = _ids(child, skip)
            if any(i in skip for i in (t.i for t in child.subtree)):
                ids = {child.i} if child.i not in skip else set()
            keep |= ids
    if subject is None:  # "China exports", "Samsung Electronics profits": a leading name is the subject
        lead = [c for c in noun.lefts if c.dep_ == "compound" and c.ent_type_ in {"GPE", "ORG"} and c.i in keep]
        if lead and lead[0].i == min(keep):
            ent = _entity_ids(lead[0]) & keep
            subject = _phrase(doc, ent, metric=False)
            keep -= ent
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in SCOPE_PREPS:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if not objs:
                continue
            obj = objs[0]
            if any(i in skip or _is_number(obj.doc[i]) for i in _ids(obj, set())):
                continue
            if child.lower_ in PLACE_ONLY_PREPS and obj.ent_type_ not in NAMED_ENTS:
                continue
            if child.lower_ == "of" and obj.ent_type_ in {"GPE", "ORG"} and subject is None:
                subject = _phrase(doc, _ids(obj, skip) - {t.i for t in obj.subtree if t.dep_ == "det"}, metric=False)
                continue  # "the export value of Vietnam"
            ids = {child.i} | _ids(obj, skip)
            if pick is not None:
                group = sorted([obj, *obj.conjuncts], key=lambda t: t.i)
                if len(group) == pick[1]:  # "exports to the US and the EU rose 5% and 3%, respectively"
                    one = group[pick[0]]
                    ids = {child.i} | {t.i for t in one.subtree if t.i not in skip and t.dep_ not in {"cc", "conj"} or t.i == one.i}
                    ids -= {t.i for c in one.children if c.dep_ == "conj" for t in c.subtree}
                    pick = None
            keep |= ids
        elif child.dep_ in {"cc", "conj"} and pick is None and not one_of_list and not _is_number(child):
            keep |= _ids(child, skip)
    metric = _phrase(doc, keep)
    if subject is None and noun.ent_type_ in NAMED_ENTS:
        return _phrase(doc, _entity_ids(noun) - skip, metric=False), None  # "China grew 5%": the noun names who, not what
    return subject, metric


def _owner_subject(owner: Any, skip: set[int]) -> str | None:
    """The subject named by the verb's subject when the metric noun has none ("Samsung posted a profit of X")."""
    if owner is None:
        return None
    if owner.ent_type_ in NAMED_ENTS or owner.pos_ == "PROPN":
        return _phrase(owner.doc, _entity_ids(owner) - skip, metric=False)
    subject, _ = _noun_phrase(owner, skip, None)
    return subject


def _list_position(root: Any) -> tuple[int, int] | None:
    """(index, size) of a number (its root token) in a coordinated list of numbers ("rose 5% and 3%, respectively")."""
    first = root
    while first.dep_ == "conj" and _is_number(first.head):
        first = first.head
    items = sorted([first, *[c for c in first.conjuncts if _is_number(c)]], key=lambda t: t.i)
    if len(items) < 2:
        return None
    idx = next((k for k, t in enumerate(items) if t.i == root.i), None)
    return (idx, len(items)) if idx is not None else None


def _time_tokens(doc: ArticleDoc, sent: Any) -> frozenset[int]:
    """The tokens of the time expressions of a sentence (span.sent), found once per sentence."""
    memo = parse_memo(doc, "subjects.time_tokens")
    key = (sent.start_char, sent.end_char)
    if key not in memo:
        found: set[int] = set()
        for t in doc.times:
            if t.end > sent.start_char - 1 and t.start < sent.end_char:
                ts = expanded_span(doc, t.start, t.end)
                if ts is not None:
                    found |= set(range(ts.start, ts.end))
        memo[key] = frozenset(found)
    return memo[key]


def parsed_subject_metric(doc: ArticleDoc, start: int, end: int) -> tuple[str | None, str | None]:
    """Subject and metric of the number at [start, end) from the parse."""
    span = expanded_span(doc, start, end)
    if span is None or len(span) == 0:
        return None, None
    skip = set(range(span.start, span.end)) | _time_tokens(doc, doc.sentence(start, end))
    root = _number_root(span)
    r = _read(span, skip, root)
    if r.via is not None and (r.metric is None or r.metric.lower_ in PRONOUNS or r.metric.ent_type_ in NAMED_ENTS):
        # "it expects growth of 3 percent", "the IMF sees growth of 4.5%": the change noun is what is measured
        who = _owner_subject(r.metric, skip) if r.metric is not None and r.metric.lower_ not in PRONOUNS else None
        return who or _owner_subject(r.owner, skip), _noun_phrase(r.via, skip, None)[1]
    if r.metric is None:
        return _owner_subject(r.owner, skip), None
    pick = _list_position(root)
    subject, metric = _noun_phrase(r.metric, skip, pick)
    if r.whole_of and r.owner is not None:  # a share is about its part, the subject of its verb ("trade with ASEAN,
        part_subject, part = _noun_phrase(r.owner, skip, None)  # accounting for 15.7% of China's total trade")
        if part is not None:
            return part_subject or subject, part
        if part_subject is not None:  # a named part ("China accounted for 19.7% of South Korea's total exports"): the whole
            whole = _phrase(r.metric.doc, _ids(r.metric, skip) - {t.i for t in r.metric.subtree if t.dep_ == "det" and t.head is r.metric})
            return part_subject, whole
    if subject is None:
        subject = _owner_subject(r.owner, skip)
    if metric and r.metric.lower_ in STANDINS:
        metric = _stand_in(r.metric, metric)
    return subject, metric


#: pronouns that stand for an earlier noun with a new scope ("while those to the EU slipped 1.2%")
STANDINS = frozenset({"those", "that", "the latter", "the former"})


def _stand_in(pronoun: Any, metric: str) -> str | None:
    """"those to the EU" read as the noun it stands for: the head of the sentence's first earlier subject."""
    earlier = [t for t in pronoun.sent if t.i < pronoun.i and t.dep_ in SUBJECT_DEPS and t.pos_ == "NOUN"]
    if not earlier:
        return None if metric == pronoun.text else metric
    rest = metric[len(pronoun.text) :].strip()
    return f"{earlier[0].lower_} {rest}".strip()


# ---- fast mode: no parse

#: determiners and time words dropped from the start of a shallow metric
LEADING = re.compile(r"^(?:(?:the|a|an|its|their|this|that|these|those|total|also)\s{1,3})+", re.I)
#: "X of" right before a number: "Exports of $33.6 billion", "a total of"
OF_BEFORE = re.compile(r"(?P<np>(?:[A-Za-z][\w'’-]{0,30}\s{1,3}){1,4})of\s{1,3}(?:(?:about|around|nearly|some|over|up to)\s{1,3})?[$€£¥₩A-Z]{0,3}\s?$")
#: the words that open a clause before its verb, up to a cue verb
POSSESSOR = re.compile(r"^(?P<who>[A-Z][\w.-]{0,30}(?:\s{1,3}[A-Z][\w.-]{0,30}){0,3})['’]s?\s{1,3}(?P<rest>.+)$")
#: chars before a number OF_BEFORE may read (its longest match is 4 words of up to 31 chars with their spaces, "of",
#: a qualifier and a currency: under 170)
OF_CHARS = 300
#: chars before a number that hold OF_BEFORE's "of": the word itself and at most 16 after it (3 spaces, a qualifier of up
#: to 6 chars and 3 spaces, 3 currency chars, a space)
OF_TAIL = 18
#: what str.split() returns: runs of non-space (regex and str share Unicode's whitespace)
SPLIT_WORD = re.compile(r"\S+")
STOP_WORDS = frozenset({"in", "on", "at", "by", "for", "during", "from", "over", "since", "as", "after", "before", "with", "while"})
#: ... of which those that end the opening noun phrase ("imports from the EU", "trade with China" go on past theirs)
PHRASE_STOP_WORDS = STOP_WORDS - {"from", "with"}


@lru_cache(maxsize=1)
def _shallow_cues() -> frozenset[str]:
    """The words a shallow reading stops at: change nouns and the verbs that link a figure to its subject."""
    links = {"was", "were", "is", "are", "reached", "totaled", "totalled", "stood", "hit", "amounted", "came", "posted", "recorded",
             "accounted"}
    return _change_nouns() | links


def shallow_subject_metric(text: str, clause: tuple[int, int], start: int) -> tuple[str | None, str | None]:
    """Subject and metric without a parse: "X of <number>" gives X; else the words that open the clause up to its
    first direction or linking verb ("South Korea's exports to China rose ..." -> South Korea, exports to China)."""
    # OF_BEFORE ends at the number and spans fewer than OF_CHARS chars: the rest of the clause is never read; its "of"
    # stands in the last OF_TAIL chars (most numbers have none there, and are not searched)
    m = OF_BEFORE.search(text[max(clause[0], start - OF_CHARS) : start]) if "of" in text[max(clause[0], start - OF_TAIL) : start] else None
    if m:
        np = m.group("np").split()
        dets = [i for i, w in enumerate(np) if LEADING.fullmatch(w + " ")]
        np = np[dets[-1] + 1 :] if dets else np  # "reported an operating profit of" -> "operating profit"
        while np and np[0].lower() in STOP_WORDS:
            np = np[1:]
        phrase = " ".join(np)
    else:
        cues = _shallow_cues()
        # the words of the clause before the number (str.split's, read lazily: the loop below stops at the clause's
        # first verb, not at the number, so a clause of many numbers is not split once per number)
        words = (w.group(0) for w in SPLIT_WORD.finditer(text, clause[0], start))
        first = next(SPLIT_WORD.finditer(text, clause[0], start), None)
        # skip a leading time or place phrase set off by a comma ("In October, exports rose ...")
        lead = text.find(",", clause[0], start)
        if clause[0] <= lead < start - 1 and first is not None and first.group(0).lower() in STOP_WORDS:
            words = (w.group(0) for w in SPLIT_WORD.finditer(text, lead + 1, start))
        out: list[str] = []
        for w in words:
            bare = w.strip(",;:").lower()
            if bare in cues or (out and bare in PHRASE_STOP_WORDS and len(out) >= 1 and bare != "to"):
                break
            out.append(w.strip(",;:"))
        else:
            return None, None  # no verb before the number: nothing says what it measures
        phrase = " ".join(out)
    phrase = LEADING.sub("", phrase.strip()).strip()
    if not phrase or any(ch.isdigit() for ch in phrase):
        return None, None
    subject = None
    pm = POSSESSOR.match(phrase)
    if pm:
        subject, phrase = pm.group("who"), pm.group("rest")
    return subject, phrase or None

