"""A text cut into passages: sentences, and the clauses of long sentences, each verbatim.

A passage keeps the original characters of the file (typographic quotes, dashes, white space)
and its place: the 1-based line where it starts and its character offsets, so that
``text[p.start:p.end] == p.text`` always holds.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from argmap.textmatch import fold

__all__ = [
    "LONG_SENTENCE",
    "Passage",
    "locate",
    "paragraph",
    "pieces",
    "sentences",
    "split_passages",
]

# A sentence of more words than this is also offered as its clauses (and runs of adjacent
# clauses): a quote is one sentence or less, and a long sentence often makes two points.
LONG_SENTENCE = 30
# A clause shorter than this is no passage of its own ("and North Korea"): it joins a run.
SHORT_CLAUSE = 4

# A sentence ends at . ! ? or an ellipsis, after any closing quotes or brackets, before white
# space and a capital, a digit or an opening quote.
_SENTENCE_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")
_ABBREVIATION_WORDS = """mr mrs ms dr prof st sr jr vs etc e.g i.e cf al no nos vol pp fig gen col lt sen rep gov
    inc ltd co corp dept univ jan feb mar apr jun jul aug sep sept oct nov dec approx"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)*[A-Za-z]$")  # "U.S", "C", "e.g"
# Where a long sentence divides into clauses: semicolons, colons, dashes between spaces, and a
# comma before a word that opens a clause.
_CLAUSE_BREAK = re.compile(
    r"[;:](?=\s)|\s[\u2014\u2013-]{1,2}\s|\u2014"
    r"|,(?=\s+(?:but|while|whereas|although|though|and|which|as|since|because|yet|so|or|nor"
    r"|even|if|when|unless|thereby|instead|rather|not|despite|given)\b)"
)
_TRIM = ",;:\u2014\u2013-"
_TERMINAL = ".!?\u2026\"'\u201d\u2019)"


@dataclass(frozen=True)
class Passage:
    """A verbatim piece of a text and where it is."""

    text: str
    line: int  # 1-based line of its first character
    start: int  # offsets in the text: text[start:end] == self.text
    end: int
    sentence: int  # index of the sentence it is, or is part of
    whole: bool = True  # the whole sentence, not one of its clauses

    def overlaps(self, other: Passage) -> bool:
        return self.start < other.end and other.start < self.end


def sentences(text: str) -> list[Passage]:
    """The sentences of ``text``, verbatim, each with its line.

    >>> [(p.line, p.text) for p in sentences("Title\\nIt rains. Dr. Li stays.\\n\\nThe U.S. waits.")]
    [(1, 'Title'), (2, 'It rains.'), (2, 'Dr. Li stays.'), (4, 'The U.S. waits.')]
    """
    starts = _line_starts(text)
    out: list[Passage] = []
    for block_start, block_end in _blocks(text):
        for start, end in _sentence_spans(text, block_start, block_end):
            out.append(Passage(text[start:end], _line(starts, start), start, end, len(out)))
    return out


def split_passages(text: str, long: int = LONG_SENTENCE) -> list[Passage]:
    """Every sentence, and for a sentence of more than ``long`` words its clauses and the runs
    of adjacent clauses of at most ``long`` words, in the order of the text.

    >>> text = "We all wait here; they act as they please, but nobody sees them."
    >>> for p in split_passages(text, long=9):
    ...     print(p.text)
    We all wait here; they act as they please, but nobody sees them.
    We all wait here
    We all wait here; they act as they please
    they act as they please
    they act as they please, but nobody sees them.
    but nobody sees them.
    """
    starts = _line_starts(text)
    out: list[Passage] = []
    for sentence in sentences(text):
        out.append(sentence)
        if len(sentence.text.split()) <= long:
            continue
        clauses = _clause_spans(text, sentence.start, sentence.end)
        for i in range(len(clauses)):
            for j in range(i, len(clauses)):
                if i == 0 and j == len(clauses) - 1:
                    continue  # the whole sentence, already there
                start, end = clauses[i][0], clauses[j][1]
                piece = text[start:end]
                words = len(piece.split())
                if j > i and words > long:
                    break
                if words < SHORT_CLAUSE:
                    continue
                out.append(
                    Passage(piece, _line(starts, start), start, end, sentence.sentence, False)
                )
    return out


def pieces(text: str, sentence: Passage, most: int) -> list[Passage]:
    """``sentence`` (a sentence of ``text``) as it is when it has at most ``most`` words, else
    cut at clause breaks into consecutive runs of at most ``most`` words (a single longer
    clause stays whole).

    >>> text = "We all wait here; they act as they please, but nobody sees them."
    >>> [p.text for p in pieces(text, sentences(text)[0], most=9)]
    ['We all wait here; they act as they please', 'but nobody sees them.']
    """
    if len(sentence.text.split()) <= most:
        return [sentence]
    starts = _line_starts(text)
    runs = _runs(text, _clause_spans(text, sentence.start, sentence.end), most)
    cut: list[tuple[int, int]] = []
    for start, end in runs:
        # A run still too long (one long clause) is cut at its commas, as a last resort.
        cut += (
            _runs(text, _comma_spans(text, start, end), most)
            if len(text[start:end].split()) > most
            else [(start, end)]
        )
    return [Passage(text[a:b], _line(starts, a), a, b, sentence.sentence, False) for a, b in cut]


def _runs(text: str, spans: list[tuple[int, int]], most: int) -> list[tuple[int, int]]:
    """Adjacent ``spans`` joined while the join has at most ``most`` words."""
    runs: list[tuple[int, int]] = []
    for start, end in spans:
        if runs and len(text[runs[-1][0] : end].split()) <= most:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs


def _comma_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    at = start
    for match in re.finditer(r",(?=\s)", text[start:end]):
        spans.extend(_trimmed(text, at, start + match.start(), clause=True))
        at = start + match.end()
    spans.extend(_trimmed(text, at, end, clause=True))
    return spans


def locate(quote: str, text: str) -> tuple[int, int] | None:
    """Offsets of ``quote`` in ``text`` up to typography and white space (as ``check`` finds
    quotes), or None.

    >>> text = "He said \u201cno\u201d \u2014  twice."
    >>> start, end = locate('said "no" - twice', text)
    >>> text[start:end]
    'said \u201cno\u201d \u2014  twice'
    """
    needle = fold(quote)
    if not needle:
        return None
    folded, origin = _fold_with_origin(text)
    at = folded.find(needle)
    if at < 0:
        return None
    last = at + len(needle) - 1
    return origin[at], origin[last] + 1


def paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the paragraph of ``text`` that holds ``text[start:end]`` (of the paragraphs,
    when it runs over several), as ``sentences`` divides a text into paragraphs.

    >>> text = "First one.\\n\\nHe said no. Then he left.\\n\\nLast."
    >>> start = text.index("no")
    >>> a, b = paragraph(text, start, start + 2)
    >>> text[a:b]
    'He said no. Then he left.'
    """
    first, last = start, end
    for block_start, block_end in _blocks(text):
        if block_start <= start < block_end:
            first = block_start
        if block_start < end <= block_end:
            last = block_end
    return first, last


def _fold_with_origin(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each of its characters, the offset in ``text`` it comes from."""
    chars: list[str] = []
    origin: list[int] = []
    pending_space = False
    for i, char in enumerate(text):
        folded = char if char.isalnum() else fold(char)
        if not folded or folded.isspace():
            pending_space = bool(chars)
            continue
        if pending_space:
            chars.append(" ")
            origin.append(i - 1)
            pending_space = False
        for piece in folded:
            chars.append(piece)
            origin.append(i)
    return "".join(chars), origin


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _line(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset)


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Paragraph spans: a blank line always ends one; so does every line break where the text
    is written one paragraph a line, and a short line without end punctuation (a heading)."""
    lines = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lines.append((offset, offset + len(body), body.strip()))
        offset += len(raw)
    lengths = [len(b) for _, _, b in lines if b]
    if not lengths:
        return
    median = sorted(lengths)[len(lengths) // 2]
    one_per_line = median > 100
    block: tuple[int, int] | None = None
    for start, end, body in lines:
        if not body:
            if block:
                yield block
            block = None
            continue
        block = (block[0], end) if block else (start, end)
        heading = len(body) < 0.6 * median and not body.endswith(tuple(_TERMINAL))
        if one_per_line or heading:
            yield block
            block = None
    if block:
        yield block


def _sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    at = start
    for match in _SENTENCE_END.finditer(text, start, end):
        before = text[at : match.start()].rsplit(None, 1)
        word = before[-1].lstrip("\"'(\u201c\u2018[") if before else ""
        if word.lower() in _ABBREVIATIONS or _INITIALS.match(word):
            continue
        yield from _trimmed(text, at, match.end())
        at = match.end()
    yield from _trimmed(text, at, end)


def _clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    at = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        spans.extend(_trimmed(text, at, match.start(), clause=True))
        at = match.end()
    spans.extend(_trimmed(text, at, end, clause=True))
    return spans


def _trimmed(text: str, start: int, end: int, clause: bool = False) -> Iterator[tuple[int, int]]:
    """``(start, end)`` without the white space (and, for a clause, the punctuation) around it."""
    chars = _TRIM if clause else ""
    while start < end and (text[start] in chars or _blank(text[start])):
        start += 1
    while end > start and (text[end - 1] in chars or _blank(text[end - 1])):
        end -= 1
    if start < end and any(c.isalnum() for c in text[start:end]):
        yield start, end


def _blank(char: str) -> bool:
    """White space, zero-width characters included."""
    return char.isspace() or char in "\u200b\u200c\u200d\u2060\ufeff"
