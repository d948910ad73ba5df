"""Direction words against signs: "rose sharply, down 14.6%" in one clause; "rose to $133 billion" against "fell 6.6%" for one flow and period.

A change's sign is stated twice when a verb of the clause and the rate's own cue word both give one,
or when two sentences state a change of the same flow over the same period. When the two signs
disagree, one of them was mistranslated; the flag quotes both and names the claims involved.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..claims.vocab import percent_cues
from ..document import ArticleDoc
from ..models import FlagRecord
from ..registry import check
from .change import CUMULATIVE_DAYS, YEAR_DAYS, against_year_earlier
from .context import View, _alt, normalize_metric, same_period, views
from .feedback import guarded, make_flag
from .vocab import check_vocab

WORD = re.compile(r"[A-Za-z][A-Za-z'-]{0,30}")
#: how many words before a rate its own cue word may stand ("down 14.6%", "a decline of 3%")
OWN_CUE_WORDS = 3
#: how far before a level the verb that makes it the end of a change may stand ("rose sharply to")
LEVEL_VERB_WINDOW = 45


@lru_cache(maxsize=1)
def _vocab() -> dict[str, object]:
    v = check_vocab()
    verb_dir = {w.lower(): d for d, ws in v.direction_verbs.items() for w in ws}
    cues = percent_cues()
    return {
        "verb": re.compile(rf"\b(?:{_alt(list(verb_dir))})\b", re.IGNORECASE),
        "verb_dir": verb_dir,
        "break": re.compile(rf"\b(?:{_alt(v.direction_breaks)})\b|[;:(]", re.IGNORECASE),
        "up": frozenset(w.lower() for w in cues.up),
        "down": frozenset(w.lower() for w in cues.down),
        "level_verb": re.compile(
            rf"\b(?P<verb>{_alt(list(verb_dir))})(?:\s{{1,3}}[a-z]{{2,15}}){{0,2}}\s{{1,3}}to\s{{1,3}}"
            r"(?:(?:about|around|nearly|some|almost|roughly|a\s{1,3}record(?:\s{1,3}high)?(?:\s{1,3}of)?|a\s{1,3}new\s{1,3}high\s{1,3}of)\s{1,3})?$",
            re.IGNORECASE,
        ),
    }


def _cue_direction(word: str) -> str | None:
    v = _vocab()
    w = word.lower()
    return "up" if w in v["up"] else "down" if w in v["down"] else None


def _is_change(v: View) -> bool:
    return v.kind == "percentage" and v.claim.measure in {"change", "points"} and v.claim.direction is not None


# ----------------------------------------------------------------------------- one clause


def clause_clash(text: str, v: View) -> re.Match[str] | None:
    """The verb of a rate's clause that states the other direction than the rate's own cue word, if any.

    "exports to the US rose sharply last year, down 14.6%": the cue "down" gives the rate its sign,
    "rose" says the opposite. Nothing that could make them two changes may stand between them
    (another claim, "after", "but", "while", "from", "month on month", ...).
    """
    if not _is_change(v) or v.reading is None:
        return None
    clause = text[v.clause_start : v.start]
    words = list(WORD.finditer(clause))
    own = next((w for w in reversed(words[-OWN_CUE_WORDS:]) if _cue_direction(w.group(0))), None)
    if own is None or _cue_direction(own.group(0)) != v.claim.direction:
        return None
    voc = _vocab()
    verbs = [m for m in voc["verb"].finditer(clause, 0, own.start()) if m.end() <= own.start()]
    if not verbs:
        return None
    verb = verbs[-1]
    if voc["verb_dir"][verb.group(0).lower()] == v.claim.direction:
        return None
    between = clause[verb.end() : own.start()]
    if voc["break"].search(between) or any(_cue_direction(w) for w in WORD.findall(between)):
        return None
    return verb


#: longest text between a level reached by a verb and the rate that follows it ("to 775,800 vehicles, an increase of")
MAX_LEVEL_TO_CUE = 40


def level_clash(text: str, items: list[View], v: View) -> tuple[View, str] | None:
    """The level before a rate whose verb states the other direction than the rate's own cue word: (level, verb).

    "domestic car sales fell last year to 775,800 vehicles, an increase of 8.7%": the rate's clause
    opens after the level, so its own verb is the level's ("fell ... to"). Only for a level of a
    year or a cumulative period from January, whose change can only be against a year earlier (a
    month's level may have fallen from the month before while rising on the year).
    """
    if not _is_change(v) or v.reading is None or against_year_earlier(v) is False:
        return None
    before = [x for x in items if x.sent == v.sent and x.end <= v.start]
    if not before or before[-1].kind != "figure" or not _year_like(before[-1]):
        return None
    level = before[-1]
    words = list(WORD.finditer(text, level.end, v.start))
    own = next((w for w in reversed(words[-OWN_CUE_WORDS:]) if _cue_direction(w.group(0))), None)
    if own is None or _cue_direction(own.group(0)) != v.claim.direction:
        return None
    between = text[level.end : own.start()]
    if len(between) > MAX_LEVEL_TO_CUE or re.search(r"\d", between) or _vocab()["break"].search(between):
        return None
    if any(_cue_direction(w) for w in WORD.findall(between)):
        return None
    m = _vocab()["level_verb"].search(text[max(level.clause_start, level.start - LEVEL_VERB_WINDOW) : level.start])
    if m is None or _vocab()["verb_dir"][m.group("verb").lower()] == v.claim.direction:
        return None
    return level, m.group("verb")


def _year_like(v: View) -> bool:
    """The claim's period is a year, or runs from 1 January over two months and more ("first eight months")."""
    p = v.claim.period
    if p is None:
        return False
    days = (p.end - p.start).days + 1
    return days >= YEAR_DAYS or (p.start.month == 1 and p.start.day == 1 and days >= CUMULATIVE_DAYS)


# ----------------------------------------------------------------------------- two statements


def level_direction(text: str, v: View) -> str | None:
    """The direction of the change a level ends ("rose to $133 billion" -> 'up'), or None."""
    if v.kind != "figure" or not v.is_level or v.reading is None:
        return None
    m = _vocab()["level_verb"].search(text[max(v.clause_start, v.start - LEVEL_VERB_WINDOW) : v.start])
    return _vocab()["verb_dir"][m.group("verb").lower()] if m else None


def _comparable(a: View, b: View) -> bool:
    """Both changes are of one flow (same subject, metric and measure word) over one period against one baseline.

    Stricter than the sum checks' pairing: a subject named on one side only, or a period the claim
    stage gave a claim without time words of its own that its neighbour contradicts, is not enough.
    """
    ea, eb = a.eff_period, b.eff_period
    if ea is None or eb is None or (ea.start, ea.end) != (eb.start, eb.end) or not same_period(a, b):
        return False
    if a.subject_or_default != b.subject_or_default:
        return False
    if a.measure is not None and b.measure is not None and a.measure != b.measure:
        return False
    ma, mb = normalize_metric(a.claim.metric), normalize_metric(b.claim.metric)
    if ma is None or ma != mb:
        return False
    return against_year_earlier(a) is True and against_year_earlier(b) is True


def direction_statements(text: str, items: list[View]) -> list[tuple[View, str]]:
    """Every claim that states a direction for its flow: changes with a sign, levels reached by a rise or fall."""
    out = []
    for v in items:
        if _is_change(v) and v.reading is not None:
            out.append((v, v.claim.direction))
        else:
            d = level_direction(text, v)
            if d is not None:
                out.append((v, d))
    return out


def _quote(text: str, v: View, width: int = 40) -> str:
    """The words of the claim's clause up to its number, at most about `width` characters before it, whole words only."""
    lo = max(v.clause_start, v.start - width)
    if lo > v.clause_start and text[lo - 1].isalnum():
        space = text.find(" ", lo, v.start)
        lo = space + 1 if space >= 0 else lo
    return " ".join(text[lo : v.end].split()).lstrip(",; ")


def _quote_from(text: str, first: View, last: View, width: int = LEVEL_VERB_WINDOW) -> str:
    """The words from about `width` characters before `first` (within its clause) to the end of `last`, whole words only."""
    lo = max(first.clause_start, first.start - width)
    if lo > first.clause_start and text[lo - 1].isalnum():
        space = text.find(" ", lo, first.start)
        lo = space + 1 if space >= 0 else lo
    return " ".join(text[lo : last.end].split()).lstrip(",; ")


@check("check.direction_words.v1")
@guarded
def check_direction_words(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag a change whose clause states the other direction, and two statements of one flow's change over one period with opposite signs."""
    text = doc.text
    items = views(doc)
    flags: list[FlagRecord] = []
    for v in items:
        clash = level_clash(text, items, v)
        if clash is not None:
            level, word = clash
            said = "down" if v.claim.direction == "up" else "up"
            flags.append(
                make_flag(
                    doc.article_id,
                    "warning",
                    f"The clause says '{word}' ({'a rise' if said == 'up' else 'a fall'}) to {level.reading.text} but states the "
                    f"change as {v.claim.direction} {v.reading.text}: \"{_quote_from(text, level, v)}\".",
                    evidence=v.claim.evidence,
                    claim_ids=[level.claim.claim_id, v.claim.claim_id],
                    suggestion=f"one of the two is mistranslated: '{word}' or '{v.claim.direction} {v.reading.text}'",
                    key=("check.direction_words.v1", level.claim.claim_id, v.claim.claim_id),
                )
            )
            continue
        verb = clause_clash(text, v)
        if verb is None:
            continue
        said = "down" if v.claim.direction == "up" else "up"
        flags.append(
            make_flag(
                doc.article_id,
                "warning",
                f"The clause says '{verb.group(0)}' ({'a rise' if said == 'up' else 'a fall'}) but states the change as "
                f"{v.claim.direction} {v.reading.text}: \"{_quote(text, v, v.start - v.clause_start)}\".",
                evidence=v.claim.evidence,
                claim_ids=[v.claim.claim_id],
                suggestion=f"one of the two is mistranslated: '{verb.group(0)}' or '{v.claim.direction} {v.reading.text}'",
                key=("check.direction_words.v1", v.claim.claim_id),
            )
        )
    statements = direction_statements(text, items)
    seen: set[tuple[str, str]] = set()
    for i, (a, da) in enumerate(statements):
        for b, db in statements[i + 1 :]:
            if da == db or b.sent == a.sent or not (_is_change(a) or _is_change(b)) or not _comparable(a, b):
                continue
            ids = (a.claim.claim_id, b.claim.claim_id)
            if ids in seen:
                continue
            seen.add(ids)
            period = f"{a.claim.period.start}..{a.claim.period.end}"
            flags.append(
                make_flag(
                    doc.article_id,
                    "warning",
                    f"Opposite directions for {a.claim.metric} over {period}: \"{_quote(text, a)}\" says "
                    f"{'a rise' if da == 'up' else 'a fall'}, \"{_quote(text, b)}\" says {'a rise' if db == 'up' else 'a fall'}.",
                    evidence=b.claim.evidence,
                    claim_ids=list(ids),
                    suggestion="check which direction the source gives; one of the two direction words is mistranslated",
                    key=("check.direction_words.v1", *ids),
                )
            )
    return flags


check_direction_words.scope = "article"  # type: ignore[attr-defined]
