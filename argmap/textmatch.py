"""Finding a quote in a source text, forgiving only typography and white space."""

from __future__ import annotations

import difflib

__all__ = ["closest_passage", "fold"]

_FOLDS = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
        "\u2212": "-", "\u2026": "...", "\u00a0": " ", "\u200b": "",
    }
)  # fmt: skip


def fold(text: str) -> str:
    """Typographic quotes and dashes made plain, runs of white space made one space.

    >>> fold("China\u2019s  \u201cpivot\u201d \u2014 east")
    'China\\'s "pivot" - east'
    """
    return " ".join(text.translate(_FOLDS).split())


def closest_passage(quote: str, text: str, width: int = 160) -> str:
    """The passage of ``text`` (folded) that looks most like ``quote``, for a hint.

    >>> closest_passage("the bear and dragon", "... the bear and the dragon met ...", width=30)
    'the bear and the dragon met'
    """
    folded_quote, folded_text = fold(quote), fold(text)
    if not folded_quote or not folded_text:
        return ""
    matcher = difflib.SequenceMatcher(None, folded_text, folded_quote, autojunk=False)
    match = matcher.find_longest_match(0, len(folded_text), 0, len(folded_quote))
    start = max(0, match.a - match.b)
    end = min(len(folded_text), start + max(len(folded_quote), 1) + 8)
    passage = folded_text[start:end]
    if len(passage) > width:
        passage = passage[:width].rsplit(" ", 1)[0] + " …"
    return passage.strip(" .")
