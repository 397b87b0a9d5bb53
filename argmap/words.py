"""Words of a text for matching: tokens, stop words, stems.

Shared by every command that compares wordings (``quote``, ``ingest``, ``search``). Text is
folded first (:func:`argmap.textmatch.fold`), so typographic quotes and dashes never split or
join words differently from their plain forms.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import Stemmer

from argmap.textmatch import fold

__all__ = ["STOPWORDS", "stem", "terms", "tokens"]

# Letters and digits, with inner apostrophes, hyphens and dots kept ("China's", "anti-Western",
# "U.S."): the parts are split off again by `terms`.
_TOKEN = re.compile(r"[^\W_]+(?:['.\-][^\W_]+)*", re.UNICODE)

# Function words that say nothing about what a passage is about. Negations ("not", "no",
# "never") and modals are kept out of this list on purpose: "will not" and "will" differ.
_STOPWORDS = """
    a about above after again all also am an and any are as at be because been before
    being below between both but by did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself of off on once only or other our ours ourselves out
    over own same she so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while
    who whom why with you your yours yourself yourselves s t one ones
"""
STOPWORDS = frozenset(_STOPWORDS.split())

_STEMMER = Stemmer.Stemmer("english")


def tokens(text: str) -> list[str]:
    """The words of ``text``, folded and lower-cased, in order.

    >>> tokens("China\u2019s \u201cpivot\u201d \u2014 U.S.-led order")
    ["china's", 'pivot', 'u.s', 'led', 'order']
    """
    return _TOKEN.findall(fold(text).lower())


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a lower-case word.

    >>> stem("alliances"), stem("allied"), stem("alliance")
    ('allianc', 'alli', 'allianc')
    """
    return str(_STEMMER.stemWord(word))


def terms(text: str | Iterable[str], keep_stopwords: bool = False) -> list[str]:
    """The stems of the content words of ``text`` (a string, or tokens already split), in order.

    Possessives lose their "'s", "n't" becomes "not", compounds are split at hyphens, dotted
    abbreviations are joined ("U.S." gives "us"), and stop words are left out unless
    ``keep_stopwords``.

    >>> terms("The alliances aren't binding: Russia's U.S.-led rivals")
    ['allianc', 'not', 'bind', 'russia', 'us', 'led', 'rival']
    """
    words = tokens(text) if isinstance(text, str) else text
    out: list[str] = []
    for word in words:
        out.extend(_word_terms(word, keep_stopwords))
    return out


@lru_cache(maxsize=65536)
def _word_terms(word: str, keep_stopwords: bool) -> tuple[str, ...]:
    return tuple(stem(p) for p in _parts(word) if keep_stopwords or p not in STOPWORDS)


def _parts(word: str) -> list[str]:
    """The words inside one token: "russia's" -> russia, "aren't" -> are not, "u.s." -> us."""
    if word.endswith(("'s", "s'")):
        word = word[:-2] if word.endswith("'s") else word[:-1]
    out: list[str] = []
    for piece in word.split("-"):
        if piece.endswith("n't"):
            out += [piece[:-3], "not"]
            continue
        if "." in piece:
            letters = piece.split(".")
            if all(len(x) <= 2 for x in letters):
                out.append("".join(letters))
            else:
                out += [x for x in letters if x]
            continue
        out.append(piece.replace("'", ""))
    return [p for p in out if p]
