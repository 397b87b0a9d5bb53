"""Rules on quotes and source texts (``check --texts DIR``): every quote is in its source's text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from argmap.check.registry import Problem, rule
from argmap.errors import Severity
from argmap.model import ArgMap, Source, Stance, sole_sources_of
from argmap.sourcetext import Ranker
from argmap.textmatch import closest_passage, fold

__all__ = ["SourceTexts", "case_difference", "no_text", "quote_not_found", "text_not_found"]


class SourceTexts:
    """The text files of a map's sources in one folder, each read and folded once."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        self._raw: dict[str, str] = {}
        self._folded: dict[str, str | None] = {}
        self._rankers: dict[str, Ranker] = {}
        self.errors: dict[str, str] = {}

    def path(self, source: Source) -> Path:
        assert source.text is not None
        return self.root / source.text

    def folded(self, source: Source) -> str | None:
        """The source's text, folded (``argmap.textmatch.fold``); None when it cannot be read."""
        if source.id not in self._folded:
            try:
                self._raw[source.id] = self.path(source).read_text(encoding="utf-8")
                self._folded[source.id] = fold(self._raw[source.id])
            except (OSError, UnicodeDecodeError) as error:
                self._folded[source.id] = None
                self.errors[source.id] = getattr(error, "strerror", None) or str(error)
        return self._folded[source.id]

    def line_of(self, source: Source, quote: str) -> int | None:
        """The line of the source's text where the passage most like ``quote`` starts."""
        if self.folded(source) is None:
            return None
        ranker = self._rankers.get(source.id)
        if ranker is None:
            ranker = self._rankers[source.id] = Ranker(self._raw[source.id])
        best = ranker.rank(quote, top=1)
        return best[0].passage.line if best else None

    def closest_hint(self, source: Source, quote: str, width: int = 160) -> str:
        """The passage of the source's text that best matches ``quote``, with its line.

        The passages are ranked as ``argmap quote`` ranks them; where the quote shares no word
        with the text, the longest common run of characters is the hint.
        """
        folded = self.folded(source)
        if folded is None:
            return ""
        ranker = self._rankers.get(source.id)
        if ranker is None:
            ranker = self._rankers[source.id] = Ranker(self._raw[source.id])
        best = ranker.rank(quote, top=1)
        if not best:
            near = closest_passage(quote, folded, width)
            return f'; closest passage: "{near}"' if near else ""
        passage = fold(best[0].passage.text)
        if len(passage) > width:
            passage = passage[:width].rsplit(" ", 1)[0] + " \u2026"
        return f'; closest passage (line {best[0].passage.line}): "{passage}"'


def _cited(argmap: ArgMap) -> Iterator[tuple[Stance, Source]]:
    """Each stance with the source it quotes: its own, else its author's only one."""
    sources = argmap.source_by_id
    sole = sole_sources_of(argmap.sources)
    for stance in argmap.stances():
        source_id = stance.source or sole.get(stance.author)
        cited = sources.get(source_id) if source_id else None
        if cited is not None:
            yield stance, cited


@rule("quote-not-found", Severity.ERROR, texts=True)
def quote_not_found(argmap: ArgMap, texts: SourceTexts) -> Iterator[Problem]:
    """with `--texts`: a quote not in its source's text

    Quotes are compared after folding typographic quotes, dashes and white space; a quote
    that is not found gets the closest passage of the text, with its line, as a hint. Letter
    case counts, with one exception: the first letter of a quote may be upper or lower case
    whatever the text has, since a quote that starts mid-sentence is often capitalised to
    stand on its own (and one that starts a sentence lower-cased to run on); style guides
    allow both without brackets. Any other difference in case fails, and the hint names the
    first word that differs ("differs only in case at 'Dragon'").

    TEXT:
        The bear and the dragon met in 2014, and parted soon after.
    PASS:
        sources:
          - {id: essay, author: cy, title: Bear and dragon, text: essay.txt}
        authors:
          - {id: cy, name: Cy Cole}
        claims:
          - {id: a, text: A., held_by: [{author: cy, quote: "the dragon met in 2014"}]}
          - {id: b, text: B., held_by: [{author: cy, quote: "Parted soon after"}]}
    FAIL:
        sources:
          - {id: essay, author: cy, title: Bear and dragon, text: essay.txt}
        authors:
          - {id: cy, name: Cy Cole}
        claims:
          - {id: a, text: A., held_by: [{author: cy, quote: "the tiger met in 2014"}]}
          - {id: b, text: B., held_by: [{author: cy, quote: "The Dragon met in 2014"}]}
    """
    for stance, cited in _cited(argmap):
        if cited.text is None or not stance.quote.strip():
            continue
        text = texts.folded(cited)
        quote = fold(stance.quote)
        if text is None or quote in text or _recased_first_letter(quote) in text:
            continue
        who = f"quote by '{stance.author}' on '{stance.claim}'"
        case = case_difference(quote, text)
        if case is not None:
            ours, theirs = case
            line = texts.line_of(cited, stance.quote)
            where = f", line {line}" if line else ""
            message = (
                f"{who} differs from {cited.text} only in case at '{ours}' "
                f"(the text has '{theirs}'{where})"
            )
            yield stance.quote_loc, message
            continue
        yield (
            stance.quote_loc,
            f"{who} is not in {cited.text}" + texts.closest_hint(cited, stance.quote),
        )


def _recased_first_letter(quote: str) -> str:
    """``quote`` with the case of its first letter swapped ("Parted" for "parted")."""
    for k, char in enumerate(quote):
        if char.isalpha():
            return quote[:k] + char.swapcase() + quote[k + 1 :]
    return quote


def case_difference(quote: str, text: str) -> tuple[str, str] | None:
    """Where ``quote`` is in ``text`` but for letter case: the first word that differs (past
    a difference in the quote's first letter, which is allowed), as the quote has it and as
    the text has it; None when the quote is not in the text in any case.

    >>> case_difference("The Dragon met", "... the dragon met in 2014")
    ('Dragon', 'dragon')
    >>> case_difference("the tiger met", "the dragon met") is None
    True
    """
    found = re.search(re.escape(quote), text, re.IGNORECASE)
    if found is None:
        return None
    theirs = found.group()
    first = next((k for k, c in enumerate(quote) if c.isalpha()), -1)
    differ = [
        k for k, (a, b) in enumerate(zip(quote, theirs, strict=True)) if a != b and k != first
    ]
    if not differ:
        return None
    start, end = _word_around(quote, differ[0])
    return quote[start:end], theirs[start:end]


def _word_around(text: str, at: int) -> tuple[int, int]:
    start, end = at, at + 1
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


@rule("text-not-found", Severity.ERROR, texts=True)
def text_not_found(argmap: ArgMap, texts: SourceTexts) -> Iterator[Problem]:
    """with `--texts`: a source's text file is missing

    A source's ``text:`` names a file in the folder given to ``--texts``.

    TEXT:
        The bear and the dragon met in 2014.
    PASS:
        sources:
          - {id: essay, author: ann, title: Bear and dragon, text: essay.txt}
    FAIL:
        sources:
          - {id: essay, author: ann, title: Bear and dragon, text: missing.txt}
    """
    seen: set[str] = set()
    for source in argmap.sources:
        if source.text is None or source.id in seen:
            continue
        seen.add(source.id)
        if texts.folded(source) is None:
            yield (
                source.loc,
                (
                    f"cannot read text '{texts.path(source)}' of source '{source.id}': "
                    f"{texts.errors[source.id]}"
                ),
            )


@rule("no-text", Severity.WARNING, texts=True)
def no_text(argmap: ArgMap, texts: SourceTexts) -> Iterator[Problem]:
    """with `--texts`: a source with quotes but no `text:` file

    Its quotes cannot be checked; reported once per source.

    TEXT:
        Trade grows.
    PASS:
        claims:
          - {id: a, text: A., held_by: [{author: cy, quote: trade grows}]}
        authors:
          - {id: cy, name: Cy Cole}
        sources:
          - {id: cy-2022, author: cy, title: Trade, text: essay.txt}
    FAIL:
        claims:
          - {id: a, text: A., held_by: [{author: ann, quote: trade grows}]}
    """
    reported: set[str] = set()
    for _, cited in _cited(argmap):
        if cited.text is None and cited.id not in reported:
            reported.add(cited.id)
            yield (
                cited.loc,
                f"source '{cited.id}' has no 'text:' file, so its quotes cannot be checked",
            )
