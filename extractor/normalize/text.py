"""Comparison keys for names: diacritics folded, punctuation dropped, transliteration skeletons."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

_TOKEN_RE = re.compile(r"[a-z0-9]{1,40}")
_APOSTROPHES = str.maketrans({"'": "", "\u2019": "", "\u2018": "", "`": "", "\u02bc": ""})
#: names and tokens compared in one process: the keys below are pure functions of their text, and entity
#: resolution asks for the same few hundred names (knowledge-base aliases, an article's mentions) over and over
KEY_CACHE_SIZE = 1 << 16


@lru_cache(maxsize=KEY_CACHE_SIZE)
def fold(text: str) -> str:
    """Lowercase ASCII-ish text: accents removed (Lü -> lu, Šefčovič -> sefcovic, Đặng -> dang), apostrophes
    dropped."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.lower().replace("ø", "o").replace("ł", "l").replace("ß", "ss").replace("đ", "d")


_ONE_TO_ONE = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"})


def strip_marks(text: str) -> str:
    """`text` with every letter's accents removed and its length unchanged ("Ömer Bolat" -> "Omer Bolat"), so
    offsets found in the result are offsets in `text`."""
    if text.isascii():
        return text
    return _NON_ASCII.sub(_unmarked, text.translate(_ONE_TO_ONE))  # an ASCII character is its own base


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _unmarked(m: re.Match[str]) -> str:
    return _base_letter(m.group())


@lru_cache(maxsize=KEY_CACHE_SIZE)
def _base_letter(ch: str) -> str:
    """A character without its accents ("Ö" -> "O"), itself when it has no base letter."""
    base = unicodedata.normalize("NFKD", ch)[:1]
    return base if base and not unicodedata.combining(base) else ch


@lru_cache(maxsize=KEY_CACHE_SIZE)
def name_tokens(text: str) -> tuple[str, ...]:
    """Folded word tokens of a name; hyphens, dots and spaces all separate tokens."""
    return tuple(_TOKEN_RE.findall(fold(text)))


@lru_cache(maxsize=KEY_CACHE_SIZE)
def compact_key(text: str) -> str:
    """Separator-insensitive key: 'Bang Moon-kyu', 'Bang Moonkyu' and 'BANG MOON KYU' are equal."""
    return "".join(name_tokens(text))


def _skeleton_token(text: str, rules: Sequence[tuple[str, str]]) -> str:
    for pattern, replacement in rules:
        if pattern.startswith("^") and pattern.endswith("$"):
            if text == pattern[1:-1]:
                text = replacement
        elif pattern.endswith("$"):
            stem = pattern[:-1]
            if stem and text.endswith(stem):
                text = text[: len(text) - len(stem)] + replacement
        else:
            text = text.replace(pattern, replacement)
    return text


def skeleton(token: str, rules: Sequence[tuple[str, str]]) -> str:
    """Reduce a romanized name so its transliteration variants compare equal (Moon/Mun, Gyu/Kyu, Lv/Lyu/Lu).

    Rules are (pattern, replacement) applied in order to each folded word of the name, and the reduced
    words are joined: a pattern ending in '$' only applies at the end of a word ("Chih-ming" -> ji + ming,
    the same as "Zhiming"); '^word$' replaces a whole word (surname spellings such as Rhee/Yi/Lee).
    """
    seen = _RULES.get(id(rules))
    if seen is None or seen[0] is not rules:
        seen = (rules, {}, {})
        _RULES[id(rules)] = seen
    _, cache, words = seen
    if token not in cache:
        if len(cache) >= KEY_CACHE_SIZE:
            cache.clear()
        if len(words) >= KEY_CACHE_SIZE:
            words.clear()
        parts = []
        for t in name_tokens(token):  # new names are mostly known words ("Wang", "Li"): each word's skeleton once
            if t not in words:
                words[t] = _skeleton_token(t, rules)
            parts.append(words[t])
        cache[token] = "".join(parts)
    return cache[token]


#: id of a rule list -> (the list, name -> skeleton, word -> skeleton); the list is kept so its id stays its own
_RULES: dict[int, tuple[Sequence[tuple[str, str]], dict[str, str], dict[str, str]]] = {}


def is_cjk_ideograph(ch: str) -> bool:
    """Whether a character is a CJK unified ideograph (hanzi, hanja, kanji)."""
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x2FA1F


def is_hangul(text: str) -> bool:
    """Whether a text is made only of precomposed hangul syllables."""
    return bool(text) and all("\uac00" <= ch <= "\ud7a3" for ch in text)
