"""The per-number context reads that now look at a bounded window, or at indexes found once per sentence/text,
give what the former whole-clause reads gave (issue #10: one sentence dense with numbers was super-linear).

Each former implementation is kept here as the reference and compared on varied sentences and every position
in them; the windows are also shrunk (to cross word and match boundaries) or widened to the whole clause (the
former behaviour) and the whole extraction compared. No timings: bench/robustness.py --dense measures those.
"""

from __future__ import annotations

import re
from datetime import date
from types import SimpleNamespace

import pytest

from extractor import Settings, extract_text
from extractor.claims import context, figures, percentages, subjects
from extractor.claims.context import (
    WORD,
    _claim_patterns,
    growth_direction,
    has_match,
    is_rate_level,
    words_before,
    words_right_after,
)
from extractor.claims.subjects import shallow_subject_metric
from extractor.dates import attach
from extractor.document import ArticleDoc

from .conftest import build_doc

SENTENCES = [
    "Exports rose 5.2% to $55.8 billion, while imports fell 3.1%; the surplus widened to $12 billion.",
    "In October, China's GDP growth slowed to 4.6% year-on-year, but core CPI rose 0.3% and the policy rate held at 3.45%.",
    "The central bank's key interest rate was cut to 2.5%, and the reserve requirement ratio by 0.25 points to 7%.",
    "Tariffs of 25% on $200 billion of goods, a 10% levy, and a deflation of 0.8% in producer prices followed.",
    "The unemployment rate was 4.1%, the inflation rate 2.9%, with contraction in output of 1.2% since May.",
    "Sales of well-known brand-name goods (up 7%) and mother-in-law's co-op figures—'flat'—rose 1,234 units.",
    "A total of 3,000 firms, or 12% of the total, reported an operating profit of $4 billion, up by about 6%.",
    "Averyveryveryveryveryveryverylongwordwithoutanybreakatallthatkeepsgoing 7% and x-y-z-w'q 8%.",
    "no verbs here at all 5% 6% 7% 8% and 9%",
    "GDP grew at an annualized rate of 2.8%, after a contraction of 1.1% and growth of 3%, compared with 2.0%.",
]


def long_text() -> str:
    """Sentences joined into one long clause-rich text, so windows and the indexes' middle path are used."""
    return " ".join(SENTENCES * 4)


def old_words_before(text: str, lo: int, pos: int, n: int) -> list[str]:
    return [w.lower() for w in WORD.findall(text, lo, pos)][-n:]


def old_words_right_after(text: str, end: int, hi: int, n: int) -> list[str]:
    out: list[str] = []
    for w in WORD.findall(text, end, hi)[:n]:
        if w.lower() in context.PHRASE_END:
            break
        out.append(w.lower())
    return out


@pytest.mark.parametrize("window", [1, 3, 7, 200])
@pytest.mark.parametrize("n", [0, 1, 2, 6, 10])
def test_words_before_equals_the_whole_scan(monkeypatch: pytest.MonkeyPatch, window: int, n: int) -> None:
    monkeypatch.setattr(context, "WORDS_WINDOW", window)
    text = long_text()
    for lo in (0, 7, 40, 333):
        for pos in range(lo, len(text), 5):
            assert words_before(text, lo, pos, n) == old_words_before(text, lo, pos, n), (lo, pos)


@pytest.mark.parametrize("n", [0, 1, 2, 3])
def test_words_right_after_equals_the_whole_scan(n: int) -> None:
    text = long_text()
    for end in range(0, len(text), 3):
        for hi in (end, end + 9, len(text)):
            assert words_right_after(text, end, hi, n) == old_words_right_after(text, end, hi, n), (end, hi)


@pytest.mark.parametrize("name", ["growth", "decline", "rate_level", "measured_rate"])
def test_has_match_equals_a_search_of_the_slice(name: str) -> None:
    pattern = _claim_patterns()[name]
    text = long_text() * 2
    los = [0, 1, 15, 120, 640, 1333]
    for lo in los:
        for hi in range(lo, len(text) + 1, 7):
            assert has_match(pattern, text, lo, hi) == (pattern.search(text[lo:hi]) is not None), (lo, hi)


def test_has_match_follows_the_text_it_is_given() -> None:
    pattern = _claim_patterns()["growth"]
    a, b = "x " * 900 + "growth 5%", "x " * 900 + "output 5%"
    assert has_match(pattern, a, 0, len(a)) and not has_match(pattern, b, 0, len(b))
    assert has_match(pattern, a, 0, len(a))


def old_growth_direction(doc: ArticleDoc, clause: tuple[int, int], start: int) -> str | None:
    pats = _claim_patterns()
    before = doc.text[clause[0] : start]
    if not pats["growth"].search(before):
        return None
    return "down" if pats["decline"].search(before) else "up"


def old_is_rate_level(doc: ArticleDoc, clause: tuple[int, int], start: int, end: int, *, before: bool = True, after_words: int = 3) -> bool:
    pats = _claim_patterns()

    def names_rate_level(words: str) -> bool:
        return pats["rate_level"].search(pats["measured_rate"].sub(" ", words)) is not None

    after = " ".join(old_words_right_after(doc.text, end, clause[1], after_words))
    return (before and names_rate_level(doc.text[clause[0] : start])) or names_rate_level(after)


def test_growth_direction_and_rate_level_equal_the_clause_reads() -> None:
    text = long_text()
    doc = SimpleNamespace(text=text)
    numbers = [m.span() for m in re.finditer(r"\d[\d.,]*%?", text)]
    for lo in (0, 50, 700):
        for start, end in numbers:
            if start < lo:
                continue
            clause = (lo, len(text))
            assert growth_direction(doc, clause, start) == old_growth_direction(doc, clause, start), (lo, start)
            for before, words in ((True, 3), (False, 2)):
                got = is_rate_level(doc, clause, start, end, before=before, after_words=words)
                assert got == old_is_rate_level(doc, clause, start, end, before=before, after_words=words), (lo, start)


def old_clause(text: str, sentence_start: int, sentence_end: int, pos: int) -> tuple[int, int]:
    start, end = sentence_start, sentence_end
    for m in attach._CLAUSE_BREAK.finditer(text, sentence_start, sentence_end):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


@pytest.mark.parametrize("sentence", SENTENCES)
def test_date_clause_equals_the_scan_at_every_position(sentence: str) -> None:
    text = "Lead, and lead. " + sentence + " Tail; and tail."
    sent = (16, 16 + len(sentence))
    for pos in range(sent[0], sent[1] + 1):
        assert attach._clause(text, sent[0], sent[1], pos) == old_clause(text, sent[0], sent[1], pos), pos
    assert attach._clause(None, sent[0], sent[1], sent[0]) == sent


STOP_WORDS = subjects.STOP_WORDS


def old_shallow_subject_metric(text: str, clause: tuple[int, int], start: int) -> tuple[str | None, str | None]:
    """The former implementation (whole clause sliced and split per number)."""
    before = text[clause[0] : start]
    m = subjects.OF_BEFORE.search(before)
    if m:
        np = m.group("np").split()
        dets = [i for i, w in enumerate(np) if subjects.LEADING.fullmatch(w + " ")]
        np = np[dets[-1] + 1 :] if dets else np
        while np and np[0].lower() in STOP_WORDS:
            np = np[1:]
        phrase = " ".join(np)
    else:
        cues = subjects._change_nouns() | {"was", "were", "is", "are", "reached", "totaled", "totalled", "stood", "hit", "amounted", "came", "posted", "recorded", "accounted"}
        words = before.split()
        lead = before.find(",")
        if 0 <= lead < len(before) - 1 and words and words[0].lower() in STOP_WORDS:
            words = before[lead + 1 :].split()
        out: list[str] = []
        for w in words:
            bare = w.strip(",;:").lower()
            if bare in cues or (out and bare in STOP_WORDS - {"from", "with"} and len(out) >= 1 and bare != "to"):
                break
            out.append(w.strip(",;:"))
        else:
            return None, None
        phrase = " ".join(out)
    phrase = subjects.LEADING.sub("", phrase.strip()).strip()
    if not phrase or any(ch.isdigit() for ch in phrase):
        return None, None
    subject = None
    pm = subjects.POSSESSOR.match(phrase)
    if pm:
        subject, phrase = pm.group("who"), pm.group("rest")
    return subject, phrase or None


@pytest.mark.parametrize("sentence", SENTENCES + ["In May,", "In May, exports of", " ,x 5", "In 2024 exports rose 5%"])
def test_shallow_subject_metric_equals_the_clause_read(sentence: str) -> None:
    text = "x " * 200 + sentence + " " + sentence
    for lo in (0, 400, 401):
        for start in range(lo, len(text) + 1):
            assert shallow_subject_metric(text, (lo, len(text)), start) == old_shallow_subject_metric(text, (lo, len(text)), start)


def test_sentence_of_a_span_equals_spacys_walk() -> None:
    doc = build_doc("Exports rose 5% in May. Imports fell 2%, and the surplus grew.\nGDP grew 4.6% in 2024! Output was flat.")
    holder = SimpleNamespace(cache={})
    for start in range(len(doc.text)):
        for end in (start + 1, start + 5):
            span = doc.nlp.char_span(start, min(end, len(doc.text)), alignment_mode="expand")
            if span is not None:
                got = ArticleDoc._sentence_of(holder, span)
                assert (got.start, got.end) == (span.sent.start, span.sent.end), (start, end)


def dense(numbers: int, rate_words: bool) -> str:
    """A paragraph of one sentence dense with numbers and ordinary sentences around it."""
    verbs = ["rose", "fell", "was", "by about", "an increase of", "to", "of", "a share of", "grew at an annual rate of"]
    parts = [
        f"{'the policy rate ' if rate_words and i % 5 == 0 else 'exports to region ' + str(i)} {verbs[i % len(verbs)]} "
        f"{i % 97 + 0.5}{'%' if i % 3 else ' percent'} to ${i + 1}.{i % 10} billion"
        for i in range(numbers)
    ]
    return ("Trade rose 5% in May. In November, " + " and ".join(parts) + ", the ministry said.\n"
            "GDP growth slowed to 4.6% in 2024, the unemployment rate was 4.1%, and output fell 0.5 points.\n")


@pytest.mark.parametrize("rate_words", [False, True])
def test_bounded_windows_give_the_whole_clause_reading(monkeypatch: pytest.MonkeyPatch, rate_words: bool) -> None:
    text = dense(60, rate_words)
    settings = Settings(model="none")

    def run() -> list[dict]:
        res = extract_text(text, published=date(2024, 1, 2), settings=settings)
        return [c.model_dump(mode="json") for c in res.claims]

    bounded = run()
    for module, name in ((percentages, "CUE_CHARS"), (figures, "CUE_CHARS"), (subjects, "OF_CHARS"), (context, "WORDS_WINDOW")):
        monkeypatch.setattr(module, name, 10**9)  # the window is the whole clause, as before
    assert run() == bounded and len(bounded) > 100
