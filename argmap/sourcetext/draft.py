"""Draft claims from an article: the passages that assert something in the author's own voice.

Each sentence of the article (a sentence longer than a quote may be, cut at its clause breaks)
is a candidate. Candidates that are not the author's own assertion are left out
(:func:`argmap.sourcetext.voice.reason_to_skip`). The rest are ranked by how much they read as
an argued point, and by their place (later is likelier: background comes first), and the best
share of them is kept, in the order of the article. Each gets a suggested id and, as
suggestions a person confirms or drops, the claims of the map it most resembles.

Resemblance to the map's claims does not decide what is kept: measured on the bundled map, it
told claims from other sentences no better than chance.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from argmap.sourcetext.passages import Passage, pieces, sentences
from argmap.sourcetext.rank import Bm25
from argmap.sourcetext.voice import argument_marks, quoted_spans, reason_to_skip
from argmap.textmatch import fold
from argmap.words import STOPWORDS, terms, tokens

__all__ = ["QUOTE_WORDS", "DraftClaim", "draft_claims", "suggest_id"]

# A quote is at most this many words (the bundled map's convention): longer sentences are cut.
QUOTE_WORDS = 40
# How many candidates are kept, best first, as a share of the sentences they come from.
KEEP_SHARE = 0.8
# How much a place late in the article counts (0 at the start, this at the end) against the
# marks of an argued point (-2 to 6): an opinion piece sets out background first and argues
# after it.
POSITION_WEIGHT = 2.0
# Suggested links: at most this many per draft claim, none below this score.
SUGGESTIONS = 3
MIN_SUGGESTION = 0.15
ID_WORDS = 6
ID_CHARS = 60

# Words that open a sentence's argument but say nothing of its subject, left out of ids.
_DISCOURSE_WORDS = """however indeed thus hence therefore moreover furthermore also short fact begin same time
    such circumstances meanwhile similarly likewise instance example addition first second
    finally still even already now recently rather yet"""
_DISCOURSE = frozenset(_DISCOURSE_WORDS.split())


@dataclass(frozen=True)
class DraftClaim:
    """A candidate claim: its suggested id and wording, its verbatim quote, possible links."""

    id: str
    text: str
    quote: Passage
    bears_on: tuple[tuple[str, float], ...]


def draft_claims(
    text: str,
    known: Mapping[str, str] | None = None,
    lines: tuple[int, int] | None = None,
    taken_ids: Collection[str] = (),
    keep: float = KEEP_SHARE,
) -> list[DraftClaim]:
    """The draft claims of an article, in the order of the text.

    Parameters
    ----------
    text : the whole text of the file (quotes keep its characters and line numbers).
    known : the map's claims, id -> wording (and quotes), for suggested links and ranking.
    lines : the first and last line of the article when the file holds more than one.
    taken_ids : ids a suggested id must not repeat (the map's).
    keep : the share of the author's own assertions to keep.

    >>> text = "Our Title\\nSome argue the two will be allies. They will not be allies soon."
    >>> [(d.id, d.quote.line, d.quote.text) for d in draft_claims(text)]
    [('will-not-allies-soon', 2, 'They will not be allies soon.')]
    """
    known = dict(known or {})
    first, last = lines or (1, text.count("\n") + 1)
    quoted = quoted_spans(text)
    candidates: list[Passage] = []
    seen: set[str] = set()
    for sentence in sentences(text):
        if not first <= sentence.line <= last:
            continue
        # A sentence said twice (a pull quote, a repeated paragraph) is one candidate.
        said = fold(sentence.text).lower()
        if said in seen:
            continue
        seen.add(said)
        for piece in pieces(text, sentence, QUOTE_WORDS):
            share = _covered(piece, quoted) / max(1, piece.end - piece.start)
            # A piece of a long sentence ends where its clause does, without a full stop.
            checked = piece.text if piece.whole else sentence.text
            if reason_to_skip(checked, share) is None:
                candidates.append(piece)
    if not candidates:
        return []
    ids = list(known)
    index = Bm25([terms(known[i]) for i in ids]) if ids else None
    resemblance: list[list[tuple[str, float]]] = []
    for candidate in candidates:
        if index is None:
            resemblance.append([])
            continue
        shares = index.shares(terms(candidate.text))
        best = sorted(
            ((ids[i], s) for i, s in enumerate(shares) if s >= MIN_SUGGESTION),
            key=lambda pair: (-pair[1], pair[0]),
        )
        resemblance.append(best[:SUGGESTIONS])
    scores = [
        argument_marks(c.text) + POSITION_WEIGHT * i / len(candidates)
        for i, c in enumerate(candidates)
    ]
    # The budget counts sentences, not pieces: how finely long sentences are cut must not
    # change how much of the article is kept.
    budget = max(1, math.ceil(keep * len({c.sentence for c in candidates})))
    kept = sorted(sorted(range(len(candidates)), key=lambda i: (-scores[i], i))[:budget])
    used = set(taken_ids)
    drafts = []
    for i in kept:
        claim_id = suggest_id(candidates[i].text, used)
        used.add(claim_id)
        wording = fold(candidates[i].text)
        drafts.append(DraftClaim(claim_id, wording, candidates[i], tuple(resemblance[i])))
    return drafts


def suggest_id(text: str, taken: Collection[str] = ()) -> str:
    """An id from the first content words of ``text``, made unique against ``taken``.

    >>> suggest_id("However, Russia\u2019s nuclear arsenal will remain its guarantor.")
    'russia-nuclear-arsenal-will-remain-guarantor'
    >>> suggest_id("Alliance unlikely.", taken={"alliance-unlikely"})
    'alliance-unlikely-2'
    """
    words: list[str] = []
    for token in tokens(text):
        word = token.removesuffix("'s").removesuffix("'").replace(".", "")
        word = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
        word = re.sub(r"[^a-z0-9]+", "-", word.lower()).strip("-")
        if not word or word in STOPWORDS or word in _DISCOURSE:
            continue
        if len("-".join([*words, word])) > ID_CHARS:
            break
        words.append(word)
        if len(words) == ID_WORDS:
            break
    base = "-".join(words) or "claim"
    if not base[0].isalnum():
        base = "claim-" + base
    found, n = base, 1
    while found in taken:
        n += 1
        found = f"{base}-{n}"
    return found


def _covered(passage: Passage, spans: list[tuple[int, int]]) -> int:
    """How many characters of ``passage`` lie inside ``spans``."""
    return sum(max(0, min(passage.end, end) - max(passage.start, start)) for start, end in spans)
