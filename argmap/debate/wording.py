"""The small words of a brief: notes shortened, short cites, reading times, concessions."""

from __future__ import annotations

import math
import re

from argmap.sourcetext import sentences

__all__ = [
    "NOTE_LENGTH",
    "WPM",
    "concession",
    "duration",
    "read_seconds",
    "short_cite",
    "shorten",
    "telling",
]

# A clear classroom pace for reading evidence aloud, in words a minute.
WPM = 150
# The longest a note is shown in a brief, in characters (the whole note is in `argmap show`).
NOTE_LENGTH = 200

# What makes a note change how a point reads: years and figures (a figure from another year),
# hedges and concessions, the time a judgement holds for.
_TELLING = re.compile(
    r"\b(1[89]\d\d|20\d\d)s?\b|\$|%|\bfigures?\b|\bhedg|\bconce[sd]|\barguabl|\btentativ"
    r"|not set against|not yet|\bappears\b|a forecast|a preference|for the time being"
    r"|near term|longer term|\blater\b|\bearlier\b",
    re.IGNORECASE,
)


def shorten(text: str, limit: int = NOTE_LENGTH) -> str:
    """Whole sentences of ``text`` up to ``limit`` characters; a longer first sentence is cut at
    a word and ends with an ellipsis.

    >>> shorten("The figure is for 2015. A later one is higher. More follows here.", 50)
    'The figure is for 2015. A later one is higher.'
    >>> shorten("One long sentence that goes on and on", 20)
    'One long sentence \u2026'
    """
    kept = ""
    for sentence in sentences(" ".join(text.split())):
        joined = f"{kept} {sentence.text}".strip()
        if len(joined) > limit:
            break
        kept = joined
    if kept:
        return kept
    return text[:limit].rsplit(" ", 1)[0] + " \u2026"


def telling(note: str | None, limit: int = NOTE_LENGTH) -> str | None:
    """``note`` shortened when what is shown of it bears on time, figures or hedges, else None.

    >>> telling("The figure is for 2015-16; later ones are higher.")
    'The figure is for 2015-16; later ones are higher.'
    >>> telling("Both find the same.") is None
    True
    """
    if not note:
        return None
    short = shorten(note, limit)
    return short if _TELLING.search(short) else None


def short_cite(author: str, name: str, year: int | None) -> str:
    """How a card names its evidence: the surname and year ("Yuan 2016").

    The surname is the word of the name that the author's id spells (Chinese names put it
    first), else a short id in capitals ("GVS"), else the last word of the name.

    >>> short_cite("xie", "Xie Zhihai", 2014), short_cite("gvs", "Some contributor", 2022)
    ('Xie 2014', 'GVS 2022')
    """
    words = name.split()
    surname = next((w for w in words if w.lower() == author.lower()), None)
    if surname is None:
        surname = author.upper() if len(author) <= 4 else (words[-1] if words else author)
    return f"{surname} {year}" if year else surname


def read_seconds(text: str, wpm: int = WPM) -> int:
    """Seconds to read ``text`` aloud at ``wpm`` words a minute, rounded up to 5 s.

    >>> read_seconds("one two three four five six seven eight nine ten eleven twelve thirteen")
    10
    """
    words = len(text.split())
    return 5 * math.ceil(words * 60 / wpm / 5) if words else 0


def duration(seconds: int) -> str:
    """ "45 s", "2 min", "2 min 10 s"."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min" + (f" {rest} s" if rest else "")


def concession(name: str, verdict: str, yours: bool) -> str:
    """ "a concession from Yuan, who argues against the motion" (``yours``: the author argues
    your side, and the claim is the other side's)."""
    tail = ", as you do" if yours else ""
    return f"a concession from {name}, who argues {verdict} the motion{tail}"
